//! Twins: nodes with the same neighbours, merged into one node that stands for all of them
//! (the "identical vertices" of Sariyüce et al.'s BADIOS). Unweighted graphs only: with
//! weights, twins would also need the same weights.
//!
//! Closed twins (adjacent, `N[x] = N[y]`) and open twins (not adjacent, `N(x) = N(y)`) lie at
//! the same distance, with the same path counts, from every other node, and each lies on a
//! shortest path exactly when its twin does; so one node with `mult = |class|` carries them.
//! From a twin as source the others are leaves of the shortest-path DAG: a closed twin is a
//! neighbour reached straight away; an open twin is reached through each common neighbour,
//! which gets `1 / deg` of every such pair, added here as `extra`.

use crate::Graph;
use rustc_hash::FxHashMap as HashMap;

pub(super) struct Quotient {
    pub graph: Graph,
    /// Class of every node of the original graph.
    pub class: Vec<u32>,
    pub weight: Vec<f64>,
    pub mult: Vec<f64>,
    /// Per class: raw betweenness each member gets from pairs of open twins around it.
    pub extra: Vec<f64>,
}

/// Merges the twin classes of `g` (undirected, unweighted, without self-loops), whose nodes
/// count `weight[x]` times as sources and targets. `None` if there are no twins.
pub(super) fn merge(g: &Graph, weight: &[f64]) -> Option<Quotient> {
    let n = g.node_count();
    const NONE: u32 = u32::MAX;
    let mut class = vec![NONE; n];
    let mut classes = 0u32;
    {
        let mut by_row: HashMap<&[u32], u32> = HashMap::default();
        for x in 0..n as u32 {
            let row = g.neighbors(x);
            if row.is_empty() {
                continue;
            }
            let first = *by_row.entry(row).or_insert(x);
            if first != x {
                if class[first as usize] == NONE {
                    class[first as usize] = classes;
                    classes += 1;
                }
                class[x as usize] = class[first as usize];
            }
        }
    }
    let open = classes;
    {
        let mut by_row: HashMap<Vec<u32>, u32> = HashMap::default();
        let mut closed = Vec::new();
        for x in 0..n as u32 {
            if class[x as usize] != NONE {
                continue;
            }
            closed.clear();
            closed.extend_from_slice(g.neighbors(x));
            let at = closed.partition_point(|&y| y < x);
            closed.insert(at, x);
            match by_row.get(&closed) {
                Some(&first) => {
                    if class[first as usize] == NONE {
                        class[first as usize] = classes;
                        classes += 1;
                    }
                    class[x as usize] = class[first as usize];
                }
                None => {
                    by_row.insert(closed.clone(), x);
                }
            }
        }
    }
    if classes == 0 {
        return None;
    }
    for c in class.iter_mut().filter(|c| **c == NONE) {
        *c = classes;
        classes += 1;
    }
    let k = classes as usize;
    let mut w = vec![0.0; k];
    let mut w_sq = vec![0.0; k];
    let mut mult = vec![0.0; k];
    let mut rep = vec![NONE; k];
    for x in 0..n {
        let c = class[x] as usize;
        w[c] += weight[x];
        w_sq[c] += weight[x] * weight[x];
        mult[c] += 1.0;
        if rep[c] == NONE {
            rep[c] = x as u32;
        }
    }
    let mut edges = Vec::new();
    let mut extra = vec![0.0; k];
    for c in 0..k {
        let x = rep[c];
        // Every member of a neighbouring class is a neighbour: take each class once.
        let classes_around = g
            .neighbors(x)
            .iter()
            .filter(|&&y| rep[class[y as usize] as usize] == y);
        for &y in classes_around.clone() {
            let d = class[y as usize];
            if d as usize > c {
                edges.push((c as u32, d, 1.0));
            }
        }
        if (c as u32) < open && mult[c] > 1.0 {
            // Ordered pairs of distinct members, split evenly over the common neighbours.
            let share = (w[c] * w[c] - w_sq[c]) / g.neighbors(x).len() as f64;
            for &y in classes_around {
                extra[class[y as usize] as usize] += share;
            }
        }
    }
    Some(Quotient {
        graph: Graph::from_edges(k, &edges, false),
        class,
        weight: w,
        mult,
        extra,
    })
}
