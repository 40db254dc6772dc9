#!/usr/bin/env bash
# The size ledger (`make size`; README "Size ledger"): a release build, the size gate's numbers,
# and what the shipped wasm is made of, by twiggy, written into README.md between the
# size:start/size:end markers. A report, not a test: it installs twiggy (once), which `make test`
# never needs.
#
# The shipped wasm has no names (wasm-opt drops them), so twiggy could only say "code[812]". This
# runs wasm-opt again on Trunk's wasm-bindgen output with the same flags plus -g (keep names),
# after checking that the same flags without -g give exactly the shipped file: the ledger is the
# shipped wasm, with names.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WANT_TWIGGY=1 . "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release
TARGET="$(cargo metadata --format-version=1 --no-deps --offline | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
BINDGEN="$TARGET/wasm-bindgen/release/longjiang-reader_bg.wasm"
SHIPPED="$(ls dist/*_bg.wasm)"
OUT="$TARGET/size-ledger"
mkdir -p "$OUT"
# The -O level Trunk uses (index.html data-wasm-opt).
LEVEL="$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)"
wasm-opt "-O$LEVEL" "$BINDGEN" -o "$OUT/check.wasm"
if ! cmp -s "$OUT/check.wasm" "$SHIPPED"; then
  echo "size: $BINDGEN optimised with -O$LEVEL is not $SHIPPED (another build in between?): run again" >&2
  exit 1
fi
wasm-opt "-O$LEVEL" -g "$BINDGEN" -o "$OUT/named.wasm"
node scripts/size-gate.mjs dist || true
node scripts/size-ledger.mjs "$OUT/named.wasm" "$SHIPPED" --write README.md
