import { test, expect, expectNoAxeViolations } from './fixtures';

// Proves the browser, the server and axe are wired up.
test('home page has a language and no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', /\S/);
  await expectNoAxeViolations(page);
});
