#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium + chromedriver + Noto fonts
# (Gurmukhi/Urdu render as boxes without fonts-noto-core), then end2end/node_modules.
# Idempotent: each step is skipped when already done. Run as root.
set -euo pipefail

cd "$(dirname "$0")/.."

pkgs=(chromium chromium-driver fonts-noto-core)
if dpkg -s "${pkgs[@]}" >/dev/null 2>&1; then
  echo "browser: ${pkgs[*]} already installed"
else
  echo "browser: installing ${pkgs[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi

# Playwright must use /usr/bin/chromium; its own browser download fails offline.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd end2end
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "end2end: npm ci"
  npm ci --no-audit --no-fund
else
  echo "end2end: node_modules up to date"
fi
echo "browser: ready ($(/usr/bin/chromium --version 2>/dev/null || echo 'chromium version unknown'))"
