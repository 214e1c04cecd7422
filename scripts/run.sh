#!/usr/bin/env bash
# Builds the front end and the server, then serves the app on http://127.0.0.1:3000
# (override with HOST/PORT or --host/--port). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo xtask build
cargo build --release -p server
exec target/release/server "$@"
