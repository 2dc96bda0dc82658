//! Tabu search over swaps of two people in one round (after Dotú and Van Hentenryck, "Scheduling
//! social golfers locally", 2005): each step takes the best swap of someone in conflict with
//! anyone at another table of the same round; the same swap is tabu for a short random tenure;
//! when the search stalls it goes back to the run's best seating and shakes it with a few
//! random swaps, and runs restart from a fresh greedy seating on a Luby schedule (runs on hard
//! instances either succeed within some ten thousand steps or not for a long while).
//!
//! The cost is weighted so the objective is lexicographic: a pair kept apart that shares a
//! table outweighs every repeat, a repeat outweighs every same-organization pair. Pair meeting
//! counts are kept in an n × n matrix and, per person, as bitsets of whom they met once and
//! twice, so a swap's cost change is a few popcounts over the two tables.

use super::{Problem, Seating, construct, greedy};
use crate::agenda::Budget;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::sync::atomic::Ordering;
use std::time::Instant;

pub(super) const ABSENT: usize = usize::MAX;

pub(super) struct State<'a> {
    pub p: &'a Problem,
    pub n: usize,
    pub g: usize,
    /// 64-bit words in a bitset over people.
    words: usize,
    /// `table[w * n + x]`, [`ABSENT`] when x is not there in round w.
    pub table: Vec<usize>,
    /// `members[w * g + t]`, and the same as bitsets at `mask[(w * g + t) * words..]`.
    pub members: Vec<Vec<usize>>,
    mask: Vec<u64>,
    /// Hosts, who never move.
    pub fixed: Vec<bool>,
    /// `met[a * n + b]`: rounds a and b share a table; as bitsets per person, whom they met
    /// at least once and at least twice, so a swap's cost change is a few popcounts.
    met: Vec<u16>,
    once: Vec<u64>,
    twice: Vec<u64>,
    /// Same-organization colleagues of each person (not themselves), when mixing.
    colleagues: Option<Vec<u64>>,
    /// `apart[w * n + x]`: whom x must not sit with in round w.
    apart: Vec<Vec<usize>>,
    pub repeat_weight: i64,
    apart_weight: i64,
    pub cost: i64,
}

impl<'a> State<'a> {
    pub fn new(p: &'a Problem) -> Self {
        let (n, g) = (p.people, p.tables());
        let words = n.div_ceil(64);
        let colleagues = p.organization.as_ref().map(|o| {
            let mut c = vec![0u64; n * words];
            for a in 0..n {
                for b in (0..n).filter(|&b| b != a && o[a] == o[b]) {
                    c[a * words + b / 64] |= 1 << (b % 64);
                }
            }
            c
        });
        let mut apart = vec![Vec::new(); p.rounds * n];
        for &(a, b, w) in &p.keep_apart {
            if a != b {
                apart[w * n + a].push(b);
                apart[w * n + b].push(a);
            }
        }
        // Upper bound on same-organization pairs, so one repeat outweighs all of them, and
        // on repeats, so one pair seated against keep-apart outweighs all of them.
        let pairs: i64 = p
            .round_sizes()
            .iter()
            .flatten()
            .map(|&s| (s * s.saturating_sub(1) / 2) as i64)
            .sum();
        let repeat_weight = if p.organization.is_some() {
            pairs + 1
        } else {
            1
        };
        let mut fixed = vec![false; n];
        for &(h, _) in &p.hosts {
            fixed[h] = true;
        }
        Self {
            p,
            n,
            g,
            words,
            table: vec![ABSENT; p.rounds * n],
            members: vec![Vec::new(); p.rounds * g],
            mask: vec![0; p.rounds * g * words],
            fixed,
            met: vec![0; n * n],
            once: vec![0; n * words],
            twice: vec![0; n * words],
            colleagues,
            apart,
            repeat_weight,
            apart_weight: repeat_weight * (pairs + 1),
            cost: 0,
        }
    }

    fn same_org(&self, a: usize, b: usize) -> bool {
        self.p.organization.as_ref().is_some_and(|o| o[a] == o[b])
    }

    /// Times a and b are to be kept apart in round w (0 almost always).
    fn apart(&self, w: usize, a: usize, b: usize) -> i64 {
        self.apart[w * self.n + a]
            .iter()
            .filter(|&&z| z == b)
            .count() as i64
    }

    /// Cost of seating a with b in round w, given how often they have met elsewhere.
    pub fn join_cost(&self, w: usize, a: usize, b: usize) -> i64 {
        let m = self.met[a * self.n + b];
        self.repeat_weight * i64::from(m >= 1)
            + i64::from(self.same_org(a, b))
            + self.apart_weight * self.apart(w, a, b)
    }

    /// One more (`up`) or one fewer meeting of a and b, in counts and bitsets.
    fn meet(&mut self, a: usize, b: usize, up: bool) {
        let n = self.n;
        let before = self.met[a * n + b];
        let after = if up { before + 1 } else { before - 1 };
        self.met[a * n + b] = after;
        self.met[b * n + a] = after;
        let flip = |set: &mut Vec<u64>, words: usize| {
            set[a * words + b / 64] ^= 1 << (b % 64);
            set[b * words + a / 64] ^= 1 << (a % 64);
        };
        if (before >= 1) != (after >= 1) {
            flip(&mut self.once, self.words);
        }
        if (before >= 2) != (after >= 2) {
            flip(&mut self.twice, self.words);
        }
    }

    /// People of `set` (a person's bitset) at table t in round w, not counting `except`.
    fn count(&self, set: &[u64], w: usize, t: usize, except: usize) -> i64 {
        let m = &self.mask[(w * self.g + t) * self.words..][..self.words];
        let mut c: u32 = set.iter().zip(m).map(|(a, b)| (a & b).count_ones()).sum();
        if except != ABSENT && set[except / 64] >> (except % 64) & 1 == 1 {
            c -= 1;
        }
        i64::from(c)
    }

    /// Σ over people z at table t of round w (but `except`) of what seating x with z costs;
    /// with `leaving`, what x's leaving saves (x sits at t).
    fn table_cost(&self, w: usize, x: usize, t: usize, except: usize, leaving: bool) -> i64 {
        let sets = if leaving { &self.twice } else { &self.once };
        let mut c =
            self.repeat_weight * self.count(&sets[x * self.words..][..self.words], w, t, except);
        if let Some(col) = &self.colleagues {
            c += self.count(&col[x * self.words..][..self.words], w, t, except);
        }
        let list = &self.apart[w * self.n + x];
        if !list.is_empty() {
            let n = self.n;
            c += self.apart_weight
                * list
                    .iter()
                    .filter(|&&z| z != except && z != x && self.table[w * n + z] == t)
                    .count() as i64;
        }
        c
    }

    /// Rebuilds members, masks, meeting counts and cost from `table`.
    pub fn recount(&mut self) {
        let len = self.table.len();
        let table = std::mem::replace(&mut self.table, vec![ABSENT; len]);
        self.members.iter_mut().for_each(Vec::clear);
        self.mask.iter_mut().for_each(|m| *m = 0);
        self.met.iter_mut().for_each(|m| *m = 0);
        self.once.iter_mut().for_each(|m| *m = 0);
        self.twice.iter_mut().for_each(|m| *m = 0);
        self.cost = 0;
        for w in 0..self.p.rounds {
            for x in 0..self.n {
                let t = table[w * self.n + x];
                if t != ABSENT {
                    self.seat(w, x, t);
                }
            }
        }
    }

    /// Seats x at table t in round w (x unseated there), updating counts and cost.
    pub fn seat(&mut self, w: usize, x: usize, t: usize) {
        let i = w * self.g + t;
        for j in 0..self.members[i].len() {
            let z = self.members[i][j];
            self.cost += self.join_cost(w, x, z);
            self.meet(x, z, true);
        }
        self.members[i].push(x);
        self.mask[i * self.words + x / 64] |= 1 << (x % 64);
        self.table[w * self.n + x] = t;
    }

    fn swap_delta(&self, w: usize, x: usize, y: usize) -> i64 {
        let n = self.n;
        let (tx, ty) = (self.table[w * n + x], self.table[w * n + y]);
        self.table_cost(w, y, tx, x, false) - self.table_cost(w, x, tx, x, true)
            + self.table_cost(w, x, ty, y, false)
            - self.table_cost(w, y, ty, y, true)
    }

    fn apply_swap(&mut self, w: usize, x: usize, y: usize) {
        let (n, g) = (self.n, self.g);
        self.cost += self.swap_delta(w, x, y);
        let (tx, ty) = (self.table[w * n + x], self.table[w * n + y]);
        for (leave, join, t) in [(x, y, tx), (y, x, ty)] {
            let i = w * g + t;
            for j in 0..self.members[i].len() {
                let z = self.members[i][j];
                if z == leave {
                    self.members[i][j] = join;
                    continue;
                }
                self.meet(leave, z, false);
                self.meet(join, z, true);
            }
            self.mask[i * self.words + leave / 64] ^= 1 << (leave % 64);
            self.mask[i * self.words + join / 64] ^= 1 << (join % 64);
        }
        self.table[w * n + x] = ty;
        self.table[w * n + y] = tx;
    }

    pub fn seating(&self, table: &[usize]) -> Seating {
        (0..self.p.rounds)
            .map(|w| {
                let mut round = vec![Vec::new(); self.g];
                for x in 0..self.n {
                    let t = table[w * self.n + x];
                    if t != ABSENT {
                        round[t].push(x);
                    }
                }
                round
            })
            .collect()
    }
}

/// Stalled steps before the search goes back to this run's best seating and perturbs it.
const MAX_STABLE: u64 = 1_000;
/// Steps a swap stays tabu, drawn at random.
const TENURE: std::ops::Range<u64> = 2..20;
/// Unit of run length: runs either succeed early or stall for good, so the search restarts
/// from a fresh greedy seating after `RUN × luby(i)` steps.
const RUN: u64 = 10_000;
/// Random swaps applied at a perturbation.
const SHAKE: usize = 3;
const DEFAULT_ITERATIONS: u64 = 200_000;
/// Swaps one step evaluates at most (conflicts sampled beyond it).
const STEP_WORK: usize = 1 << 15;

/// Greedy start, then tabu search until zero cost (or the lower bounds), the budget, or
/// cancellation. Returns the best seating and the number of moves made.
pub(super) fn run(p: &Problem, seed: u64, budget: &Budget) -> (Seating, u64) {
    let start = Instant::now();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let given = if p.hosts.is_empty() && p.absent.is_empty() {
        construct::prefix(p.people, p.table_size, p.rounds).unwrap_or_default()
    } else {
        Vec::new()
    };
    let fresh = |rng: &mut ChaCha8Rng| {
        let mut s = State::new(p);
        greedy::seat_all(&mut s, &given, rng);
        s
    };
    let mut s = fresh(&mut rng);
    let (n, g) = (s.n, s.g);
    let planned = budget.iterations.unwrap_or(if budget.time.is_some() {
        u64::MAX
    } else {
        DEFAULT_ITERATIONS
    });
    let floor =
        s.repeat_weight * p.repeats_lower_bound() as i64 + p.same_organization_lower_bound() as i64;
    let mut best = s.table.clone();
    let mut best_cost = s.cost;
    // Until which step swapping x and y in round w is tabu: `tabu[(w * n + x) * n + y]`; on
    // large problems, x returning to table t, `tabu[(w * n + x) * g + t]`, to save memory.
    let triple = p.rounds * n * n <= 1 << 22;
    let mut tabu = vec![0u64; p.rounds * n * if triple { n } else { g }];
    let mut stable = 0u64;
    let mut it = 0u64;
    // This run's best (restored when the run stalls) and when the run ends (Luby lengths).
    let mut run_best = s.table.clone();
    let mut run_cost = s.cost;
    let mut runs = 1u64;
    let mut run_end = RUN * luby(runs);
    let mut conflicts = Vec::new();
    let mut leave = vec![0i64; p.rounds * n];
    let mut join = vec![0i64; g];
    while it < planned && best_cost > floor {
        // Checked every step: a step on a large gathering is milliseconds of work, and a
        // clock read is nanoseconds.
        let out_of_time = budget.time.is_some_and(|l| start.elapsed() >= l);
        let cancelled = budget
            .cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed));
        if out_of_time || cancelled {
            break;
        }
        it += 1;
        // What each person's leaving their table saves; people whose seat costs anything
        // are in conflict and drive the neighbourhood. The objective is lexicographic, so
        // while anyone sits with someone met before (or to be kept apart), only they drive.
        conflicts.clear();
        let mut severe = false;
        for w in 0..p.rounds {
            for x in 0..n {
                let t = s.table[w * n + x];
                if t != ABSENT {
                    let c = s.table_cost(w, x, t, x, true);
                    leave[w * n + x] = c;
                    if c > 0 && !s.fixed[x] {
                        if c >= s.repeat_weight && !severe {
                            severe = true;
                            conflicts.clear();
                        }
                        if c >= s.repeat_weight || !severe {
                            conflicts.push((w, x));
                        }
                    }
                }
            }
        }
        // A step looks at conflicts × people swaps; on large gatherings a random sample of
        // the conflicts keeps a step near `STEP_WORK` swaps, so the clock is read often and
        // the search makes many cheap steps rather than a few exhaustive ones.
        let most = (STEP_WORK / n).max(1);
        if conflicts.len() > most {
            let sample = conflicts.partial_shuffle(&mut rng, most).0.to_vec();
            conflicts = sample;
        }
        // The best admissible swap; ties broken uniformly at random.
        let mut chosen: Option<(i64, usize, usize, usize)> = None;
        let mut ties = 0u32;
        for &(w, x) in &conflicts {
            let tx = s.table[w * n + x];
            for (t, j) in join.iter_mut().enumerate() {
                *j = s.table_cost(w, x, t, ABSENT, false);
            }
            for y in 0..n {
                let ty = s.table[w * n + y];
                if ty == ABSENT || ty == tx || s.fixed[y] {
                    continue;
                }
                let d = s.table_cost(w, y, tx, x, false) - leave[w * n + x] + join[ty]
                    - s.join_cost(w, x, y)
                    - leave[w * n + y];
                debug_assert_eq!(d, s.swap_delta(w, x, y));
                if chosen.is_some_and(|(bd, ..)| d > bd) {
                    continue;
                }
                let is_tabu = if triple {
                    tabu[(w * n + x) * n + y] > it
                } else {
                    tabu[(w * n + x) * g + ty] > it || tabu[(w * n + y) * g + tx] > it
                };
                if is_tabu && s.cost + d >= best_cost {
                    continue;
                }
                if chosen.is_some_and(|(bd, ..)| d == bd) {
                    ties += 1;
                    if rng.gen_range(0..=ties) != 0 {
                        continue;
                    }
                } else {
                    ties = 0;
                }
                chosen = Some((d, w, x, y));
            }
        }
        if let Some((_, w, x, y)) = chosen {
            let (tx, ty) = (s.table[w * n + x], s.table[w * n + y]);
            s.apply_swap(w, x, y);
            if triple {
                let until = it + rng.gen_range(TENURE);
                tabu[(w * n + x) * n + y] = until;
                tabu[(w * n + y) * n + x] = until;
            } else {
                tabu[(w * n + x) * g + tx] = it + rng.gen_range(TENURE);
                tabu[(w * n + y) * g + ty] = it + rng.gen_range(TENURE);
            }
        }
        if s.cost < best_cost {
            best_cost = s.cost;
            best.clone_from(&s.table);
        }
        if s.cost < run_cost {
            run_cost = s.cost;
            run_best.clone_from(&s.table);
            stable = 0;
        } else {
            stable += 1;
        }
        if it >= run_end {
            s = fresh(&mut rng);
            run_best.clone_from(&s.table);
            run_cost = s.cost;
            runs += 1;
            run_end = it + RUN * luby(runs);
            tabu.iter_mut().for_each(|t| *t = 0);
            stable = 0;
        } else if stable > MAX_STABLE {
            s.table.clone_from(&run_best);
            s.recount();
            shake(&mut s, &mut rng);
            stable = 0;
        }
    }
    (s.seating(&best), it)
}

/// A few random swaps of movable people at different tables of one round.
fn shake(s: &mut State, rng: &mut ChaCha8Rng) {
    let n = s.n;
    for _ in 0..SHAKE {
        let w = rng.gen_range(0..s.p.rounds);
        let (a, b) = (rng.gen_range(0..n), rng.gen_range(0..n));
        let (ta, tb) = (s.table[w * n + a], s.table[w * n + b]);
        if !s.fixed[a] && !s.fixed[b] && ta != ABSENT && tb != ABSENT && ta != tb {
            s.apply_swap(w, a, b);
        }
    }
}

/// The Luby sequence 1, 1, 2, 1, 1, 2, 4, 1, … (i from 1): restart lengths that waste at most
/// a log factor against the best fixed length, which differs by instance.
fn luby(i: u64) -> u64 {
    let mut k = 1;
    while (1u64 << k) - 1 < i {
        k += 1;
    }
    if (1u64 << k) - 1 == i {
        1 << (k - 1)
    } else {
        luby(i - (1 << (k - 1)) + 1)
    }
}
