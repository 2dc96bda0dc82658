//! The network analytics engine: a compact graph in CSR form and metrics, each defined exactly
//! as networkx (3.6) defines it so results can be cross-checked. Pure: no I/O, no async.
//!
//! Metrics read edge weights as networkx does with `weight="weight"` (`distance="weight"` for
//! closeness and harmonic): path metrics as distances, the others as strengths. A graph whose
//! weights are all 1 gives the unweighted values. Parallel metrics run on rayon's current pool.

pub mod betweenness;
pub mod brokerage;
pub mod clustering;
pub mod cores;
pub mod graph;
pub mod parse;
pub mod paths;
pub mod spectral;

pub use graph::Graph;
