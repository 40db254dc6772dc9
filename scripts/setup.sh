#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test Longjiang Reader, and nothing
# it already has: safe to run again (takes a few seconds when everything is there).
#   - checks Node's major version (scripts/versions.env: that one or newer; Node itself is a
#     prerequisite)
#   - the wasm32 Rust target (rustup)
#   - every crate Cargo.lock names, for every target (cargo fetch): the host tests and the wasm
#     build then never find a package missing
#   - trunk (cargo install, pinned in scripts/versions.env)
#   - wasm-bindgen-cli matching Cargo.lock (also gives wasm-bindgen-test-runner)
#   - chromium, chromium-driver, fonts-noto-cjk, and the other engines' journeys: firefox-esr,
#     webkit2gtk-driver (WebKitWebDriver + the WebKitGTK MiniBrowser), xvfb (apt), with the
#     ko_KR.UTF-8 locale generated (WebKit reports navigator.language "C" without it); and
#     unicode-data (Unihan, read by scripts/gen-hanja-chars.py, which tests/hanja.rs runs)
#   - node packages: binaryen (wasm-opt), playwright-core, puppeteer-core (Firefox over WebDriver
#     BiDi), selenium-webdriver (WebKit), axe-core, pym.js (npm ci)
#   - twiggy (cargo install), only with WANT_TWIGGY=1: `make size` needs it, `make test` does not
#   - anki, Anki's own Python library (pip, pinned in scripts/versions.env), in the venv
#     tests/anki/.venv: the e2e test imports the exported Anki deck with it
#     (tests/anki/check_import.py); ANKI_PYTHON is that venv's python
# Source it (`. scripts/setup.sh`) to also get node_modules/.bin and ~/.cargo/bin on PATH, and
# ANKI_PYTHON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=versions.env
. "$ROOT/scripts/versions.env"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

# Node is a prerequisite (like rustup): check its major version against versions.env's minimum.
node_major="$(node --version 2>/dev/null | sed -E 's/^v([0-9]+)\..*/\1/')"
if ! [ "${node_major:-0}" -ge "$NODE_MIN_MAJOR" ] 2>/dev/null; then
  echo "setup: Node $NODE_MIN_MAJOR or newer is required (found: $(node --version 2>/dev/null || echo none));" \
    "install it (e.g. from nodejs.org or nvm) and run again" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx "$RUST_TARGET"; then
  say "adding Rust target $RUST_TARGET"
  rustup target add "$RUST_TARGET"
fi

# Every package the lock file names, for every target: `cargo test` on the host downloads only
# what the host build needs, so tools that read the whole graph offline (cargo metadata
# --offline) failed on a fresh machine. Fast when everything is there.
(cd "$ROOT" && cargo fetch --locked --quiet)

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes once)"
  # --force: reinstall even if cargo's records say it is there but the binary is gone.
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")"
if [ -z "$WBG_VERSION" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WBG_VERSION"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if [ "${WANT_TWIGGY:-}" = 1 ] \
  && [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
  say "installing twiggy $TWIGGY_VERSION (the size ledger's profiler; takes a few minutes once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked --force
fi

missing=()
for p in $APT_PACKAGES; do
  # `dpkg -s` succeeds for removed packages that left config files; ask for the real status.
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} (apt)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
# WebKit takes navigator.language from the process locale: without a generated ko_KR.UTF-8 it
# is "C", and the app would not start in Korean there.
if ! locale -a 2>/dev/null | grep -qix "${E2E_LOCALE%.UTF-8}.utf8"; then
  say "generating the $E2E_LOCALE locale"
  $SUDO sed -i -E "s/^# *($E2E_LOCALE UTF-8)/\1/" /etc/locale.gen
  grep -qx "$E2E_LOCALE UTF-8" /etc/locale.gen || echo "$E2E_LOCALE UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
  $SUDO locale-gen >/dev/null
fi

# Anki's library, in its own venv (python3-venv comes with the apt packages above).
ANKI_VENV="$ROOT/tests/anki/.venv"
anki_version() {
  "$ANKI_VENV/bin/python" -c 'import anki, importlib.metadata as m; print(m.version("anki"))' \
    2>/dev/null || true
}
if [ "$(anki_version)" != "$ANKI_VERSION" ]; then
  say "installing anki $ANKI_VERSION (Python venv in tests/anki/.venv, for the Anki import check)"
  # A venv whose python no longer runs (moved, or its Python removed) is made again.
  if ! "$ANKI_VENV/bin/python" -c '' 2>/dev/null; then
    python3 -m venv --clear "$ANKI_VENV" || {
      echo "setup: cannot create the venv $ANKI_VENV (python3 -m venv failed; is python3-venv installed?)" >&2
      exit 1
    }
  fi
  "$ANKI_VENV/bin/python" -m pip install --quiet --disable-pip-version-check "anki==$ANKI_VERSION" || {
    echo "setup: cannot install anki $ANKI_VERSION into $ANKI_VENV (pip failed; see above)" >&2
    exit 1
  }
  if [ "$(anki_version)" != "$ANKI_VERSION" ]; then
    echo "setup: anki $ANKI_VERSION is still not importable from $ANKI_VENV/bin/python" >&2
    exit 1
  fi
fi
export ANKI_PYTHON="$ANKI_VENV/bin/python"

if [ ! -f "$ROOT/node_modules/.package-lock.json" ] \
  || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  say "installing node packages (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi

for tool in trunk wasm-bindgen wasm-bindgen-test-runner wasm-opt chromium chromedriver \
  firefox-esr WebKitWebDriver xvfb-run; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is still missing" >&2; exit 1; }
done
