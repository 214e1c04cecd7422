// Contact-centre (staff) mode, keyboard alone: from /staff, number keys choose, Enter
// continues, B goes back, Tab + Enter leaves an urgent screen; focus is never lost; the case
// note on results holds the reference, version, every question and answer and every route
// with its reasons; nothing is left on the shared PC; "Start a new call" starts clean.
// After page.goto('/staff') there is no mouse click and no fill(): only keys.

import { test, expect, expectNoAxeViolations } from './fixtures';
import { h1, main, plain, tabTo, currentQuestion, focusReport } from './helpers';
import type { Page } from '@playwright/test';

test.use({
  viewport: { width: 1280, height: 900 },
  reducedMotion: 'reduce',
  // "Copy case note" writes to the clipboard; the test reads it back.
  permissions: ['clipboard-read', 'clipboard-write'],
  locale: 'en-GB',
  timezoneId: 'Europe/London',
});

/** The clock is fixed for the call, so the case note's date and time can be checked exactly. */
const CALL_TIME = new Date('2026-03-14T10:30:00Z');
const CALL_TIME_TEXT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(CALL_TIME);

/** A call reference: Crockford base32 (no I, L, O, U), "K3M-9QX". */
const REFERENCE = /^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/;

/**
 * The keys the call handler presses on each question: the option numbers (1–9 here, in the
 * order shown; later options have 0 and letters, tested below), or text to type. Two urgent answers (danger-now, self-harm) interrupt the call.
 */
const PLAN: Record<string, number[] | { text: string }> = {
  'age-band': [5], // 75 to 84
  'lives-alone': [1], // Yes
  'danger-now': [1], // Yes, someone may hurt you → urgent: stay safe now
  'self-harm': [3], // recently → urgent: mental health crisis
  'harm-by-others': [7], // None of these
  scam: [2], // Someone tried
  'daily-life': [1, 9], // food and drink; going out
  meals: [2], // cannot without help
  'getting-out': [3, 5], // pain or distress; takes much longer
  'home-difficulties': [1], // stairs
  falls: [2], // once
  hospital: [1], // no
  clutter: [1], // no
  'memory-worry': [1], // no
  'low-mood': [3], // often
  worry: [1], // never
  bereaved: [2], // no
  'is-carer': [2], // no
  'help-now': [6], // nobody helps
  'more-control': [2], // choose when
  lonely: [3], // often
  'community-interests': [2], // someone to talk to
  'money-worries': [3], // benefits
  'anything-else': { text: 'Caller uses a walking frame indoors.' },
};

/** Focus sits on something on the page, never the body. */
async function expectFocusKept(page: Page, where: string): Promise<void> {
  const f = await focusReport(page);
  expect(f.onBody, `focus fell to the body ${where}`).toBe(false);
}

/** After a step, the new page's h1 takes focus. */
async function expectHeadingFocused(page: Page, where: string): Promise<void> {
  await expect(h1(page), `h1 focused ${where}`).toBeFocused();
  await expectFocusKept(page, where);
}

/** Presses a key that should move to another address, and waits for it. */
async function pressAndMove(page: Page, key: string): Promise<void> {
  const before = page.url();
  await page.keyboard.press(key);
  await page.waitForURL((u) => u.href !== before);
}

async function expectNothingStored(page: Page, when: string): Promise<void> {
  const stored = await page.evaluate(() => ({
    local: window.localStorage.length,
    localKeys: Object.keys(window.localStorage),
    session: window.sessionStorage.length,
    cookie: document.cookie,
  }));
  expect(stored.local, `localStorage ${when}: ${stored.localKeys.join(', ')}`).toBe(0);
  expect(stored.session, `sessionStorage ${when}`).toBe(0);
  expect(stored.cookie, `cookies ${when}`).toBe('');
}

function noteLines(note: string): string[] {
  return note.split('\n').map((l) => l.replace(/[\u2068\u2069]/g, '').trimEnd());
}

/** The option inputs of the question on screen, in the order they are numbered. */
function options(page: Page) {
  return main(page).locator('form input[type=radio], form input[type=checkbox]');
}

/** Answers the question on screen with keys only, then continues. */
async function answerWithKeys(page: Page, id: string): Promise<void> {
  const keys = PLAN[id];
  expect(keys, `the plan covers "${id}"`).toBeDefined();
  if (!Array.isArray(keys)) {
    // Free text: Tab into the box, type, Tab to Continue, Enter.
    const box = main(page).locator('form').getByRole('textbox');
    await tabTo(page, box);
    await page.keyboard.type(keys.text);
    await expect(box).toHaveValue(keys.text);
    await tabTo(page, main(page).getByRole('button', { name: 'Continue' }));
    await pressAndMove(page, 'Enter');
    return;
  }
  const inputs = options(page);
  for (const n of keys) {
    await page.keyboard.press(String(n));
    // The chosen input is ticked and takes focus.
    await expect(inputs.nth(n - 1), `key ${n} on ${id}`).toBeChecked();
    await expect(inputs.nth(n - 1), `key ${n} on ${id} moves focus to the option`).toBeFocused();
    await expectFocusKept(page, `after key ${n} on ${id}`);
  }
  // Exactly what was pressed is chosen.
  const checked = await inputs.evaluateAll((els) =>
    els.flatMap((e, i) => ((e as HTMLInputElement).checked ? [i + 1] : [])),
  );
  expect(checked, `options chosen on ${id}`).toEqual([...keys].sort((a, b) => a - b));
  await pressAndMove(page, 'Enter');
}

test('a whole call with the keyboard alone: case note has everything, nothing is stored, a new call starts clean', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(CALL_TIME);
  await page.goto('/staff');
  await page.waitForURL(/\/questions\/age-band$/);

  // The call reference, made on this device, to type into the case system.
  const reference = plain(await page.locator('.call-reference').textContent());
  expect(reference).toMatch(REFERENCE);
  await expect(main(page).getByRole('button', { name: 'Start a new call' })).toBeVisible();

  // Staff wording, the resident's wording beneath, and the key legend.
  await expect(h1(page)).toHaveText('Ask the caller: How old are you?');
  await expect(main(page).locator('.resident-wording')).toHaveText('How old are you?');
  const legend = main(page).locator('.key-legend');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('choose an answer');
  await expect(legend).toContainText('continue');
  await expect(legend).toContainText('go back');

  // age-band by number key, then B back from the next question, then Enter from the heading.
  await answerWithKeys(page, 'age-band');
  await expect(page).toHaveURL(/\/questions\/lives-alone$/);
  await expectHeadingFocused(page, 'on lives-alone');
  await expect(main(page).locator('.staff-answers dl:not(.key-legend) dt')).toHaveCount(1);
  await pressAndMove(page, 'b');
  await expect(page).toHaveURL(/\/questions\/age-band$/);
  await expectHeadingFocused(page, 'after B');
  await expect(options(page).nth(4), 'the answer is kept on going back').toBeChecked();
  await pressAndMove(page, 'Enter'); // focus is on the h1
  await expect(page).toHaveURL(/\/questions\/lives-alone$/);

  const answered: string[] = ['age-band'];
  const urgentSeen: string[] = [];
  for (let step = 0; step < 80; step++) {
    const path = new URL(page.url()).pathname;
    if (path === '/check') break;
    await expectHeadingFocused(page, `on ${path}`);
    if (path.startsWith('/urgent/')) {
      urgentSeen.push(path);
      const carryOn = main(page).getByRole('button', { name: 'Carry on with the questions' });
      await tabTo(page, carryOn, { max: 80 });
      await pressAndMove(page, 'Enter');
      continue;
    }
    const id = currentQuestion(page);
    expect(id, `on a question page: ${page.url()}`).not.toBeNull();
    // The question as read out (the section caption sits inside the h1 of a text question).
    const asked = await h1(page).evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.caption').forEach((c) => c.remove());
      return copy.textContent ?? '';
    });
    expect(plain(asked), `staff wording on ${id}`).toMatch(/^Ask the caller\b/);
    await expect(main(page).locator('.resident-wording')).not.toBeEmpty();
    // The running answer list has every answer so far.
    await expect(main(page).locator('.staff-answers dl:not(.key-legend) dt'), `answers so far on ${id}`).toHaveCount(answered.length);
    await answerWithKeys(page, id!);
    answered.push(id!);
  }
  expect(urgentSeen, 'both urgent answers interrupted the call').toEqual([
    '/urgent/urgent-safety',
    '/urgent/mental-health-crisis',
  ]);
  expect(answered).toEqual(Object.keys(PLAN));

  // Check your answers: the rows the case note must repeat.
  await expect(page).toHaveURL(/\/check$/);
  await expectHeadingFocused(page, 'on Check your answers');
  const rows = await main(page)
    .locator('.summary-list__row')
    .evaluateAll((els) =>
      els.map((row) => ({
        question: row.querySelector('dt')?.textContent ?? '',
        answer: row.querySelector('dd.summary-list__value')?.textContent ?? '',
      })),
    );
  expect(rows.length, 'one row per question asked').toBe(answered.length);
  for (const r of rows) expect(plain(r.question), 'staff wording on Check your answers').toMatch(/^Ask the caller\b/);

  await expectNoAxeViolations(page);
  await expect(h1(page)).toBeFocused();

  // From the top of Check your answers, results are at most 5 key presses away (issue 12:
  // not past a Change link per question). Count the Tabs from the focused heading.
  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement?.getAttribute('href') === '/results'))) {
    await page.keyboard.press('Tab');
    tabs += 1;
    await expectFocusKept(page, `after ${tabs} × Tab on Check your answers`);
    expect(tabs + 1, 'key presses from the top of Check your answers to results').toBeLessThanOrEqual(5);
  }
  await expect(main(page).getByRole('button', { name: 'See my results' }).first()).toBeFocused();
  await pressAndMove(page, 'Enter');
  await expect(page).toHaveURL(/\/results$/);
  await expectHeadingFocused(page, 'on results');
  await expect(h1(page)).toHaveText('Help that could fit');

  // The case note.
  const note = main(page).locator('#case-note');
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('readonly', '');
  await expect(main(page).getByRole('textbox', { name: 'Case note' })).toBeVisible();
  const text = await note.inputValue();
  const lines = noteLines(text);
  const version = plain(await main(page).getByText(/^Questions version /).textContent());
  expect(version).toMatch(/^Questions version \S+/);

  expect(text, 'the call reference').toContain(reference);
  expect(lines, 'the questionnaire version').toContain(version);
  expect(lines, 'the date and time of the call').toContain(CALL_TIME_TEXT);

  // Every question asked, each followed by its answer, as on Check your answers.
  for (const r of rows) {
    const q = plain(r.question);
    const a = plain(r.answer);
    const at = lines.findIndex((l) => plain(l) === q);
    expect(at, `case note has the question "${q}"\n--- note ---\n${text}`).toBeGreaterThanOrEqual(0);
    expect(plain(lines[at + 1] ?? ''), `answer to "${q}" in the case note`).toBe(a);
  }
  expect(text).toContain('Caller uses a walking frame indoors.');

  // Every route on results, with each of its reasons.
  const cards = main(page).locator('section.signpost');
  const count = await cards.count();
  expect(count, 'results show routes').toBeGreaterThan(0);
  const titles: string[] = [];
  for (const card of await cards.all()) {
    const title = plain(await card.getByRole('heading', { level: 2 }).textContent());
    titles.push(title);
    const at = lines.findIndex((l) => plain(l).startsWith(`${title} (`));
    expect(at, `case note has the route "${title}"\n--- note ---\n${text}`).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((l, i) => i > at && l.trim() === '');
    const block = lines.slice(at + 1, end === -1 ? undefined : end).map(plain);
    const reasons = (await card.locator('.signpost__reasons li').allTextContents()).map(plain);
    expect(reasons.length, `"${title}" gives reasons`).toBeGreaterThan(0);
    for (const reason of reasons) expect(block, `reason under "${title}" in the case note`).toContain(`- ${reason}`);
  }
  expect(titles).toEqual(expect.arrayContaining(['Get help to stay safe now', 'Get help with how you feel, now']));

  await expectNoAxeViolations(page);

  // "Copy case note", by keyboard: the clipboard gets exactly the note.
  const copyNote = main(page).getByRole('button', { name: 'Copy case note' });
  await tabTo(page, copyNote, { max: 10 });
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await expectFocusKept(page, 'after Copy case note');

  // Nothing of the call is on the shared PC.
  await expectNothingStored(page, 'at the end of the call');

  // "Start a new call", next to the copy button: a new reference and no answers.
  const newCall = main(page).locator('.button-group').getByRole('button', { name: 'Start a new call' });
  await tabTo(page, newCall, { max: 150 });
  await pressAndMove(page, 'Enter');
  await expect(page).toHaveURL(/\/questions\/age-band$/);
  await expectHeadingFocused(page, 'after Start a new call');
  const second = plain(await page.locator('.call-reference').textContent());
  expect(second).toMatch(REFERENCE);
  expect(second, 'a new call gets a new reference').not.toBe(reference);
  await expect(main(page).locator('.staff-answers dl:not(.key-legend) dt'), 'no answers carried into the new call').toHaveCount(0);
  await expect(options(page).and(page.locator(':checked'))).toHaveCount(0);
  // The new call goes on as normal, and starts from nothing.
  await page.keyboard.press('2');
  await pressAndMove(page, 'Enter');
  await expect(page).toHaveURL(/\/questions\/lives-alone$/);
  await expect(main(page).locator('.staff-answers dl:not(.key-legend) dt')).toHaveCount(1);
  await expect(options(page).and(page.locator(':checked'))).toHaveCount(0);
  await expectNothingStored(page, 'in the new call');
});

/** The key for the option at `index` (from 0): 1–9, 0, then letters without B, I, L, O, U. */
function keyFor(index: number): string {
  return index < 9 ? String(index + 1) : index === 9 ? '0' : 'ACDEFGHJKMNPQRSTVWXYZ'[index - 10];
}

test('every option has a key shown beside it: the 11th is chosen with A, the 12th ("None of these" on daily life) with C', async ({ page }) => {
  await page.goto('/staff');
  await page.waitForURL(/\/questions\/age-band$/);
  // To daily life by keys: 65 to 74, not alone, no danger, no thoughts of self-harm, none of these, no scam.
  for (const [id, key] of [['age-band', '4'], ['lives-alone', '2'], ['danger-now', '3'], ['self-harm', '1'], ['harm-by-others', '7'], ['scam', '1']]) {
    await expect(page).toHaveURL(new RegExp(`/questions/${id}$`));
    await page.keyboard.press(key);
    await pressAndMove(page, 'Enter');
  }
  await expect(page).toHaveURL(/\/questions\/daily-life$/);
  await expectHeadingFocused(page, 'on daily-life');

  const inputs = options(page);
  await expect(inputs).toHaveCount(12);
  const keys = Array.from({ length: 31 }, (_, i) => keyFor(i));
  expect(keys.slice(9, 12)).toEqual(['0', 'A', 'C']);
  // Each option shows its key beside it: CSS counts the options and draws the key from
  // @counter-style option-keys, whose symbols must be the keys the app listens for.
  const drawn = await page.evaluate(() => {
    const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
    const style = rules.find((r) => r instanceof CSSCounterStyleRule && r.name === 'option-keys') as CSSCounterStyleRule | undefined;
    const item = document.querySelectorAll('main form .checkboxes__item')[11];
    return {
      symbols: [...(style?.symbols ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]),
      content: item ? getComputedStyle(item, '::after').content : '',
    };
  });
  expect(drawn.symbols, 'the keys drawn beside the options').toEqual(keys);
  expect(drawn.content).toBe('counter(option-key, option-keys)');
  // The key is drawn outside the label: the option's name stays its words.
  await expect(main(page).getByRole('checkbox', { name: 'None of these', exact: true })).toBeVisible();
  await expect(main(page).locator('.key-legend dt').first()).toHaveText('1–9 0 A…');
  await expectNoAxeViolations(page);

  // 1, 0 and A tick the first, tenth and eleventh; C ("None of these") clears them, as a
  // click would.
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect(inputs.nth(0)).toBeChecked();
  await expect(inputs.nth(9)).toBeChecked();
  await expect(inputs.nth(9), 'key 0 moves focus to the tenth option').toBeFocused();
  await page.keyboard.press('a');
  await expect(inputs.nth(10)).toBeChecked();
  await expect(inputs.nth(10), 'key A moves focus to the eleventh option').toBeFocused();
  await expect(inputs.and(page.locator(':checked'))).toHaveCount(3);
  await page.keyboard.press('c');
  await expect(inputs.nth(11)).toBeChecked();
  await expect(inputs.nth(11), 'key C moves focus to the twelfth option').toBeFocused();
  await expect(inputs.and(page.locator(':checked'))).toHaveCount(1);
  await expectFocusKept(page, 'after key C');

  await pressAndMove(page, 'Enter');
  await expect(page).toHaveURL(/\/questions\/home-difficulties$/);
  await expect(main(page).locator('.staff-answers dl:not(.key-legend) dd').last()).toHaveText('None of these');
});

test('staff question page has no axe violations at desktop size', async ({ page }) => {
  await page.goto('/staff');
  await page.waitForURL(/\/questions\/age-band$/);
  await expect(h1(page)).toHaveText('Ask the caller: How old are you?');
  await expect(main(page).locator('.staff-answers')).toBeVisible();
  await expectNoAxeViolations(page);
  // And with answers in the running list and an option chosen by key.
  await page.keyboard.press('3');
  await pressAndMove(page, 'Enter');
  await page.keyboard.press('1');
  await expect(main(page).locator('.staff-answers dl:not(.key-legend) dt')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('mid-call, Shift+Tab up to "Start a new call" in the bar starts a clean call (and does not trip Exit this page)', async ({ page }) => {
  await page.goto('/staff');
  await page.waitForURL(/\/questions\/age-band$/);
  const origin = new URL(page.url()).origin;
  // "Exit this page" goes to a neutral site: answer it here (the box is offline) and notice it.
  const exitUrl = (await page.locator('meta[name="exit-url"]').getAttribute('content')) ?? 'https://exit.invalid/';
  await page.context().route(`${new URL(exitUrl).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  const left: string[] = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame() && !f.url().startsWith(origin)) left.push(f.url());
  });

  const reference = plain(await page.locator('.call-reference').textContent());
  await page.keyboard.press('3');
  await pressAndMove(page, 'Enter');
  await expectHeadingFocused(page, 'on lives-alone');
  await page.keyboard.press('1');
  await pressAndMove(page, 'Enter');
  await expect(page).toHaveURL(/\/questions\/danger-now$/);
  await expectHeadingFocused(page, 'on danger-now');
  await expect(main(page).locator('.staff-answers dl:not(.key-legend) dt')).toHaveCount(2);

  // Up the page with Shift+Tab, as a keyboard user does, to the bar at the top.
  const onNewCall = () =>
    page
      .evaluate(() => {
        const el = document.activeElement;
        return !!el && el.tagName === 'BUTTON' && !!el.closest('.staff-bar');
      })
      .catch(() => false);
  let reached = false;
  for (let i = 0; i < 10 && left.length === 0 && !reached; i++) {
    await page.keyboard.press('Shift+Tab');
    await page.waitForTimeout(50);
    if (left.length === 0) await expectFocusKept(page, `after ${i + 1} × Shift+Tab`);
    reached = await onNewCall();
  }
  expect(left, 'Shift+Tab (Shift in a key combination) must not count towards the "Exit this page" shortcut').toEqual([]);
  expect(reached, '"Start a new call" in the bar is reachable with Shift+Tab').toBe(true);

  await pressAndMove(page, 'Enter');
  await expect(page).toHaveURL(/\/questions\/age-band$/);
  await expectHeadingFocused(page, 'after Start a new call');
  const second = plain(await page.locator('.call-reference').textContent());
  expect(second).toMatch(REFERENCE);
  expect(second).not.toBe(reference);
  await expect(main(page).locator('.staff-answers dl:not(.key-legend) dt')).toHaveCount(0);
  await expect(options(page).and(page.locator(':checked'))).toHaveCount(0);
  await expectNothingStored(page, 'after a new call');
});

test('the case note is clean plain text: no invisible Unicode control characters to paste into the case record', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/staff');
  await page.waitForURL(/\/questions\/age-band$/);
  // The quickest call: Enter on each question with the first option chosen by key, or none.
  for (let i = 0; i < 60 && new URL(page.url()).pathname.startsWith('/questions/'); i++) {
    const id = currentQuestion(page)!;
    const inputs = options(page);
    if ((await inputs.count()) > 0) {
      // The last option within reach of the number keys that is not urgent: "No" / "None of these".
      const labels = (await inputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''))).map(plain);
      const none = labels.findIndex((l) => /^(No|None of these|Never|Nobody helps)$/.test(l));
      await page.keyboard.press(String(none >= 0 && none < 9 ? none + 1 : 1));
    }
    await pressAndMove(page, 'Enter');
    expect(new URL(page.url()).pathname, `no urgent screen after ${id}`).not.toMatch(/^\/urgent\//);
  }
  await expect(page).toHaveURL(/\/check$/);
  await tabTo(page, main(page).getByRole('button', { name: 'See my results' }).first(), { max: 4 });
  await pressAndMove(page, 'Enter');
  const note = await main(page).locator('#case-note').inputValue();
  expect(note).toContain('Questions version');
  const marks = [...note.matchAll(/[\u2066-\u2069\u200e\u200f\u202a-\u202e]/g)].map(
    (m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase()} in "${note.slice(Math.max(0, m.index! - 20), m.index! + 20).replace(/\n/g, ' ')}"`,
  );
  expect(marks, 'Fluent bidi isolation marks (U+2068/U+2069) leak into the plain-text case note').toEqual([]);
});
