//! Distance-based centralities: closeness (Wasserman–Faust) and harmonic, as networkx's
//! `closeness_centrality(G, distance=..., wf_improved=True)` and
//! `harmonic_centrality(G, distance=...)`. Both look at distances *to* a node (networkx
//! reverses a directed graph). Weighted graphs run Dijkstra per node on the in-CSR with the
//! weights as distances (they must be > 0); unweighted ones a bit-parallel BFS, 64 nodes at once.

use crate::Graph;
use rayon::prelude::*;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Closeness: `(r - 1) / total * (r - 1) / (n - 1)` where `r` counts the nodes that reach `u`
/// (including `u`) and `total` sums their distances to `u`; 0 if nothing else reaches `u`.
pub fn closeness(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    summaries(g)
        .iter()
        .map(|s| {
            let reached = s.reached as f64;
            if s.total > 0.0 && n > 1 {
                (reached - 1.0) / s.total * ((reached - 1.0) / (n - 1) as f64)
            } else {
                0.0
            }
        })
        .collect()
}

/// Harmonic centrality: the sum of `1 / d(v, u)` over the nodes `v` that reach `u`, `v != u`.
pub fn harmonic(g: &Graph) -> Vec<f64> {
    summaries(g).iter().map(|s| s.harmonic).collect()
}

/// What closeness and harmonic need of the distances to one node.
#[derive(Clone, Copy, Default)]
struct Summary {
    /// Nodes that reach it, itself included.
    reached: usize,
    total: f64,
    harmonic: f64,
}

fn summaries(g: &Graph) -> Vec<Summary> {
    let n = g.node_count();
    if !g.is_weighted() {
        let batches: Vec<Vec<Summary>> = (0..n.div_ceil(64))
            .into_par_iter()
            .map_init(|| Batch::new(n), |batch, b| batch.run(g, b * 64))
            .collect();
        return batches.concat();
    }
    (0..n as u32)
        .into_par_iter()
        .with_min_len(32)
        .map_init(
            || Search::new(n),
            |search, u| {
                search.run(g, u);
                let d = &search.found;
                Summary {
                    reached: d.len(),
                    total: d.iter().sum(),
                    harmonic: d.iter().filter(|&&d| d != 0.0).map(|d| 1.0 / d).sum(),
                }
            },
        )
        .collect()
}

/// Breadth-first search from 64 nodes at once, one bit per search (multi-source BFS): a level
/// costs one pass over the arcs for all 64, instead of 64 passes. Searches run on the reverse
/// graph, so node `y` joins the next level of search `i` if one of its out-neighbours is in
/// search `i`'s frontier.
struct Batch {
    seen: Vec<u64>,
    frontier: Vec<u64>,
    next: Vec<u64>,
}

impl Batch {
    fn new(n: usize) -> Batch {
        Batch {
            seen: vec![0; n],
            frontier: vec![0; n],
            next: vec![0; n],
        }
    }

    fn run(&mut self, g: &Graph, first: usize) -> Vec<Summary> {
        let n = g.node_count();
        let k = (n - first).min(64);
        let full = if k == 64 { u64::MAX } else { (1u64 << k) - 1 };
        self.seen.fill(0);
        self.frontier.fill(0);
        for i in 0..k {
            self.seen[first + i] = 1 << i;
            self.frontier[first + i] = 1 << i;
        }
        let mut out = vec![
            Summary {
                reached: 1,
                ..Summary::default()
            };
            k
        ];
        let mut counts = [0u32; 64];
        let (offsets, targets, _) = g.csr();
        for depth in 1.. {
            let mut any = 0u64;
            for y in 0..n {
                let seen = self.seen[y];
                if seen == full {
                    self.next[y] = 0;
                    continue;
                }
                let reach = targets[offsets[y]..offsets[y + 1]]
                    .iter()
                    .fold(0u64, |acc, &x| acc | self.frontier[x as usize]);
                let new = reach & !seen;
                self.next[y] = new;
                if new != 0 {
                    self.seen[y] = seen | new;
                    any |= new;
                    let mut bits = new;
                    while bits != 0 {
                        counts[bits.trailing_zeros() as usize] += 1;
                        bits &= bits - 1;
                    }
                }
            }
            if any == 0 {
                break;
            }
            let d = f64::from(depth);
            for (s, c) in out.iter_mut().zip(&mut counts) {
                s.reached += *c as usize;
                s.total += d * f64::from(*c);
                s.harmonic += f64::from(*c) / d;
                *c = 0;
            }
            std::mem::swap(&mut self.frontier, &mut self.next);
        }
        out
    }
}

/// Dijkstra over the reverse graph (weights are distances, > 0), buffers reused per target.
struct Search {
    dist: Vec<f64>,
    settled: Vec<bool>,
    /// The settled nodes, for the reset.
    settled_list: Vec<u32>,
    heap: BinaryHeap<Reverse<(u64, u32)>>,
    /// Distances of the nodes reached, in the order they were settled.
    found: Vec<f64>,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            dist: vec![f64::INFINITY; n],
            settled: vec![false; n],
            settled_list: Vec::with_capacity(n),
            heap: BinaryHeap::new(),
            found: Vec::with_capacity(n),
        }
    }

    /// Distances from every node to `target` (undirected: from `target`).
    fn run(&mut self, g: &Graph, target: u32) {
        let (offsets, sources, weights) = g.in_csr();
        self.found.clear();
        self.settled_list.clear();
        self.heap.clear();
        self.dist[target as usize] = 0.0;
        // Non-negative floats order like their bit patterns.
        self.heap.push(Reverse((0.0f64.to_bits(), target)));
        while let Some(Reverse((bits, v))) = self.heap.pop() {
            let (v, d) = (v as usize, f64::from_bits(bits));
            if self.settled[v] {
                continue;
            }
            self.settled[v] = true;
            self.settled_list.push(v as u32);
            self.found.push(d);
            let range = offsets[v]..offsets[v + 1];
            for (&w, &wt) in sources[range.clone()].iter().zip(&weights[range]) {
                let nd = d + wt;
                if !self.settled[w as usize] && nd < self.dist[w as usize] {
                    self.dist[w as usize] = nd;
                    self.heap.push(Reverse((nd.to_bits(), w)));
                }
            }
        }
        for &v in &self.settled_list {
            self.dist[v as usize] = f64::INFINITY;
            self.settled[v as usize] = false;
        }
    }
}
