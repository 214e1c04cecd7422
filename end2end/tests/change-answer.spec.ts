// Check your answers → Change → the question with the answer already chosen → Continue →
// back to Check your answers, showing the new answer. A change that brings in a new question
// asks it first.

import { test, expect } from './fixtures';
import { begin, walk, answer, answerFor, choose, continueOn, currentQuestion, defaultChoice, h1, main, plain } from './helpers';
import type { Page } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

async function toCheck(page: Page, plan = {}): Promise<void> {
  await begin(page);
  await walk(page, plan);
  await page.waitForURL('**/check');
  await expect(h1(page)).toHaveText('Check your answers');
}

test('change a radio answer and come straight back', async ({ page }) => {
  await toCheck(page, { 'lives-alone': 'No', falls: 'Yes, once' });
  const rows = await main(page).getByRole('term').count();
  await expect(answerFor(page, 'Do you live alone?')).toHaveText('No');

  await main(page).getByRole('link', { name: 'Change Do you live alone?' }).click();
  await expect(page).toHaveURL(/\/questions\/lives-alone\?change=1$/);
  await expect(h1(page)).toHaveText('Do you live alone?');
  await expect(h1(page)).toBeFocused();
  // The current answer is chosen already, and Back returns to Check your answers.
  await expect(main(page).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(main(page).getByRole('link', { name: 'Back', exact: true })).toHaveAttribute('href', '/check');

  await answer(page, 'lives-alone', 'Yes');
  await expect(page).toHaveURL(/\/check$/);
  await expect(h1(page)).toBeFocused();
  await expect(answerFor(page, 'Do you live alone?')).toHaveText('Yes');
  await expect(main(page).getByRole('term')).toHaveCount(rows);

  // And the results use the new answer (fallen once while living alone).
  await main(page).getByRole('button', { name: 'See my results' }).click();
  await expect(h1(page)).toHaveText('Help that could fit');
  await expect(main(page).getByRole('listitem').filter({ hasText: 'You told us you have fallen more than once in the last year, or fallen while living alone.' })).toBeVisible();
});

test('change checkbox and text answers: the old answers are shown, the new ones replace them', async ({ page }) => {
  await toCheck(page, {
    'money-worries': ['Paying bills, rent or food', 'Money owed'],
    'anything-else': { text: 'First note' },
  });

  const worries = 'Are you worried about any of these?';
  await expect(answerFor(page, worries)).toHaveText('Paying bills, rent or food, Money owed');
  await main(page).getByRole('link', { name: `Change ${worries}` }).click();
  await expect(main(page).getByRole('checkbox', { name: 'Paying bills, rent or food' })).toBeChecked();
  await expect(main(page).getByRole('checkbox', { name: 'Money owed' })).toBeChecked();
  await expect(main(page).getByRole('checkbox', { name: 'Paying for care' })).not.toBeChecked();
  await main(page).getByRole('checkbox', { name: 'Money owed' }).uncheck();
  await choose(page, ['Paying for care']);
  await continueOn(page);
  await expect(page).toHaveURL(/\/check$/);
  await expect(answerFor(page, worries)).toHaveText('Paying bills, rent or food, Paying for care');

  const anythingElse = 'Is there anything else you want us to know?';
  await expect(answerFor(page, anythingElse)).toHaveText('First note');
  await main(page).getByRole('link', { name: `Change ${anythingElse}` }).click();
  await expect(main(page).getByRole('textbox')).toHaveValue('First note');
  await answer(page, 'anything-else', { text: 'Second note' });
  await expect(page).toHaveURL(/\/check$/);
  await expect(answerFor(page, anythingElse)).toHaveText('Second note');
});

test('a change that brings in new questions asks them first, then returns to Check your answers', async ({ page }) => {
  await toCheck(page, { clutter: 'No' });
  const before = (await main(page).getByRole('term').allTextContents()).map(plain);
  expect(before).not.toContain('Because of this, do any of these happen?');

  await test.step('one new question', async () => {
    await main(page).getByRole('link', { name: 'Change Is your home so full of things that some rooms are hard to use?' }).click();
    await answer(page, 'clutter', 'Yes, some rooms');

    // The new follow-up, still in "change" mode: its Back goes to Check your answers.
    await expect(page).toHaveURL(/\/questions\/clutter-effects\?change=1$/);
    await expect(h1(page)).toHaveText('Because of this, do any of these happen?');
    await expect(h1(page)).toBeFocused();
    await expect(main(page).getByRole('link', { name: 'Back', exact: true })).toHaveAttribute('href', '/check');
    await answer(page, 'clutter-effects', ['It is hard to cook']);

    await expect(page).toHaveURL(/\/check$/);
    const after = (await main(page).getByRole('term').allTextContents()).map(plain);
    expect(after).toHaveLength(before.length + 1);
    // Listed in questionnaire order, straight after the question that brought it in.
    expect(after.indexOf('Because of this, do any of these happen?')).toBe(
      after.indexOf('Is your home so full of things that some rooms are hard to use?') + 1,
    );
    await expect(answerFor(page, 'Is your home so full of things that some rooms are hard to use?')).toHaveText('Yes, some rooms');
    await expect(answerFor(page, 'Because of this, do any of these happen?')).toHaveText('It is hard to cook');
  });

  await test.step('several new questions', async () => {
    await main(page).getByRole('link', { name: 'Change Do you look after someone who could not manage without your help?' }).click();
    await answer(page, 'is-carer', 'Yes');
    const asked: string[] = [];
    for (let id = currentQuestion(page); id !== null; id = currentQuestion(page)) {
      await expect(page, 'each new question is asked in "change" mode').toHaveURL(/\?change=1$/);
      asked.push(id);
      await answer(page, id, await defaultChoice(page));
      expect(asked.length).toBeLessThan(20);
    }
    // The caring section, then (a carer may want more say over help) a later question it also brings in.
    expect(asked).toEqual(['cared-for', 'caring-hours', 'carer-health', 'carer-life', 'carer-coping', 'carer-backup', 'more-control']);
    await expect(page).toHaveURL(/\/check$/);
    await expect(answerFor(page, 'Who do you look after?')).toBeVisible();
  });
});
