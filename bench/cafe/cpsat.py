"""CP-SAT model of a World Café table plan, the same model as convene's (`Problem` in
crates/plan/src/tables): people 0..n at g = ceil(n/k) tables, one host per table fixed there
(person t hosts table t), the last 10 % absent in round 1, table sizes of each round as even as
convene makes them for the people present, minimize repeated pairs = sum over pairs of
max(0, rounds together - 1). Same-organization pairs are not in this objective (they are
convene's third criterion); repeats are compared.

Usage: cpsat.py PEOPLE TABLE_SIZE ROUNDS --workers N --seconds S
Prints one JSON line: {"status", "repeats", "bound", "seconds"}; `repeats` is counted again
from the seating here, not taken from the solver.
"""
import argparse, itertools, json, time
from ortools.sat.python import cp_model

ap = argparse.ArgumentParser()
ap.add_argument("people", type=int)
ap.add_argument("table_size", type=int)
ap.add_argument("rounds", type=int)
ap.add_argument("--workers", type=int, default=2)
ap.add_argument("--seconds", type=float, default=60)
a = ap.parse_args()
n, k, R = a.people, a.table_size, a.rounds
g = -(-n // k)
late = set(range(n - n // 10, n))
present = [[not (w == 0 and p in late) for p in range(n)] for w in range(R)]

def sizes(m):
    return sorted((m // g + (1 if t < m % g else 0) for t in range(g)), reverse=True)

m = cp_model.CpModel()
x = {(p, w, t): m.new_bool_var(f"x{p}_{w}_{t}") for p in range(n) for w in range(R) for t in range(g)}
size = {(w, t): m.new_int_var(0, k, f"s{w}_{t}") for w in range(R) for t in range(g)}
for w in range(R):
    for p in range(n):
        if present[w][p]:
            m.add_exactly_one(x[p, w, t] for t in range(g))
        else:
            for t in range(g):
                m.add(x[p, w, t] == 0)
    want = sizes(sum(present[w]))
    lo, hi = min(want), max(want)
    for t in range(g):
        m.add(size[w, t] == sum(x[p, w, t] for p in range(n)))
        m.add(size[w, t] >= lo)
        m.add(size[w, t] <= hi)
    # Exactly as many tables of the larger size as convene's sizes have.
    if lo != hi:
        big = [m.new_bool_var(f"b{w}_{t}") for t in range(g)]
        for t in range(g):
            m.add(size[w, t] == hi).only_enforce_if(big[t])
            m.add(size[w, t] == lo).only_enforce_if(big[t].Not())
        m.add(sum(big) == sum(1 for s in want if s == hi))
    for t in range(g):
        if present[w][t]:
            m.add(x[t, w, t] == 1)  # hosts stay
repeats = []
for p, q in itertools.combinations(range(n), 2):
    together = []
    for w in range(R):
        if not (present[w][p] and present[w][q]):
            continue
        meet = m.new_bool_var("")
        for t in range(g):
            m.add_bool_or([x[p, w, t].Not(), x[q, w, t].Not(), meet])
        together.append(meet)
    if len(together) > 1:
        r = m.new_int_var(0, len(together) - 1, "")
        m.add(r >= sum(together) - 1)
        repeats.append(r)
m.minimize(sum(repeats))
s = cp_model.CpSolver()
s.parameters.num_workers = a.workers
s.parameters.max_time_in_seconds = a.seconds
t0 = time.time()
status = s.solve(m)
secs = time.time() - t0
out = {"status": s.status_name(status), "seconds": round(secs, 2), "bound": s.best_objective_bound}
if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
    met = {}
    for w in range(R):
        for t in range(g):
            at = [p for p in range(n) if s.value(x[p, w, t])]
            for pq in itertools.combinations(at, 2):
                met[pq] = met.get(pq, 0) + 1
    out["repeats"] = sum(v - 1 for v in met.values() if v > 1)
print(json.dumps(out))
