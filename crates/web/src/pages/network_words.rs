//! Plain words for the network pages: one sentence of meaning for every metric where it is
//! shown, the community's typical range beside it, time in hours, and the colours and shapes
//! of the map's key (twelve colours, then the same colours in another shape, so no two
//! clusters look alike up to 48).

use convene_app::network_health::Health;
use convene_app::network_map::{MapNode, NetworkMap, NodeKind, Typical};

/// The map's colours, colour-blind safe first (Okabe–Ito), then four more.
pub const PALETTE: [&str; 12] = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7a6a00", "#6a3d9a",
    "#1b7837", "#b2182b", "#4d4d4d", "#8c510a",
];
/// Cytoscape node shapes, one per round of twelve colours.
pub const SHAPES: [&str; 4] = ["ellipse", "round-rectangle", "diamond", "triangle"];
/// The colour of everyone pooled together and of no organization.
pub const GREY: &str = "#9a9a9a";

/// The colour and shape of key `k` (0-based).
pub fn style(k: usize) -> (&'static str, &'static str) {
    (
        PALETTE[k % PALETTE.len()],
        SHAPES[(k / PALETTE.len()) % SHAPES.len()],
    )
}

/// A small inline SVG of a key's colour and shape (SVG presentation attributes, which the
/// strict style-src of our CSP allows).
pub fn swatch(color: &str, shape: &str) -> String {
    let body = match shape {
        "round-rectangle" => {
            format!(r#"<rect x="1" y="1" width="12" height="12" rx="3" fill="{color}"/>"#)
        }
        "diamond" => format!(r#"<polygon points="7,0 14,7 7,14 0,7" fill="{color}"/>"#),
        "triangle" => format!(r#"<polygon points="7,1 13,13 1,13" fill="{color}"/>"#),
        _ => format!(r#"<circle cx="7" cy="7" r="6" fill="{color}"/>"#),
    };
    format!(
        r#"<svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">{body}</svg>"#
    )
}

/// One line of the map's key.
pub struct KeyEntry {
    pub swatch: String,
    pub text: String,
}

/// The key by cluster: one entry per numbered cluster, then everyone pooled together, then
/// the people shown by name who have no ties yet.
pub fn cluster_key(map: &NetworkMap) -> Vec<KeyEntry> {
    let mut clusters: Vec<u32> = map
        .nodes
        .iter()
        .map(|n| n.cluster)
        .filter(|c| *c > 0)
        .collect();
    clusters.sort_unstable();
    clusters.dedup();
    let mut key: Vec<KeyEntry> = clusters
        .into_iter()
        .map(|c| {
            let named = map
                .nodes
                .iter()
                .filter(|n| n.cluster == c && n.kind == NodeKind::Person)
                .count();
            let group = map
                .nodes
                .iter()
                .find(|n| n.cluster == c && n.kind == NodeKind::Group)
                .map_or(0, |g| g.size);
            let (color, shape) = style(c as usize - 1);
            let mut parts = Vec::new();
            if named > 0 {
                parts.push(format!("{named} shown by name"));
            }
            if group > 0 {
                parts.push(format!("a group of {group} not shown by name"));
            }
            KeyEntry {
                swatch: swatch(color, shape),
                text: format!("Cluster {c}: {}", parts.join(", ")),
            }
        })
        .collect();
    if let Some(g) = map
        .nodes
        .iter()
        .find(|n| n.cluster == 0 && n.kind == NodeKind::Group)
    {
        key.push(KeyEntry {
            swatch: swatch(GREY, "ellipse"),
            text: format!(
                "Smaller clusters together: a group of {} not shown by name",
                g.size
            ),
        });
    }
    let alone = map
        .nodes
        .iter()
        .filter(|n| n.cluster == 0 && n.kind == NodeKind::Person)
        .count();
    if alone > 0 {
        key.push(KeyEntry {
            swatch: swatch(GREY, "round-rectangle"),
            text: format!("No ties yet: {alone} shown by name"),
        });
    }
    key
}

/// The organizations on the map, in the order the key and the script colour them.
pub fn organizations(map: &NetworkMap) -> Vec<String> {
    let mut orgs: Vec<String> = map
        .nodes
        .iter()
        .filter_map(|n| n.organization.clone())
        .collect();
    orgs.sort();
    orgs.dedup();
    orgs
}

pub fn organization_key(map: &NetworkMap) -> Vec<KeyEntry> {
    let mut key: Vec<KeyEntry> = organizations(map)
        .into_iter()
        .enumerate()
        .map(|(k, o)| {
            let (color, shape) = style(k);
            let people = map
                .nodes
                .iter()
                .filter(|n| n.organization.as_deref() == Some(o.as_str()))
                .count();
            KeyEntry {
                swatch: swatch(color, shape),
                text: format!("{o}: {people} shown by name"),
            }
        })
        .collect();
    if map.nodes.iter().any(|n| n.kind == NodeKind::Group) {
        key.push(KeyEntry {
            swatch: swatch(GREY, "ellipse"),
            text: "Groups not shown by name (they may mix organizations)".into(),
        });
    }
    key
}

/// Minutes-together equivalents as hours a person reads at a glance.
pub fn hours(minutes: f64) -> String {
    let h = minutes / 60.0;
    if h < 1.0 {
        format!("{:.0} minutes", minutes.max(0.0))
    } else if h < 10.0 {
        format!("{h:.1} hours")
    } else {
        format!("{h:.0} hours")
    }
}

fn number(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}")
}

/// "Typical here: 2–9 (the middle half of the 40 people shown by name)."
pub fn typical_text(range: Option<(f64, f64)>, decimals: usize, unit: &str, t: &Typical) -> String {
    match range {
        Some((lo, hi)) if (lo - hi).abs() < 1e-12 => format!(
            "Typical here: {}{unit} (most of the {} people shown by name).",
            number(lo, decimals),
            t.people
        ),
        Some((lo, hi)) => format!(
            "Typical here: {}–{}{unit} (the middle half of the {} people shown by name).",
            number(lo, decimals),
            number(hi, decimals),
            t.people
        ),
        None => String::new(),
    }
}

/// One metric's meaning, for the "what the numbers mean" lists and the map's side panel.
pub struct Meaning {
    /// Element id of its explanation (the map script reads it for the side panel).
    pub id: &'static str,
    pub name: &'static str,
    pub sentence: &'static str,
    pub typical: String,
}

pub const TIES: &str = "How many people someone did something with here: sat in a session, convened, wrote a report or owned an action together.";
pub const HOURS: &str = "Hours in the same sessions, plus an hour for each session convened or action owned together and half an hour for each report written together.";
pub const BETWEENNESS: &str = "How often someone is on the shortest path between two others, from 0 to 1: the higher, the more they connect people who would otherwise be apart.";
pub const CONSTRAINT: &str = "How much someone's contacts already know each other, from 0 to about 1: low means contacts in separate circles (a broker), high means one close circle.";
pub const CLUSTER: &str = "A group of people who did more together than with others, found by community detection; colours and shapes on the map tell clusters apart.";
pub const LED: &str = "Sessions someone convened or co-convened and actions they owned.";
pub const MODULARITY: &str = "How clearly the network divides into clusters, from 0 (no division) to 1; above about 0.3 the clusters are clear.";
pub const GINI: &str = "How concentrated leadership is among those who took part: 0 means evenly spread, near 1 means one person leads.";
pub const ISOLATES: &str =
    "People in the network who have not yet done anything together with anyone.";
pub const CROSS: &str =
    "The share of ties between people of different organizations: ties across the boundary.";
pub const LEADER_SHARE: &str =
    "The share of those who took part who convened a session or owned an action.";

/// The meanings of a person's metrics with the community's typical ranges.
pub fn person_meanings(t: &Typical) -> Vec<Meaning> {
    vec![
        Meaning {
            id: "meaning-ties",
            name: "People worked with",
            sentence: TIES,
            typical: typical_text(t.ties, 0, "", t),
        },
        Meaning {
            id: "meaning-hours",
            name: "Time together",
            sentence: HOURS,
            typical: typical_text(t.hours, 0, " hours", t),
        },
        Meaning {
            id: "meaning-betweenness",
            name: "Bridging (betweenness)",
            sentence: BETWEENNESS,
            typical: typical_text(t.betweenness, 3, "", t),
        },
        Meaning {
            id: "meaning-constraint",
            name: "Constraint",
            sentence: CONSTRAINT,
            typical: typical_text(t.constraint, 2, "", t),
        },
        Meaning {
            id: "meaning-cluster",
            name: "Cluster",
            sentence: CLUSTER,
            typical: String::new(),
        },
        Meaning {
            id: "meaning-led",
            name: "Led",
            sentence: LED,
            typical: String::new(),
        },
    ]
}

/// "Over the last twelve months: 20–45 %." from the finished months that show a value.
fn over_months(values: impl Iterator<Item = Option<f64>>, f: fn(f64) -> String) -> String {
    let v: Vec<f64> = values.flatten().collect();
    let (Some(lo), Some(hi)) = (
        v.iter().copied().reduce(f64::min),
        v.iter().copied().reduce(f64::max),
    ) else {
        return String::new();
    };
    if (hi - lo).abs() < 1e-12 {
        format!("Over the months shown: {}.", f(lo))
    } else {
        format!("Over the months shown: {} to {}.", f(lo), f(hi))
    }
}

fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

fn whole(x: f64) -> String {
    format!("{x:.0}")
}

/// The meanings of the community-wide figures, with their range over the finished months.
pub fn health_meanings(h: &Health) -> Vec<Meaning> {
    let done = || h.months.iter().filter(|m| !m.partial);
    let count = |v: Option<usize>| v.map(|v| v as f64);
    vec![
        Meaning {
            id: "meaning-leader-share",
            name: "Convened or led something",
            sentence: LEADER_SHARE,
            typical: over_months(done().map(|m| m.leader_share), percent),
        },
        Meaning {
            id: "meaning-gini",
            name: "Concentration of leadership (Gini)",
            sentence: GINI,
            typical: over_months(done().map(|m| m.gini), |x| format!("{x:.2}")),
        },
        Meaning {
            id: "meaning-cross",
            name: "Ties across organizations",
            sentence: CROSS,
            typical: over_months(done().map(|m| m.cross_share), percent),
        },
        Meaning {
            id: "meaning-clusters",
            name: "Clusters",
            sentence: CLUSTER,
            typical: over_months(done().map(|m| count(m.clusters)), whole),
        },
        Meaning {
            id: "meaning-modularity",
            name: "Modularity",
            sentence: MODULARITY,
            typical: String::new(),
        },
        Meaning {
            id: "meaning-isolates",
            name: "People without ties",
            sentence: ISOLATES,
            typical: over_months(done().map(|m| count(m.isolates)), whole),
        },
    ]
}

/// A short line about a node for the map's list.
pub fn node_line(n: &MapNode) -> String {
    match (&n.metrics, n.kind) {
        (Some(m), _) => {
            let org = n
                .organization
                .as_deref()
                .map(|o| format!("{o}, "))
                .unwrap_or_default();
            if m.ties == 0 {
                format!("{org}no ties yet")
            } else {
                format!(
                    "{org}cluster {}: worked with {}, {} together",
                    n.cluster,
                    m.ties,
                    hours(m.strength)
                )
            }
        }
        (None, _) => format!("{} people not shown by name", n.size),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_is_in_hours_and_keys_do_not_repeat_within_forty_eight() {
        assert_eq!(hours(8_678.0), "145 hours");
        assert_eq!(hours(90.0), "1.5 hours");
        assert_eq!(hours(30.0), "30 minutes");
        let styles: std::collections::BTreeSet<(&str, &str)> = (0..48).map(style).collect();
        assert_eq!(styles.len(), 48);
        assert_eq!(style(12).0, style(0).0, "the thirteenth reuses a colour");
        assert_ne!(style(12).1, style(0).1, "in another shape");
    }
}
