#!/usr/bin/env bash
# Quick start command 2: set up what is missing, then run every test layer and print a lint line
# "lint: N ok, N failed" and the last line "N passed, N failed", which counts tests only (lint
# checks are not tests). Exits non-zero if anything failed.
#   1. lint: cargo fmt --check, cargo clippy (host, all targets, warnings are errors; the build
#      step's renderer with feature ssr; and the wasm target, all targets, so tests/web.rs too)
#   2. host: cargo test (core, dataset checks, charts to SVG, i18n completeness)
#   3. browser: wasm-bindgen-test in headless Chromium (tests/web.rs)
#   4. end-to-end: the size gate on the release wasm (scripts/size-gate.mjs, one test), then
#      Playwright in Chromium against release builds of dist/ (at / and under a sub-path), then
#      the core journeys in Firefox ESR and WebKitGTK (tests/engines/, under xvfb-run)
# Layers can be picked: scripts/test.sh host browser
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
. "$ROOT/scripts/cargo-counts.sh"
# setup.sh runs with `set -e`; the layers below must run on after a failure and count it.
set +e
cd "$ROOT"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
LOG="$ROOT/target/test-logs"
mkdir -p "$LOG"

LAYERS=("$@")
[ "${#LAYERS[@]}" -gt 0 ] || LAYERS=(lint host browser e2e)

PASSED=0
FAILED=0
LINT_OK=0
LINT_FAILED=0
STATUS=0
say() { printf '\n\033[1;34m[test]\033[0m %s\n' "$*"; }

# Adds the counts from cargo's "test result:" lines in $1; a run that printed none failed.
count_cargo() {
  local file=$1 code=$2 p f
  read -r p f < <(cargo_counts "$file")
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  [ "$code" -eq 0 ] || STATUS=1
  echo "  → $p passed, $f failed"
}

# Adds the counts from node's test runner summary ("# pass N" / "# fail N").
count_node() {
  local file=$1 code=$2 p f
  p=$(grep -aE '^# pass ' "$file" | awk '{s+=$3} END {print s+0}')
  f=$(grep -aE '^# fail ' "$file" | awk '{s+=$3} END {print s+0}')
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  [ "$code" -eq 0 ] || STATUS=1
  echo "  → $p passed, $f failed"
}

# A lint check: counted apart from the tests.
lint() {
  local name=$1; shift
  if "$@" >"$LOG/$name.log" 2>&1; then
    LINT_OK=$((LINT_OK + 1)); echo "  ✓ $name"
  else
    LINT_FAILED=$((LINT_FAILED + 1)); STATUS=1; echo "  ✗ $name (see target/test-logs/$name.log)"; tail -30 "$LOG/$name.log"
  fi
}

# One command counted as one test (the size gate).
one_test() {
  local name=$1; shift
  if "$@" >"$LOG/$name.log" 2>&1; then
    PASSED=$((PASSED + 1)); echo "  ✓ $name"
  else
    FAILED=$((FAILED + 1)); STATUS=1; echo "  ✗ $name (see target/test-logs/$name.log)"; tail -30 "$LOG/$name.log"
  fi
}

build_release() {
  # $1: public URL, $2: dist folder
  trunk build --release --public-url "$1" --dist "$2" >"$LOG/build-$(basename "$2").log" 2>&1
}

for layer in "${LAYERS[@]}"; do
  case "$layer" in
    lint)
      say "lint"
      lint fmt cargo fmt --check
      lint clippy cargo clippy --all-targets -- -D warnings
      # The build step's renderer (feature ssr: app/built.rs, examples/prerender.rs).
      lint clippy-ssr cargo clippy --example prerender --no-default-features --features ssr -- -D warnings
      # The browser build and its tests (tests/web.rs), for the wasm target.
      lint clippy-wasm cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
      ;;
    host)
      say "host tests (cargo test)"
      cargo test --no-fail-fast 2>&1 | tee "$LOG/host.log" | grep -E '^(test result|error|failures|---- )' ; code=${PIPESTATUS[0]}
      count_cargo "$LOG/host.log" "$code"
      ;;
    browser)
      say "browser tests (wasm-bindgen-test in headless Chromium)"
      cargo test --no-fail-fast --target wasm32-unknown-unknown --test web 2>&1 | tee "$LOG/browser.log" | grep -E '^(test |test result|error|failures)'; code=${PIPESTATUS[0]}
      count_cargo "$LOG/browser.log" "$code"
      ;;
    e2e)
      say "release builds (dist/ at /, dist-subpath/ at /news/longjiang/)"
      if build_release / dist && build_release /news/longjiang/ dist-subpath; then
        say "size gate (release wasm, brotli, against bench/size-budget.json)"
        one_test size-gate node scripts/size-gate.mjs dist
        grep '^size gate:' "$LOG/size-gate.log" | sed 's/^/    /'
        say "end-to-end tests (Playwright, system Chromium)"
        node --test --test-concurrency=1 tests/e2e/*.test.mjs 2>&1 | tee "$LOG/e2e.log" | grep -aE '^(not ok|ok|# (pass|fail))' ; code=${PIPESTATUS[0]}
        count_node "$LOG/e2e.log" "$code"
        say "core journeys in Chromium, Firefox ESR and WebKitGTK (tests/engines/)"
        ENGINES=chromium,firefox,webkit LANG="$E2E_LOCALE" xvfb-run -a node --test --test-concurrency=1 tests/engines/journeys.test.mjs 2>&1 \
          | tee "$LOG/engines.log" | grep -aE '^(not ok|ok|# (pass|fail))|^    (not )?ok' ; code=${PIPESTATUS[0]}
        count_node "$LOG/engines.log" "$code"
      else
        echo "  ✗ release build failed (see target/test-logs/build-*.log)"; tail -30 "$LOG"/build-*.log
        FAILED=$((FAILED + 1)); STATUS=1
      fi
      ;;
    *)
      echo "unknown layer: $layer (lint, host, browser, e2e)" >&2; exit 2 ;;
  esac
done

echo
if [ $((LINT_OK + LINT_FAILED)) -gt 0 ]; then echo "lint: $LINT_OK ok, $LINT_FAILED failed"; fi
echo "$PASSED passed, $FAILED failed"
exit $STATUS
