"""PyCon UK's conference-scheduler (an ILP, PuLP + CBC) on the Open Space agenda problem, for
comparison with convene.

Usage: confsched.py INSTANCE.json --seconds S [--objective overflow|efficiency|equity]
Prints one JSON line: {"status", "objective", "value", "seconds", "solve_seconds", "placement"}
(placement is null when CBC found no feasible schedule within S seconds). The placement is
re-scored by convene's checker in compare.py, not trusted from here.

Mapping. Every free (slot, room) cell is a conference-scheduler Slot: venue = the room,
starts_at = the slot's hour (slot t starts t hours after a fixed origin), 60 minutes long, capacity =
the room's capacity, session = the slot, so the cells of one slot are concurrent. Every session is an
Event of 60 minutes whose demand is the number of participants who want it; its unavailability lists
the cells of the slots its convener cannot make (every other cell if it is pinned) and the other
sessions of the same convener (the library forbids an event and the events it lists to run in
concurrent slots; listed both ways, since the library only writes that constraint for events whose
own unavailability is not empty).

Objective. conference-scheduler has no co-interest objective, so missed sessions are left to chance.
- overflow (default): sum over events and cells of max(0, demand - capacity) * x, i.e. the
  library's efficiency_capacity_demand_difference clipped at zero, handed to it as its
  objective_function. As every event takes exactly one cell, this is exactly the overflow.
- efficiency: the library's efficiency_capacity_demand_difference as shipped: sum of
  (demand - capacity) * x. Its value is sum(demand) - (seats of the cells used), the same for every
  schedule that fills the same cells (every schedule, when sessions = cells), so it only asks CBC
  for a feasible schedule.
- equity: the library's equity_capacity_demand_difference, the largest (demand - capacity).
CBC runs single-threaded with the time limit; building the model in Python is not counted in it.
"""
import argparse, datetime, json, sys, time, warnings

import pulp
from conference_scheduler import scheduler
from conference_scheduler.lp_problem import objective_functions as of
from conference_scheduler.resources import Event, Slot

ap = argparse.ArgumentParser()
ap.add_argument("instance")
ap.add_argument("--seconds", type=float, default=60)
ap.add_argument("--objective", choices=["overflow", "efficiency", "equity"], default="overflow")
args = ap.parse_args()
inst = json.load(open(args.instance))
S, R, T = inst["sessions"], inst["rooms"], inst["slots"]
cap = inst["room_capacity"]
conv = inst["convener"]
away = {int(c): set(v) for c, v in inst.get("convener_unavailable_slots", {}).items()}
locked = {tuple(c) for c in inst.get("locked_cells", [])}
pinned = {p["session"]: (p["slot"], p["room"]) for p in inst.get("pinned", [])}
demand = [0] * S
for w in inst["interests"]:
    for s in set(w):
        demand[s] += 1

origin = datetime.datetime(2000, 1, 1)
cells = [(t, r) for t in range(T) for r in range(R) if (t, r) not in locked]
slots = [Slot(venue=f"room {r}", starts_at=origin + datetime.timedelta(hours=t), duration=60,
              capacity=cap[r], session=f"slot {t}") for t, r in cells]
events = [Event(name=f"session {s}", duration=60, demand=demand[s]) for s in range(S)]
for s, e in enumerate(events):
    for (t, r), slot in zip(cells, slots):
        if t in away.get(conv[s], ()) or (s in pinned and pinned[s] != (t, r)):
            e.add_unavailability(slot)
by_conv = {}
for s in range(S):
    by_conv.setdefault(conv[s], []).append(s)
for ss in by_conv.values():
    for s in ss:
        events[s].add_unavailability(*(events[o] for o in ss if o != s))


def overflow(slots, events, X, **kwargs):
    return pulp.lpSum(max(0, e.demand - c.capacity) * X[i, j]
                      for i, e in enumerate(events) for j, c in enumerate(slots) if e.demand > c.capacity)


objective = {"overflow": overflow, "efficiency": of.efficiency_capacity_demand_difference,
             "equity": of.equity_capacity_demand_difference}[args.objective]


class CBC(pulp.PULP_CBC_CMD):
    """PuLP's bundled CBC, remembering the problem so that its status can be reported."""

    def actualSolve(self, lp, **kwargs):
        self.lp = lp
        self.started = time.time()
        try:
            return super().actualSolve(lp, **kwargs)
        finally:
            self.seconds = time.time() - self.started


with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # PULP_CBC_CMD's deprecation notice for PuLP 4
    solver = CBC(timeLimit=args.seconds, msg=False, threads=1)
start = time.time()
try:
    solution = scheduler.solution(events=events, slots=slots, objective_function=objective, solver=solver)
except ValueError:  # the library's "No valid solution found": CBC stopped without a feasible schedule
    solution = None
elapsed = time.time() - start
lp = getattr(solver, "lp", None)
placement = None
status = "NO_SOLUTION" if lp else "NO_MODEL"
if solution is not None:
    placement = [None] * S
    for i, j in solution:
        placement[i] = list(cells[j])
    if any(p is None for p in placement):
        sys.exit(f"conference-scheduler left sessions unplaced: {placement}")
    status = "OPTIMAL" if lp.sol_status == pulp.LpSolutionOptimal else "FEASIBLE"
print(json.dumps({
    "status": status,
    "objective": args.objective,
    "value": pulp.value(lp.objective) if placement and lp.objective is not None else None,
    "seconds": elapsed,
    "solve_seconds": getattr(solver, "seconds", None),
    "placement": placement,
}))
