#!/usr/bin/env bash
# Quick start command 1: set up what is missing, then serve the app at http://127.0.0.1:8080
# with live rebuild (trunk serve). Extra arguments go to trunk (e.g. --release).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve "$@"
