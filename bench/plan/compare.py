"""Runs convene's agenda engine, OR-Tools CP-SAT and PyCon UK's conference-scheduler (ILP) on the
same generated instances in one run, re-scores every placement with convene's independent checker,
and writes the table to docs/benchmarks.md (the agenda section, replaced in place).

Usage: compare.py CONVENE_BIN PYTHON_WITH_REQUIREMENTS [--cpsat 2:60,8:300] [--confsched 60]
                  [--confsched-seeds 1] [--seeds 1,2,3,4] [--zipf 0.5,1.0,1.5]
                  [--extra 0,10,20,30 --extra-seeds 1 --extra-zipf 1.0] [--only os20,os60]
                  [--cache DIR] [--peers-only]
Rows: every size x seed x Zipf exponent, and every size x extra-sessions percentage x extra seed
x extra Zipf exponent (extra = how many percent more sessions than cells). convene runs 1 s on every row (the issue-17 margin over CP-SAT 2 workers x 60 s), and on
the reference rows (seed 1, a=1.0, no extra sessions) also with the size's target limit.
--cache keeps the peers' answers (keyed by the instance's hash and the solver's settings, with
the load average measured as each finished), so convene can be re-run against the same peers
without running them again; --peers-only fills the cache and writes nothing.
--confsched 0 leaves conference-scheduler out (it must place every session, so it is run only
on rows without extra sessions).
"""
import argparse, hashlib, json, os, platform, subprocess, sys, tempfile, time

# Target limit and value per size, set for a=1.0, seed 1 (issue 5): os20's target is the optimum.
TARGETS = {"os20": ("0.1s", None), "os60": ("1s", 1650), "os120": ("5s", 4995), "os300": ("10s", 19300)}
MARGIN_LIMIT = "1s"

ap = argparse.ArgumentParser()
ap.add_argument("convene")
ap.add_argument("python")
ap.add_argument("--cpsat", default="2:60")
ap.add_argument("--confsched", type=int, default=60, help="CBC seconds for conference-scheduler; 0 = skip")
ap.add_argument("--only", default="", help="comma-separated instance names, e.g. os20,os60 (default: all)")
ap.add_argument("--seeds", default="1")
ap.add_argument("--zipf", default="1.0")
ap.add_argument("--extra", default="0", help="percent more sessions than cells, e.g. 0,10,20,30")
ap.add_argument("--extra-seeds", default="1", help="seeds for the rows with extra sessions")
ap.add_argument("--extra-zipf", default="1.0", help="Zipf exponents for the rows with extra sessions")
ap.add_argument("--confsched-seeds", default="1", help="seeds on which conference-scheduler runs")
ap.add_argument("--cache", default=os.path.join(os.path.dirname(__file__), "..", "..", "target", "plan-bench-cache"))
ap.add_argument("--peers-only", action="store_true")
ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "docs", "benchmarks.md"))
args = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="convene-plan-bench-")
os.makedirs(args.cache, exist_ok=True)
env = dict(os.environ, RAYON_NUM_THREADS="1", OMP_NUM_THREADS="1")


def run(cmd, out=None):
    start = time.time()
    res = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if res.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{res.stderr}")
    if out:
        open(out, "w").write(res.stdout)
    return res.stdout, time.time() - start


def load():
    return os.getloadavg()[0]


def score(inst, sol):
    out = subprocess.run([args.convene, "plan", "score", inst, sol], capture_output=True, text=True)
    d = json.loads(out.stdout)
    return d["score"] if d["feasible"] else None


def value(sc):
    return None if sc is None else sc["missed"] + sc["overflow"]


def peer(inst, key, cmd):
    """A peer's answer for this instance, from the cache or by running it now."""
    digest = hashlib.sha256(open(inst, "rb").read()).hexdigest()[:16]
    path = os.path.join(args.cache, f"{digest}.{key}.json")
    if os.path.exists(path):
        cached = json.load(open(path))
        return cached["out"], cached["load"], cached["seconds"]
    out, secs = run(cmd)
    entry = {"out": json.loads(out), "load": load(), "seconds": secs}
    json.dump(entry, open(path, "w"))
    return entry["out"], entry["load"], secs


def convene(inst, limit):
    sol = inst + f".convene{limit}.json"
    run([args.convene, "plan", "agenda", inst, "--time-limit", limit, "--seed", "1"], sol)
    return score(inst, sol), load()


only = [n for n in args.only.split(",") if n]
unknown = [n for n in only if n not in TARGETS]
if unknown:
    sys.exit(f"unknown instance(s) {unknown}; known: {list(TARGETS)}")
cfgs = args.cpsat.split(",")
cs = args.confsched
rows = []
for name in [n for n in TARGETS if not only or n in only]:
    for extra in [int(e) for e in args.extra.split(",")]:
        seeds, zipfs = (args.seeds, args.zipf) if extra == 0 else (args.extra_seeds, args.extra_zipf)
        for seed in [int(s) for s in seeds.split(",")]:
            for zipf in zipfs.split(","):
                inst = os.path.join(work, f"{name}-x{extra}-a{zipf}-s{seed}.json")
                run([args.convene, "plan", "generate", name, "--seed", str(seed), "--zipf", zipf,
                     "--extra-sessions", str(extra)], inst)
                d = json.load(open(inst))
                reference = seed == 1 and float(zipf) == 1.0 and extra == 0
                row = {"name": name, "extra": extra, "seed": seed, "zipf": zipf, "reference": reference,
                       "sessions": d["sessions"], "cells": d["slots"] * d["rooms"] - len(d.get("locked_cells", [])),
                       "cpsat": {}}
                for cfg in cfgs:
                    workers, seconds = cfg.split(":")
                    out, ld, _ = peer(inst, f"cpsat{workers}x{seconds}",
                                      [args.python, os.path.join(here, "cpsat.py"), inst, "--workers", workers, "--seconds", seconds])
                    sc = None
                    if out["placement"] is not None:
                        sol = inst + f".cpsat{workers}x{seconds}.json"
                        json.dump(out, open(sol, "w"))
                        sc = score(inst, sol)
                    row["cpsat"][cfg] = {"value": value(sc), "bound": out["bound"], "load": ld}
                if cs > 0 and extra == 0 and str(seed) in args.confsched_seeds.split(","):
                    out, ld, secs = peer(inst, f"confsched{cs}",
                                         [args.python, os.path.join(here, "confsched.py"), inst, "--seconds", str(cs)])
                    sc = None
                    if out["placement"] is not None:
                        sol = inst + f".confsched{cs}.json"
                        json.dump(out, open(sol, "w"))
                        sc = score(inst, sol)
                    row["confsched"] = {"value": value(sc), "placed": out["placement"] is not None, "load": ld}
                if not args.peers_only:
                    sc, ld = convene(inst, MARGIN_LIMIT)
                    row["convene"] = {"value": value(sc), "unplaced": sc["unplaced"], "overflow": sc["overflow"], "load": ld}
                    limit, target = TARGETS[name]
                    if reference and limit != MARGIN_LIMIT:
                        sc2, ld2 = convene(inst, limit)
                        row["at_limit"] = {"limit": limit, "value": value(sc2), "load": ld2}
                rows.append(row)
                print(json.dumps(row), flush=True)
if args.peers_only:
    sys.exit(0)


def margin(r):
    """convene at 1 s against CP-SAT 2 workers x 60 s (or the first configuration)."""
    cp = r["cpsat"][cfgs[0]]
    ours = r["convene"]["value"]
    if cp["value"] is None:
        return "CP-SAT found none", True
    g = 100 * (cp["value"] - ours) / cp["value"]
    proven = cp["bound"] is not None and round(cp["bound"]) == cp["value"]
    if proven and ours == cp["value"]:
        return "n/a: both at the optimum CP-SAT proved", None
    return f"{'met' if g >= 5 else 'not met'} ({g:.1f} %)", g >= 5


def label(r):
    more = f" +{r['extra']} %" if r["extra"] else ""
    return f"{r['name']}{more} a={r['zipf']} seed {r['seed']}"


head = ("| instance | sessions / cells | convene 1 s (waiting) | "
        + " | ".join(f"CP-SAT {c.replace(':', ' workers, ')} s (bound)" for c in cfgs)
        + (f" | conference-scheduler (ILP, {cs} s)" if cs > 0 else "")
        + " | ≥ 5 % below CP-SAT " + cfgs[0].replace(":", "×") + " s | load (CP-SAT / convene) |")
rule = "|---|---|---|" + "---|" * len(cfgs) + ("---|" if cs > 0 else "") + "---|---|"


def line(r):
    cells = []
    for c in cfgs:
        cp = r["cpsat"][c]
        cells.append("none found" if cp["value"] is None else f"{cp['value']} ({cp['bound']:.0f})")
    if cs > 0:
        c = r.get("confsched")
        cells.append(("n/a (places every session)" if r["extra"] else "not run") if c is None else
                     str(c["value"]) if c["value"] is not None else
                     "infeasible per checker" if c["placed"] else f"no solution in {cs} s")
    m, _ = margin(r)
    lo = f"{r['cpsat'][cfgs[0]]['load']:.1f} / {r['convene']['load']:.1f}"
    return (f"| {label(r)} | {r['sessions']} / {r['cells']} | {r['convene']['value']} ({r['convene']['unplaced']}) | "
            + " | ".join(cells) + f" | {m} | {lo} |")


groups = [
    ("Reference seed (1), every Zipf exponent", [r for r in rows if r["seed"] == 1 and r["extra"] == 0]),
    ("Unseen generator seeds", [r for r in rows if r["seed"] != 1 and r["extra"] == 0]),
    ("More sessions than cells", [r for r in rows if r["extra"] > 0]),
]
loads = [r["cpsat"][c]["load"] for r in rows for c in cfgs] + [r["convene"]["load"] for r in rows]
none = sum(1 for r in rows if r["cpsat"][cfgs[0]]["value"] is None)
met = [margin(r)[1] for r in rows if r["cpsat"][cfgs[0]]["value"] is not None]
lines = [
    "## Planning engine: agenda suggestion (missed + overflow, lower is better)",
    "",
    f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores shared with other builds: load "
    f"average (1 min) {min(loads):.1f}–{max(loads):.1f}, given per row as each solver finished. Instances from "
    "`convene plan generate` (seeded; `--extra-sessions P` announces P % more sessions than cells); every placement "
    "re-scored by convene's checker (`convene plan score`). Both engines solve the same model: a session may stay in "
    "the marketplace; missed = for each person, the sessions they want minus the distinct slots among their wanted "
    "sessions that are placed (a wanted session left out counts like a clash), plus overflow over placed sessions. "
    "convene runs single-threaded; CP-SAT (OR-Tools 9.15) with N workers for S seconds; the solvers run one after "
    "another, never together"
    + (f"; PyCon UK's conference-scheduler 3.0.1 (an ILP through PuLP 3.3, CBC on one thread, {cs} s, model building "
       "not counted; it places every session, so it has no rows with more sessions than cells)" if cs > 0 else "")
    + f". Command: `CPSAT={args.cpsat} SEEDS={args.seeds} ZIPF={args.zipf} EXTRA={args.extra} "
    f"EXTRA_SEEDS={args.extra_seeds} EXTRA_ZIPF={args.extra_zipf} CONFSCHED={cs} CONFSCHED_SEEDS={args.confsched_seeds} "
    "bench/plan/run.sh`.",
    "",
    f"convene at 1 s is at least 5 % below CP-SAT {cfgs[0].replace(':', ' workers × ')} s on "
    f"{sum(1 for m in met if m)} of the {sum(1 for m in met if m is not None)} rows where CP-SAT found an agenda "
    f"({sum(1 for m in met if m is None)} rows: both at the optimum CP-SAT proved); on the other {none} rows CP-SAT "
    "found none in its time.",
]
for title, group in groups:
    if not group:
        continue
    lines += ["", f"**{title}**", "", head, rule] + [line(r) for r in group]
ref = [r for r in rows if r["reference"]]
if ref:
    lines += ["", "**Targets** (issue 5, set for a=1.0, seed 1, no extra sessions; os20's target is the optimum, "
              "known where a CP-SAT run proved it)", "",
              "| instance | limit | convene | target | met | load |", "|---|---|---|---|---|---|"]
    for r in ref:
        limit, target = TARGETS[r["name"]]
        at = r.get("at_limit") or {"value": r["convene"]["value"], "load": r["convene"]["load"]}
        proven = [cp["value"] for cp in r["cpsat"].values()
                  if cp["value"] is not None and cp["bound"] is not None and round(cp["bound"]) == cp["value"]]
        if target is None:
            target = f"optimum {proven[0]}" if proven else "the optimum"
            met_t = ("met" if at["value"] <= proven[0] else "not met") if proven else "not proven by CP-SAT (the exact search's optimum: bench/plan/optimum.py)"
        else:
            met_t = "met" if at["value"] <= target else "not met"
        lines.append(f"| {r['name']} | {limit} | {at['value']} | {target} | {met_t} | {at['load']:.1f} |")
lines += [
    "",
    "The machine has 2 cores: at a load average above 2, CP-SAT's workers (and convene's one thread) got less than a",
    "core each for their time, so read each row with its load; CP-SAT's 60 s suffer more from a crowded machine than",
    "convene's 1 s, which makes the margins above larger than on an idle machine.",
    "The previous table gave CP-SAT a model in which every session must be placed; on rows without extra sessions",
    "that model is easier for CP-SAT (os60 a=1.5 seed 1: 1893 there, at load 5.2, against 2503 here), so these margins",
    "are not comparable with it.",
    "Where both reach the optimum CP-SAT proved, no engine can be 5 % below it. CP-SAT's bound is its own lower bound",
    "(after its presolve rewrites the objective it can be below zero). \"waiting\": sessions convene leaves in the",
    "marketplace.",
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
