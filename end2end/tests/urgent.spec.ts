// An urgent answer shows the urgent route on the very next screen, with numbers to tap, and
// the choice to carry on; each urgent page shows once per journey, however many answers lead
// to it; the urgent route then leads the results, and when the risk is to the person
// themselves, crisis help comes before safeguarding.

import { test, expect } from './fixtures';
import {
  begin,
  walk,
  answer,
  ftl,
  h1,
  main,
  questionUrl,
  resultRoutes,
  expectPriorityOrder,
  type Choice,
  routeCards,
  openRouteDetails,
} from './helpers';
import type { Page } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

const SAFETY = 'Get help to stay safe now';
const CRISIS = 'Get help with how you feel, now';

type Call = { service: string; number: string; tel: string };

const SAFETY_CALLS: Call[] = [
  { service: 'Emergency services (999)', number: '999', tel: 'tel:999' },
  { service: 'Adult Social Care Direct, Coventry City Council', number: '024 7683 3003', tel: 'tel:02476833003' },
  { service: 'Police, when it is not an emergency (101)', number: '101', tel: 'tel:101' },
];

const CRISIS_CALLS: Call[] = [
  { service: 'NHS 111, mental health option', number: '111', tel: 'tel:111' },
  { service: 'Samaritans', number: '116 123', tel: 'tel:116123' },
  { service: 'Emergency services (999)', number: '999', tel: 'tel:999' },
];

/** An answer given on the way: to the next question on the path, or through Change on Check your answers. */
type Step = { question: string; choice: Choice };

type Case = {
  name: string;
  /** Answers on the way to the urgent question. */
  before?: Record<string, Choice>;
  question: string;
  choice: Choice;
  route: 'urgent-safety' | 'mental-health-crisis';
  /** The question the person carries on to. */
  next: string;
  /** A later answer that leads to the same urgent route: it must not show the page again. */
  again: Step & { via: 'next' | 'change' };
  /** A reason on the urgent route's card on results. */
  reason: RegExp;
};

const CASES: Case[] = [
  {
    name: 'danger from others',
    question: 'danger-now',
    choice: 'Yes, someone may hurt me, or I am not safe where I am',
    route: 'urgent-safety',
    next: 'self-harm',
    again: { question: 'harm-by-others', choice: ['Hitting, pushing or hurting'], via: 'next' },
    reason: /^You told us someone may hurt you, or you are not safe where you are, right now\.$/,
  },
  {
    name: 'danger to self',
    question: 'danger-now',
    choice: 'Yes, I may harm myself or end my life',
    route: 'mental-health-crisis',
    // self-harm is not asked: the person has just said so.
    next: 'harm-by-others',
    // Changed on Check your answers: "No" brings in self-harm, answered "right now".
    again: { question: 'danger-now', choice: 'No', via: 'change' },
    // The reason is the last answer's: thoughts of ending their life now.
    reason: /^You told us you have thoughts of ending your life or harming yourself now\.$/,
  },
  {
    name: 'abuse',
    question: 'harm-by-others',
    choice: ['Threatening, frightening or controlling'],
    route: 'urgent-safety',
    next: 'scam',
    again: { question: 'scam', choice: 'Yes, and it is still going on', via: 'next' },
    reason: /^You told us someone is harming you in one or more of the ways we asked about\./,
  },
  {
    name: 'scam loss',
    question: 'scam',
    choice: 'Yes, I lost money or gave out my bank details',
    route: 'urgent-safety',
    next: 'daily-life',
    again: { question: 'harm-by-others', choice: ['Taking or controlling money or belongings without agreement'], via: 'change' },
    reason: /^You told us you lost money to someone who tricked you/,
  },
  {
    name: 'self-harm recently',
    question: 'self-harm',
    choice: 'Yes, in the last few weeks',
    route: 'mental-health-crisis',
    next: 'harm-by-others',
    again: { question: 'danger-now', choice: 'Yes, I may harm myself or end my life', via: 'change' },
    // Changed to danger to self, which hides self-harm: the reason is that answer's.
    reason: /^You told us you may harm yourself or end your life, right now\.$/,
  },
  {
    name: 'self-harm right now',
    question: 'self-harm',
    choice: 'Yes, I feel like this now',
    route: 'mental-health-crisis',
    next: 'harm-by-others',
    again: { question: 'danger-now', choice: 'Yes, I may harm myself or end my life', via: 'change' },
    reason: /^You told us you may harm yourself or end your life, right now\.$/,
  },
];

const TITLE = { 'urgent-safety': SAFETY, 'mental-health-crisis': CRISIS } as const;
const CALLS = { 'urgent-safety': SAFETY_CALLS, 'mental-health-crisis': CRISIS_CALLS } as const;

/** The urgent page for `route`, reached from `from`: heading focused, numbers to tap. */
async function expectUrgentPage(page: Page, route: Case['route'], from: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/urgent/${route}\\?from=${from}$`));
  await expect(h1(page)).toHaveText(TITLE[route]);
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${TITLE[route]}`));
  for (const call of CALLS[route]) {
    const link = main(page).getByRole('link', { name: ftl`Call ${call.service} ${call.number}` });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', call.tel);
  }
}

async function carryOn(page: Page): Promise<void> {
  await main(page).getByRole('button', { name: 'Carry on with the questions' }).click();
}

/** Check your answers → Change `question` → answer it (and any question it brings in, by plan). */
async function changeOnCheck(page: Page, question: string, choice: Choice, plan: Record<string, Choice>): Promise<void> {
  await page.waitForURL('**/check');
  await main(page).locator(`a[href="/questions/${question}?change=1"]`).click();
  await answer(page, question, choice);
  // Questions the change brings in are asked first, then the person is back on Check.
  for (let i = 0; i < 10 && !page.url().endsWith('/check'); i++) {
    expect(page.url(), 'no urgent page again').not.toMatch(/\/urgent\//);
    const id = new URL(page.url()).pathname.replace('/questions/', '');
    await answer(page, id, plan[id] ?? 'No');
  }
  await expect(page).toHaveURL(/\/check$/);
}

async function seeResults(page: Page): Promise<Array<{ title: string; priority: string }>> {
  await page.waitForURL('**/check');
  await main(page).getByRole('button', { name: 'See my results' }).last().click();
  await page.waitForURL('**/results');
  await expect(h1(page)).toHaveText('Help that could fit');
  const routes = await resultRoutes(page);
  expectPriorityOrder(routes);
  return routes;
}

for (const c of CASES) {
  test(`urgent answer (${c.name}) interrupts at once, shows once per journey, and leads the results`, async ({ page }) => {
    await begin(page);
    await walk(page, c.before ?? {}, { until: c.question });
    await answer(page, c.question, c.choice);

    // The very next screen is the urgent route, with its heading focused.
    await expectUrgentPage(page, c.route, c.question);

    // Carry on with the questions: the next question on the path.
    await carryOn(page);
    await expect(page).toHaveURL(questionUrl(c.next));
    await expect(h1(page)).toBeFocused();

    // A second answer leading to the same urgent route does not show the page again.
    const plan: Record<string, Choice> = { ...(c.before ?? {}), 'self-harm': 'Yes, I feel like this now' };
    if (c.again.via === 'next') {
      await walk(page, c.before ?? {}, { until: c.again.question });
      await answer(page, c.again.question, c.again.choice);
      await expect(page, 'the same urgent page does not show twice').toHaveURL(/\/questions\//);
      await walk(page, c.before ?? {});
    } else {
      await walk(page, c.before ?? {});
      await changeOnCheck(page, c.again.question, c.again.choice, plan);
    }
    expect(page.url(), 'the journey reached Check your answers without another urgent page').toMatch(/\/check$/);

    const routes = await seeResults(page);
    const urgent = routes.filter((r) => r.priority === 'Urgent').map((r) => r.title);
    expect(urgent, 'the urgent route is on results').toContain(TITLE[c.route]);
    expect(routes[0].priority).toBe('Urgent');
    if (c.route === 'mental-health-crisis') {
      expect(routes[0].title, 'risk to oneself leads with crisis help').toBe(CRISIS);
    }
    const card = routeCards(page).filter({ has: page.getByRole('heading', { level: 2, name: TITLE[c.route] }) });
    await expect(card.getByRole('listitem').filter({ hasText: c.reason }).first()).toBeVisible();
    // An urgent card is open from the start: its first number, in the card or (a service other
    // routes share too) under "Who to contact", where the card points; and "What to do first"
    // calls the leading route's first number.
    await expect(card.locator('details')).toHaveAttribute('open', '');
    const direct = card.locator(`a[href="${CALLS[c.route][0].tel}"]`);
    if ((await direct.count()) > 0) await expect(direct.first()).toBeVisible();
    else await expect(card.locator('a[href^="#contact-"]').first()).toBeVisible();
    if (routes[0].title === TITLE[c.route]) {
      await expect(main(page).locator('.first-step a.first-step__action')).toHaveAttribute('href', CALLS[c.route][0].tel);
    }
  });
}

test('danger to self and from others: both urgent pages show once each, and crisis help comes before safeguarding', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'self-harm' });
  await answer(page, 'self-harm', 'Yes, I feel like this now');
  await expectUrgentPage(page, 'mental-health-crisis', 'self-harm');
  await carryOn(page);
  await answer(page, 'harm-by-others', ['Hitting, pushing or hurting', 'Threatening, frightening or controlling']);
  await expectUrgentPage(page, 'urgent-safety', 'harm-by-others');
  await carryOn(page);
  // Then danger now, changed to "someone may hurt me": both pages were seen already.
  await walk(page, {});
  await changeOnCheck(page, 'danger-now', 'Yes, someone may hurt me, or I am not safe where I am', {});

  const routes = await seeResults(page);
  expect(routes.slice(0, 2), 'crisis help first, then safeguarding').toEqual([
    { title: CRISIS, priority: 'Urgent' },
    { title: SAFETY, priority: 'Urgent' },
  ]);
});

test('danger to self said first, someone hurting them second: crisis help still comes first', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'danger-now' });
  await answer(page, 'danger-now', 'Yes, I may harm myself or end my life');
  await expectUrgentPage(page, 'mental-health-crisis', 'danger-now');
  await carryOn(page);
  await answer(page, 'harm-by-others', ['Hitting, pushing or hurting']);
  await expectUrgentPage(page, 'urgent-safety', 'harm-by-others');
  await carryOn(page);
  await walk(page, {});
  const routes = await seeResults(page);
  expect(routes.slice(0, 2)).toEqual([
    { title: CRISIS, priority: 'Urgent' },
    { title: SAFETY, priority: 'Urgent' },
  ]);
});

test('a non-urgent answer to the same question does not interrupt', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'danger-now' });
  await answer(page, 'danger-now', 'Not sure');
  await expect(page).toHaveURL(questionUrl('self-harm'));
});

test('a service with no contact of its own says who to ask instead, with a number to tap', async ({ page }) => {
  const ASC = 'Adult Social Care Direct, Coventry City Council';
  const askCard = (name: string) => main(page).locator('.service').filter({ hasText: ftl`Ask ${name} about this` });
  await begin(page);
  await walk(page, {}, { until: 'danger-now' });
  await answer(page, 'danger-now', 'Yes, someone may hurt me, or I am not safe where I am');
  await expectUrgentPage(page, 'urgent-safety', 'danger-now');
  // On the urgent page: a helpline whose number is not confirmed yet names who to call instead.
  await expect(askCard(ASC).first()).toBeVisible();
  await expect(askCard(ASC).first().locator('a[href="tel:02476833003"]')).toBeVisible();
  await carryOn(page);
  await answer(page, 'self-harm', 'Yes, I feel like this now');
  await expectUrgentPage(page, 'mental-health-crisis', 'self-harm');
  await expect(askCard('NHS 111, mental health option').first()).toBeVisible();
  await expect(askCard('NHS 111, mental health option').first().locator('a[href="tel:111"]')).toBeVisible();

  // On results, every card gives a way to act.
  await carryOn(page);
  await walk(page, { 'daily-life': ['Getting food and drink'], meals: 'I cannot do it without help, or someone has to remind me', lonely: 'Often' });
  await seeResults(page);
  // Contacts are folded on non-urgent cards: open them all, then every service, in the cards
  // and under "Who to contact", gives a way to act.
  await openRouteDetails(page);
  const services = main(page).locator('.signpost .service, .contacts .service');
  const count = await services.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const s = services.nth(i);
    const name = (await s.locator('.service__name').textContent()) ?? '';
    await expect(s.locator('a[href^="tel:"], a[href^="http"], a[href^="mailto:"], dd bdi').first(), `"${name}" gives a way to act`).toBeVisible();
  }
  const ask = services.filter({ hasText: ftl`Ask ${ASC} about this` }).first();
  await expect(ask).toBeVisible();
  await expect(ask.locator('a[href="tel:02476833003"]')).toBeVisible();
});

test('"Prefer not to say" on a sensitive question: offered gently, chosen, and the journey goes on', async ({ page }) => {
  await begin(page);
  await walk(page, {}, { until: 'danger-now' });
  // Continue without an answer: the error says the person may choose "Prefer not to say".
  await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(questionUrl('danger-now'));
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText(ftl`${'Prefer not to say'}`);
  await expect(main(page).locator('#answer-error')).toContainText(ftl`${'Prefer not to say'}`);

  // Choose it: no urgent page, the next question.
  await answer(page, 'danger-now', 'Prefer not to say');
  await expect(page).toHaveURL(questionUrl('self-harm'));
  await answer(page, 'self-harm', 'Prefer not to say');
  await expect(page).toHaveURL(questionUrl('harm-by-others'));
  // On a multiple choice it stands alone.
  await answer(page, 'harm-by-others', ['Prefer not to say']);
  await expect(page).toHaveURL(questionUrl('scam'));
  await walk(page, {});

  // Check your answers shows it as its own answer, never as "No".
  await page.waitForURL('**/check');
  const row = main(page).locator('.summary-list__row').filter({ has: page.getByRole('term').filter({ hasText: 'Are you in danger right now?' }) });
  await expect(row.locator('.summary-list__value')).toHaveText('Prefer not to say');

  // Results: nothing urgent is claimed, and there is still somewhere to go.
  const routes = await seeResults(page);
  expect(routes.length).toBeGreaterThan(0);
  expect(routes.map((r) => r.priority)).not.toContain('Urgent');
  expect(routes.map((r) => r.title), 'a gentle offer to talk in confidence').toContain('Talk to someone in confidence');
});

test('urgent words speak to the reader about the person they help, on the urgent page and on results', async ({ page }) => {
  await begin(page, { who: 'Someone I help or care for', name: 'Sam' });
  await walk(page, {}, { until: 'danger-now' });
  await answer(page, 'danger-now', 'Yes, someone may hurt them, or they are not safe where they are');
  await expect(page).toHaveURL(/\/urgent\/urgent-safety\?from=danger-now$/);
  await expect(h1(page)).toBeFocused();
  const summary = ftl`If ${'Sam'} is in danger right now, call 999.`;
  await expect(main(page).locator('.urgent-panel')).toContainText(summary);
  await expect(main(page).locator('.urgent-panel')).not.toContainText('It is not your fault');
  await carryOn(page);
  await walk(page, {});
  await seeResults(page);
  const card = routeCards(page).filter({ has: page.getByRole('heading', { level: 2, name: SAFETY }) });
  await expect(card).toContainText(summary);
  await expect(card.locator('.signpost__next')).not.toBeEmpty();
  await expect(card.locator('.signpost__next')).not.toContainText('route-');
});
