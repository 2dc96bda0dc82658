//! Edge lists as people paste them: odd tokens, comments, weights at the edges of `f64`
//! (tiny, huge, zero, negative, not a number), self-loops, duplicates, one-token lines.
//! Parsing answers with a graph or a line-numbered error; every metric on a parsed graph
//! returns without panicking, and without NaN. `PROPTEST_CASES=20000` runs longer.

use convene_graph::betweenness::betweenness;
use convene_graph::brokerage::{constraint, effective_size};
use convene_graph::clustering::clustering;
use convene_graph::community::{communities, modularity};
use convene_graph::cores::{components, core_number, degree, strength};
use convene_graph::parse::{self, ParseError};
use convene_graph::paths::{closeness, harmonic};
use convene_graph::spectral::{ALPHA, MAX_ITER, TOL, eigenvector, pagerank};
use convene_graph::weaving::{introductions, suggest};
use proptest::prelude::*;

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (0u8..6).prop_map(|n| n.to_string()),
        1 => Just("née".to_owned()),
        1 => Just("00000000000000000000000000000000000000001".to_owned()),
        1 => Just("#".to_owned()),
        1 => Just("1e308".to_owned()),
        1 => Just("1e-320".to_owned()),
        1 => Just("0".to_owned()),
        1 => Just("-1".to_owned()),
        1 => Just("NaN".to_owned()),
        1 => Just("inf".to_owned()),
        1 => Just("2.5".to_owned()),
        1 => Just("1e12".to_owned()),
        1 => Just("1e-12".to_owned()),
        1 => "\\PC{0,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    let line = proptest::collection::vec(token(), 0..5).prop_map(|t| t.join(" "));
    proptest::collection::vec(line, 0..12).prop_map(|l| l.join("\n"))
}

fn no_nan(name: &str, xs: &[f64]) -> Result<(), TestCaseError> {
    prop_assert!(xs.iter().all(|x| !x.is_nan()), "{name} has NaN: {xs:?}");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_pasted_edge_list_parses_or_names_its_line(text in text(), directed: bool) {
        let list = match parse::parse(&text) {
            Ok(list) => list,
            Err(ParseError::Fields { line, .. } | ParseError::Weight { line, .. } | ParseError::TooManyNodes { line }) => {
                prop_assert!(line >= 1 && line <= text.lines().count().max(1));
                return Ok(());
            }
        };
        prop_assert!(list.edges.iter().all(|&(_, _, w)| w.is_finite() && w > 0.0));
        let g = list.graph(directed);
        prop_assert_eq!(degree(&g).len(), list.names.len());
        components(&g);
        let _ = core_number(&g);
        no_nan("strength", &strength(&g))?;
        no_nan("betweenness", &betweenness(&g))?;
        no_nan("closeness", &closeness(&g))?;
        no_nan("harmonic", &harmonic(&g))?;
        no_nan("clustering", &clustering(&g))?;
        constraint(&g);
        effective_size(&g);
        if let Ok(p) = pagerank(&g, ALPHA, MAX_ITER, TOL) {
            no_nan("pagerank", &p)?;
        }
        let _ = eigenvector(&g, MAX_ITER, TOL);
        if !directed {
            let m = communities(&g, 7);
            prop_assert_eq!(m.len(), list.names.len());
            prop_assert!(!modularity(&g, &m).is_nan() || g.edge_count() == 0);
            introductions(&g, &m, 3);
            if !list.names.is_empty() {
                suggest(&g, 0, 3);
            }
        }
    }
}
