//! Community detection (Leiden) and modularity as `networkx.community.modularity` computes it.
//!
//! [`communities`] is the Leiden algorithm of Traag, Waltman and van Eck (2019) for modularity
//! with resolution 1 on weighted graphs: fast local moving with a queue, refinement of each
//! community into well-connected parts, aggregation on the refined partition with the
//! non-refined one as the aggregate's starting partition, repeated until the last local moving
//! leaves every aggregate node alone. Whole Leiden iterations are then repeated from the
//! partition found (as `leidenalg`/igraph do with `n_iterations=-1`) until one changes nothing.
//!
//! Two choices differ from the paper and are deliberate:
//! - the refinement merges a node into the well-connected sub-community with the best gain
//!   (ties to the lower id) instead of drawing one at random, so the result depends on the
//!   seed only through the order nodes are visited;
//! - after every iteration, communities are split into their connected components. Splitting
//!   a community with no edge between its parts always raises modularity, and it keeps the
//!   guarantee that communities are connected even when an iteration limit stops early.
//!
//! Directed graphs are read as undirected: the weights of `u→v` and `v→u` are added.

use crate::Graph;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use std::collections::{HashMap, VecDeque};

/// When to stop repeating whole Leiden iterations.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// At most this many iterations (at least one runs).
    pub max_iterations: usize,
    /// Stop once an iteration raises modularity by less than this.
    pub tolerance: f64,
    /// Start no further iteration once this much work is done, counted in arcs read by local
    /// moving, refinement and aggregation over all iterations so far (deterministic, unlike
    /// a time limit). Small graphs never reach it; on a very large one it trades the last
    /// iterations' gains (~1e-4 each) for time.
    pub work_budget: u64,
}

impl Default for Options {
    /// Each further iteration costs about a pass over every level of the graph and, on graphs
    /// with weak structure (Barabási–Albert), still gains ~1e-4 after ten. The work budget
    /// (1e9 arcs read) lets every graph up to a few million edges run all ten (BA 20k reads
    /// 3e7, a 200,000-node graph with 2,000,000 edges 5e8) and stops a 10,000,000-edge one
    /// after four (the first reads ~4e8, each further one ~2.4e8), which keeps the
    /// 1,000,000-node report within its time budget.
    fn default() -> Options {
        Options {
            max_iterations: 10,
            tolerance: 1e-5,
            work_budget: 1_000_000_000,
        }
    }
}

/// Community of every node (ids dense, `0..c`, numbered in order of each community's lowest
/// node), found by Leiden maximizing modularity (resolution 1, weighted) with the default
/// [`Options`]. Deterministic for a seed. A graph without edges gives every node its own
/// community.
pub fn communities(g: &Graph, seed: u64) -> Vec<u32> {
    communities_with(g, seed, Options::default())
}

/// [`communities`] with explicit stopping rules.
pub fn communities_with(g: &Graph, seed: u64, options: Options) -> Vec<u32> {
    let n = g.node_count();
    let base = Level::from_graph(g);
    if base.total <= 0.0 {
        return (0..n as u32).collect();
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut membership: Vec<u32> = (0..n as u32).collect();
    let mut quality = base.modularity(&membership);
    let mut work = 0u64;
    for iteration in 0..options.max_iterations.max(1) {
        if iteration > 0 && work >= options.work_budget {
            break;
        }
        // Splitting disconnected communities only raises modularity, so quality stays monotone
        // from one iteration to the next and the result is connected whenever we stop.
        let (found, cost) = leiden_iteration(&base, &membership, &mut rng);
        work += cost;
        let next = dense_small(&split_disconnected(&base, &found));
        if next == membership {
            break;
        }
        let q = base.modularity(&next);
        let gain = q - quality;
        if gain < 0.0 {
            // Cannot happen in exact arithmetic; keep the better partition if rounding says so.
            break;
        }
        membership = next;
        quality = q;
        if gain < options.tolerance {
            break;
        }
    }
    membership
}

/// Modularity of the partition `membership` (community id per node; ids need not be dense),
/// exactly as `networkx.community.modularity(G, communities, weight="weight", resolution=1)`:
/// a self-loop adds twice its weight to its node's degree and once to its community's
/// internal weight; a directed graph uses out- and in-degrees. A graph without edges gives 0
/// (networkx raises `ZeroDivisionError`).
///
/// # Panics
/// If `membership` does not have one entry per node.
pub fn modularity(g: &Graph, membership: &[u32]) -> f64 {
    let n = g.node_count();
    assert_eq!(membership.len(), n, "one community id per node");
    let ids = dense(membership);
    let c = ids.iter().map(|&x| x as usize + 1).max().unwrap_or(0);
    let mut internal = vec![0.0f64; c];
    let mut out_deg = vec![0.0f64; c];
    let mut in_deg = vec![0.0f64; c];
    let mut total = 0.0;
    for u in 0..n as u32 {
        let cu = ids[u as usize] as usize;
        for (&v, &w) in g.neighbors(u).iter().zip(g.weights(u)) {
            let cv = ids[v as usize] as usize;
            if g.is_directed() {
                total += w;
                out_deg[cu] += w;
                in_deg[cv] += w;
                if cu == cv {
                    internal[cu] += w;
                }
            } else {
                // Row u holds every edge of u; a self-loop once but counted twice in degree.
                let d = if v == u { 2.0 * w } else { w };
                out_deg[cu] += d;
                total += d;
                if cu == cv && v >= u {
                    internal[cu] += w;
                }
            }
        }
    }
    if total <= 0.0 {
        return 0.0;
    }
    if g.is_directed() {
        let norm = 1.0 / (total * total);
        (0..c)
            .map(|k| internal[k] / total - out_deg[k] * in_deg[k] * norm)
            .sum()
    } else {
        let m = total / 2.0;
        let norm = 1.0 / (total * total);
        (0..c)
            .map(|k| internal[k] / m - out_deg[k] * out_deg[k] * norm)
            .sum()
    }
}

/// Renumber ids below `ids.len()` densely in order of first appearance.
fn dense_small(ids: &[u32]) -> Vec<u32> {
    let mut map = vec![u32::MAX; ids.len()];
    let mut next = 0u32;
    ids.iter()
        .map(|&x| {
            let slot = &mut map[x as usize];
            if *slot == u32::MAX {
                *slot = next;
                next += 1;
            }
            *slot
        })
        .collect()
}

/// Renumber arbitrary ids densely in order of first appearance.
fn dense(ids: &[u32]) -> Vec<u32> {
    let mut map: HashMap<u32, u32> = HashMap::new();
    ids.iter()
        .map(|&x| {
            let next = map.len() as u32;
            *map.entry(x).or_insert(next)
        })
        .collect()
}

/// One level of the hierarchy: an undirected weighted graph without self-loops (they never
/// change a move's gain), plus each node's degree `k` including its internal weight.
struct Level {
    offsets: Vec<usize>,
    targets: Vec<u32>,
    weights: Vec<f64>,
    k: Vec<f64>,
    /// Sum of all degrees, 2m.
    total: f64,
}

impl Level {
    fn n(&self) -> usize {
        self.k.len()
    }

    fn row(&self, u: usize) -> (&[u32], &[f64]) {
        let r = self.offsets[u]..self.offsets[u + 1];
        (&self.targets[r.clone()], &self.weights[r])
    }

    /// Modularity of a dense partition of this level's nodes.
    fn modularity(&self, part: &[u32]) -> f64 {
        let mut tot = vec![0.0f64; self.n()];
        let mut cross = 0.0;
        for u in 0..self.n() {
            tot[part[u] as usize] += self.k[u];
            let (vs, ws) = self.row(u);
            for (&v, &w) in vs.iter().zip(ws) {
                if part[v as usize] != part[u] {
                    cross += w;
                }
            }
        }
        // Internal weight (both directions) is everything that does not cross.
        let inside = self.total - cross;
        let squares: f64 = tot.iter().map(|t| t * t).sum();
        inside / self.total - squares / (self.total * self.total)
    }

    fn from_graph(g: &Graph) -> Level {
        let n = g.node_count();
        let mut k = vec![0.0; n];
        if !g.is_directed() {
            let mut offsets = Vec::with_capacity(n + 1);
            let mut targets = Vec::with_capacity(2 * g.edge_count());
            let mut weights = Vec::with_capacity(2 * g.edge_count());
            offsets.push(0);
            for u in 0..n as u32 {
                for (&v, &w) in g.neighbors(u).iter().zip(g.weights(u)) {
                    if v == u {
                        k[u as usize] += 2.0 * w;
                    } else {
                        k[u as usize] += w;
                        targets.push(v);
                        weights.push(w);
                    }
                }
                offsets.push(targets.len());
            }
            let total = k.iter().sum();
            return Level {
                offsets,
                targets,
                weights,
                k,
                total,
            };
        }
        // Directed: merge out- and in-rows (both sorted), adding the weights of u→v and v→u.
        let mut offsets = Vec::with_capacity(n + 1);
        let mut targets = Vec::new();
        let mut weights = Vec::new();
        offsets.push(0);
        for u in 0..n as u32 {
            let (a, aw) = (g.neighbors(u), g.weights(u));
            let (b, bw) = (g.in_neighbors(u), g.in_weights(u));
            let (mut i, mut j) = (0, 0);
            while i < a.len() || j < b.len() {
                let (v, w) = if j >= b.len() || (i < a.len() && a[i] < b[j]) {
                    i += 1;
                    (a[i - 1], aw[i - 1])
                } else if i >= a.len() || b[j] < a[i] {
                    j += 1;
                    (b[j - 1], bw[j - 1])
                } else {
                    i += 1;
                    j += 1;
                    (a[i - 1], aw[i - 1] + bw[j - 1])
                };
                // A directed self-loop is in both rows: w here is twice its weight.
                k[u as usize] += w;
                if v != u {
                    targets.push(v);
                    weights.push(w);
                }
            }
            offsets.push(targets.len());
        }
        let total = k.iter().sum();
        Level {
            offsets,
            targets,
            weights,
            k,
            total,
        }
    }

    /// The graph whose nodes are the parts of `part` (dense ids `0..parts`).
    fn aggregate(&self, part: &[u32], parts: usize) -> Level {
        let mut members_off = vec![0usize; parts + 1];
        for &p in part {
            members_off[p as usize + 1] += 1;
        }
        for i in 0..parts {
            members_off[i + 1] += members_off[i];
        }
        let mut members = vec![0u32; part.len()];
        let mut next = members_off.clone();
        for (u, &p) in part.iter().enumerate() {
            members[next[p as usize]] = u as u32;
            next[p as usize] += 1;
        }
        let mut k = vec![0.0; parts];
        let mut acc = vec![0.0f64; parts];
        let mut touched: Vec<u32> = Vec::new();
        let mut offsets = Vec::with_capacity(parts + 1);
        // At most as many arcs as this level: reserve once rather than grow and copy.
        let mut targets = Vec::with_capacity(self.targets.len());
        let mut weights = Vec::with_capacity(self.targets.len());
        offsets.push(0);
        for a in 0..parts {
            for &u in &members[members_off[a]..members_off[a + 1]] {
                k[a] += self.k[u as usize];
                let (vs, ws) = self.row(u as usize);
                for (&v, &w) in vs.iter().zip(ws) {
                    let b = part[v as usize];
                    if b as usize == a {
                        continue;
                    }
                    if acc[b as usize] == 0.0 {
                        touched.push(b);
                    }
                    acc[b as usize] += w;
                }
            }
            for &b in &touched {
                targets.push(b);
                weights.push(acc[b as usize]);
                acc[b as usize] = 0.0;
            }
            touched.clear();
            offsets.push(targets.len());
        }
        Level {
            offsets,
            targets,
            weights,
            k,
            total: self.total,
        }
    }
}

/// One Leiden iteration on `base` starting from `start`; returns the membership of base nodes
/// and the work done (arcs read).
fn leiden_iteration(base: &Level, start: &[u32], rng: &mut ChaCha8Rng) -> (Vec<u32>, u64) {
    let mut level_owned: Option<Level> = None;
    let mut part: Vec<u32> = start.to_vec();
    // Which node of the current level each base node has become.
    let mut node_of: Vec<u32> = (0..base.n() as u32).collect();
    let mut work = 0u64;
    loop {
        let level = level_owned.as_ref().unwrap_or(base);
        let (communities, moved) = move_nodes_fast(level, &mut part, rng);
        // Refinement reads the level's arcs twice, aggregation once.
        work += moved + 3 * level.targets.len() as u64;
        if communities == level.n() {
            break;
        }
        let (refined, parts) = refine(level, &part, rng);
        if parts == level.n() {
            // Nothing merged: aggregating would give the same graph again.
            break;
        }
        let next_part: Vec<u32> = {
            let mut p = vec![0u32; parts];
            for (u, &r) in refined.iter().enumerate() {
                p[r as usize] = part[u];
            }
            p
        };
        for x in node_of.iter_mut() {
            *x = refined[*x as usize];
        }
        let aggregated = level.aggregate(&refined, parts);
        level_owned = Some(aggregated);
        part = next_part;
    }
    (node_of.iter().map(|&x| part[x as usize]).collect(), work)
}

/// Fast local moving: visit nodes from a queue (shuffled at first), move each to the
/// neighbouring community with the best modularity gain, and queue its neighbours outside its
/// new community. Leaves `part` dense and returns the number of communities and the arcs read.
fn move_nodes_fast(level: &Level, part: &mut [u32], rng: &mut ChaCha8Rng) -> (usize, u64) {
    let n = level.n();
    let scale = 1.0 / level.total;
    let mut tot = vec![0.0f64; n];
    let mut size = vec![0u32; n];
    for u in 0..n {
        tot[part[u] as usize] += level.k[u];
        size[part[u] as usize] += 1;
    }
    let mut empty: Vec<u32> = (0..n as u32).filter(|&c| size[c as usize] == 0).collect();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.shuffle(rng);
    let mut queue: VecDeque<u32> = order.into_iter().collect();
    let mut queued = vec![true; n];
    let mut acc = vec![0.0f64; n];
    let mut touched: Vec<u32> = Vec::new();
    let mut read = 0u64;
    while let Some(u) = queue.pop_front() {
        let u = u as usize;
        queued[u] = false;
        let (vs, ws) = level.row(u);
        read += vs.len() as u64;
        let old = part[u];
        for (&v, &w) in vs.iter().zip(ws) {
            let c = part[v as usize];
            if acc[c as usize] == 0.0 {
                touched.push(c);
            }
            acc[c as usize] += w;
        }
        let ku = level.k[u];
        tot[old as usize] -= ku;
        size[old as usize] -= 1;
        // Gain of joining c, up to a common factor: k_{u,c} - k_u * tot_c / 2m.
        let gain =
            |c: u32, acc: &[f64], tot: &[f64]| acc[c as usize] - ku * tot[c as usize] * scale;
        let mut best = old;
        let mut best_gain = if size[old as usize] == 0 {
            0.0
        } else {
            gain(old, &acc, &tot)
        };
        for &c in &touched {
            let g = gain(c, &acc, &tot);
            if g > best_gain || (g == best_gain && c < best && best != old) {
                best = c;
                best_gain = g;
            }
        }
        if best_gain < 0.0 {
            // Alone is better than anywhere: take an empty community.
            best = if size[old as usize] == 0 {
                old
            } else {
                empty.pop().unwrap_or(old)
            };
        }
        for &c in &touched {
            acc[c as usize] = 0.0;
        }
        touched.clear();
        tot[best as usize] += ku;
        size[best as usize] += 1;
        if best != old {
            if size[old as usize] == 0 {
                empty.push(old);
            }
            part[u] = best;
            for &v in vs {
                if !queued[v as usize] && part[v as usize] != best {
                    queued[v as usize] = true;
                    queue.push_back(v);
                }
            }
        }
    }
    let d = dense_small(part);
    part.copy_from_slice(&d);
    (d.iter().map(|&x| x as usize + 1).max().unwrap_or(0), read)
}

/// Refinement: inside each community of `part`, start from singletons and merge each
/// well-connected singleton into the well-connected sub-community (reached by an edge) with
/// the best non-negative gain. Returns the refined partition (dense) and its size.
fn refine(level: &Level, part: &[u32], rng: &mut ChaCha8Rng) -> (Vec<u32>, usize) {
    let n = level.n();
    let scale = 1.0 / level.total;
    let mut comm_tot = vec![0.0f64; n];
    for u in 0..n {
        comm_tot[part[u] as usize] += level.k[u];
    }
    let mut refined: Vec<u32> = (0..n as u32).collect();
    let mut tot: Vec<f64> = level.k.clone();
    let mut size = vec![1u32; n];
    // ext[r]: weight from sub-community r to the rest of its community.
    let mut ext = vec![0.0f64; n];
    for u in 0..n {
        let (vs, ws) = level.row(u);
        ext[u] = vs
            .iter()
            .zip(ws)
            .filter(|(v, _)| part[**v as usize] == part[u])
            .map(|(_, w)| w)
            .sum();
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.shuffle(rng);
    let mut acc = vec![0.0f64; n];
    let mut touched: Vec<u32> = Vec::new();
    for u in order {
        let u = u as usize;
        if size[refined[u] as usize] != 1 {
            continue;
        }
        let c = part[u] as usize;
        let ku = level.k[u];
        if ext[u] < ku * (comm_tot[c] - ku) * scale {
            continue;
        }
        let (vs, ws) = level.row(u);
        for (&v, &w) in vs.iter().zip(ws) {
            if part[v as usize] as usize != c {
                continue;
            }
            let r = refined[v as usize];
            if acc[r as usize] == 0.0 {
                touched.push(r);
            }
            acc[r as usize] += w;
        }
        let mut best: Option<(u32, f64)> = None;
        for &r in &touched {
            let ri = r as usize;
            if ri == u {
                continue;
            }
            // Only sub-communities well connected to the rest of the community.
            if ext[ri] < tot[ri] * (comm_tot[c] - tot[ri]) * scale {
                continue;
            }
            let g = acc[ri] - ku * tot[ri] * scale;
            if g >= 0.0 && best.is_none_or(|(b, bg)| g > bg || (g == bg && r < b)) {
                best = Some((r, g));
            }
        }
        if let Some((r, _)) = best {
            let ri = r as usize;
            let old = refined[u] as usize;
            ext[ri] = ext[ri] + ext[old] - 2.0 * acc[ri];
            tot[ri] += ku;
            size[ri] += 1;
            size[old] = 0;
            refined[u] = r;
        }
        for &r in &touched {
            acc[r as usize] = 0.0;
        }
        touched.clear();
    }
    let d = dense_small(&refined);
    let parts = d.iter().map(|&x| x as usize + 1).max().unwrap_or(0);
    (d, parts)
}

/// Split each community into its connected components (breadth-first inside the community).
fn split_disconnected(level: &Level, membership: &[u32]) -> Vec<u32> {
    let n = level.n();
    const NONE: u32 = u32::MAX;
    let mut out = vec![NONE; n];
    let mut next = 0u32;
    let mut queue = VecDeque::new();
    for s in 0..n {
        if out[s] != NONE {
            continue;
        }
        out[s] = next;
        queue.push_back(s);
        while let Some(u) = queue.pop_front() {
            for &v in level.row(u).0 {
                let v = v as usize;
                if out[v] == NONE && membership[v] == membership[s] {
                    out[v] = next;
                    queue.push_back(v);
                }
            }
        }
        next += 1;
    }
    out
}
