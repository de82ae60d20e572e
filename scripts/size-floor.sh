#!/usr/bin/env bash
# The size floor (issue #7): builds bench/floor twice, as the release bundle is built (same
# profile, same rustflags, wasm-bindgen, then binaryen's wasm-opt -Oz twice), and prints how much
# our domain weighs with no view layer, and with Leptos drawing one small form, beside the
# bundle in dist/ if there is one. A measurement, not a test.
#
#   scripts/size-floor.sh [--nightly]
#
# --nightly also builds the Leptos floor on the installed nightly toolchain (with rust-src)
# with every size flag it has: std rebuilt, panics aborting at once (so no panic note), no
# panic locations, no Debug formatting. Not how the bundle is built; it shows the least the
# stack could weigh.
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

nightly=false
[[ " $* " == *" --nightly "* ]] && nightly=true

# As trunk finishes the bundle: wasm-bindgen, then wasm-opt -Oz twice, into $out/<name>/.
finish() { # name, cargo target dir
  wasm-bindgen --target web --no-typescript --out-dir "$out/$1" --out-name floor \
    "$2/wasm32-unknown-unknown/release/size_floor.wasm"
  wasm-opt -Oz -Oz "$out/$1/floor_bg.wasm" -o "$out/$1/floor_bg.wasm"
}

build() { # name, cargo feature flags...
  local name=$1
  shift
  echo "==> Building the floor: $name"
  # From the repository's root, so its .cargo/config.toml (the bundle's rustflags) applies.
  CARGO_TARGET_DIR=target/size-floor/cargo cargo build --quiet --locked --release \
    --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml "$@"
  finish "$name" target/size-floor/cargo
}

build domain
build leptos --features leptos
if $nightly; then
  if ! rustup run nightly rustc --print sysroot >/dev/null 2>&1; then
    echo "No nightly toolchain: rustup toolchain install nightly --component rust-src" >&2
    exit 1
  fi
  echo "==> Building the floor: leptos, on nightly with every size flag"
  CARGO_TARGET_DIR=target/size-floor/nightly RUSTFLAGS="--cfg erase_components \
    -C link-arg=-zstack-size=262144 -Zunstable-options -Cpanic=immediate-abort \
    -Zlocation-detail=none -Zfmt-debug=none" \
    cargo +nightly build --quiet --locked --release --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort --manifest-path bench/floor/Cargo.toml --features leptos
  finish nightly target/size-floor/nightly
fi

loader=$(gz src/host/widgets.js)
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
if $nightly; then
  row "  the same on nightly, every size flag" "$out/nightly/floor_bg.wasm" "$out/nightly/floor.js"
fi
if [[ -f dist/widgets/recovery-widgets_bg.wasm ]]; then
  row "the bundle in dist/ (all three widgets)" dist/widgets/recovery-widgets_bg.wasm \
    dist/widgets/recovery-widgets.js
fi
echo "(the loader, widgets.js, is $(kib "$loader"); the budget in issue #7 is 140 KB in all)"
