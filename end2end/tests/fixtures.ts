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

export const test = base.extend<Options & Fixtures>({
  allowConsole: [[], { option: true }],
  pageErrors: [
    async ({ page, allowConsole }, use) => {
      const errors: string[] = [];
      const allowed = (text: string) => allowConsole.some((re) => re.test(text));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !allowed(msg.text())) {
          const loc = msg.location();
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
