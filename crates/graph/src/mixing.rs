//! Mixing between groups (organizations, communities): assortativity and cross-boundary ties.

use crate::Graph;

/// `networkx.attribute_assortativity_coefficient(G, attribute)` for a categorical label per
/// node: the mixing matrix counts every adjacency pair `(label(u), label(v))` (undirected:
/// both directions of an edge, a self-loop once; directed: each arc once; weights ignored),
/// then `r = (trace(M) - sum(M·M)) / (1 - sum(M·M))` on the normalized matrix.
///
/// `NaN` where networkx gives `nan`: no edges, or a single label on every edge end.
///
/// # Panics
/// If `labels` does not have one entry per node.
pub fn attribute_assortativity(g: &Graph, labels: &[u32]) -> f64 {
    let n = g.node_count();
    assert_eq!(labels.len(), n, "one label per node");
    let k = labels.iter().map(|&x| x as usize + 1).max().unwrap_or(0);
    // Only row sums, column sums and the diagonal of M are needed: sum(M·M) = Σ a_i b_i.
    let mut rows = vec![0.0f64; k];
    let mut cols = vec![0.0f64; k];
    let mut diagonal = 0.0;
    let mut pairs = 0.0;
    for u in 0..n as u32 {
        let lu = labels[u as usize] as usize;
        for &v in g.neighbors(u) {
            let lv = labels[v as usize] as usize;
            rows[lu] += 1.0;
            cols[lv] += 1.0;
            if lu == lv {
                diagonal += 1.0;
            }
            pairs += 1.0;
        }
    }
    if pairs == 0.0 {
        return f64::NAN;
    }
    let t = diagonal / pairs;
    let s: f64 = rows
        .iter()
        .zip(&cols)
        .map(|(a, b)| (a / pairs) * (b / pairs))
        .sum();
    if s == 1.0 {
        return f64::NAN;
    }
    (t - s) / (1.0 - s)
}

/// Ties between groups: how many of the ties (edges other than self-loops, an undirected edge
/// once) join two different labels, and their share by count and by weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CrossTies {
    pub ties: usize,
    pub cross: usize,
    /// `cross / ties`; 0 without ties.
    pub share: f64,
    /// Weight of the crossing ties over the weight of all ties; 0 without ties.
    pub weight_share: f64,
}

/// Count the ties whose ends carry different labels.
///
/// # Panics
/// If `labels` does not have one entry per node.
pub fn cross_ties(g: &Graph, labels: &[u32]) -> CrossTies {
    let n = g.node_count();
    assert_eq!(labels.len(), n, "one label per node");
    let (mut ties, mut cross) = (0usize, 0usize);
    let (mut weight, mut cross_weight) = (0.0f64, 0.0f64);
    for u in 0..n as u32 {
        for (&v, &w) in g.neighbors(u).iter().zip(g.weights(u)) {
            // Undirected rows hold each edge twice: count it from its lower end.
            if v == u || (!g.is_directed() && v < u) {
                continue;
            }
            ties += 1;
            weight += w;
            if labels[u as usize] != labels[v as usize] {
                cross += 1;
                cross_weight += w;
            }
        }
    }
    CrossTies {
        ties,
        cross,
        share: if ties == 0 {
            0.0
        } else {
            cross as f64 / ties as f64
        },
        weight_share: if weight > 0.0 {
            cross_weight / weight
        } else {
            0.0
        },
    }
}
