#!/usr/bin/env bash
# Performance benchmark: release build, then the side-by-side measurements against the hand-written
# Chart.js peer page (../shared/bench/measure.mjs for desktop, measure-phone.mjs for a phone on a
# mobile network; same run), then bench/bench.mjs, which prints one table with all and checks the
# budgets (see README "Performance"). A report, not a test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
SHARED="$ROOT/../shared/bench"
if [ ! -f "$SHARED/measure.mjs" ] || [ ! -f "$SHARED/measure-phone.mjs" ] || [ ! -f "$SHARED/peer-chartjs/index.html" ]; then
  echo "bench: $SHARED/measure.mjs, measure-phone.mjs and peer-chartjs/ are needed (the peer page and the measurements)" >&2
  exit 1
fi
trunk build --release
# measure.mjs imports playwright-core: run a copy from inside the project so it resolves.
cp "$SHARED/measure.mjs" bench/.measure.mjs
(cd bench && node .measure.mjs --runs "${RUNS:-7}" --throttle 4 --min app=3 \
  "app=$ROOT/dist@/#panel=charts" "peer=$SHARED/peer-chartjs")
# The phone profile, side by side in one run (../shared/bench/measure-phone.mjs): first paint and the
# first tap on a term that opens its card (the built card before the wasm, or the app's).
cp "$SHARED/measure-phone.mjs" bench/.measure-phone.mjs
mkdir -p bench/out
(cd bench && node .measure-phone.mjs --runs "${PHONE_RUNS:-7}" --json out/phone.json \
  "app=$ROOT/dist@/|button.mark.term|.popcard:popover-open, #card.placed" \
  "peer=$SHARED/peer-chartjs@/|.t|#card")
# Lighthouse's mobile defaults, side by side (installed on first use, outside package.json: only
# the benchmark needs it).
LH="$ROOT/bench/.lighthouse"
if [ ! -f "$LH/node_modules/lighthouse/package.json" ] || \
   [ "$(node -p "require('$LH/node_modules/lighthouse/package.json').version")" != "$LIGHTHOUSE_VERSION" ]; then
  echo "bench: installing lighthouse@$LIGHTHOUSE_VERSION into bench/.lighthouse (once)"
  npm install --prefix "$LH" --no-save --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
LIGHTHOUSE="$LH/node_modules/lighthouse" node bench/lighthouse.mjs dist "$SHARED/peer-chartjs"
node bench/bench.mjs
