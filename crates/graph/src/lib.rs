//! The network analytics engine: a compact graph in CSR form and metrics, each defined exactly
//! as networkx (3.6) defines it so results can be cross-checked. Pure: no I/O, no async.
//!
//! Metrics read edge weights as networkx does with `weight="weight"` (`distance="weight"` for
//! closeness and harmonic): path metrics as distances, the others as strengths. A graph whose
//! weights are all 1 gives the unweighted values. Parallel metrics run on rayon's current pool.

pub mod betweenness;
pub mod brokerage;
pub mod clustering;
pub mod community;
pub mod cores;
pub mod graph;
pub mod mixing;
pub mod parse;
pub mod paths;
pub mod spectral;
pub mod spread;
pub mod weaving;

pub use graph::Graph;

/// Runs `f` on a rayon pool of `threads` workers, so that the parallel metrics inside use
/// exactly that many threads.
pub fn with_threads<R: Send>(
    threads: usize,
    f: impl FnOnce() -> R + Send,
) -> Result<R, rayon::ThreadPoolBuildError> {
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?
        .install(f))
}
