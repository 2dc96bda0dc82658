//! The network analytics engine: a compact graph in CSR form and metrics, each defined exactly
//! as networkx defines it so results can be cross-checked. Pure: no I/O, no async.

pub mod graph;

pub use graph::Graph;
