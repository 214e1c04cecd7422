import { test, expect, expectNoAxeViolations } from './fixtures';

// Proves the browser, the server and axe are wired up.
test('home page has a language and no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', /\S/);
  await expectNoAxeViolations(page);
});

// The page shell comes in the browser's language (the server picks `index.<tag>.html` by
// Accept-Language), so `lang`, `dir`, the title and the no-JavaScript message are right even
// before, or without, the app.
test.describe('without JavaScript, in Urdu', () => {
  test.use({ javaScriptEnabled: false, locale: 'ur-PK' });

  test('the page says, in Urdu and right to left, that it needs JavaScript and how to call instead', async ({ page }) => {
    await page.goto('/questions/age-band');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveTitle('معلوم کریں کہ آپ کو کیا مدد مل سکتی ہے');
    // Chromium's parser still treats <noscript> as enabled-scripting raw text under Playwright's
    // "JavaScript off" emulation, so read the message's markup rather than what is painted.
    const message = await page.locator('noscript').innerHTML();
    expect(message).toContain('اس سروس کے لیے JavaScript ضروری ہے');
    expect(message).toContain('024 7683 3003');
    expect(message).not.toContain('This service needs JavaScript');
  });
});
