//! Exact branch and bound for small agendas (the "missed" objective plus overflow), to learn
//! the true optimum of the benchmark's smallest instances and to hold the search to it.
//!
//! As in [`super::solve`], rooms are not searched: within a slot the most wanted sessions take
//! the largest rooms. Sessions are taken most wanted first and each goes to a slot with a free
//! cell or to the marketplace. Both parts of the cost only grow as sessions are added (a new
//! session in a slot pushes the others into rooms no larger), so the partial cost bounds the
//! final one; to it is added a bound on what the remaining sessions cost:
//! - per person, wanted sessions still to place beyond the slots that are free for them (no
//!   wanted session there yet, a cell still free) each miss one;
//! - plus, per remaining session, the lesser of its overflow in the largest room of a slot with
//!   a free cell and what waiting costs the wanters the first part charges nothing, with
//!   enough sessions waiting when there are more of them than free cells;
//! - or, if larger, a coverage bound: a remaining wanted session is missed unless it is the
//!   first its wanter has in its slot, and the free cells can hold only so many firsts.
//!
//! Empty slots that no remaining session can tell apart (same free rooms, same conveners
//! away) are interchangeable, so only the first of them is tried.

use super::{Instance, InstanceError, Objective, Options, Placement, evaluate, solve};
use std::time::{Duration, Instant};

/// The result of [`optimum`]: the best agenda found, its value by the checker, and whether the
/// search finished (then no agenda is better).
#[derive(Debug, Clone)]
pub struct Exact {
    pub placement: Placement,
    pub value: u64,
    pub proven: bool,
    pub nodes: u64,
}

/// Searches for the agenda of least missed + overflow, starting from `start`'s answer (the
/// search only looks for strictly better ones) and stopping after `limit` if given.
pub fn optimum(
    inst: &Instance,
    start: &Options,
    limit: Option<Duration>,
) -> Result<Exact, InstanceError> {
    inst.check()?;
    let first = solve(
        inst,
        &Options {
            objective: Objective::Missed,
            current: None,
            move_weight: 0,
            fill_cells: false,
            ..start.clone()
        },
    )?;
    let mut bb = Bb::new(
        inst,
        first.placement.clone(),
        first.score.value(Objective::Missed, 0),
    );
    bb.deadline = limit.map(|l| Instant::now() + l);
    bb.dfs(0, 0);
    let placement = bb.best_placement();
    let value = evaluate(inst, &placement, None)
        .map_err(|e| InstanceError::BadPin(e.to_string()))?
        .value(Objective::Missed, 0);
    Ok(Exact {
        placement,
        value,
        proven: !bb.stopped,
        nodes: bb.nodes,
    })
}

struct Bb<'a> {
    inst: &'a Instance,
    slots: usize,
    /// Free sessions, most wanted first.
    order: Vec<usize>,
    wanted_by: Vec<Vec<usize>>,
    demand: Vec<u32>,
    /// Free rooms' capacities per slot, largest first.
    caps: Vec<Vec<u32>>,
    conv: Vec<usize>,
    conv_away: Vec<Vec<bool>>,
    conv_count: Vec<Vec<u8>>,
    /// Wanted sessions per (participant, slot), wanted sessions still to place per
    /// participant, and slots free for them (none wanted there yet and a cell free).
    count: Vec<Vec<u16>>,
    rem: Vec<u32>,
    open: Vec<u32>,
    /// Σ max(0, rem − open) over participants, kept in step.
    person_bound: u64,
    sorted: Vec<Vec<u32>>,
    overflow: Vec<u64>,
    fixed: u64,
    /// Slot signatures for symmetry: slots with equal signatures are interchangeable while empty.
    signature: Vec<usize>,
    slot_of: Vec<Option<usize>>,
    best: u64,
    best_slot: Vec<Option<usize>>,
    start: Placement,
    improved: bool,
    nodes: u64,
    deadline: Option<Instant>,
    stopped: bool,
}

impl<'a> Bb<'a> {
    fn new(inst: &'a Instance, start: Placement, best: u64) -> Self {
        let demand = inst.demand();
        let mut wanted_by = vec![Vec::new(); inst.sessions];
        for (p, wants) in inst.interests.iter().enumerate() {
            let mut w = wants.clone();
            w.sort_unstable();
            w.dedup();
            for s in w {
                wanted_by[s].push(p);
            }
        }
        let pinned: Vec<usize> = inst.pinned.iter().map(|p| p.session).collect();
        let mut order: Vec<usize> = (0..inst.sessions).filter(|s| !pinned.contains(s)).collect();
        order.sort_by_key(|&s| (std::cmp::Reverse(demand[s]), s));
        let caps: Vec<Vec<u32>> = (0..inst.slots)
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
        let mut ids = inst.convener.clone();
        ids.sort_unstable();
        ids.dedup();
        let conv: Vec<usize> = inst
            .convener
            .iter()
            .map(|c| ids.binary_search(c).unwrap_or(0))
            .collect();
        let unavailable = inst.unavailable();
        let conv_away: Vec<Vec<bool>> = ids
            .iter()
            .map(|c| {
                let mut away = vec![false; inst.slots];
                for &t in unavailable.get(c).map(Vec::as_slice).unwrap_or(&[]) {
                    away[t] = true;
                }
                away
            })
            .collect();
        let mut conv_count = vec![vec![0u8; inst.slots]; ids.len()];
        let mut count = vec![vec![0u16; inst.slots]; inst.participants];
        let mut fixed = 0;
        for p in &inst.pinned {
            conv_count[conv[p.session]][p.slot] += 1;
            fixed += u64::from(demand[p.session].saturating_sub(inst.room_capacity[p.room]));
            for &q in &wanted_by[p.session] {
                if count[q][p.slot] > 0 {
                    fixed += 1;
                }
                count[q][p.slot] += 1;
            }
        }
        // Signature: free capacities and, per convener, away or busy there. A slot holding a
        // pinned session differs for that session's wanters too: it is never grouped.
        let mut sigs: Vec<(Vec<u32>, Vec<bool>)> = Vec::new();
        let signature = (0..inst.slots)
            .map(|t| {
                if inst.pinned.iter().any(|p| p.slot == t) {
                    return usize::MAX - t;
                }
                let key = (
                    caps[t].clone(),
                    (0..ids.len())
                        .map(|c| conv_away[c][t] || conv_count[c][t] > 0)
                        .collect(),
                );
                sigs.iter().position(|k| *k == key).unwrap_or_else(|| {
                    sigs.push(key);
                    sigs.len() - 1
                })
            })
            .collect();
        let mut rem = vec![0u32; inst.participants];
        for &s in &order {
            for &p in &wanted_by[s] {
                rem[p] += 1;
            }
        }
        let open: Vec<u32> = (0..inst.participants)
            .map(|p| {
                (0..inst.slots)
                    .filter(|&t| count[p][t] == 0 && !caps[t].is_empty())
                    .count() as u32
            })
            .collect();
        let person_bound = rem
            .iter()
            .zip(&open)
            .map(|(r, o)| u64::from(r.saturating_sub(*o)))
            .sum();
        let sessions = inst.sessions;
        Self {
            inst,
            slots: inst.slots,
            order,
            wanted_by,
            demand,
            caps,
            conv,
            conv_away,
            conv_count,
            count,
            rem,
            open,
            person_bound,
            sorted: vec![Vec::new(); inst.slots],
            overflow: vec![0; inst.slots],
            fixed,
            signature,
            slot_of: vec![None; sessions],
            best,
            best_slot: Vec::new(),
            start,
            improved: false,
            nodes: 0,
            deadline: None,
            stopped: false,
        }
    }

    fn gap(&self, p: usize) -> u64 {
        u64::from(self.rem[p].saturating_sub(self.open[p]))
    }

    /// Overflow of slot `t` with one more session of demand `d`, walking its sorted demands.
    fn overflow_with(&self, t: usize, d: u32) -> u64 {
        let caps = &self.caps[t];
        let mut total = 0u64;
        let mut k = 0;
        let mut inserted = false;
        for &x in &self.sorted[t] {
            if !inserted && d >= x {
                total += u64::from(d.saturating_sub(caps[k]));
                k += 1;
                inserted = true;
            }
            total += u64::from(x.saturating_sub(caps[k]));
            k += 1;
        }
        if !inserted {
            total += u64::from(d.saturating_sub(caps[k]));
        }
        total
    }

    /// Places `s` in slot `t` (`None`: the marketplace); returns the added cost.
    fn push(&mut self, s: usize, t: Option<usize>) -> u64 {
        let mut cost = 0;
        for i in 0..self.wanted_by[s].len() {
            let p = self.wanted_by[s][i];
            self.person_bound -= self.gap(p);
            self.rem[p] -= 1;
            match t {
                Some(t) => {
                    if self.count[p][t] > 0 {
                        cost += 1;
                    } else {
                        self.open[p] -= 1;
                    }
                    self.count[p][t] += 1;
                }
                None => cost += 1,
            }
            self.person_bound += self.gap(p);
        }
        if let Some(t) = t {
            let o = self.overflow_with(t, self.demand[s]);
            cost += o - self.overflow[t];
            self.overflow[t] = o;
            let d = self.demand[s];
            let i = self.sorted[t]
                .iter()
                .position(|&x| x < d)
                .unwrap_or(self.sorted[t].len());
            self.sorted[t].insert(i, d);
            self.conv_count[self.conv[s]][t] += 1;
            if self.sorted[t].len() == self.caps[t].len() {
                // The slot is full: it is no longer open to anyone without a session there.
                for p in 0..self.inst.participants {
                    if self.count[p][t] == 0 {
                        self.person_bound -= self.gap(p);
                        self.open[p] -= 1;
                        self.person_bound += self.gap(p);
                    }
                }
            }
        }
        self.slot_of[s] = t;
        cost
    }

    fn pop(&mut self, s: usize, t: Option<usize>) {
        if let Some(t) = t {
            if self.sorted[t].len() == self.caps[t].len() {
                for p in 0..self.inst.participants {
                    if self.count[p][t] == 0 {
                        self.person_bound -= self.gap(p);
                        self.open[p] += 1;
                        self.person_bound += self.gap(p);
                    }
                }
            }
            let d = self.demand[s];
            if let Some(i) = self.sorted[t].iter().position(|&x| x == d) {
                self.sorted[t].remove(i);
            }
            self.overflow[t] = self.sorted[t]
                .iter()
                .zip(&self.caps[t])
                .map(|(d, c)| u64::from(d.saturating_sub(*c)))
                .sum();
            self.conv_count[self.conv[s]][t] -= 1;
        }
        for i in 0..self.wanted_by[s].len() {
            let p = self.wanted_by[s][i];
            self.person_bound -= self.gap(p);
            self.rem[p] += 1;
            if let Some(t) = t {
                self.count[p][t] -= 1;
                if self.count[p][t] == 0 {
                    self.open[p] += 1;
                }
            }
            self.person_bound += self.gap(p);
        }
        self.slot_of[s] = None;
    }

    /// A bound on what the sessions from `i` on cost, beyond the cost so far. Each remaining
    /// session either waits (each wanter misses it; counted here only for wanters the person
    /// bound charges nothing, so the two add up) or is placed (overflow at least its demand
    /// beyond the largest room of a slot with a free cell); with more sessions than free
    /// cells, enough of them wait.
    fn bound(&self, i: usize) -> u64 {
        // A session joining a slot gets a room no larger than the slot's largest, and the
        // sessions there keep rooms no larger than before.
        let max_cap = (0..self.slots)
            .filter(|&t| self.sorted[t].len() < self.caps[t].len())
            .map(|t| self.caps[t][0])
            .max()
            .unwrap_or(0);
        let free: usize = (0..self.slots)
            .map(|t| self.caps[t].len() - self.sorted[t].len())
            .sum();
        let rest = &self.order[i..];
        let must_wait = rest.len().saturating_sub(free);
        let (mut seats, mut joint, mut waiting) = (0u64, 0u64, 0usize);
        let mut dearer: Vec<u64> = Vec::new();
        let mut demands: Vec<u64> = Vec::new();
        for &s in rest {
            let e = u64::from(self.demand[s].saturating_sub(max_cap));
            let z = self.wanted_by[s]
                .iter()
                .filter(|&&p| self.gap(p) == 0)
                .count() as u64;
            seats += e;
            if z <= e {
                joint += z;
                waiting += 1;
            } else {
                joint += e;
                dearer.push(z - e);
            }
            if must_wait > 0 {
                demands.push(u64::from(self.demand[s]));
            }
        }
        let mut waits = 0;
        if must_wait > 0 {
            if waiting < must_wait {
                dearer.sort_unstable();
                joint += dearer[..must_wait - waiting].iter().sum::<u64>();
            }
            demands.sort_unstable();
            waits = demands[..must_wait].iter().sum();
        }
        (self.person_bound + joint)
            .max(seats)
            .max(waits)
            .max(self.coverage_bound(rest))
    }

    /// Every remaining wanted session is missed unless it is the first a person wants in its
    /// slot. How many such firsts the remaining sessions can still make is at most the sum of
    /// the best gains, one session a free cell, each at the slot where it gains most; and at
    /// most, slot by slot, the best gains of as many sessions as the slot has free cells.
    /// (Gains only shrink as slots fill, so gains now bound the later ones.)
    fn coverage_bound(&self, rest: &[usize]) -> u64 {
        let mut wants = 0u64;
        let mut best: Vec<u64> = Vec::with_capacity(rest.len());
        let mut per_slot: Vec<Vec<u64>> = vec![Vec::new(); self.slots];
        let open: Vec<usize> = (0..self.slots)
            .filter(|&t| self.sorted[t].len() < self.caps[t].len())
            .collect();
        for &s in rest {
            wants += u64::from(self.demand[s]);
            let c = self.conv[s];
            let mut top = 0;
            for &t in &open {
                if self.conv_away[c][t] || self.conv_count[c][t] > 0 {
                    continue;
                }
                let g = self.wanted_by[s]
                    .iter()
                    .filter(|&&p| self.count[p][t] == 0)
                    .count() as u64;
                per_slot[t].push(g);
                top = top.max(g);
            }
            best.push(top);
        }
        let free: usize = open
            .iter()
            .map(|&t| self.caps[t].len() - self.sorted[t].len())
            .sum();
        best.sort_unstable_by(|a, b| b.cmp(a));
        let by_session: u64 = best.iter().take(free).sum();
        let by_slot: u64 = open
            .iter()
            .map(|&t| {
                let g = &mut per_slot[t];
                g.sort_unstable_by(|a, b| b.cmp(a));
                g.iter()
                    .take(self.caps[t].len() - self.sorted[t].len())
                    .sum::<u64>()
            })
            .sum();
        wants.saturating_sub(by_session.min(by_slot))
    }

    fn dfs(&mut self, i: usize, cost: u64) {
        self.nodes += 1;
        if self.nodes.is_multiple_of(4096) && self.deadline.is_some_and(|d| Instant::now() >= d) {
            self.stopped = true;
        }
        if self.stopped || cost + self.fixed + self.bound(i) >= self.best {
            return;
        }
        if i == self.order.len() {
            self.best = cost + self.fixed;
            self.best_slot.clone_from(&self.slot_of);
            self.improved = true;
            return;
        }
        let s = self.order[i];
        let c = self.conv[s];
        let mut tried_empty: Vec<usize> = Vec::new();
        let mut options: Vec<(u64, Option<usize>)> = Vec::new();
        for t in 0..self.slots {
            if self.sorted[t].len() >= self.caps[t].len()
                || self.conv_away[c][t]
                || self.conv_count[c][t] > 0
            {
                continue;
            }
            if self.sorted[t].is_empty() {
                if tried_empty.contains(&self.signature[t]) {
                    continue;
                }
                tried_empty.push(self.signature[t]);
            }
            let clash = self.wanted_by[s]
                .iter()
                .filter(|&&p| self.count[p][t] > 0)
                .count() as u64;
            let over = self.overflow_with(t, self.demand[s]) - self.overflow[t];
            options.push((clash + over, Some(t)));
        }
        options.push((u64::from(self.demand[s]), None));
        options.sort_by_key(|o| o.0);
        for (_, t) in options {
            let added = self.push(s, t);
            self.dfs(i + 1, cost + added);
            self.pop(s, t);
            if self.stopped {
                return;
            }
        }
    }

    /// The best agenda: the search's if it improved on the start, rooms by sorted matching.
    fn best_placement(&self) -> Placement {
        if !self.improved {
            return self.start.clone();
        }
        let inst = self.inst;
        let mut out = vec![None; inst.sessions];
        for p in &inst.pinned {
            out[p.session] = Some([p.slot, p.room]);
        }
        for t in 0..self.slots {
            let mut rooms: Vec<usize> = (0..inst.rooms)
                .filter(|&r| {
                    !inst.locked_cells.contains(&[t, r])
                        && !inst.pinned.iter().any(|p| p.slot == t && p.room == r)
                })
                .collect();
            rooms.sort_by_key(|&r| (std::cmp::Reverse(inst.room_capacity[r]), r));
            let mut here: Vec<usize> = self
                .order
                .iter()
                .copied()
                .filter(|&s| self.best_slot[s] == Some(t))
                .collect();
            here.sort_by_key(|&s| (std::cmp::Reverse(self.demand[s]), s));
            for (s, r) in here.into_iter().zip(rooms) {
                out[s] = Some([t, r]);
            }
        }
        out
    }
}
