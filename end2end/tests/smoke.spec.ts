import { test, expect, expectNoAxeViolations } from './fixtures';

// Proves the browser, the server and axe are wired up.
test('home page has a language and no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', /\S/);
  await expectNoAxeViolations(page);
});

// The server renders the page in the browser's language (Accept-Language), so `lang`, `dir`,
// the title and the words are right before, or without, the app.
test.describe('without JavaScript, in Urdu', () => {
  test.use({ javaScriptEnabled: false, locale: 'ur-PK' });

  test('the start page is there, in Urdu and right to left, with the way in and the number to call', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveTitle('معلوم کریں کہ آپ کو کیا مدد مل سکتی ہے');
    await expect(page.locator('h1')).toHaveText('معلوم کریں کہ آپ کو کیا مدد مل سکتی ہے');
    await expect(page.locator('a[href="/who"]')).toBeVisible();
    await expect(page.locator('footer')).toContainText('024 7683 3003');
    await expect(page.locator('#loading')).toHaveCount(0);
  });
});
