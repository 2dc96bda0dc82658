//! The edge-list text format: one edge per line, `u v` or `u v w`, whitespace separated.
//!
//! - `#` starts a comment that runs to the end of the line; blank lines are skipped.
//! - Node ids are arbitrary tokens (a 40-digit number is just a name), mapped to dense `u32`
//!   ids in order of first appearance; [`EdgeList::names`] keeps them for printing.
//! - A missing weight means 1. A weight must be a number from 1e-12 to 1e12 ([`WEIGHTS`]):
//!   greater than 0 because the path metrics read weights as distances and PageRank as
//!   transition shares; bounded so that sums and products over ten million edges (total
//!   strength, modularity's k_i k_j / 2m) stay finite and keep their precision.
//! - A line with a single token declares a node without edges (an isolate).
//! - Duplicate edges are kept in order here; [`Graph::from_edges`] then keeps one edge with
//!   the last weight, as networkx's `Graph.add_edge` does. In an undirected graph `u v` and
//!   `v u` are the same edge.

use crate::Graph;
use rustc_hash::FxHashMap;

/// The weights an edge may carry.
pub const WEIGHTS: std::ops::RangeInclusive<f64> = 1e-12..=1e12;

/// A parsed edge list: names of the nodes by dense id, and the edges in input order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EdgeList {
    pub names: Vec<String>,
    pub edges: Vec<(u32, u32, f64)>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ParseError {
    #[error("line {line}: expected `u v` or `u v w`, found {tokens} fields")]
    Fields { line: usize, tokens: usize },
    #[error("line {line}: weight `{weight}` is not a number from 1e-12 to 1e12")]
    Weight { line: usize, weight: String },
    #[error("line {line}: more than {} distinct nodes", u32::MAX)]
    TooManyNodes { line: usize },
}

impl EdgeList {
    /// Build the graph; see [`Graph::from_edges`] for duplicates.
    pub fn graph(&self, directed: bool) -> Graph {
        Graph::from_edges(self.names.len(), &self.edges, directed)
    }
}

/// Parse the edge-list format described in the module documentation.
pub fn parse<'t>(text: &'t str) -> Result<EdgeList, ParseError> {
    // Names are hashed once per mention: a fast non-cryptographic hash (the input is the
    // caller's own file) and no allocation per line keep a 10,000,000-line file to seconds.
    let mut ids: FxHashMap<&'t str, u32> = FxHashMap::default();
    let mut out = EdgeList::default();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let content = raw.split('#').next().unwrap_or("");
        // Up to four fields are kept; a fifth only makes the count wrong, which is an error.
        let mut fields = [""; 4];
        let mut count = 0;
        for t in content.split_whitespace() {
            if count < fields.len() {
                fields[count] = t;
            }
            count += 1;
        }
        let tokens = &fields[..count.min(fields.len())];
        let mut id = |name: &'t str| intern(&mut ids, &mut out.names, name, line);
        match tokens {
            [] => {}
            [u] => {
                id(u)?;
            }
            [u, v, rest @ ..] if rest.len() <= 1 => {
                let w = match rest.first() {
                    None => 1.0,
                    Some(t) => match t.parse::<f64>() {
                        Ok(w) if WEIGHTS.contains(&w) => w,
                        _ => {
                            return Err(ParseError::Weight {
                                line,
                                weight: (*t).to_owned(),
                            });
                        }
                    },
                };
                let a = id(u)?;
                let b = id(v)?;
                out.edges.push((a, b, w));
            }
            _ => {
                return Err(ParseError::Fields {
                    line,
                    tokens: count,
                });
            }
        }
    }
    Ok(out)
}

/// The dense id of `name`, giving it the next one on first sight.
fn intern<'t>(
    ids: &mut FxHashMap<&'t str, u32>,
    names: &mut Vec<String>,
    name: &'t str,
    line: usize,
) -> Result<u32, ParseError> {
    if let Some(&i) = ids.get(name) {
        return Ok(i);
    }
    let i = u32::try_from(names.len()).map_err(|_| ParseError::TooManyNodes { line })?;
    ids.insert(name, i);
    names.push(name.to_owned());
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::{ParseError, parse};

    #[test]
    fn tokens_comments_weights_and_isolates() {
        let list =
            parse("# header\na b 2.5\nb c # trailing\n\n99999999999999999999999 a\nlonely\n")
                .expect("valid edge list");
        assert_eq!(
            list.names,
            ["a", "b", "c", "99999999999999999999999", "lonely"]
        );
        assert_eq!(list.edges, [(0, 1, 2.5), (1, 2, 1.0), (3, 0, 1.0)]);
        let g = list.graph(false);
        assert_eq!(g.node_count(), 5);
        assert_eq!(g.edge_count(), 3);
    }

    #[test]
    fn malformed_lines_name_their_number() {
        assert_eq!(
            parse("a b\na b c d\n"),
            Err(ParseError::Fields { line: 2, tokens: 4 })
        );
        for bad in ["x", "-1", "0", "nan", "inf", "1e308", "1e-320"] {
            assert_eq!(
                parse(&format!("a b\n\nu v {bad}\n")),
                Err(ParseError::Weight {
                    line: 3,
                    weight: bad.to_owned()
                })
            );
        }
    }
}
