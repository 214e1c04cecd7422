// With JavaScript off, the server's own pages carry the whole journey: every page is complete
// HTML, each form posts to the server, which answers with a 303 to the next page and keeps
// the journey in its sealed cookie. Nothing here waits for the app: only links, buttons and
// forms a browser handles on its own. On every page: an h1, and no "loading" placeholder.

import { test, expect, expectNoAxeViolations } from './fixtures';
import {
  startJourney,
  chooseWho,
  answer,
  currentQuestion,
  answerFor,
  defaultChoice,
  h1,
  main,
  ftl,
  questionUrl,
  routeCards,
  type Choice,
  type Who,
} from './helpers';
import type { Browser, BrowserContext, Page } from '@playwright/test';

const VIEWPORT = { width: 360, height: 740 };

test.use({
  javaScriptEnabled: false,
  viewport: VIEWPORT,
  // An answer missing is a 422 page by design; Chromium logs every 4xx document as an error.
  allowConsole: [/Failed to load resource: the server responded with a status of 422/],
});

/** Every document the server sent: none may be a server error. */
const statuses = new WeakMap<Page, Array<{ url: string; status: number }>>();

test.beforeEach(async ({ page }) => {
  const seen: Array<{ url: string; status: number }> = [];
  statuses.set(page, seen);
  page.on('response', (r) => {
    if (r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()) seen.push({ url: r.url(), status: r.status() });
  });
});

test.afterEach(async ({ page }) => {
  const bad = (statuses.get(page) ?? []).filter((s) => s.status >= 500);
  expect(bad, 'no server errors on any page').toEqual([]);
});

/** A complete server page: its heading, and no "loading" placeholder waiting for the app. */
async function expectServerPage(page: Page): Promise<void> {
  await expect(h1(page).first(), `an h1 on ${page.url()}`).toBeVisible();
  await expect(page.locator('#loading'), `no loading placeholder on ${page.url()}`).toBeHidden();
}

/** Start → who (→ name) → first question, checking each page. */
async function beginNoJs(page: Page, who: Who = 'Myself', name?: string): Promise<void> {
  await startJourney(page);
  await expectServerPage(page);
  await chooseWho(page, who, { name });
  await expectServerPage(page);
}

/** As helpers' `walk`, checking every page on the way; stops off the questions or on `until`. */
async function walkNoJs(page: Page, plan: Record<string, Choice> = {}, until?: string): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await expectServerPage(page);
    const id = currentQuestion(page);
    if (id === null || id === until) return seen;
    await answer(page, id, plan[id] ?? (await defaultChoice(page)));
    seen.push(id);
  }
  throw new Error(`walk did not finish: still on ${page.url()}`);
}

async function toCheck(page: Page, plan: Record<string, Choice> = {}): Promise<void> {
  await walkNoJs(page, plan);
  await expect(page).toHaveURL(/\/check$/);
  await expect(h1(page)).toHaveText('Check your answers');
}

/** Check your answers → "See my results" (a link) → results, a complete page. */
async function seeResults(page: Page): Promise<void> {
  await main(page).getByRole('button', { name: 'See my results' }).click();
  await page.waitForURL('**/results', { timeout: 10_000 });
  await expectServerPage(page);
  await expect(h1(page)).toHaveText('Help that could fit');
}

const URGENT_ANSWER = 'Yes, someone may hurt me, or I am not safe where I am';

test('myself: start to results with forms alone; results give routes and numbers to tap, axe-clean', async ({ page }) => {
  await beginNoJs(page, 'Myself');
  await expect(h1(page)).toHaveText('How old are you?');
  // Reading aloud needs the app: no button that would do nothing (its place is kept).
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  await expect(page.locator('.listen-button')).toBeHidden();
  await toCheck(page, { 'age-band': '75 to 84', lonely: 'Often' });
  await expect(main(page).getByRole('definition').filter({ hasText: /^75 to 84$/ })).toBeVisible();

  await seeResults(page);
  await expect(page.locator('.listen-button')).toBeHidden();
  const cards = routeCards(page);
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(cards.first().getByRole('heading', { level: 2 })).toBeVisible();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Meet people and find things to do' })).toBeVisible();
  await expect(main(page).locator('a[href^="tel:"]').first()).toBeVisible();
  await axeWithoutAppScripts(page.context().browser()!, page.url(), await page.context().cookies());
});

test('someone else (with a name) and staff reach Check your answers; staff shows the call reference', async ({ page }) => {
  await beginNoJs(page, 'Someone I help or care for', 'Sam');
  await expect(h1(page)).toHaveText(ftl`How old is ${'Sam'}?`);
  await toCheck(page);
  await expect(main(page).getByRole('term').filter({ hasText: ftl`Does ${'Sam'} live alone?` })).toBeVisible();

  // A contact-centre desktop: /staff starts a new call (a fresh journey) at the first question.
  await page.goto('/staff');
  await expect(page).toHaveURL(questionUrl('age-band'));
  await toCheck(page);
  await expect(page.locator('.call-reference').first()).toHaveText(/[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}/);
});

test('Continue with nothing chosen: error summary, inline error and "Error:" in the title', async ({ page }) => {
  await beginNoJs(page);
  const title = await page.title();
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && /\/questions\/age-band$/.test(r.url()));
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  const status = (await posted).status();
  expect(status, 'the error page is a client error').toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  await expectServerPage(page);
  await expect(h1(page)).toHaveText('How old are you?');
  const summary = main(page).getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Select one answer' })).toHaveAttribute('href', '#answer');
  await expect(main(page).getByRole('group').getByText('Error: Select one answer', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.title)).toBe(`Error: ${title}`);

  // Answering then moves on, without the error.
  await answer(page, 'age-band', '26 to 64');
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  await expect(main(page).getByRole('alert')).toHaveCount(0);
});

test('an urgent answer shows the urgent page, and its carry-on link goes on with the questions', async ({ page }) => {
  await beginNoJs(page);
  await walkNoJs(page, {}, 'danger-now');
  await answer(page, 'danger-now', URGENT_ANSWER);
  await expect(page).toHaveURL(/\/urgent\/urgent-safety\?from=danger-now$/);
  await expectServerPage(page);
  await expect(h1(page)).toHaveText('Get help to stay safe now');
  await expect(main(page).locator('a[href="tel:999"]').first()).toBeVisible();

  await main(page).getByRole('button', { name: 'Carry on with the questions' }).click();
  await expect(page).toHaveURL(questionUrl('self-harm'));
  await expectServerPage(page);
  await expect(h1(page)).toHaveText('Have you had thoughts of ending your life or harming yourself?');
});

test('change an answer from Check your answers and come back to the new answer', async ({ page }) => {
  await beginNoJs(page);
  await toCheck(page, { 'lives-alone': 'No' });
  await expect(answerFor(page, 'Do you live alone?')).toHaveText('No');

  await main(page).getByRole('link', { name: 'Change Do you live alone?' }).click();
  await expect(page).toHaveURL(/\/questions\/lives-alone\?change=1$/);
  await expectServerPage(page);
  await expect(main(page).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await answer(page, 'lives-alone', 'Yes');
  await expect(page).toHaveURL(/\/check$/);
  await expectServerPage(page);
  await expect(answerFor(page, 'Do you live alone?')).toHaveText('Yes');
});

test('switching to Arabic mid-journey keeps the question and the answers', async ({ page }) => {
  await beginNoJs(page);
  await answer(page, 'age-band', '75 to 84');
  await expect(page).toHaveURL(questionUrl('lives-alone'));

  await page.locator('nav.language-switcher button[lang="ar"]').click();
  await page.waitForLoadState();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  await expectServerPage(page);
  await expect(h1(page)).not.toHaveText('Do you live alone?');

  // Back (a link, in any language) shows the earlier answer still chosen.
  await main(page).locator('a.back-link').click();
  await expect(page).toHaveURL(questionUrl('age-band'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(main(page).locator('input[value="age-75-to-84"]')).toBeChecked();

  // And the journey goes on in Arabic: Continue (the form's submit) moves one step.
  await continueArabic(page);
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  await main(page).locator('input[name="answer"][value="yes"]').check();
  await continueArabic(page);
  await expect(page).toHaveURL(questionUrl('danger-now'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectServerPage(page);
});

async function continueArabic(page: Page): Promise<void> {
  const before = page.url();
  await main(page).locator('form button[type="submit"]').click();
  await page.waitForURL((u) => u.href !== before);
}

test('Exit this page leaves for the neutral site and forgets the journey: /check then goes to "who"', async ({ page }) => {
  await beginNoJs(page);
  await answer(page, 'age-band', '75 to 84');
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  const exitUrl = await page.locator('meta[name="exit-url"]').getAttribute('content');
  expect(exitUrl).toMatch(/^https:\/\//);
  await page.context().route(`${new URL(exitUrl!).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast</h1></html>' }),
  );

  await page.getByRole('button', { name: /^Exit this page/ }).click();
  await page.waitForURL(exitUrl!, { timeout: 5000 });
  await expect(page.getByRole('heading', { name: 'Weather forecast' })).toBeVisible();

  await page.goto('/check');
  await expect(page).toHaveURL(/\/who$/);
  await expectServerPage(page);
  await expect(main(page).getByRole('radio', { checked: true })).toHaveCount(0);
});

/**
 * axe needs script in the page, which a context without JavaScript cannot run. So it runs in a
 * context with JavaScript on whose app scripts are all empty: the app never starts, and the
 * page is the server's HTML exactly as a browser without JavaScript shows it (the CSS has no
 * `scripting` media query). `cookies` carry the journey to `url`.
 */
async function axeWithoutAppScripts(browser: Browser, url: string, cookies: Parameters<BrowserContext['addCookies']>[0] = []): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: true, reducedMotion: 'reduce' });
  try {
    await context.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(url);
    await expectServerPage(page);
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
}

test('axe (WCAG 2.2 AA) on the server pages: start, who, question, question with error, urgent and check', async ({ browser, baseURL }) => {
  // Walked with forms in a no-JavaScript-like context (see axeWithoutAppScripts); every page
  // scanned as it arrives, the error page included (a POST's answer cannot be fetched again).
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: true, baseURL, reducedMotion: 'reduce' });
  await context.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  const page = await context.newPage();
  const scan = async (what: string) => {
    await expectServerPage(page);
    await expect(page.locator('html[data-app]'), `${what}: the app did not start`).toHaveCount(0);
    await test.step(`axe: ${what}`, () => expectNoAxeViolations(page));
  };
  try {
    await page.goto('/');
    await expect(h1(page)).toHaveText('Check what help you could get');
    await scan('start');

    await startJourney(page);
    await scan('who');

    await chooseWho(page, 'Myself');
    await scan('question');

    await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(main(page).getByRole('alert')).toBeVisible();
    await scan('question with an error');

    await walkNoJs(page, {}, 'danger-now');
    await answer(page, 'danger-now', URGENT_ANSWER);
    await expect(page).toHaveURL(/\/urgent\//);
    await scan('urgent');

    await main(page).getByRole('button', { name: 'Carry on with the questions' }).click();
    await toCheck(page);
    await scan('check');
  } finally {
    await context.close();
  }
});
