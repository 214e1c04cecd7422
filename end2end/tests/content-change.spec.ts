// The council publishes new questions while people are half-way through (issue 15): nobody
// loses their answers. A server of its own is started on the current questions (version A,
// content/), the person answers about half of them, and the server is restarted on version B
// (end2end/fixtures/content-b: `sight-hearing` added, `stairs` taken out of
// `home-difficulties`, `falls` removed; version A archived in it). The journey goes on, the
// person is told what to check again, and results come back: in an open tab, from answers
// saved on the device, from a hand-over link made on A, and with JavaScript off.
//
// Version B's words (the added question's, end2end/fixtures/content-b/words/) go into a copy
// of locales/, built into its own folder, so the main server and dist/ are left alone:
//   cargo xtask build --locales target/content-b/locales --out target/dist-content-b
// Set E2E_CONTENT_B_BUILT=1 to skip that build when the folder is already fresh.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { test, expect, expectNoAxeViolations } from './fixtures';
import { answer, answerFor, begin, ftl, h1, main, questionUrl, routeCards, savedJourney, walk } from './helpers';
import type { Page } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const B_LOCALES = 'target/content-b/locales';
const B_DIST = 'target/dist-content-b';
// Beside the main server's port (E2E_PORT), as theme.spec.ts does (+11).
const PORT = Number(process.env.E2E_CONTENT_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 13);
const URL_ = `http://127.0.0.1:${PORT}`;
// The same key before and after the restart, as production sets SESSION_KEY, so the journey's
// cookie still opens.
const SESSION_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

const TITLES = {
  sight: 'Do you have trouble seeing or hearing, even with glasses or a hearing aid?',
  home: 'At home, is any of these hard for you?',
  falls: 'Have you had a fall in the last year?',
};
const NOTICE = {
  title: 'The questions have changed since you started',
  kept: 'We have kept your answers that still fit the new questions.',
  removed: 'Some questions you answered are no longer asked, so we have taken out those answers.',
};

let server: ChildProcess | undefined;
let serverLog = '';
const B_VERSION = '2099-01.1-test';

/** (Re)starts the server on version A (content/) or B (the fixture), on the same address. */
async function restartOn(version: 'A' | 'B'): Promise<void> {
  await stop();
  const args = ['--port', String(PORT)];
  if (version === 'B') args.push('--content', 'end2end/fixtures/content-b', '--locales', B_LOCALES, '--dist', B_DIST);
  const env: NodeJS.ProcessEnv = { ...process.env, RATE_LIMIT_PER_MINUTE: '0', SESSION_KEY };
  for (const name of ['CONTENT_DIR', 'ARCHIVE_DIR', 'LOCALES_DIR', 'DIST_DIR', 'PORT', 'HOST']) delete env[name];
  serverLog = '';
  const started = spawn(`target/${process.env.E2E_PROFILE ?? 'release'}/server`, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server = started;
  started.stderr?.on('data', (d) => (serverLog += d));
  for (let i = 0; i < 150; i++) {
    const served = await fetch(`${URL_}/api/v1/questionnaire`).then((r) => (r.ok ? r.json() : null), () => null);
    if (served && (served.version === B_VERSION) === (version === 'B')) return;
    if (started.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server on version ${version} did not start:\n${serverLog}`);
}

async function stop(): Promise<void> {
  const s = server;
  server = undefined;
  if (!s || s.exitCode !== null) return;
  const exited = new Promise((r) => s.once('exit', r));
  s.kill();
  await exited;
}

test.describe.configure({ mode: 'serial' });
test.use({
  baseURL: URL_,
  reducedMotion: 'reduce',
  // The results request answered 422 (the questions changed) is logged by the browser; and
  // while the server restarts, a request may find nobody there.
  // (A list of them is passed as [list, options]: a bare array is read as that pair.)
  allowConsole: [[/status of 422/, /ERR_CONNECTION_REFUSED/, /Failed to load resource/], { scope: 'test' }],
});

test.beforeAll(async () => {
  test.setTimeout(600_000);
  if (!process.env.E2E_CONTENT_B_BUILT) {
    // A copy of the words with version B's added question in every language.
    const locales = path.join(ROOT, B_LOCALES);
    fs.rmSync(locales, { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'locales'), locales, { recursive: true });
    for (const lang of fs.readdirSync(locales)) {
      const extra = path.join(ROOT, 'end2end/fixtures/content-b/words', `${lang}.ftl`);
      fs.appendFileSync(path.join(locales, lang, 'questions.ftl'), '\n' + fs.readFileSync(extra, 'utf8'));
    }
    const built = spawnSync('cargo', ['xtask', 'build', '--locales', B_LOCALES, '--out', B_DIST], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    expect(built.status, `cargo xtask build --locales … failed:\n${built.stderr}`).toBe(0);
  }
});

test.beforeEach(async () => {
  await restartOn('A');
});

test.afterAll(async () => {
  await stop();
});

/** Answers about half the questions on version A: up to `falls` (not answered). */
async function answerHalf(page: Page): Promise<void> {
  await walk(
    page,
    {
      'age-band': '75 to 84',
      'lives-alone': 'Yes',
      'home-difficulties': ['Going up and down the stairs', 'Getting in and out of the bath or shower'],
    },
    { until: 'falls' },
  );
  await expect(page).toHaveURL(questionUrl('falls'));
}

function notice(page: Page) {
  return main(page).getByRole('region', { name: 'Important' });
}

/** The notice names what changed, and links each question to check again. */
async function expectNotice(page: Page, recheck: string[], removed = true): Promise<void> {
  const n = notice(page);
  await expect(n).toBeVisible();
  await expect(n).toContainText(NOTICE.title);
  await expect(n).toContainText(NOTICE.kept);
  if (removed) await expect(n).toContainText(NOTICE.removed);
  else await expect(n).not.toContainText(NOTICE.removed);
  await expect(n.getByRole('link')).toHaveText(recheck);
}

/** From Check your answers: each listed question, answered again, until none is left. */
async function recheckAll(page: Page, answers: Record<string, string | string[]>): Promise<void> {
  for (const [title, choice] of Object.entries(answers)) {
    await notice(page).getByRole('link', { name: title }).click();
    await expect(h1(page)).toHaveText(title);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await answer(page, id, choice);
    await expect(page).toHaveURL(/\/check$/);
  }
  await expect(notice(page)).toHaveCount(0);
}

async function expectResults(page: Page): Promise<void> {
  await main(page).getByRole('button', { name: 'See my results' }).last().click();
  await expect(h1(page)).toHaveText('Help that could fit');
  await expect(routeCards(page).first()).toBeVisible();
  await expect(main(page)).toContainText(ftl`Questions version ${B_VERSION}`);
}

test('an open tab: the server moves to new questions half-way through; the answers are carried forward to Check your answers, the changes named, and results come back', async ({ page }) => {
  test.setTimeout(180_000);
  await begin(page);
  await answerHalf(page);

  await restartOn('B');
  // The tab still has the earlier questions: the person carries on to the end of them.
  await walk(page, { falls: 'Yes, once' });
  await expect(page).toHaveURL(/\/check$/);
  // The service says the questions changed: the answers are carried forward, and Check your
  // answers (on the new questions, loaded afresh from the server) names what to look at again.
  const reloaded = page.waitForResponse((r) => r.request().isNavigationRequest() && new URL(r.url()).pathname === '/check');
  await main(page).getByRole('button', { name: 'See my results' }).last().click();
  expect((await reloaded).status()).toBe(200);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await expect(h1(page)).toHaveText('Check your answers');
  await expectNotice(page, [TITLES.sight, TITLES.home]);
  await expect(answerFor(page, TITLES.sight)).toHaveText('Not answered');
  await expect(answerFor(page, TITLES.home)).toHaveText('Getting in and out of the bath or shower');
  await expect(main(page)).not.toContainText(TITLES.falls);
  await expect(answerFor(page, 'How old are you?')).toHaveText('75 to 84');
  await expectNoAxeViolations(page);

  // The carried answer is still ticked: looked at, and kept as it is.
  await recheckAll(page, { [TITLES.sight]: 'No', [TITLES.home]: [] });
  await expectResults(page);
});

test('saved on this device: a visit after the questions changed carries the saved answers forward and says what to check', async ({ page }) => {
  test.setTimeout(180_000);
  await begin(page, { save: true });
  await answerHalf(page);
  expect(JSON.parse((await savedJourney(page))!).questionnaire_version).not.toBe(B_VERSION);

  // Another day: the browser session (and its cookie) has ended; the device kept the answers.
  await page.waitForLoadState('networkidle');
  await page.context().clearCookies();
  await restartOn('B');
  await page.goto('/');
  await main(page).getByRole('button', { name: 'Carry on', exact: true }).click();

  // The first thing still to do is the new question, with the notice above it.
  await expect(page).toHaveURL(questionUrl('sight-hearing'));
  await expectNotice(page, [TITLES.sight, TITLES.home], false);
  await expectNoAxeViolations(page);
  await answer(page, 'sight-hearing', 'No');
  // On to what is still to do, not back through the answers given.
  await expect(page).toHaveURL(questionUrl('hospital'));
  await expectNotice(page, [TITLES.home], false);
  // Reloaded, the server renders the same notice and the app takes the page over as it is.
  await page.reload();
  await expect(page).toHaveURL(questionUrl('hospital'));
  await expectNotice(page, [TITLES.home], false);
  await expect(notice(page)).toHaveCount(1);
  await walk(page);
  await expect(page).toHaveURL(/\/check$/);
  await expectNotice(page, [TITLES.home], false);
  await recheckAll(page, { [TITLES.home]: ['Reaching things, or carrying things from room to room'] });
  expect(JSON.parse((await savedJourney(page))!).questionnaire_version).toBe(B_VERSION);
  await expectResults(page);
});

test('a hand-over link made before the questions changed opens on the new ones, listing what to check', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await begin(page);
  await answerHalf(page);
  await main(page).getByRole('link', { name: 'Continue on another device or with someone else' }).click();
  await page.waitForURL('**/handover');
  const link = (await page.locator('#handover-link').getAttribute('href')) ?? '';
  expect(link).toContain('/resume#resume=');

  await restartOn('B');
  const context = await browser.newContext({ baseURL: URL_, reducedMotion: 'reduce' });
  const other = await context.newPage();
  await other.goto(link);
  const banner = main(other).getByRole('region', { name: 'Important' });
  await expect(banner).toContainText('The questions have changed since this code or link was made');
  await expect(banner.getByRole('listitem').getByRole('link')).toHaveText([TITLES.sight, TITLES.home]);
  await banner.getByRole('button', { name: 'Carry on' }).click();
  // The link was made on `falls`, which is gone: on to the first thing still to do.
  await expect(other).toHaveURL(questionUrl('sight-hearing'));
  await expectNotice(other, [TITLES.sight, TITLES.home], false);
  await answer(other, 'sight-hearing', 'Yes');
  await expect(other).toHaveURL(questionUrl('hospital'));
  await expectNotice(other, [TITLES.home], false);
  await walk(other);
  await expect(other).toHaveURL(/\/check$/);
  await recheckAll(other, { [TITLES.home]: [] });
  await expectResults(other);
  await context.close();
});

/**
 * axe needs script, which a page without JavaScript cannot run: the same page (same cookies)
 * is scanned in a context whose app scripts are emptied, as no-js.spec.ts does.
 */
async function axeWithoutAppScripts(page: Page): Promise<void> {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, reducedMotion: 'reduce' });
  try {
    await context.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await context.addCookies(await page.context().cookies());
    const scanned = await context.newPage();
    await scanned.goto(page.url());
    await expect(notice(scanned)).toBeVisible();
    await expectNoAxeViolations(scanned);
  } finally {
    await context.close();
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a form sent from a page of the earlier questions: the journey is carried forward in its cookie and goes on', async ({ page }) => {
    test.setTimeout(180_000);
    await begin(page);
    await answerHalf(page);
    // The person is on `falls` (version A's page) when the server moves to version B, then
    // sends it: the question is gone, so the journey goes on to the first thing still to do,
    // and the notice says that answer was taken out.
    await restartOn('B');
    await main(page).getByLabel('Yes, once', { exact: true }).check();
    await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).toHaveURL(questionUrl('sight-hearing'));
    await expectNotice(page, [TITLES.sight, TITLES.home]);
    await axeWithoutAppScripts(page);
    await answer(page, 'sight-hearing', 'Not sure');
    await expect(page).toHaveURL(questionUrl('hospital'));
    await walk(page);
    await expect(page).toHaveURL(/\/check$/);
    await expectNotice(page, [TITLES.home]);
    await recheckAll(page, { [TITLES.home]: ['Getting in and out of bed or a chair'] });
    await expectResults(page);
  });
});
