//! Simulated annealing over slot assignments. Rooms are not searched: within a slot, giving the
//! most wanted sessions the largest rooms minimizes overflow (max(0, demand − capacity) is
//! convex, so sorted matching is optimal), so a state is just "which slot holds which session"
//! and overflow is recomputed for the two slots a move touches. The marketplace is one more
//! column, `OUT`, without rooms: a session there costs each person who wants it one missed
//! session and seats nobody, so with more sessions than cells the search chooses which wait.

use super::{Instance, InstanceError, Objective, Placement, Score, evaluate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long to search. With `iterations` the run is fully deterministic for a seed (the
/// cooling schedule follows the iteration count); `time` alone stops it by the clock.
#[derive(Debug, Clone, Default)]
pub struct Budget {
    pub iterations: Option<u64>,
    pub time: Option<Duration>,
    pub cancel: Option<Arc<AtomicBool>>,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub objective: Objective,
    pub seed: u64,
    pub budget: Budget,
    /// Re-planning: the agenda people have seen (`None` for a session not yet placed). Each
    /// session that changes slot costs `move_weight`; rooms are kept where that costs nothing.
    pub current: Option<Vec<Option<[usize; 2]>>>,
    pub move_weight: u64,
    /// Leave no free cell empty while a session that may use it waits, even where placing
    /// it costs (a room too small, wanters busy elsewhere): a host expects a session to run
    /// where a room is free. Off, the search minimizes the objective alone.
    pub fill_cells: bool,
}

/// The best agenda found, its score (from the independent checker) and how the search went.
#[derive(Debug, Clone)]
pub struct Solution {
    pub placement: Placement,
    pub score: Score,
    pub iterations: u64,
    /// The search's own incremental account of the best value; equals
    /// `score.value(objective, 0)` unless its bookkeeping is wrong (tests hold it to that).
    pub tracked_value: u64,
}

const DEFAULT_ITERATIONS: u64 = 2_000_000;

pub fn solve(inst: &Instance, opts: &Options) -> Result<Solution, InstanceError> {
    inst.check()?;
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    let current = opts.current.as_deref().filter(|c| c.len() == inst.sessions);
    let mut st = State::new(inst, opts.objective, current, opts.move_weight);
    st.initial(&mut rng);
    let iterations = anneal(&mut st, &mut rng, &opts.budget);
    let best = st.best_slot.clone();
    st.load(&best);
    st.fill_free_cells(opts.fill_cells);
    let placement = st.placement();
    let score =
        evaluate(inst, &placement, current).map_err(|e| InstanceError::BadPin(e.to_string()))?;
    let pinned_overflow: u64 = inst
        .pinned
        .iter()
        .map(|p| u64::from(st.demand[p.session].saturating_sub(inst.room_capacity[p.room])))
        .sum();
    Ok(Solution {
        placement,
        score,
        iterations,
        tracked_value: st.cost() - st.move_weight * st.moved + pinned_overflow,
    })
}

struct State<'a> {
    inst: &'a Instance,
    objective: Objective,
    /// Real slots; column `out` (= `slots`) is the marketplace.
    slots: usize,
    out: usize,
    cols: usize,
    /// Participants wanting each session (deduplicated).
    wanted_by: Vec<Vec<u32>>,
    demand: Vec<u32>,
    /// Dense convener index of each session, and each convener's unavailable slots.
    conv: Vec<usize>,
    conv_away: Vec<Vec<bool>>,
    /// Free (movable) sessions and, per slot, the capacities of rooms they may use, largest first.
    free: Vec<usize>,
    caps: Vec<Vec<u32>>,
    slot_of: Vec<usize>,
    members: Vec<Vec<usize>>,
    /// Wanted sessions per (participant, column), and sessions per (convener, column).
    count: Vec<u16>,
    conv_count: Vec<u16>,
    overflow: Vec<u64>,
    /// Demands of each slot's free sessions, largest first (kept in step with `members`).
    sorted: Vec<Vec<u32>>,
    /// Per-participant marks for the two sessions of a swap, so shared interest nets to zero.
    mark_a: Vec<u64>,
    mark_b: Vec<u64>,
    stamp: u64,
    clash: u64,
    /// Re-planning: each session's slot and cell in the agenda being changed, the weight of a
    /// slot change, and how many free sessions are out of their current slot.
    current_slot: Vec<Option<usize>>,
    current_cell: Vec<Option<[usize; 2]>>,
    move_weight: u64,
    moved: u64,
    best_slot: Vec<usize>,
    best_cost: u64,
}

/// A move priced but not made: `a` from `t1` to `t2` and, in a swap, `b` the other way.
struct Move {
    a: usize,
    b: Option<usize>,
    t1: usize,
    t2: usize,
    o1: u64,
    o2: u64,
    d_moved: i64,
    delta: i64,
}

impl<'a> State<'a> {
    fn new(
        inst: &'a Instance,
        objective: Objective,
        current: Option<&[Option<[usize; 2]>]>,
        move_weight: u64,
    ) -> Self {
        let mut wanted_by = vec![Vec::new(); inst.sessions];
        for (p, wants) in inst.interests.iter().enumerate() {
            let mut w = wants.clone();
            w.sort_unstable();
            w.dedup();
            for s in w {
                wanted_by[s].push(p as u32);
            }
        }
        let mut ids: Vec<usize> = inst.convener.clone();
        ids.sort_unstable();
        ids.dedup();
        let conv: Vec<usize> = inst
            .convener
            .iter()
            .map(|c| ids.binary_search(c).unwrap_or(0))
            .collect();
        let unavailable = inst.unavailable();
        let conv_away = ids
            .iter()
            .map(|c| {
                let mut away = vec![false; inst.slots + 1];
                for &t in unavailable.get(c).map(Vec::as_slice).unwrap_or(&[]) {
                    away[t] = true;
                }
                away
            })
            .collect();
        let pinned: Vec<usize> = inst.pinned.iter().map(|p| p.session).collect();
        let free = (0..inst.sessions).filter(|s| !pinned.contains(s)).collect();
        let mut caps: Vec<Vec<u32>> = (0..inst.slots)
            .map(|t| {
                let mut c: Vec<u32> = (0..inst.rooms)
                    .filter(|&r| {
                        !inst.locked_cells.contains(&[t, r])
                            && !inst.pinned.iter().any(|p| p.slot == t && p.room == r)
                    })
                    .map(|r| inst.room_capacity[r])
                    .collect();
                c.sort_unstable_by(|a, b| b.cmp(a));
                c
            })
            .collect();
        caps.push(Vec::new());
        let cols = inst.slots + 1;
        let (current_slot, current_cell) = match current {
            Some(cur) => (
                cur.iter().map(|c| c.map(|[t, _]| t)).collect(),
                cur.to_vec(),
            ),
            None => (vec![None; inst.sessions], Vec::new()),
        };
        Self {
            inst,
            objective,
            slots: inst.slots,
            out: inst.slots,
            cols,
            wanted_by,
            demand: inst.demand(),
            conv,
            conv_away,
            free,
            caps,
            slot_of: vec![usize::MAX; inst.sessions],
            members: vec![Vec::new(); cols],
            count: vec![0; inst.participants * cols],
            conv_count: vec![0; ids.len() * cols],
            overflow: vec![0; cols],
            sorted: vec![Vec::new(); cols],
            mark_a: vec![0; inst.participants],
            mark_b: vec![0; inst.participants],
            stamp: 0,
            clash: 0,
            current_slot,
            current_cell,
            move_weight,
            moved: 0,
            best_slot: Vec::new(),
            best_cost: u64::MAX,
        }
    }

    /// Cost of one more (`up`) or one fewer wanted session in column `t` that holds `c` now.
    /// In the marketplace every wanted session is one missed.
    fn step(&self, t: usize, c: u16, up: bool) -> i64 {
        if t == self.out {
            return if up { 1 } else { -1 };
        }
        let c = i64::from(c);
        match (self.objective, up) {
            (Objective::Missed, true) => i64::from(c >= 1),
            (Objective::Missed, false) => -i64::from(c >= 2),
            (Objective::Pairs, true) => c,
            (Objective::Pairs, false) => -(c - 1),
        }
    }

    /// Moves session `s`'s interest counts from column `from` to `to` (either may be none) and
    /// returns the change in clash cost.
    fn shift(&mut self, s: usize, from: Option<usize>, to: Option<usize>) -> i64 {
        let mut delta = 0;
        let t = self.cols;
        for i in 0..self.wanted_by[s].len() {
            let p = self.wanted_by[s][i] as usize;
            if let Some(f) = from {
                let c = self.count[p * t + f];
                delta += self.step(f, c, false);
                self.count[p * t + f] = c - 1;
            }
            if let Some(g) = to {
                let c = self.count[p * t + g];
                delta += self.step(g, c, true);
                self.count[p * t + g] = c + 1;
            }
        }
        if let Some(f) = from {
            self.conv_count[self.conv[s] * t + f] -= 1;
        }
        if let Some(g) = to {
            self.conv_count[self.conv[s] * t + g] += 1;
        }
        delta
    }

    fn cost(&self) -> u64 {
        self.clash + self.overflow.iter().sum::<u64>() + self.move_weight * self.moved
    }

    /// Change in the number of moved sessions if `s` goes from column `from` to `to`.
    fn moved_delta(&self, s: usize, from: usize, to: usize) -> i64 {
        match self.current_slot[s] {
            Some(c) => i64::from(to != c) - i64::from(from != c),
            None => 0,
        }
    }

    /// Does column `t` have a free cell (the marketplace always has)?
    fn has_room(&self, t: usize) -> bool {
        t == self.out || self.members[t].len() < self.caps[t].len()
    }

    /// May session `s` (leaving `leaving`, if its convener's) go to column `t`?
    fn convener_ok(&self, s: usize, t: usize, leaving: Option<usize>) -> bool {
        if t == self.out {
            return true;
        }
        let c = self.conv[s];
        let already = self.conv_count[c * self.cols + t]
            - u16::from(leaving.is_some_and(|l| self.conv[l] == c));
        !self.conv_away[c][t] && already == 0
    }

    fn place(&mut self, s: usize, t: usize) {
        let d = self.shift(s, None, Some(t));
        self.clash = (self.clash as i64 + d) as u64;
        self.slot_of[s] = t;
        self.members[t].push(s);
    }

    fn unplace(&mut self, s: usize) {
        let t = self.slot_of[s];
        let d = self.shift(s, Some(t), None);
        self.clash = (self.clash as i64 + d) as u64;
        self.members[t].retain(|&x| x != s);
        self.slot_of[s] = usize::MAX;
    }

    /// Overflows, sorted demands and moved count from `members` (after placing by hand).
    fn settle(&mut self) {
        for t in 0..self.slots {
            let mut d: Vec<u32> = self.members[t].iter().map(|&s| self.demand[s]).collect();
            d.sort_unstable_by(|a, b| b.cmp(a));
            self.sorted[t] = d;
            self.overflow[t] = overflow_after(self, t, None, None);
        }
        self.moved = self
            .free
            .iter()
            .filter(|&&s| self.current_slot[s].is_some_and(|c| c != self.slot_of[s]))
            .count() as u64;
    }

    /// Pinned sessions first, then free ones most-constrained first, each into a random slot
    /// with room; a session with nowhere to go evicts one that can move elsewhere, or waits
    /// in the marketplace.
    fn initial(&mut self, rng: &mut ChaCha8Rng) {
        for p in self.inst.pinned.clone() {
            self.place(p.session, p.slot);
            self.members[p.slot].retain(|&x| x != p.session);
        }
        let mut order = self.free.clone();
        let load = |s: usize, st: &Self| {
            let c = st.conv[s];
            let same = st
                .inst
                .convener
                .iter()
                .filter(|&&x| x == st.inst.convener[s])
                .count();
            same * 100 + st.conv_away[c].iter().filter(|a| **a).count()
        };
        order.sort_by_key(|&s| std::cmp::Reverse(load(s, self)));
        // Re-planning: sessions go back to their current slot wherever it is still allowed.
        let mut rest = Vec::new();
        for s in order {
            match self.current_slot[s] {
                Some(t) if t < self.slots && self.has_room(t) && self.convener_ok(s, t, None) => {
                    self.place(s, t)
                }
                _ => rest.push(s),
            }
        }
        for s in rest {
            let open: Vec<usize> = (0..self.slots)
                .filter(|&t| self.has_room(t) && self.convener_ok(s, t, None))
                .collect();
            if !open.is_empty() {
                self.place(s, open[rng.gen_range(0..open.len())]);
            } else if !self.evict_for(s, rng) {
                self.place(s, self.out);
            }
        }
        self.settle();
        self.best_slot = self.slot_of.clone();
        self.best_cost = self.cost();
    }

    /// Rebuilds the state with the free sessions in the columns `slot_of` gives.
    fn load(&mut self, slot_of: &[usize]) {
        for s in self.free.clone() {
            self.unplace(s);
        }
        for s in self.free.clone() {
            self.place(s, slot_of[s]);
        }
        self.settle();
    }

    /// Finds a slot where `s` may go if one occupant moves to another slot with room.
    fn evict_for(&mut self, s: usize, rng: &mut ChaCha8Rng) -> bool {
        let mut slots: Vec<usize> = (0..self.slots)
            .filter(|&t| self.convener_ok(s, t, None))
            .collect();
        let start = if slots.is_empty() {
            0
        } else {
            rng.gen_range(0..slots.len())
        };
        slots.rotate_left(start);
        for t in slots {
            for b in self.members[t].clone() {
                let target = (0..self.slots)
                    .find(|&u| u != t && self.has_room(u) && self.convener_ok(b, u, None));
                if let Some(u) = target {
                    self.unplace(b);
                    self.place(b, u);
                    self.place(s, t);
                    return true;
                }
            }
        }
        false
    }

    /// Sessions left in the marketplace take free cells where that costs nothing (the search
    /// is indifferent there, a host is not) or, with `always`, wherever they may go, most
    /// wanted first, each into the cell where it costs least.
    fn fill_free_cells(&mut self, always: bool) {
        let mut waiting = self.members[self.out].clone();
        waiting.sort_by_key(|&s| (std::cmp::Reverse(self.demand[s]), s));
        for a in waiting {
            let open: Vec<usize> = (0..self.slots)
                .filter(|&t| self.has_room(t) && self.convener_ok(a, t, None))
                .collect();
            let best = open
                .into_iter()
                .filter_map(|t| self.price(a, None, self.out, t))
                .min_by_key(|m| m.delta);
            if let Some(m) = best.filter(|m| always || m.delta <= 0) {
                self.apply(&m);
            }
        }
    }

    /// Slot → (room, session) with the largest rooms for the most wanted sessions.
    fn placement(&self) -> Placement {
        let mut out = vec![None; self.inst.sessions];
        for p in &self.inst.pinned {
            out[p.session] = Some([p.slot, p.room]);
        }
        for t in 0..self.slots {
            let mut rooms: Vec<usize> = (0..self.inst.rooms)
                .filter(|&r| {
                    !self.inst.locked_cells.contains(&[t, r])
                        && !self.inst.pinned.iter().any(|p| p.slot == t && p.room == r)
                })
                .collect();
            rooms.sort_by_key(|&r| (std::cmp::Reverse(self.inst.room_capacity[r]), r));
            let mut sessions = self.members[t].clone();
            sessions.sort_by_key(|&s| (std::cmp::Reverse(self.demand[s]), s));
            let sorted: Vec<(usize, usize)> = sessions
                .iter()
                .copied()
                .zip(rooms.iter().copied())
                .collect();
            let kept = self.keep_rooms(t, &sessions, &rooms);
            let over = |pairs: &[(usize, usize)]| -> u64 {
                pairs
                    .iter()
                    .map(|&(s, r)| {
                        u64::from(self.demand[s].saturating_sub(self.inst.room_capacity[r]))
                    })
                    .sum()
            };
            let chosen = match kept {
                Some(k) if over(&k) <= over(&sorted) => k,
                _ => sorted,
            };
            for (s, r) in chosen {
                out[s] = Some([t, r]);
            }
        }
        out
    }

    /// Sessions staying in their current slot keep their room if it is free here; the others
    /// take the remaining rooms, most wanted first. `None` when nobody has a room to keep.
    fn keep_rooms(
        &self,
        t: usize,
        sessions: &[usize],
        rooms: &[usize],
    ) -> Option<Vec<(usize, usize)>> {
        let mut free_rooms: Vec<usize> = rooms.to_vec();
        let mut pairs = Vec::new();
        let mut others = Vec::new();
        for &s in sessions {
            match self.current_cell.get(s).copied().flatten() {
                Some([ct, cr]) if ct == t && free_rooms.contains(&cr) => {
                    free_rooms.retain(|&r| r != cr);
                    pairs.push((s, cr));
                }
                _ => others.push(s),
            }
        }
        if pairs.is_empty() {
            return None;
        }
        pairs.extend(others.into_iter().zip(free_rooms));
        Some(pairs)
    }

    /// Prices moving `a` from `t1` to `t2` and, in a swap, `b` the other way; `None` if a
    /// convener rule forbids it.
    fn price(&mut self, a: usize, b: Option<usize>, t1: usize, t2: usize) -> Option<Move> {
        if !self.convener_ok(a, t2, b) || b.is_some_and(|b| !self.convener_ok(b, t1, Some(a))) {
            return None;
        }
        let (da, db) = (self.demand[a], b.map(|b| self.demand[b]));
        let o1 = overflow_after(self, t1, Some(da), db);
        let o2 = overflow_after(self, t2, db, Some(da));
        let d_over = (o1 + o2) as i64 - (self.overflow[t1] + self.overflow[t2]) as i64;
        let d_moved = self.moved_delta(a, t1, t2) + b.map_or(0, |b| self.moved_delta(b, t2, t1));
        let delta = clash_delta(self, a, b, t1, t2) + d_over + self.move_weight as i64 * d_moved;
        Some(Move {
            a,
            b,
            t1,
            t2,
            o1,
            o2,
            d_moved,
            delta,
        })
    }

    fn apply(&mut self, m: &Move) {
        let &Move { a, b, t1, t2, .. } = m;
        let mut d_clash = self.shift(a, Some(t1), Some(t2));
        if let Some(b) = b {
            d_clash += self.shift(b, Some(t2), Some(t1));
        }
        self.clash = (self.clash as i64 + d_clash) as u64;
        self.moved = (self.moved as i64 + m.d_moved) as u64;
        let (da, db) = (self.demand[a], b.map(|b| self.demand[b]));
        self.overflow[t1] = m.o1;
        self.overflow[t2] = m.o2;
        sorted_replace(&mut self.sorted[t1], Some(da), db);
        sorted_replace(&mut self.sorted[t2], db, Some(da));
        self.members[t1].retain(|&x| x != a);
        self.members[t2].push(a);
        self.slot_of[a] = t2;
        if let Some(b) = b {
            self.members[t2].retain(|&x| x != b);
            self.members[t1].push(b);
            self.slot_of[b] = t1;
        }
    }
}

fn anneal(st: &mut State, rng: &mut ChaCha8Rng, budget: &Budget) -> u64 {
    let start = Instant::now();
    let planned = budget.iterations.unwrap_or(if budget.time.is_some() {
        u64::MAX
    } else {
        DEFAULT_ITERATIONS
    });
    if st.free.is_empty() || st.slots == 0 {
        return 0;
    }
    let t0 = initial_temperature(st, rng);
    let t1 = 0.05_f64.min(t0);
    let mut temp = t0;
    let mut it = 0u64;
    while it < planned {
        if it.is_multiple_of(1024) {
            let progress = match (budget.iterations, budget.time) {
                (Some(n), _) => it as f64 / n as f64,
                (None, Some(limit)) => start.elapsed().as_secs_f64() / limit.as_secs_f64(),
                (None, None) => it as f64 / planned as f64,
            };
            let out_of_time = budget.time.is_some_and(|l| start.elapsed() >= l);
            let cancelled = budget
                .cancel
                .as_ref()
                .is_some_and(|c| c.load(Ordering::Relaxed));
            if progress >= 1.0 || out_of_time || cancelled {
                break;
            }
            temp = t0 * (t1 / t0).powf(progress);
        }
        it += 1;
        if try_move(st, rng, temp).is_none() {
            continue;
        }
        let cost = st.cost();
        if cost < st.best_cost {
            st.best_cost = cost;
            st.best_slot.clone_from(&st.slot_of);
        }
    }
    it
}

/// The typical size of a worsening move at the start, so the first phase accepts most moves.
fn initial_temperature(st: &mut State, rng: &mut ChaCha8Rng) -> f64 {
    let mut worse = Vec::new();
    for _ in 0..2000 {
        if let Some(d) = try_move(st, rng, f64::INFINITY)
            && d > 0
        {
            worse.push(d as f64);
        }
    }
    if worse.is_empty() {
        1.0
    } else {
        worse.iter().sum::<f64>() / worse.len() as f64
    }
}

/// Overflow of slot `t` if one session of demand `out` leaves it and one of demand `inn`
/// arrives (either optional), walking the sorted demands once without building a list. The
/// marketplace seats nobody and overflows nothing.
fn overflow_after(st: &State, t: usize, out: Option<u32>, inn: Option<u32>) -> u64 {
    if t == st.out {
        return 0;
    }
    let caps = &st.caps[t];
    let mut skipped = out.is_none();
    let mut inserted = inn.is_none();
    let mut k = 0;
    let mut total = 0u64;
    let mut add = |d: u32, k: &mut usize| {
        total += u64::from(d.saturating_sub(caps[*k]));
        *k += 1;
    };
    for &d in &st.sorted[t] {
        if !skipped && Some(d) == out {
            skipped = true;
            continue;
        }
        if !inserted && inn.is_some_and(|x| x >= d) {
            add(inn.unwrap_or(0), &mut k);
            inserted = true;
        }
        add(d, &mut k);
    }
    if !inserted {
        add(inn.unwrap_or(0), &mut k);
    }
    total
}

fn sorted_replace(v: &mut Vec<u32>, out: Option<u32>, inn: Option<u32>) {
    if let Some(o) = out
        && let Some(i) = v.iter().position(|&d| d == o)
    {
        v.remove(i);
    }
    if let Some(n) = inn {
        let i = v.iter().position(|&d| d < n).unwrap_or(v.len());
        v.insert(i, n);
    }
}

/// Clash change of moving `a` from `t1` to `t2` and, in a swap, `b` the other way; read-only.
fn clash_delta(st: &mut State, a: usize, b: Option<usize>, t1: usize, t2: usize) -> i64 {
    let t = st.cols;
    st.stamp += 1;
    let stamp = st.stamp;
    if let Some(b) = b {
        for &p in &st.wanted_by[b] {
            st.mark_b[p as usize] = stamp;
        }
    }
    let mut delta = 0;
    for &p in &st.wanted_by[a] {
        let p = p as usize;
        st.mark_a[p] = stamp;
        if st.mark_b[p] != stamp {
            delta +=
                st.step(t1, st.count[p * t + t1], false) + st.step(t2, st.count[p * t + t2], true);
        }
    }
    if let Some(b) = b {
        for &p in &st.wanted_by[b] {
            let p = p as usize;
            if st.mark_a[p] != stamp {
                delta += st.step(t2, st.count[p * t + t2], false)
                    + st.step(t1, st.count[p * t + t1], true);
            }
        }
    }
    delta
}

/// Proposes a random relocation or swap (the marketplace is one more column); applies it if
/// accepted at `temp`. Returns the cost change of an accepted move, `None` if infeasible or
/// rejected.
fn try_move(st: &mut State, rng: &mut ChaCha8Rng, temp: f64) -> Option<i64> {
    let a = st.free[rng.gen_range(0..st.free.len())];
    let t1 = st.slot_of[a];
    let t2 = rng.gen_range(0..st.cols - 1);
    let t2 = if t2 >= t1 { t2 + 1 } else { t2 };
    let room_free = st.has_room(t2);
    let b = if room_free && (st.members[t2].is_empty() || rng.gen_bool(0.5)) {
        None
    } else if st.members[t2].is_empty() {
        return None;
    } else {
        Some(st.members[t2][rng.gen_range(0..st.members[t2].len())])
    };
    let m = st.price(a, b, t1, t2)?;
    let delta = m.delta;
    if !(delta <= 0 || rng.gen_bool((-(delta as f64) / temp).exp().clamp(0.0, 1.0))) {
        return None;
    }
    st.apply(&m);
    Some(delta)
}
