#!/usr/bin/env bash
# Planning benchmark: convene vs OR-Tools CP-SAT vs PyCon UK's conference-scheduler (ILP, PuLP + CBC)
# on the same reference instances, one run.
# CPSAT="2:60,8:300" CONFSCHED=60 SEEDS=1,2 ZIPF=0.5,1.0,1.5 ONLY=os20,os60 bench/plan/run.sh
#   (defaults: CP-SAT 2:60, conference-scheduler 60 s of CBC (0 = leave it out), seed 1, a=1.0, all instances)
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -p convene
venv="${VENV:-target/bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r bench/plan/requirements.txt
python3 bench/plan/compare.py target/release/convene "$venv/bin/python" \
  --cpsat "${CPSAT:-2:60}" --confsched "${CONFSCHED:-60}" --seeds "${SEEDS:-1}" --zipf "${ZIPF:-1.0}" \
  --only "${ONLY:-}"
