// Issue 5, "Browser tests" gate: the whole journey in all seven languages. Each page has the
// right <html lang dir>, no errors, and (outside en-GB) no English from the en-GB catalogue;
// ar and ur are right-to-left, scroll-free at 320 px and axe-clean; pa and bn draw real glyphs
// (screenshots in test-results/screenshots/); the switcher works and keeps the journey; only
// the active language's .ftl file is downloaded.
//
// Texts differ per language, so the steps use ids and structure, and expected words come from
// the locale's own .ftl files.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
  LOCALES,
  RTL,
  LANGUAGE_KEY,
  catalogue,
  normalise,
  englishOnPage,
  ready,
  expectDocumentLanguage,
  expectNoHorizontalScroll,
  platformFonts,
  glyphMetrics,
  chooseSafe,
  submit,
  journey,
  stepOf,
  type Step,
  type JourneyOptions,
} from './i18n-helpers';

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'screenshots');

test.use({ reducedMotion: 'reduce' });
// A whole journey is ~30 pages (plus axe scans for ar/ur) on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** Every language file the page downloads, in order. */
function recordFtl(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.endsWith('.ftl')) urls.push(p);
  });
  return urls;
}

const ftlOf = (tag: string) => new RegExp(`^/locales/${tag}\\.[0-9a-f]+\\.ftl$`);
/** The later pages' words (routes, reasons, services), fetched once the questions begin. */
const laterOf = (tag: string) => new RegExp(`^/locales/${tag}-later\\.[0-9a-f]+\\.ftl$`);

/** Fluent's own warnings (missing message, formatting error) and failed language downloads. */
function recordFluentWarnings(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => {
    if (/^(fluent:|cannot load language)/.test(m.text())) out.push(`${m.type()}: ${m.text()} (${page.url()})`);
  });
  return out;
}

/** Runs a check, keeping its failure for the end so one run reports every problem. */
function collector() {
  const problems: string[] = [];
  return {
    problems,
    async check(what: string, fn: () => Promise<unknown>): Promise<void> {
      try {
        await fn();
      } catch (e) {
        problems.push(`${what}:\n${(e as Error).message.split('\n').slice(0, 25).join('\n')}`);
      }
    },
  };
}

// ───────────────────── 1, 2, 3, 5: the whole journey in each language ─────────────────────

const SCRIPT_FONT: Record<string, { family: RegExp; sample: string; unassigned: string }> = {
  // An unassigned code point in the script's block draws the missing-glyph box.
  pa: { family: /Gurmukhi/, sample: 'ਪੰਜਾਬੀ ਭਾਸ਼ਾ', unassigned: '\u0A04' },
  bn: { family: /Bengali/, sample: 'বাংলা ভাষা', unassigned: '\u0984' },
};

/**
 * How each language's journey goes, so that between them they show every perspective's wording,
 * the error messages and the urgent page (danger-now "Yes" is the urgent answer).
 */
const PLAN: Record<string, JourneyOptions> = {
  'en-GB': { who: 'self' },
  pl: { who: 'other', name: 'Ola', showErrors: true },
  pa: { who: 'self', showErrors: true },
  ur: { who: 'other', name: 'Ali', showErrors: true, urgentAt: ['danger-now'] },
  ar: { who: 'self', showErrors: true, urgentAt: ['danger-now'] },
  ro: { who: 'staff', showErrors: true, urgentAt: ['danger-now'] },
  bn: { who: 'other', name: 'Rina', showErrors: true, urgentAt: ['danger-now'] },
};

for (const tag of LOCALES) {
  const rtl = RTL.has(tag);
  const plan = PLAN[tag];
  const gates = [
    `dir=${rtl ? 'rtl' : 'ltr'}`,
    ...(rtl ? ['no sideways scroll at 320 px', 'no axe violations'] : []),
    ...(tag in SCRIPT_FONT ? ['real glyphs'] : []),
    ...(tag === 'en-GB' ? [] : ['no English']),
  ];

  test.describe(`${tag} journey`, () => {
    test.use({ locale: tag, ...(rtl ? { viewport: { width: 320, height: 720 } } : {}) });

    const as = `${plan.who}${plan.urgentAt ? ', via the urgent page' : ''}${plan.showErrors ? ', with error messages' : ''}`;
    test(`${tag}: start to results in ${tag} as ${as} (${gates.join(', ')})`, async ({ page }) => {
      const ftl = recordFtl(page);
      const fluent = recordFluentWarnings(page);
      const { problems, check } = collector();
      const english = new Map<string, string[]>();
      const axeDone = new Set<string>();
      let shots = 0;

      const onPage = async (step: Step) => {
        const where = `${step} ${new URL(page.url()).pathname}`;
        await expectDocumentLanguage(page, tag);

        if (tag !== 'en-GB') {
          for (const hit of await englishOnPage(page, tag)) english.set(hit, [...(english.get(hit) ?? []), where]);
        }

        if (rtl) {
          if (step === 'start') expect(await page.evaluate(() => document.documentElement.clientWidth), 'viewport width').toBeLessThanOrEqual(320);
          await check(`sideways scroll on ${where}`, () => expectNoHorizontalScroll(page));
          // Axe once per kind of page: start, who, the first radio and checkbox questions, urgent, check, results.
          const kind =
            step === 'question'
              ? (await page.locator('main input.checkboxes__input').count()) > 0
                ? 'checkboxes'
                : (await page.locator('main input.radios__input').count()) > 0
                  ? 'radios'
                  : 'text'
              : step;
          if (['start', 'who', 'radios', 'checkboxes', 'urgent', 'check', 'results'].includes(kind) && !axeDone.has(kind)) {
            axeDone.add(kind);
            await check(`axe on ${where}`, () => expectNoAxeViolations(page));
          }
        }

        if (rtl) {
          // Phone numbers stay left to right inside right-to-left text: in each tel: link, the
          // number is in an element (the link or a child) laid out left to right.
          await check(`tel: numbers left to right on ${where}`, async () => {
            const rtlPhones = await page.locator('a[href^="tel:"]').evaluateAll((links) =>
              links
                .filter((a) => {
                  const digits = (a.getAttribute('href') ?? '').replace(/\D/g, '');
                  return ![a, ...a.querySelectorAll('*')].some(
                    (el) => getComputedStyle(el).direction === 'ltr' && (el.textContent ?? '').replace(/\D/g, '') === digits,
                  );
                })
                .map((a) => a.outerHTML.slice(0, 160)),
            );
            expect(rtlPhones, 'tel: links whose number is laid out right to left').toEqual([]);
          });
        }

        const script = SCRIPT_FONT[tag];
        if (script && (step === 'results' || (step === 'question' && shots === 0))) {
          shots++;
          // The whole page, the first screen, and on the results the first card (readable at 1:1).
          await page.screenshot({ path: path.join(SCREENSHOTS, `${tag}-${step}.png`), fullPage: true });
          await page.screenshot({ path: path.join(SCREENSHOTS, `${tag}-${step}-top.png`) });
          if (step === 'results') {
            await page.locator('main .signpost').first().screenshot({ path: path.join(SCREENSHOTS, `${tag}-results-signpost.png`) });
          }
          await check(`${tag} glyphs on ${where}`, async () => {
            // Which installed fonts Chromium really drew the text with (tofu would need none).
            for (const selector of ['main h1', 'main']) {
              const fonts = await platformFonts(page, selector);
              const used = fonts.filter((f) => script.family.test(f.familyName) && f.glyphCount > 0);
              expect(used, `fonts drawing ${selector}: ${JSON.stringify(fonts)}`).not.toEqual([]);
            }
            const m = await glyphMetrics(page, 'main h1', script.sample, script.unassigned);
            expect(m.distinctLetterWidths, `letters all the same width (boxes?): ${JSON.stringify(m)}`).toBeGreaterThan(1);
            expect(Math.abs(m.sampleWidth - m.tofuWidth), `text as wide as missing-glyph boxes: ${JSON.stringify(m)}`).toBeGreaterThan(1);
          });
        }
      };

      const answered = await journey(page, tag, onPage, plan);
      expect(answered.length, 'questions answered').toBeGreaterThan(20);
      expect(await page.locator('main .signpost').count(), 'signposts on the results').toBeGreaterThan(0);

      if (rtl) {
        const kinds = ['start', 'who', 'radios', 'checkboxes', ...(plan.urgentAt ? ['urgent'] : []), 'check', 'results'];
        expect([...axeDone].sort(), 'pages scanned with axe').toEqual(kinds.sort());
      }
      if (tag in SCRIPT_FONT) expect(shots, 'screenshots taken').toBe(2);

      // Soft, so one run reports every gate that fails.
      expect
        .soft(ftl, 'language files downloaded during the journey: only this language (its words, then the later pages\' words)')
        .toEqual([expect.stringMatching(ftlOf(tag)), expect.stringMatching(laterOf(tag))]);
      expect.soft(fluent, 'Fluent warnings').toEqual([]);
      const hits = [...english].map(([hit, where]) => `${hit}  — on ${[...new Set(where)].join(', ')}`);
      expect.soft(hits, `English catalogue text shown in the ${tag} journey`).toEqual([]);
      expect.soft(problems, problems.join('\n\n')).toEqual([]);
    });
  });
}

// ───────────────────────────── 1: the language switcher ─────────────────────────────

test.describe('language switcher', () => {
  test.use({ locale: 'en-GB' });

  test('every language is offered named in itself; choosing one changes the page and is remembered over the browser language', async ({
    page,
  }) => {
    const ftl = recordFtl(page);
    const fluent = recordFluentWarnings(page);
    await page.goto('/');
    await ready(page, 'en-GB');
    await expectDocumentLanguage(page, 'en-GB');
    expect(ftl, 'first load').toHaveLength(1);
    expect(ftl[0]).toMatch(ftlOf('en-GB'));

    const switcher = page.locator('nav.language-switcher');
    for (const tag of LOCALES) {
      const item = switcher.locator(`[lang="${tag}"]`);
      await expect(item, `switcher entry for ${tag}`).toHaveCount(1);
      await expect(item).toHaveText(catalogue(tag).simple('language-name'));
    }
    await expect(switcher.locator('[aria-current="true"]')).toHaveAttribute('lang', 'en-GB');

    const order = ['pl', 'ar', 'pa', 'ur', 'ro', 'bn'];
    for (const [n, tag] of order.entries()) {
      await switcher.locator(`button[lang="${tag}"]`).click();
      await expectDocumentLanguage(page, tag);
      await expect(page.locator('main h1')).toHaveText(catalogue(tag).simple('start-title'));
      await expect(page.locator('main a.button--start')).toHaveText(catalogue(tag).simple('start-button'));
      await expect(switcher.locator('[aria-current="true"]')).toHaveAttribute('lang', tag);
      expect(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), 'choice remembered').toBe(tag);
      expect(ftl, `language files after choosing ${tag}`).toHaveLength(n + 2);
      expect(ftl.at(-1)).toMatch(ftlOf(tag));
      expect(await englishOnPage(page, tag), `English on the start page in ${tag}`).toEqual([]);
    }

    // The saved choice beats the browser's language (en-GB here), on the next visit too.
    await page.reload();
    await ready(page, 'bn');
    await expectDocumentLanguage(page, 'bn');
    await expect(page.locator('main h1')).toHaveText(catalogue('bn').simple('start-title'));
    await page.locator('main a.button--start').click();
    await page.waitForURL('**/who');
    await ready(page, 'bn');
    await expect(page.locator('label[for="who-self"]')).toHaveText(catalogue('bn').simple('who-self'));
    expect(fluent, 'Fluent warnings').toEqual([]);
  });
});

// ───────────────────────────── 4: switching mid-journey ─────────────────────────────

test.describe('switching mid-journey', () => {
  test.use({ locale: 'en-GB' });

  test('keeps every answer and the current step, and downloads only the new language', async ({ page }) => {
    const ftl = recordFtl(page);
    const fluent = recordFluentWarnings(page);
    await page.goto('/');
    await ready(page, 'en-GB');
    expect(ftl, 'first load downloads one language').toHaveLength(1);
    expect(ftl[0]).toMatch(ftlOf('en-GB'));
    await page.locator('main a.button--start').click();
    await page.waitForURL('**/who');
    await ready(page, 'en-GB');
    await page.locator('#who-self').check();
    await submit(page);

    // Answer four questions in English, then choose (without Continue) on the fifth.
    const chosen = new Map<string, string[]>();
    const order: string[] = [];
    const questionId = () => new URL(page.url()).pathname.split('/').pop()!;
    for (let i = 0; i < 4; i++) {
      await ready(page, 'en-GB');
      expect(stepOf(page.url())).toBe('question');
      const id = questionId();
      order.push(id);
      chosen.set(id, await chooseSafe(page));
      await submit(page);
    }
    await ready(page, 'en-GB');
    const step = page.url();
    const pending = await chooseSafe(page);
    const englishHeading = normalise(await page.locator('main h1').innerText());

    await page.locator('nav.language-switcher button[lang="pl"]').click();
    await expectDocumentLanguage(page, 'pl');
    await expect(page.locator('main h1')).not.toHaveText(englishHeading);
    expect(page.url(), 'the step is kept').toBe(step);
    for (const id of pending) await expect(page.locator(`#${id}`), 'the choice not yet sent is kept').toBeChecked();
    // Once the questions began, the later pages' words came too; a switch brings both files.
    expect(ftl[1]).toMatch(laterOf('en-GB'));
    expect(ftl, 'one download of each file for the switch').toHaveLength(4);
    expect(ftl[2]).toMatch(ftlOf('pl'));
    expect(ftl[3]).toMatch(laterOf('pl'));

    // Back through the earlier questions: each answer is still chosen. Note its Polish label.
    const labels = new Map<string, string>();
    const labelOf = async (ids: string[]) =>
      (await Promise.all(ids.map(async (i) => normalise(await page.locator(`label[for="${i}"]`).innerText())))).join(', ');
    for (const id of [...order].reverse()) {
      const before = page.url();
      await page.locator('main a.back-link, a.back-link').first().click();
      await page.waitForURL((u) => u.href !== before);
      await ready(page, 'pl');
      expect(questionId()).toBe(id);
      for (const input of chosen.get(id)!) await expect(page.locator(`#${input}`), `answer to ${id} kept`).toBeChecked();
      labels.set(id, await labelOf(chosen.get(id)!));
    }
    // Forward again with the answers as they are, then finish the journey in Polish.
    for (const id of order) {
      expect(questionId()).toBe(id);
      await submit(page);
      await ready(page, 'pl');
    }
    expect(page.url(), 'back at the step where the language changed').toBe(step);
    for (let i = 0; i < 80 && stepOf(page.url()) !== 'check'; i++) {
      await ready(page, 'pl');
      if (stepOf(page.url()) === 'urgent') {
        const before = page.url();
        await page.locator('main a.button--secondary').last().click();
        await page.waitForURL((u) => u.href !== before);
        continue;
      }
      const id = questionId();
      const ids = await chooseSafe(page);
      if (ids.length) labels.set(id, await labelOf(ids));
      await submit(page);
    }
    await ready(page, 'pl');
    await expectDocumentLanguage(page, 'pl');

    // Check your answers lists the same answers (in Polish).
    const rows = await page.locator('main .summary-list__row').evaluateAll((els) =>
      els.map((r) => ({
        id: (r.querySelector('.summary-list__actions a')?.getAttribute('href') ?? '').replace(/^\/questions\/|\?.*$/g, ''),
        value: (r.querySelector('.summary-list__value') as HTMLElement).innerText,
      })),
    );
    const shown = Object.fromEntries(rows.map((r) => [r.id, normalise(r.value)]));
    for (const [id, label] of labels) expect(shown[id], `Check your answers for ${id}`).toBe(label);
    expect(shown[order[0]]).toBeTruthy();

    // Switching on Check your answers: same page, same rows, one more download.
    const rowCount = rows.length;
    const checkUrl = page.url();
    await page.locator('nav.language-switcher button[lang="ar"]').click();
    await expectDocumentLanguage(page, 'ar');
    expect(page.url()).toBe(checkUrl);
    await expect(page.locator('main .summary-list__row')).toHaveCount(rowCount);
    await expect(page.locator('main .summary-list__value').filter({ hasText: catalogue('ar').simple('not-answered') })).toHaveCount(
      rowCount - labels.size,
    );
    expect(ftl, 'one download of each file per switch').toHaveLength(6);
    expect(ftl[4]).toMatch(ftlOf('ar'));
    expect(ftl[5]).toMatch(laterOf('ar'));
    expect(fluent, 'Fluent warnings').toEqual([]);
  });
});
