#!/usr/bin/env bash
# Builds the release bundle and the demo pages into dist/, then prints the size of every file
# a host serves. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # binaryen's wasm-opt 132, not Debian's
export TRUNK_SKIP_VERSION_CHECK=true
echo "==> Building the release bundle (trunk build --release --offline)"
trunk build --release --offline
node scripts/size.mjs "$@"
