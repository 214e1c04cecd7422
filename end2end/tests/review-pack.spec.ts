// The sign-off pack (issue 16): `cargo xtask review-pack` writes one self-contained HTML file;
// opened straight from disk, in English and with Arabic beside English (right to left), it
// has no axe violations (WCAG 2.2 AA tags), on screen and as printed.
//
// The packs are generated here, into a temporary folder, unless REVIEW_PACK_DIR names a folder
// that already holds `en-GB.html` and `ar.html` (made with `cargo xtask review-pack --out …`).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect, expectNoAxeViolations } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKS = [
  { lang: 'en-GB', args: [] as string[] },
  { lang: 'ar', args: ['--lang', 'ar'] },
];

let dir = process.env.REVIEW_PACK_DIR ?? '';

test.describe('review pack', () => {
  test.beforeAll(() => {
    if (dir && PACKS.every((p) => existsSync(join(dir, `${p.lang}.html`)))) return;
    // A cold release build of xtask takes minutes on two cores; `cargo xtask build` has
    // usually built it already.
    test.setTimeout(20 * 60_000);
    dir = mkdtempSync(join(tmpdir(), 'review-pack-'));
    for (const p of PACKS) {
      execFileSync('cargo', ['xtask', 'review-pack', '--out', join(dir, `${p.lang}.html`), ...p.args], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
  });

  for (const p of PACKS) {
    test(`${p.lang}: no axe violations on screen or in print`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(pathToFileURL(join(dir, `${p.lang}.html`)).href);
      await expect(page.locator('h1')).toContainText('Sign-off pack');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      if (p.lang === 'ar') {
        const translated = page.locator('.tgt[lang="ar"][dir="rtl"]');
        expect(await translated.count()).toBeGreaterThan(100);
      }
      // Nothing is fetched: the file stands alone.
      expect(await page.locator('script, link, img[src], iframe').count()).toBe(0);
      await expectNoAxeViolations(page);
      await page.emulateMedia({ media: 'print' });
      await expectNoAxeViolations(page);
    });
  }
});
