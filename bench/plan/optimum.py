"""The true optimum of the smallest agenda instances against convene's 1 s search and CP-SAT.

Runs the exact branch and bound (`cargo run --release -p convene-plan --example agenda_exact`),
which also runs convene's search for 1 s with solver seeds 1-5, then CP-SAT (bench/plan/cpsat.py,
the same model) on each instance, one after another; re-scores CP-SAT's placement here with an
independent implementation of the objective, and prints the markdown rows for docs/benchmarks.md.

Usage: optimum.py EXAMPLE_BIN PYTHON_WITH_ORTOOLS --rows "os20:1.0:1:20,os20:1.5:2:0" \
         [--limit 120] [--cpsat 2:60]
A row is NAME:ZIPF:SEED:EXTRA_PERCENT.
"""
import argparse, json, os, subprocess, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("example")
ap.add_argument("python")
ap.add_argument("--rows", required=True)
ap.add_argument("--limit", default="120")
ap.add_argument("--cpsat", default="2:60")
args = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="convene-plan-optimum-")
workers, seconds = args.cpsat.split(":")


def score(inst, placement):
    """missed + overflow, from scratch (feasibility: one session a cell, conveners once a slot)."""
    S, T = inst["sessions"], inst["slots"]
    cells, conv = set(), set()
    for s, at in enumerate(placement):
        if at is None:
            continue
        t, r = at
        assert (t, r) not in cells, "two sessions in one cell"
        cells.add((t, r))
        c = inst["convener"][s]
        assert (c, t) not in conv, "a convener twice in a slot"
        assert t not in inst.get("convener_unavailable_slots", {}).get(str(c), []), "convener away"
        conv.add((c, t))
    total, demand = 0, [0] * S
    for wants in inst["interests"]:
        w = set(wants)
        for s in w:
            demand[s] += 1
        placed = [placement[s][0] for s in w if placement[s] is not None]
        total += len(w) - len(set(placed))
    for s, at in enumerate(placement):
        if at is not None:
            total += max(0, demand[s] - inst["room_capacity"][at[1]])
    return total


rows = []
for spec in args.rows.split(","):
    name, zipf, seed, extra = spec.split(":")
    out = subprocess.run(
        [args.example, name, "--zipf", zipf, "--seeds", f"{seed}-{seed}", "--extra-sessions", extra,
         "--limit", args.limit, "--write", work],
        capture_output=True, text=True, check=True).stdout
    ex = json.loads(out.strip().splitlines()[-1])
    inst_path = os.path.join(work, ex["file"])
    inst = json.load(open(inst_path))
    res = subprocess.run(
        [args.python, os.path.join(here, "cpsat.py"), inst_path, "--workers", workers, "--seconds", seconds],
        capture_output=True, text=True, check=True).stdout
    cp = json.loads(res)
    cp_load = os.getloadavg()[0]
    cp_value = score(inst, cp["placement"]) if cp["placement"] else None
    if cp_value is not None and cp["value"] is not None:
        assert cp_value == round(cp["value"]), (cp_value, cp["value"])
    opt = ex["optimum"]
    conv = ex["search"]
    label = f"{name}{' +' + extra + ' %' if extra != '0' else ''} a={zipf} seed {seed}"
    opt_txt = f"{opt}" + ("" if ex["proven"] else " (best found, not proven)")
    how = f"{'proven' if ex['proven'] else 'stopped'} in {ex['seconds']} s, {ex['nodes'] / 1e6:.1f} M nodes"
    at_opt = sum(v == opt for v in conv)
    if cp_value is None:
        gap = "CP-SAT found none"
    else:
        gap = f"{100 * (cp_value - opt) / cp_value:.1f} %"
    rows.append(
        f"| {label} | {inst['sessions']} / {inst['slots'] * inst['rooms']} | {opt_txt} ({how}) | "
        f"{', '.join(map(str, conv))} ({at_opt} of 5 at the optimum) | "
        f"{cp_value if cp_value is not None else 'none'} ({cp['bound']:.0f}) | {gap} | "
        f"{ex['load']} / {cp_load:.1f} |")
    print(rows[-1], flush=True)
