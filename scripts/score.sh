#!/usr/bin/env bash
# Scores the development set: builds the release CLI, runs it over ../shared/gold, prints score.py's table.
# Extra arguments go to score.py (for example --min dates=0.95).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
tmp=$(mktemp -d)
python3 "$shared/tools/gold_to_input.py" "$shared"/gold/*.gold.json > "$tmp/in.jsonl"
cargo run --quiet --release -- extract --jsonl "$tmp/in.jsonl" > "$tmp/out.jsonl"
python3 "$shared/tools/score.py" "$shared"/gold/*.gold.json --pred "$tmp/out.jsonl" "$@"
