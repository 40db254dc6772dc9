#!/usr/bin/env bash
# Performance benchmark: release build, then bench/bench.mjs (see README "Performance").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release
node bench/bench.mjs
