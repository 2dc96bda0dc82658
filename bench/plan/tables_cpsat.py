"""CP-SAT model of table rotation (the Social Golfer Problem when people = tables x size), the same
model as convene's: every person at one table per round, tables as even as convene makes them
(`Problem::sizes`), minimize repeated pairs = sum over pairs of max(0, rounds together - 1).

Symmetry breaking that keeps every optimum: round 0 is fixed (people are interchangeable), and in
every round tables are ordered by their lowest member, so person p sits at a table numbered <= p.

Usage: tables_cpsat.py PEOPLE TABLE_SIZE ROUNDS --workers N --seconds S
Prints one JSON line: {"status", "repeats", "bound", "seconds", "seating"}; `repeats` is counted
again from the seating here, not taken from the solver.
"""
import argparse, itertools, json, time
from ortools.sat.python import cp_model

ap = argparse.ArgumentParser()
ap.add_argument("people", type=int)
ap.add_argument("table_size", type=int)
ap.add_argument("rounds", type=int)
ap.add_argument("--workers", type=int, default=2)
ap.add_argument("--seconds", type=float, default=60)
args = ap.parse_args()
n, k, R = args.people, args.table_size, args.rounds
g = -(-n // k)
sizes = [n // g + (1 if t < n % g else 0) for t in range(g)]

m = cp_model.CpModel()
x = {(p, w, t): m.new_bool_var(f"x{p}_{w}_{t}") for p in range(n) for w in range(R) for t in range(g)}
for p in range(n):
    for w in range(R):
        m.add_exactly_one(x[p, w, t] for t in range(g))
for w in range(R):
    for t in range(g):
        m.add(sum(x[p, w, t] for p in range(n)) == sizes[t])
# Round 0 fixed; tables ordered by lowest member in the others.
start = 0
for t in range(g):
    for p in range(start, start + sizes[t]):
        m.add(x[p, 0, t] == 1)
    start += sizes[t]
for w in range(1, R):
    for p in range(n):
        for t in range(p + 1, g):
            m.add(x[p, w, t] == 0)
repeats = []
for p, q in itertools.combinations(range(n), 2):
    together = []
    for w in range(R):
        meet = m.new_bool_var(f"m{p}_{q}_{w}")
        for t in range(g):
            # meet >= x[p,w,t] and x[q,w,t]; meeting only counts against the objective.
            m.add_bool_or([x[p, w, t].Not(), x[q, w, t].Not(), meet])
        together.append(meet)
    e = m.new_int_var(0, R - 1, f"e{p}_{q}")
    m.add(e >= sum(together) - 1)
    repeats.append(e)
m.minimize(sum(repeats))
solver = cp_model.CpSolver()
solver.parameters.num_workers = args.workers
solver.parameters.max_time_in_seconds = args.seconds
solver.parameters.random_seed = 1
began = time.time()
status = solver.solve(m)
elapsed = time.time() - began
seating = None
counted = None
if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
    seating = [[[p for p in range(n) if solver.value(x[p, w, t])] for t in range(g)] for w in range(R)]
    met = {}
    for rnd in seating:
        assert sorted(p for table in rnd for p in table) == list(range(n)), "everyone seated once"
        for table in rnd:
            for p, q in itertools.combinations(sorted(table), 2):
                met[p, q] = met.get((p, q), 0) + 1
    counted = sum(c - 1 for c in met.values() if c > 1)
print(json.dumps({
    "status": solver.status_name(status),
    "repeats": counted,
    "bound": solver.best_objective_bound,
    "seconds": elapsed,
    "seating": seating,
}))
