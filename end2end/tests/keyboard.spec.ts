// The whole journey with the keyboard alone: Tab, Space, arrow keys and Enter. After every
// step focus is on the new page's h1; at every Tab stop the focus can be seen.

import { test, expect } from './fixtures';
import {
  defaultChoice,
  expectFocusVisible,
  focusReport,
  h1,
  main,
  plain,
  questionUrl,
  tabTo,
  currentQuestion,
  begin,
  walk,
  type Choice,
} from './helpers';
import type { Page } from '@playwright/test';

const PLAN: Record<string, Choice> = {
  'age-band': '65 to 74',
  'lives-alone': 'Yes',
  'daily-life': ['Seeing family and friends', 'Going out, such as to the shops, the doctor or on the bus'],
  relationships: ['I can do it, but it causes me a lot of pain, worry or upset'],
  'getting-out': ['I cannot do it without help, or someone has to remind me'],
  falls: 'Yes, more than once',
  'help-now': ['Family, friends or neighbours, without being paid'],
  'more-control': ['To choose who helps, such as your own personal assistant'],
  lonely: 'Sometimes',
  'community-interests': ['Finding groups, clubs or things to do'],
  'anything-else': { text: 'my daughter helps on sundays' },
};

/** Expects the new page's h1 to have focus (set after the page is drawn). */
async function expectHeadingFocused(page: Page): Promise<void> {
  await expect(h1(page)).toBeFocused();
  const f = await focusReport(page);
  expect(f.onBody).toBe(false);
}

/** Answers the question on screen with the keyboard, then presses Enter on Continue. */
async function answerWithKeyboard(page: Page, choice: Choice): Promise<void> {
  const form = main(page).locator('form');
  if (typeof choice === 'object' && !Array.isArray(choice)) {
    const box = form.getByRole('textbox');
    await tabTo(page, box);
    await page.keyboard.type(choice.text);
    await expect(box).toHaveValue(choice.text);
  } else if (typeof choice === 'string') {
    // A radio group: Tab enters it on the first radio; Space picks it, arrows move and pick.
    const radios = form.getByRole('radio');
    const labels = (await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''))).map(plain);
    const index = labels.indexOf(choice);
    expect(index, `"${choice}" is one of ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    await expect(radios.first()).toBeFocused();
    await expectFocusVisible(page, 'on entering the radios');
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    const picked = form.getByRole('radio', { name: choice, exact: true });
    await expect(picked).toBeFocused();
    await expect(picked).toBeChecked();
    await expectFocusVisible(page, `on "${choice}"`);
  } else {
    for (const label of choice) {
      const box = form.getByRole('checkbox', { name: label, exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
  }
  const before = page.url();
  await tabTo(page, form.getByRole('button', { name: 'Continue', exact: true }));
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.href !== before);
}

test('the whole journey with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page)).toHaveText('Check what help you could get');

  // Start page: Tab to the save box and Start now, Enter follows the link.
  const save = page.getByRole('checkbox', { name: 'Save my answers on this device' });
  await tabTo(page, save);
  await expect(save).not.toBeChecked(); // saving is opt-in: leave it off
  await tabTo(page, page.getByRole('button', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  await page.waitForURL('**/who');
  await expectHeadingFocused(page);
  await expect(h1(page)).toHaveText('Who are you answering for?');

  // Who: arrows move between the choices; the name box only appears for "Someone I help".
  await page.keyboard.press('Tab');
  const myself = main(page).getByRole('radio', { name: 'Myself' });
  await expect(myself).toBeFocused();
  await expectFocusVisible(page, 'on Myself');
  await page.keyboard.press('ArrowDown');
  await expect(main(page).getByRole('radio', { name: 'Someone I help or care for' })).toBeChecked();
  await expect(main(page).getByRole('textbox', { name: 'Their first name (optional)' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(myself).toBeChecked();
  await expect(myself).toBeFocused();
  await expect(main(page).getByRole('textbox', { name: 'Their first name (optional)' })).toBeHidden();
  await tabTo(page, main(page).getByRole('button', { name: 'Continue', exact: true }));
  await page.keyboard.press('Enter');
  await page.waitForURL(questionUrl('age-band'));

  // Every question: heading focused on arrival, answered by keyboard.
  const asked: string[] = [];
  for (let id = currentQuestion(page); id !== null; id = currentQuestion(page)) {
    await expectHeadingFocused(page);
    await answerWithKeyboard(page, PLAN[id] ?? (await defaultChoice(page)));
    asked.push(id);
    expect(asked.length, 'the journey ends').toBeLessThan(60);
  }
  expect(asked).toEqual(expect.arrayContaining(['relationships', 'getting-out', 'more-control', 'community-interests', 'anything-else']));

  // Check your answers → See my results (a link styled as a button: Enter follows it).
  await page.waitForURL('**/check');
  await expectHeadingFocused(page);
  await expect(main(page).getByRole('definition').filter({ hasText: 'my daughter helps on sundays' })).toBeVisible();
  await tabTo(page, main(page).getByRole('button', { name: 'See my results' }), { max: 80 });
  await page.keyboard.press('Enter');
  await page.waitForURL('**/results');
  await expect(h1(page)).toHaveText('Help that could fit');
  await expectHeadingFocused(page);

  // The numbers can be reached and seen with the keyboard.
  const firstCall = main(page).locator('a[href^="tel:"]').first();
  await tabTo(page, firstCall);
  await expect(firstCall).toHaveAttribute('href', /^tel:\d+$/);
  await tabTo(page, main(page).getByRole('button', { name: 'Copy summary' }), { max: 80 });
});

test('Skip to main content is the first Tab stop and moves focus to the main area', async ({ page }) => {
  await page.goto('/who');
  await expect(h1(page)).toHaveText('Who are you answering for?');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expectFocusVisible(page, 'on the skip link');
  await page.keyboard.press('Enter');
  await expect(main(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expectFocusVisible(page, 'after skipping');
  await expect(main(page).getByRole('link', { name: 'Back', exact: true })).toBeFocused();
});

test('links that look like buttons also work with Space, as buttons do', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page)).toHaveText('Check what help you could get');
  const start = page.getByRole('button', { name: 'Start now' });
  await tabTo(page, start);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/who$/);
  await expect(h1(page)).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('Shift+Tab back up a long page: focus is never hidden under the Exit bar, and nobody is thrown out', async ({ page }) => {
    await begin(page);
    await walk(page);
    await page.waitForURL('**/check');
    await expectHeadingFocused(page);
    const seeResults = main(page).getByRole('button', { name: 'See my results' });
    await tabTo(page, seeResults, { max: 80 });
    // Back up through every Change link to the Back link at the top.
    await tabTo(page, main(page).getByRole('link', { name: 'Back', exact: true }), { backwards: true, max: 80 });
    await expect(page).toHaveURL(/\/check$/);
    await expect(h1(page)).toHaveText('Check your answers');
  });
});
