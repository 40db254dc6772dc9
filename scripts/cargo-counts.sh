# Sourced by scripts/test.sh and scripts/host-tests-cold.sh: `cargo_counts FILE` prints the
# passed and failed counts summed over the "test result:" lines of a cargo test log.
cargo_counts() {
  grep -aE '^test result:' "$1" \
    | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' \
    | awk '{p+=$1; f+=$2} END {print p+0, f+0}'
}
