//! Betweenness centrality as `networkx.betweenness_centrality(G, normalized=True,
//! endpoints=False, weight=...)` computes it: Brandes' algorithm, breadth-first search on an
//! unweighted graph and Dijkstra on a weighted one (weights are distances and must be > 0).
//!
//! Speed comes from the CSR, `u32` ids, one set of buffers per worker reused for every source,
//! and a pull-style dependency pass: instead of predecessor lists, node `v` sums the
//! coefficients `(1 + delta[w]) / sigma[w]` of its successors `w` on shortest paths, which it
//! recognises by distance. Sources are spread over rayon's current pool, each worker
//! accumulating into its own vector; the vectors are summed at the end.

use crate::Graph;
use rand::SeedableRng;
use rand::seq::index::sample;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

const UNSEEN: u32 = u32::MAX;

/// Exact normalized betweenness: for every node `v`, the sum over ordered pairs `(s, t)`,
/// `s != v != t`, of the share of shortest `s`–`t` paths through `v`, divided by
/// `(n - 1)(n - 2)` (networkx divides the undirected double count by the same number).
pub fn betweenness(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    let sources: Vec<u32> = (0..n as u32).collect();
    let mut bc = accumulate(g, &sources);
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        bc.iter_mut().for_each(|b| *b *= scale);
    }
    bc
}

/// Approximate normalized betweenness from `k` source nodes drawn without replacement with
/// `seed`, rescaled as networkx 3.6 does for `k=`: a node that was itself a source is averaged
/// over the other `k - 1` sources (NaN when `k == 1`), any other node over all `k`. With
/// `k >= n` the result is the exact one.
///
/// Error bound: each source `s` contributes `delta_s(v) / (n - 2)`, a value in `[0, 1]` whose
/// mean over the sources other than `v` is the exact centrality, so by Hoeffding's inequality
/// (which holds for sampling without replacement) every node's estimate is within
/// `epsilon = sqrt(ln(2 n / p) / (2 (k - 1)))` of the exact value for all nodes at once with
/// probability at least `1 - p`; see [`sample_error_bound`].
pub fn betweenness_sampled(g: &Graph, k: usize, seed: u64) -> Vec<f64> {
    let n = g.node_count();
    if k >= n {
        return betweenness(g);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut sources: Vec<u32> = sample(&mut rng, n, k)
        .into_iter()
        .map(|i| i as u32)
        .collect();
    sources.sort_unstable();
    let mut bc = accumulate(g, &sources);
    if n > 2 {
        let pairs = (n - 2) as f64;
        let (source_scale, other_scale) = (
            if k > 1 {
                1.0 / ((k - 1) as f64 * pairs)
            } else {
                f64::NAN
            },
            1.0 / (k as f64 * pairs),
        );
        for (v, b) in bc.iter_mut().enumerate() {
            let is_source = sources.binary_search(&(v as u32)).is_ok();
            *b *= if is_source { source_scale } else { other_scale };
        }
    }
    bc
}

/// The `epsilon` of [`betweenness_sampled`]'s bound: with probability at least `1 - p`, every
/// node's estimate from `k` sources on `n` nodes is within it of the exact value.
pub fn sample_error_bound(n: usize, k: usize, p: f64) -> f64 {
    if k >= n {
        return 0.0;
    }
    ((2.0 * n as f64 / p).ln() / (2.0 * k.saturating_sub(1) as f64)).sqrt()
}

/// Unscaled sums of the dependencies of every node over the given sources.
fn accumulate(g: &Graph, sources: &[u32]) -> Vec<f64> {
    let n = g.node_count();
    let weighted = g.is_weighted();
    sources
        .par_iter()
        // Enough sources per job that each worker's buffers are set up only a few times.
        .with_min_len(32)
        .fold(
            || Brandes::new(n),
            |mut b, &s| {
                if weighted {
                    b.dijkstra(g, s);
                } else {
                    b.bfs(g, s);
                }
                b
            },
        )
        .map(|b| b.bc)
        .reduce(
            || vec![0.0; n],
            |mut a, b| {
                a.iter_mut().zip(&b).for_each(|(x, y)| *x += y);
                a
            },
        )
}

/// One worker's buffers, reused for every source it handles.
struct Brandes {
    level: Vec<u32>,
    dist: Vec<f64>,
    done: Vec<bool>,
    sigma: Vec<f64>,
    coeff: Vec<f64>,
    order: Vec<u32>,
    heap: BinaryHeap<Reverse<(u64, u32)>>,
    bc: Vec<f64>,
}

impl Brandes {
    fn new(n: usize) -> Brandes {
        Brandes {
            level: vec![UNSEEN; n],
            dist: Vec::new(),
            done: Vec::new(),
            sigma: vec![0.0; n],
            coeff: vec![0.0; n],
            order: Vec::with_capacity(n),
            heap: BinaryHeap::new(),
            bc: vec![0.0; n],
        }
    }

    fn bfs(&mut self, g: &Graph, s: u32) {
        let (offsets, targets, _) = g.csr();
        let level = &mut self.level[..];
        let sigma = &mut self.sigma[..];
        let order = &mut self.order;
        order.clear();
        level[s as usize] = 0;
        sigma[s as usize] = 1.0;
        order.push(s);
        let mut head = 0;
        while let Some(&v) = order.get(head) {
            head += 1;
            let (v, next) = (v as usize, level[v as usize] + 1);
            let sv = sigma[v];
            for &w in &targets[offsets[v]..offsets[v + 1]] {
                let w = w as usize;
                if level[w] == UNSEEN {
                    level[w] = next;
                    sigma[w] = sv;
                    order.push(w as u32);
                } else if level[w] == next {
                    sigma[w] += sv;
                }
            }
        }
        let coeff = &mut self.coeff[..];
        for &v in order.iter().rev() {
            let v = v as usize;
            let next = level[v] + 1;
            let mut acc = 0.0;
            for &w in &targets[offsets[v]..offsets[v + 1]] {
                if level[w as usize] == next {
                    acc += coeff[w as usize];
                }
            }
            let delta = sigma[v] * acc;
            coeff[v] = (1.0 + delta) / sigma[v];
            if v != s as usize {
                self.bc[v] += delta;
            }
        }
        for &v in order.iter() {
            level[v as usize] = UNSEEN;
        }
    }

    fn dijkstra(&mut self, g: &Graph, s: u32) {
        let n = g.node_count();
        if self.dist.len() != n {
            self.dist = vec![f64::INFINITY; n];
            self.done = vec![false; n];
        }
        let (offsets, targets, weights) = g.csr();
        let (dist, done, sigma) = (&mut self.dist[..], &mut self.done[..], &mut self.sigma[..]);
        let (order, heap) = (&mut self.order, &mut self.heap);
        order.clear();
        heap.clear();
        dist[s as usize] = 0.0;
        sigma[s as usize] = 1.0;
        // Non-negative floats order like their bit patterns.
        heap.push(Reverse((0.0f64.to_bits(), s)));
        while let Some(Reverse((_, v))) = heap.pop() {
            let v = v as usize;
            if done[v] {
                continue;
            }
            done[v] = true;
            order.push(v as u32);
            let (dv, sv) = (dist[v], sigma[v]);
            let range = offsets[v]..offsets[v + 1];
            for (&w, &wt) in targets[range.clone()].iter().zip(&weights[range]) {
                let w = w as usize;
                let d = dv + wt;
                if !done[w] && d < dist[w] {
                    dist[w] = d;
                    sigma[w] = sv;
                    heap.push(Reverse((d.to_bits(), w as u32)));
                } else if d == dist[w] {
                    sigma[w] += sv;
                }
            }
        }
        let coeff = &mut self.coeff[..];
        for &v in order.iter().rev() {
            let v = v as usize;
            let dv = dist[v];
            let range = offsets[v]..offsets[v + 1];
            let mut acc = 0.0;
            for (&w, &wt) in targets[range.clone()].iter().zip(&weights[range]) {
                if dv + wt == dist[w as usize] {
                    acc += coeff[w as usize];
                }
            }
            let delta = sigma[v] * acc;
            coeff[v] = (1.0 + delta) / sigma[v];
            if v != s as usize {
                self.bc[v] += delta;
            }
        }
        for &v in order.iter() {
            dist[v as usize] = f64::INFINITY;
            done[v as usize] = false;
        }
    }
}
