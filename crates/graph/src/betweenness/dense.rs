//! Brandes on a small dense graph, rows as bitsets: the co-presence networks of a school or a
//! ward, where every person meets a good share of the others.
//!
//! With `n` nodes a row is `n / 64` words. A level is found by and-ing each candidate's row
//! with the frontier, and its successors in the dependency pass by and-ing its row with the
//! next level, so an arc inside a level or back to the previous one costs a bit of a word
//! instead of a read, a compare and a branch. That pays when the average degree is well
//! above the number of words ([`fits`]).

use super::kernel::Stand;
use crate::Graph;

/// Whether `g` (undirected, unweighted) runs faster here than on its rows: a few thousand
/// nodes at most, so the bit rows stay in the cache, and ten or more arcs per node for every
/// word of a row (on the contact networks measured the two kernels cross between eight and
/// twelve).
pub(super) fn fits(g: &Graph) -> bool {
    let n = g.node_count();
    let words = n.div_ceil(64);
    !g.is_directed()
        && !g.is_weighted()
        && (16..=4096).contains(&n)
        && g.csr().1.len() >= 10 * n * words
}

/// The rows of `g` as bitsets.
pub(super) struct Bits {
    n: usize,
    words: usize,
    rows: Vec<u64>,
}

impl Bits {
    pub fn new(g: &Graph) -> Bits {
        let n = g.node_count();
        let words = n.div_ceil(64);
        let mut rows = vec![0u64; n * words];
        for v in 0..n {
            for &t in g.neighbors(v as u32) {
                if t as usize != v {
                    rows[v * words + (t as usize >> 6)] |= 1 << (t & 63);
                }
            }
        }
        Bits { n, words, rows }
    }

    fn row(&self, v: usize) -> &[u64] {
        &self.rows[v * self.words..(v + 1) * self.words]
    }
}

/// One worker's buffers.
pub(super) struct DenseBrandes {
    sigma: Vec<f64>,
    coeff: Vec<f64>,
    /// Per node: its paths times its copies, what it passes on to each child.
    flow: Vec<f64>,
    /// Every level's bitset, one after the other.
    levels: Vec<u64>,
    /// Nodes in the order found, and where each level starts in it.
    order: Vec<u32>,
    starts: Vec<usize>,
    seen: Vec<u64>,
    candidates: Vec<u64>,
    bc: Vec<f64>,
}

/// The sum of `x` over the bits set in both `row` and `mask`, and whether there was any.
/// Two running sums halve the chain of dependent additions.
#[inline]
fn masked_sum(row: &[u64], mask: &[u64], x: &[f64]) -> (f64, bool) {
    let (mut a, mut b) = (0.0, 0.0);
    let mut any = 0u64;
    for (wj, (&r, &m)) in row.iter().zip(mask).enumerate() {
        let mut p = r & m;
        any |= p;
        let base = wj << 6;
        while p != 0 {
            a += x[base | p.trailing_zeros() as usize];
            p &= p - 1;
            if p == 0 {
                break;
            }
            b += x[base | p.trailing_zeros() as usize];
            p &= p - 1;
        }
    }
    (a + b, any != 0)
}

impl DenseBrandes {
    pub fn new(b: &Bits) -> DenseBrandes {
        DenseBrandes {
            sigma: vec![0.0; b.n],
            coeff: vec![0.0; b.n],
            flow: vec![0.0; b.n],
            levels: Vec::new(),
            order: Vec::with_capacity(b.n),
            starts: Vec::new(),
            seen: vec![0; b.words],
            candidates: vec![0; b.words],
            bc: vec![0.0; b.n],
        }
    }

    pub fn into_sums(self) -> Vec<f64> {
        self.bc
    }

    /// Adds source `s`, as `kernel::Brandes::source` does.
    pub fn source(&mut self, b: &Bits, st: Option<&Stand>, s: u32) {
        match st {
            Some(st) => self.run::<true>(b, st, s),
            None => self.run::<false>(
                b,
                &Stand {
                    weight: &[],
                    mult: &[],
                },
                s,
            ),
        }
    }

    fn run<const R: bool>(&mut self, b: &Bits, st: &Stand, s: u32) {
        let (n, words) = (b.n, b.words);
        let s = s as usize;
        let (sigma, coeff, flow) = (&mut self.sigma[..], &mut self.coeff[..], &mut self.flow[..]);
        let (levels, order, starts, seen) = (
            &mut self.levels,
            &mut self.order,
            &mut self.starts,
            &mut self.seen[..],
        );
        levels.clear();
        order.clear();
        starts.clear();
        seen.fill(0);
        seen[s >> 6] |= 1 << (s & 63);
        levels.resize(words, 0);
        levels[s >> 6] |= 1 << (s & 63);
        order.push(s as u32);
        starts.push(0);
        sigma[s] = 1.0;
        // The source is one copy: the one the paths start from.
        flow[s] = 1.0;
        let candidates = &mut self.candidates[..];
        loop {
            let d = starts.len() - 1;
            let frontier_len = order.len() - starts[d];
            let unseen = n - order.len();
            if unseen == 0 || frontier_len == 0 {
                break;
            }
            // Candidates: the unseen nodes next to the frontier (top-down), or all unseen ones.
            if frontier_len < unseen {
                candidates.fill(0);
                for &v in &order[starts[d]..] {
                    for (c, &r) in candidates.iter_mut().zip(b.row(v as usize)) {
                        *c |= r;
                    }
                }
                for (c, &sn) in candidates.iter_mut().zip(seen.iter()) {
                    *c &= !sn;
                }
            } else {
                for (c, &sn) in candidates.iter_mut().zip(seen.iter()) {
                    *c = !sn;
                }
                if n % 64 != 0 {
                    candidates[words - 1] &= (1u64 << (n % 64)) - 1;
                }
            }
            let start = order.len();
            levels.resize((d + 2) * words, 0);
            let (done, next) = levels.split_at_mut((d + 1) * words);
            let frontier = &done[d * words..];
            for (wi, &c) in candidates.iter().enumerate() {
                let mut c = c;
                while c != 0 {
                    let t = (wi << 6) | c.trailing_zeros() as usize;
                    c &= c - 1;
                    let (sum, any) = masked_sum(b.row(t), frontier, flow);
                    if any {
                        sigma[t] = sum;
                        // What t passes on to its children: its paths times its copies.
                        flow[t] = if R { st.mult[t] * sum } else { sum };
                        next[t >> 6] |= 1 << (t & 63);
                        order.push(t as u32);
                    }
                }
            }
            if order.len() == start {
                levels.truncate((d + 1) * words);
                break;
            }
            for (sn, &x) in seen.iter_mut().zip(next.iter()) {
                *sn |= x;
            }
            starts.push(start);
        }
        let ws = if R { st.weight[s] } else { 1.0 };
        let deepest = starts.len() - 1;
        for d in (0..=deepest).rev() {
            let end = starts.get(d + 1).copied().unwrap_or(order.len());
            let below = (d < deepest).then(|| &levels[(d + 1) * words..(d + 2) * words]);
            for &v in &order[starts[d]..end] {
                let v = v as usize;
                let mut pulled = 0.0;
                if let Some(below) = below {
                    pulled = masked_sum(b.row(v), below, coeff).0;
                }
                let delta = sigma[v] * pulled;
                coeff[v] = if R {
                    (st.weight[v] + st.mult[v] * delta) / sigma[v]
                } else {
                    (1.0 + delta) / sigma[v]
                };
                if v != s {
                    self.bc[v] += ws * delta;
                }
            }
        }
    }
}
