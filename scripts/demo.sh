#!/usr/bin/env bash
# Installs what is missing, builds the release bundle and serves the demo service site.
#   PORT=8080 (default) scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo "==> Open the address below in a browser (Ctrl+C stops the server)"
exec node scripts/serve.mjs --root dist --port "${PORT:-8080}" --precompressed
