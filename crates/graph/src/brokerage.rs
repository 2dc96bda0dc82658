//! Burt's structural holes as networkx 3.6's `constraint(G)` and `effective_size(G)` compute
//! them for all nodes (their sparse-matrix path, the one taken when SciPy is present).
//!
//! Both read the *mutual weight* `a_uv + a_vu` (an undirected edge, and a self-loop, counts
//! both ways) over the neighbour set `N(u)`: predecessors and successors, and `u` itself if it
//! has a self-loop. `p_uv` is the mutual weight over `u`'s total, `m_uv` over `u`'s largest.
//!
//! Without self-loops the indirect terms `sum_w p_vw p_wn` run over the triangles `v, w, n`
//! only, so both metrics list every triangle once (edges oriented towards the higher degree,
//! O(m^1.5)) instead of walking every neighbour's row from every node (the sum of squared
//! degrees, which hubs make large). A graph with self-loops takes the direct route.

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

    /// Turns every row's mutual weights into shares of the row's total: `p_uv`.
    fn make_shares(&mut self, totals: &[(f64, f64, f64)]) {
        for (u, t) in totals.iter().enumerate() {
            let r = self.offsets[u]..self.offsets[u + 1];
            self.weights[r].iter_mut().for_each(|w| *w /= t.0);
        }
    }

    fn has_self_loop(&self) -> bool {
        (0..self.offsets.len() - 1).any(|u| self.row(u).0.binary_search(&(u as u32)).is_ok())
    }

    /// Calls `f([ab, ba, ac, ca, bc, cb])` with the positions of the six arcs of every
    /// triangle `a, b, c`, once per triangle. Needs a graph without self-loops.
    fn triangles(&self, mut f: impl FnMut([usize; 6])) {
        let n = self.offsets.len() - 1;
        let deg = |u: usize| self.offsets[u + 1] - self.offsets[u];
        // rev[k]: the position of arc k's reverse. Rows are sorted, so taking the sources in
        // order meets each row's entries in order.
        let mut cursor: Vec<usize> = self.offsets[..n].to_vec();
        let mut rev = vec![0u32; self.nodes.len()];
        for a in 0..n {
            let r = self.offsets[a]..self.offsets[a + 1];
            for (back, &b) in rev[r.clone()].iter_mut().zip(&self.nodes[r]) {
                *back = cursor[b as usize] as u32;
                cursor[b as usize] += 1;
            }
        }
        drop(cursor);
        let higher = |u: usize, v: usize| (deg(v), v) > (deg(u), u);
        let mut fwd_off = Vec::with_capacity(n + 1);
        let mut fwd: Vec<u32> = Vec::new();
        fwd_off.push(0);
        for u in 0..n {
            for k in self.offsets[u]..self.offsets[u + 1] {
                if higher(u, self.nodes[k] as usize) {
                    fwd.push(k as u32);
                }
            }
            fwd_off.push(fwd.len());
        }
        // mark[x] == u + 1 while u's forward neighbours are marked; slot[x]: the arc u -> x.
        let mut mark = vec![0u32; n];
        let mut slot = vec![0u32; n];
        for u in 0..n {
            let stamp = u as u32 + 1;
            for &k in &fwd[fwd_off[u]..fwd_off[u + 1]] {
                let x = self.nodes[k as usize] as usize;
                mark[x] = stamp;
                slot[x] = k;
            }
            for &k in &fwd[fwd_off[u]..fwd_off[u + 1]] {
                let v = self.nodes[k as usize] as usize;
                for &j in &fwd[fwd_off[v]..fwd_off[v + 1]] {
                    let x = self.nodes[j as usize] as usize;
                    if mark[x] == stamp {
                        let i = slot[x] as usize;
                        let (k, j) = (k as usize, j as usize);
                        f([k, rev[k] as usize, i, rev[i] as usize, j, rev[j] as usize]);
                    }
                }
            }
        }
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

/// [`constraint`] and [`effective_size`] together, from one pass over the triangles.
pub fn structural_holes(g: &Graph) -> (Vec<f64>, Vec<f64>) {
    let m = Mutual::new(g);
    if m.has_self_loop() {
        drop(m);
        return (constraint(g), effective_size(g));
    }
    let totals = m.totals();
    by_triangles(g, m, &totals, true, true)
}

/// Constraint and/or effective size of a graph without self-loops, where every indirect
/// term lies on a triangle (empty vectors for what is not wanted).
fn by_triangles(
    g: &Graph,
    mut m: Mutual,
    totals: &[(f64, f64, f64)],
    want_constraint: bool,
    want_size: bool,
) -> (Vec<f64>, Vec<f64>) {
    let n = m.offsets.len() - 1;
    let borgatti = !g.is_directed() && !g.is_weighted();
    m.make_shares(totals);
    // indirect[vn] = sum over triangles v, w, n of p_vw p_wn; redundancy[v] = sum over the
    // triangles v, u, w of p_vw m_uw + p_vu m_wu, where m_uw = p_uw * total_u / largest_u
    // (Borgatti's form needs only each node's triangle count).
    let mut indirect = vec![0.0f64; if want_constraint { m.nodes.len() } else { 0 }];
    let mut redundancy = vec![0.0f64; if want_size { n } else { 0 }];
    let ratio: Vec<f64> = totals.iter().map(|t| t.0 / t.1).collect();
    let (p, nodes) = (&m.weights, &m.nodes);
    m.triangles(|[ab, ba, ac, ca, bc, cb]| {
        if want_constraint {
            indirect[ab] += p[ac] * p[cb];
            indirect[ac] += p[ab] * p[bc];
            indirect[ba] += p[bc] * p[ca];
            indirect[bc] += p[ba] * p[ac];
            indirect[ca] += p[cb] * p[ba];
            indirect[cb] += p[ca] * p[ab];
        }
        if want_size {
            let (a, b, c) = (nodes[ba] as usize, nodes[ab] as usize, nodes[ac] as usize);
            if borgatti {
                redundancy[a] += 1.0;
                redundancy[b] += 1.0;
                redundancy[c] += 1.0;
            } else {
                let (ra, rb, rc) = (ratio[a], ratio[b], ratio[c]);
                redundancy[a] += p[ac] * p[bc] * rb + p[ab] * p[cb] * rc;
                redundancy[b] += p[ba] * p[ca] * rc + p[bc] * p[ac] * ra;
                redundancy[c] += p[ca] * p[ba] * rb + p[cb] * p[ab] * ra;
            }
        }
    });
    let constraint = if want_constraint {
        (0..n)
            .into_par_iter()
            .with_min_len(1024)
            .map(|v| {
                if totals[v].0 == 0.0 {
                    return f64::NAN;
                }
                (m.offsets[v]..m.offsets[v + 1])
                    .map(|k| {
                        let c = p[k] + indirect[k];
                        c * c
                    })
                    .sum()
            })
            .collect()
    } else {
        Vec::new()
    };
    let size = if want_size {
        (0..n)
            .map(|v| {
                if g.neighbors(v as u32).is_empty() {
                    return f64::NAN;
                }
                let t = (m.offsets[v + 1] - m.offsets[v]) as f64;
                if borgatti {
                    // t - 2 e / t, e the edges among the t neighbours.
                    t - 2.0 * redundancy[v] / t
                } else {
                    t - redundancy[v]
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    (constraint, size)
}

/// Burt's constraint: the sum over `n` in `N(v)` of `(p_vn + sum_{w in N(v)} p_vw p_wn)^2`.
/// NaN where networkx's isolation test `total - 2 p_vv == 0` holds: no neighbours at all, or
/// (a networkx quirk, kept for agreement) only a self-loop of weight 1.
pub fn constraint(g: &Graph) -> Vec<f64> {
    let m = Mutual::new(g);
    let totals = m.totals();
    let p = |a: f64, u: usize| a / totals[u].0;
    if !m.has_self_loop() {
        return by_triangles(g, m, &totals, true, false).0;
    }
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
    if !m.has_self_loop() {
        return by_triangles(g, m, &totals, false, true).1;
    }
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
