// GOV.UK error pattern: Continue with nothing chosen shows an error summary at the top that
// takes focus and links to the field, the message beside the field, and "Error:" in the title.

import { test, expect } from './fixtures';
import { begin, startJourney, walk, h1, main, questionUrl, answer, ftl } from './helpers';
import type { Page } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

/** Everything the pattern needs, for a summary message and the field it links to. */
async function expectErrorPattern(page: Page, message: string | RegExp, field: { id: string; name: string }): Promise<void> {
  const summary = main(page).getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);

  // The summary comes before the question, at the top of the page content.
  const order = await page.evaluate(
    ([a, b]) => !!(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
    [await summary.elementHandle(), await h1(page).elementHandle()] as const,
  );
  expect(order, 'error summary is above the question').toBe(true);

  // The message beside the field, tied to the group, with "Error:" for screen readers.
  const group = main(page).getByRole('group');
  const beside =
    typeof message === 'string'
      ? group.getByText(`Error: ${message}`, { exact: true })
      : group.getByText(new RegExp(`^Error: ${message.source}$`));
  await expect(beside).toBeVisible();
  const errorId = await beside.getAttribute('id');
  expect(errorId, 'the message beside the field has an id').toBeTruthy();
  const describedBy = (await group.getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(/\s+/), 'the group is described by its error').toContain(errorId);

  // The link goes to the field and focuses it.
  const link = summary.getByRole('link', { name: message });
  await expect(link).toHaveAttribute('href', `#${field.id}`);
  await link.click();
  const input = main(page).locator(`[id="${field.id}"]`);
  await expect(input).toBeFocused();
  await expect(input).toHaveAccessibleName(field.name);
}

test('a radio question: Continue with nothing chosen', async ({ page }) => {
  await begin(page);
  await expect(h1(page)).toHaveText('How old are you?');
  const title = await page.title();
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('age-band'));
  await expectErrorPattern(page, 'Select one answer', { id: 'answer', name: 'Under 18' });
  await expect(page).toHaveTitle(`Error: ${title}`);

  // Choosing an answer then moves on, and the error does not follow to the next page.
  await answer(page, 'age-band', '26 to 64');
  await expect(h1(page)).toHaveText('Do you live alone?');
  await expect(main(page).getByRole('alert')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error:/);
});

test('a checkbox question: Continue with nothing ticked', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'daily-life' });
  await expect(h1(page)).toHaveText('Which of these do you find hard, or need help with?');
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await expectErrorPattern(page, 'Select at least one answer, or select “None of these”', {
    id: 'answer',
    name: 'Getting food and drink',
  });
  // The hint stays linked to the group alongside the error.
  const describedBy = (await main(page).getByRole('group').getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(/\s+/)).toEqual(expect.arrayContaining(['answer-hint', 'answer-error']));
});

// Sensitive questions offer "Prefer not to say": the error says so, gently, instead of only
// demanding an answer (issue 12).
const DECLINE_ERROR = ftl`Select an answer, or choose “${'Prefer not to say'}” if you would rather not say`;

test('a sensitive radio question: the error offers "Prefer not to say"', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'danger-now' });
  await expect(h1(page)).toHaveText('Are you in danger right now?');
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('danger-now'));
  await expectErrorPattern(page, DECLINE_ERROR, {
    id: 'answer',
    name: 'Yes, someone may hurt me, or I am not safe where I am',
  });
  await expect(main(page).getByText('Select one answer', { exact: true })).toHaveCount(0);
  // Choosing it moves on, with no urgent page.
  await answer(page, 'danger-now', 'Prefer not to say');
  await expect(page).toHaveURL(questionUrl('self-harm'));
  await expect(main(page).getByRole('alert')).toHaveCount(0);
});

test('a sensitive checkbox question: the error offers "Prefer not to say", which stands alone', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'harm-by-others' });
  await expect(h1(page)).toHaveText('Is anyone doing any of these things to you?');
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await expectErrorPattern(page, DECLINE_ERROR, { id: 'answer', name: 'Hitting, pushing or hurting' });
  const describedBy = (await main(page).getByRole('group').getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(/\s+/)).toEqual(expect.arrayContaining(['answer-hint', 'answer-error']));
  // Like "None of these", it clears the other ticks.
  const none = main(page).getByRole('checkbox', { name: 'None of these', exact: true });
  const decline = main(page).getByRole('checkbox', { name: 'Prefer not to say', exact: true });
  await none.check();
  await decline.check();
  await expect(none).not.toBeChecked();
  await expect(main(page).locator('form input:checked')).toHaveCount(1);
});

test('the optional text question can be left empty without an error', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'anything-else' });
  await expect(main(page).getByRole('textbox', { name: /Is there anything else you want us to know\?/ })).toBeVisible();
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForURL('**/check');
  await expect(main(page).getByRole('alert')).toHaveCount(0);
});

test('"Who are you answering for?": Continue with nothing chosen', async ({ page }) => {
  await startJourney(page);
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/who$/);
  await expectErrorPattern(page, 'Select who you are answering for', { id: 'who-self', name: 'Myself' });
  await expect(page).toHaveTitle(/^Error: Who are you answering for\? – /);

  // Fixing it moves on.
  await main(page).getByRole('radio', { name: 'Myself' }).check();
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForURL(questionUrl('age-band'));
  await expect(page).not.toHaveTitle(/^Error:/);
});
