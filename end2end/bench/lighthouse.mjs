// Lighthouse (mobile preset: the default config, simulated slow 4G and 4x CPU) on the start,
// first question, check-your-answers and results pages, against the real server.
//
//   node bench/lighthouse.mjs BASE_URL FIXTURES_DIR OUT_JSON
//
// Lighthouse cannot click through a journey, so the pages that need one get it the way a
// person's own device would hold it: the "save my answers on this device" localStorage entry
// (app/src/journey/storage.rs), written by FIXTURES_DIR/{fresh,journey}.json before the run.
// Lighthouse's storage reset clears the HTTP cache, service workers and Cache Storage but not
// localStorage, so each page still loads cold. Runs one page at a time in one Chromium.
import { writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const [base, fixtures, outFile] = process.argv.slice(2);
if (!base || !fixtures || !outFile) {
  console.error('usage: node bench/lighthouse.mjs BASE_URL FIXTURES_DIR OUT_JSON');
  process.exit(2);
}
const KEY = 'care-self-assessment.journey';
const fresh = readFileSync(join(fixtures, 'fresh.json'), 'utf8');
const full = readFileSync(join(fixtures, 'journey.json'), 'utf8');
const firstQuestion = JSON.parse(readFileSync(join(fixtures, 'first-question.txt'), 'utf8').trim() || '""');

const pages = [
  { name: 'start', path: '/', saved: null },
  { name: 'question', path: `/questions/${firstQuestion}`, saved: fresh },
  { name: 'check', path: '/check', saved: full },
  { name: 'results', path: '/results', saved: full },
];

const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  userDataDir,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const flags = {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility', 'best-practices'],
};
// Interrupted: close the browser rather than leave it running.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
    process.exit(130);
  });
}

const results = [];
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  // One discarded run first: the browser's own first-start work would otherwise land on
  // whichever page comes first.
  await lighthouse(`${base}/`, flags);
  for (const p of pages) {
    // Seed (or clear) the saved journey from a same-origin page that does not start the app.
    const tab = await browser.newPage();
    await tab.goto(`${base}/robots.txt`);
    await tab.evaluate(
      (key, value) => {
        localStorage.clear();
        if (value) localStorage.setItem(key, value);
      },
      KEY,
      p.saved,
    );
    await tab.close();

    const url = base + p.path;
    let lhr = (await lighthouse(url, flags)).lhr;
    if (lhr.runtimeError) {
      // E.g. NO_NAVSTART when the machine is busy: once more, then report what came.
      console.log(`lighthouse ${p.name}: ${lhr.runtimeError.code}; running it again`);
      lhr = (await lighthouse(url, flags)).lhr;
    }
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const num = (a) => lhr.audits[a]?.numericValue ?? null;
    const failing = Object.entries(lhr.audits)
      .filter(([, a]) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .filter(([id]) => {
        const refs = [...lhr.categories.accessibility.auditRefs, ...lhr.categories['best-practices'].auditRefs];
        return refs.some((r) => r.id === id && r.weight > 0);
      })
      .map(([id]) => id);
    const r = {
      page: p.name,
      url: p.path,
      finalUrl: new URL(lhr.finalDisplayedUrl).pathname,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      fcpMs: num('first-contentful-paint'),
      transferBytes: num('total-byte-weight'),
      failingAuditsA11yBp: failing,
      // Where to look when a score drops: what shifted, and what the LCP element was.
      layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? [])
        .slice(0, 3)
        .map((i) => ({ score: i.score, node: i.node?.snippet ?? i.node?.selector ?? null })),
      lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
      runtimeError: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings,
    };
    results.push(r);
    console.log(
      `lighthouse ${p.name.padEnd(8)} perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} ` +
        `LCP ${Math.round(r.lcpMs)} ms TBT ${Math.round(r.tbtMs)} ms CLS ${r.cls?.toFixed(3)} ` +
        `(${r.finalUrl})${failing.length ? ' failing: ' + failing.join(', ') : ''}`,
    );
  }
  browser.disconnect();
} finally {
  await chrome.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
writeFileSync(outFile, JSON.stringify(results, null, 2));
