#!/usr/bin/env bash
# Makes the release a web team can use without Rust: release/recovery-widgets-<version>.tgz
# (an npm package) and release/recovery-widgets-<version>.zip (the same files), from a fresh
# release build. The version is Cargo.toml's; CHANGELOG.md must have a section for it.
#
#   scripts/release.sh             build the bundle (scripts/build.sh), then package it
#   scripts/release.sh --no-build  package the bundle already in dist/widgets/ (the test
#                                  command, right after its own release build)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  scripts/setup.sh
  scripts/build.sh
fi
echo "==> Packaging the release (scripts/release.mjs)"
node scripts/release.mjs
