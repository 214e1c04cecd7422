// Issue 16, safety-critical messages: until every message listed in
// content/safety-critical.toml is recorded as reviewed in locales/<lang>/review.toml, that
// language's start page says, in the language and in English, that the translation has not
// been checked by a native speaker yet, with 999, NHS 111 (mental health option) and Samaritans
// 116 123 as tap-to-call links. English pages never show it.
//
// The last test is the real path a reviewer takes: a copy of the words, Polish exported to
// XLIFF, every unit marked final, imported with --reviewed-by native-speaker; the bundle built
// from that copy (`cargo xtask build --locales …`) and served on a second port shows no notice
// in Polish, and still shows it in Arabic.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { LANGUAGE_KEY, normalise } from './i18n-helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LINES = [
  { id: 'unchecked-999', number: '999', href: 'tel:999' },
  { id: 'unchecked-111', number: '111', href: 'tel:111' },
  { id: 'unchecked-samaritans', number: '116 123', href: 'tel:116123' },
];

/** A notice message from locales/<tag>/app.ftl, with its number filled in. */
function word(tag: string, id: string, number = ''): string {
  const line = readFileSync(join(ROOT, 'locales', tag, 'app.ftl'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`locales/${tag}/app.ftl has no ${id}`);
  const value = line.slice(id.length + 3);
  // A reference to another message (`start-title = { app-title }`) reads as that message.
  const ref = value.match(/^\{ ([a-z][a-z0-9-]*) \}$/);
  if (ref) return word(tag, ref[1], number);
  return normalise(value.replace('{ $number }', number));
}

async function openStart(page: Page, tag: string, base = ''): Promise<void> {
  await page.addInitScript(([key, t]) => localStorage.setItem(key, t), [LANGUAGE_KEY, tag]);
  await page.goto(`${base}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await expect(page.locator('main h1')).not.toBeEmpty();
}

/** The words of one part of the notice (the language's or the English), and its links. */
async function expectPart(part: ReturnType<Page['locator']>, tag: string): Promise<void> {
  await expect(part.locator(':scope > p.body').last()).toHaveText(word(tag, 'unchecked-body'));
  const items = part.locator(':scope > ul > li');
  await expect(items).toHaveCount(3);
  for (const [n, line] of LINES.entries()) {
    await expect(items.nth(n)).toHaveText(word(tag, line.id, line.number));
    const link = items.nth(n).getByRole('link', { name: line.number, exact: true });
    await expect(link).toHaveAttribute('href', line.href);
    await expect(link).toHaveAttribute('dir', 'ltr');
  }
}

test.describe('the "translation not yet checked" notice', () => {
  for (const tag of ['pl', 'ar']) {
    test(`${tag}: the start page says so in ${tag} and in English, with the crisis numbers; axe-clean`, async ({ page }) => {
      await openStart(page, tag);
      const notice = page.getByRole('region', { name: word(tag, 'unchecked-title') });
      await expect(notice).toBeVisible();
      // Near the top: before the heading, and it does not take focus.
      expect(
        await page.evaluate(() => {
          const n = document.querySelector('.unchecked-notice');
          const h1 = document.querySelector('main h1');
          return !!n && !!h1 && !!(n.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
      ).toBe(true);
      expect(await page.evaluate(() => !!document.activeElement?.closest('.unchecked-notice'))).toBe(false);
      await expect(notice.locator('[role=alert], [aria-live]')).toHaveCount(0);

      await expectPart(notice.locator('.notification-banner__content'), tag);
      const english = notice.locator('.unchecked-notice__english');
      await expect(english).toHaveAttribute('lang', 'en-GB');
      await expect(english).toHaveAttribute('dir', 'ltr');
      await expect(english.locator('strong')).toHaveText(word('en-GB', 'unchecked-title'));
      await expectPart(english, 'en-GB');

      await expectNoAxeViolations(page);
      // For a reviewer's eye (and the right-to-left layout).
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(ROOT, 'end2end/test-results/screenshots', `unchecked-notice-${tag}.png`), fullPage: true });
    });
  }

  test('en-GB: no notice', async ({ page }) => {
    await openStart(page, 'en-GB');
    await expect(page.locator('main h1')).toHaveText(word('en-GB', 'start-title'));
    await expect(page.locator('.unchecked-notice')).toHaveCount(0);
    await expect(page.getByText(word('en-GB', 'unchecked-title'))).toHaveCount(0);
  });

  test.describe('once every safety-critical message is recorded as reviewed', () => {
    const dir = join(ROOT, 'target', 'e2e-unchecked-notice');
    const locales = join(dir, 'locales');
    const port = Number(process.env.E2E_PORT ?? '3100') + 1;
    const base = `http://127.0.0.1:${port}`;
    let server: ChildProcess | undefined;

    test.beforeAll(async () => {
      // A bundle build (the wasm itself is cached from `cargo xtask build`) and brotli at
      // quality 11 on a shared 2-core machine.
      test.setTimeout(20 * 60_000);
      rmSync(dir, { recursive: true, force: true });
      cpSync(join(ROOT, 'locales'), locales, { recursive: true });
      const xtask = (...args: string[]) =>
        execFileSync('cargo', ['xtask', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      // The reviewer's round trip: export, mark every unit final, import as a native speaker.
      const xlf = join(dir, 'pl.xlf');
      xtask('translations', 'export', 'pl', '--locales', locales, '--out', xlf);
      writeFileSync(xlf, readFileSync(xlf, 'utf8').replaceAll('state="translated"', 'state="final"'));
      xtask('translations', 'import', 'pl', xlf, '--reviewed-by', 'native-speaker', '--locales', locales);
      expect(xtask('translations', 'gate', 'pl', 'ar', '--locales', locales)).toMatch(/^pl: all reviewed/m);
      // Its own out-folder name: the build's staging folder is named after it (not dist/'s).
      xtask('build', '--locales', locales, '--out', join(dir, 'dist-reviewed'));
      server = spawn(join(ROOT, `target/${process.env.E2E_PROFILE ?? 'release'}/server`), ['--port', String(port), '--dist', join(dir, 'dist-reviewed')], {
        cwd: ROOT,
        env: { ...process.env, RATE_LIMIT_PER_MINUTE: '0' },
        stdio: 'ignore',
      });
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(`${base}/healthz`)).ok) break;
        } catch {
          // not listening yet
        }
        if (i > 100) throw new Error(`the second server did not start on ${port}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    });

    test.afterAll(() => {
      server?.kill();
    });

    test('pl: no notice; ar, not reviewed, still has it', async ({ page }) => {
      await openStart(page, 'pl', base);
      await expect(page.locator('main h1')).toHaveText(word('pl', 'start-title'));
      await expect(page.locator('.unchecked-notice')).toHaveCount(0);

      // The language switcher brings the other language's own answer.
      await page.locator('nav.language-switcher button[lang="ar"]').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.getByRole('region', { name: word('ar', 'unchecked-title') })).toBeVisible();
    });
  });
});
