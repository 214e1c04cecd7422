// Hand-over without an account: the code and link made on /handover restore the same step
// and answers in a fresh browser (no shared storage); a mistyped or cut-short code is refused
// with a message and goes nowhere; neither the code nor the link carries a name or free text;
// a code made before the questions changed still opens, listing what to check again.

import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, waitForApp } from './fixtures';
import { begin, walk, h1, main, plain, questionUrl, type Choice } from './helpers';
import type { Browser, BrowserContext, Page, Route } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

const NAME = 'Priya';
const FALLBACK = 'the person you help';
const FREE_TEXT = 'Uses a walking frame indoors, key safe code 4321';

/** Answering for someone else, in words for them. */
const PLAN: Record<string, Choice> = {
  'age-band': '85 or older',
  'lives-alone': 'Yes',
  'danger-now': 'No',
  'self-harm': 'No',
  'harm-by-others': 'None of these',
  scam: 'No',
  'daily-life': ['Getting dressed'],
  dressing: ['They cannot do it without help, or someone has to remind them'],
  'home-difficulties': ['Getting in and out of the bath or shower'],
  falls: 'Yes, more than once',
  hospital: 'No',
  clutter: 'No',
  'memory-worry': 'Yes',
  'memory-recent': 'Much worse',
  'memory-words': 'A bit worse',
  'memory-day-date': 'A bit worse',
  'memory-money': 'About the same',
  'low-mood': 'Never',
  worry: 'Never',
  bereaved: 'No',
  'is-carer': 'Yes',
  'cared-for': ['My mum or dad'],
  'caring-hours': '35 to 49 hours',
  'carer-health': 'Yes',
  'carer-life': ['Getting enough sleep'],
  'carer-coping': 'I cope on some days, but not others',
  'carer-backup': 'No',
  'help-now': ['Family, friends or neighbours, without being paid'],
  'more-control': ['None of these'],
  lonely: 'Sometimes',
  'community-interests': ['Meeting new people'],
  'money-worries': ['Paying for care'],
  'anything-else': { text: FREE_TEXT },
};

/** Crockford base32 in groups of up to four. */
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

type Row = { id: string; question: string; answer: string };

/**
 * Moves inside the app without reloading it, as following a link does. The journey lives in
 * memory (nothing is saved in these tests), so page.goto would start it afresh.
 */
async function followLinkTo(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    document.body.append(a);
    a.click();
    a.remove();
  }, path);
  await page.waitForURL((u) => u.pathname === path);
}

/** The rows of Check your answers: question id (from its Change link), question and answer. */
async function checkRows(page: Page): Promise<Row[]> {
  if (new URL(page.url()).pathname !== '/check') await followLinkTo(page, '/check');
  await expect(h1(page)).toHaveText('Check your answers');
  const rows = await main(page)
    .locator('.summary-list__row')
    .evaluateAll((els) =>
      els.map((row) => ({
        href: row.querySelector('.summary-list__actions a')?.getAttribute('href') ?? '',
        question: row.querySelector('dt')?.textContent ?? '',
        answer: row.querySelector('dd.summary-list__value')?.textContent ?? '',
      })),
    );
  expect(rows.length, 'Check your answers has rows').toBeGreaterThan(0);
  return rows.map((r) => ({
    id: r.href.match(/\/questions\/([^?]+)/)?.[1] ?? r.href,
    question: plain(r.question),
    answer: plain(r.answer),
  }));
}

/** The original's rows as the receiver should see them: the name is not handed over. */
function withoutName(rows: Row[]): Row[] {
  return rows.map((r) => ({ ...r, question: r.question.replaceAll(NAME, FALLBACK), answer: r.answer.replaceAll(NAME, FALLBACK) }));
}

/** Opens /handover from the link on the current page, and reads the code and the link. */
async function openHandover(page: Page): Promise<{ code: string; link: string; payload: string }> {
  await main(page).getByRole('link', { name: 'Continue on another device or with someone else' }).click();
  await page.waitForURL('**/handover');
  await expect(h1(page)).toHaveText('Continue on another device or with someone else');
  const code = plain(await page.locator('#handover-code').textContent());
  const link = (await page.locator('#handover-link').getAttribute('href')) ?? '';
  const origin = new URL(page.url()).origin;
  expect(code).toMatch(CODE);
  expect(link.startsWith(`${origin}/resume#resume=`), `link ${link}`).toBe(true);
  await expect(main(page).getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.locator('.qr svg')).toBeVisible();
  return { code, link, payload: link.slice(link.indexOf('#resume=') + '#resume='.length) };
}

/** The link's payload as text (base64url, as the app writes it). */
function decodePayload(payload: string): string {
  expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
  return Buffer.from(payload, 'base64url').toString('latin1');
}

/** A fresh browser context: no storage, no history shared with the original. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const page = waitForApp(await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, errors };
}

async function closeClean(fresh: { context: BrowserContext; errors: string[] }): Promise<void> {
  await fresh.context.close();
  expect(fresh.errors, 'errors in the fresh browser').toEqual([]);
}

async function typeCode(page: Page, typed: string): Promise<void> {
  const input = main(page).getByRole('textbox', { name: 'Enter your code' });
  await expect(input).toBeVisible();
  await input.fill(typed);
  await main(page).getByRole('button', { name: 'Continue' }).click();
}

/** No name and no free text anywhere on the page. */
async function expectNothingPersonal(page: Page): Promise<void> {
  const body = await page.locator('body').innerText();
  expect(body).not.toContain(NAME);
  expect(body).not.toContain('key safe');
  expect(await page.evaluate(() => location.href)).not.toContain('resume=');
}

test('half way through: the link and the typed code each restore the same step and answers in a fresh browser', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await begin(page, { who: 'Someone I help or care for', name: NAME });
  await walk(page, PLAN, { until: 'falls' });
  await expect(page).toHaveURL(questionUrl('falls'));

  const { code, link, payload } = await openHandover(page);
  await expect(page.locator('#handover-code')).toBeVisible();
  await expectNoAxeViolations(page);

  // No name in the link (nor, being base32 bits, can the code hold one).
  const decoded = decodePayload(payload);
  expect(decoded, 'the link payload').not.toContain(NAME);
  expect(decoded.toLowerCase()).not.toContain(NAME.toLowerCase());
  expect(code).not.toContain(NAME.toUpperCase());

  // The original's answers, seen on its own Check your answers page.
  const original = await checkRows(page);
  const answered = original.filter((r) => r.answer !== 'Not answered');
  expect(answered.map((r) => r.id)).toEqual(['age-band', 'lives-alone', 'danger-now', 'self-harm', 'harm-by-others', 'scam', 'daily-life', 'dressing', 'home-difficulties']);

  // 1. The link, in a fresh browser.
  const viaLink = await freshPage(browser, baseURL);
  await viaLink.page.goto(link);
  await expect(viaLink.page).toHaveURL(questionUrl('falls'));
  await expect(h1(viaLink.page)).toHaveText(/^Has .+ had a fall in the last year\?$/);
  await expect(main(viaLink.page).getByRole('radio', { checked: true }), 'falls is not answered yet').toHaveCount(0);
  await expectNothingPersonal(viaLink.page);
  expect(await checkRows(viaLink.page)).toEqual(withoutName(original));
  await expectNothingPersonal(viaLink.page);
  await closeClean(viaLink);

  // 2. The code, typed in small letters with spaces for dashes, in another fresh browser.
  const viaCode = await freshPage(browser, baseURL);
  await viaCode.page.goto('/resume');
  await typeCode(viaCode.page, code.toLowerCase().replaceAll('-', ' '));
  await expect(viaCode.page).toHaveURL(questionUrl('falls'));
  await expect(main(viaCode.page).getByRole('radio', { checked: true })).toHaveCount(0);
  await expectNothingPersonal(viaCode.page);
  expect(await checkRows(viaCode.page)).toEqual(withoutName(original));
  await closeClean(viaCode);
});

test('from Check your answers: neither code nor link carries the name or the free text', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await begin(page, { who: 'Someone I help or care for', name: NAME });
  await walk(page, PLAN);
  await page.waitForURL('**/check');
  const original = await checkRows(page);
  expect(original.find((r) => r.id === 'anything-else')?.answer).toBe(FREE_TEXT);

  const { code, link, payload } = await openHandover(page);
  const decoded = decodePayload(payload);
  for (const secret of [NAME, FREE_TEXT, 'walking frame', 'key safe', '4321']) {
    expect(decoded, `the link payload must not hold "${secret}"`).not.toContain(secret);
    expect(link).not.toContain(encodeURIComponent(secret));
  }
  expect(decoded.toLowerCase()).not.toContain(NAME.toLowerCase());

  // What the receiver sees: every option answer, the free-text question unanswered.
  const expected = withoutName(original).map((r) => (r.id === 'anything-else' ? { ...r, answer: 'Not answered' } : r));
  for (const open of [
    async (p: Page) => p.goto(link),
    async (p: Page) => {
      await p.goto('/resume');
      await typeCode(p, code.toLowerCase().replaceAll('-', ' '));
    },
  ]) {
    const fresh = await freshPage(browser, baseURL);
    await open(fresh.page);
    // Every option question is answered; only the free text is asked again (or checked).
    await expect(fresh.page).toHaveURL(/\/(questions\/anything-else|check)$/);
    await expectNothingPersonal(fresh.page);
    expect(await checkRows(fresh.page)).toEqual(expected);
    await expectNothingPersonal(fresh.page);
    await closeClean(fresh);
  }
});

test('a corrupted or cut-short code is refused with a message and goes nowhere', async ({ page, browser, baseURL }) => {
  await begin(page);
  await walk(page, { 'age-band': '65 to 74', 'lives-alone': 'No', 'danger-now': 'No' }, { until: 'harm-by-others' });
  const { code, payload } = await openHandover(page);
  const symbols = code.replaceAll('-', '');
  const group = (s: string) => s.match(/.{1,4}/g)!.join('-');

  // One character changed (past the length field at the start), and the last two cut off.
  const i = 6;
  const changed = group(symbols.slice(0, i) + ALPHABET[(ALPHABET.indexOf(symbols[i]) + 1) % 32] + symbols.slice(i + 1));
  const truncated = group(symbols.slice(0, -2));
  expect(changed).not.toBe(code);

  await main(page).getByRole('link', { name: 'I have a code' }).click();
  await page.waitForURL('**/resume');
  await expect(h1(page)).toHaveText('Enter your code');

  const cases = [
    { what: 'one character changed', typed: changed, message: 'The code is not right. Check each letter and number and try again' },
    { what: 'cut short', typed: truncated, message: 'Some of the code is missing. Check you have all of it' },
  ];
  for (const c of cases) {
    await typeCode(page, c.typed);
    const summary = page.getByRole('alert');
    await expect(summary, c.what).toContainText('There is a problem');
    await expect(summary, c.what).toContainText(c.message);
    await expect(main(page).locator('.error-message'), c.what).toContainText(c.message);
    await expect(main(page).getByRole('textbox', { name: 'Enter your code' })).toHaveAttribute('aria-describedby', /resume-code-error/);
    await expect(page).toHaveTitle(/^Error: /);
    // Still here: no journey was opened.
    await expect(page).toHaveURL(/\/resume$/);
    await expect(h1(page)).toHaveText('Enter your code');
  }
  await expectNoAxeViolations(page);

  // The error summary links to the box.
  await page.getByRole('alert').getByRole('link').click();
  await expect(main(page).getByRole('textbox', { name: 'Enter your code' })).toBeFocused();

  // A damaged link is refused the same way, in a fresh browser, without landing on a question.
  const damaged = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(`/resume#resume=${damaged}`);
  await expect(fresh.page.getByRole('alert')).toBeVisible();
  await expect(main(fresh.page).locator('.error-message')).toHaveText(/\S/);
  await expect(fresh.page).toHaveURL(/\/resume$/);
  await expect(h1(fresh.page)).toHaveText('Enter your code');
  await closeClean(fresh);
});

/**
 * A code made while an earlier questionnaire (end2end/fixtures/archive/2026-10.1.toml, which
 * the test server keeps as its archive) was current; written and checked by
 * assessment/tests/handover.rs, so it cannot drift from the app's format.
 */
const OLDER: { code: string; version: string; step: string; recheck: string[] } = JSON.parse(
  readFileSync(new URL('../fixtures/older-code.json', import.meta.url), 'utf8'),
);

test('a typed code from an older version of the questions opens: what still fits is restored, what changed is listed to check again', async ({ browser, baseURL }) => {
  const fresh = await freshPage(browser, baseURL);
  const page = fresh.page;
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/resume');
  await typeCode(page, OLDER.code.toLowerCase());

  // Not refused: the list of answers to check again, focused so it is read first.
  const banner = main(page).getByRole('region', { name: 'Important' });
  await expect(banner).toBeVisible();
  await expect(banner).toBeFocused();
  await expect(banner).toContainText('The questions have changed since this code or link was made');
  const recheck = banner.getByRole('listitem').getByRole('link');
  // In the order asked: `self-harm`, asked now before the step the code was made at (it came
  // later then, so it was never answered), and what the code itself lost.
  await expect(recheck).toHaveCount(OLDER.recheck.length + 1);
  await expect(recheck.first()).toHaveAttribute('href', '/questions/self-harm?change=1');
  await expect(recheck.nth(1)).toHaveAttribute('href', `/questions/${OLDER.recheck[0]}?change=1`);
  await expect(recheck.nth(1)).toHaveText('In the last year, has anyone tricked you, or tried to trick you, out of money?');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Only the earlier version's shape was asked for, by its tag: the code stayed here.
  const shapes = asked.filter((p) => p.startsWith('/api/v1/questionnaire/shapes/'));
  expect(shapes).toHaveLength(1);
  expect(shapes[0]).toMatch(/^\/api\/v1\/questionnaire\/shapes\/[0-9a-f]{4}$/);
  expect(asked.join(' ')).not.toContain(OLDER.code.replaceAll('-', ''));

  // "Carry on" lands on the step the code was made on.
  await banner.getByRole('button', { name: 'Carry on' }).click();
  await expect(page).toHaveURL(questionUrl(OLDER.step));
  await expect(h1(page)).toHaveText('At home, is any of these hard for you?');

  // Every answer that still fits is there, by its id though its place changed ("75 to 84"
  // was the fourth age band then, the fifth now); the dropped one is not answered.
  const rows = Object.fromEntries((await checkRows(page)).map((r) => [r.id, r.answer]));
  expect(rows).toMatchObject({
    'age-band': '75 to 84',
    'lives-alone': 'Yes',
    'danger-now': 'No',
    'harm-by-others': 'None of these',
    scam: 'Not answered',
  });
  expect(rows['daily-life']).toMatch(/food and drink/i);
  expect(rows.meals).toMatch(/cannot do it without help/i);
  await closeClean(fresh);
});

test.describe('an older code that cannot be read', () => {
  // The browser logs the refused request itself; that is what this test is about.
  test.use({ allowConsole: [/Failed to load resource/] });

  test('a code from a version the service no longer keeps, or with the service unreachable, is refused with a message saying so', async ({ page }) => {
    await page.goto('/resume');
    await expect(h1(page)).toHaveText('Enter your code');
    const cases = [
      {
        what: 'no such version kept (404)',
        route: (r: Route) =>
          r.fulfill({ status: 404, contentType: 'application/problem+json', body: '{"type":"/problems/shape-not-found","title":"","status":404,"detail":""}' }),
        message: 'This code was made for an older version of the questions that we no longer have',
      },
      { what: 'offline', route: (r: Route) => r.abort('internetdisconnected'), message: 'We cannot check this code right now' },
    ];
    for (const c of cases) {
      await page.unroute('**/api/v1/questionnaire/shapes/*');
      await page.route('**/api/v1/questionnaire/shapes/*', c.route);
      await typeCode(page, OLDER.code);
      await expect(page.getByRole('alert'), c.what).toContainText(c.message);
      await expect(main(page).locator('.error-message'), c.what).toContainText(c.message);
      await expect(page).toHaveURL(/\/resume$/);
      await expect(main(page).getByRole('region', { name: 'Important' })).toHaveCount(0);
    }
  });
});
