//! The community's network for Gephi, Cytoscape, yEd, networkx and spreadsheets: GraphML 1.0,
//! GEXF 1.3 and two CSV tables (nodes, edges), all drawn from one [`NetworkMap`], so every
//! export shows exactly what the map page shows and nothing more.
//!
//! One table, [`NODE_ATTRS`], says which node attributes there are and how each is typed in
//! GraphML and GEXF; the label comes first in every format. A value a node does not have
//! (a group's metrics, a missing organization, a metric that is not a finite number, such as
//! the constraint of someone without ties) is left out in XML and an empty cell in CSV.
//! Numbers are written with Rust's `Display`, which round-trips (`0.1`, `0.0000001`), never
//! `NaN` or `inf`. XML is written with quick-xml, which escapes every name and label; characters
//! XML 1.0 cannot carry at all (most control characters) become U+FFFD, so one odd name cannot
//! make the whole file unreadable.

use super::table;
use convene_app::network_map::{MapEdge, MapMetrics, MapNode, NetworkMap, NodeKind};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::borrow::Cow;
use std::io;

/// One node attribute besides the label: its name (the GraphML key's `attr.name`, the GEXF
/// attribute's id and title, the CSV column), its GraphML and GEXF types, and its value.
struct NodeAttr {
    name: &'static str,
    graphml: &'static str,
    gexf: &'static str,
    value: fn(&MapNode) -> Option<String>,
}

const NODE_ATTRS: [NodeAttr; 9] = [
    NodeAttr {
        name: "kind",
        graphml: "string",
        gexf: "string",
        value: |n| Some(kind(n.kind).to_owned()),
    },
    NodeAttr {
        name: "organization",
        graphml: "string",
        gexf: "string",
        value: |n| n.organization.clone(),
    },
    NodeAttr {
        name: "cluster",
        graphml: "int",
        gexf: "integer",
        value: |n| Some(n.cluster.to_string()),
    },
    NodeAttr {
        name: "size",
        graphml: "int",
        gexf: "integer",
        value: |n| Some(n.size.to_string()),
    },
    NodeAttr {
        name: "ties",
        graphml: "int",
        gexf: "integer",
        value: |n| metric(n, |m| Some(m.ties.to_string())),
    },
    NodeAttr {
        name: "strength",
        graphml: "double",
        gexf: "double",
        value: |n| metric(n, |m| number(m.strength)),
    },
    NodeAttr {
        name: "betweenness",
        graphml: "double",
        gexf: "double",
        value: |n| metric(n, |m| number(m.betweenness)),
    },
    NodeAttr {
        name: "constraint",
        graphml: "double",
        gexf: "double",
        value: |n| metric(n, |m| number(m.constraint)),
    },
    NodeAttr {
        name: "led",
        graphml: "long",
        gexf: "long",
        value: |n| metric(n, |m| Some(m.led.to_string())),
    },
];

/// The node attributes in every format's order (after the id and label).
fn node_attrs() -> impl Iterator<Item = &'static NodeAttr> {
    NODE_ATTRS.iter()
}

fn kind(k: NodeKind) -> &'static str {
    match k {
        NodeKind::Person => "person",
        NodeKind::Group => "group",
    }
}

fn metric(n: &MapNode, f: fn(&MapMetrics) -> Option<String>) -> Option<String> {
    n.metrics.as_ref().and_then(f)
}

/// `Display` round-trips a finite `f64`; anything else has no value to show.
fn number(x: f64) -> Option<String> {
    x.is_finite().then(|| x.to_string())
}

fn edge_weight(e: &MapEdge) -> Option<String> {
    number(e.weight)
}

fn computed_at(map: &NetworkMap) -> Option<chrono::DateTime<chrono::Utc>> {
    map.computed_at
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
}

/// What the export says about the map, for GraphML's `<desc>` and GEXF's `<description>`.
fn description(map: &NetworkMap) -> String {
    let when = computed_at(map)
        .map(|t| format!(", computed {}", t.format("%Y-%m-%d %H:%M UTC")))
        .unwrap_or_default();
    format!(
        "The network of {}{when}: {} people; those who agreed to share their metrics by name, \
         everyone else in groups of at least {}{}.",
        map.community,
        map.people,
        convene_app::network_map::MIN_GROUP,
        if map.hidden > 0 {
            format!(" ({} in no node: their group would be smaller)", map.hidden)
        } else {
            String::new()
        }
    )
}

/// `s` with the characters XML 1.0 cannot carry, escaped or not, replaced by U+FFFD.
fn xml_chars(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    };
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(
            s.chars()
                .map(|c| if allowed(c) { c } else { '\u{FFFD}' })
                .collect(),
        )
    }
}

type Xml = Writer<Vec<u8>>;

fn xml(write: impl FnOnce(&mut Xml) -> io::Result<()>) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .and_then(|()| write(&mut w))
        .expect("writing XML into memory cannot fail");
    let mut out =
        String::from_utf8(w.into_inner()).expect("quick-xml writes the UTF-8 it is given");
    out.push('\n');
    out
}

/// An element holding only text, e.g. `<data key="n_label">Ada</data>`.
fn text_element(w: &mut Xml, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_text_content(BytesText::new(&xml_chars(text)))?;
    Ok(())
}

/// GraphML 1.0, undirected. Node keys have ids `n_<name>`, edge keys `e_<name>` (node and edge
/// both have `ties`); tools show the `attr.name`.
pub fn graphml(map: &NetworkMap) -> String {
    xml(|w| {
        w.create_element("graphml")
            .with_attributes([
                ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns \
                     http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
                ),
            ])
            .write_inner_content(|w| {
                let keys = std::iter::once(("node", "label", "string"))
                    .chain(node_attrs().map(|a| ("node", a.name, a.graphml)))
                    .chain([("edge", "weight", "double"), ("edge", "ties", "int")]);
                for (domain, name, ty) in keys {
                    let id = format!("{}_{name}", &domain[..1]);
                    w.create_element("key")
                        .with_attributes([
                            ("id", id.as_str()),
                            ("for", domain),
                            ("attr.name", name),
                            ("attr.type", ty),
                        ])
                        .write_empty()?;
                }
                w.create_element("graph")
                    .with_attributes([("id", "network"), ("edgedefault", "undirected")])
                    .write_inner_content(|w| {
                        text_element(w, "desc", &[], &description(map))?;
                        for n in &map.nodes {
                            w.create_element("node")
                                .with_attribute(("id", xml_chars(&n.id).as_ref()))
                                .write_inner_content(|w| {
                                    text_element(w, "data", &[("key", "n_label")], &n.label)?;
                                    for a in node_attrs() {
                                        if let Some(v) = (a.value)(n) {
                                            let key = format!("n_{}", a.name);
                                            text_element(w, "data", &[("key", &key)], &v)?;
                                        }
                                    }
                                    Ok(())
                                })?;
                        }
                        for e in &map.edges {
                            w.create_element("edge")
                                .with_attributes([
                                    ("source", xml_chars(&e.source).as_ref()),
                                    ("target", xml_chars(&e.target).as_ref()),
                                ])
                                .write_inner_content(|w| {
                                    if let Some(v) = edge_weight(e) {
                                        text_element(w, "data", &[("key", "e_weight")], &v)?;
                                    }
                                    let ties = e.ties.to_string();
                                    text_element(w, "data", &[("key", "e_ties")], &ties)
                                })?;
                        }
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    })
}

/// GEXF 1.3, static and undirected: the label in each node's `label`, the weight in each
/// edge's `weight`, everything else as attribute values.
pub fn gexf(map: &NetworkMap) -> String {
    xml(|w| {
        w.create_element("gexf")
            .with_attributes([
                ("xmlns", "http://gexf.net/1.3"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
                ),
                ("version", "1.3"),
            ])
            .write_inner_content(|w| {
                let date = computed_at(map).map(|t| t.format("%Y-%m-%d").to_string());
                let mut meta = w.create_element("meta");
                if let Some(date) = &date {
                    meta = meta.with_attribute(("lastmodifieddate", date.as_str()));
                }
                meta.write_inner_content(|w| {
                    text_element(w, "creator", &[], "convene")?;
                    text_element(w, "description", &[], &description(map))
                })?;
                w.create_element("graph")
                    .with_attributes([("mode", "static"), ("defaultedgetype", "undirected")])
                    .write_inner_content(|w| {
                        let classes: [(&str, Vec<(&str, &str)>); 2] = [
                            ("node", node_attrs().map(|a| (a.name, a.gexf)).collect()),
                            ("edge", vec![("ties", "integer")]),
                        ];
                        for (class, attrs) in classes {
                            w.create_element("attributes")
                                .with_attributes([("class", class), ("mode", "static")])
                                .write_inner_content(|w| {
                                    for (name, ty) in attrs {
                                        w.create_element("attribute")
                                            .with_attributes([
                                                ("id", name),
                                                ("title", name),
                                                ("type", ty),
                                            ])
                                            .write_empty()?;
                                    }
                                    Ok(())
                                })?;
                        }
                        w.create_element("nodes").write_inner_content(|w| {
                            for n in &map.nodes {
                                w.create_element("node")
                                    .with_attributes([
                                        ("id", xml_chars(&n.id).as_ref()),
                                        ("label", xml_chars(&n.label).as_ref()),
                                    ])
                                    .write_inner_content(|w| {
                                        let values: Vec<(&str, String)> = node_attrs()
                                            .filter_map(|a| Some((a.name, (a.value)(n)?)))
                                            .collect();
                                        attvalues(w, &values)
                                    })?;
                            }
                            Ok(())
                        })?;
                        w.create_element("edges").write_inner_content(|w| {
                            for (i, e) in map.edges.iter().enumerate() {
                                let id = i.to_string();
                                let weight = edge_weight(e);
                                let mut edge = w.create_element("edge").with_attributes([
                                    ("id", id.as_str()),
                                    ("source", xml_chars(&e.source).as_ref()),
                                    ("target", xml_chars(&e.target).as_ref()),
                                ]);
                                if let Some(weight) = &weight {
                                    edge = edge.with_attribute(("weight", weight.as_str()));
                                }
                                edge.write_inner_content(|w| {
                                    attvalues(w, &[("ties", e.ties.to_string())])
                                })?;
                            }
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    })
}

fn attvalues(w: &mut Xml, values: &[(&str, String)]) -> io::Result<()> {
    w.create_element("attvalues").write_inner_content(|w| {
        for (name, value) in values {
            w.create_element("attvalue")
                .with_attributes([("for", *name), ("value", xml_chars(value).as_ref())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// One row per node: `id,label,kind,organization,cluster,size,ties,strength,betweenness,
/// constraint,led`; a value the node does not have is an empty cell.
pub fn nodes_csv(map: &NetworkMap) -> Vec<u8> {
    let header: Vec<&str> = ["id", "label"]
        .into_iter()
        .chain(node_attrs().map(|a| a.name))
        .collect();
    let rows = map.nodes.iter().map(|n| {
        [n.id.clone(), n.label.clone()]
            .into_iter()
            .chain(node_attrs().map(|a| (a.value)(n).unwrap_or_default()))
            .collect()
    });
    table::csv(&header, rows).expect("writing CSV into memory cannot fail")
}

/// One row per edge: `source,target,weight,ties`.
pub fn edges_csv(map: &NetworkMap) -> Vec<u8> {
    let rows = map.edges.iter().map(|e| {
        vec![
            e.source.clone(),
            e.target.clone(),
            edge_weight(e).unwrap_or_default(),
            e.ties.to_string(),
        ]
    });
    table::csv(&["source", "target", "weight", "ties"], rows)
        .expect("writing CSV into memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};
    use std::process::Command;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const HOSTILE: &str = "Bob <script>&\"' O'Brien";

    /// 3 people (one with a hostile name, one without ties: constraint NaN), 2 groups, and
    /// edges person-person, person-group (two) and group-group.
    fn map() -> NetworkMap {
        let person = |id: &str, label: &str, org: Option<&str>, cluster, m: MapMetrics| MapNode {
            id: id.into(),
            label: label.into(),
            kind: NodeKind::Person,
            organization: org.map(Into::into),
            cluster,
            size: 1,
            metrics: Some(m),
            x: 0.0,
            y: 0.0,
        };
        let group = |id: &str, label: &str, cluster, size| MapNode {
            id: id.into(),
            label: label.into(),
            kind: NodeKind::Group,
            organization: None,
            cluster,
            size,
            metrics: None,
            x: 0.0,
            y: 0.0,
        };
        let edge = |s: &str, t: &str, weight, ties| MapEdge {
            source: s.into(),
            target: t.into(),
            weight,
            ties,
        };
        NetworkMap {
            community: "Friends & \"Neighbours\" <of the river>".into(),
            computed_at: Some(1_790_000_000),
            people: 17,
            nodes: vec![
                person(
                    "p1",
                    "Ada Lovelace",
                    Some("Analytical Engines"),
                    1,
                    MapMetrics {
                        ties: 2,
                        strength: 1.0 / 3.0,
                        betweenness: 0.1 + 0.2,
                        constraint: 0.5625,
                        led: 3,
                    },
                ),
                person(
                    "p2",
                    HOSTILE,
                    Some("R&D\u{1}<Lab>"),
                    1,
                    MapMetrics {
                        ties: 1,
                        strength: 1e-7,
                        betweenness: 0.0,
                        constraint: 1.0,
                        led: 12_345_678_901,
                    },
                ),
                person(
                    "p3",
                    "Chloé Núñez 李",
                    None,
                    2,
                    MapMetrics {
                        ties: 0,
                        strength: 0.0,
                        betweenness: 2.0 / 7.0,
                        constraint: f64::NAN,
                        led: 0,
                    },
                ),
                group("g1", "7 people in cluster 1", 1, 7),
                group("g0", "5 people from small clusters", 0, 5),
            ],
            edges: vec![
                edge("p1", "p2", 90.5, 1),
                edge("p1", "g1", 100.0 / 3.0, 3),
                edge("p2", "g1", 2.5e-5, 2),
                edge("g1", "g0", 1e21, 12),
            ],
            hidden: 2,
        }
    }

    /// What a reader should find: per node its label and attributes (`null` where the node
    /// has none), and the edges as sorted pairs. `xml`: XML cannot carry U+0001.
    fn expected(map: &NetworkMap, xml: bool) -> Value {
        let finite = |x: f64| x.is_finite().then_some(x);
        let nodes: serde_json::Map<String, Value> = map
            .nodes
            .iter()
            .map(|n| {
                let m = n.metrics.as_ref();
                let org = n.organization.as_ref().map(|o| {
                    if xml {
                        o.replace('\u{1}', "\u{FFFD}")
                    } else {
                        o.clone()
                    }
                });
                let v = json!({
                    "label": n.label,
                    "kind": kind(n.kind),
                    "organization": org,
                    "cluster": n.cluster,
                    "size": n.size,
                    "ties": m.map(|m| m.ties),
                    "strength": m.and_then(|m| finite(m.strength)),
                    "betweenness": m.and_then(|m| finite(m.betweenness)),
                    "constraint": m.and_then(|m| finite(m.constraint)),
                    "led": m.map(|m| m.led),
                });
                (n.id.clone(), v)
            })
            .collect();
        let mut edges: Vec<Value> = map
            .edges
            .iter()
            .map(|e| {
                let mut pair = [e.source.clone(), e.target.clone()];
                pair.sort();
                json!([pair[0], pair[1], e.weight, e.ties])
            })
            .collect();
        edges.sort_by_key(|e| e.to_string());
        json!({"nodes": nodes, "edges": edges})
    }

    /// Reads an export back with networkx (GraphML, GEXF) or Python's csv module and prints
    /// what it found as JSON, in the shape of [`expected`].
    const READER: &str = r#"
import csv, json, sys
import xml.etree.ElementTree as ET
import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
INTS = ("cluster", "size", "ties", "led")
FLOATS = ("strength", "betweenness", "constraint")
FIELDS = ("label", "kind", "organization") + INTS + FLOATS
out = {}
if fmt in ("graphml", "gexf"):
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    out["directed"] = g.is_directed()
    out["multigraph"] = g.is_multigraph()
    out["nodes"] = {n: {k: d.get(k) for k in FIELDS} for n, d in g.nodes(data=True)}
    out["edges"] = [sorted([u, v]) + [d.get("weight"), d.get("ties")] for u, v, d in g.edges(data=True)]
    root = ET.parse(path).getroot()
    if fmt == "graphml":
        ns = "{http://graphml.graphdrawing.org/xmlns}"
        out["description"] = root.find(f"{ns}graph/{ns}desc").text
    else:
        ns = "{http://gexf.net/1.3}"
        out["version"] = root.get("version")
        out["creator"] = root.find(f"{ns}meta/{ns}creator").text
        out["description"] = root.find(f"{ns}meta/{ns}description").text
else:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    out["header"] = reader.fieldnames
    def cell(k, v):
        if v == "":
            return None
        return int(v) if k in INTS else float(v) if k in FLOATS else v
    if fmt == "nodes":
        out["nodes"] = {r["id"]: {k: cell(k, r[k]) for k in FIELDS} for r in rows}
    else:
        out["edges"] = [sorted([r["source"], r["target"]]) + [float(r["weight"]), int(r["ties"])] for r in rows]
print(json.dumps(out, allow_nan=False))
"#;

    /// Whether networkx is there to read the exports; in CI its absence fails the test.
    fn networkx() -> bool {
        let ok = Command::new("python3")
            .args(["-c", "import networkx"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            assert!(
                !std::env::var("CI").is_ok_and(|v| v == "true"),
                "networkx is needed: pip install networkx (CI=true: a missing reader fails the test)"
            );
            eprintln!(
                "skipping: networkx is needed to read the network exports back (pip install networkx)"
            );
        }
        ok
    }

    /// Writes `bytes` to a fresh temp file and has [`READER`] read it as `fmt`.
    fn read_back(fmt: &str, ext: &str, bytes: &[u8]) -> Value {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let path = std::env::temp_dir().join(format!(
            "convene-network-{}-{}-{nanos}.{ext}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::write(&path, bytes).expect("write the export");
        let out = Command::new("python3")
            .args(["-c", READER, fmt])
            .arg(&path)
            .output()
            .expect("run python3");
        let _ = std::fs::remove_file(&path);
        assert!(
            out.status.success(),
            "the reader failed on {fmt}:\n{}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(bytes)
        );
        let mut v: Value = serde_json::from_slice(&out.stdout).expect("the reader's JSON");
        if let Some(edges) = v.get_mut("edges").and_then(Value::as_array_mut) {
            edges.sort_by_key(|e| e.to_string());
        }
        v
    }

    /// `found` equals `want`, floats to 1e-12 and integers exactly
    /// (an integer read as a float, or the reverse, is a difference).
    fn assert_matches(found: &Value, want: &Value, at: &str) {
        match (found, want) {
            (Value::Number(f), Value::Number(w)) if w.is_f64() || f.is_f64() => {
                let (f, w) = (
                    f.as_f64().unwrap_or(f64::NAN),
                    w.as_f64().unwrap_or(f64::NAN),
                );
                assert!(
                    found.is_f64() && (f - w).abs() <= 1e-12 * w.abs().max(1.0),
                    "{at}: found {found}, want {want}"
                );
            }
            (Value::Object(f), Value::Object(w)) => {
                let mut fk: Vec<&String> = f.keys().collect();
                let mut wk: Vec<&String> = w.keys().collect();
                fk.sort();
                wk.sort();
                assert_eq!(fk, wk, "{at}: keys");
                for (k, wv) in w {
                    assert_matches(&f[k], wv, &format!("{at}.{k}"));
                }
            }
            (Value::Array(f), Value::Array(w)) => {
                assert_eq!(f.len(), w.len(), "{at}: length, found {found}, want {want}");
                for (i, (fv, wv)) in f.iter().zip(w).enumerate() {
                    assert_matches(fv, wv, &format!("{at}[{i}]"));
                }
            }
            _ => assert_eq!(found, want, "{at}"),
        }
    }

    #[test]
    fn graphml_reads_back_in_networkx() {
        let map = map();
        let xml = graphml(&map);
        assert!(!xml.contains("<script>"), "{xml}");
        assert!(xml.contains("&lt;script&gt;&amp;"), "{xml}");
        if !networkx() {
            return;
        }
        let found = read_back("graphml", "graphml", xml.as_bytes());
        let want = expected(&map, true);
        assert_matches(&found["nodes"], &want["nodes"], "graphml.nodes");
        assert_matches(&found["edges"], &want["edges"], "graphml.edges");
        assert_eq!(found["directed"], false);
        assert_eq!(found["multigraph"], false);
        assert_eq!(found["description"], description(&map));
        assert!(
            description(&map).contains("Friends & \"Neighbours\" <of the river>"),
            "{}",
            description(&map)
        );
    }

    #[test]
    fn gexf_reads_back_in_networkx() {
        let map = map();
        let xml = gexf(&map);
        assert!(!xml.contains("<script>"), "{xml}");
        if !networkx() {
            return;
        }
        let found = read_back("gexf", "gexf", xml.as_bytes());
        let want = expected(&map, true);
        assert_matches(&found["nodes"], &want["nodes"], "gexf.nodes");
        assert_matches(&found["edges"], &want["edges"], "gexf.edges");
        assert_eq!(found["directed"], false);
        assert_eq!(found["multigraph"], false);
        assert_eq!(found["version"], "1.3");
        assert_eq!(found["creator"], "convene");
        assert_eq!(found["description"], description(&map));
    }

    #[test]
    fn csv_tables_read_back_in_python() {
        let map = map();
        if !networkx() {
            return;
        }
        let want = expected(&map, false);
        let nodes = read_back("nodes", "csv", &nodes_csv(&map));
        assert_eq!(
            nodes["header"],
            json!([
                "id",
                "label",
                "kind",
                "organization",
                "cluster",
                "size",
                "ties",
                "strength",
                "betweenness",
                "constraint",
                "led"
            ])
        );
        assert_matches(&nodes["nodes"], &want["nodes"], "nodes.csv.nodes");
        let edges = read_back("edges", "csv", &edges_csv(&map));
        assert_eq!(
            edges["header"],
            json!(["source", "target", "weight", "ties"])
        );
        assert_matches(&edges["edges"], &want["edges"], "edges.csv");
    }

    #[test]
    fn an_empty_map_is_a_valid_empty_graph() {
        let map = NetworkMap {
            community: "c".into(),
            computed_at: None,
            people: 0,
            nodes: Vec::new(),
            edges: Vec::new(),
            hidden: 0,
        };
        assert_eq!(
            String::from_utf8_lossy(&edges_csv(&map)),
            "source,target,weight,ties\n"
        );
        if !networkx() {
            return;
        }
        for (fmt, xml) in [("graphml", graphml(&map)), ("gexf", gexf(&map))] {
            let found = read_back(fmt, fmt, xml.as_bytes());
            assert_eq!(found["nodes"], json!({}), "{fmt}");
            assert_eq!(found["edges"], json!([]), "{fmt}");
        }
    }
}
