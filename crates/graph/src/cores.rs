//! Degree, strength, k-core numbers and connected components.

use crate::Graph;

/// Degree as networkx's `G.degree()`: a self-loop counts twice; directed: in + out.
pub fn degree(g: &Graph) -> Vec<usize> {
    (0..g.node_count() as u32)
        .map(|u| {
            if g.is_directed() {
                g.neighbors(u).len() + g.in_neighbors(u).len()
            } else {
                g.neighbors(u).len() + usize::from(g.has_self_loop(u))
            }
        })
        .collect()
}

/// Strength (weighted degree) as `G.degree(weight="weight")`: a self-loop's weight counts twice.
pub fn strength(g: &Graph) -> Vec<f64> {
    (0..g.node_count() as u32)
        .map(|u| {
            let out: f64 = g.weights(u).iter().sum();
            if g.is_directed() {
                out + g.in_weights(u).iter().sum::<f64>()
            } else {
                let own = g
                    .neighbors(u)
                    .binary_search(&u)
                    .map_or(0.0, |i| g.weights(u)[i]);
                out + own
            }
        })
        .collect()
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("k-core numbers are not defined for a graph with self-loops (node {0}), as in networkx")]
pub struct SelfLoop(pub u32);

/// Core numbers as networkx's `core_number`, by Batagelj and Zaversnik's O(m) bucket algorithm.
/// Directed graphs use in + out degree, so a reciprocated pair counts twice, as in networkx.
pub fn core_number(g: &Graph) -> Result<Vec<u32>, SelfLoop> {
    let n = g.node_count();
    if let Some(u) = (0..n as u32).find(|&u| g.has_self_loop(u)) {
        return Err(SelfLoop(u));
    }
    let all = |u: u32| {
        let back: &[u32] = if g.is_directed() {
            g.in_neighbors(u)
        } else {
            &[]
        };
        g.neighbors(u).iter().chain(back)
    };
    let mut deg: Vec<u32> = (0..n as u32).map(|u| all(u).count() as u32).collect();
    let max = deg.iter().copied().max().unwrap_or(0) as usize;
    // bin[d] = first position of degree d in `vert`, which is sorted by current degree.
    let mut bin = vec![0usize; max + 2];
    for &d in &deg {
        bin[d as usize + 1] += 1;
    }
    for d in 0..=max {
        bin[d + 1] += bin[d];
    }
    let mut pos = vec![0usize; n];
    let mut vert = vec![0u32; n];
    let mut next = bin.clone();
    for (v, &d) in deg.iter().enumerate() {
        pos[v] = next[d as usize];
        vert[pos[v]] = v as u32;
        next[d as usize] += 1;
    }
    for i in 0..n {
        let v = vert[i];
        for &u in all(v) {
            let u = u as usize;
            if deg[u] > deg[v as usize] {
                // Move u to the front of its bin, then shrink the bin past it.
                let du = deg[u] as usize;
                let (pu, pw) = (pos[u], bin[du]);
                let w = vert[pw] as usize;
                vert.swap(pu, pw);
                pos[u] = pw;
                pos[w] = pu;
                bin[du] += 1;
                deg[u] -= 1;
            }
        }
    }
    Ok(deg)
}

/// Connected components (weakly connected for a directed graph): a component id per node,
/// numbered in order of each component's lowest node, as networkx yields them.
pub fn components(g: &Graph) -> Vec<u32> {
    let n = g.node_count();
    let mut id = vec![u32::MAX; n];
    let mut queue: Vec<u32> = Vec::with_capacity(n);
    let mut count = 0;
    for start in 0..n as u32 {
        if id[start as usize] != u32::MAX {
            continue;
        }
        id[start as usize] = count;
        queue.clear();
        queue.push(start);
        let mut head = 0;
        while let Some(&v) = queue.get(head) {
            head += 1;
            let mut visit = |nbrs: &[u32]| {
                for &w in nbrs {
                    if id[w as usize] == u32::MAX {
                        id[w as usize] = count;
                        queue.push(w);
                    }
                }
            };
            visit(g.neighbors(v));
            if g.is_directed() {
                visit(g.in_neighbors(v));
            }
        }
        count += 1;
    }
    id
}
