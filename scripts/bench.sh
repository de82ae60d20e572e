#!/usr/bin/env bash
# The benchmark (issue #7): builds the release bundle (unless --no-build), builds the SurveyJS
# comparison page into bench/out/surveyjs/, then runs bench/run.mjs, which serves both on
# loopback with gzip and measures them in headless Chromium. See docs/benchmark.md.
#
#   scripts/bench.sh [--no-build] [--runs 5] [--keystrokes 20] [--no-profile]
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
echo "==> Building the SurveyJS comparison page"
node bench/surveyjs/build.mjs
echo "==> Running the benchmark (this takes a few minutes)"
node bench/run.mjs "$@"
