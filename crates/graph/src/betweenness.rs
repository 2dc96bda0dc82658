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

/// A BFS level as the dependency passes need it: "unseen", and equality with a successor.
trait Level: Copy + Eq {
    const UNSEEN: Self;
    const ZERO: Self;
    fn succ(self) -> Self;
}

impl Level for u32 {
    const UNSEEN: u32 = u32::MAX;
    const ZERO: u32 = 0;
    fn succ(self) -> u32 {
        self + 1
    }
}

/// The level modulo 3, in a byte. In an undirected graph every neighbour of a node at level
/// `l` lies at `l - 1`, `l` or `l + 1`, which stay distinct modulo 3; the level array then
/// takes `n` bytes and stays in the L1 cache far longer. (A directed edge may go back any
/// number of levels, so directed graphs keep full levels.)
#[derive(Clone, Copy, PartialEq, Eq)]
struct Mod3(u8);

impl Level for Mod3 {
    const UNSEEN: Mod3 = Mod3(3);
    const ZERO: Mod3 = Mod3(0);
    fn succ(self) -> Mod3 {
        Mod3(if self.0 == 2 { 0 } else { self.0 + 1 })
    }
}

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
/// `k >= n` the result is the exact one; with `k == 0`, NaN.
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
    if k == 0 {
        // No source, no information.
        return vec![f64::NAN; n];
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
///
/// The work runs on a copy of the graph relabeled by descending degree: the hubs, which most
/// shortest paths touch, then share a few cache lines of every per-node array.
fn accumulate(g: &Graph, sources: &[u32]) -> Vec<f64> {
    let n = g.node_count();
    let mut by_degree: Vec<u32> = (0..n as u32).collect();
    by_degree.sort_by_key(|&u| std::cmp::Reverse(g.neighbors(u).len() + g.in_neighbors(u).len()));
    let mut new_id = vec![0u32; n];
    for (i, &u) in by_degree.iter().enumerate() {
        new_id[u as usize] = i as u32;
    }
    let edges: Vec<(u32, u32, f64)> = (0..n as u32)
        .flat_map(|u| {
            g.neighbors(u)
                .iter()
                .zip(g.weights(u))
                .map(move |(&v, &w)| (u, v, w))
        })
        .filter(|&(u, v, _)| g.is_directed() || u <= v)
        .map(|(u, v, w)| (new_id[u as usize], new_id[v as usize], w))
        .collect();
    let h = Graph::from_edges(n, &edges, g.is_directed());
    let sources: Vec<u32> = sources.iter().map(|&s| new_id[s as usize]).collect();
    let weighted = h.is_weighted();
    let bc = sources
        .par_iter()
        // Enough sources per job that each worker's buffers are set up only a few times.
        .with_min_len(32)
        .fold(
            || Brandes::new(&h),
            |mut b, &s| {
                if weighted {
                    b.dijkstra(&h, s);
                } else {
                    b.bfs(&h, s);
                }
                b
            },
        )
        .map(|b| b.work.bc)
        .reduce(
            || vec![0.0; n],
            |mut a, b| {
                a.iter_mut().zip(&b).for_each(|(x, y)| *x += y);
                a
            },
        );
    new_id.iter().map(|&i| bc[i as usize]).collect()
}

/// One worker's buffers, reused for every source it handles.
struct Brandes {
    level: Vec<u32>,
    level3: Vec<Mod3>,
    dist: Vec<f64>,
    done: Vec<bool>,
    sigma: Vec<f64>,
    heap: BinaryHeap<Reverse<(u64, u32)>>,
    work: Work,
}

/// The buffers both searches share; `bc` is the worker's running sum.
struct Work {
    acc: Vec<f64>,
    order: Vec<u32>,
    succ: Vec<u32>,
    ends: Vec<u32>,
    bc: Vec<f64>,
}

impl Brandes {
    fn new(g: &Graph) -> Brandes {
        let n = g.node_count();
        let (full, mod3) = if g.is_directed() { (n, 0) } else { (0, n) };
        Brandes {
            level: vec![u32::UNSEEN; full],
            level3: vec![Mod3::UNSEEN; mod3],
            dist: Vec::new(),
            done: Vec::new(),
            sigma: vec![0.0; n],
            heap: BinaryHeap::new(),
            work: Work {
                acc: vec![0.0; n],
                order: Vec::with_capacity(n),
                succ: Vec::new(),
                ends: Vec::with_capacity(n),
                bc: vec![0.0; n],
            },
        }
    }

    fn bfs(&mut self, g: &Graph, s: u32) {
        if g.is_directed() {
            brandes_bfs(g, &mut self.level, &mut self.work, s);
        } else {
            brandes_bfs(g, &mut self.level3, &mut self.work, s);
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
        let (order, heap) = (&mut self.work.order, &mut self.heap);
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
        let coeff = &mut self.work.acc[..];
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
                self.work.bc[v] += delta;
            }
        }
        for &v in order.iter() {
            dist[v as usize] = f64::INFINITY;
            done[v as usize] = false;
        }
    }
}

/// One source of Brandes' algorithm on an unweighted graph. The forward BFS counts shortest
/// paths in `acc` and appends each node's successors on shortest paths to `succ`, so the
/// backward pass reads only those arcs, sequentially. Once a node's dependency is known its
/// `acc` slot is reused for the coefficient `(1 + delta) / sigma` its predecessors pull.
fn brandes_bfs<L: Level>(g: &Graph, level: &mut [L], w: &mut Work, s: u32) {
    let (offsets, targets, _) = g.csr();
    let (acc, order, succ, ends) = (&mut w.acc[..], &mut w.order, &mut w.succ, &mut w.ends);
    order.clear();
    succ.clear();
    ends.clear();
    level[s as usize] = L::ZERO;
    acc[s as usize] = 1.0;
    order.push(s);
    let (mut head, mut level_end) = (0, 1);
    while head < order.len() {
        head += 1;
        if head > level_end {
            // A new level starts: visit it in node order, so that rows are read at rising
            // addresses (a stream for the prefetcher) rather than at random.
            order[level_end..].sort_unstable();
            level_end = order.len();
        }
        let v = order[head - 1];
        let (v, next) = (v as usize, level[v as usize].succ());
        let sv = acc[v];
        for &t in &targets[offsets[v]..offsets[v + 1]] {
            let lt = level[t as usize];
            if lt == L::UNSEEN {
                level[t as usize] = next;
                acc[t as usize] = sv;
                order.push(t);
                succ.push(t);
            } else if lt == next {
                acc[t as usize] += sv;
                succ.push(t);
            }
        }
        ends.push(succ.len() as u32);
    }
    for i in (0..order.len()).rev() {
        let v = order[i] as usize;
        let start = if i == 0 { 0 } else { ends[i - 1] as usize };
        let pulled: f64 = succ[start..ends[i] as usize]
            .iter()
            .map(|&t| acc[t as usize])
            .sum();
        let sigma = acc[v];
        let delta = sigma * pulled;
        acc[v] = (1.0 + delta) / sigma;
        if v != s as usize {
            w.bc[v] += delta;
        }
    }
    for &v in order.iter() {
        level[v as usize] = L::UNSEEN;
    }
}
