#!/usr/bin/env bash
# Planning benchmark: convene vs OR-Tools CP-SAT vs PyCon UK's conference-scheduler (ILP, PuLP + CBC)
# on the same generated instances, one run; peers' answers are cached in target/plan-bench-cache.
# CPSAT="2:60,8:300" CONFSCHED=60 CONFSCHED_SEEDS=1 SEEDS=1,2,3,4 ZIPF=0.5,1.0,1.5 \
#   EXTRA=0,10,20,30 EXTRA_SEEDS=1 EXTRA_ZIPF=1.0 ONLY=os20,os60 bench/plan/run.sh
#   (defaults: CP-SAT 2:60, conference-scheduler 60 s of CBC on seed 1 (0 = leave it out), seeds
#   1-4 (1 is the reference seed), every Zipf exponent, 10-30 % extra sessions on seed 1 at a=1.0)
# PEERS_ONLY=1 runs only the peers (to fill the cache) and writes nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -p convene
venv="${VENV:-target/bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r bench/plan/requirements.txt
python3 bench/plan/compare.py "${CONVENE:-target/release/convene}" "$venv/bin/python" \
  --cpsat "${CPSAT:-2:60}" --confsched "${CONFSCHED:-60}" --confsched-seeds "${CONFSCHED_SEEDS:-1}" \
  --seeds "${SEEDS:-1,2,3,4}" --zipf "${ZIPF:-0.5,1.0,1.5}" \
  --extra "${EXTRA:-0,10,20,30}" --extra-seeds "${EXTRA_SEEDS:-1}" --extra-zipf "${EXTRA_ZIPF:-1.0}" \
  --only "${ONLY:-}" ${PEERS_ONLY:+--peers-only}
