#!/usr/bin/env bash
# Table rotation: convene vs OR-Tools CP-SAT (same model) on Social Golfer instances, one run.
# SEEDS=1-5 LIMIT=1 LONG=60 CPSAT=2:60 bench/plan/tables.sh   (LONG: one 8-4-10 run, seed 1; 0 = skip)
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -p convene
venv="${VENV:-target/bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r bench/plan/requirements.txt
python3 bench/plan/tables.py "${CONVENE:-target/release/convene}" "$venv/bin/python" \
  --seeds "${SEEDS:-1-5}" --limit "${LIMIT:-1}" --long "${LONG:-60}" --cpsat "${CPSAT:-2:60}"
