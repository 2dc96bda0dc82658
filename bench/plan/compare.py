"""Runs convene's agenda engine, OR-Tools CP-SAT and PyCon UK's conference-scheduler (ILP) on the
same reference instances in one run, re-scores every placement with convene's independent checker, and writes the table to
docs/benchmarks.md (the planning section).

Usage: compare.py CONVENE_BIN PYTHON_WITH_REQUIREMENTS [--cpsat 2:60,8:300] [--confsched 60]
                  [--seeds 1] [--zipf 1.0] [--only os20,os60]
--confsched 0 leaves conference-scheduler out; --only restricts the instances (default: all).
"""
import argparse, json, os, platform, subprocess, sys, tempfile, time

TARGETS = {"os20": ("0.1s", None), "os60": ("1s", 1650), "os120": ("5s", 4995), "os300": ("10s", 19300)}

ap = argparse.ArgumentParser()
ap.add_argument("convene")
ap.add_argument("python")
ap.add_argument("--cpsat", default="2:60")
ap.add_argument("--confsched", type=int, default=60, help="CBC seconds for conference-scheduler; 0 = skip")
ap.add_argument("--only", default="", help="comma-separated instance names, e.g. os20,os60 (default: all)")
ap.add_argument("--seeds", default="1")
ap.add_argument("--zipf", default="1.0")
ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "docs", "benchmarks.md"))
ap.add_argument("--rows", help="re-render the table from the JSON rows a previous run printed (one per line), running nothing")
ap.add_argument("--load", help="with --rows: the load average that run printed at its end")
args = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="convene-plan-bench-")
env = dict(os.environ, RAYON_NUM_THREADS="1", OMP_NUM_THREADS="1")


def run(cmd, out=None):
    start = time.time()
    res = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if res.returncode not in (0,):
        sys.exit(f"failed: {' '.join(cmd)}\n{res.stderr}")
    if out:
        open(out, "w").write(res.stdout)
    return res.stdout, time.time() - start


def check(inst, sol):
    out = subprocess.run([args.convene, "plan", "score", inst, sol], capture_output=True, text=True)
    d = json.loads(out.stdout)
    return d["missed_overflow"] if d["feasible"] else None


def overflow_of(inst, sol):
    out = subprocess.run([args.convene, "plan", "score", inst, sol], capture_output=True, text=True)
    return json.loads(out.stdout)["score"]["overflow"]


def overflow_lower_bound(path):
    """No agenda overflows less than the most wanted sessions matched to the largest seats."""
    inst = json.load(open(path))
    demand = [0] * inst["sessions"]
    for w in inst["interests"]:
        for s in set(w):
            demand[s] += 1
    locked = {tuple(c) for c in inst.get("locked_cells", [])}
    seats = sorted((inst["room_capacity"][r] for t in range(inst["slots"]) for r in range(inst["rooms"]) if (t, r) not in locked), reverse=True)
    return sum(max(0, d - c) for d, c in zip(sorted(demand, reverse=True), seats))


only = [n for n in args.only.split(",") if n]
unknown = [n for n in only if n not in TARGETS]
if unknown:
    sys.exit(f"unknown instance(s) {unknown}; known: {list(TARGETS)}")
cs = args.confsched
rows = []
if args.rows:
    rows = [json.loads(l) for l in open(args.rows) if l.startswith("{")]
names = [] if args.rows else [n for n in TARGETS if not only or n in only]
for name in names:
    for seed in [int(s) for s in args.seeds.split(",")]:
        for zipf in args.zipf.split(","):
            inst = os.path.join(work, f"{name}-a{zipf}-s{seed}.json")
            run([args.convene, "plan", "generate", name, "--seed", str(seed), "--zipf", zipf], inst)
            limit, target = TARGETS[name]
            sol = inst + ".convene.json"
            _, secs = run([args.convene, "plan", "agenda", inst, "--time-limit", limit, "--seed", "1"], sol)
            ours = check(inst, sol)
            row = {"instance": f"{name} a={zipf} seed {seed}", "convene": ours, "limit": limit, "target": target, "cpsat": {},
                   "overflow": overflow_of(inst, sol), "overflow_lb": overflow_lower_bound(inst)}
            for cfg in args.cpsat.split(","):
                workers, seconds = cfg.split(":")
                cp = inst + f".cpsat{workers}x{seconds}.json"
                out, _ = run([args.python, os.path.join(here, "cpsat.py"), inst, "--workers", workers, "--seconds", seconds], cp)
                d = json.loads(out)
                row["cpsat"][cfg] = (check(inst, cp) if d["placement"] else None, d["bound"])
            if cs > 0:
                cs_sol = inst + f".confsched{cs}.json"
                out, secs = run([args.python, os.path.join(here, "confsched.py"), inst, "--seconds", str(cs)], cs_sol)
                d = json.loads(out)
                row["confsched"] = {"score": check(inst, cs_sol) if d["placement"] else None, "placed": d["placement"] is not None,
                                    "status": d["status"], "seconds": round(secs, 1)}
            rows.append(row)
            print(json.dumps(row), flush=True)

cfgs = args.cpsat.split(",")
lines = [
    "## Planning engine: agenda suggestion (missed + overflow, lower is better)",
    "",
    f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, load average "
    f"{args.load or f'{os.getloadavg()[0]:.2f}'} at the end; instances from `convene plan generate` (seeded), every placement "
    "re-scored by convene's checker (`convene plan score`). convene runs single-threaded with the time limit shown; "
    "CP-SAT (OR-Tools 9.15) with N workers for S seconds (the solvers run one after another, never together; 8 workers "
    "share the 2 cores, so the load average at the end is CP-SAT's own)"
    + (f"; PyCon UK's conference-scheduler 3.0.1 (an ILP through PuLP 3.3, solved by CBC on one thread with a {cs} s "
       "time limit, building the model not counted)" if cs > 0 else "")
    + f". Command: `CPSAT={args.cpsat} SEEDS={args.seeds} ZIPF={args.zipf} CONFSCHED={cs} bench/plan/run.sh`"
    + (" (this table re-rendered from that run's printed rows with `compare.py --rows`)." if args.rows else "."),
    "",
    "| instance | convene (limit) | its overflow / lower bound | target | met | " + " | ".join(f"CP-SAT {c.replace(':', ' workers, ')} s (bound)" for c in cfgs)
    + (f" | conference-scheduler (ILP, {cs} s)" if cs > 0 else "") + " | convene vs best CP-SAT |"
    + (" ≥ 5 % below CP-SAT 8 workers, 300 s |" if "8:300" in cfgs else ""),
    "|---|---|---|---|---|" + "---|" * len(cfgs) + ("---|" if cs > 0 else "") + "---|" + ("---|" if "8:300" in cfgs else ""),
]
for r in rows:
    cps = [r["cpsat"][c][0] for c in cfgs if r["cpsat"][c][0] is not None]
    best = min(cps) if cps else None
    gain = f"{100 * (best - r['convene']) / best:.1f}% lower" if best else "CP-SAT found none"
    # The issue's targets were set on a=1.0, seed 1; os20's target is the optimum, known where a
    # CP-SAT run proved its value (bound == value).
    reference = " a=1.0 " in r["instance"] + " "
    proven = [v for v, b in r["cpsat"].values() if v is not None and b is not None and round(b) == v]
    if not reference:
        target, met = "-", "-"
    elif r["target"] is None:
        target = f"optimum {proven[0]}" if proven else "the optimum"
        met = ("met" if r["convene"] <= proven[0] else "not met") if proven else "unknown (no proof)"
    else:
        target, met = r["target"], "met" if r["convene"] <= r["target"] else "not met"
    cells = [f"{r['cpsat'][c][0]} ({r['cpsat'][c][1]:.0f})" for c in cfgs]
    if cs > 0:
        c = r["confsched"]
        cells.append(str(c["score"]) if c["score"] is not None else "infeasible per checker" if c["placed"] else f"no solution in {cs} s")
    vs8 = ""
    if "8:300" in cfgs:
        cp8 = r["cpsat"]["8:300"][0]
        if cp8 is None:
            vs8 = " CP-SAT found none |"
        else:
            g = 100 * (cp8 - r["convene"]) / cp8
            b8 = r["cpsat"]["8:300"][1]
            if b8 is not None and round(b8) == cp8 and r["convene"] == cp8:
                vs8 = " n/a: both at the optimum CP-SAT proved |"
            else:
                vs8 = f" {'met' if g >= 5 else 'not met'} ({g:.1f} %) |"
    lines.append(f"| {r['instance']} | {r['convene']} ({r['limit']}) | {r['overflow']} / {r['overflow_lb']} | {target} | {met} | " + " | ".join(cells) + f" | {gain} |" + vs8)
lines += [
    "",
    "The targets (issue 5) were set for a=1.0, seed 1, on another generator run of the same specification; rows",
    "with other Zipf exponents have none. os20's target is the optimum, known where CP-SAT proved it (bound equal",
    "to its value). Compare convene and CP-SAT within one row, where both solved the same instance. The overflow lower bound matches the most wanted",
    "sessions to the largest seats, ignoring slots; where convene's overflow equals it, what remains is missed sessions.",
] + ([
    "",
    "conference-scheduler (PyCon UK's scheduler, `bench/plan/confsched.py`) minimizes overflow only: it has no",
    "co-interest objective, so it leaves missed sessions to chance. Each (slot, room) cell is one of its slots",
    "(capacity = the room's), each session an event (demand = the participants who want it) unavailable in its",
    "convener's away slots and concurrently with the convener's other sessions. Its objective is the library's",
    "`efficiency_capacity_demand_difference` clipped at zero, which is exactly the overflow (shipped unclipped, it",
    "scores every schedule that fills all cells alike, so it would only ask for a feasible one). CBC, one thread,",
    f"{cs} s; \"no solution in {cs} s\" means CBC found no feasible schedule within the limit.",
] if cs > 0 else []) + [
    "",
]
path = os.path.abspath(args.out)
old = open(path).read() if os.path.exists(path) else "# Benchmarks\n\n"
# Replace this section where it is (it ends at the next heading or marker), or append it.
start = old.find(lines[0])
if start >= 0:
    ends = [i for i in (old.find("\n## ", start + 1), old.find("\n<!--", start + 1)) if i >= 0]
    end = min(ends) + 1 if ends else len(old)
    new = old[:start] + "\n".join(lines) + "\n" + old[end:]
else:
    new = old.rstrip() + "\n\n" + "\n".join(lines)
open(path, "w").write(new)
print("wrote", path)
