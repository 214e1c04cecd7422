// A council's theme (content/theme.toml; issue 16): the default theme looks as it always did,
// and a second, made-up council (content/themes/example-borough.toml) gets its own name, logo,
// colours, help line and Exit destination from that one file, with no code change. Both are
// axe-clean (WCAG 2.2 AA tags).
//
// The example is built into its own folder and served by a second server on its own port, so
// the main server (playwright.config.ts) and dist/ are left alone:
//   cargo xtask build --theme content/themes/example-borough.toml --out target/dist-theme-example
// Set E2E_THEME_BUILT=1 to skip that build when the folder is already fresh.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { test, expect, expectNoAxeViolations } from './fixtures';
import { begin, h1 } from './helpers';
import type { Page } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE_DIST = 'target/dist-theme-example';
// Beside the main server's port (E2E_PORT), so a second run elsewhere does not collide.
const EXAMPLE_PORT = Number(process.env.E2E_THEME_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 11);
const EXAMPLE_URL = `http://127.0.0.1:${EXAMPLE_PORT}`;

test.use({ reducedMotion: 'reduce' });

const background = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
const meta = (page: Page, name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
const footerHelp = (page: Page) => page.locator('footer.site-footer p').first();
/** The logo is drawn by the CSS before the service's name (its text is the council's name). */
const logoImage = (page: Page) =>
  page.locator('.site-header__title').evaluate((el) => getComputedStyle(el, '::before').backgroundImage);

/** Every request the page makes goes to its own server (the logo fetches nothing else). */
function recordOrigins(page: Page): Set<string> {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  return origins;
}

test.describe('the default theme (content/theme.toml)', () => {
  test('looks as before: the blue header, no logo, the Coventry help line, Exit to BBC Weather; axe-clean', async ({ page }) => {
    await page.goto('/');
    await expect(h1(page)).toBeVisible();
    expect(await background(page, '.site-header')).toBe('rgb(29, 59, 92)');
    expect(await background(page, '.button--start, main .button')).toBe('rgb(0, 112, 60)');
    expect(await logoImage(page), 'no logo').toBe('none');
    await expect(page.getByRole('link', { name: 'Check what help you could get', exact: true })).toBeVisible();
    await expect(footerHelp(page)).toHaveText('Need help? Call Adult Social Care Direct on 024 7683 3003, Monday to Friday.');
    expect(await meta(page, 'exit-url')).toBe('https://www.bbc.co.uk/weather');
    expect(await meta(page, 'theme-color')).toBe('#1d3b5c');
    await expectNoAxeViolations(page);
  });
});

test.describe('a second council: content/themes/example-borough.toml', () => {
  let server: ChildProcess | undefined;
  let serverLog = '';

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    if (!process.env.E2E_THEME_BUILT) {
      const built = spawnSync(
        'cargo',
        ['xtask', 'build', '--theme', 'content/themes/example-borough.toml', '--out', EXAMPLE_DIST],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      expect(built.status, `cargo xtask build --theme … failed:\n${built.stderr}`).toBe(0);
    }
    server = spawn(`target/${process.env.E2E_PROFILE ?? 'release'}/server`, ['--port', String(EXAMPLE_PORT), '--dist', EXAMPLE_DIST], {
      cwd: ROOT,
      env: { ...process.env, RATE_LIMIT_PER_MINUTE: '0', ARCHIVE_DIR: 'end2end/fixtures/archive' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server.stderr?.on('data', (d) => (serverLog += d));
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`${EXAMPLE_URL}/healthz`).then((r) => r.ok, () => false);
      if (up) return;
      if (server.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the example council's server did not start:\n${serverLog}`);
  });

  test.afterAll(() => {
    server?.kill();
  });

  test.use({ baseURL: EXAMPLE_URL });

  test('its name, logo, colours, help line and Exit destination, from one file; axe-clean', async ({ page }) => {
    const origins = recordOrigins(page);
    await page.goto('/');
    // The start page's heading is the service's name, so the theme renames it too.
    await expect(h1(page)).toHaveText('Find care and support');

    // The header: its purple, its logo (said as the council's name) beside the service's new name.
    expect(await background(page, '.site-header')).toBe('rgb(61, 31, 92)');
    const home = page.getByRole('link', { name: 'Example Borough Council Find care and support', exact: true });
    await expect(home).toBeVisible();
    const logoUrl = (await logoImage(page)).match(/^url\("(.+)"\)$/)?.[1] ?? '';
    expect(new URL(logoUrl).pathname).toMatch(/^\/logo\.[0-9a-f]+\.svg$/);
    const logo = await page.request.get(logoUrl);
    expect(logo.status(), 'the logo is served').toBe(200);
    expect(logo.headers()['content-type']).toContain('image/svg+xml');
    const box = await page.locator('.site-header__title').evaluate((el) => {
      const s = getComputedStyle(el, '::before');
      return [s.inlineSize, s.blockSize];
    });
    expect(box, 'the logo is 2.5rem square (its viewBox is square)').toEqual(['40px', '40px']);
    await expect(page).toHaveTitle(/Find care and support/);

    // Its buttons, its help line and hours, its neutral Exit page and browser colour.
    expect(await background(page, '.button--start, main .button')).toBe('rgb(11, 95, 115)');
    await expect(footerHelp(page)).toHaveText(
      'Need help? Call Example Borough Care Line on 01632 960 123, Monday to Friday, 9am to 5pm.',
    );
    expect(await meta(page, 'exit-url')).toBe('https://www.google.co.uk');
    expect(await meta(page, 'theme-color')).toBe('#3d1f5c');
    await expectNoAxeViolations(page);

    // A question page too (links, buttons, radios in the theme's colours).
    await begin(page, { title: 'Find care and support' });
    await expect(page.locator('main form')).toBeVisible();
    await expectNoAxeViolations(page);

    expect([...origins], 'nothing is fetched from anywhere else').toEqual([EXAMPLE_URL]);
  });

  test('a focused link in its header is the yellow highlight with dark text', async ({ page }) => {
    await page.goto('/');
    await expect(h1(page)).toBeVisible();
    const home = page.locator('.site-header__title');
    await home.focus();
    const style = await home.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));
    expect(style).toEqual({ bg: 'rgb(255, 221, 0)', fg: 'rgb(11, 12, 12)' });
  });

  test('Exit this page leaves for its neutral site', async ({ page }) => {
    await page.goto('/');
    await expect(h1(page)).toBeVisible();
    await page.context().route('https://www.google.co.uk/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Google</title><h1>Search</h1>' }),
    );
    await page.getByRole('button', { name: /^Exit this page/ }).click();
    await page.waitForURL('https://www.google.co.uk/');
  });

  test.describe('in Arabic', () => {
    test.use({ locale: 'ar', viewport: { width: 320, height: 720 } });

    test('its names in Arabic, right to left, the number kept in order; axe-clean', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(h1(page)).toBeVisible();
      // The logo's text is the council's name as the theme writes it in Arabic.
      await expect(page.getByRole('link', { name: 'مجلس بلدية إكزامبل البحث عن الرعاية والدعم', exact: true })).toBeVisible();
      await expect(footerHelp(page)).toContainText('01632 960 123');
      await expect(footerHelp(page)).toContainText('من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً');
      await expect(footerHelp(page)).toContainText('Example Borough Care Line');
      await expectNoAxeViolations(page);
    });
  });

  test.describe('in Polish', () => {
    test.use({ locale: 'pl' });

    test('the service name and hours the theme gives in Polish; the council name as written', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
      await expect(page.getByRole('link', { name: 'Example Borough Council Znajdź opiekę i wsparcie', exact: true })).toBeVisible();
      await expect(h1(page)).toHaveText('Znajdź opiekę i wsparcie');
      await expect(footerHelp(page)).toContainText('01632 960 123, od poniedziałku do piątku, 9:00–17:00.');
    });
  });
});
