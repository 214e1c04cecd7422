import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// WCAG 2.2 AA, as required for the app.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the current page and fails with a readable list of violations
 * (rule id, help text, target selectors). `context` narrows the scan to a selector.
 */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (context) builder = builder.include(context);
  const { violations } = await builder.analyze();
  const report = violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    - ${n.target.join(' ')}`).join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets}`;
    })
    .join('\n');
  // Compare rule ids only, so the failure shows the readable report rather than axe's raw JSON.
  expect(violations.map((v) => v.id), `axe found ${violations.length} violation(s) on ${page.url()}:\n${report}`).toEqual([]);
}

type Options = {
  /** Console/page error messages matching any of these are tolerated. Empty by default. */
  allowConsole: RegExp[];
};

type Fixtures = {
  /** Auto fixture: fails the test at teardown if the page logged console errors or threw. */
  pageErrors: string[];
};

/**
 * The server renders every page first; the app then hydrates it once its words and questions
 * have arrived (app/src/browser.rs), and marks `<html data-app="ready">`. Before that the page
 * works as it does without JavaScript (forms post to the server), so a test that clicked a
 * choice just before hydration would find the app not knowing it. With JavaScript on, every
 * full page load waits for hydration (or, when the app cannot start, e.g. offline, a few seconds).
 */
async function appStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 5000 }).catch(() => {});
}

/**
 * Makes `goto` and `reload` of a page with JavaScript on wait for the app to start (hydration); and
 * first for the app's copy of the journey to reach the server (`POST /session`, sent as each
 * answer is given), as a person's next page load would come after it.
 */
export function waitForApp(page: Page): Page {
  const settled = () => page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    await settled();
    const response = await goto(url, options);
    await appStarted(page);
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    await settled();
    const response = await reload(options);
    await appStarted(page);
    return response;
  };
  return page;
}

export const test = base.extend<Options & Fixtures>({
  page: async ({ page, javaScriptEnabled }, use) => {
    await use(javaScriptEnabled === false ? page : waitForApp(page));
  },
  allowConsole: [[], { option: true }],
  pageErrors: [
    async ({ page, allowConsole }, use) => {
      const errors: string[] = [];
      const allowed = (text: string) => allowConsole.some((re) => re.test(text));
      page.on('console', (msg) => {
        const loc = msg.location();
        // A page the server answers with its status (404 "Page not found", 422 "Error: …")
        // is logged by Chromium as a failed load of the page itself: that is the page working.
        const ownStatus = /status of 4\d\d/.test(msg.text()) && loc.url === page.url();
        if (msg.type() === 'error' && !allowed(msg.text()) && !ownStatus) {
          errors.push(`console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
        }
      });
      page.on('pageerror', (err) => {
        if (!allowed(err.message)) errors.push(`pageerror: ${err.message}`);
      });
      await use(errors);
      expect(errors.length, `page reported ${errors.length} error(s):\n${errors.join('\n')}`).toBe(0);
    },
    { auto: true },
  ],
});

export { expect };
