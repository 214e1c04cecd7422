// Helpers for languages.spec.ts: reading the Fluent catalogues (no extra dependency: a small
// line-based parser that is enough for our .ftl files), walking the journey by structure rather
// than English words, and the per-page checks (lang/dir, English left over, fonts).
// Not a spec file, so Playwright does not run it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const LOCALES = ['en-GB', 'pl', 'pa', 'ur', 'ar', 'ro', 'bn'] as const;
export type Tag = (typeof LOCALES)[number];
export const RTL = new Set<string>(['ar', 'ur']);
export const LANGUAGE_KEY = 'care-self-assessment.language';

const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

// ───────────────────────────── Fluent catalogues ─────────────────────────────

/** One piece of literal text in a catalogue: the text between placeables of a value or variant. */
export type Fragment = { text: string; file: string; id: string };

/** A parsed message: its value and attributes as raw pattern source (placeables kept). */
type Entry = { id: string; file: string; value: string; attributes: Record<string, string> };

/** The normalised form used to compare catalogue text with page text. */
export function normalise(s: string): string {
  return s.replace(/[\u2068\u2069\u200e\u200f\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

function parseFile(file: string): Entry[] {
  const text = fs.readFileSync(file, 'utf8');
  const entries: Entry[] = [];
  let current: Entry | null = null;
  let target: { set: (v: string) => void; get: () => string } | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^#/.test(line)) {
      current = null;
      target = null;
      continue;
    }
    const message = line.match(/^(-?[A-Za-z][\w-]*)\s*=\s?(.*)$/);
    if (message) {
      const entry: Entry = { id: message[1], file, value: message[2], attributes: {} };
      entries.push(entry);
      current = entry;
      target = { set: (v) => (entry.value = v), get: () => entry.value };
      continue;
    }
    const attribute = line.match(/^\s+\.([A-Za-z][\w-]*)\s*=\s?(.*)$/);
    if (attribute && current) {
      const entry = current;
      const name = attribute[1];
      entry.attributes[name] = attribute[2];
      target = { set: (v) => (entry.attributes[name] = v), get: () => entry.attributes[name] };
      continue;
    }
    if (/^\s+\S/.test(line) && target) {
      // A continuation line (text, a variant, or the closing brace of a selector).
      target.set(`${target.get()}\n${line.trim()}`);
      continue;
    }
    if (line.trim() === '') continue; // blank lines may sit inside a multiline pattern
    current = null;
    target = null;
  }
  return entries;
}

/**
 * The literal text pieces of a pattern: text between placeables, and (recursively) the text
 * of every variant of a selector. Variables, message references and functions are cut out.
 */
export function textPieces(pattern: string): string[] {
  const out: string[] = [];
  let buf = '';
  let i = 0;
  const flush = () => {
    out.push(buf);
    buf = '';
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c !== '{') {
      buf += c;
      i++;
      continue;
    }
    // Find the matching closing brace.
    let depth = 0;
    let j = i;
    for (; j < pattern.length; j++) {
      if (pattern[j] === '{') depth++;
      else if (pattern[j] === '}' && --depth === 0) break;
    }
    const inner = pattern.slice(i + 1, j);
    flush();
    const arrow = inner.indexOf('->');
    if (arrow >= 0) {
      // Selector: every variant value is text the page may show.
      const variants = inner.slice(arrow + 2);
      const re = /\*?\[[^\]]+\]/g;
      const marks: Array<{ start: number; end: number }> = [];
      let depthV = 0;
      for (let k = 0; k < variants.length; k++) {
        const ch = variants[k];
        if (ch === '{') depthV++;
        else if (ch === '}') depthV--;
        else if (depthV === 0 && (ch === '[' || (ch === '*' && variants[k + 1] === '['))) {
          re.lastIndex = k;
          const m = re.exec(variants);
          if (m && m.index === k) {
            marks.push({ start: k, end: k + m[0].length });
            k += m[0].length - 1;
          }
        }
      }
      marks.forEach((m, n) => {
        const value = variants.slice(m.end, n + 1 < marks.length ? marks[n + 1].start : variants.length);
        out.push(...textPieces(value));
      });
    }
    // Other placeables ({ $var }, { -term }, { NUMBER(...) }) are not literal text.
    i = j + 1;
  }
  flush();
  return out.map(normalise).filter((s) => s.length > 0);
}

export type Catalogue = {
  tag: string;
  entries: Entry[];
  /** Every literal text piece, with where it comes from. */
  fragments: Fragment[];
  /** All literal text of the locale, joined, to test "appears identically in this locale". */
  corpus: string;
  /** A message or attribute value with no placeables, normalised (`id` or `id.attr`). */
  simple(id: string): string;
};

const catalogues = new Map<string, Catalogue>();

export function catalogue(tag: string): Catalogue {
  const cached = catalogues.get(tag);
  if (cached) return cached;
  const dir = path.join(LOCALES_DIR, tag);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort();
  const entries = files.flatMap((f) => parseFile(path.join(dir, f)));
  const fragments: Fragment[] = [];
  for (const e of entries) {
    const file = path.relative(path.resolve(LOCALES_DIR, '..'), e.file);
    for (const t of textPieces(e.value)) fragments.push({ text: t, file, id: e.id });
    for (const [a, v] of Object.entries(e.attributes)) {
      for (const t of textPieces(v)) fragments.push({ text: t, file, id: `${e.id}.${a}` });
    }
  }
  const corpus = fragments.map((f) => f.text).join('\n');
  const simple = (id: string): string => {
    const [m, a] = id.split('.');
    const e = entries.find((x) => x.id === m);
    const v = e && (a ? e.attributes[a] : e.value);
    if (v === undefined) throw new Error(`locales/${tag}: no message ${id}`);
    // A reference to another message (`start-title = { app-title }`) reads as that message.
    return normalise(v.replace(/\{\s*([a-z][a-z0-9-]*)\s*\}/g, (_, ref: string) => simple(ref)));
  };
  const c: Catalogue = { tag, entries, fragments, corpus, simple };
  catalogues.set(tag, c);
  return c;
}

/**
 * English text that would be a translation bug if shown in `tag`: en-GB pieces of 12+
 * characters that have letters, are not phone numbers or web/e-mail addresses, and do not
 * appear identically in the target locale (proper names such as "Age UK Coventry").
 */
export function englishOnly(tag: string): Fragment[] {
  const target = catalogue(tag);
  const seen = new Set<string>();
  return catalogue('en-GB').fragments.filter((f) => {
    const t = f.text;
    if (t.length < 12 || seen.has(t)) return false;
    if (!/[A-Za-z]{3}/.test(t)) return false; // numbers, phone numbers, punctuation
    if (/https?:|www\.|@|\.(gov|org|co|nhs)\.uk|\.(com|org|uk)\b/i.test(t)) return false;
    if (target.corpus.includes(t)) return false;
    seen.add(t);
    return true;
  });
}

/**
 * English catalogue text on the page, as `file message-id: "text"` lines: the visible text
 * (`document.body.innerText`), plus what is shown or read out elsewhere: the page title, text
 * boxes' contents (the staff case note) and aria-label / title / placeholder / alt attributes.
 * English marked as such (`lang="en-GB"`: the "not yet checked" notice's English copy) is meant.
 */
export async function englishOnPage(page: Page, tag: string): Promise<string[]> {
  const text = normalise(
    await page.evaluate(() =>
      [
        [...document.body.querySelectorAll<HTMLElement>('[lang="en-GB"]')].reduce(
          (t, e) => t.replace(e.innerText, ''),
          document.body.innerText,
        ),
        document.title,
        ...[...document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type=text]')].map((e) => e.value),
        ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((e) =>
          ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''),
        ),
      ].join('\n'),
    ),
  );
  return englishOnly(tag)
    .filter((f) => text.includes(f.text))
    .map((f) => `${f.file} ${f.id}: "${f.text}"`);
}

// ───────────────────────────── page checks ─────────────────────────────

/** Waits until the app has rendered the page's h1 in language `tag`. */
export async function ready(page: Page, tag: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await expect(page.locator('main h1')).not.toBeEmpty();
}

/** `<html lang dir>` follow the locale. */
export async function expectDocumentLanguage(page: Page, tag: string): Promise<void> {
  const html = page.locator('html');
  await expect(html, `html[lang] on ${page.url()}`).toHaveAttribute('lang', tag);
  await expect(html, `html[dir] on ${page.url()}`).toHaveAttribute('dir', RTL.has(tag) ? 'rtl' : 'ltr');
}

/** Fails if the page scrolls sideways (names the elements that stick out). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > root.clientWidth + 1 || r.left < -1);
      })
      .slice(0, 5)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} [${Math.round(r.left)}, ${Math.round(r.right)}]`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(scrollWidth, `horizontal scroll on ${page.url()} (${scrollWidth} > ${clientWidth}): ${wide.join(', ')}`).toBeLessThanOrEqual(
    clientWidth,
  );
}

/** The platform fonts Chromium used to draw the text of `selector` (DevTools protocol). */
export async function platformFonts(page: Page, selector: string): Promise<Array<{ familyName: string; glyphCount: number }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    // Fonts are reported per text node: collect them over the element's descendants.
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1 });
    const textIds: number[] = [];
    const visit = (n: { nodeType: number; backendNodeId: number; children?: unknown[] }) => {
      if (n.nodeType === 3) textIds.push(n.backendNodeId);
      for (const c of (n.children ?? []) as Array<typeof n>) visit(c);
    };
    visit(node as never);
    const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: textIds });
    const fonts = new Map<string, number>();
    for (const id of [nodeId, ...nodeIds]) {
      const r = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id }).catch(() => ({ fonts: [] }));
      for (const f of r.fonts) fonts.set(f.familyName, (fonts.get(f.familyName) ?? 0) + f.glyphCount);
    }
    return [...fonts].map(([familyName, glyphCount]) => ({ familyName, glyphCount }));
  } finally {
    await cdp.detach();
  }
}

/**
 * Tofu check by measurement, in the page's own font for `selector`: a sample in the script
 * must not be as wide as the same number of missing-glyph boxes, and different letters must
 * not all be the same width (boxes are).
 */
export async function glyphMetrics(
  page: Page,
  selector: string,
  sample: string,
  unassigned: string,
): Promise<{ sampleWidth: number; tofuWidth: number; distinctLetterWidths: number }> {
  return page.evaluate(
    ({ selector, sample, unassigned }) => {
      const el = document.querySelector(selector)!;
      const font = getComputedStyle(el).font;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = font;
      const letters = [...sample].filter((c) => /\p{L}/u.test(c));
      const widths = new Set(letters.map((c) => Math.round(ctx.measureText(c).width * 10)));
      return {
        sampleWidth: ctx.measureText(sample).width,
        tofuWidth: ctx.measureText(unassigned.repeat([...sample].length)).width,
        distinctLetterWidths: widths.size,
      };
    },
    { selector, sample, unassigned },
  );
}

// ───────────────────────────── the journey ─────────────────────────────

export type Step = 'start' | 'who' | 'question' | 'urgent' | 'check' | 'results';

export function stepOf(url: string): Step {
  const p = new URL(url).pathname;
  if (p === '/') return 'start';
  if (p === '/who') return 'who';
  if (p.startsWith('/questions/')) return 'question';
  if (p.startsWith('/urgent/')) return 'urgent';
  if (p === '/check') return 'check';
  if (p === '/results') return 'results';
  throw new Error(`unexpected page ${url}`);
}

/** Option ids whose answer interrupts with an urgent page (content/questionnaire.toml). */
const URGENT_VALUES = new Set(['yes', 'yes-myself', 'recently', 'right-now', 'lost-money', 'still-happening']);
/** The option the loader adds to sensitive questions. */
const DECLINE_VALUE = 'prefer-not-to-say';

/**
 * Chooses on the current question page without pressing Continue: for checkboxes the last
 * option other than "Prefer not to say" (the "none" answer where there is one), for radios the
 * second option, or the next after it that does not interrupt (danger-now's second option is
 * "I may harm myself"); a text box is left empty (optional). Returns the ids of the inputs chosen.
 */
export async function chooseSafe(page: Page): Promise<string[]> {
  const form = page.locator('main form');
  await expect(form).toBeVisible();
  const boxes = form.locator(`input.checkboxes__input:not([value="${DECLINE_VALUE}"])`);
  const radios = form.locator(`input.radios__input:not([value="${DECLINE_VALUE}"])`);
  if ((await boxes.count()) > 0) {
    const last = boxes.last();
    await last.check();
    return [(await last.getAttribute('id'))!];
  }
  const values = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  if (values.length > 0) {
    const at = values.findIndex((v, i) => i >= 1 && !URGENT_VALUES.has(v));
    const radio = radios.nth(at === -1 ? 0 : at);
    await radio.check();
    return [(await radio.getAttribute('id'))!];
  }
  return [];
}

/** Presses the form's submit button and waits for the address to change. */
export async function submit(page: Page): Promise<void> {
  const before = page.url();
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((u) => u.href !== before);
}

export type JourneyOptions = {
  /** Who the answers are for (the radio ids on /who). Default `self`. */
  who?: 'self' | 'other' | 'staff';
  /** The first name typed for `other`. */
  name?: string;
  /** Question ids where the first option (an urgent answer, e.g. "Yes" to danger-now) is chosen. */
  urgentAt?: string[];
  /** Press Continue with nothing chosen first on /who and on the first radio and checkbox question, so error messages are on the page when `onPage` runs. */
  showErrors?: boolean;
};

async function submitEmpty(page: Page): Promise<void> {
  await page.locator('main form button[type=submit]').click();
  await expect(page.locator('main .error-summary')).toBeVisible();
  await expect(page.locator('main .error-message').first()).toBeVisible();
}

/**
 * Walks the whole journey from the start page to the results, calling `onPage` on each page
 * once it has rendered in `tag`. Returns the question ids answered.
 */
export async function journey(
  page: Page,
  tag: string,
  onPage: (step: Step) => Promise<void> = async () => {},
  opts: JourneyOptions = {},
): Promise<string[]> {
  await page.goto('/');
  await ready(page, tag);
  await onPage('start');
  await page.locator('main a.button--start').click();
  await page.waitForURL('**/who');
  await ready(page, tag);
  if (opts.showErrors) await submitEmpty(page);
  const who = opts.who ?? 'self';
  await page.locator(`#who-${who}`).check();
  if (who === 'other' && opts.name) await page.locator('#helped-name').fill(opts.name);
  await onPage('who');
  await submit(page);

  const answered: string[] = [];
  const errorsShown = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await ready(page, tag);
    const step = stepOf(page.url());
    if (step === 'check') break;
    if (step === 'urgent') {
      await expect(page.locator('main a.button--secondary').last()).toBeVisible();
      await onPage('urgent');
      const before = page.url();
      await page.locator('main a.button--secondary').last().click();
      await page.waitForURL((u) => u.href !== before);
      continue;
    }
    expect(step, `unexpected page during the questions: ${page.url()}`).toBe('question');
    await expect(page.locator('main form')).toBeVisible();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const kind = (await page.locator('main input.checkboxes__input').count()) > 0 ? 'checkboxes' : 'radios';
    const hasChoices = (await page.locator('main input.checkboxes__input, main input.radios__input').count()) > 0;
    if (opts.showErrors && hasChoices && !errorsShown.has(kind)) {
      errorsShown.add(kind);
      await submitEmpty(page);
    }
    await onPage('question');
    answered.push(id);
    if (opts.urgentAt?.includes(id)) {
      await page.locator('main input.radios__input, main input.checkboxes__input').first().check();
    } else {
      await chooseSafe(page);
    }
    await submit(page);
  }
  await expect(page).toHaveURL(/\/check$/);
  await ready(page, tag);
  await expect(page.locator('main .summary-list__row')).toHaveCount(answered.length);
  await onPage('check');
  await page.locator('main a[href="/results"]').first().click();
  await page.waitForURL('**/results');
  await ready(page, tag);
  await expect(page.locator('main .signpost').first()).toBeVisible({ timeout: 15_000 });
  await onPage('results');
  return answered;
}
