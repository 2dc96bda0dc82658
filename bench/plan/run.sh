#!/usr/bin/env bash
# Planning benchmark: convene vs OR-Tools CP-SAT on the same reference instances, one run.
# CPSAT="2:60,8:300" SEEDS=1,2 ZIPF=0.5,1.0,1.5 bench/plan/run.sh   (defaults: 2:60, seed 1, a=1.0)
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -p convene
venv="${VENV:-target/bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r bench/plan/requirements.txt
python3 bench/plan/compare.py target/release/convene "$venv/bin/python" \
  --cpsat "${CPSAT:-2:60}" --seeds "${SEEDS:-1}" --zipf "${ZIPF:-1.0}"
