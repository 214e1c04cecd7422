// Issue 13: every page type, loaded directly (a first visit, a reload, a link opened on another
// device), is hydrated where it stands: the app adopts the server's markup instead of building
// its own, so nothing on screen is replaced, duplicated or moved, and the console stays silent.
// The later pages (urgent, check, results, hand-over, resume) live in wasm chunks of their own;
// the app fetches the page's chunk before it hydrates (app/src/browser.rs, app/src/chunks.rs).
import { test, expect } from './fixtures';
import { h1, main } from './helpers';
import { ONE_ROUTE } from './journeys';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 } });

/** Someone in danger now: the urgent page interrupts the questions. */
const IN_DANGER = { perspective: 'self', name: '', answers: { 'age-band': 'age-65-to-74', 'danger-now': 'yes' } };

type PageType = {
  name: string;
  path: string;
  journey?: object;
  /** What the app takes away on purpose once it runs (an enhancement, not a rebuild). */
  enhanced?: string[];
  /** What the browser itself logs for this page. */
  browserSays?: RegExp;
  /** The page offers "Listen" (read aloud), which needs the app. */
  listen?: boolean;
};

const PAGES: PageType[] = [
  { name: 'start', path: '/' },
  // Without the app the name field is always shown; with it, only once "someone else" is chosen.
  { name: 'who', path: '/who', enhanced: ['div.radios__conditional form-group'] },
  { name: 'question', path: '/questions/age-band', journey: { perspective: 'self', name: '', answers: {} }, listen: true },
  { name: 'urgent', path: '/urgent/urgent-safety?from=danger-now', journey: IN_DANGER },
  { name: 'check', path: '/check', journey: ONE_ROUTE },
  { name: 'results', path: '/results', journey: ONE_ROUTE, listen: true },
  { name: 'hand-over', path: '/handover', journey: ONE_ROUTE },
  { name: 'resume', path: '/resume' },
  // The browser logs the document's own 404 status.
  { name: 'not found', path: '/no-such-page', browserSays: /^error: Failed to load resource: the server responded with a status of 404/ },
];

/**
 * Before any of the page arrives: records every element removed from the page after the server's
 * markup is parsed, and every console message of any kind.
 */
async function watch(page: Page): Promise<{ console: string[] }> {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { __removed: string[] }).__removed = removed;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          for (const node of Array.from(r.removedNodes)) {
            if (node instanceof Element && node.tagName !== 'SCRIPT') {
              removed.push(`${node.tagName.toLowerCase()}${node.id ? '#' + node.id : ''}.${node.className}`);
            }
          }
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  return { console: messages };
}

for (const p of PAGES) {
  test(`${p.name}: loaded directly, the server's page is hydrated in place, with no console message`, async ({ page }) => {
    const seen = await watch(page);
    if (p.journey) {
      const res = await page.request.post('/session', { data: p.journey, headers: { 'Content-Type': 'application/json' } });
      expect(res.status(), 'the journey is accepted').toBe(204);
    }
    const serverPath = new URL(p.path, 'http://x').pathname;
    await page.goto(p.path);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    expect(new URL(page.url()).pathname, 'the page stays where it was loaded').toBe(serverPath);
    // The server's page was adopted, not rebuilt: one page, nothing of it removed.
    await expect(main(page)).toHaveCount(1);
    await expect(h1(page)).toHaveCount(1);
    const removed = await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed);
    expect(removed, 'elements the app removed from the server page').toEqual(p.enhanced ?? []);
    // What needs the app appears once it runs (reading aloud, on the pages that offer it).
    if (p.listen) await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
    const messages = seen.console.filter((m) => !p.browserSays?.test(m));
    expect(messages, 'console messages while loading and hydrating').toEqual([]);
  });
}
