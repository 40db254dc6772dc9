#!/usr/bin/env bash
# Performance benchmark: release build, then the side-by-side measurement against the hand-written
# Chart.js peer page (../shared/bench/measure.mjs, same run), then bench/bench.mjs, which prints
# one table with both and checks the budgets (see README "Performance"). A report, not a test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
SHARED="$ROOT/../shared/bench"
if [ ! -f "$SHARED/measure.mjs" ] || [ ! -f "$SHARED/peer-chartjs/index.html" ]; then
  echo "bench: $SHARED/measure.mjs and $SHARED/peer-chartjs/ are needed (the peer page and the measurement)" >&2
  exit 1
fi
trunk build --release
# measure.mjs imports playwright-core: run a copy from inside the project so it resolves.
cp "$SHARED/measure.mjs" bench/.measure.mjs
(cd bench && node .measure.mjs --runs "${RUNS:-7}" --throttle 4 --min app=3 \
  "app=$ROOT/dist@/#panel=charts" "peer=$SHARED/peer-chartjs")
node bench/bench.mjs
