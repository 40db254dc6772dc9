#!/usr/bin/env bash
# `make fuzz`: runs each cargo-fuzz target in fuzz/ (url_state: the URL-state parser; search:
# the glossary search) for a bounded time, FUZZ_SECONDS each (default 60, not counting the
# build), installing cargo-fuzz first if it is missing. The inputs found so far stay in
# fuzz/corpus/<target>/ and make the next run start from them; a crash stops that target, leaves
# its input in fuzz/artifacts/<target>/ (libFuzzer prints the command that replays it), and the
# script exits non-zero after the other targets ran. Not a test layer: `make test` runs the property
# tests over the same functions instead.
#   FUZZ_SECONDS=600 scripts/fuzz.sh            every target, ten minutes each
#   scripts/fuzz.sh search                      only the named targets
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
say() { printf '\033[1;34m[fuzz]\033[0m %s\n' "$*"; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz (takes a minute or two once)"
  cargo install cargo-fuzz --locked
fi

# cargo-fuzz builds with sanitizer flags (-Z…) that only a nightly rustc takes; this lets the one
# stable toolchain take them.
export RUSTC_BOOTSTRAP=1
cd "$ROOT/fuzz"
TARGETS=("$@")
[ "${#TARGETS[@]}" -gt 0 ] || mapfile -t TARGETS < <(cargo fuzz list)

failed=()
for t in "${TARGETS[@]}"; do
  say "$t: ${SECONDS_EACH} s"
  cargo fuzz run "$t" -- -max_total_time="$SECONDS_EACH" || failed+=("$t")
done
if [ "${#failed[@]}" -gt 0 ]; then
  say "failed: ${failed[*]} (a crash leaves its input in fuzz/artifacts/<target>/; a build error is above)"
  exit 1
fi
say "${TARGETS[*]}: ${SECONDS_EACH} s each, no crash"
