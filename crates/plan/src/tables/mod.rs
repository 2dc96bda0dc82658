//! Table rotation (World Café, mixers): n people at tables of about k for r rounds, meeting as
//! many new people as possible. The Social Golfer Problem (CSPLib prob010) when n = g·k.
//!
//! Affine planes answer q² people at q tables of q for up to q+1 rounds (q prime) with no pair
//! meeting twice, instantly. Everything else goes to a tabu search over swaps of two people in
//! one round, driven by people who meet someone again (after Dotú and Van Hentenryck), with
//! random restarts from the best seating when it stalls. People are never assigned against
//! their will: this is a suggestion a host shows, and anyone may sit elsewhere.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub people: usize,
    /// Largest table; tables hold `table_size` or `table_size − 1` people.
    pub table_size: usize,
    pub rounds: usize,
    /// Table hosts stay at one table every round: `(person, table)`.
    #[serde(default)]
    pub hosts: Vec<(usize, usize)>,
    /// Organization of each person, for mixing across the boundary (optional).
    #[serde(default)]
    pub organization: Option<Vec<u32>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemError {
    #[error("need at least 2 people, tables of at least 2 and at least 1 round")]
    TooSmall,
    #[error("at most 10,000 people and 100 rounds")]
    TooLarge,
    #[error("host {0} or their table is out of range, or a table has two hosts")]
    BadHost(usize),
    #[error("organization has {got} entries for {people} people")]
    Organizations { got: usize, people: usize },
}

/// `seating[round][table]` lists the people at that table.
pub type Seating = Vec<Vec<Vec<usize>>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TableScore {
    /// Σ over pairs of (times met − 1) for pairs who meet more than once.
    pub repeats: u64,
    /// Pairs of the same organization at one table, summed over rounds.
    pub same_organization: u64,
}

impl Problem {
    pub fn tables(&self) -> usize {
        self.people.div_ceil(self.table_size)
    }

    /// Sizes of the tables: as even as possible, none above `table_size`.
    pub fn sizes(&self) -> Vec<usize> {
        let g = self.tables();
        (0..g)
            .map(|t| self.people / g + usize::from(t < self.people % g))
            .collect()
    }

    pub fn check(&self) -> Result<(), ProblemError> {
        if self.people < 2 || self.table_size < 2 || self.rounds == 0 {
            return Err(ProblemError::TooSmall);
        }
        if self.people > 10_000 || self.rounds > 100 {
            return Err(ProblemError::TooLarge);
        }
        let mut tables = std::collections::BTreeSet::new();
        for &(h, t) in &self.hosts {
            if h >= self.people || t >= self.tables() || !tables.insert(t) {
                return Err(ProblemError::BadHost(h));
            }
        }
        if let Some(o) = &self.organization
            && o.len() != self.people
        {
            return Err(ProblemError::Organizations {
                got: o.len(),
                people: self.people,
            });
        }
        Ok(())
    }
}

/// Recomputes the score of a seating from scratch, and checks its shape: every person once per
/// round, table sizes as [`Problem::sizes`], hosts at their tables.
pub fn evaluate(p: &Problem, seating: &Seating) -> Result<TableScore, String> {
    if seating.len() != p.rounds {
        return Err(format!("{} rounds, expected {}", seating.len(), p.rounds));
    }
    let mut met = vec![0u16; p.people * p.people];
    let mut score = TableScore::default();
    for (w, round) in seating.iter().enumerate() {
        let mut sizes: Vec<usize> = round.iter().map(Vec::len).collect();
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        if sizes != p.sizes() {
            return Err(format!(
                "round {w}: table sizes {sizes:?}, expected {:?}",
                p.sizes()
            ));
        }
        let mut seen = vec![false; p.people];
        for table in round {
            for &x in table {
                if x >= p.people || std::mem::replace(&mut seen[x], true) {
                    return Err(format!(
                        "round {w}: person {x} is missing a seat or has two"
                    ));
                }
            }
            for (i, &a) in table.iter().enumerate() {
                for &b in &table[i + 1..] {
                    let m = &mut met[a.min(b) * p.people + a.max(b)];
                    *m += 1;
                    if *m > 1 {
                        score.repeats += 1;
                    }
                    if p.organization.as_ref().is_some_and(|o| o[a] == o[b]) {
                        score.same_organization += 1;
                    }
                }
            }
        }
        for &(h, t) in &p.hosts {
            if !round.get(t).is_some_and(|table| table.contains(&h)) {
                return Err(format!("round {w}: host {h} is not at table {t}"));
            }
        }
    }
    Ok(score)
}

fn is_prime(q: usize) -> bool {
    q >= 2
        && (2..q)
            .take_while(|d| d * d <= q)
            .all(|d| !q.is_multiple_of(d))
}

/// Affine plane AG(2, q), q prime: round 0 groups by x, round m+1 by y − m·x (mod q).
fn affine(p: &Problem) -> Option<Seating> {
    let q = p.table_size;
    if !(is_prime(q)
        && p.people == q * q
        && p.rounds <= q + 1
        && p.hosts.is_empty()
        && p.organization.is_none())
    {
        return None;
    }
    Some(
        (0..p.rounds)
            .map(|w| {
                let mut round = vec![Vec::with_capacity(q); q];
                for person in 0..q * q {
                    let (x, y) = (person / q, person % q);
                    let t = if w == 0 {
                        x
                    } else {
                        (y + q * q - (w - 1) * x % q) % q
                    };
                    round[t].push(person);
                }
                round
            })
            .collect(),
    )
}

#[derive(Debug, Clone)]
pub struct TableSolution {
    pub seating: Seating,
    pub score: TableScore,
    pub iterations: u64,
    pub construction: &'static str,
}

/// Seats everyone for every round. Deterministic for a seed when `iterations` bounds the run.
pub fn solve_tables(
    p: &Problem,
    seed: u64,
    iterations: Option<u64>,
    time: Option<Duration>,
) -> Result<TableSolution, ProblemError> {
    p.check()?;
    if let Some(seating) = affine(p) {
        let score = evaluate(p, &seating).map_err(|_| ProblemError::TooSmall)?;
        return Ok(TableSolution {
            seating,
            score,
            iterations: 0,
            construction: "affine plane",
        });
    }
    let mut s = Search::new(p, seed);
    let iterations = s.run(
        iterations.unwrap_or(if time.is_some() { u64::MAX } else { 200_000 }),
        time,
    );
    let seating = s.seating(&s.best.clone());
    let score = evaluate(p, &seating).map_err(|_| ProblemError::TooSmall)?;
    Ok(TableSolution {
        seating,
        score,
        iterations,
        construction: "tabu search",
    })
}

struct Search<'a> {
    p: &'a Problem,
    rng: ChaCha8Rng,
    n: usize,
    /// `table[w * n + person]`.
    table: Vec<usize>,
    /// `members[w * tables + t]`: who sits at table t in round w.
    members: Vec<Vec<usize>>,
    fixed: Vec<bool>,
    met: Vec<u16>,
    tabu: Vec<u64>,
    cost: u64,
    best: Vec<usize>,
    best_cost: u64,
}

impl<'a> Search<'a> {
    fn new(p: &'a Problem, seed: u64) -> Self {
        let n = p.people;
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let sizes = p.sizes();
        let mut fixed = vec![false; n];
        let mut table = Vec::with_capacity(p.rounds * n);
        for _ in 0..p.rounds {
            let mut seats: Vec<usize> = sizes
                .iter()
                .enumerate()
                .flat_map(|(t, &k)| std::iter::repeat_n(t, k))
                .collect();
            let mut round = vec![usize::MAX; n];
            for &(h, t) in &p.hosts {
                round[h] = t;
                fixed[h] = true;
                if let Some(i) = seats.iter().position(|&x| x == t) {
                    seats.swap_remove(i);
                }
            }
            for i in (1..seats.len()).rev() {
                seats.swap(i, rng.gen_range(0..=i));
            }
            let mut it = seats.into_iter();
            for slot in round.iter_mut().filter(|s| **s == usize::MAX) {
                *slot = it.next().unwrap_or(0);
            }
            table.extend(round);
        }
        let mut s = Self {
            p,
            rng,
            n,
            table,
            members: Vec::new(),
            fixed,
            met: vec![0; n * n],
            tabu: vec![0; p.rounds * n * n],
            cost: 0,
            best: Vec::new(),
            best_cost: u64::MAX,
        };
        s.recount();
        s.best = s.table.clone();
        s.best_cost = s.cost;
        s
    }

    fn recount(&mut self) {
        let n = self.n;
        let g = self.p.tables();
        self.members = vec![Vec::new(); self.p.rounds * g];
        for w in 0..self.p.rounds {
            for x in 0..n {
                self.members[w * g + self.table[w * n + x]].push(x);
            }
        }
        self.met.iter_mut().for_each(|m| *m = 0);
        for w in 0..self.p.rounds {
            for a in 0..n {
                for b in a + 1..n {
                    if self.table[w * n + a] == self.table[w * n + b] {
                        self.met[a * n + b] += 1;
                        self.met[b * n + a] += 1;
                    }
                }
            }
        }
        self.cost = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .map(|(a, b)| self.total(a, b, self.met[a * n + b]))
            .sum();
    }

    /// Cost of a pair that met `m` times: repeats plus, per meeting, same-organization seating.
    fn total(&self, a: usize, b: usize, m: u16) -> u64 {
        let same = self.p.organization.as_ref().is_some_and(|o| o[a] == o[b]);
        let scale = self.n as u64 * self.n as u64 * self.p.rounds as u64 + 1;
        u64::from(m.saturating_sub(1)) * scale + if same { u64::from(m) } else { 0 }
    }

    /// Cost change of one more (+1) or one fewer (−1) meeting of a and b.
    fn bump(&self, a: usize, b: usize, up: bool) -> i64 {
        let m = self.met[a * self.n + b];
        let next = if up { m + 1 } else { m - 1 };
        self.total(a, b, next) as i64 - self.total(a, b, m) as i64
    }

    fn swap_delta(&self, w: usize, x: usize, y: usize) -> i64 {
        let g = self.p.tables();
        let (tx, ty) = (self.table[w * self.n + x], self.table[w * self.n + y]);
        let mut d = 0;
        for &z in &self.members[w * g + tx] {
            if z != x {
                d += self.bump(x, z, false) + self.bump(y, z, true);
            }
        }
        for &z in &self.members[w * g + ty] {
            if z != y {
                d += self.bump(y, z, false) + self.bump(x, z, true);
            }
        }
        d
    }

    fn apply_swap(&mut self, w: usize, x: usize, y: usize) {
        let (n, g) = (self.n, self.p.tables());
        let d = self.swap_delta(w, x, y);
        let (tx, ty) = (self.table[w * n + x], self.table[w * n + y]);
        for (leave, join, t) in [(x, y, tx), (y, x, ty)] {
            for i in 0..self.members[w * g + t].len() {
                let z = self.members[w * g + t][i];
                if z == leave {
                    self.members[w * g + t][i] = join;
                    continue;
                }
                self.met[leave * n + z] -= 1;
                self.met[z * n + leave] -= 1;
                self.met[join * n + z] += 1;
                self.met[z * n + join] += 1;
            }
        }
        self.table[w * n + x] = ty;
        self.table[w * n + y] = tx;
        self.cost = (self.cost as i64 + d) as u64;
    }

    /// Every (round, person) seated with someone they meet again (or, when mixing, someone of
    /// their own organization).
    fn conflicted(&self) -> Vec<(usize, usize)> {
        let (n, g) = (self.n, self.p.tables());
        let mut found = Vec::new();
        for w in 0..self.p.rounds {
            for table in &self.members[w * g..(w + 1) * g] {
                for &x in table {
                    if !self.fixed[x]
                        && table
                            .iter()
                            .any(|&z| z != x && self.total(x, z, self.met[x * n + z]) > 0)
                    {
                        found.push((w, x));
                    }
                }
            }
        }
        found
    }

    fn run(&mut self, iterations: u64, time: Option<Duration>) -> u64 {
        let start = Instant::now();
        let n = self.n;
        let mut stall = 0u64;
        let mut it = 0;
        while it < iterations && self.best_cost > 0 {
            if it % 64 == 0 && time.is_some_and(|t| start.elapsed() >= t) {
                break;
            }
            it += 1;
            let conflicts = self.conflicted();
            if conflicts.is_empty() {
                break;
            }
            // The best non-tabu swap of a conflicted person with anyone at another table.
            let mut best: Option<(i64, usize, usize, usize)> = None;
            let mut ties = 0u32;
            for &(w, x) in &conflicts {
                let tx = self.table[w * n + x];
                for y in 0..n {
                    if self.fixed[y] || self.table[w * n + y] == tx {
                        continue;
                    }
                    let d = self.swap_delta(w, x, y);
                    let tabu = self.tabu[(w * n + x) * n + y] > it;
                    if tabu && (self.cost as i64 + d) >= self.best_cost as i64 {
                        continue;
                    }
                    match best {
                        Some((bd, ..)) if d > bd => {}
                        Some((bd, ..)) if d == bd => {
                            ties += 1;
                            if self.rng.gen_range(0..=ties) == 0 {
                                best = Some((d, w, x, y));
                            }
                        }
                        _ => {
                            ties = 0;
                            best = Some((d, w, x, y));
                        }
                    }
                }
            }
            let Some((_, w, x, y)) = best else { continue };
            self.apply_swap(w, x, y);
            let tenure = 4 + self.rng.gen_range(0..10);
            self.tabu[(w * n + x) * n + y] = it + tenure;
            self.tabu[(w * n + y) * n + x] = it + tenure;
            if self.cost < self.best_cost {
                self.best_cost = self.cost;
                self.best.clone_from(&self.table);
                stall = 0;
            } else {
                stall += 1;
            }
            if stall > 2_000 {
                // Stalled: back to the best seating, shaken by a few random swaps.
                self.table.clone_from(&self.best);
                self.recount();
                for _ in 0..4 {
                    let w = self.rng.gen_range(0..self.p.rounds);
                    let (a, b) = (self.rng.gen_range(0..n), self.rng.gen_range(0..n));
                    if !self.fixed[a]
                        && !self.fixed[b]
                        && self.table[w * n + a] != self.table[w * n + b]
                    {
                        self.apply_swap(w, a, b);
                    }
                }
                stall = 0;
            }
        }
        it
    }

    fn seating(&self, table: &[usize]) -> Seating {
        let g = self.p.tables();
        (0..self.p.rounds)
            .map(|w| {
                let mut round = vec![Vec::new(); g];
                for x in 0..self.n {
                    round[table[w * self.n + x]].push(x);
                }
                round
            })
            .collect()
    }
}
