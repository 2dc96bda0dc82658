//! Biconnected blocks of an undirected graph and what each node stands for in each block
//! (Puzis, Zilberman, Elovici, Dolev and Brandes 2012; Baglioni et al. 2012).
//!
//! Every shortest path between two nodes of different blocks runs through the articulation
//! points between them, and its stretch inside a block is a shortest path of that block. So
//! betweenness is the sum, over the blocks, of Brandes inside the block where an articulation
//! point `a` counts as `1 + (nodes cut off from the block by a)` sources and targets, plus, for
//! `a` itself, the ordered pairs of nodes that `a` separates. A pendant tree is the extreme
//! case: its edges are blocks of two nodes with no interior, and all it leaves is a weight on
//! the node it hangs from.

use crate::Graph;

/// One block: its nodes, and how many original nodes each one counts as inside it.
pub(super) struct Block {
    pub nodes: Vec<u32>,
    pub weight: Vec<f64>,
}

pub(super) struct Blocks {
    /// Blocks of three or more nodes (a two-node block, a bridge, has no interior).
    pub blocks: Vec<Block>,
    /// Per node: ordered pairs of other nodes in its component that it separates.
    pub separated: Vec<f64>,
}

/// Hopcroft and Tarjan's depth-first search, iteratively; self-loops are ignored.
pub(super) fn blocks(g: &Graph) -> Blocks {
    let n = g.node_count();
    const UNSET: u32 = u32::MAX;
    let mut disc = vec![UNSET; n];
    let mut low = vec![0u32; n];
    let mut parent = vec![UNSET; n];
    let mut sub = vec![0u32; n];
    // Per node: total and sum of squares of the subtrees it cuts off below itself.
    let mut cut = vec![0u32; n];
    let mut cut_sq = vec![0.0f64; n];
    let mut separated = vec![0.0f64; n];
    let mut blocks = Vec::new();
    let mut stack: Vec<(u32, usize)> = Vec::new();
    let mut visited: Vec<u32> = Vec::new();
    // (block start in `members`, top node, its child in the block)
    let mut found: Vec<(usize, u32, u32)> = Vec::new();
    let mut members: Vec<u32> = Vec::new();
    let mut component: Vec<u32> = Vec::new();
    let mut time = 0u32;
    for root in 0..n as u32 {
        if disc[root as usize] != UNSET {
            continue;
        }
        found.clear();
        members.clear();
        component.clear();
        disc[root as usize] = time;
        low[root as usize] = time;
        sub[root as usize] = 1;
        time += 1;
        stack.push((root, 0));
        visited.push(root);
        component.push(root);
        while let Some(&mut (v, ref mut i)) = stack.last_mut() {
            let row = g.neighbors(v);
            if *i < row.len() {
                let t = row[*i];
                *i += 1;
                if t == v {
                    continue;
                }
                if disc[t as usize] == UNSET {
                    parent[t as usize] = v;
                    disc[t as usize] = time;
                    low[t as usize] = time;
                    sub[t as usize] = 1;
                    time += 1;
                    stack.push((t, 0));
                    visited.push(t);
                    component.push(t);
                } else if t != parent[v as usize] {
                    low[v as usize] = low[v as usize].min(disc[t as usize]);
                }
                continue;
            }
            stack.pop();
            let p = parent[v as usize];
            if p == UNSET {
                continue;
            }
            let (vu, pu) = (v as usize, p as usize);
            low[pu] = low[pu].min(low[vu]);
            sub[pu] += sub[vu];
            if low[vu] >= disc[pu] {
                // p cuts v's subtree off: the nodes above v on `visited` and p form a block.
                let start = members.len();
                while let Some(x) = visited.pop() {
                    members.push(x);
                    if x == v {
                        break;
                    }
                }
                members.push(p);
                found.push((start, p, v));
                cut[pu] += sub[vu];
                cut_sq[pu] += f64::from(sub[vu]) * f64::from(sub[vu]);
            }
        }
        visited.clear();
        let total = sub[root as usize];
        for &x in &component {
            let xu = x as usize;
            // The rest of the component, above x, is one more part (none for the root).
            let rest = f64::from(total - 1 - cut[xu]);
            let others = f64::from(total - 1);
            separated[xu] = others * others - cut_sq[xu] - rest * rest;
        }
        for (k, &(start, top, child)) in found.iter().enumerate() {
            let end = found.get(k + 1).map_or(members.len(), |f| f.0);
            let nodes = &members[start..end];
            if nodes.len() < 3 {
                continue;
            }
            let weight = nodes
                .iter()
                .map(|&x| {
                    if x == top {
                        f64::from(total - sub[child as usize])
                    } else {
                        f64::from(1 + cut[x as usize])
                    }
                })
                .collect();
            blocks.push(Block {
                nodes: nodes.to_vec(),
                weight,
            });
        }
    }
    Blocks { blocks, separated }
}
