//! Burt's structural holes as networkx 3.6's `constraint(G)` and `effective_size(G)` compute
//! them for all nodes (their sparse-matrix path, the one taken when SciPy is present).
//!
//! Both read the *mutual weight* `a_uv + a_vu` (an undirected edge, and a self-loop, counts
//! both ways) over the neighbour set `N(u)`: predecessors and successors, and `u` itself if it
//! has a self-loop. `p_uv` is the mutual weight over `u`'s total, `m_uv` over `u`'s largest.

use crate::Graph;
use rayon::prelude::*;

/// Rows of mutual weights: `N(u)` sorted, with `a_uv + a_vu`.
struct Mutual {
    offsets: Vec<usize>,
    nodes: Vec<u32>,
    weights: Vec<f64>,
}

impl Mutual {
    fn new(g: &Graph) -> Mutual {
        let n = g.node_count();
        let mut m = Mutual {
            offsets: vec![0],
            nodes: Vec::new(),
            weights: Vec::new(),
        };
        for u in 0..n as u32 {
            let (a, aw) = (g.neighbors(u), g.weights(u));
            let (b, bw) = (g.in_neighbors(u), g.in_weights(u));
            if !g.is_directed() {
                m.nodes.extend_from_slice(a);
                m.weights.extend(aw.iter().map(|w| 2.0 * w));
            } else {
                let (mut i, mut j) = (0, 0);
                while i < a.len() || j < b.len() {
                    // Node ids stay below u32::MAX, so it marks an exhausted list.
                    let x = a.get(i).copied().unwrap_or(u32::MAX);
                    let y = b.get(j).copied().unwrap_or(u32::MAX);
                    if x < y {
                        m.push(x, aw[i]);
                        i += 1;
                    } else if y < x {
                        m.push(y, bw[j]);
                        j += 1;
                    } else {
                        m.push(x, aw[i] + bw[j]);
                        i += 1;
                        j += 1;
                    }
                }
            }
            m.offsets.push(m.nodes.len());
        }
        m
    }

    fn push(&mut self, v: u32, w: f64) {
        self.nodes.push(v);
        self.weights.push(w);
    }

    fn row(&self, u: usize) -> (&[u32], &[f64]) {
        let r = self.offsets[u]..self.offsets[u + 1];
        (&self.nodes[r.clone()], &self.weights[r])
    }

    /// Total and largest mutual weight, and `p_uu`, of every node.
    fn totals(&self) -> Vec<(f64, f64, f64)> {
        (0..self.offsets.len() - 1)
            .map(|u| {
                let (row, w) = self.row(u);
                let total: f64 = w.iter().sum();
                let largest = w.iter().copied().fold(0.0, f64::max);
                let own = row.binary_search(&(u as u32)).map_or(0.0, |k| w[k] / total);
                (total, largest, own)
            })
            .collect()
    }
}

/// Runs `f(v, slot, scratch)` for every node, where `slot[x]` is the position of `x` in `v`'s
/// mutual row, or `usize::MAX` if `x` is not a neighbour.
fn per_node(m: &Mutual, f: impl Fn(usize, &[usize], &mut Vec<f64>) -> f64 + Sync) -> Vec<f64> {
    let n = m.offsets.len() - 1;
    (0..n)
        .into_par_iter()
        .with_min_len(64)
        .map_init(
            || (vec![usize::MAX; n], Vec::new()),
            |(slot, scratch), v| {
                let (row, _) = m.row(v);
                for (k, &x) in row.iter().enumerate() {
                    slot[x as usize] = k;
                }
                let value = f(v, slot, scratch);
                for &x in row {
                    slot[x as usize] = usize::MAX;
                }
                value
            },
        )
        .collect()
}

/// Burt's constraint: the sum over `n` in `N(v)` of `(p_vn + sum_{w in N(v)} p_vw p_wn)^2`.
/// NaN where networkx's isolation test `total - 2 p_vv == 0` holds: no neighbours at all, or
/// (a networkx quirk, kept for agreement) only a self-loop of weight 1.
pub fn constraint(g: &Graph) -> Vec<f64> {
    let m = Mutual::new(g);
    let totals = m.totals();
    let p = |a: f64, u: usize| a / totals[u].0;
    per_node(&m, |v, slot, acc| {
        let (total, _, own) = totals[v];
        if total - 2.0 * own == 0.0 {
            return f64::NAN;
        }
        let (row, weights) = m.row(v);
        acc.clear();
        acc.extend(weights.iter().map(|&a| p(a, v)));
        for (&w, &a_vw) in row.iter().zip(weights) {
            let p_vw = p(a_vw, v);
            let (wrow, wweights) = m.row(w as usize);
            for (&x, &a_wx) in wrow.iter().zip(wweights) {
                let k = slot[x as usize];
                if k != usize::MAX {
                    acc[k] += p_vw * p(a_wx, w as usize);
                }
            }
        }
        acc.iter().map(|c| c * c).sum()
    })
}

/// Effective size as networkx's per-node path computes it (`effective_size(G, nodes=...)`):
/// NaN for a node with no out-neighbour but itself; for an undirected unweighted graph
/// Borgatti's `t - 2 e / t` over the ego network without `v` (`t` nodes, `e` edges among them,
/// their self-loops included); otherwise Burt's sum over `u` in `N(v)` (`v` too, if it has a
/// self-loop) of `1 - sum_{w in N(v)} p_vw m_uw`. (networkx 3.6's all-nodes sparse path divides
/// `m_uw` by `w`'s largest weight instead of `u`'s, against its own definition; not followed.)
pub fn effective_size(g: &Graph) -> Vec<f64> {
    let m = Mutual::new(g);
    let totals = m.totals();
    let borgatti = !g.is_directed() && !g.is_weighted();
    per_node(&m, |v, slot, _| {
        if g.neighbors(v as u32).iter().all(|&u| u as usize == v) {
            return f64::NAN;
        }
        let (row, weights) = m.row(v);
        if borgatti {
            let mut t = 0usize;
            let mut twice_edges = 0usize;
            for &u in row.iter().filter(|&&u| u as usize != v) {
                t += 1;
                for &x in m.row(u as usize).0 {
                    if x as usize != v && slot[x as usize] != usize::MAX {
                        // Other edges are seen from both ends, a self-loop only once.
                        twice_edges += if x == u { 2 } else { 1 };
                    }
                }
            }
            return t as f64 - twice_edges as f64 / t as f64;
        }
        let total = totals[v].0;
        let mut sum = 0.0;
        for &u in row {
            let (urow, uweights) = m.row(u as usize);
            let largest = totals[u as usize].1;
            let mut r = 0.0;
            for (&w, &a_uw) in urow.iter().zip(uweights) {
                let k = slot[w as usize];
                if k != usize::MAX {
                    r += weights[k] / total * (a_uw / largest);
                }
            }
            sum += 1.0 - r;
        }
        sum
    })
}
