// Lighthouse (mobile preset: the default config, simulated slow 4G and 4x CPU) on the start,
// first question, check-your-answers and results pages, against the real server, and beside
// each one in the same run a static snapshot of that same page (issue 13).
//
//   node bench/lighthouse.mjs BASE_URL RUN_DIR OUT_JSON
//
// RUN_DIR/pages.json (scripts/bench/html_first.py pages) names each page and the `journey`
// cookie the server set when the persona's answers were posted through its forms; Lighthouse
// sends that cookie as an extra request header, so the server renders the real page for that
// journey. RUN_DIR/snapshot/ holds each page's HTML as the server sent it with nothing changed
// but its <script> elements removed, and the stylesheets it links at the same paths: a tiny
// static server here (another 127.0.0.1 port) serves it the way the real server sends files
// (HTTP/1.1 keep-alive, the `.br` sibling when the browser accepts brotli; anything not in the
// snapshot answers 404). LH_RUNS (3) runs of each, page and snapshot alternating; medians.
// Runs one page at a time in one Chromium; cookies and localStorage are cleared before each
// run and Lighthouse's storage reset clears the HTTP cache, so every page loads cold.
import { writeFileSync, readFileSync, mkdtempSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, extname } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const [base, runDir, outFile] = process.argv.slice(2);
if (!base || !runDir || !outFile) {
  console.error('usage: node bench/lighthouse.mjs BASE_URL RUN_DIR OUT_JSON');
  process.exit(2);
}
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const all = JSON.parse(readFileSync(join(runDir, 'pages.json'), 'utf8'));
// LH_PAGES=start,results measures only those; LH_KEEP=DIR writes each run's whole report there
// (network requests, main-thread tasks, the LCP element), to see why a figure moved.
const wanted = (process.env.LH_PAGES ?? 'start,question,check,results').split(',');
const keepDir = process.env.LH_KEEP;
const pages = wanted.map((name) => {
  const p = all.find((x) => x.name === name);
  if (!p) throw new Error(`pages.json has no ${name} page`);
  return p;
});

// ------------------------------------------------------------------ the snapshot server
const snapDir = join(runDir, 'snapshot');
const byPath = new Map(all.map((p) => [new URL(p.path, base).pathname, p.snapshot.file]));
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
const snapshotServer = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = byPath.get(path) ?? normalize(path).replace(/^(\.\.[/\\])+/, '').replace(/^\/+/, '');
  const full = join(snapDir, file);
  if (!full.startsWith(snapDir) || !existsSync(full) || !statSync(full).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not in the snapshot');
    return;
  }
  const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(full + '.br');
  const body = readFileSync(br ? full + '.br' : full);
  const headers = { 'content-type': types[extname(full)] ?? 'application/octet-stream', 'content-length': body.length };
  if (br) headers['content-encoding'] = 'br';
  headers['cache-control'] = file.startsWith('pages/') ? 'no-store' : 'public, max-age=31536000, immutable';
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
});
await new Promise((resolve) => snapshotServer.listen(Number(process.env.SNAPSHOT_PORT ?? 0), '127.0.0.1', resolve));
const snapBase = `http://127.0.0.1:${snapshotServer.address().port}`;
console.log(`lighthouse: snapshots served from ${snapBase}`);

// ------------------------------------------------------------------ Lighthouse
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
const snapFlags = { ...flags, onlyCategories: ['performance'] };
// Interrupted: close the browser rather than leave it running.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await chrome.kill();
    snapshotServer.close();
    rmSync(userDataDir, { recursive: true, force: true });
    process.exit(130);
  });
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function summarise(lhr) {
  const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
  const num = (a) => lhr.audits[a]?.numericValue ?? null;
  const refs = ['accessibility', 'best-practices'].flatMap((c) => lhr.categories[c]?.auditRefs ?? []);
  const failing = Object.entries(lhr.audits)
    .filter(([, a]) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
    .filter(([id]) => refs.some((r) => r.id === id && r.weight > 0))
    .map(([id]) => id);
  return {
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
}

// The numeric fields as medians over the runs; the rest from the run whose LCP is the median.
function combine(rs) {
  const lcp = median(rs.map((r) => r.lcpMs));
  const mid = rs.reduce((a, b) => (Math.abs(b.lcpMs - lcp) < Math.abs(a.lcpMs - lcp) ? b : a));
  const out = { ...mid };
  for (const k of ['performance', 'accessibility', 'bestPractices', 'lcpMs', 'tbtMs', 'cls', 'fcpMs', 'transferBytes']) {
    out[k] = median(rs.map((r) => r[k]));
  }
  out.runs = rs.map((r) => ({ performance: r.performance, lcpMs: r.lcpMs, fcpMs: r.fcpMs, tbtMs: r.tbtMs }));
  return out;
}

const results = [];
let kept = 0;
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  // Cookies (shared by both ports of 127.0.0.1) and the saved-on-device journey go before
  // each run: the page gets only the journey its cookie header carries.
  const clean = async () => {
    const tab = await browser.newPage();
    await tab.goto(`${base}/robots.txt`);
    await tab.evaluate(() => localStorage.clear());
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.clearBrowserCookies');
    await tab.close();
  };
  const once = async (label, url, f) => {
    await clean();
    let lhr = (await lighthouse(url, f)).lhr;
    if (lhr.runtimeError) {
      // E.g. NO_NAVSTART when the machine is busy: once more, then report what came.
      console.log(`lighthouse ${label}: ${lhr.runtimeError.code}; running it again`);
      await clean();
      lhr = (await lighthouse(url, f)).lhr;
    }
    if (keepDir) {
      kept += 1;
      writeFileSync(join(keepDir, `${String(kept).padStart(2, '0')}-${label.replace(/ /g, '-')}.json`), JSON.stringify(lhr));
    }
    return summarise(lhr);
  };
  // One discarded run of each first: the browser's own first-start work would otherwise land
  // on whichever page comes first.
  await lighthouse(`${base}/`, flags);
  await lighthouse(`${snapBase}/`, snapFlags);
  for (const p of pages) {
    const withCookie = p.cookie ? { ...flags, extraHeaders: { Cookie: p.cookie } } : flags;
    const served = [];
    const snap = [];
    for (let i = 0; i < runs; i++) {
      served.push(await once(p.name, base + p.path, withCookie));
      snap.push(await once(`${p.name} snapshot`, snapBase + p.path, snapFlags));
      const a = served.at(-1);
      const b = snap.at(-1);
      console.log(
        `lighthouse ${p.name.padEnd(8)} run ${i + 1}: perf ${a.performance} LCP ${Math.round(a.lcpMs)} ms` +
          ` | snapshot perf ${b.performance} LCP ${Math.round(b.lcpMs)} ms`,
      );
    }
    const r = { page: p.name, url: p.path, ...combine(served), snapshot: combine(snap) };
    if (r.finalUrl !== new URL(p.path, base).pathname) {
      console.log(`lighthouse ${p.name}: ended at ${r.finalUrl}, not ${p.path}: the cookie was not taken`);
    }
    results.push(r);
    const failing = r.failingAuditsA11yBp;
    console.log(
      `lighthouse ${p.name.padEnd(8)} perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} ` +
        `LCP ${Math.round(r.lcpMs)} ms TBT ${Math.round(r.tbtMs)} ms CLS ${r.cls?.toFixed(3)} ` +
        `(${r.finalUrl})${failing.length ? ' failing: ' + failing.join(', ') : ''}; ` +
        `snapshot perf ${r.snapshot.performance} LCP ${Math.round(r.snapshot.lcpMs)} ms; ` +
        `LCP ratio ${(r.lcpMs / r.snapshot.lcpMs).toFixed(2)}`,
    );
  }
  browser.disconnect();
} finally {
  await chrome.kill();
  snapshotServer.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
writeFileSync(outFile, JSON.stringify(results, null, 2));
