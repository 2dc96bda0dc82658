//! Betweenness centrality as `networkx.betweenness_centrality(G, normalized=True,
//! endpoints=False, weight=...)` computes it: Brandes' algorithm, breadth-first search on an
//! unweighted graph and Dijkstra on a weighted one (weights are distances and must be > 0).
//!
//! Exact betweenness on an undirected graph first takes apart the structure Brandes would
//! walk again from every source: it splits the graph into biconnected blocks, which folds
//! pendant trees and everything behind an articulation point into weights ([`blocks`]), and in
//! an unweighted block merges twins, nodes with the same neighbours ([`twins`]). What remains
//! runs through the kernel ([`kernel`]), or for a small dense graph through the same
//! algorithm on bit rows ([`dense`]), with sources spread over rayon's current pool, each
//! worker accumulating into its own vector.

mod blocks;
mod dense;
mod kernel;
mod twins;

use crate::Graph;
use kernel::{Brandes, Stand};
use rand::SeedableRng;
use rand::seq::index::sample;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

/// Exact normalized betweenness: for every node `v`, the sum over ordered pairs `(s, t)`,
/// `s != v != t`, of the share of shortest `s`–`t` paths through `v`, divided by
/// `(n - 1)(n - 2)` (networkx divides the undirected double count by the same number).
pub fn betweenness(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    // On a few dozen nodes the whole computation takes microseconds, less than taking the
    // graph apart would.
    let mut bc = if g.is_directed() || n < 64 {
        let sources: Vec<u32> = (0..n as u32).collect();
        accumulate(g, &sources)
    } else {
        by_blocks(g)
    };
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

/// Exact betweenness, every node over every source as [`betweenness`] computes it but without
/// taking the graph apart first: the reference the reductions are checked against.
pub fn betweenness_plain(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    let sources: Vec<u32> = (0..n as u32).collect();
    let mut bc = accumulate(g, &sources);
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        bc.iter_mut().for_each(|b| *b *= scale);
    }
    bc
}

/// Exact betweenness of an undirected graph taken apart into blocks and twins whatever its
/// size ([`betweenness`] skips that on a few dozen nodes): what the reductions are checked by.
///
/// # Panics
/// If `g` is directed.
pub fn betweenness_reduced(g: &Graph) -> Vec<f64> {
    assert!(!g.is_directed(), "the reductions are for undirected graphs");
    let n = g.node_count();
    let mut bc = by_blocks(g);
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        bc.iter_mut().for_each(|b| *b *= scale);
    }
    bc
}

/// Unscaled sums of the dependencies of every node over the given sources.
///
/// With many sources the work runs on a copy relabeled by degree ([`by_degree`]); a few
/// sampled sources on a large graph do not pay for the copy.
fn accumulate(g: &Graph, sources: &[u32]) -> Vec<f64> {
    if sources.len() < 256 {
        return sums(g, None, sources);
    }
    let (h, new_id) = by_degree(g);
    let sources: Vec<u32> = sources.iter().map(|&s| new_id[s as usize]).collect();
    let bc = sums(&h, None, &sources);
    new_id.iter().map(|&i| bc[i as usize]).collect()
}

/// A copy of `g` relabeled by descending degree, and every node's new id: the hubs, which
/// most shortest paths touch, then share a few cache lines of every per-node array.
fn by_degree(g: &Graph) -> (Graph, Vec<u32>) {
    let n = g.node_count();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by_key(|&u| std::cmp::Reverse(g.neighbors(u).len() + g.in_neighbors(u).len()));
    let mut new_id = vec![0u32; n];
    for (i, &u) in order.iter().enumerate() {
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
    (Graph::from_edges(n, &edges, g.is_directed()), new_id)
}

/// Brandes from `sources` on `h`, spread over the pool: on bit rows when `h` is small and
/// dense ([`dense`]), else on its CSR rows.
fn sums(h: &Graph, stand: Option<&Stand>, sources: &[u32]) -> Vec<f64> {
    let cost = h.node_count() + h.csr().1.len();
    if dense::fits(h) {
        let bits = dense::Bits::new(h);
        return spread(
            h.node_count(),
            cost,
            sources,
            || dense::DenseBrandes::new(&bits),
            |b, s| b.source(&bits, stand, s),
            dense::DenseBrandes::into_sums,
        );
    }
    spread(
        h.node_count(),
        cost,
        sources,
        || Brandes::new(h),
        |b, s| b.source(h, stand, s),
        Brandes::into_sums,
    )
}

/// Runs `add` for every source on the pool, each worker on its own buffers from `make`, and
/// sums the workers' results. `cost`: about how many arcs and nodes one source reads.
fn spread<B: Send>(
    n: usize,
    cost: usize,
    sources: &[u32],
    make: impl Fn() -> B + Sync + Send,
    add: impl Fn(&mut B, u32) + Sync + Send,
    finish: impl Fn(B) -> Vec<f64> + Sync + Send,
) -> Vec<f64> {
    if sources.len() * cost < 1 << 18 {
        // Under a millisecond of work: a second worker would only add its set-up.
        let mut b = make();
        for &s in sources {
            add(&mut b, s);
        }
        return finish(b);
    }
    sources
        .par_iter()
        // Enough sources per job that each worker's buffers are set up only a few times.
        .with_min_len(32)
        .fold(&make, |mut b, &s| {
            add(&mut b, s);
            b
        })
        .map(finish)
        .reduce(
            || vec![0.0; n],
            |mut a, b| {
                a.iter_mut().zip(&b).for_each(|(x, y)| *x += y);
                a
            },
        )
}

/// Unscaled exact betweenness of an undirected graph, block by block.
fn by_blocks(g: &Graph) -> Vec<f64> {
    let found = blocks::blocks(g);
    let mut bc = found.separated;
    // Large blocks spread their sources over the pool; small ones are spread themselves.
    let (large, small): (Vec<_>, Vec<_>) = found.blocks.iter().partition(|b| b.nodes.len() >= 256);
    for b in large {
        for (x, v) in block(g, b) {
            bc[x as usize] += v;
        }
    }
    let parts: Vec<Vec<(u32, f64)>> = small.par_iter().map(|b| block(g, b)).collect();
    for (x, v) in parts.into_iter().flatten() {
        bc[x as usize] += v;
    }
    bc
}

/// Raw betweenness inside one block, per node of the block.
fn block(g: &Graph, b: &blocks::Block) -> Vec<(u32, f64)> {
    let k = b.nodes.len();
    // Local ids by descending degree inside the block (see `by_degree`).
    let mut local: rustc_hash::FxHashMap<u32, u32> = b
        .nodes
        .iter()
        .enumerate()
        .map(|(i, &x)| (x, i as u32))
        .collect();
    let mut edges = Vec::new();
    for (i, &x) in b.nodes.iter().enumerate() {
        for (&y, &w) in g.neighbors(x).iter().zip(g.weights(x)) {
            if let Some(&j) = local.get(&y)
                && (i as u32) < j
            {
                edges.push((i as u32, j, w));
            }
        }
    }
    local.clear();
    let inner = Graph::from_edges(k, &edges, false);
    drop(edges);
    let quotient = if inner.is_weighted() {
        None
    } else {
        twins::merge(&inner, &b.weight)
    };
    let (graph, weight, mult) = match &quotient {
        Some(q) => (&q.graph, q.weight.clone(), q.mult.clone()),
        None => (&inner, b.weight.clone(), vec![1.0; k]),
    };
    // Relabeling pays once the per-node arrays outgrow the cache; bit rows need none.
    let relabeled = (graph.node_count() >= 1024 && !dense::fits(graph)).then(|| by_degree(graph));
    let identity: Vec<u32>;
    let (h, new_id): (&Graph, &[u32]) = match &relabeled {
        Some((h, ids)) => (h, ids),
        None => {
            identity = (0..graph.node_count() as u32).collect();
            (graph, &identity)
        }
    };
    let c = h.node_count();
    let mut w = vec![0.0; c];
    let mut m = vec![0.0; c];
    for i in 0..c {
        w[new_id[i] as usize] = weight[i];
        m[new_id[i] as usize] = mult[i];
    }
    let sources: Vec<u32> = (0..c as u32).collect();
    let stand = Stand {
        weight: &w,
        mult: &m,
    };
    let raw = sums(h, Some(&stand), &sources);
    b.nodes
        .iter()
        .enumerate()
        .map(|(i, &x)| match &quotient {
            Some(q) => {
                let cls = q.class[i] as usize;
                (x, raw[new_id[cls] as usize] + q.extra[cls])
            }
            None => (x, raw[new_id[i] as usize]),
        })
        .collect()
}
