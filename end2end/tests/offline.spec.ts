// When the server cannot be reached: a clear message and "Try again", and nothing is lost.

import { test, expect, expectNoAxeViolations } from './fixtures';
import { begin, ftl, walk, h1, main, questionUrl } from './helpers';
import type { Page } from '@playwright/test';

test.use({
  reducedMotion: 'reduce',
  // The browser itself reports the failed request; that is the point of these tests.
  // The chunk loader (wasm-split) logs a failed fetch before the app shows its message.
  // (One pattern: Playwright reads a two-element array here as [value, options].)
  allowConsole: [/Failed to load resource|Failed to fetch/],
});

const ASSESSMENTS = '**/api/v1/assessments';

async function toCheck(page: Page): Promise<void> {
  await begin(page);
  await walk(page, { lonely: 'Often', 'money-worries': ['Money owed'] });
  await page.waitForURL('**/check');
  await expect(h1(page)).toHaveText('Check your answers');
}

async function expectUnreachable(page: Page) {
  const problem = main(page).getByRole('alert');
  await expect(problem.getByRole('heading', { name: 'We cannot reach the service right now' })).toBeVisible();
  await expect(problem).toContainText('Your answers are safe on this page.');
  const retry = problem.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();
  return retry;
}

async function expectResultsFromTheAnswers(page: Page): Promise<void> {
  await expect(h1(page)).toHaveText('Help that could fit');
  await expect(main(page).getByRole('listitem').filter({ hasText: 'You told us you feel lonely often, or most of the time.' })).toBeVisible();
  await expect(main(page).getByRole('listitem').filter({ hasText: 'You told us you are worried about money.' })).toBeVisible();
}

test('results: no connection → "Try again" → results, with the answers kept', async ({ page }) => {
  await toCheck(page);
  let attempts = 0;
  await page.route(ASSESSMENTS, (route) => {
    attempts += 1;
    return route.abort('internetdisconnected');
  });

  await main(page).getByRole('button', { name: 'See my results' }).click();
  await page.waitForURL('**/results');
  let retry = await expectUnreachable(page);

  // Still offline: trying again says the same, calmly.
  await retry.click();
  await expect.poll(() => attempts).toBe(2);
  retry = await expectUnreachable(page);

  // Back online.
  await page.unroute(ASSESSMENTS);
  await retry.click();
  await expectResultsFromTheAnswers(page);

  // Nothing was lost on the way: Check your answers still has every answer.
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(main(page).getByRole('definition').filter({ hasText: /^Often$/ })).toBeVisible();
});

test('results: a server error also offers "Try again"', async ({ page }) => {
  await toCheck(page);
  await page.route(ASSESSMENTS, (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"type":"about:blank","title":"Unavailable"}' }),
  );
  await main(page).getByRole('button', { name: 'See my results' }).click();
  const retry = await expectUnreachable(page);
  await page.unroute(ASSESSMENTS);
  await retry.click();
  await expectResultsFromTheAnswers(page);
});

test('results: a fault in the service says to try later, with the help line to call; "Try again" still works', async ({ page }) => {
  await toCheck(page);
  await page.route(ASSESSMENTS, (route) =>
    route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"type":"/problems/internal","status":500}' }),
  );
  await main(page).getByRole('button', { name: 'See my results' }).click();
  const problem = main(page).getByRole('alert');
  await expect(problem.getByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeVisible();
  await expect(problem).toContainText('Your answers are safe on this page. Try again later.');
  await expect(problem).toContainText(ftl`If you need help now, call ${'Adult Social Care Direct'} on ${'024 7683 3003'}.`);
  await expect(problem).toBeFocused();
  await expectNoAxeViolations(page);
  await page.unroute(ASSESSMENTS);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expectResultsFromTheAnswers(page);
});

test('results: answers the service did not accept are named, each a link to change it', async ({ page }) => {
  await toCheck(page);
  await page.route(ASSESSMENTS, (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: '/problems/invalid-answers', status: 422, pointer: '/answers/lonely', errors: [{ pointer: '/answers/lonely', detail: 'x' }] }),
    }),
  );
  await main(page).getByRole('button', { name: 'See my results' }).click();
  const problem = main(page).getByRole('alert');
  await expect(problem.getByRole('heading', { name: 'We could not use some of your answers' })).toBeVisible();
  await expect(problem).toContainText('Change these answers, then ask for your results again:');
  const link = problem.getByRole('link', { name: 'How often do you feel lonely?' });
  await expect(link).toHaveAttribute('href', '/questions/lonely?change=1');
  await expect(problem.getByRole('link', { name: 'Check your answers' })).toHaveAttribute('href', '/check');
  await expectNoAxeViolations(page);
  await page.unroute(ASSESSMENTS);
  await link.click();
  await expect(page).toHaveURL(questionUrl('lonely'));
  await expect(main(page).getByRole('radio', { name: 'Often', exact: true })).toBeChecked();
});

test('questions: if the app cannot load them, the page the server sent still works, with the place and answers kept', async ({ page }) => {
  await begin(page, { save: true });
  await walk(page, { 'age-band': '65 to 74' }, { until: 'danger-now' });

  // The app cannot start again after the reload (its code does not arrive); the server's page
  // (rendered from the journey the app kept in step with it) is the whole service meanwhile.
  const APP_CODE = /\.wasm$|\/api\/v1\/questionnaire$/;
  await page.route(APP_CODE, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.locator('html[data-app]')).toHaveCount(0);
  await expect(page).toHaveURL(questionUrl('danger-now'));
  await expect(h1(page)).toHaveText('Are you in danger right now?');
  await expect(main(page).getByRole('alert')).toHaveCount(0);
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(main(page).getByRole('radio', { name: '65 to 74' })).toBeChecked();

  // Back online, the app starts on the page it finds.
  await page.unroute(APP_CODE);
  await page.reload();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(main(page).getByRole('radio', { name: '65 to 74' })).toBeChecked();
});

test('keyboard users keep their place: focus moves to the problem message', async ({ page }) => {
  await toCheck(page);
  await page.route(ASSESSMENTS, (route) => route.abort('internetdisconnected'));
  await main(page).getByRole('button', { name: 'See my results' }).press('Enter');
  await expectUnreachable(page);
  // Not left on the page body: the message (or its Try again button) has focus.
  await expect(main(page).getByRole('alert')).toBeFocused();
  await page.unroute(ASSESSMENTS);
  await page.keyboard.press('Tab');
  await expect(main(page).getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Help that could fit');
  await expect(h1(page)).toBeFocused();
});

// Later pages (check, results, urgent help, hand-over) are separate wasm chunks with a stylesheet
// and a Fluent file of their own (app/src/routes.rs).
const CHUNKS = /\/((split|chunk)_[^/]*\.wasm|later\.[0-9a-f]+\.css|locales\/[^/]+-later\.[0-9a-f]+\.ftl)$/;

test('later pages are fetched once the questions begin, so they still open when the connection drops', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    if (CHUNKS.test(new URL(request.url()).pathname)) fetched.push(new URL(request.url()).pathname);
  });
  await begin(page);
  // All five later pages, their styles and their words arrive in the background while the first
  // question is on screen.
  await expect.poll(() => fetched.filter((p) => p.startsWith('/split_')).length).toBe(5);
  expect(fetched.filter((p) => p.startsWith('/later.'))).toHaveLength(1);
  await expect.poll(() => fetched.filter((p) => p.startsWith('/locales/')).length).toBe(1);

  await page.route(CHUNKS, (route) => route.abort('internetdisconnected'));
  await walk(page, { lonely: 'Often', 'money-worries': ['Money owed'] });
  await page.waitForURL('**/check');
  await expect(h1(page)).toHaveText('Check your answers');
  // Styled by the later sheet (a rule from style/later/components/summary-list.css applies).
  await expect(main(page).locator('.summary-list__row').first()).toHaveCSS('border-bottom-style', 'solid');
});

test('a later page that cannot be fetched says so, and "Try again" opens it with the answers kept', async ({ page }) => {
  // Offline for the chunks from the start, so the background fetch fails too (quietly).
  await page.route(CHUNKS, (route) => route.abort('internetdisconnected'));
  await begin(page);
  await walk(page, { lonely: 'Often', 'money-worries': ['Money owed'] });
  await page.waitForURL('**/check');
  const retry = await expectUnreachable(page);
  await expect(main(page).getByRole('alert')).toBeFocused();

  // Still offline: the same calm message.
  await retry.click();
  await expectUnreachable(page);

  await page.unroute(CHUNKS);
  await main(page).getByRole('button', { name: 'Try again' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(main(page).getByRole('definition').filter({ hasText: /^Often$/ })).toBeVisible();
});
