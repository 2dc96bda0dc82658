//! The graph engine against networkx (fixtures written by bench/graph/fixtures.py) and against
//! invariants that must hold on any graph.

use convene_graph::betweenness::{
    betweenness, betweenness_plain, betweenness_reduced, betweenness_sampled,
};
use convene_graph::brokerage::{constraint, effective_size, structural_holes};
use convene_graph::clustering::clustering;
use convene_graph::cores::{components, core_number, degree, strength};
use convene_graph::paths::{closeness, harmonic};
use convene_graph::spectral::{ALPHA, MAX_ITER, TOL, eigenvector, pagerank};
use convene_graph::{Graph, parse};
use proptest::prelude::*;
use serde::Deserialize;
use std::path::PathBuf;

#[path = "graph/community.rs"]
mod community;
#[path = "graph/fuzz.rs"]
mod fuzz;
#[path = "graph/properties.rs"]
mod properties;
#[path = "graph/reference.rs"]
mod reference;

#[derive(Deserialize)]
struct Fixture {
    name: String,
    directed: bool,
    nodes: Vec<String>,
    edges: Vec<(u32, u32, f64)>,
    text: Option<String>,
    metrics: Metrics,
}

#[derive(Deserialize)]
struct Metrics {
    degree: Vec<f64>,
    betweenness: Vec<f64>,
    closeness: Vec<f64>,
    harmonic: Vec<f64>,
    pagerank: Vec<f64>,
    eigenvector: Option<Vec<f64>>,
    kcore: Option<Vec<u32>>,
    clustering: Vec<f64>,
    constraint: Vec<Option<f64>>,
    effective_size: Vec<Option<f64>>,
    components: Vec<u32>,
}
