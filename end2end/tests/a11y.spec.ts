// Every page type: no axe violations (WCAG 2.2 AA tags), no sideways scroll at 320 px, and a
// 360×740 full-page screenshot in test-results/screenshots/ for people to look at.

import { fileURLToPath } from 'node:url';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { begin, startJourney, walk, answer, h1, main, expectNoHorizontalScroll, settle, plain, expectFocusVisible, type Choice, routeCards } from './helpers';
import type { Page } from '@playwright/test';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

test.use({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });

/** Answers that give a full results page: several routes, each priority. */
const RICH: Record<string, Choice> = {
  'age-band': '75 to 84',
  'lives-alone': 'Yes',
  'danger-now': 'Not sure',
  'daily-life': ['Getting food and drink', 'Moving around the home safely'],
  meals: ['I cannot do it without help, or someone has to remind me'],
  'moving-around': ['I can do it, but it is not safe for me or for others'],
  falls: 'Yes, once',
  'memory-worry': 'Not sure',
  lonely: 'Sometimes',
  'money-worries': ['Paying for care'],
};

type PageType = { name: string; open: (page: Page) => Promise<void> };

const PAGE_TYPES: PageType[] = [
  {
    name: 'start',
    open: async (page) => {
      await page.goto('/');
      await expect(h1(page)).toHaveText('Check what help you could get');
    },
  },
  { name: 'who', open: (page) => startJourney(page) },
  {
    name: 'who-error',
    open: async (page) => {
      await startJourney(page);
      await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
      await expect(main(page).getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'question-radios',
    open: async (page) => {
      await begin(page);
      await expect(h1(page)).toHaveText('How old are you?');
      await expectTouchTargets(page);
    },
  },
  {
    name: 'question-checkboxes',
    open: async (page) => {
      await begin(page);
      await walk(page, {}, { until: 'daily-life' });
      await expect(main(page).getByRole('checkbox')).toHaveCount(12);
      await expectTouchTargets(page);
    },
  },
  {
    name: 'question-text',
    open: async (page) => {
      await begin(page);
      await walk(page, {}, { until: 'anything-else' });
      await expect(main(page).getByRole('textbox')).toBeVisible();
    },
  },
  {
    name: 'question-error',
    open: async (page) => {
      await begin(page);
      await walk(page, {}, { until: 'harm-by-others' });
      await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
      await expect(main(page).getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'urgent',
    open: async (page) => {
      await begin(page);
      await walk(page, {}, { until: 'danger-now' });
      await answer(page, 'danger-now', 'Yes, someone may hurt me, or I am not safe where I am');
      await expect(h1(page)).toHaveText('Get help to stay safe now');
    },
  },
  {
    name: 'check',
    open: async (page) => {
      await begin(page);
      await walk(page, RICH);
      await expect(h1(page)).toHaveText('Check your answers');
    },
  },
  {
    name: 'results',
    open: async (page) => {
      await begin(page);
      await walk(page, RICH);
      await main(page).getByRole('button', { name: 'See my results' }).click();
      await expect(h1(page)).toHaveText('Help that could fit');
      await expect(routeCards(page)).not.toHaveCount(0);
    },
  },
  {
    name: 'not-found',
    open: async (page) => {
      await page.goto('/no-such-page');
      await expect(h1(page)).toHaveText('Page not found');
    },
  },
];

/** Options and Continue are at least 44×44 CSS px (the whole option row is the target). */
async function expectTouchTargets(page: Page): Promise<void> {
  const form = main(page).locator('form');
  for (const input of await form.getByRole('radio').or(form.getByRole('checkbox')).all()) {
    const box = (await input.boundingBox())!;
    expect(box.width, 'option target width').toBeGreaterThanOrEqual(44);
    expect(box.height, 'option target height').toBeGreaterThanOrEqual(44);
  }
  const button = (await form.getByRole('button', { name: 'Continue', exact: true }).boundingBox())!;
  expect(button.height, 'Continue height').toBeGreaterThanOrEqual(44);
  expect(button.width, 'Continue width').toBeGreaterThanOrEqual(44);
}

for (const { name, open } of PAGE_TYPES) {
  test(`${name}: no axe violations, reflows at 320 px, screenshot`, async ({ page }) => {
    await open(page);
    await settle(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });

    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page, `${name} at 320 px`);
  });
}

test('forced colours: a question page stays usable, with a visible focus ring (no violations, screenshot)', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await begin(page);
  await main(page).getByRole('radio', { name: '26 to 64' }).check();
  // Keyboard: the arrow moves focus and the choice, and the focus ring must still show.
  await page.keyboard.press('ArrowUp');
  await expect(main(page).getByRole('radio', { name: '18 to 25' })).toBeFocused();
  await expect(main(page).getByRole('radio', { name: '18 to 25' })).toBeChecked();
  await expectFocusVisible(page, 'in forced colours');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}question-forced-colours.png`, fullPage: true });
});

test('each new step is announced in a polite live region', async ({ page }) => {
  await begin(page);
  const live = page.locator('[aria-live="polite"]');
  const said = async () => plain(await live.textContent());
  await expect.poll(said).toMatch(/^Section 1 of \d+$/);
  await walk(page, {}, { until: 'danger-now' });
  await expect.poll(said).toMatch(/^Section 2 of \d+$/);
});

test.describe('motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  /** The animation on the container that brings each question in. */
  const stepAnimation = (page: Page) =>
    main(page).locator('form').evaluate((f) => getComputedStyle(f.closest('.step') ?? f).animationName);

  test('every new question slides in, not only the first', async ({ page }) => {
    await begin(page);
    await page.evaluate(() => {
      const w = window as unknown as { started: string[] };
      w.started = [];
      document.addEventListener('animationstart', (e) => w.started.push(`${location.pathname} ${e.animationName}`), true);
    });
    await walk(page, {}, { until: 'harm-by-others' });
    const started = () => page.evaluate(() => (window as unknown as { started: string[] }).started);
    // The last step's animation starts a frame or two after its URL changes: wait for it.
    await expect.poll(async () => (await started()).some((s) => s.startsWith('/questions/harm-by-others ')), { timeout: 3000 }).toBe(true);
    const seen = await started();
    for (const id of ['lives-alone', 'danger-now', 'harm-by-others']) {
      expect(seen.some((s) => s.startsWith(`/questions/${id} `)), `an animation starts when ${id} comes in (saw: ${seen.join(', ') || 'none'})`).toBe(true);
    }
  });

  test('questions slide in, unless "Reduce motion" is chosen on the page or in the system', async ({ page }) => {
    await begin(page, { save: true });
    expect(await stepAnimation(page)).not.toBe('none');

    const setting = page.getByRole('checkbox', { name: 'Reduce motion on this site' });
    await setting.check();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    expect(await stepAnimation(page)).toBe('none');
    // The choice is remembered (a setting, not an answer) and still applies after a reload.
    await page.reload();
    await expect(setting).toBeChecked();
    expect(await stepAnimation(page)).toBe('none');

    await setting.uncheck();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await stepAnimation(page)).toBe('none');
  });
});
