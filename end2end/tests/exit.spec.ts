// "Exit this page": the button, or Shift pressed three times, leaves for a neutral site,
// replaces this page in the history and forgets the journey, on the page and on the device.

import { test, expect } from './fixtures';
import { begin, answer, h1, main, questionUrl, savedJourney, STORAGE_KEY } from './helpers';
import type { Page } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

const NEUTRAL_PAGE = '<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather forecast</h1></body></html>';

/** The neutral site from `<meta name=exit-url>`, answered locally (the box has no internet). */
async function fakeExitSite(page: Page): Promise<string> {
  const exitUrl = await page.locator('meta[name="exit-url"]').getAttribute('content');
  expect(exitUrl, 'the page names where "Exit this page" goes').toMatch(/^https:\/\//);
  const origin = new URL(exitUrl!).origin;
  await page.context().route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE }),
  );
  return exitUrl!;
}

/** What the app's origin holds in localStorage, read from outside the page. */
async function appStorage(page: Page, baseURL: string): Promise<Record<string, string>> {
  const origin = new URL(baseURL).origin;
  const state = await page.context().storageState();
  const entry = state.origins.find((o) => o.origin === origin);
  return Object.fromEntries((entry?.localStorage ?? []).map((i) => [i.name, i.value]));
}

/** Saves two answers on the device and stops on the third question. */
async function answerSomeQuestions(page: Page): Promise<void> {
  await begin(page, { save: true });
  await answer(page, 'age-band', '85 or older');
  await answer(page, 'lives-alone', 'Yes');
  await expect(page).toHaveURL(questionUrl('danger-now'));
  await expect.poll(() => savedJourney(page), { message: 'answers are saved on the device' }).toContain('age-85-plus');
}

/** After Back from the neutral site: a working page that shows none of the journey. */
async function expectNothingOfTheJourney(page: Page): Promise<void> {
  await expect(h1(page)).toBeVisible();
  await expect(page, 'Back does not return to the page that was left').not.toHaveURL(questionUrl('danger-now'));
  await expect(main(page).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(main(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(main(page).getByRole('button', { name: 'Carry on', exact: true })).toHaveCount(0);
  expect(await savedJourney(page)).toBeNull();
}

test('the Exit this page button leaves at once and forgets the answers', async ({ page, baseURL }) => {
  await answerSomeQuestions(page);
  const exitUrl = await fakeExitSite(page);

  await page.getByRole('button', { name: /^Exit this page/ }).click();
  await page.waitForURL(exitUrl);
  await expect(page.getByRole('heading', { name: 'Weather forecast' })).toBeVisible();
  expect(await appStorage(page, baseURL!), 'saved answers are cleared').not.toHaveProperty(STORAGE_KEY);

  await page.goBack();
  await expectNothingOfTheJourney(page);
});

test('pressing Shift three times leaves at once and forgets the answers', async ({ page, baseURL }) => {
  await answerSomeQuestions(page);
  const exitUrl = await fakeExitSite(page);

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(questionUrl('danger-now')); // two presses are not enough
  await page.keyboard.press('Shift');
  await page.waitForURL(exitUrl);
  await expect(page.getByRole('heading', { name: 'Weather forecast' })).toBeVisible();
  expect(await appStorage(page, baseURL!), 'saved answers are cleared').not.toHaveProperty(STORAGE_KEY);

  await page.goBack();
  await expectNothingOfTheJourney(page);
});

test('Shift used for capital letters does not exit', async ({ page }) => {
  await begin(page, { who: 'Someone I help or care for', name: '' });
  await fakeExitSite(page);
  // Back to "who" and type a name with capitals, as anyone would, holding Shift for each.
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(/\/who$/);
  const name = main(page).getByRole('textbox', { name: 'Their first name (optional)' });
  await name.click();
  for (const ch of 'Mary Ann O Neil') {
    if (/[A-Z]/.test(ch)) await page.keyboard.press(`Shift+Key${ch}`);
    else await page.keyboard.type(ch);
  }
  await expect(page, 'still on the page after typing capitals').toHaveURL(/\/who$/);
  await expect(name).toHaveValue('Mary Ann O Neil');
});
