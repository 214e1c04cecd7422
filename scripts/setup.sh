#!/usr/bin/env bash
# What the build needs beyond Rust itself: the wasm32 target. Idempotent.
# (The wasm-bindgen glue generator is a library inside xtask, pinned in Cargo.lock, so there
# is no CLI to install and no version to keep in step by hand.)
set -euo pipefail
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
