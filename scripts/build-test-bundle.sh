#!/usr/bin/env bash
# Builds the test-only bundle that can be made to panic on purpose (the `panic-on-purpose`
# feature; see src/panic_on_purpose.rs) and lays it beside a copy of the release site in
# target/panic-test-site/, for tests/e2e/panic.spec.js. Never shipped: dist/ is not touched.
# A debug build: it shares its compiled dependencies with the component tests, and the panic
# path is the same as the release bundle's (wasm32 always aborts on a panic, after the hook).
# Expects scripts/build.sh to have built dist/ first.
set -euo pipefail
cd "$(dirname "$0")/.."
site=target/panic-test-site
if [ ! -f dist/widgets/widgets.js ]; then
  echo "dist/ has no release build: run scripts/build.sh first" >&2
  exit 1
fi
echo "==> Building the test bundle that can panic on purpose (cargo build --features panic-on-purpose)"
cargo build --quiet --lib --target wasm32-unknown-unknown --features panic-on-purpose
rm -rf "$site"
mkdir -p "$site"
cp -R dist/. "$site/"
wasm-bindgen --target web --no-typescript --out-name recovery-widgets --out-dir "$site/widgets" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/debug/recovery_widgets.wasm"
echo "    $site/widgets/recovery-widgets_bg.wasm ($(du -k "$site/widgets/recovery-widgets_bg.wasm" | cut -f1) KB, unoptimised)"
