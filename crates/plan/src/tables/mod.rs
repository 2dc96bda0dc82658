//! Table rotation (World Café, mixers): n people at tables of about k for r rounds, meeting as
//! many new people as possible. The Social Golfer Problem (CSPLib prob010) when n = g·k.
//!
//! Exact constructions answer first where they exist ([`construct`]: affine geometries over
//! GF(q), round robins for tables of two). Everything else starts from a greedy seating that
//! pairs the people with the most partners still free (after Triska and Musliu, [`greedy`])
//! and goes to a tabu search over swaps of two people in one round, driven by people who meet
//! someone again (after Dotú and Van Hentenryck, [`search`]). People are never assigned against
//! their will: this is a suggestion a host shows, and anyone may sit elsewhere.
//!
//! Objective, lexicographic: pairs kept apart that share a table in their round, then repeated
//! pairs, then pairs of one organization at one table.

mod check;
pub mod construct;
mod greedy;
mod search;

pub use check::evaluate;

use crate::agenda::Budget;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub people: usize,
    /// Largest table; tables hold `table_size` or fewer people, as even as possible.
    pub table_size: usize,
    pub rounds: usize,
    /// Table hosts stay at one table every round they are there: `(person, table)`.
    #[serde(default)]
    pub hosts: Vec<(usize, usize)>,
    /// Organization of each person, for mixing across the boundary (optional).
    #[serde(default)]
    pub organization: Option<Vec<u32>>,
    /// Pairs who must not share a table in one round: `(a, b, round)`.
    #[serde(default)]
    pub keep_apart: Vec<(usize, usize, usize)>,
    /// People missing from a round (arriving late, leaving early): `(person, round)`.
    #[serde(default)]
    pub absent: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemError {
    #[error("need at least 2 people, tables of at least 2 and at least 1 round")]
    TooSmall,
    #[error(
        "too large: at most 2,000 people, 100 rounds, 10,000 keep-apart pairs, rounds × people × tables (or × table size) up to 16 million"
    )]
    TooLarge,
    #[error("host {0} or their table is out of range, or a table has two hosts")]
    BadHost(usize),
    #[error("organization has {got} entries for {people} people")]
    Organizations { got: usize, people: usize },
    #[error("keep-apart or absence entry names person {person} or round {round}: out of range")]
    OutOfRange { person: usize, round: usize },
    #[error("the checker refused the solver's seating (a bug): {0}")]
    Checker(String),
}

/// `seating[round][table]` lists the people at that table.
pub type Seating = Vec<Vec<Vec<usize>>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TableScore {
    /// Pairs to keep apart who share a table in their round.
    pub apart: u64,
    /// Σ over pairs of (times met − 1) for pairs who meet more than once.
    pub repeats: u64,
    /// Pairs of the same organization at one table, summed over rounds.
    pub same_organization: u64,
}

impl Problem {
    /// Golfers: `groups · size` people at `groups` tables of `size` for `rounds` rounds.
    pub fn golfers(groups: usize, size: usize, rounds: usize) -> Self {
        Self {
            people: groups * size,
            table_size: size,
            rounds,
            hosts: vec![],
            organization: None,
            keep_apart: vec![],
            absent: vec![],
        }
    }

    /// The number of tables, the same every round (hosts keep theirs).
    pub fn tables(&self) -> usize {
        self.people.div_ceil(self.table_size)
    }

    /// Sizes of the tables when everyone is there: as even as possible, none above `table_size`.
    pub fn sizes(&self) -> Vec<usize> {
        self.sizes_for(self.people)
    }

    fn sizes_for(&self, present: usize) -> Vec<usize> {
        let g = self.tables();
        (0..g)
            .map(|t| present / g + usize::from(t < present % g))
            .collect()
    }

    /// `present[round][person]`.
    pub fn present(&self) -> Vec<Vec<bool>> {
        let mut present = vec![vec![true; self.people]; self.rounds];
        for &(x, w) in &self.absent {
            present[w][x] = false;
        }
        present
    }

    /// Table sizes of each round, largest first, for the people present in it.
    pub fn round_sizes(&self) -> Vec<Vec<usize>> {
        self.present()
            .iter()
            .map(|p| self.sizes_for(p.iter().filter(|&&x| x).count()))
            .collect()
    }

    pub fn check(&self) -> Result<(), ProblemError> {
        if self.people < 2 || self.table_size < 2 || self.rounds == 0 {
            return Err(ProblemError::TooSmall);
        }
        // Bounds that keep the search's tables in memory and its weighted cost in an i64.
        // People and rounds are checked first, so the products below cannot overflow; a
        // table size past the number of people seats everyone at one table.
        if self.people > 2_000
            || self.rounds > 100
            || self.rounds * self.people * self.tables() > 1 << 24
            || self.rounds * self.people * self.table_size.min(self.people) > 1 << 24
            || self.keep_apart.len() > 10_000
        {
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
        let bad = |person: usize, round: usize| person >= self.people || round >= self.rounds;
        for &(a, b, w) in &self.keep_apart {
            if bad(a, w) || bad(b, w) {
                return Err(ProblemError::OutOfRange {
                    person: a.max(b),
                    round: w,
                });
            }
        }
        for &(x, w) in &self.absent {
            if bad(x, w) {
                return Err(ProblemError::OutOfRange {
                    person: x,
                    round: w,
                });
            }
        }
        Ok(())
    }

    /// A lower bound on repeats: everyone meets at least (smallest table − 1) people in each
    /// round they are there, and only n − 1 of those meetings can be new; each repeat is an
    /// extra meeting for two people.
    pub fn repeats_lower_bound(&self) -> u64 {
        let present = self.present();
        let sizes = self.round_sizes();
        let excess: u64 = (0..self.people)
            .map(|x| {
                let met: usize = (0..self.rounds)
                    .filter(|&w| present[w][x])
                    .map(|w| sizes[w].last().map_or(0, |s| s.saturating_sub(1)))
                    .sum();
                met.saturating_sub(self.people - 1) as u64
            })
            .sum();
        excess.div_ceil(2)
    }

    /// A lower bound on same-organization pairs (0 without organizations), round by round, the
    /// larger of two relaxations: each table alone spreads its seats as evenly as it can over
    /// the organizations present, and each organization alone spreads its people as evenly as
    /// it can over the tables. Both ignore hosts and everything else, so no seating is below.
    pub fn same_organization_lower_bound(&self) -> u64 {
        let Some(org) = &self.organization else {
            return 0;
        };
        let pairs = |c: usize| (c * c.saturating_sub(1) / 2) as u64;
        // `m` items spread over `bins` as evenly as possible: the fewest pairs in one bin.
        let even = |m: usize, bins: usize| -> u64 {
            let bins = bins.max(1);
            let (q, r) = (m / bins, m % bins);
            r as u64 * pairs(q + 1) + (bins - r) as u64 * pairs(q)
        };
        let present = self.present();
        let sizes = self.round_sizes();
        (0..self.rounds)
            .map(|w| {
                let mut count = std::collections::BTreeMap::<u32, usize>::new();
                for x in (0..self.people).filter(|&x| present[w][x]) {
                    *count.entry(org[x]).or_default() += 1;
                }
                let by_table: u64 = sizes[w].iter().map(|&s| even(s, count.len())).sum();
                let by_organization: u64 = count.values().map(|&c| even(c, sizes[w].len())).sum();
                by_table.max(by_organization)
            })
            .sum()
    }
}

#[derive(Debug, Clone)]
pub struct TableSolution {
    pub seating: Seating,
    pub score: TableScore,
    pub iterations: u64,
    pub construction: &'static str,
}

/// Seats everyone present for every round. Deterministic for a seed when `budget.iterations`
/// bounds the run (default: 200,000 moves when neither iterations nor time is given); stops
/// early at zero cost or where repeats and same-organization pairs are both at their lower
/// bounds (then the seating is optimal).
pub fn solve_tables(
    p: &Problem,
    seed: u64,
    budget: &Budget,
) -> Result<TableSolution, ProblemError> {
    p.check()?;
    let scored = |seating: Seating, iterations, construction| {
        // Solver output that the checker refuses is a bug; surface it rather than hide it.
        let score = evaluate(p, &seating).map_err(ProblemError::Checker)?;
        Ok(TableSolution {
            seating,
            score,
            iterations,
            construction,
        })
    };
    if let Some((seating, name)) = construct::exact(p) {
        return scored(seating, 0, name);
    }
    let (seating, iterations) = search::run(p, seed, budget);
    scored(seating, iterations, "greedy + tabu search")
}
