#!/usr/bin/env bash
# Runs every test: Rust unit, integration and property tests, then the browser tests
# (Playwright + axe against the real server and release bundle). Installs what it needs.
# Ends with one line: `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
status=0

scripts/setup.sh || exit 1
scripts/install-browser.sh || exit 1

echo "== Rust tests"
# The app's own tests run here too, built with `ssr` (the server renders its pages).
cargo test --workspace 2>&1 | tee "$log" || status=1
rust_passed=$(grep -oE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
rust_failed=$(grep -oE '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')

echo "== Build (release bundle + server)"
# The server the Rust tests built (debug) serves the browser tests: a release build of the
# server and its page rendering would add minutes and test nothing more.
if cargo xtask build && cargo build -p server; then
  echo "== Browser tests"
  (cd end2end && CI=1 E2E_PROFILE=debug npx playwright test) 2>&1 | tee "$log" || status=1
  read -r e2e_passed e2e_failed < <(cd end2end && node scripts/summary.mjs | tail -1 | awk '{print $1, $3}')
else
  status=1
  e2e_passed=0
  e2e_failed=1
fi

passed=$((rust_passed + ${e2e_passed:-0}))
failed=$((rust_failed + ${e2e_failed:-0}))
if [[ $failed -gt 0 ]]; then status=1; fi
echo
echo "rust: $rust_passed passed, $rust_failed failed; browser: ${e2e_passed:-0} passed, ${e2e_failed:-0} failed"
echo "$passed passed, $failed failed"
exit $status
