//! Brandes' algorithm for one source at a time, on a graph whose nodes may stand for several
//! original nodes (see [`Stand`]).
//!
//! Speed comes from the CSR, `u32` ids, one set of buffers per worker reused for every source,
//! and a dependency pass that reads only the arcs of the shortest-path DAG recorded by the
//! forward search. On an undirected graph the breadth-first search switches direction
//! (Beamer et al.): a level whose frontier holds more arcs than the unseen nodes do is found
//! bottom-up, every unseen node scanning its own row for parents, which skips the rows of the
//! largest levels. Levels found top-down record their successors (a node pulls its
//! successors' coefficients), levels found bottom-up their parents (a node pushes its
//! coefficient to them).

use crate::Graph;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// What each node of the graph the kernel runs on stands for. `weight[v]`: how many original
/// nodes count as a source and as a target when `v` does (an articulation point of a
/// biconnected block stands for everything hanging off it outside the block); `mult[v]`: how
/// many interchangeable copies `v` is (twins, with the same neighbours), each lying on
/// shortest paths on its own. `v`'s result is the dependency sum of one copy. Without a
/// `Stand` every node is one original node.
pub(super) struct Stand<'a> {
    pub weight: &'a [f64],
    pub mult: &'a [f64],
}

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

/// One worker's buffers, reused for every source it handles.
pub(super) struct Brandes {
    level: Vec<u32>,
    level3: Vec<Mod3>,
    dist: Vec<f64>,
    done: Vec<bool>,
    heap: BinaryHeap<Reverse<(u64, u32)>>,
    /// Dijkstra's nodes in the order they were settled.
    settled: Vec<u32>,
    work: Work,
}

/// The buffers both searches share; `bc` is the worker's running sum.
struct Work {
    /// Path counts in the forward pass, coefficients in the backward one.
    acc: Vec<f64>,
    /// Coefficients pushed by children found bottom-up.
    pushed: Vec<f64>,
    order: Vec<u32>,
    /// Bitmaps: nodes reached, and nodes found top-down on the level being built.
    seen: Vec<u64>,
    fresh: Vec<u64>,
    /// Per position in `order`: where its successors end in `succ`, its parents in `par`.
    succ_end: Vec<u32>,
    par_end: Vec<u32>,
    succ: Vec<u32>,
    par: Vec<u32>,
    bc: Vec<f64>,
}

impl Brandes {
    pub fn new(g: &Graph) -> Brandes {
        let n = g.node_count();
        let (full, mod3) = if g.is_directed() { (n, 0) } else { (0, n) };
        Brandes {
            level: vec![u32::UNSEEN; full],
            level3: vec![Mod3::UNSEEN; mod3],
            dist: Vec::new(),
            done: Vec::new(),
            heap: BinaryHeap::new(),
            settled: Vec::new(),
            work: Work {
                acc: vec![0.0; n],
                pushed: vec![0.0; n],
                order: vec![0; n],
                seen: vec![0; n.div_ceil(64)],
                fresh: vec![0; n.div_ceil(64)],
                succ_end: vec![0; n],
                par_end: vec![0; n],
                succ: Vec::new(),
                par: Vec::new(),
                bc: vec![0.0; n],
            },
        }
    }

    /// The running sum: for every node, its dependencies on the sources so far, each source's
    /// times that source's weight.
    pub fn into_sums(self) -> Vec<f64> {
        self.work.bc
    }

    /// Adds source `s`: breadth-first search on an unweighted graph, Dijkstra on a weighted one
    /// (weights are distances and must be > 0).
    pub fn source(&mut self, g: &Graph, stand: Option<&Stand>, s: u32) {
        let unit = Stand {
            weight: &[],
            mult: &[],
        };
        match (g.is_weighted(), g.is_directed(), stand) {
            (true, _, None) => self.dijkstra::<false>(g, &unit, s),
            (true, _, Some(st)) => self.dijkstra::<true>(g, st, s),
            (false, true, None) => bfs::<u32, false>(g, &unit, &mut self.level, &mut self.work, s),
            (false, true, Some(st)) => bfs::<u32, true>(g, st, &mut self.level, &mut self.work, s),
            (false, false, None) => {
                bfs::<Mod3, false>(g, &unit, &mut self.level3, &mut self.work, s)
            }
            (false, false, Some(st)) => {
                bfs::<Mod3, true>(g, st, &mut self.level3, &mut self.work, s)
            }
        }
    }

    fn dijkstra<const R: bool>(&mut self, g: &Graph, st: &Stand, s: u32) {
        let n = g.node_count();
        if self.dist.len() != n {
            self.dist = vec![f64::INFINITY; n];
            self.done = vec![false; n];
        }
        let (offsets, targets, weights) = g.csr();
        let (dist, done) = (&mut self.dist[..], &mut self.done[..]);
        let w = &mut self.work;
        let (sigma, order, heap) = (&mut w.pushed[..], &mut self.settled, &mut self.heap);
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
            let dv = dist[v];
            let sv = if R && v != s as usize {
                st.mult[v] * sigma[v]
            } else {
                sigma[v]
            };
            let range = offsets[v]..offsets[v + 1];
            for (&t, &wt) in targets[range.clone()].iter().zip(&weights[range]) {
                let t = t as usize;
                let d = dv + wt;
                if !done[t] && d < dist[t] {
                    dist[t] = d;
                    sigma[t] = sv;
                    heap.push(Reverse((d.to_bits(), t as u32)));
                } else if d == dist[t] {
                    sigma[t] += sv;
                }
            }
        }
        let coeff = &mut w.acc[..];
        let ws = if R { st.weight[s as usize] } else { 1.0 };
        for &v in order.iter().rev() {
            let v = v as usize;
            let dv = dist[v];
            let range = offsets[v]..offsets[v + 1];
            let mut pulled = 0.0;
            for (&t, &wt) in targets[range.clone()].iter().zip(&weights[range]) {
                if dv + wt == dist[t as usize] {
                    pulled += coeff[t as usize];
                }
            }
            let delta = sigma[v] * pulled;
            coeff[v] = if R {
                (st.weight[v] + st.mult[v] * delta) / sigma[v]
            } else {
                (1.0 + delta) / sigma[v]
            };
            if v != s as usize {
                w.bc[v] += ws * delta;
            }
        }
        for &v in order.iter() {
            dist[v as usize] = f64::INFINITY;
            done[v as usize] = false;
        }
    }
}

/// One source on an unweighted graph (see the module text). `R`: the nodes carry a [`Stand`].
///
/// Whether an arc joins the next level is as good as random, so the inner loops take no
/// branch on it: every arc writes its target into the successor (or parent) list and the
/// length grows by 0 or 1, and a path count adds 0 or the flow. Nodes found top-down are
/// marked in a bitmap and read back from it in node order, which sorts each level for free.
fn bfs<L: Level, const R: bool>(g: &Graph, st: &Stand, level: &mut [L], w: &mut Work, s: u32) {
    let (offsets, targets, _) = g.csr();
    let n = g.node_count();
    let deg = |v: usize| offsets[v + 1] - offsets[v];
    // What a node passes on to its children: its path count times its copies (the source is
    // one copy: it is the one the paths start from).
    let flow = |acc: &[f64], v: usize| {
        if R && v != s as usize {
            st.mult[v] * acc[v]
        } else {
            acc[v]
        }
    };
    let acc = &mut w.acc[..];
    let order = &mut w.order[..];
    let (succ, par) = (&mut w.succ, &mut w.par);
    let (succ_end, par_end) = (&mut w.succ_end[..], &mut w.par_end[..]);
    let (seen, fresh) = (&mut w.seen[..], &mut w.fresh[..]);
    let (mut len, mut slen, mut plen) = (1usize, 0usize, 0usize);
    level[s as usize] = L::ZERO;
    acc[s as usize] = 1.0;
    seen[s as usize >> 6] |= 1 << (s & 63);
    order[0] = s;
    par_end[0] = 0;
    // Bottom-up needs parents to be neighbours: undirected rows.
    let may_pull = !g.is_directed();
    let (mut seen_arcs, mut frontier_arcs) = (deg(s as usize), deg(s as usize));
    let (mut start, mut cur) = (0, L::ZERO);
    while start < len {
        let end = len;
        let next = cur.succ();
        let unseen_arcs = targets.len() - seen_arcs;
        let mut next_arcs = 0;
        // Bottom-up reads every unseen row; top-down the frontier's rows.
        if may_pull && frontier_arcs > unseen_arcs + (n - len) {
            succ_end[start..end].fill(slen as u32);
            for (wi, word) in seen.iter_mut().enumerate() {
                let mut open = !*word;
                let mut found = 0u64;
                while open != 0 {
                    let bit = open.trailing_zeros();
                    open &= open - 1;
                    let t = (wi << 6) | bit as usize;
                    if t >= n {
                        break;
                    }
                    let before = plen;
                    let row = &targets[offsets[t]..offsets[t + 1]];
                    room(par, plen + row.len());
                    for &v in row {
                        par[plen] = v;
                        plen += usize::from(level[v as usize] == cur);
                    }
                    if plen > before {
                        let sum: f64 = par[before..plen]
                            .iter()
                            .map(|&v| flow(acc, v as usize))
                            .sum();
                        level[t] = next;
                        acc[t] = sum;
                        order[len] = t as u32;
                        par_end[len] = plen as u32;
                        len += 1;
                        next_arcs += row.len();
                        found |= 1 << bit;
                    }
                }
                *word |= found;
            }
        } else {
            for i in start..end {
                let v = order[i] as usize;
                let sv = flow(acc, v);
                let row = &targets[offsets[v]..offsets[v + 1]];
                room(succ, slen + row.len());
                let from = slen;
                for &t in row {
                    let tu = t as usize;
                    let lt = level[tu];
                    let new = lt == L::UNSEEN;
                    let dag = new || lt == next;
                    level[tu] = if new { next } else { lt };
                    fresh[tu >> 6] |= u64::from(new) << (t & 63);
                    succ[slen] = t;
                    slen += usize::from(dag);
                }
                succ_end[i] = slen as u32;
                // Unseen nodes hold 0 (reset after every source).
                for &t in &succ[from..slen] {
                    acc[t as usize] += sv;
                }
            }
            // The new level, in node order, from its bitmap.
            for (wi, (f, sn)) in fresh.iter_mut().zip(seen.iter_mut()).enumerate() {
                let mut bits = *f;
                if bits == 0 {
                    continue;
                }
                *f = 0;
                *sn |= bits;
                while bits != 0 {
                    let t = (wi << 6) | bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    order[len] = t as u32;
                    par_end[len] = plen as u32;
                    len += 1;
                    next_arcs += deg(t);
                }
            }
        }
        seen_arcs += next_arcs;
        frontier_arcs = next_arcs;
        start = end;
        cur = next;
    }
    let pushed = &mut w.pushed[..];
    let ws = if R { st.weight[s as usize] } else { 1.0 };
    for i in (0..len).rev() {
        let v = order[i] as usize;
        let s_from = if i == 0 { 0 } else { succ_end[i - 1] as usize };
        let pulled: f64 = succ[s_from..succ_end[i] as usize]
            .iter()
            .map(|&t| acc[t as usize])
            .sum::<f64>()
            + pushed[v];
        pushed[v] = 0.0;
        let sigma = acc[v];
        let delta = sigma * pulled;
        let coeff = if R {
            (st.weight[v] + st.mult[v] * delta) / sigma
        } else {
            (1.0 + delta) / sigma
        };
        acc[v] = coeff;
        if v != s as usize {
            w.bc[v] += ws * delta;
        }
        let p_from = if i == 0 { 0 } else { par_end[i - 1] as usize };
        for &p in &par[p_from..par_end[i] as usize] {
            pushed[p as usize] += coeff;
        }
    }
    for &v in &order[..len] {
        level[v as usize] = L::UNSEEN;
        acc[v as usize] = 0.0;
    }
    seen.fill(0);
}

/// Makes `list` at least `len` long: the branch-free loops write one slot past the kept
/// entries, so the lists grow ahead of them (to the most arcs one source's DAG has needed).
fn room(list: &mut Vec<u32>, len: usize) {
    if list.len() < len {
        list.resize(len.max(2 * list.len()), 0);
    }
}
