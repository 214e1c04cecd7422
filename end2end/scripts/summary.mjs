// Prints one plain line, `N passed, N failed[, N skipped]`, from Playwright's JSON report
// (Playwright's own closing line is not one the CI reader understands).
// Exit 0 only when nothing failed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../test-results/results.json', import.meta.url));
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`summary: cannot read ${file}: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const s = report.stats ?? {};
const passed = (s.expected ?? 0) + (s.flaky ?? 0);
// Global errors (e.g. the web server did not start) run no tests but must still fail.
const failed = (s.unexpected ?? 0) + (report.errors?.length ?? 0);
const skipped = s.skipped ?? 0;

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
