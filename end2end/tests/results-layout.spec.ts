// Results a person can act on from the first screen of a phone (issue 14): "What to do first"
// and its call button in the first viewport in every language; every route short, with its
// details folded, so seven routes fit three screens; contacts shared by several routes shown
// once; disclosures that open from the keyboard; staff see everything open, beside the case
// note; axe clean with disclosures open and closed.
//
// The journeys are put in place the way the app itself keeps one (POST /session, the sealed
// cookie), so each language is measured on the same answers without walking 30 questions.

import { test, expect, expectNoAxeViolations } from './fixtures';
import { h1, main } from './helpers';
import { LOCALES, RTL } from './i18n-helpers';
import { ONE_ROUTE, SEVEN_ROUTES } from './journeys';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });

const STAFF = { ...SEVEN_ROUTES, perspective: 'staff', name: '', call_reference: 'CV-7K3M-Q9' };

async function showResults(page: Page, journey: object, lang = 'en-GB'): Promise<void> {
  await page.context().addCookies([{ name: 'lang', value: lang, url: baseURL() }]);
  const res = await page.request.post('/session', { data: journey, headers: { 'Content-Type': 'application/json' } });
  expect(res.status(), 'the journey is accepted').toBe(204);
  await page.goto('/results');
  await expect(h1(page)).toBeVisible();
  await expect(main(page).locator('section.signpost').first()).toBeVisible();
}

function baseURL(): string {
  return `http://127.0.0.1:${process.env.E2E_PORT ?? '3100'}/`;
}

/**
 * The result's height: from the top of the page's main area (below the site header, the same on
 * every page) to the end of the last route card, what a person scrolls through to have seen
 * every route. The whole page's height is reported beside it.
 */
async function resultHeight(page: Page): Promise<{ routes: number; page: number; cards: number }> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('main section.signpost')];
    const last = cards[cards.length - 1].getBoundingClientRect();
    const top = document.querySelector('main')!.getBoundingClientRect().top;
    return { routes: Math.round(last.bottom - top), page: document.documentElement.scrollHeight, cards: cards.length };
  });
}

for (const lang of ['en-GB', 'ar']) {
  test(`${lang}: seven routes fit three phone screens with every disclosure closed; one route fits one and a half`, async ({ page }, testInfo) => {
    await showResults(page, SEVEN_ROUTES, lang);
    await expect(page.locator('html')).toHaveAttribute('dir', RTL.has(lang) ? 'rtl' : 'ltr');
    await expect(main(page).locator('details[open]')).toHaveCount(0);
    const seven = await resultHeight(page);
    expect(seven.cards).toBe(7);
    testInfo.annotations.push({ type: 'height', description: `${lang} seven routes: ${seven.routes} px to the last route, page ${seven.page} px` });
    await page.screenshot({ path: testInfo.outputPath(`seven-routes-${lang}.png`), fullPage: true });
    console.log(`results height ${lang}: seven routes ${seven.routes} px (page ${seven.page} px)`);
    expect(seven.routes, 'seven routes: top of main to the end of the last route').toBeLessThanOrEqual(2220);

    await showResults(page, ONE_ROUTE, lang);
    const one = await resultHeight(page);
    expect(one.cards).toBe(1);
    testInfo.annotations.push({ type: 'height', description: `${lang} one route: ${one.routes} px to the last route, page ${one.page} px` });
    console.log(`results height ${lang}: one route ${one.routes} px (page ${one.page} px)`);
    expect(one.routes, 'one route: top of main to the end of the route').toBeLessThanOrEqual(1110);
  });
}

for (const lang of LOCALES) {
  test(`${lang}: "What to do first" and its call button are in the first viewport`, async ({ page }) => {
    await showResults(page, SEVEN_ROUTES, lang);
    const first = main(page).locator('section.first-step');
    await expect(first).toBeVisible();
    const call = first.locator('a.first-step__action');
    await expect(call).toHaveAttribute('href', /^tel:[0-9]+$/);
    for (const [what, box] of [
      ['What to do first', await first.boundingBox()],
      ['its call button', await call.boundingBox()],
    ] as const) {
      expect(box, what).not.toBeNull();
      expect(box!.y, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${what} ends within the first 740 px`).toBeLessThanOrEqual(740);
    }
    // Worded for the person answered about.
    await expect(first.getByRole('heading', { level: 2 })).toContainText('Dad');
  });
}

test('a service several routes share is shown in full once, under "Who to contact", and the cards point to it', async ({ page }) => {
  await showResults(page, SEVEN_ROUTES);
  const contacts = main(page).getByRole('region', { name: 'Who to contact' });
  await expect(contacts).toBeVisible();
  // Adult Social Care Direct serves several of the routes: one full card with its number, on the whole page.
  const asc = main(page).locator('.service').filter({ has: page.getByRole('heading', { name: /^Adult Social Care Direct/ }) });
  await expect(asc).toHaveCount(1);
  await expect(contacts.locator('#contact-asc-direct')).toBeVisible();
  await expect(contacts.locator('#contact-asc-direct')).toContainText('Can help with:');
  // Each card that names it points there; following a pointer shows the contact.
  const pointers = main(page).locator('section.signpost a[href="#contact-asc-direct"]');
  expect(await pointers.count()).toBeGreaterThan(1);
  const card = main(page).locator('section.signpost').filter({ has: page.locator('a[href="#contact-asc-direct"]') }).first();
  await card.locator('summary').click();
  await card.locator('a[href="#contact-asc-direct"]').click();
  await expect(page).toHaveURL(/#contact-asc-direct$/);
  await expect(contacts.locator('#contact-asc-direct a[href^="tel:"]').first()).toBeInViewport();
});

test('disclosures open with Enter and Space; axe is clean with them closed and open', async ({ page }) => {
  await showResults(page, SEVEN_ROUTES);
  await expectNoAxeViolations(page);
  const summaries = main(page).locator('section.signpost summary');
  const n = await summaries.count();
  expect(n).toBe(7);
  for (let i = 0; i < n; i++) {
    const summary = summaries.nth(i);
    await summary.focus();
    await expect(summary).toBeFocused();
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
    await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
  }
  // Opened, each card shows what happens next and a way to act.
  for (const card of await main(page).locator('section.signpost').all()) {
    await expect(card.locator('.signpost__next')).toBeVisible();
    expect(await card.locator('details a[href^="tel:"], details a[href^="#contact-"], details a[href^="https:"]').count()).toBeGreaterThan(0);
  }
  await expectNoAxeViolations(page);
  // And closed again from the keyboard.
  await summaries.first().focus();
  await page.keyboard.press('Enter');
  await expect(summaries.first().locator('xpath=..')).not.toHaveAttribute('open', '');
});

test('the assessment route says what happens next, with its timescales marked for the council to confirm', async ({ page }) => {
  await showResults(page, SEVEN_ROUTES);
  const card = main(page).locator('section.signpost').filter({ has: page.getByRole('heading', { name: 'Ask for a care and support assessment' }) });
  await card.locator('summary').click();
  await expect(card.locator('.signpost__next')).toContainText('within 2 working days, or within 2 hours if it is urgent');
  await expect(card.locator('.signpost__next')).toContainText('within 6 weeks, or within 24 hours if it is urgent');
  await expect(card).toContainText('The council has not yet confirmed these timescales.');
});

test('staff: the case note beside the routes, nothing folded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await showResults(page, STAFF);
  await expect(main(page).locator('section.signpost details:not([open])')).toHaveCount(0);
  await expect(main(page).locator('section.signpost .signpost__next').first()).toBeVisible();
  const note = main(page).getByRole('textbox', { name: 'Case note' });
  await expect(note).toBeVisible();
  const [noteBox, cardBox] = [await note.boundingBox(), await main(page).locator('section.signpost').first().boundingBox()];
  expect(noteBox!.x + noteBox!.width, 'the note ends before the routes begin').toBeLessThanOrEqual(cardBox!.x);
  expect(Math.abs(noteBox!.y - cardBox!.y), 'side by side, level').toBeLessThan(200);
  await expect(main(page).getByRole('heading', { level: 2, name: /What to do first for the caller/ })).toBeVisible();
});
