#!/usr/bin/env bash
# Builds the release bundle and the demo pages into dist/, with a .br and a .gz beside each
# file, then prints the size of every file a host serves. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # binaryen's wasm-opt 132, not Debian's
export TRUNK_SKIP_VERSION_CHECK=true
echo "==> Building the release bundle (trunk build --release --offline)"
trunk build --release --offline
echo "==> Precompressing dist/ as a host's server would (brotli -q 11 and gzip -9 beside each file)"
node scripts/compress.mjs dist
node scripts/size.mjs "$@"
