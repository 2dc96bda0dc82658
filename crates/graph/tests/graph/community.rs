//! Communities, modularity, mixing, spread and weaving against networkx (fixtures written by
//! bench/graph/fixtures_community.py) and against invariants on random graphs.

use convene_graph::Graph;
use convene_graph::community::{Options, communities, communities_with, modularity};
use convene_graph::mixing::{attribute_assortativity, cross_ties};
use convene_graph::spread::{gini, spread, spread_over_time};
use convene_graph::weaving::{Reason, bridges, introductions, suggest, triadic_score};
use proptest::prelude::*;
use serde::Deserialize;
use std::collections::VecDeque;

#[derive(Deserialize)]
struct File {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    directed: bool,
    n: usize,
    edges: Vec<(u32, u32, f64)>,
    partitions: Vec<Partition>,
    louvain_best: Option<f64>,
    labels: Vec<u32>,
    assortativity: Option<f64>,
    ties: usize,
    cross_ties: usize,
    adamic_adar: Vec<(u32, u32, f64)>,
}

#[derive(Deserialize)]
struct Partition {
    kind: String,
    membership: Vec<u32>,
    modularity: f64,
}

impl Case {
    fn graph(&self) -> Graph {
        Graph::from_edges(self.n, &self.edges, self.directed)
    }
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/community.json");
    let text = std::fs::read_to_string(path).expect("fixture file is in the repository");
    let file: File = serde_json::from_str(&text).expect("fixture is valid JSON");
    assert!(file.cases.len() >= 8, "fixture lists the reference graphs");
    file.cases
}

fn case(name: &str) -> Case {
    cases()
        .into_iter()
        .find(|c| c.name == name)
        .expect("named fixture exists")
}

#[test]
fn modularity_matches_networkx() {
    for c in cases() {
        let g = c.graph();
        for p in &c.partitions {
            let q = modularity(&g, &p.membership);
            assert!(
                (q - p.modularity).abs() < 1e-9,
                "{} {}: {q} vs networkx {}",
                c.name,
                p.kind,
                p.modularity
            );
        }
    }
}

#[test]
fn leiden_reaches_networkx_louvain_on_the_classic_graphs() {
    for name in ["karate", "karate_weighted", "les_miserables"] {
        let c = case(name);
        let g = c.graph();
        let reference = c
            .louvain_best
            .expect("undirected fixture has a Louvain value");
        for seed in 0..5 {
            let q = modularity(&g, &communities(&g, seed));
            assert!(
                q >= reference - 1e-12,
                "{name} seed {seed}: Leiden {q} < networkx Louvain {reference}"
            );
        }
    }
}

#[test]
fn leiden_is_close_to_networkx_louvain_everywhere() {
    // Louvain's best of ten seeds; a single Leiden run stays within 2% of it on every fixture.
    for c in cases().into_iter().filter(|c| !c.directed) {
        let g = c.graph();
        let reference = c
            .louvain_best
            .expect("undirected fixture has a Louvain value");
        let q = modularity(&g, &communities(&g, 1));
        assert!(
            q >= reference - 0.02 * reference.abs(),
            "{}: {q} vs {reference}",
            c.name
        );
    }
}

#[test]
fn assortativity_and_cross_ties_match_networkx() {
    for c in cases() {
        let g = c.graph();
        let r = attribute_assortativity(&g, &c.labels);
        match c.assortativity {
            Some(expected) => assert!((r - expected).abs() < 1e-9, "{}: {r} vs {expected}", c.name),
            None => assert!(r.is_nan(), "{}: networkx gives nan, got {r}", c.name),
        }
        let cross = cross_ties(&g, &c.labels);
        assert_eq!(
            (cross.ties, cross.cross),
            (c.ties, c.cross_ties),
            "{}",
            c.name
        );
    }
}

#[test]
fn assortativity_is_nan_for_one_label_and_one_for_perfect_sorting() {
    let g = Graph::from_edges(4, &[(0, 1, 1.0), (2, 3, 1.0)], false);
    assert!(attribute_assortativity(&g, &[5, 5, 5, 5]).is_nan());
    assert!((attribute_assortativity(&g, &[0, 0, 1, 1]) - 1.0).abs() < 1e-12);
    let cross = cross_ties(&g, &[0, 1, 1, 1]);
    assert_eq!((cross.ties, cross.cross), (2, 1));
    assert!((cross.share - 0.5).abs() < 1e-12);
}

#[test]
fn triadic_score_is_adamic_adar_on_unweighted_graphs() {
    let mut checked = 0;
    for c in cases() {
        let g = c.graph();
        for &(u, v, expected) in &c.adamic_adar {
            let s = triadic_score(&g, u, v);
            assert!(
                (s - expected).abs() < 1e-9,
                "{} ({u}, {v}): {s} vs {expected}",
                c.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 100, "fixtures hold Adamic–Adar pairs");
}

#[test]
fn suggestions_are_unmet_people_ranked_by_their_score() {
    let c = case("les_miserables");
    let g = c.graph();
    for u in 0..g.node_count() as u32 {
        let list = suggest(&g, u, 10);
        for pair in list.windows(2) {
            assert!(pair[0].score >= pair[1].score);
        }
        for s in &list {
            assert_ne!(s.node, u);
            assert!(g.neighbors(u).binary_search(&s.node).is_err());
            assert!(s.common >= 1);
            assert!((s.score - triadic_score(&g, u, s.node)).abs() < 1e-9);
        }
    }
}

#[test]
fn weighted_triadic_closure_prefers_strong_paths() {
    // 0 knows 1 strongly and 2 weakly; 1 and 2 both know 3 and 4 with the same weights.
    let g = Graph::from_edges(
        5,
        &[
            (0, 1, 5.0),
            (0, 2, 1.0),
            (1, 3, 5.0),
            (2, 4, 5.0),
            (1, 4, 1.0),
        ],
        false,
    );
    let list = suggest(&g, 0, 5);
    assert_eq!(list.first().map(|s| s.node), Some(3));
    assert!(list.iter().all(|s| s.node == 3 || s.node == 4));
}

#[test]
fn bridges_lead_into_communities_not_yet_reached() {
    let c = case("les_miserables");
    let g = c.graph();
    let membership = communities(&g, 0);
    for u in 0..g.node_count() as u32 {
        let own: Vec<u32> = g
            .neighbors(u)
            .iter()
            .map(|&v| membership[v as usize])
            .chain([membership[u as usize]])
            .collect();
        let list = bridges(&g, &membership, u, 3);
        assert!(list.len() <= 3);
        for b in &list {
            assert_eq!(membership[b.node as usize], b.community);
            assert!(!own.contains(&b.community), "node {u}: {b:?}");
            assert!(b.score > 0.0);
        }
    }
}

fn component_count(n: usize, edges: &[(u32, u32, f64)]) -> usize {
    let g = Graph::from_edges(n, edges, false);
    let mut seen = vec![false; n];
    let mut count = 0;
    for s in 0..n {
        if seen[s] {
            continue;
        }
        count += 1;
        seen[s] = true;
        let mut queue = VecDeque::from([s as u32]);
        while let Some(u) = queue.pop_front() {
            for &v in g.neighbors(u) {
                if !seen[v as usize] {
                    seen[v as usize] = true;
                    queue.push_back(v);
                }
            }
        }
    }
    count
}

#[test]
fn introductions_join_isolates_first_and_connect_the_graph() {
    let c = case("disconnected");
    let g = c.graph();
    let membership = communities(&g, 0);
    let parts = component_count(c.n, &c.edges);
    assert_eq!(parts, 4, "cycle, clique and two isolates");
    let intros = introductions(&g, &membership, 10);
    let joins: Vec<_> = intros
        .iter()
        .filter(|i| matches!(i.reason, Reason::JoinsComponent { .. }))
        .collect();
    assert_eq!(joins.len(), parts - 1);
    assert_eq!(joins[0].reason, Reason::JoinsComponent { size: 1 });
    let mut edges = c.edges.clone();
    edges.extend(joins.iter().map(|i| (i.a, i.b, 1.0)));
    assert_eq!(component_count(c.n, &edges), 1);
    for i in &intros {
        assert_ne!(i.a, i.b);
        assert!(g.neighbors(i.a).binary_search(&i.b).is_err());
    }
}

#[test]
fn introductions_link_the_least_tied_communities() {
    // Two triangles joined by one edge, and a third triangle tied to both by three edges.
    let mut edges = Vec::new();
    for base in [0u32, 3, 6] {
        edges.extend([
            (base, base + 1, 1.0),
            (base + 1, base + 2, 1.0),
            (base, base + 2, 1.0),
        ]);
    }
    edges.extend([(2, 3, 1.0), (0, 6, 1.0), (1, 7, 1.0), (2, 8, 1.0)]);
    edges.extend([(3, 6, 1.0), (4, 7, 1.0), (5, 8, 1.0)]);
    let g = Graph::from_edges(9, &edges, false);
    let membership = [0, 0, 0, 1, 1, 1, 2, 2, 2];
    let intros = introductions(&g, &membership, 1);
    assert_eq!(intros.len(), 1);
    match intros[0].reason {
        Reason::LinksCommunities { a, b, ties } => {
            assert_eq!((a.min(b), a.max(b)), (0, 1));
            assert_eq!(ties, 1.0);
        }
        other => panic!("expected a community link, got {other:?}"),
    }
}

#[test]
fn gini_known_values() {
    assert_eq!(gini(&[]), 0.0);
    assert_eq!(gini(&[0, 0, 0]), 0.0);
    assert!(gini(&[3, 3, 3, 3]).abs() < 1e-12);
    assert!((gini(&[0, 0, 0, 1]) - 0.75).abs() < 1e-12);
    assert!((gini(&[1, 2, 3, 4, 5]) - 40.0 / 150.0).abs() < 1e-12);
    assert!((gini(&[5, 1, 4, 2, 3]) - gini(&[1, 2, 3, 4, 5])).abs() < 1e-12);
}

#[test]
fn spread_counts_leaders_per_window() {
    let s = spread(&[0, 2, 0, 1]);
    assert_eq!((s.people, s.leaders), (4, 2));
    assert!((s.share - 0.5).abs() < 1e-12);
    let windows = spread_over_time(
        3,
        &[(0, 5), (1, 12), (2, 15), (0, 19), (9, 1), (1, 20)],
        &[0, 10, 20],
    );
    assert_eq!(windows.len(), 2);
    assert_eq!(windows[0].leaders, 1);
    assert_eq!(windows[1].leaders, 3);
    assert!((windows[0].gini - gini(&[1, 0, 0])).abs() < 1e-12);
}

fn connected_within(g: &Graph, membership: &[u32]) -> bool {
    let n = g.node_count();
    let c = membership
        .iter()
        .map(|&x| x as usize + 1)
        .max()
        .unwrap_or(0);
    let mut seen = vec![false; n];
    let mut starts = 0;
    for s in 0..n {
        if seen[s] {
            continue;
        }
        starts += 1;
        seen[s] = true;
        let mut queue = VecDeque::from([s as u32]);
        while let Some(u) = queue.pop_front() {
            for &v in g.neighbors(u).iter().chain(g.in_neighbors(u)) {
                if !seen[v as usize] && membership[v as usize] == membership[s] {
                    seen[v as usize] = true;
                    queue.push_back(v);
                }
            }
        }
    }
    // One search per community exactly when every community is connected.
    starts == c
}

/// The undirected graph Leiden reads a directed one as: `u→v` and `v→u` weights added, each
/// arc counted once (as `Graph::from_edges` keeps the last of repeated arcs).
fn undirected(n: usize, edges: &[(u32, u32, f64)], directed: bool) -> Graph {
    if !directed {
        return Graph::from_edges(n, edges, false);
    }
    let mut last = std::collections::BTreeMap::new();
    for &(u, v, w) in edges {
        last.insert((u, v), w);
    }
    let mut sum = std::collections::BTreeMap::new();
    for (&(u, v), &w) in &last {
        *sum.entry((u.min(v), u.max(v))).or_insert(0.0) += w;
    }
    let merged: Vec<(u32, u32, f64)> = sum.into_iter().map(|((u, v), w)| (u, v, w)).collect();
    Graph::from_edges(n, &merged, false)
}

fn graph_strategy() -> impl Strategy<Value = (usize, Vec<(u32, u32, f64)>, bool)> {
    (1usize..40).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n as u32, 0..n as u32, 1u8..4), 0..3 * n),
            any::<bool>(),
        )
            .prop_map(|(n, e, directed)| {
                let edges = e
                    .into_iter()
                    .map(|(u, v, w)| (u, v, f64::from(w)))
                    .collect();
                (n, edges, directed)
            })
    })
}

proptest! {
    #[test]
    fn communities_are_a_dense_partition_of_connected_groups((n, edges, directed) in graph_strategy(), seed in 0u64..4) {
        let g = Graph::from_edges(n, &edges, directed);
        let m = communities(&g, seed);
        prop_assert_eq!(m.len(), n);
        let c = m.iter().map(|&x| x as usize + 1).max().unwrap_or(0);
        let mut used = vec![false; c];
        for &x in &m {
            used[x as usize] = true;
        }
        prop_assert!(used.iter().all(|&u| u), "ids are dense");
        prop_assert!(connected_within(&g, &m), "every community is connected");
        prop_assert_eq!(&m, &communities(&g, seed), "deterministic for a seed");
        // Never worse than every node alone, on the undirected graph Leiden optimizes (a
        // directed graph's arcs both ways add up).
        let singletons: Vec<u32> = (0..n as u32).collect();
        let u = undirected(n, &edges, directed);
        prop_assert!(modularity(&u, &m) >= modularity(&u, &singletons) - 1e-12);
    }

    #[test]
    fn modularity_ignores_how_communities_are_named((n, edges, directed) in graph_strategy(), k in 1u32..6, shift in 0u32..1000) {
        let g = Graph::from_edges(n, &edges, directed);
        let m: Vec<u32> = (0..n as u32).map(|u| (u * 7 + 3) % k).collect();
        let renamed: Vec<u32> = m.iter().map(|&x| (k - 1 - x) * 1000 + shift).collect();
        let a = modularity(&g, &m);
        let b = modularity(&g, &renamed);
        prop_assert!((a - b).abs() < 1e-12, "{} vs {}", a, b);
    }

    #[test]
    fn more_iterations_never_lose_modularity((n, edges, _) in graph_strategy(), seed in 0u64..4) {
        let g = Graph::from_edges(n, &edges, false);
        let one = communities_with(&g, seed, Options { max_iterations: 1, tolerance: 0.0, ..Options::default() });
        let many = communities_with(&g, seed, Options { max_iterations: 10, tolerance: 0.0, ..Options::default() });
        prop_assert!(modularity(&g, &many) >= modularity(&g, &one) - 1e-12);
    }

    /// The work budget stops further iterations, never the first: a budget of zero is one
    /// iteration, and a budget no graph here reaches changes nothing.
    #[test]
    fn work_budget_only_cuts_later_iterations((n, edges, _) in graph_strategy(), seed in 0u64..4) {
        let g = Graph::from_edges(n, &edges, false);
        let zero = communities_with(&g, seed, Options { work_budget: 0, ..Options::default() });
        let one = communities_with(&g, seed, Options { max_iterations: 1, ..Options::default() });
        prop_assert_eq!(zero, one);
        let unlimited = communities_with(&g, seed, Options { work_budget: u64::MAX, ..Options::default() });
        prop_assert_eq!(unlimited, communities(&g, seed));
    }
}
