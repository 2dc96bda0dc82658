//! Local clustering coefficient as networkx's `clustering(G, weight=...)`: the share of pairs
//! of neighbours that are linked; self-loops are ignored. Weighted, a triangle counts as the
//! geometric mean of its three weights, each divided by the largest weight in the graph
//! (Onnela et al.); with all weights 1 that is the unweighted value. Directed graphs use
//! Fagiolo's definition, as networkx does.

use crate::Graph;
use rayon::prelude::*;

pub fn clustering(g: &Graph) -> Vec<f64> {
    if g.is_directed() {
        directed(g)
    } else {
        undirected(g)
    }
}

fn max_weight(g: &Graph) -> f64 {
    let (_, _, w) = g.csr();
    if w.is_empty() {
        1.0
    } else {
        w.iter().copied().fold(f64::MIN, f64::max)
    }
}

/// Each triangle is found once, from its lowest-ranked corner, by orienting every edge towards
/// the endpoint of higher (degree, id): O(m^1.5) work, and small out-lists.
fn undirected(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    let weighted = g.is_weighted();
    let max = max_weight(g);
    let deg: Vec<usize> = (0..n as u32)
        .map(|u| g.neighbors(u).len() - usize::from(g.has_self_loop(u)))
        .collect();
    let higher = |u: u32, v: u32| (deg[v as usize], v) > (deg[u as usize], u);
    let mut offsets = Vec::with_capacity(n + 1);
    let mut fwd: Vec<u32> = Vec::new();
    let mut fwd_w: Vec<f64> = Vec::new();
    offsets.push(0);
    for u in 0..n as u32 {
        for (&v, &w) in g.neighbors(u).iter().zip(g.weights(u)) {
            if higher(u, v) {
                fwd.push(v);
                if weighted {
                    fwd_w.push(w / max);
                }
            }
        }
        offsets.push(fwd.len());
    }
    let mut tri = vec![0.0f64; n];
    // mark[x] == u + 1 while u's forward neighbours are marked; slot[x] is x's place in the row.
    let mut mark = vec![0u32; n];
    let mut slot = vec![0usize; if weighted { n } else { 0 }];
    for u in 0..n {
        let row = offsets[u]..offsets[u + 1];
        let stamp = u as u32 + 1;
        for k in row.clone() {
            mark[fwd[k] as usize] = stamp;
            if weighted {
                slot[fwd[k] as usize] = k;
            }
        }
        for k in row {
            let v = fwd[k] as usize;
            for j in offsets[v]..offsets[v + 1] {
                let x = fwd[j] as usize;
                if mark[x] == stamp {
                    let c = if weighted {
                        (fwd_w[k] * fwd_w[j] * fwd_w[slot[x]]).cbrt()
                    } else {
                        1.0
                    };
                    tri[u] += c;
                    tri[v] += c;
                    tri[x] += c;
                }
            }
        }
    }
    tri.iter()
        .zip(&deg)
        .map(|(&t, &d)| {
            if t == 0.0 {
                0.0
            } else {
                2.0 * t / (d * (d - 1)) as f64
            }
        })
        .collect()
}

/// A neighbour list without its owner (self-loops do not count), weights already scaled.
struct Side<'a> {
    nodes: &'a [u32],
    weights: &'a [f64],
    owner: u32,
}

fn directed(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    let weighted = g.is_weighted();
    let scale = 1.0 / max_weight(g);
    let preds = |u: u32| Side {
        nodes: g.in_neighbors(u),
        weights: g.in_weights(u),
        owner: u,
    };
    let succs = |u: u32| Side {
        nodes: g.neighbors(u),
        weights: g.weights(u),
        owner: u,
    };
    (0..n as u32)
        .into_par_iter()
        .map(|i| {
            let (ip, is) = (preds(i), succs(i));
            let mut t = 0.0;
            for side in [&ip, &is] {
                for (&j, &wij) in side.nodes.iter().zip(side.weights) {
                    if j == i {
                        continue;
                    }
                    let (jp, js) = (preds(j), succs(j));
                    for (a, b) in [(&ip, &jp), (&ip, &js), (&is, &jp), (&is, &js)] {
                        intersect(a, b, |wa, wb| {
                            t += if weighted {
                                (wij * scale * (wa * scale) * (wb * scale)).cbrt()
                            } else {
                                1.0
                            };
                        });
                    }
                }
            }
            if t == 0.0 {
                return 0.0;
            }
            let total = (count(&ip) + count(&is)) as f64;
            let mut both = 0usize;
            intersect(&ip, &is, |_, _| both += 1);
            t / ((total * (total - 1.0) - 2.0 * both as f64) * 2.0)
        })
        .collect()
}

fn count(s: &Side) -> usize {
    s.nodes.len() - usize::from(s.nodes.binary_search(&s.owner).is_ok())
}

/// Calls `f(weight in a, weight in b)` for each node in both sorted lists, owners excluded.
fn intersect(a: &Side, b: &Side, mut f: impl FnMut(f64, f64)) {
    let (mut i, mut j) = (0, 0);
    while i < a.nodes.len() && j < b.nodes.len() {
        let (x, y) = (a.nodes[i], b.nodes[j]);
        if x < y {
            i += 1;
        } else if y < x {
            j += 1;
        } else {
            if x != a.owner && x != b.owner {
                f(a.weights[i], b.weights[j]);
            }
            i += 1;
            j += 1;
        }
    }
}
