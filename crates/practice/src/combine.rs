//! Which patterns combine most often: over a set of designs, the patterns each design is
//! made of (the patterns of the catalog practices its blocks run, each once per design), and
//! for every two patterns the number of designs that use both.

use crate::catalog::Catalog;
use crate::design::Design;
use crate::text::Slug;
use std::collections::{BTreeMap, BTreeSet};

/// Two patterns and how many of the designs use both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub a: Slug,
    pub b: Slug,
    pub designs: usize,
}

/// The pairs of patterns over `designs`, most often combined first (then by slug).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Combinations {
    /// How many designs were counted.
    pub designs: usize,
    /// How many of them use at least two patterns (the only ones that can combine any).
    pub combining: usize,
    /// How many designs use each pattern.
    pub uses: BTreeMap<Slug, usize>,
    pub pairs: Vec<Pair>,
}

/// The patterns a design is made of, through the catalog practices its blocks run.
pub fn patterns_of(design: &Design, catalog: &Catalog) -> BTreeSet<Slug> {
    design
        .practices()
        .into_iter()
        .filter_map(|p| catalog.practices.get(p))
        .flat_map(|p| p.patterns.iter().cloned())
        .collect()
}

pub fn combinations<'a>(
    designs: impl IntoIterator<Item = &'a Design>,
    catalog: &Catalog,
) -> Combinations {
    let mut counts: BTreeMap<(Slug, Slug), usize> = BTreeMap::new();
    let (mut total, mut combining) = (0, 0);
    let mut uses: BTreeMap<Slug, usize> = BTreeMap::new();
    for d in designs {
        total += 1;
        let ps: Vec<Slug> = patterns_of(d, catalog).into_iter().collect();
        for p in &ps {
            *uses.entry(p.clone()).or_default() += 1;
        }
        if ps.len() >= 2 {
            combining += 1;
        }
        for (i, a) in ps.iter().enumerate() {
            for b in &ps[i + 1..] {
                *counts.entry((a.clone(), b.clone())).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<Pair> = counts
        .into_iter()
        .map(|((a, b), designs)| Pair { a, b, designs })
        .collect();
    pairs.sort_by(|x, y| {
        y.designs
            .cmp(&x.designs)
            .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    Combinations {
        designs: total,
        combining,
        uses,
        pairs,
    }
}

impl Combinations {
    /// The patterns most often combined with `pattern`, with how many designs use both.
    pub fn with(&self, pattern: &Slug) -> Vec<(Slug, usize)> {
        self.pairs
            .iter()
            .filter_map(|p| {
                if &p.a == pattern {
                    Some((p.b.clone(), p.designs))
                } else if &p.b == pattern {
                    Some((p.a.clone(), p.designs))
                } else {
                    None
                }
            })
            .collect()
    }
}
