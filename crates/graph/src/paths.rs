//! Distance-based centralities: closeness (Wasserman–Faust) and harmonic, as networkx's
//! `closeness_centrality(G, distance=..., wf_improved=True)` and
//! `harmonic_centrality(G, distance=...)`. Both look at distances *to* a node (networkx
//! reverses a directed graph), so each node runs one search on the in-CSR. Weighted graphs use
//! Dijkstra with the weights as distances (they must be > 0), unweighted ones BFS.

use crate::Graph;
use rayon::prelude::*;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Closeness: `(r - 1) / total * (r - 1) / (n - 1)` where `r` counts the nodes that reach `u`
/// (including `u`) and `total` sums their distances to `u`; 0 if nothing else reaches `u`.
pub fn closeness(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    per_node(g, |dists| {
        let reached = dists.len() as f64;
        let total: f64 = dists.iter().sum();
        if total > 0.0 && n > 1 {
            (reached - 1.0) / total * ((reached - 1.0) / (n - 1) as f64)
        } else {
            0.0
        }
    })
}

/// Harmonic centrality: the sum of `1 / d(v, u)` over the nodes `v` that reach `u`, `v != u`.
pub fn harmonic(g: &Graph) -> Vec<f64> {
    per_node(g, |dists| {
        dists.iter().filter(|&&d| d != 0.0).map(|d| 1.0 / d).sum()
    })
}

/// For every node, `f` of the distances from all nodes that reach it (itself first, at 0).
fn per_node(g: &Graph, f: impl Fn(&[f64]) -> f64 + Sync) -> Vec<f64> {
    let n = g.node_count();
    (0..n as u32)
        .into_par_iter()
        .with_min_len(32)
        .map_init(
            || Search::new(n),
            |search, u| {
                search.run(g, u);
                f(&search.found)
            },
        )
        .collect()
}

/// Single-source distances over the reverse graph, with buffers reused between sources.
pub(crate) struct Search {
    dist: Vec<f64>,
    settled: Vec<bool>,
    queue: Vec<u32>,
    heap: BinaryHeap<Reverse<(u64, u32)>>,
    /// Distances of the nodes reached, in the order they were settled.
    pub(crate) found: Vec<f64>,
}

impl Search {
    pub(crate) fn new(n: usize) -> Search {
        Search {
            dist: vec![f64::INFINITY; n],
            settled: vec![false; n],
            queue: Vec::with_capacity(n),
            heap: BinaryHeap::new(),
            found: Vec::with_capacity(n),
        }
    }

    /// Distances from every node to `target` (undirected: from `target`).
    pub(crate) fn run(&mut self, g: &Graph, target: u32) {
        let (offsets, sources, weights) = g.in_csr();
        let dist = &mut self.dist[..];
        self.found.clear();
        self.queue.clear();
        dist[target as usize] = 0.0;
        self.queue.push(target);
        if !g.is_weighted() {
            let mut head = 0;
            while let Some(&v) = self.queue.get(head) {
                head += 1;
                let v = v as usize;
                self.found.push(dist[v]);
                for &w in &sources[offsets[v]..offsets[v + 1]] {
                    if dist[w as usize] == f64::INFINITY {
                        dist[w as usize] = dist[v] + 1.0;
                        self.queue.push(w);
                    }
                }
            }
        } else {
            // `queue` records the settled nodes here, for the reset below.
            self.queue.clear();
            self.heap.clear();
            self.heap.push(Reverse((0.0f64.to_bits(), target)));
            while let Some(Reverse((bits, v))) = self.heap.pop() {
                let (v, d) = (v as usize, f64::from_bits(bits));
                if self.settled[v] {
                    continue;
                }
                self.settled[v] = true;
                self.queue.push(v as u32);
                self.found.push(d);
                let range = offsets[v]..offsets[v + 1];
                for (&w, &wt) in sources[range.clone()].iter().zip(&weights[range]) {
                    let nd = d + wt;
                    if !self.settled[w as usize] && nd < dist[w as usize] {
                        dist[w as usize] = nd;
                        self.heap.push(Reverse((nd.to_bits(), w)));
                    }
                }
            }
        }
        for &v in &self.queue {
            self.dist[v as usize] = f64::INFINITY;
            self.settled[v as usize] = false;
        }
    }
}
