//! Every metric on every fixture, to 1e-9 (1e-6 for the iterative PageRank and eigenvector).

use super::*;

fn load() -> Vec<Fixture> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 10,
        "fixtures missing; run bench/graph/fixtures.py"
    );
    let fixtures: Vec<Fixture> = paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).expect("readable fixture");
            let value: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
            // The directory also holds other engines' fixtures (communities), with other keys.
            value.get("metrics")?;
            Some(serde_json::from_value(value).expect("metric fixture"))
        })
        .collect();
    assert!(
        fixtures.len() >= 10,
        "fixtures missing; run bench/graph/fixtures.py"
    );
    fixtures
}

fn graph(f: &Fixture) -> Graph {
    Graph::from_edges(f.nodes.len(), &f.edges, f.directed)
}

/// Agreement within `tol`, relative for values above 1; NaN (null) only where networkx has it.
fn close(fixture: &str, metric: &str, ours: &[f64], theirs: &[Option<f64>], tol: f64) {
    assert_eq!(ours.len(), theirs.len(), "{fixture} {metric}: length");
    for (v, (&a, &b)) in ours.iter().zip(theirs).enumerate() {
        let ok = match b {
            None => a.is_nan(),
            Some(b) => (a - b).abs() <= tol * b.abs().max(1.0),
        };
        assert!(
            ok,
            "{fixture} {metric}: node {v}: convene {a}, networkx {b:?}"
        );
    }
}

fn some(v: &[f64]) -> Vec<Option<f64>> {
    v.iter().copied().map(Some).collect()
}

#[test]
fn every_metric_matches_networkx() {
    for f in load() {
        let g = graph(&f);
        let (name, m) = (f.name.as_str(), &f.metrics);
        close(name, "degree", &strength(&g), &some(&m.degree), 1e-9);
        if !g.is_weighted() {
            let d: Vec<f64> = degree(&g).iter().map(|&d| d as f64).collect();
            close(name, "unweighted degree", &d, &some(&m.degree), 0.0);
        }
        close(
            name,
            "betweenness",
            &betweenness(&g),
            &some(&m.betweenness),
            1e-9,
        );
        close(name, "closeness", &closeness(&g), &some(&m.closeness), 1e-9);
        close(name, "harmonic", &harmonic(&g), &some(&m.harmonic), 1e-9);
        let pr = pagerank(&g, ALPHA, MAX_ITER, TOL).expect("PageRank converges");
        close(name, "pagerank", &pr, &some(&m.pagerank), 1e-6);
        match (&m.eigenvector, eigenvector(&g, MAX_ITER, TOL)) {
            (Some(theirs), Ok(ours)) => close(name, "eigenvector", &ours, &some(theirs), 1e-6),
            (None, Err(_)) => {}
            (theirs, ours) => panic!("{name} eigenvector: networkx {theirs:?}, convene {ours:?}"),
        }
        match (&m.kcore, core_number(&g)) {
            (Some(theirs), Ok(ours)) => assert_eq!(&ours, theirs, "{name} kcore"),
            (None, Err(_)) => {}
            (theirs, ours) => panic!("{name} kcore: networkx {theirs:?}, convene {ours:?}"),
        }
        close(
            name,
            "clustering",
            &clustering(&g),
            &some(&m.clustering),
            1e-9,
        );
        close(name, "constraint", &constraint(&g), &m.constraint, 1e-9);
        close(
            name,
            "effective_size",
            &effective_size(&g),
            &m.effective_size,
            1e-9,
        );
        let (c, e) = structural_holes(&g);
        close(name, "constraint (with size)", &c, &m.constraint, 1e-9);
        close(
            name,
            "effective_size (with constraint)",
            &e,
            &m.effective_size,
            1e-9,
        );
        assert_eq!(components(&g), m.components, "{name} components");
    }
}

#[test]
fn fixtures_cover_the_cases_the_issue_names() {
    let names: Vec<String> = load().into_iter().map(|f| f.name).collect();
    for wanted in [
        "karate",
        "florentine",
        "les_miserables",
        "davis_women",
        "directed30",
        "disconnected",
        "self_loops",
        "parsed_duplicates",
        "structured",
        "structured_weighted",
    ] {
        assert!(
            names.iter().any(|n| n == wanted),
            "fixture {wanted} missing"
        );
    }
}

#[test]
fn parsed_text_gives_the_fixture_graph() {
    for f in load() {
        let Some(text) = &f.text else { continue };
        let list = parse::parse(text).expect("fixture text parses");
        assert_eq!(list.names, f.nodes, "{} node order", f.name);
        assert_eq!(list.graph(f.directed), graph(&f), "{} graph", f.name);
    }
}

#[test]
fn sampling_every_source_is_exact_and_few_sources_stay_within_the_bound() {
    for f in load() {
        let g = graph(&f);
        let n = g.node_count();
        close(
            &f.name,
            "sampled k=n",
            &betweenness_sampled(&g, n, 3),
            &some(&f.metrics.betweenness),
            1e-9,
        );
        let k = n / 2;
        if k < 2 {
            continue;
        }
        // The bound holds with probability 1 - 1e-6 per graph; a failure means a bug.
        let eps = convene_graph::betweenness::sample_error_bound(n, k, 1e-6);
        let approx = betweenness_sampled(&g, k, 11);
        for (a, b) in approx.iter().zip(&f.metrics.betweenness) {
            assert!((a - b).abs() <= eps, "{}: {a} vs {b}, bound {eps}", f.name);
        }
    }
}
