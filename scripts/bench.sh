#!/usr/bin/env bash
# The benchmark (issue #7): builds the release bundle (unless --no-build), builds the SurveyJS
# comparison page into bench/out/surveyjs/, then runs bench/run.mjs, which serves both on
# loopback from precompressed files (brotli) and measures them in headless Chromium, and with
# Lighthouse. See docs/benchmark.md.
#
#   scripts/bench.sh [--no-build] [--runs 5] [--keystrokes 20] [--no-profile] [--no-lighthouse]
#
# A benchmark, not a test: it prints PASS or MISS for each budget and exits 0 either way
# (non-zero only if it could not run).
set -euo pipefail
cd "$(dirname "$0")/.."
# Chromium, Playwright and SurveyJS: installed only if missing, as for the tests.
scripts/setup.sh --for-tests

if [[ " $* " != *" --no-build "* ]]; then
  scripts/build.sh
fi
if [[ ! -f dist/index.html || ! -d dist/widgets ]]; then
  echo "dist/ has no build: run scripts/build.sh, or drop --no-build" >&2
  exit 1
fi
# Lighthouse for the mobile-profile figures: pinned, kept under target/ so that the test
# command's npm install never carries it.
LIGHTHOUSE_VERSION=12.8.2
if [[ " $* " != *" --no-lighthouse "* ]] && \
   [[ "$(node -p "require('./target/lighthouse/node_modules/lighthouse/package.json').version" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]]; then
  echo "==> Installing Lighthouse $LIGHTHOUSE_VERSION from npm into target/lighthouse (benchmark only)"
  npm install --no-save --no-audit --no-fund --prefix target/lighthouse "lighthouse@$LIGHTHOUSE_VERSION"
fi
echo "==> Building the SurveyJS comparison page"
node bench/surveyjs/build.mjs
echo "==> Running the benchmark (this takes a few minutes)"
node bench/run.mjs "$@"
