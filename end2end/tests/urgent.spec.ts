// An urgent answer shows the urgent route on the very next screen, with numbers to tap, and
// the choice to carry on; the urgent route then leads the results.

import { test, expect } from './fixtures';
import { begin, walk, answer, ftl, h1, main, questionUrl, resultRoutes, expectPriorityOrder, type Choice, routeCards } from './helpers';

test.use({ reducedMotion: 'reduce' });

type Case = {
  name: string;
  /** Answers on the way to the urgent question. */
  before?: Record<string, Choice>;
  question: string;
  choice: Choice;
  route: string;
  title: string;
  calls: Array<{ service: string; number: string; tel: string }>;
  next: string;
  /** Also finish the journey and check the results. */
  results?: { reason: RegExp };
};

const SAFETY_CALLS = [
  { service: 'Emergency services (999)', number: '999', tel: 'tel:999' },
  { service: 'Adult Social Care Direct, Coventry City Council', number: '024 7683 3003', tel: 'tel:02476833003' },
  { service: 'Police, when it is not an emergency (101)', number: '101', tel: 'tel:101' },
];

const CASES: Case[] = [
  {
    name: 'in danger right now',
    question: 'danger-now',
    choice: 'Yes',
    route: 'urgent-safety',
    title: 'Get help to stay safe now',
    calls: SAFETY_CALLS,
    next: 'harm-by-others',
    results: { reason: /^You told us you are in danger right now\.$/ },
  },
  {
    name: 'someone is hurting them',
    question: 'harm-by-others',
    choice: ['Hitting, pushing or hurting'],
    route: 'urgent-safety',
    title: 'Get help to stay safe now',
    calls: SAFETY_CALLS,
    next: 'scam',
  },
  {
    name: 'thoughts of suicide now',
    before: { 'low-mood': 'Often' },
    question: 'self-harm',
    choice: 'Yes, I feel like this now',
    route: 'mental-health-crisis',
    title: 'Get help with how you feel, now',
    calls: [
      { service: 'NHS 111, mental health option', number: '111', tel: 'tel:111' },
      { service: 'Samaritans', number: '116 123', tel: 'tel:116123' },
      { service: 'Emergency services (999)', number: '999', tel: 'tel:999' },
    ],
    next: 'is-carer',
    results: { reason: /ending your life or harming yourself recently/ },
  },
];

for (const c of CASES) {
  test(`urgent answer (${c.name}) interrupts at once, then lets the person carry on`, async ({ page }) => {
    await begin(page);
    await walk(page, c.before ?? {}, { until: c.question });
    await answer(page, c.question, c.choice);

    // The very next screen is the urgent route, with its heading focused.
    await expect(page).toHaveURL(new RegExp(`/urgent/${c.route}\\?from=${c.question}$`));
    await expect(h1(page)).toHaveText(c.title);
    await expect(h1(page)).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^${c.title}`));
    for (const call of c.calls) {
      const link = main(page).getByRole('link', { name: ftl`Call ${call.service} ${call.number}` });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', call.tel);
    }

    // Carry on with the questions: the next question on the path.
    await main(page).getByRole('button', { name: 'Carry on with the questions' }).click();
    await expect(page).toHaveURL(questionUrl(c.next));
    await expect(h1(page)).toBeFocused();

    if (c.results) {
      await walk(page, c.before ?? {});
      await page.waitForURL('**/check');
      await main(page).getByRole('button', { name: 'See my results' }).click();
      await page.waitForURL('**/results');
      await expect(h1(page)).toHaveText('Help that could fit');
      const routes = await resultRoutes(page);
      expect(routes[0], 'the urgent route comes first').toEqual({ title: c.title, priority: 'Urgent' });
      expectPriorityOrder(routes);
      const first = routeCards(page).first();
      await expect(first.getByRole('listitem').filter({ hasText: c.results.reason })).toBeVisible();
      await expect(first.locator(`a[href="${c.calls[0].tel}"]`).first()).toBeVisible();
    }
  });
}

test('a non-urgent answer to the same question does not interrupt', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'danger-now' });
  await answer(page, 'danger-now', 'Not sure');
  await expect(page).toHaveURL(questionUrl('harm-by-others'));
});
