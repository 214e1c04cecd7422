import { defineConfig } from '@playwright/test';

// Browser tests run against Debian's Chromium (/usr/bin/chromium); Playwright's own
// browser download is unavailable here, so never run `npx playwright install`.
// E2E_PORT lets a second run (e.g. a clean-clone CI check) use its own server.
const port = process.env.E2E_PORT ?? '3100';
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests',
  // Two browsers at once on the 2-core machine: the suite waits on the network and on the app's
  // start more than it computes. Measured on a clean clone's build (141 tests): 12.5 min with one
  // worker, 7.8 min with two, all passing; the test command must stay near 20 minutes. A spec
  // that needs a port or a server of its own (content-change.spec's second server) keeps it to
  // itself: a file's tests run in one worker, in order.
  workers: 2,
  retries: 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [
    ['list'],
    // Read by scripts/summary.mjs to print the plain `N passed, N failed` line.
    ['json', { outputFile: 'test-results/results.json' }],
  ],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // No sandbox (we run as root); no GPU/QUIC/background traffic (offline box).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Start the real server (release build unless E2E_PROFILE=debug: scripts/test.sh uses the
  // build its Rust tests already made, which serves the same pages) so tests hit what ships. Its archive of earlier
  // questionnaires is a test fixture (an invented earlier version: see the file), so
  // handover.spec.ts can type a code made "before the questions changed" without the
  // council's content/archive holding a version that never existed.
  webServer: {
    command:
      process.env.E2E_SERVER_CMD ??
      `cd .. && RATE_LIMIT_PER_MINUTE=0 ARCHIVE_DIR=end2end/fixtures/archive target/${process.env.E2E_PROFILE ?? 'release'}/server --port ${port}`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
