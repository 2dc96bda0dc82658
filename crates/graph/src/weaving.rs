//! Network weaving: whom a person could meet, and which introductions would knit a community
//! together. Every function reads the graph as undirected (a directed tie in either direction
//! counts as having met; weights of both directions add) and ignores self-loops.

use crate::Graph;
use std::collections::HashMap;

/// A person to meet, with the weighted triadic-closure score and the number of mutual contacts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggestion {
    pub node: u32,
    pub score: f64,
    pub common: u32,
}

/// Undirected row of `u` without its self-loop: (neighbour, weight), sorted by neighbour.
fn row(g: &Graph, u: u32) -> Vec<(u32, f64)> {
    let out = g
        .neighbors(u)
        .iter()
        .copied()
        .zip(g.weights(u).iter().copied());
    if !g.is_directed() {
        return out.filter(|&(v, _)| v != u).collect();
    }
    let mut all: Vec<(u32, f64)> = out
        .chain(
            g.in_neighbors(u)
                .iter()
                .copied()
                .zip(g.in_weights(u).iter().copied()),
        )
        .filter(|&(v, _)| v != u)
        .collect();
    all.sort_by_key(|&(v, _)| v);
    let mut merged: Vec<(u32, f64)> = Vec::with_capacity(all.len());
    for (v, w) in all {
        match merged.last_mut() {
            Some(last) if last.0 == v => last.1 += w,
            _ => merged.push((v, w)),
        }
    }
    merged
}

/// Weighted Adamic–Adar score of every person at distance two from `u`:
/// `Σ_z min(w_uz, w_zv) / ln(deg z)` over mutual contacts `z`, where `deg z` counts `z`'s
/// distinct contacts. A strong path needs both ties strong, hence the minimum; a mutual
/// contact who knows everyone says little, hence the logarithm. With all weights 1 this is
/// `networkx.adamic_adar_index` (on graphs without self-loops).
fn scores(g: &Graph, u: u32) -> HashMap<u32, (f64, u32)> {
    let mine = row(g, u);
    let mut acc: HashMap<u32, (f64, u32)> = HashMap::new();
    for &(z, wuz) in &mine {
        let theirs = row(g, z);
        let dz = theirs.len() as f64;
        if dz < 2.0 {
            continue;
        }
        for &(v, wzv) in &theirs {
            if v == u || mine.binary_search_by_key(&v, |&(x, _)| x).is_ok() {
                continue;
            }
            let e = acc.entry(v).or_insert((0.0, 0));
            e.0 += wuz.min(wzv) / dz.ln();
            e.1 += 1;
        }
    }
    acc
}

fn ranked(acc: HashMap<u32, (f64, u32)>) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = acc
        .into_iter()
        .map(|(node, (score, common))| Suggestion {
            node,
            score,
            common,
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.node.cmp(&b.node)));
    out
}

/// The `k` people `u` has not met with the highest triadic-closure score (see the module and
/// [`triadic_score`]); ties go to the lower id.
pub fn suggest(g: &Graph, u: u32, k: usize) -> Vec<Suggestion> {
    let mut out = ranked(scores(g, u));
    out.truncate(k);
    out
}

/// The triadic-closure score of the pair `(u, v)` used by [`suggest`] (0 without mutual
/// contacts), whether or not they have met.
pub fn triadic_score(g: &Graph, u: u32, v: u32) -> f64 {
    let a = row(g, u);
    let b = row(g, v);
    let mut s = 0.0;
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let z = a[i].0;
                if z != u && z != v {
                    let dz = row(g, z).len() as f64;
                    if dz >= 2.0 {
                        s += a[i].1.min(b[j].1) / dz.ln();
                    }
                }
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// A suggested tie into another cluster.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bridge {
    pub node: u32,
    pub community: u32,
    pub score: f64,
}

/// Bridges for `u`: for each community (by `membership`) that `u` has no tie into yet, the
/// best-scoring person there whom a mutual contact could introduce; best first, at most `k`.
/// Such a tie makes `u` a bridge between the two clusters.
///
/// # Panics
/// If `membership` does not have one entry per node.
pub fn bridges(g: &Graph, membership: &[u32], u: u32, k: usize) -> Vec<Bridge> {
    assert_eq!(membership.len(), g.node_count(), "one community per node");
    let mut reached: Vec<u32> = row(g, u)
        .iter()
        .map(|&(v, _)| membership[v as usize])
        .collect();
    reached.push(membership[u as usize]);
    reached.sort_unstable();
    let mut best: HashMap<u32, Bridge> = HashMap::new();
    for s in ranked(scores(g, u)) {
        let c = membership[s.node as usize];
        if reached.binary_search(&c).is_ok() {
            continue;
        }
        // `ranked` is best first, so the first one seen per community is its best.
        best.entry(c).or_insert(Bridge {
            node: s.node,
            community: c,
            score: s.score,
        });
    }
    let mut out: Vec<Bridge> = best.into_values().collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.node.cmp(&b.node)));
    out.truncate(k);
    out
}

/// Why an introduction is suggested.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Joins a component of this many people (1: an isolate) to the largest component.
    JoinsComponent { size: usize },
    /// Links two communities whose tie weight is far below what their sizes lead to expect.
    LinksCommunities { a: u32, b: u32, ties: f64 },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Introduction {
    pub a: u32,
    pub b: u32,
    pub reason: Reason,
}

/// How many of the largest communities (by total degree) are paired up when looking for
/// weakly tied pairs; bounds the pair scan to about 2,000 pairs on any graph.
const PAIRED_COMMUNITIES: usize = 64;

/// Up to `k` introductions that most reduce isolation and fragmentation, greedily:
/// 1. every smaller component (isolates first, then by size) is joined through its best
///    connected member to one of the best connected people of the largest component, taken
///    in turn so no one is asked to meet everyone;
/// 2. then pairs of communities (by `membership`) with the lowest ratio of observed to
///    expected tie weight (`W_ab / (K_a K_b / 2m)`, `K` the total degree) get their best
///    connected members introduced, each community at most once per round.
///
/// Deterministic; ties go to lower ids.
///
/// # Panics
/// If `membership` does not have one entry per node.
pub fn introductions(g: &Graph, membership: &[u32], k: usize) -> Vec<Introduction> {
    let n = g.node_count();
    assert_eq!(membership.len(), n, "one community per node");
    let rows: Vec<Vec<(u32, f64)>> = (0..n as u32).map(|u| row(g, u)).collect();
    let degree: Vec<f64> = rows
        .iter()
        .map(|r| r.iter().map(|&(_, w)| w).sum())
        .collect();
    // Better connected first: strength, then lower id.
    let by_strength = |a: &u32, b: &u32| {
        degree[*b as usize]
            .total_cmp(&degree[*a as usize])
            .then(a.cmp(b))
    };
    let mut out = Vec::new();
    if n == 0 || k == 0 {
        return out;
    }

    // Components, breadth-first.
    let mut comp = vec![u32::MAX; n];
    let mut members: Vec<Vec<u32>> = Vec::new();
    for s in 0..n as u32 {
        if comp[s as usize] != u32::MAX {
            continue;
        }
        let id = members.len() as u32;
        comp[s as usize] = id;
        let mut list = vec![s];
        let mut head = 0;
        while head < list.len() {
            let u = list[head];
            head += 1;
            for &(v, _) in &rows[u as usize] {
                if comp[v as usize] == u32::MAX {
                    comp[v as usize] = id;
                    list.push(v);
                }
            }
        }
        members.push(list);
    }
    let largest = (0..members.len())
        .max_by(|&a, &b| members[a].len().cmp(&members[b].len()).then(b.cmp(&a)))
        .unwrap_or(0);
    let mut hubs = members[largest].clone();
    hubs.sort_by(by_strength);
    let mut small: Vec<usize> = (0..members.len()).filter(|&c| c != largest).collect();
    small.sort_by_key(|&c| (members[c].len(), members[c].iter().min().copied()));
    for (turn, c) in small.into_iter().enumerate() {
        if out.len() == k {
            return out;
        }
        let mut list = members[c].clone();
        list.sort_by(by_strength);
        out.push(Introduction {
            a: list[0],
            b: hubs[turn % hubs.len()],
            reason: Reason::JoinsComponent {
                size: members[c].len(),
            },
        });
    }

    // Weakly tied community pairs.
    let communities = membership
        .iter()
        .map(|&c| c as usize + 1)
        .max()
        .unwrap_or(0);
    let mut total = vec![0.0f64; communities];
    let mut best: Vec<Vec<u32>> = vec![Vec::new(); communities];
    for u in 0..n {
        total[membership[u] as usize] += degree[u];
        best[membership[u] as usize].push(u as u32);
    }
    let two_m: f64 = total.iter().sum();
    if two_m <= 0.0 {
        return out;
    }
    let mut top: Vec<u32> = (0..communities as u32)
        .filter(|&c| best[c as usize].len() >= 2)
        .collect();
    top.sort_by(|a, b| {
        total[*b as usize]
            .total_cmp(&total[*a as usize])
            .then(a.cmp(b))
    });
    top.truncate(PAIRED_COMMUNITIES);
    let slot: HashMap<u32, usize> = top.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    let t = top.len();
    let mut between = vec![0.0f64; t * t];
    for u in 0..n {
        let Some(&i) = slot.get(&membership[u]) else {
            continue;
        };
        for &(v, w) in &rows[u] {
            if let Some(&j) = slot.get(&membership[v as usize])
                && i < j
            {
                between[i * t + j] += w;
            }
        }
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..t {
        for j in i + 1..t {
            let expected = total[top[i] as usize] * total[top[j] as usize] / two_m;
            pairs.push((between[i * t + j] / expected, i, j));
        }
    }
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for list in best.iter_mut() {
        list.sort_by(by_strength);
    }
    let mut used_in_round = vec![false; t];
    let mut taken = vec![false; pairs.len()];
    while out.len() < k && taken.iter().any(|x| !x) {
        used_in_round.iter_mut().for_each(|x| *x = false);
        for (p, &(_, i, j)) in pairs.iter().enumerate() {
            if out.len() == k {
                break;
            }
            if taken[p] || used_in_round[i] || used_in_round[j] {
                continue;
            }
            taken[p] = true;
            used_in_round[i] = true;
            used_in_round[j] = true;
            let (ca, cb) = (top[i], top[j]);
            let x = best[ca as usize][0];
            // The best connected member of b whom x has not met yet.
            let met = &rows[x as usize];
            let Some(&y) = best[cb as usize]
                .iter()
                .find(|&&y| met.binary_search_by_key(&y, |&(v, _)| v).is_err())
            else {
                continue;
            };
            out.push(Introduction {
                a: x,
                b: y,
                reason: Reason::LinksCommunities {
                    a: ca,
                    b: cb,
                    ties: between[i * t + j],
                },
            });
        }
    }
    out
}
