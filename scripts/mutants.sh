#!/usr/bin/env bash
# Mutation testing of the domain crate (crates/core) with cargo-mutants: it changes the code
# one small way at a time (a `>` made `>=`, a function made to return a default value) and
# checks that some test then fails. A change no test notices ("missed") is a promise the
# tests do not hold the code to. See docs/testing.md for the last figures.
#
# Not part of scripts/test.sh: every mutant is a build and a test run, and the whole crate
# takes hours on 2 cores. Run it over the files you changed:
#
#   scripts/mutants.sh                                        # all of crates/core
#   scripts/mutants.sh -f crates/core/src/merge.rs            # one file
#   scripts/mutants.sh -f 'crates/core/src/format/*.rs' -f crates/core/src/merge.rs
#
# Any other cargo-mutants option passes through too (--list, --shard 1/4, ...). JOBS (2) and
# TIMEOUT (seconds for one mutant's tests, 90) set the rest. Results are written to
# mutants.out/: missed.txt, caught.txt, unviable.txt and timeout.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

# 27.1.0 needs Rust 1.88 or later; built and checked with Rust 1.95.
version=27.1.0
if ! cargo mutants --version 2>/dev/null | grep -qx "cargo-mutants $version"; then
  echo "Installing cargo-mutants $version from crates.io (a few minutes, once)."
  cargo install --locked cargo-mutants --version "$version"
fi

# Each mutant is built in its own copy of the tree, with that copy's own target folder. One
# shared CARGO_TARGET_DIR would make the copies wait on each other's lock and undo each
# other's builds.
unset CARGO_TARGET_DIR
# The fuzz pass runs at proptest's usual 256 cases a property, from the test command's seed,
# so every mutant meets the same inputs.
export PROPTEST_CASES="${PROPTEST_CASES:-256}"
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261124}"

# --gitignore=true: the copies leave out what git ignores (node_modules, dist, .tools).
# --lib --tests: unit and integration tests; the doc examples are left out (each one is a
# separate compile, and they show usage rather than check it).
exec nice -n 10 cargo mutants --package recovery-core --gitignore=true \
  --jobs "${JOBS:-2}" --timeout "${TIMEOUT:-90}" \
  --cargo-test-arg=--lib --cargo-test-arg=--tests "$@"
