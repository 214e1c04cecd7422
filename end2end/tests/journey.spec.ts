// The happy path on a phone: taps through every question to Check your answers and Results.

import { test, expect } from './fixtures';
import {
  begin,
  answer,
  walk,
  ftl,
  h1,
  main,
  resultRoutes,
  expectPriorityOrder,
  type Choice,
  routeCards,
  openRouteDetails,
  waysToAct,
} from './helpers';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** Every question a person answering for themselves meets with these answers, in order. */
const MYSELF: Record<string, Choice> = {
  'age-band': '75 to 84',
  'lives-alone': 'Yes',
  'danger-now': 'No',
  'self-harm': 'No',
  'harm-by-others': 'None of these',
  scam: 'Someone tried, but I did not lose money',
  'daily-life': ['Getting food and drink', 'Washing and keeping clean'],
  meals: ['I cannot do it without help, or someone has to remind me'],
  washing: ['I can do it, but it is not safe for me or for others', 'I can do it, but it takes me much longer than it should'],
  'home-difficulties': ['Going up and down the stairs'],
  falls: 'Yes, once',
  hospital: 'No',
  clutter: 'No',
  'memory-worry': 'Not sure',
  'memory-recent': 'About the same',
  'memory-words': 'About the same',
  'memory-day-date': 'Better',
  'memory-money': 'About the same',
  'low-mood': 'Never',
  worry: 'Never',
  bereaved: 'No',
  'is-carer': 'No',
  'help-now': ['Nobody helps'],
  'more-control': ['To choose when help comes'],
  lonely: 'Often',
  'community-interests': ['Someone to visit or phone for a chat'],
  'money-worries': ['Whether you get all the benefits you should'],
  'anything-else': { text: 'I use a walking frame indoors.' },
};

test('answering for myself: taps through every question to results with reasons and numbers', async ({ page }) => {
  await begin(page, { who: 'Myself', pointer: 'tap' });
  await expect(h1(page)).toHaveText('How old are you?');
  await expect(page).toHaveTitle(/^How old are you\? – /);

  const asked = await walk(page, MYSELF, { pointer: 'tap' });
  expect(asked, 'the questions asked, in order').toEqual(Object.keys(MYSELF));

  // Check your answers: one row per question asked, each with a Change link.
  await page.waitForURL('**/check');
  await expect(h1(page)).toHaveText('Check your answers');
  const rows = main(page).getByRole('term');
  await expect(rows).toHaveCount(asked.length);
  await expect(main(page).getByRole('link', { name: /^Change / })).toHaveCount(asked.length);
  await expect(main(page).getByRole('definition').filter({ hasText: /^75 to 84$/ })).toBeVisible();
  await expect(main(page).getByRole('definition').filter({ hasText: 'Getting food and drink, Washing and keeping clean' })).toBeVisible();
  await expect(main(page).getByRole('definition').filter({ hasText: 'I use a walking frame indoors.' })).toBeVisible();

  await main(page).getByRole('button', { name: 'See my results' }).tap();
  await page.waitForURL('**/results');
  await expect(h1(page)).toHaveText('Help that could fit');

  const routes = await resultRoutes(page);
  expect(routes.map((r) => r.title)).toEqual(
    expect.arrayContaining([
      'Ask for a care and support assessment',
      'Get equipment or changes to the home',
      'Choose and arrange your own help',
      'Meet people and find things to do',
      'Get advice about money, benefits and scams',
      'Get help with memory worries',
    ]),
  );
  expect(routes.map((r) => r.title)).not.toContain('Get help to stay safe now');
  expectPriorityOrder(routes);
  expect(routes.at(-1)?.priority, 'a weaker route comes last').toBe('Also useful');
  await expect(main(page).getByText(ftl`We found ${routes.length} kinds of help for you, most important first.`)).toBeVisible();

  // Each route says why (its first reason on the card), and, opened, gives a way to act.
  for (const card of await routeCards(page).all()) {
    await expect(card.getByRole('heading', { level: 3, name: 'Why we suggest this' })).toBeAttached();
    await expect(card.getByRole('listitem').first()).toBeVisible();
  }
  await openRouteDetails(page);
  for (const card of await routeCards(page).all()) {
    await expect(waysToAct(card).first()).toBeVisible();
  }
  const community = main(page).getByRole('region', { name: 'Meet people and find things to do' });
  await expect(community.getByRole('listitem').filter({ hasText: 'You told us you feel lonely often, or most of the time.' })).toBeVisible();
  const assessment = main(page).getByRole('region', { name: 'Ask for a care and support assessment' });
  await expect(assessment.getByText('You told us that two or more everyday things are hard or need help.', { exact: false })).toBeVisible();
  // Adult Social Care Direct serves several routes: the card points to it, shown once under "Who to contact".
  await expect(assessment.locator('a[href="#contact-asc-direct"]')).toBeVisible();
  const contacts = main(page).getByRole('region', { name: 'Who to contact' });
  await expect(contacts.getByRole('link', { name: '024 7683 3003' }).first()).toHaveAttribute('href', 'tel:02476833003');
  await expect(main(page).getByText(/Questions version/)).toBeVisible();
});

test('answering for someone I care for: their first name is in the questions and the results', async ({ page }) => {
  await begin(page, { who: 'Someone I help or care for', name: 'Sam', pointer: 'tap' });

  await expect(h1(page)).toHaveText(ftl`How old is ${'Sam'}?`);
  await expect(page).toHaveTitle(ftl`How old is ${'Sam'}? – `);
  await answer(page, 'age-band', '85 or older', 'tap');
  await expect(h1(page)).toHaveText(ftl`Does ${'Sam'} live alone?`);
  await answer(page, 'lives-alone', 'Yes', 'tap');
  await expect(h1(page)).toHaveText(ftl`Is ${'Sam'} in danger right now?`);

  const plan: Record<string, Choice> = {
    'danger-now': 'No',
    'self-harm': 'No',
    'harm-by-others': 'None of these',
    scam: 'No',
    'daily-life': ['Getting dressed'],
    dressing: ['They cannot do it without help, or someone has to remind them'],
    'home-difficulties': ['Getting in and out of the bath or shower'],
    falls: 'Yes, more than once',
    hospital: 'Yes, and everyday things are harder since they came home',
    clutter: 'No',
    'memory-worry': 'Yes',
    'memory-recent': 'Much worse',
    'memory-words': 'A bit worse',
    'memory-day-date': 'A bit worse',
    'memory-money': 'About the same',
    'low-mood': 'Sometimes',
    worry: 'Sometimes',
    bereaved: 'No',
    'is-carer': 'Yes',
    'cared-for': ['My mum or dad'],
    'caring-hours': '35 to 49 hours',
    'carer-health': 'Yes',
    'carer-life': ['Getting enough sleep', 'Having time for yourself, such as hobbies or rest'],
    'carer-coping': 'I cope on some days, but not others',
    'carer-backup': 'No',
    'help-now': ['Family, friends or neighbours, without being paid'],
    'more-control': ['None of these'],
    lonely: 'Sometimes',
    'community-interests': ['Meeting new people'],
    'money-worries': ['Paying for care'],
    'anything-else': [], // optional: Continue with nothing written
  };
  // The wording follows the person helped on the way.
  const asked: string[] = [];
  for (const [id, choice] of Object.entries(plan)) {
    if (id === 'falls') await expect(h1(page)).toHaveText(ftl`Has ${'Sam'} had a fall in the last year?`);
    if (id === 'is-carer') await expect(h1(page)).toHaveText(ftl`Do you give ${'Sam'} help that they could not manage without?`);
    if (id === 'carer-coping') await expect(h1(page)).toHaveText(ftl`How are you coping with looking after ${'Sam'}?`);
    if (id === 'dressing') {
      await expect(main(page).getByLabel('They manage this fine', { exact: true })).toBeVisible();
    }
    await answer(page, id, choice, 'tap');
    asked.push(id);
  }

  await page.waitForURL('**/check');
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(main(page).getByRole('term')).toHaveCount(asked.length + 2);
  await expect(main(page).getByRole('term').filter({ hasText: ftl`Does ${'Sam'} live alone?` })).toBeVisible();
  const anythingElse = main(page).locator('.summary-list__row').filter({ hasText: 'Is there anything else you want us to know' });
  await expect(anythingElse.getByRole('definition').first()).toHaveText('Not answered');

  // The first name never leaves the device: the scoring call does not carry it.
  const scoring = page.waitForRequest((r) => r.url().endsWith('/api/v1/assessments') && r.method() === 'POST');
  await main(page).getByRole('button', { name: 'See my results' }).tap();
  expect((await scoring).postData() ?? '').not.toContain('Sam');
  await page.waitForURL('**/results');
  await expect(h1(page)).toHaveText('Help that could fit');

  const routes = await resultRoutes(page);
  expectPriorityOrder(routes);
  expect(routes.map((r) => r.title)).toEqual(
    expect.arrayContaining([
      'Ask for a care and support assessment',
      'Help for carers',
      'Get help with memory worries',
      'Get short-term help after a hospital stay',
      'Get equipment or changes to the home',
      'Meet people and find things to do',
      'Get advice about money, benefits and scams',
    ]),
  );
  await openRouteDetails(page);
  const memory = main(page).getByRole('region', { name: 'Get help with memory worries' });
  await expect(memory.getByRole('listitem').filter({ hasText: ftl`You told us some parts of the memory or thinking of ${'Sam'} are worse than 10 years ago.` })).toBeVisible();
  const carers = main(page).getByRole('region', { name: 'Help for carers' });
  await expect(carers.getByRole('listitem').filter({ hasText: 'You told us looking after someone is making your own health worse, or putting it at risk.' })).toBeVisible();
  for (const card of await routeCards(page).all()) {
    await expect(card.getByRole('heading', { level: 3, name: 'Why we suggest this' })).toBeAttached();
    await expect(waysToAct(card).first()).toBeVisible();
  }
});

test.describe('Copy summary', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies plain text: routes, reasons, contacts and every answer', async ({ page }) => {
    await begin(page, { who: 'Someone I help or care for', name: 'Sam' });
    await walk(page, { lonely: 'Often' });
    await page.waitForURL('**/check');
    await main(page).getByRole('button', { name: 'See my results' }).click();
    await expect(h1(page)).toHaveText('Help that could fit');

    await main(page).getByRole('button', { name: 'Copy summary' }).click();
    await expect(main(page).getByRole('status').filter({ hasText: 'The summary has been copied.' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Help that could fit');
    expect(text).toContain('Meet people and find things to do');
    expect(text).toContain('024 7683 3003');
    expect(text).toContain('Check your answers');
    // Plain text for an e-mail or a case system: the name as typed, no hidden Unicode marks.
    expect(text).toContain('How old is Sam?');
    expect(text).toContain('You told us Sam seems lonely often, or most of the time.');
    // A service with no contact of its own says who to ask instead, as its card does.
    expect(text).toContain('Ask Adult Social Care Direct, Coventry City Council about this: 024 7683 3003');
    expect(text, 'no invisible isolation marks (U+2068/U+2069) in copied text').not.toMatch(/[\u2068\u2069]/);
  });
});
