// Branching: a gate question's answer brings in (or leaves out) its follow-up questions;
// changing it later drops the answers to questions it now hides; progress stays honest.

import { test, expect } from './fixtures';
import {
  begin,
  walk,
  answer,
  continueOn,
  choose,
  defaultChoice,
  currentQuestion,
  ftl,
  h1,
  main,
  plain,
  questionUrl,
  type Choice,
} from './helpers';
import type { Page } from '@playwright/test';

// Motion off: these tests are about where the journey goes, not how it moves.
test.use({ reducedMotion: 'reduce' });

type Progress = { id: string; section: number; sections: number; value: number; max: number };

/** "Section X of Y" and the bar, as shown on the current question. */
async function progress(page: Page): Promise<Progress> {
  const text = plain(await main(page).getByText(/^Section .* of .*$/).textContent());
  const m = text.match(/^Section (\d+) of (\d+)$/);
  expect(m, `progress text "${text}"`).not.toBeNull();
  const bar = main(page).getByRole('progressbar');
  await expect(bar, 'the bar is named by the progress text').toHaveAccessibleName(ftl`Section ${m![1]} of ${m![2]}`);
  const [value, max] = await bar.evaluate((el) => [(el as HTMLProgressElement).value, (el as HTMLProgressElement).max]);
  return { id: currentQuestion(page) ?? '?', section: Number(m![1]), sections: Number(m![2]), value, max };
}

/** Walks to Check your answers, noting the progress shown on every question. */
async function walkNotingProgress(page: Page, plan: Record<string, Choice>): Promise<Progress[]> {
  const seen: Progress[] = [];
  for (let id = currentQuestion(page); id !== null; id = currentQuestion(page)) {
    await expect(main(page).locator('form')).toBeVisible();
    seen.push(await progress(page));
    await answer(page, id, plan[id] ?? (await defaultChoice(page)));
    expect(seen.length).toBeLessThan(60);
  }
  await page.waitForURL('**/check');
  return seen;
}

/** The questions listed on Check your answers. */
async function checkedQuestions(page: Page): Promise<string[]> {
  await expect(h1(page)).toHaveText('Check your answers');
  return (await main(page).getByRole('term').allTextContents()).map(plain);
}

test('everyday-life choices bring in one follow-up each, and progress stays honest', async ({ page }) => {
  await begin(page);
  const steps = await walkNotingProgress(page, {
    'daily-life': ['Getting food and drink', 'Getting dressed'],
    meals: ['I can do it, but it takes me much longer than it should'],
    dressing: ['I manage this fine'],
  });
  const ids = steps.map((s) => s.id);

  // Exactly the chosen areas are asked about, straight after the overview question.
  const at = ids.indexOf('daily-life');
  expect(ids.slice(at, at + 4)).toEqual(['daily-life', 'meals', 'dressing', 'home-difficulties']);
  for (const hidden of ['washing', 'toilet', 'moving-around', 'housework', 'relationships', 'getting-out', 'child-care']) {
    expect(ids).not.toContain(hidden);
  }
  // A need in everyday life also brings in "Would you like any of these?" (more say over help).
  expect(ids).toContain('more-control');

  // The bar counts only this person's questions: it grows when follow-ups are added…
  const daily = steps[at];
  const meals = steps[at + 1];
  expect(meals.max, 'the bar makes room for the follow-ups').toBeGreaterThan(daily.max);
  // …and then moves one step per question, ending one short of full on the last question.
  steps.forEach((s, i) => expect(s.value, `bar position on ${s.id}`).toBe(i));
  for (const s of steps.slice(at + 1)) expect(s.max, `bar length on ${s.id}`).toBe(steps.length);

  // "Section X of Y": starts at 1, never skips or goes back, ends at Y; follow-ups stay in their section.
  expect(steps[0].section).toBe(1);
  steps.forEach((s, i) => {
    expect(s.sections).toBe(steps[0].sections);
    if (i > 0) expect(s.section - steps[i - 1].section, `section step into ${s.id}`).toBeGreaterThanOrEqual(0);
    if (i > 0) expect(s.section - steps[i - 1].section, `section step into ${s.id}`).toBeLessThanOrEqual(1);
  });
  expect(steps.at(-1)!.section).toBe(steps.at(-1)!.sections);
  expect(meals.section).toBe(daily.section);

  // Check your answers lists exactly the questions asked.
  expect(await checkedQuestions(page)).toHaveLength(steps.length);
});

test('the Back link follows the branch that was taken', async ({ page }) => {
  await begin(page);
  await walk(page, { 'daily-life': ['Getting food and drink', 'Going out, such as to the shops, the doctor or on the bus'] }, { until: 'home-difficulties' });
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('getting-out'));
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('meals'));
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('daily-life'));
  // The earlier answers are still chosen.
  await expect(main(page).getByRole('checkbox', { name: 'Getting food and drink' })).toBeChecked();
});

test('the browser Back and Forward buttons move between questions and keep the answers', async ({ page }) => {
  await begin(page);
  await walk(page, { 'age-band': '26 to 64', 'lives-alone': 'Yes' }, { until: 'danger-now' });
  await page.goBack();
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  await expect(h1(page)).toHaveText('Do you live alone?');
  await expect(main(page).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.goBack();
  await expect(main(page).getByRole('radio', { name: '26 to 64' })).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(questionUrl('lives-alone'));
  await expect(main(page).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
});

test('"Do you look after someone?" brings in the caring questions only when the answer is Yes', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'is-carer' });
  await expect(h1(page)).toHaveText('Do you look after someone who could not manage without your help?');
  await answer(page, 'is-carer', 'Yes');
  const caring = await walk(page, {}, { until: 'help-now' });
  expect(caring).toEqual(['cared-for', 'caring-hours', 'carer-health', 'carer-life', 'carer-coping', 'carer-backup']);

  // Back to the gate: answering No goes straight past the caring section.
  for (let i = 0; i < caring.length + 1; i++) await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('is-carer'));
  await expect(main(page).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await answer(page, 'is-carer', 'No');
  await expect(page).toHaveURL(questionUrl('help-now'));

  // The caring answers were dropped with the change: they are not on Check your answers.
  await walk(page);
  const listed = await checkedQuestions(page);
  expect(listed).toContain('Do you look after someone who could not manage without your help?');
  expect(listed).not.toContain('Who do you look after?');
  expect(listed).not.toContain('How are you coping with looking after someone?');
});

test('changing a gate answer later drops the follow-up answers it hides, for good', async ({ page }) => {
  await begin(page);
  await walk(page, {
    'daily-life': ['Washing and keeping clean'],
    washing: ['I can do it, but it is not safe for me or for others'],
    'memory-worry': 'Yes',
    'memory-recent': 'Much worse',
  });
  await page.waitForURL('**/check');
  const before = await checkedQuestions(page);
  expect(before).toContain('Washing and keeping clean: which of these is true for you?');
  expect(before).toContain('Would you like any of these?'); // more-control, brought in by the need
  expect(before).toContain('Compared with 10 years ago, how good are you at remembering things that happened recently?');

  // Change "Which of these do you find hard" to None of these.
  await main(page).getByRole('link', { name: 'Change Which of these do you find hard, or need help with?' }).click();
  await expect(page).toHaveURL(/\/questions\/daily-life\?change=1$/);
  await choose(page, ['None of these']);
  await expect(main(page).getByRole('checkbox', { name: 'Washing and keeping clean' })).not.toBeChecked();
  await continueOn(page);
  await page.waitForURL('**/check');
  const after = await checkedQuestions(page);
  expect(after).not.toContain('Washing and keeping clean: which of these is true for you?');
  expect(after).not.toContain('Would you like any of these?');
  expect(after).toHaveLength(before.length - 2);
  await expect(main(page).getByRole('definition').filter({ hasText: 'I can do it, but it is not safe for me or for others' })).toHaveCount(0);

  // Change memory worry to No: the four memory questions go too.
  await main(page).getByRole('link', { name: 'Change Are you worried about your memory or thinking?' }).click();
  await answer(page, 'memory-worry', 'No');
  await page.waitForURL('**/check');
  const fewer = await checkedQuestions(page);
  expect(fewer).toHaveLength(after.length - 4);
  expect(fewer.some((q) => q.startsWith('Compared with 10 years ago'))).toBe(false);

  // Bringing washing back asks it afresh: the dropped answer does not return.
  await main(page).getByRole('link', { name: 'Change Which of these do you find hard, or need help with?' }).click();
  await choose(page, ['Washing and keeping clean']);
  await continueOn(page);
  await expect(page).toHaveURL(/\/questions\/washing\?change=1$/);
  for (const box of await main(page).getByRole('checkbox').all()) await expect(box).not.toBeChecked();
});
