#!/usr/bin/env bash
# World Café table plans: convene (hosts fixed, 10 % late, five organizations) against the
# repeat lower bound, and against OR-Tools CP-SAT with the same model on the small rows.
# LIMIT=2 CPSAT_SECONDS=60 CPSAT_ROWS="24:4:3 24:6:4 48:5:4" bench/cafe/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-target}"
cargo build --release -p convene-plan --example cafe
"$target/release/examples/cafe" --limit "${LIMIT:-2}"
echo
echo "load average after the convene rows: $(cut -d' ' -f1-3 /proc/loadavg)"
venv="${VENV:-target/bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r bench/plan/requirements.txt
echo
echo "| people | table | rounds | CP-SAT repeats | CP-SAT bound | status | seconds | load (1 min) |"
echo "|---:|---:|---:|---:|---:|---|---:|---:|"
for row in ${CPSAT_ROWS:-24:4:3 24:6:4 48:5:4}; do
  IFS=: read -r n k r <<<"$row"
  out=$("$venv/bin/python" bench/cafe/cpsat.py "$n" "$k" "$r" --workers 2 --seconds "${CPSAT_SECONDS:-60}")
  load=$(cut -d' ' -f1 /proc/loadavg)
  "$venv/bin/python" -c 'import json,sys; o=json.loads(sys.argv[1]); r=o.get("repeats", "-"); print("| %s | %s | %s | %s | %.0f | %s | %s | %s |" % (sys.argv[2], sys.argv[3], sys.argv[4], r, o["bound"], o["status"], o["seconds"], sys.argv[5]))' "$out" "$n" "$k" "$r" "$load"
done
