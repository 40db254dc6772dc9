# Task runner. The README's quick start uses `make serve` and `make test`; each sets up
# whatever the machine lacks first (scripts/setup.sh), so both work on a fresh machine.
# The recipes source scripts/setup.sh, which needs bash (`set -o pipefail`).
SHELL := /bin/bash
.PHONY: serve test test-cold setup build bench size screenshots fuzz

serve:            ## set up, then serve the app at http://127.0.0.1:8080 (trunk serve)
	@scripts/serve.sh

test:             ## set up, then run every test layer; prints "N passed, N failed"
	@scripts/test.sh

test-cold:        ## host tests from an empty cargo cache (new CARGO_HOME and target): what a fresh machine meets
	@scripts/host-tests-cold.sh

setup:            ## only install what is missing
	@scripts/setup.sh

build:            ## release build into dist/ (PUBLIC_URL=/path/ for a sub-path)
	@. scripts/setup.sh && trunk build --release --public-url "$${PUBLIC_URL:-/}"

bench:            ## performance benchmark against the budgets (not a test)
	@scripts/bench.sh

size:             ## release build, size gate numbers and the README's size ledger (installs twiggy once)
	@scripts/size.sh

fuzz:             ## run each fuzz target (fuzz/) for FUZZ_SECONDS (default 60); installs cargo-fuzz once
	@scripts/fuzz.sh

screenshots:      ## release build + screenshots into screenshots/ (desktop, phone, dark, framed)
	@. scripts/setup.sh && trunk build --release && node --test tests/e2e/screenshots.test.mjs
