// Results on paper: with print media the page keeps the routes, reasons, phone numbers and
// web addresses (every disclosure open, every contact shown), and drops the chrome (header navigation, language switcher, Exit this page,
// buttons, Back link). A PDF is made to show it really renders.

import { test, expect } from './fixtures';
import { begin, walk, h1, main, plain, type Choice } from './helpers';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

test.use({ reducedMotion: 'reduce' });

const PLAN: Record<string, Choice> = {
  'age-band': '75 to 84',
  'lives-alone': 'Yes',
  'daily-life': ['Getting food and drink', 'Washing and keeping clean'],
  meals: ['I cannot do it without help, or someone has to remind me'],
  washing: ['I can do it, but it takes me much longer than it should'],
  'home-difficulties': ['Going up and down the stairs'],
  falls: 'Yes, once',
  'memory-worry': 'Not sure',
  lonely: 'Often',
  'community-interests': ['Someone to visit or phone for a chat'],
  'money-worries': ['Whether you get all the benefits you should'],
};

async function toResults(page: Page): Promise<void> {
  await begin(page);
  await walk(page, PLAN);
  await page.waitForURL('**/check');
  await main(page).getByRole('button', { name: 'See my results' }).click();
  await page.waitForURL('**/results');
  await expect(h1(page)).toHaveText('Help that could fit');
  await expect(main(page).locator('section.signpost').first()).toBeVisible();
}

/** Everything that must not be on paper. */
function chrome(page: Page): Array<{ what: string; locator: Locator }> {
  return [
    { what: 'header navigation', locator: page.locator('header nav') },
    { what: 'language switcher', locator: page.getByRole('navigation', { name: /language/i }) },
    { what: 'Exit this page', locator: page.getByRole('button', { name: /Exit this page/ }) },
    { what: 'Back link', locator: page.getByRole('link', { name: 'Back', exact: true }) },
    { what: 'Copy summary', locator: main(page).getByRole('button', { name: 'Copy summary' }) },
    { what: 'Print', locator: main(page).getByRole('button', { name: 'Print' }) },
    { what: 'Save as a file', locator: main(page).getByRole('button', { name: /Save as a file/ }) },
  ];
}

test('print view: routes, reasons, phone numbers and web addresses; no navigation, buttons or Back link', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await toResults(page);

  // On screen the chrome is there (so the print checks below are not vacuous).
  for (const { what, locator } of chrome(page)) {
    await expect(locator.first(), `${what} on screen`).toBeVisible();
  }

  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);

  for (const { what, locator } of chrome(page)) {
    for (const one of await locator.all()) await expect(one, `${what} in print`).toBeHidden();
  }
  // No button of any kind, anywhere, is printed.
  for (const button of await page.getByRole('button').all()) {
    await expect(button, `button "${plain(await button.textContent())}" in print`).toBeHidden();
  }
  await expect(page.locator('.site-footer')).toBeHidden();

  // Each route: title, reasons, and its contacts, written out.
  const cards = main(page).locator('section.signpost');
  expect(await cards.count()).toBeGreaterThan(0);
  let phones = 0;
  let webs = 0;
  for (const card of await cards.all()) {
    const title = card.getByRole('heading', { level: 2 });
    await expect(title).toBeVisible();
    const reasons = card.locator('.signpost__reasons li');
    expect(await reasons.count(), `reasons for ${plain(await title.textContent())}`).toBeGreaterThan(0);
    for (const r of await reasons.all()) await expect(r).toBeVisible();
    for (const p of await card.locator('a.service__phone').all()) {
      await expect(p).toBeVisible();
      await expect(p).toHaveText(/^[0-9 ]+$/);
      phones++;
    }
    for (const w of await card.locator('a.service__web').all()) {
      await expect(w).toBeVisible();
      // On paper the full address follows the link text.
      const href = (await w.getAttribute('href')) ?? '';
      const after = await w.evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after, `printed address for ${href}`).toContain(href);
      webs++;
    }
  }
  expect(phones, 'phone numbers printed').toBeGreaterThan(0);
  // Every disclosure is open on paper (closed on screen): what happens next on every card, and
  // every service, in the cards and under "Who to contact", with every number.
  await expect(main(page).locator('details[open]'), 'nothing was opened by hand').toHaveCount(0);
  for (const next of await main(page).locator('.signpost__next').all()) await expect(next).toBeVisible();
  const services = main(page).locator('.service');
  expect(await services.count(), 'services on the page').toBeGreaterThan(2);
  for (const service of await services.all()) {
    await expect(service).toBeVisible();
    for (const p of await service.locator('a.service__phone').all()) await expect(p).toBeVisible();
  }
  await expect(main(page).getByRole('heading', { name: 'Who to contact' })).toBeVisible();
  expect(webs, 'web addresses printed').toBeGreaterThan(0);
  await expect(main(page).getByText(/^Questions version /)).toBeVisible();
  await expect(h1(page)).toBeVisible();

  // What the print view looks like, for a person to glance at in test-results/.
  await page.screenshot({ path: testInfo.outputPath('results-print.png'), fullPage: true });

  // A real PDF of the print view.
  const path = testInfo.outputPath('results-print.pdf');
  await page.pdf({ path, format: 'A4', printBackground: false });
  const pdf = readFileSync(path);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length, 'the PDF has content').toBeGreaterThan(10_000);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'PDF pages').toBeGreaterThan(0);
  await testInfo.attach('results-print.pdf', { path, contentType: 'application/pdf' });
});
