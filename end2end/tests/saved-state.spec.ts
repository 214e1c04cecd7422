// "Save my answers on this device": opt-in, survives a reload at any step, offers "Carry on"
// and "Clear my answers"; anything saved that cannot be used is discarded with a message.

import { test, expect } from './fixtures';
import { begin, answer, walk, h1, main, questionUrl, savedJourney, STORAGE_KEY } from './helpers';
import type { Page } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

const NOTICE = {
  unreadable: 'We could not read the answers saved on this device, so we cleared them. You will need to start again.',
};

/** Puts `value` in the saved-journey slot, then loads the start page afresh. */
async function plantSaved(page: Page, value: string, path = '/'): Promise<void> {
  await page.goto('/');
  await expect(h1(page)).toBeVisible();
  await page.evaluate(([key, v]) => window.localStorage.setItem(key, v), [STORAGE_KEY, value] as const);
  // Coming back another day: the browser session (and its journey cookie) has ended; only
  // what was saved on the device is left.
  await page.waitForLoadState('networkidle');
  await page.context().clearCookies({ name: 'journey' });
  await page.goto(path);
}

/** The start page works: a heading, Start now, and nothing saved left behind. */
async function expectFreshStart(page: Page): Promise<void> {
  await expect(h1(page)).toHaveText('Check what help you could get');
  await expect(main(page).getByRole('button', { name: 'Start now' })).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Carry on', exact: true })).toHaveCount(0);
  expect(await savedJourney(page)).toBeNull();
}

test('with saving on, a reload keeps the answers and the step', async ({ page }) => {
  await begin(page, { save: true });
  await answer(page, 'age-band', '65 to 74');
  await answer(page, 'lives-alone', 'No');
  await answer(page, 'danger-now', 'No');
  await answer(page, 'self-harm', 'Prefer not to say');
  await expect(page).toHaveURL(questionUrl('harm-by-others'));

  await page.reload();
  await expect(page).toHaveURL(questionUrl('harm-by-others'));
  await expect(h1(page)).toHaveText('Is anyone doing any of these things to you?');

  // The earlier answers are all still there.
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('self-harm'));
  await expect(main(page).getByRole('radio', { name: 'Prefer not to say', exact: true })).toBeChecked();
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('danger-now'));
  await expect(main(page).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('age-band'));
  await expect(main(page).getByRole('radio', { name: '65 to 74' })).toBeChecked();

  // A reload on Check your answers keeps every answer too.
  await walk(page);
  await page.waitForURL('**/check');
  await page.reload();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(main(page).getByRole('definition').filter({ hasText: /^65 to 74$/ })).toBeVisible();
});

test('without saving, nothing is written to the device: a reload keeps the place, a new browser session starts again', async ({ page, browser, baseURL }) => {
  await begin(page);
  await answer(page, 'age-band', '65 to 74');
  expect(await savedJourney(page)).toBeNull();
  // The journey travels in a session cookie (HTML first: the server renders the page from it).
  await page.reload();
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  // A new session (the browser closed and opened again) has nothing.
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  await fresh.goto('/questions/lives-alone');
  await expect(fresh).toHaveURL(/\/who$/);
  await expect(fresh.locator('h1')).toHaveText('Who are you answering for?');
  await context.close();
});

test('the start page offers "Carry on" to the next unanswered question', async ({ page }) => {
  await begin(page, { save: true });
  await answer(page, 'age-band', '65 to 74');
  await answer(page, 'lives-alone', 'No');

  await page.goto('/');
  await expect(main(page).getByRole('heading', { name: 'You have saved answers on this device' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Carry on', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('danger-now'));
  await expect(h1(page)).toHaveText('Are you in danger right now?');
});

test('"Clear my answers" on the start page forgets everything', async ({ page }) => {
  await begin(page, { save: true });
  await answer(page, 'age-band', '65 to 74');
  await page.goto('/');
  await main(page).getByRole('button', { name: 'Clear my answers' }).click();

  await expectFreshStart(page);
  await expect(main(page).getByRole('checkbox', { name: 'Save my answers on this device' })).not.toBeChecked();
  await page.reload();
  await expectFreshStart(page);
  // Starting again really is a fresh start.
  await main(page).getByRole('button', { name: 'Start now' }).click();
  await expect(main(page).getByRole('radio', { checked: true })).toHaveCount(0);
});

test('staff mode never saves, even if saving was ticked', async ({ page }) => {
  await begin(page, { save: true, who: 'I work for the council and I am helping a caller' });
  await answer(page, 'age-band', '65 to 74');
  await answer(page, 'lives-alone', 'No');
  expect(await savedJourney(page)).toBeNull();
});

const UNREADABLE = [
  { what: 'not JSON', value: '{not json' },
  { what: 'JSON of the wrong shape', value: '[1, 2, 3]' },
  { what: 'a future storage format', value: '{"format": 99, "questionnaire_version": "x", "journey": {}}' },
];

for (const { what, value } of UNREADABLE) {
  test(`a saved journey that is ${what} is discarded with a message`, async ({ page }) => {
    await plantSaved(page, value);
    const notice = main(page).getByRole('region', { name: 'Important' });
    await expect(notice).toContainText(NOTICE.unreadable);
    await expectFreshStart(page);

    await notice.getByRole('button', { name: 'Hide this message' }).click();
    await expect(notice).toHaveCount(0);
    await begin(page);
    await expect(h1(page)).toHaveText('How old are you?');
  });
}

test('a saved journey from another questionnaire version is carried forward, not discarded', async ({ page }) => {
  await begin(page, { save: true });
  await answer(page, 'age-band', '65 to 74');
  const saved = JSON.parse((await savedJourney(page))!);
  expect(saved.questionnaire_version, 'saved answers name their questionnaire version').toBeTruthy();
  saved.questionnaire_version = '1999-01.1';

  // Every answer still fits the questions now in use: kept, with nothing to tell.
  await plantSaved(page, JSON.stringify(saved));
  await expect(main(page).getByRole('region', { name: 'Important' })).toHaveCount(0);
  await main(page).getByRole('button', { name: 'Carry on', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  // (end2end/tests/content-change.spec.ts: saved answers that no longer all fit.)
});

test('an urgent page seen before a reload is not shown again, even from a journey saved by an earlier version of the app', async ({ page }) => {
  await begin(page, { save: true });
  await answer(page, 'age-band', '65 to 74');
  await answer(page, 'lives-alone', 'No');
  await answer(page, 'danger-now', 'Yes, someone may hurt me, or I am not safe where I am');
  await expect(page).toHaveURL(/\/urgent\/urgent-safety\?from=danger-now$/);
  const saved = JSON.parse((await savedJourney(page))!);
  expect(saved.journey.urgent_routes, 'the urgent route shown is kept, by route').toEqual(['urgent-safety']);
  expect(saved.journey.urgent_seen, 'the older (question, option) list is not written').toBeUndefined();

  // The same journey as earlier versions of the app kept it: by (question, option).
  delete saved.journey.urgent_routes;
  saved.journey.urgent_seen = [['danger-now', 'yes']];
  await plantSaved(page, JSON.stringify(saved));
  await expect(main(page).getByRole('region', { name: 'Important' })).toHaveCount(0);
  await main(page).getByRole('button', { name: 'Carry on', exact: true }).click();
  await answer(page, 'self-harm', 'No');
  // Another answer leading to the same urgent route: no second urgent page.
  await answer(page, 'harm-by-others', ['Hitting, pushing or hurting']);
  await expect(page).toHaveURL(questionUrl('scam'));
  expect(JSON.parse((await savedJourney(page))!).journey.urgent_routes).toEqual(['urgent-safety']);
});

test('a corrupt saved journey opened at a question page still shows a working page', async ({ page }) => {
  await plantSaved(page, '{not json', '/questions/lives-alone');
  await expect(h1(page)).toHaveText('Who are you answering for?');
  expect(await savedJourney(page)).toBeNull();
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(main(page).getByRole('region', { name: 'Important' })).toContainText(NOTICE.unreadable);
});
