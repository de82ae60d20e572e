#!/usr/bin/env bash
# Installs what the build needs, and with --for-tests what the tests need too. Each tool is
# pinned, installed from a package registry (crates.io, npm, Debian), and skipped when the
# pinned version is already there. A fresh machine takes about 20 minutes (trunk and
# wasm-bindgen-cli build from source); after that this takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1 # drives Firefox ESR for tests/engines/
WASM_BINDGEN_VERSION=0.2.130 # must equal the `wasm-bindgen` pin in Cargo.toml

for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

say() { printf '==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  echo "Rust (cargo and rustup) is needed: https://rustup.rs explains how to install it." >&2
  exit 1
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: installed"
else
  say "Installing the wasm32-unknown-unknown target (rustup)"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installed"
else
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 7 minutes on 2 cores)"
  # Not --locked: its lock file names a webpki-roots release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: installed"
else
  say "Installing trunk $TRUNK_VERSION from crates.io (about 12 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! command -v npm >/dev/null; then
  say "Installing Node.js and npm (Debian)"
  apt_install nodejs npm
fi

if [ -x node_modules/.bin/wasm-opt ] && npm ls --depth=0 >/dev/null 2>&1; then
  say "npm packages (binaryen's wasm-opt, Playwright, selenium-webdriver, axe-core, Ajv, zxing-wasm, ical.js, FHIR.js, SurveyJS): installed"
else
  say "Installing npm packages: binaryen (wasm-opt 132), Playwright, selenium-webdriver, axe-core, Ajv, zxing-wasm, ical.js, FHIR.js (the npm package fhir 4.12.0: validates the care team's file), SurveyJS (benchmark only)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if $for_tests; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "Chromium and ChromeDriver: installed"
  else
    say "Installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi
  # Every built-in language's script (Arabic, Gurmukhi, Chinese) drawn in tests and
  # screenshots, from the system's fonts as on a person's device: nothing is downloaded.
  if dpkg -s fonts-noto-core fonts-noto-cjk >/dev/null 2>&1; then
    say "Noto fonts for every built-in language's script: installed"
  else
    say "Installing Debian's fonts-noto-core and fonts-noto-cjk (Arabic, Gurmukhi, Chinese)"
    apt_install fonts-noto-core fonts-noto-cjk
  fi

  # The other engines (tests/engines/): WebKitGTK, Safari's engine, with its WebDriver and a
  # virtual screen to draw on; Firefox ESR. About a minute from Debian's mirror.
  missing=()
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ ${#missing[@]} = 0 ]; then
    say "WebKitGTK's WebKitWebDriver, Xvfb and Firefox ESR: installed"
  else
    say "Installing Debian's ${missing[*]}"
    apt_install "${missing[@]}"
  fi

  if [ "$(geckodriver --version 2>/dev/null | head -n 1)" = "geckodriver $GECKODRIVER_VERSION" ]; then
    say "geckodriver $GECKODRIVER_VERSION: installed"
  else
    say "Installing geckodriver $GECKODRIVER_VERSION from crates.io (about 4 minutes on 2 cores)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
fi

say "Fetching crates (so the build itself runs offline)"
cargo fetch --quiet
