#!/usr/bin/env bash
# Runs every check and test, installing what is missing first:
# formatting, lints (native and wasm32, and bench/floor's), rustdoc, native unit tests,
# component tests in headless Chromium, the release build, its size against the ceiling, the
# release package and its tests, a test-only bundle that can panic on purpose, end-to-end tests
# in Chromium, and the cross-engine suite in WebKitGTK and Firefox ESR.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
export PATH="$PWD/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

step "Formatting (cargo fmt --check)"
cargo fmt --all --check
cargo fmt --check --manifest-path bench/floor/Cargo.toml

step "Lints, native (cargo clippy -D warnings)"
cargo clippy --workspace --all-targets --all-features --quiet -- -D warnings

step "Lints, wasm32 (cargo clippy -D warnings)"
cargo clippy --workspace --all-targets --all-features --quiet --target wasm32-unknown-unknown -- -D warnings

step "Lints, the size floor (bench/floor, its own workspace)"
CARGO_TARGET_DIR=target/size-floor/cargo cargo clippy --locked --all-features --quiet \
  --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml -- -D warnings

step "Docs (rustdoc -D warnings)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

step "Native unit tests, golden files and the bounded fuzz pass (cargo test)"
# Each property in crates/core/tests/fuzz.rs runs this many generated cases, from a fixed
# seed so that a run is repeatable (set PROPTEST_RNG_SEED to explore other inputs).
PROPTEST_CASES="${PROPTEST_CASES:-1000}" PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261124}" \
  cargo test --workspace

step "The care team's files and the FHIR definitions, checked by an independent validator (FHIR.js)"
# Every resource of each golden Bundle the native tests just compared with what core makes
# (crates/core/tests/fhir/), and the Questionnaire and CodeSystem the project publishes (fhir/).
node tests/fhir/validate.cjs fhir/*.json crates/core/tests/fhir/*.json

step "Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web

step "Release build"
scripts/build.sh

step "Bundle size (scripts/size.mjs --check)"
node scripts/size.mjs --check

step "Release package (scripts/release.sh --no-build: the npm tarball and the zip)"
scripts/release.sh --no-build

step "The release: installed offline with npm, tsc, the manifest's schema, in Chromium (tests/release/)"
npx --no-install playwright test -c playwright.release.config.js --reporter=list

step "Test bundle that can panic on purpose (never shipped; for tests/e2e/panic.spec.js)"
scripts/build-test-bundle.sh

step "End-to-end tests in Chromium (Playwright)"
report="$(mktemp)"
status=0
PLAYWRIGHT_JSON_OUTPUT_NAME="$report" npx --no-install playwright test --reporter=list,json || status=$?
node -e '
  const { stats } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`end-to-end: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed`);
' "$report"
rm -f "$report"

step "The same promises in WebKitGTK (Safari's engine) and Firefox ESR (tests/engines/, WebDriver)"
# One engine after the other, each with its own driver; a failure in either fails the command.
engines_status=0
node --test --test-concurrency=1 --test-reporter=spec tests/engines/webkit.test.mjs tests/engines/firefox.test.mjs || engines_status=$?

[ "$status" = 0 ] || exit "$status"
exit "$engines_status"
