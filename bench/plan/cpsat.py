"""CP-SAT model of the Open Space agenda problem (missed + overflow), for comparison with convene.

The same model as convene's engine: a session may stay in the marketplace (placement null) when
that is better or when there are more sessions than cells; missed = for each person, the sessions
they want minus the distinct slots among their wanted sessions that are placed (a wanted session
left out counts like a clash); overflow counts placed sessions only.

Usage: cpsat.py INSTANCE.json --workers N --seconds S
Prints one JSON line: {"value", "bound", "status", "seconds", "placement"}.
The placement is re-scored by convene's checker in compare.py, not trusted from here.
"""
import argparse, json, time
from ortools.sat.python import cp_model

ap = argparse.ArgumentParser()
ap.add_argument("instance")
ap.add_argument("--workers", type=int, default=2)
ap.add_argument("--seconds", type=float, default=60)
args = ap.parse_args()
inst = json.load(open(args.instance))
S, R, T, P = inst["sessions"], inst["rooms"], inst["slots"], inst["participants"]
cap = inst["room_capacity"]
conv = inst["convener"]
away = {int(c): set(v) for c, v in inst.get("convener_unavailable_slots", {}).items()}
locked = {tuple(c) for c in inst.get("locked_cells", [])}
wants = [sorted(set(w)) for w in inst["interests"]]
demand = [0] * S
for w in wants:
    for s in w:
        demand[s] += 1

m = cp_model.CpModel()
x = {}
for s in range(S):
    for t in range(T):
        if t in away.get(conv[s], ()):
            continue
        for r in range(R):
            if (t, r) not in locked:
                x[s, t, r] = m.new_bool_var(f"x{s}_{t}_{r}")
out = {}
for s in range(S):
    vs = [v for (s2, _, _), v in x.items() if s2 == s]
    out[s] = m.new_bool_var(f"out{s}")  # left in the marketplace
    m.add_exactly_one(vs + [out[s]])
for p in inst.get("pinned", []):
    m.add(x[p["session"], p["slot"], p["room"]] == 1)
cells = {}
for (s, t, r), v in x.items():
    cells.setdefault((t, r), []).append(v)
for vs in cells.values():
    m.add_at_most_one(vs)
slot = {}
for s in range(S):
    for t in range(T):
        vs = [x[s, t, r] for r in range(R) if (s, t, r) in x]
        if vs:
            b = m.new_bool_var(f"y{s}_{t}")
            m.add(sum(vs) == b)
            slot[s, t] = b
by_conv = {}
for s in range(S):
    by_conv.setdefault(conv[s], []).append(s)
for c, ss in by_conv.items():
    if len(ss) > 1:
        for t in range(T):
            vs = [slot[s, t] for s in ss if (s, t) in slot]
            if len(vs) > 1:
                m.add_at_most_one(vs)
missed = []
for p, w in enumerate(wants):
    if len(w) < 2:
        continue
    for t in range(T):
        vs = [slot[s, t] for s in w if (s, t) in slot]
        if len(vs) > 1:
            e = m.new_int_var(0, len(vs) - 1, f"m{p}_{t}")
            m.add(e >= sum(vs) - 1)
            missed.append(e)
# Each wanter of a session left out misses it.
left_out = sum(demand[s] * out[s] for s in range(S))
over = []
for s in range(S):
    seats = sum(cap[r] * x[s, t, r] for (s2, t, r) in x if s2 == s)
    o = m.new_int_var(0, demand[s], f"o{s}")
    m.add(o >= demand[s] * (1 - out[s]) - seats)
    over.append(o)
m.minimize(sum(missed) + left_out + sum(over))
solver = cp_model.CpSolver()
solver.parameters.num_workers = args.workers
solver.parameters.max_time_in_seconds = args.seconds
solver.parameters.random_seed = 1
start = time.time()
status = solver.solve(m)
elapsed = time.time() - start
placement = None
if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
    placement = [None] * S
    for (s, t, r), v in x.items():
        if solver.value(v):
            placement[s] = [t, r]
print(json.dumps({
    "status": solver.status_name(status),
    "value": solver.objective_value if placement else None,
    "bound": solver.best_objective_bound,
    "seconds": elapsed,
    "placement": placement,
}))
