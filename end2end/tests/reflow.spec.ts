// Reflow (WCAG 1.4.10) and text resize (1.4.4): at 320 CSS px, and with text at 200 %, a
// question page and the results never scroll sideways.

import { test, expect } from './fixtures';
import { begin, startJourney, walk, h1, main, expectNoHorizontalScroll, type Choice, routeCards } from './helpers';
import type { Page } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

const ANSWERS: Record<string, Choice> = {
  'danger-now': 'Not sure',
  'daily-life': ['Working, studying, training or volunteering', 'Going out, such as to the shops, the doctor or on the bus'],
  'home-difficulties': ['Reaching things, or carrying things from room to room'],
  hospital: 'Yes, and everyday things are harder since I came home',
  'memory-worry': 'A doctor has already told me I have dementia',
  'is-carer': 'Yes',
  'caring-hours': '50 hours or more',
  'money-worries': ['Whether you get all the benefits you should'],
};

async function biggerText(page: Page): Promise<void> {
  // Through the CSSOM: the app's Content-Security-Policy (rightly) blocks injected <style>.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  // The root font size really doubled (the page's rem-based sizes follow it).
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(32);
}

/** A question with long option labels and a hint, then (same journey) the results, each checked by `check`. */
async function questionThenResults(page: Page, check: (what: string) => Promise<void>): Promise<void> {
  await begin(page);
  await walk(page, ANSWERS, { until: 'harm-by-others' });
  await expect(h1(page)).toHaveText('Is anyone doing any of these things to you?');
  await check('a question page');

  await walk(page, ANSWERS);
  await main(page).getByRole('button', { name: 'See my results' }).click();
  await expect(h1(page)).toHaveText('Help that could fit');
  await expect(routeCards(page)).not.toHaveCount(0);
  await check('the results');
}

test.describe('at 320 × 640', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a question page and the results reflow without sideways scrolling', async ({ page }) => {
    await questionThenResults(page, (what) => expectNoHorizontalScroll(page, `${what} at 320 px`));
  });
});

test('text at 200 %: a question page and the results have no sideways scrolling, on a desktop and on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await questionThenResults(page, async (what) => {
    await biggerText(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectNoHorizontalScroll(page, `${what}, 200 % text, 1280 px wide`);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page, `${what}, 200 % text, 360 px wide`);
  });
});

test.describe('while a question slides in, at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, reducedMotion: 'no-preference' });

  /** Presses Continue and returns the widest the page got, sampled every frame, while the next page comes in. */
  async function widestWhileMovingOn(page: Page): Promise<number> {
    const widest = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let widest = 0;
          const start = performance.now();
          const sample = () => {
            widest = Math.max(widest, document.documentElement.scrollWidth);
            if (performance.now() - start < 700) requestAnimationFrame(sample);
            else resolve(widest);
          };
          sample();
        }),
    );
    const before = page.url();
    await main(page).getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForURL((u) => u.href !== before);
    return widest;
  }

  test('the animation never makes the page scroll sideways', async ({ page }) => {
    await startJourney(page);
    await main(page).getByRole('radio', { name: 'Myself' }).check();
    const clientWidth = await page.evaluate(() => document.documentElement.clientWidth);
    expect(await widestWhileMovingOn(page), 'widest page while the first question came in').toBeLessThanOrEqual(clientWidth);
    await main(page).getByRole('radio', { name: '26 to 64' }).check();
    expect(await widestWhileMovingOn(page), 'widest page while the next question came in').toBeLessThanOrEqual(clientWidth);
  });
});
