//! The compact graph every metric reads: compressed sparse rows (CSR) with `u32` node ids.

/// A graph on nodes `0..n` in compressed sparse row form.
///
/// Row `u` of the out-CSR holds `u`'s out-neighbours (undirected: all neighbours) sorted
/// ascending, with the edge weights in a parallel array. A directed graph also keeps the
/// in-CSR (row `v` holds the sources of edges into `v`); an undirected one answers the
/// in-queries from the out-CSR.
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    directed: bool,
    weighted: bool,
    edges: usize,
    offsets: Vec<usize>,
    targets: Vec<u32>,
    weights: Vec<f64>,
    in_offsets: Vec<usize>,
    in_targets: Vec<u32>,
    in_weights: Vec<f64>,
}

impl Graph {
    /// Nodes `0..n`; edges `(u, v, w)`.
    ///
    /// Undirected edges are stored both ways; a self-loop `(u, u)` is stored once (in row `u`).
    /// Duplicate edges behave as adding them one by one to a networkx `Graph`/`DiGraph` does:
    /// one edge remains and the later weight replaces the earlier. In an undirected graph
    /// `(u, v)` and `(v, u)` are the same edge.
    ///
    /// # Panics
    /// If an endpoint is not below `n`, or `n` does not fit in `u32`.
    pub fn from_edges(n: usize, edges: &[(u32, u32, f64)], directed: bool) -> Graph {
        assert!(
            u32::try_from(n).is_ok(),
            "node count {n} does not fit in u32"
        );
        for &(u, v, _) in edges {
            assert!(
                (u as usize) < n && (v as usize) < n,
                "edge ({u}, {v}) has an endpoint outside 0..{n}"
            );
        }
        if directed {
            let (offsets, targets, weights) =
                dedup_rows(n, edges.iter().map(|&(u, v, w)| (u, v, w)), edges.len());
            let (in_offsets, in_targets, in_weights) = transpose(n, &offsets, &targets, &weights);
            Graph {
                directed,
                weighted: weights.iter().any(|&w| w != 1.0),
                edges: targets.len(),
                offsets,
                targets,
                weights,
                in_offsets,
                in_targets,
                in_weights,
            }
        } else {
            // Deduplicate unordered pairs first (row = smaller endpoint), then mirror.
            let (c_off, c_tgt, c_w) = dedup_rows(
                n,
                edges.iter().map(|&(u, v, w)| (u.min(v), u.max(v), w)),
                edges.len(),
            );
            let (offsets, targets, weights) = mirror(n, &c_off, &c_tgt, &c_w);
            Graph {
                directed,
                weighted: c_w.iter().any(|&w| w != 1.0),
                edges: c_tgt.len(),
                offsets,
                targets,
                weights,
                in_offsets: Vec::new(),
                in_targets: Vec::new(),
                in_weights: Vec::new(),
            }
        }
    }

    pub fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Distinct edges; an undirected edge counts once, a self-loop once.
    pub fn edge_count(&self) -> usize {
        self.edges
    }

    pub fn is_directed(&self) -> bool {
        self.directed
    }

    /// True if any stored edge weight (after duplicates are resolved) differs from 1.
    pub fn is_weighted(&self) -> bool {
        self.weighted
    }

    /// Out-neighbours of `u` (undirected: all neighbours), sorted ascending.
    pub fn neighbors(&self, u: u32) -> &[u32] {
        let u = u as usize;
        &self.targets[self.offsets[u]..self.offsets[u + 1]]
    }

    /// Weights parallel to [`Graph::neighbors`].
    pub fn weights(&self, u: u32) -> &[f64] {
        let u = u as usize;
        &self.weights[self.offsets[u]..self.offsets[u + 1]]
    }

    /// Directed: sources of edges into `u`, sorted; undirected: the same as `neighbors`.
    pub fn in_neighbors(&self, u: u32) -> &[u32] {
        if !self.directed {
            return self.neighbors(u);
        }
        let u = u as usize;
        &self.in_targets[self.in_offsets[u]..self.in_offsets[u + 1]]
    }

    /// Weights parallel to [`Graph::in_neighbors`].
    pub fn in_weights(&self, u: u32) -> &[f64] {
        if !self.directed {
            return self.weights(u);
        }
        let u = u as usize;
        &self.in_weights[self.in_offsets[u]..self.in_offsets[u + 1]]
    }

    /// The stored arcs (undirected: both directions, self-loops once), as CSR arrays.
    pub fn csr(&self) -> (&[usize], &[u32], &[f64]) {
        (&self.offsets, &self.targets, &self.weights)
    }

    /// The reverse graph's CSR (undirected: the same as [`Graph::csr`]).
    pub fn in_csr(&self) -> (&[usize], &[u32], &[f64]) {
        if self.directed {
            (&self.in_offsets, &self.in_targets, &self.in_weights)
        } else {
            self.csr()
        }
    }

    /// True if `u` has an edge to itself.
    pub fn has_self_loop(&self, u: u32) -> bool {
        self.neighbors(u).binary_search(&u).is_ok()
    }
}

type Csr = (Vec<usize>, Vec<u32>, Vec<f64>);

/// Bucket arcs by source, sort each row by target and keep the last-given weight of repeats.
fn dedup_rows(n: usize, arcs: impl Iterator<Item = (u32, u32, f64)> + Clone, m: usize) -> Csr {
    let mut offsets = vec![0usize; n + 1];
    for (u, _, _) in arcs.clone() {
        offsets[u as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut next = offsets.clone();
    // Fill in input order; the slot index then orders repeats by when they were given.
    let mut row: Vec<(u32, f64)> = vec![(0, 0.0); m];
    for (u, v, w) in arcs {
        let slot = &mut next[u as usize];
        row[*slot] = (v, w);
        *slot += 1;
    }
    let mut out_offsets = Vec::with_capacity(n + 1);
    let mut targets = Vec::with_capacity(m);
    let mut weights = Vec::with_capacity(m);
    out_offsets.push(0);
    for u in 0..n {
        let r = &mut row[offsets[u]..offsets[u + 1]];
        // Stable: equal targets keep input order, so the last of a run is the latest.
        r.sort_by_key(|&(v, _)| v);
        let mut i = 0;
        while i < r.len() {
            let mut j = i;
            while j + 1 < r.len() && r[j + 1].0 == r[i].0 {
                j += 1;
            }
            targets.push(r[j].0);
            weights.push(r[j].1);
            i = j + 1;
        }
        out_offsets.push(targets.len());
    }
    (out_offsets, targets, weights)
}

/// Undirected CSR from deduplicated pairs `a <= b` stored in row `a`. Filling rows in order
/// of `a` leaves every row sorted: row `x` first receives the `a < x`, ascending, then its own
/// `b >= x`, ascending.
fn mirror(n: usize, off: &[usize], tgt: &[u32], w: &[f64]) -> Csr {
    let mut offsets = vec![0usize; n + 1];
    for a in 0..n {
        for &b in &tgt[off[a]..off[a + 1]] {
            offsets[a + 1] += 1;
            if b as usize != a {
                offsets[b as usize + 1] += 1;
            }
        }
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let total = offsets[n];
    let mut targets = vec![0u32; total];
    let mut weights = vec![0.0f64; total];
    let mut next = offsets.clone();
    for a in 0..n {
        for k in off[a]..off[a + 1] {
            let b = tgt[k] as usize;
            targets[next[a]] = b as u32;
            weights[next[a]] = w[k];
            next[a] += 1;
            if b != a {
                targets[next[b]] = a as u32;
                weights[next[b]] = w[k];
                next[b] += 1;
            }
        }
    }
    (offsets, targets, weights)
}

/// The reverse of a directed CSR; rows come out sorted because sources are visited in order.
fn transpose(n: usize, off: &[usize], tgt: &[u32], w: &[f64]) -> Csr {
    let mut offsets = vec![0usize; n + 1];
    for &v in tgt {
        offsets[v as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut targets = vec![0u32; tgt.len()];
    let mut weights = vec![0.0f64; tgt.len()];
    let mut next = offsets.clone();
    for u in 0..n {
        for k in off[u]..off[u + 1] {
            let v = tgt[k] as usize;
            targets[next[v]] = u as u32;
            weights[next[v]] = w[k];
            next[v] += 1;
        }
    }
    (offsets, targets, weights)
}

#[cfg(test)]
mod tests {
    use super::Graph;

    #[test]
    fn undirected_duplicates_keep_the_last_weight_and_self_loops_once() {
        let g = Graph::from_edges(
            3,
            &[(0, 1, 2.0), (1, 0, 5.0), (2, 2, 1.0), (1, 2, 1.0)],
            false,
        );
        assert_eq!(g.edge_count(), 3);
        assert_eq!(g.neighbors(0), &[1]);
        assert_eq!(g.weights(0), &[5.0]);
        assert_eq!(g.neighbors(1), &[0, 2]);
        assert_eq!(g.neighbors(2), &[1, 2]);
        assert!(g.is_weighted());
        assert!(g.has_self_loop(2));
    }

    #[test]
    fn directed_keeps_in_and_out_rows() {
        let g = Graph::from_edges(
            3,
            &[(0, 1, 1.0), (2, 1, 1.0), (0, 1, 1.0), (1, 0, 1.0)],
            true,
        );
        assert_eq!(g.edge_count(), 3);
        assert_eq!(g.neighbors(0), &[1]);
        assert_eq!(g.in_neighbors(1), &[0, 2]);
        assert_eq!(g.in_neighbors(0), &[1]);
        assert!(!g.is_weighted());
    }
}
