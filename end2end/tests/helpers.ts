// Shared steps for the journey specs: how a person moves through the app, in their words
// (roles and labels), never the app's internals. Not a spec file, so Playwright does not run it.

import { expect, type Locator, type Page } from '@playwright/test';

/** Where "Save my answers on this device" keeps the journey (app/src/journey/storage.rs). */
export const STORAGE_KEY = 'care-self-assessment.journey';

export type Who = 'Myself' | 'Someone I help or care for' | 'I work for the council and I am helping a caller';

/** How the person presses things: a finger on a phone, or a mouse. */
export type Pointer = 'tap' | 'click';

/**
 * A RegExp for text Fluent built with placeables: `ftl\`How old is ${'Sam'}?\``. Fluent
 * wraps every placeable in Unicode isolation marks (U+2068 … U+2069), so plain strings
 * would not match.
 */
export function ftl(strings: TemplateStringsArray, ...values: Array<string | number>): RegExp {
  let source = '';
  strings.forEach((s, i) => {
    source += escape(s);
    if (i < values.length) source += `\\u2068?${escape(String(values[i]))}\\u2069?`;
  });
  return new RegExp(source);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with Fluent's isolation marks removed. */
export function plain(s: string | null): string {
  return (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export const questionUrl = (id: string) => new RegExp(`/questions/${id}(\\?.*)?$`);

export function main(page: Page): Locator {
  return page.getByRole('main');
}

/** The answer shown on Check your answers for a question. */
export function answerFor(page: Page, question: string): Locator {
  return main(page)
    .locator('.summary-list__row')
    .filter({ has: page.getByRole('term').filter({ hasText: question }) })
    .getByRole('definition')
    .first();
}

export function h1(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

async function press(target: Locator, pointer: Pointer): Promise<void> {
  if (pointer === 'tap') await target.tap();
  else await target.click();
}

/** The id of the question on screen, from the address. */
export function currentQuestion(page: Page): string | null {
  const m = new URL(page.url()).pathname.match(/^\/questions\/([^/]+)$/);
  return m ? m[1] : null;
}

/**
 * Start page → (optionally tick "Save my answers") → Start now. Ends on "Who are you answering for?".
 * `title`: the start page's heading, the service's name (a council's theme may rename it).
 */
export async function startJourney(
  page: Page,
  opts: { save?: boolean; pointer?: Pointer; title?: string } = {},
): Promise<void> {
  const pointer = opts.pointer ?? 'click';
  await page.goto('/');
  await expect(h1(page)).toHaveText(opts.title ?? 'Check what help you could get');
  if (opts.save) {
    const save = page.getByRole('checkbox', { name: 'Save my answers on this device' });
    await press(save, pointer);
    await expect(save).toBeChecked();
  }
  await press(page.getByRole('button', { name: 'Start now' }), pointer);
  await page.waitForURL('**/who');
  await expect(h1(page)).toHaveText('Who are you answering for?');
}

/** "Who are you answering for?" → choice (and first name) → Continue. Ends on the first question. */
export async function chooseWho(page: Page, who: Who, opts: { name?: string; pointer?: Pointer } = {}): Promise<void> {
  const pointer = opts.pointer ?? 'click';
  const choice = main(page).getByRole('radio', { name: who, exact: true });
  await press(choice, pointer);
  await expect(choice).toBeChecked();
  if (opts.name !== undefined) {
    const name = main(page).getByRole('textbox', { name: 'Their first name (optional)' });
    await expect(name).toBeVisible();
    await name.fill(opts.name);
  }
  await press(main(page).getByRole('button', { name: 'Continue', exact: true }), pointer);
  await page.waitForURL(questionUrl('age-band'));
}

/** Start → who → first question, in one go. */
export async function begin(
  page: Page,
  opts: { who?: Who; name?: string; save?: boolean; pointer?: Pointer; title?: string } = {},
): Promise<void> {
  await startJourney(page, opts);
  await chooseWho(page, opts.who ?? 'Myself', opts);
}

/** An answer: option labels (radios take one), or `{ text }` for the text box, or `[]` to choose nothing. */
export type Choice = string | string[] | { text: string };

/** Chooses on the current question page, without pressing Continue. */
export async function choose(page: Page, choice: Choice, pointer: Pointer = 'click'): Promise<void> {
  const form = main(page).locator('form');
  if (typeof choice === 'object' && !Array.isArray(choice)) {
    await form.getByRole('textbox').fill(choice.text);
    return;
  }
  for (const label of typeof choice === 'string' ? [choice] : choice) {
    const input = form.getByLabel(label, { exact: true });
    await press(input, pointer);
    await expect(input).toBeChecked();
  }
}

/**
 * Answers the question `id` (which must be on screen) and presses Continue. Returns once the
 * address has moved on.
 */
export async function answer(page: Page, id: string, choice: Choice, pointer: Pointer = 'click'): Promise<void> {
  await expect(page).toHaveURL(questionUrl(id));
  await expect(main(page).locator('form')).toBeVisible();
  await choose(page, choice, pointer);
  await continueOn(page, pointer);
}

/** Presses Continue and waits for the address to change. */
export async function continueOn(page: Page, pointer: Pointer = 'click'): Promise<void> {
  const before = page.url();
  await press(main(page).getByRole('button', { name: 'Continue', exact: true }), pointer);
  await page.waitForURL((u) => u.href !== before);
}

/** Labels a person would pick when nothing applies, tried in order. */
const NOTHING_APPLIES = ['No', 'None of these', 'Never', 'Nobody helps'];

/**
 * The answer used for any question a walk is not told about: the answer already given, else
 * "nothing applies", else the first option.
 */
export async function defaultChoice(page: Page): Promise<Choice> {
  // One look at the form (this runs for most questions of every walk, so keep it to one call).
  const { text, many, checked, labels } = await main(page)
    .locator('form')
    .evaluate((form) => {
      const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')];
      return {
        text: !!form.querySelector('textarea, input[type=text]'),
        many: inputs.some((i) => i.type === 'checkbox'),
        checked: inputs.some((i) => i.checked),
        labels: inputs.map((i) => (i.labels?.[0]?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim()),
      };
    });
  // Free text is optional; an answer already given is kept (coming back to a question).
  if (text || checked) return [];
  // Radios take one label; checkboxes a list of them.
  const label = NOTHING_APPLIES.find((l) => labels.includes(l)) ?? labels[0];
  return many ? [label] : label;
}

/**
 * Answers question after question, using `plan` where it names the question and "nothing
 * applies" elsewhere, until the journey leaves the questions (Check your answers, or an
 * urgent page) or reaches `until` (not answered). Returns the ids answered, in order.
 */
export async function walk(
  page: Page,
  plan: Record<string, Choice> = {},
  opts: { until?: string; pointer?: Pointer } = {},
): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    const id = currentQuestion(page);
    if (id === null || id === opts.until) return seen;
    await expect(main(page).locator('form')).toBeVisible();
    const choice = plan[id] ?? (await defaultChoice(page));
    await answer(page, id, choice, opts.pointer);
    seen.push(id);
  }
  throw new Error(`walk did not finish: still on ${page.url()}`);
}

/** Waits for every finite CSS animation and transition to end (spinners are endless and skipped). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/** Fails if the page scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, what = page.url()): Promise<void> {
  await settle(page);
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const root = document.documentElement;
    // Name the widest elements, so a failure says what to fix.
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(scrollWidth, `horizontal scroll on ${what} (${scrollWidth} > ${clientWidth}): ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
}

/** The saved journey, as stored on the device (null when nothing is saved). */
export async function savedJourney(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
}

/** The route cards on the results page: regions that say why they are suggested. */
export function routeCards(page: Page): Locator {
  return main(page).locator('section.signpost');
}

/**
 * Opens every result card's disclosure ("Who to contact and what to expect"): the cards show
 * the title, one line and the first reason; the rest is folded on a phone (issue 14).
 */
export async function openRouteDetails(page: Page): Promise<void> {
  for (const details of await main(page).locator('section.signpost details').all()) {
    if ((await details.getAttribute('open')) !== null) continue;
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
  }
}

/** A way to act inside a card: a number to tap, a web site, or a pointer to "Who to contact". */
export function waysToAct(card: Locator): Locator {
  return card.locator('a[href^="tel:"], a[href^="https:"], a[href^="#contact-"]');
}

/** The result cards, in the order shown: title and priority tag. */
export async function resultRoutes(page: Page): Promise<Array<{ title: string; priority: string }>> {
  const cards = routeCards(page);
  const out: Array<{ title: string; priority: string }> = [];
  for (const card of await cards.all()) {
    const title = plain(await card.getByRole('heading', { level: 2 }).textContent());
    const priority = plain(await card.locator('strong').first().textContent());
    out.push({ title, priority });
  }
  return out;
}

export const PRIORITY_ORDER = ['Urgent', 'Recommended', 'Also useful'];

/** Results are ordered most important first: the priorities never go back up. */
export function expectPriorityOrder(routes: Array<{ priority: string }>): void {
  const ranks = routes.map((r) => PRIORITY_ORDER.indexOf(r.priority));
  expect(ranks, `unknown priority in ${JSON.stringify(routes)}`).not.toContain(-1);
  expect(ranks, `routes out of order: ${JSON.stringify(routes)}`).toEqual([...ranks].sort((a, b) => a - b));
}

// ───────────────────────────── keyboard ─────────────────────────────

export type FocusReport = {
  /** Focus fell back to the page itself. */
  onBody: boolean;
  /** A control with a focus indicator a sighted keyboard user can see. */
  visible: boolean;
  /** No part of the focused thing is visible on screen (e.g. under the fixed Exit bar). */
  obscured: boolean;
  description: string;
};

/**
 * Where focus is and whether it can be seen: the element's own outline or box-shadow, or, for
 * the large custom radios and checkboxes (the real input is transparent), the ring drawn by the
 * label's ::before.
 */
export async function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) {
      return { onBody: true, visible: false, obscured: true, description: 'body' };
    }
    const transparent = (c: string) => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);
    const shows = (cs: CSSStyleDeclaration) =>
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor)) ||
      (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    const isChoice = el.matches('input[type=radio], input[type=checkbox]');
    const label = isChoice ? (el as HTMLInputElement).labels?.[0] ?? null : null;
    const visible = el.matches(':focus-visible') && (label ? shows(getComputedStyle(label, '::before')) : shows(getComputedStyle(el)));

    // Obscured: none of a few points of the element (or its label) lands on it.
    const target = label ?? el;
    const r = target.getBoundingClientRect();
    const points: Array<[number, number]> = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.top + 2],
    ];
    const hits = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return !!hit && (hit === el || el.contains(hit) || hit === label || !!label?.contains(hit));
    });
    const name = (el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent ?? '').trim().slice(0, 60);
    return {
      onBody: false,
      visible,
      obscured: !hits,
      description: `<${el.tagName.toLowerCase()}${el.id ? ` id=${el.id}` : ''}> "${name}"`,
    };
  });
}

/** Fails unless focus is on a control whose focus indicator shows and is not hidden. */
export async function expectFocusVisible(page: Page, where = ''): Promise<FocusReport> {
  const f = await focusReport(page);
  expect(f.onBody, `focus fell to the body ${where}`).toBe(false);
  expect(f.visible, `no visible focus indicator on ${f.description} ${where}`).toBe(true);
  expect(f.obscured, `focused ${f.description} is hidden from view ${where}`).toBe(false);
  return f;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking at every stop that focus is
 * visible and never on the body. Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, opts: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const key = opts.backwards ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (opts.max ?? 40); i++) {
    await page.keyboard.press(key);
    await expectFocusVisible(page, `after ${i + 1} × ${key} on ${page.url()}`);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${key} never reached ${target} on ${page.url()}`);
}
