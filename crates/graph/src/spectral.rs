//! PageRank and eigenvector centrality by power iteration, step for step as networkx's
//! `pagerank` (its SciPy version) and `eigenvector_centrality` iterate, so the results agree
//! to far below their tolerance. Edge weights are used (all 1 in an unweighted graph).

use crate::Graph;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SpectralError {
    #[error("power iteration did not converge in {0} iterations")]
    NotConverged(usize),
    #[error("eigenvector centrality is not defined for the empty graph")]
    Empty,
}

/// networkx's defaults.
pub const ALPHA: f64 = 0.85;
pub const MAX_ITER: usize = 100;
pub const TOL: f64 = 1.0e-6;

/// PageRank with damping `alpha`: uniform start and teleport, a dangling node's (no out-weight)
/// rank spread uniformly; stop when the L1 change is below `n * tol`, as networkx does.
pub fn pagerank(
    g: &Graph,
    alpha: f64,
    max_iter: usize,
    tol: f64,
) -> Result<Vec<f64>, SpectralError> {
    let n = g.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let inv_out: Vec<f64> = (0..n as u32)
        .map(|u| {
            let s: f64 = g.weights(u).iter().sum();
            if s != 0.0 { 1.0 / s } else { 0.0 }
        })
        .collect();
    let dangling: Vec<u32> = (0..n as u32)
        .filter(|&u| inv_out[u as usize] == 0.0)
        .collect();
    let nf = n as f64;
    let mut x = vec![1.0 / nf; n];
    let mut share = vec![0.0; n];
    let mut next = vec![0.0; n];
    for _ in 0..max_iter {
        for ((s, &xi), &inv) in share.iter_mut().zip(&x).zip(&inv_out) {
            *s = xi * inv;
        }
        let dangling_sum: f64 = dangling.iter().map(|&u| x[u as usize]).sum();
        let base = alpha * dangling_sum / nf + (1.0 - alpha) / nf;
        for (v, out) in next.iter_mut().enumerate() {
            let (src, w) = (g.in_neighbors(v as u32), g.in_weights(v as u32));
            let inflow: f64 = src
                .iter()
                .zip(w)
                .map(|(&u, &w)| share[u as usize] * w)
                .sum();
            *out = alpha * inflow + base;
        }
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if err < nf * tol {
            return Ok(x);
        }
    }
    Err(SpectralError::NotConverged(max_iter))
}

/// Eigenvector centrality: start at `1/n` everywhere, iterate `x <- (A^T + I) x` normalized to
/// unit Euclidean length (in-edges count, for a directed graph), stop when the L1 change is
/// below `n * tol`.
pub fn eigenvector(g: &Graph, max_iter: usize, tol: f64) -> Result<Vec<f64>, SpectralError> {
    let n = g.node_count();
    if n == 0 {
        return Err(SpectralError::Empty);
    }
    let nf = n as f64;
    let mut x = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    for _ in 0..max_iter {
        for (v, out) in next.iter_mut().enumerate() {
            let (src, w) = (g.in_neighbors(v as u32), g.in_weights(v as u32));
            *out = x[v]
                + src
                    .iter()
                    .zip(w)
                    .map(|(&u, &w)| x[u as usize] * w)
                    .sum::<f64>();
        }
        let norm = hypot(&next);
        let norm = if norm == 0.0 { 1.0 } else { norm };
        next.iter_mut().for_each(|v| *v /= norm);
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if err < nf * tol {
            return Ok(x);
        }
    }
    Err(SpectralError::NotConverged(max_iter))
}

/// Euclidean norm, scaled by the largest entry so that it neither overflows nor underflows.
fn hypot(x: &[f64]) -> f64 {
    let max = x.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if max == 0.0 || !max.is_finite() {
        return max;
    }
    max * x.iter().map(|v| (v / max) * (v / max)).sum::<f64>().sqrt()
}
