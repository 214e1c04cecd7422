// Step transition cost: with the CPU throttled 4x (CDP Emulation.setCPUThrottlingRate), the
// time from pressing Continue on a question to the next question's h1 having focus, for up
// to 20 steps of a realistic journey; prints the median.
//
//   node bench/steps.mjs BASE_URL FIXTURES_DIR OUT_JSON [STEPS]
//
// The journey is the persona's answers: the `journey` cookie the server set when they were
// posted through its forms (FIXTURES_DIR/pages.json, from scripts/bench/html_first.py; the
// server renders each question from it), and the same answers saved on the device
// (FIXTURES_DIR/journey.json in localStorage), so each question opens with its answer chosen
// and Continue moves on, as when a person steps through. Two figures per step:
//   - latency: performance.now() at the click's pointerdown → at the h1's focusin (wall time
//     inside the page; nothing waits on the network, so it is main-thread work: the app
//     focuses the h1 as soon as the new page is mounted);
//   - busy: the main thread's task time over the step (CDP Performance.getMetrics
//     TaskDuration after − before), which leaves out idle time such as that frame.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, fixtures, outFile, stepsArg] = process.argv.slice(2);
if (!base || !fixtures || !outFile) {
  console.error('usage: node bench/steps.mjs BASE_URL FIXTURES_DIR OUT_JSON [STEPS]');
  process.exit(2);
}
const STEPS = Number(stepsArg ?? 20);
const RATE = 4;
const KEY = 'care-self-assessment.journey';
const journey = readFileSync(join(fixtures, 'journey.json'), 'utf8');
const firstQuestion = JSON.parse(readFileSync(join(fixtures, 'first-question.txt'), 'utf8'));
// The cookie of the whole journey (the one Check your answers was reached with).
const pagesFile = join(fixtures, 'pages.json');
const cookie = existsSync(pagesFile)
  ? JSON.parse(readFileSync(pagesFile, 'utf8')).find((p) => p.name === 'check')?.cookie
  : null;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const steps = [];
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    await context.addCookies([{ name, value: value.join('='), url: base, httpOnly: true, sameSite: 'Strict' }]);
  }
  const page = await context.newPage();
  await page.goto(`${base}/robots.txt`);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, journey]);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${base}/questions/${firstQuestion}`);
  if (!new URL(page.url()).pathname.startsWith('/questions/')) {
    console.log(`steps: /questions/${firstQuestion} went to ${new URL(page.url()).pathname} (no journey?)`);
  }
  await page.locator('h1').first().waitFor();
  // The app marks <html data-app="ready"> once it has hydrated the server's page: from then on
  // Continue is the app's own step.
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });

  const taskDuration = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;

  for (let i = 0; i < STEPS; i++) {
    const from = new URL(page.url()).pathname;
    if (!from.startsWith('/questions/')) break;
    const button = page.locator('main form button[type=submit]');
    await button.waitFor();
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    // Armed before the click: resolves with the time from pointerdown to the next h1 focus.
    await page.evaluate(() => {
      window.__step = new Promise((resolve) => {
        let down = null;
        const onDown = () => (down = performance.now());
        const onFocus = (e) => {
          if (e.target instanceof HTMLHeadingElement && e.target.tagName === 'H1' && down !== null) {
            document.removeEventListener('pointerdown', onDown, true);
            document.removeEventListener('focusin', onFocus, true);
            resolve({ latency: performance.now() - down, to: location.pathname });
          }
        };
        document.addEventListener('pointerdown', onDown, true);
        document.addEventListener('focusin', onFocus, true);
        // A question the persona did not answer shows an error instead of moving on.
        setTimeout(() => resolve({ latency: null, to: location.pathname }), 10_000);
      });
    });
    const before = await taskDuration();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const r = await page.evaluate(() => window.__step);
    const busy = (await taskDuration()) - before;
    if (r.latency === null) {
      console.log(`steps: stopped at ${from}: Continue did not move on (unanswered question?)`);
      break;
    }
    steps.push({ from, to: r.to, latencyMs: r.latency, busyMs: busy });
    if (!r.to.startsWith('/questions/')) break;
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
} finally {
  await browser.close();
}

// Only question → question steps count (the last may lead to /check).
const counted = steps.filter((s) => s.to.startsWith('/questions/'));
const result = {
  cpuThrottle: RATE,
  steps: counted.length,
  medianLatencyMs: counted.length ? median(counted.map((s) => s.latencyMs)) : null,
  medianBusyMs: counted.length ? median(counted.map((s) => s.busyMs)) : null,
  maxLatencyMs: counted.length ? Math.max(...counted.map((s) => s.latencyMs)) : null,
  all: steps,
};
writeFileSync(outFile, JSON.stringify(result, null, 2));
console.log(
  `steps: ${result.steps} question→question steps at ${RATE}x CPU: median ${result.medianLatencyMs?.toFixed(1)} ms ` +
    `pointerdown→h1 focus, median ${result.medianBusyMs?.toFixed(1)} ms main-thread busy, max ${result.maxLatencyMs?.toFixed(1)} ms`,
);
if (result.steps < STEPS) console.log(`steps: note: the journey had only ${result.steps} question steps`);
