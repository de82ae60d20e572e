#!/usr/bin/env bash
# The size floor (issue #7): builds bench/floor twice, as the release bundle is built (same
# profile, same rustflags, wasm-bindgen, then binaryen's wasm-opt -Oz), and prints how much
# our domain weighs with no view layer, and with Leptos drawing one small form, beside the
# bundle in dist/ if there is one. A measurement, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
# The wasm32 target, wasm-bindgen-cli and binaryen: installed only if missing, as for a build.
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" # binaryen's wasm-opt 132, not Debian's
out=target/size-floor
mkdir -p "$out"

# Gzipped at level 9 by zlib, as scripts/size.mjs measures the bundle.
gz() {
  node -e 'const z = require("node:zlib"), fs = require("node:fs");
    process.stdout.write(String(z.gzipSync(fs.readFileSync(process.argv[1]), { level: 9 }).length))' "$1"
}
kib() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

build() { # name, cargo feature flags...
  local name=$1
  shift
  echo "==> Building the floor: $name"
  # From the repository's root, so its .cargo/config.toml (the bundle's rustflags) applies.
  CARGO_TARGET_DIR=target/size-floor/cargo cargo build --quiet --locked --release \
    --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml "$@"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$name" --out-name floor \
    target/size-floor/cargo/wasm32-unknown-unknown/release/size_floor.wasm
  wasm-opt -Oz "$out/$name/floor_bg.wasm" -o "$out/$name/floor_bg.wasm"
}

build domain
build leptos --features leptos

loader=$(gz src/widgets.js)
row() { # label, wasm, glue
  local w g
  w=$(gz "$2")
  g=$(gz "$3")
  printf '%-44s %9s %9s %19s\n' "$1" "$(kib "$w")" "$(kib "$g")" "$(kib $((w + g + loader)))"
}
echo
echo "Gzipped (level 9, as scripts/size.mjs measures), in KB of 1,024 bytes:"
printf '%-44s %9s %9s %19s\n' "" "wasm" "glue" "+ widgets.js, total"
row "the domain alone, no view layer" "$out/domain/floor_bg.wasm" "$out/domain/floor.js"
row "the domain + Leptos drawing one small form" "$out/leptos/floor_bg.wasm" "$out/leptos/floor.js"
if [[ -f dist/widgets/recovery-widgets_bg.wasm ]]; then
  row "the bundle in dist/ (all three widgets)" dist/widgets/recovery-widgets_bg.wasm \
    dist/widgets/recovery-widgets.js
fi
echo "(the loader, widgets.js, is $(kib "$loader"); the budget in issue #7 is 140 KB in all)"
