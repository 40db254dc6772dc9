#!/usr/bin/env bash
# Runs the host tests (`cargo test`) as a machine that never built this project would: with
# CARGO_HOME in a new, empty folder (no registry, no downloaded crates, no cargo-installed tools;
# the Rust toolchain stays where rustup put it) and a new target folder. Proves that the host
# tests need nothing that an earlier run left behind (`make test-cold`; not part of `make test`:
# it downloads and compiles every host dependency again, a few minutes).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/longjiang-cold.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
# rustup's cargo proxy finds the toolchain through RUSTUP_HOME (default ~/.rustup), which stays.
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
# The toolchain rustup has active here, named for everything cargo starts: a crate unpacked into the
# new cache may carry a rust-toolchain file, which rustup's rustc proxy would otherwise obey.
export RUSTUP_TOOLCHAIN="${RUSTUP_TOOLCHAIN:-$(rustup show active-toolchain | cut -d' ' -f1)}"
CARGO="$(rustup which cargo)"
export RUSTC="$(rustup which rustc)"
export CARGO_HOME="$TMP/cargo-home" CARGO_TARGET_DIR="$TMP/target"
mkdir -p "$CARGO_HOME"
echo "[cold] CARGO_HOME=$CARGO_HOME (empty), CARGO_TARGET_DIR=$CARGO_TARGET_DIR"
cd "$ROOT"
# From here on a failure is counted and reported, not a reason to stop.
set +e
"$CARGO" test --locked --no-fail-fast 2>&1 | tee "$TMP/host.log" | grep -E '^(test result|error|failures|---- )'
code=${PIPESTATUS[0]}
. "$ROOT/scripts/cargo-counts.sh"
read -r p f < <(cargo_counts "$TMP/host.log")
if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
echo "host tests from an empty cargo cache: $p passed, $f failed"
exit "$code"
