//! Plain words for the network pages, in the reader's language: one sentence of meaning for
//! every metric where it is shown, the community's typical range beside it, time in hours, and the colours and shapes
//! of the map's key (twelve colours, then the same colours in another shape, so no two
//! clusters look alike up to 48).

use convene_app::network_health::Health;
use convene_app::network_map::{MapNode, NetworkMap, NodeKind, Typical};
use convene_i18n::Tr;

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
pub fn cluster_key(tr: Tr, map: &NetworkMap) -> Vec<KeyEntry> {
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
                parts.push(tr.t1("net-key-named", "n", named));
            }
            if group > 0 {
                parts.push(tr.t1("net-key-group", "n", group));
            }
            KeyEntry {
                swatch: swatch(color, shape),
                text: tr.t2("net-key-cluster", "c", c, "parts", parts.join(", ")),
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
            text: tr.t1("net-key-pooled", "n", g.size),
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
            text: tr.t1("net-key-alone", "n", alone),
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

pub fn organization_key(tr: Tr, map: &NetworkMap) -> Vec<KeyEntry> {
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
                text: tr.t2("net-key-org", "org", o, "n", people),
            }
        })
        .collect();
    if map.nodes.iter().any(|n| n.kind == NodeKind::Group) {
        key.push(KeyEntry {
            swatch: swatch(GREY, "ellipse"),
            text: tr.t("net-key-org-groups"),
        });
    }
    key
}

/// A message whose plural form follows `n` and which shows `n` as `shown` (written with
/// decimals as the locale writes them).
fn counted(tr: Tr, key: &str, n: f64, shown: String) -> String {
    tr.t2(key, "n", n, "shown", shown)
}

/// Minutes-together equivalents as hours a person reads at a glance.
pub fn hours(tr: Tr, minutes: f64) -> String {
    let h = minutes / 60.0;
    if h < 1.0 {
        let m = minutes.max(0.0).round();
        counted(tr, "net-minutes", m, tr.decimal(m, 0))
    } else if h < 10.0 {
        let h = (h * 10.0).round() / 10.0;
        counted(tr, "net-hours", h, tr.decimal(h, 1))
    } else {
        let h = h.round();
        counted(tr, "net-hours", h, tr.decimal(h, 0))
    }
}

/// The words the map's script shows in its side panel, as JSON: `{n}` and `{c}` stand for a
/// number and a cluster; plural messages come as their `one` and `other` forms, which the
/// script picks with the browser's `Intl.PluralRules` for the page's language.
pub fn script_words(tr: Tr) -> serde_json::Value {
    let forms = |key: &str| {
        serde_json::json!({
            "one": counted(tr, key, 1.0, "{n}".into()),
            "other": counted(tr, key, 5.0, "{n}".into()),
        })
    };
    serde_json::json!({
        "failed": tr.t("net-js-failed"),
        "alone": tr.t("net-js-box-alone"),
        "cluster": tr.t1("net-js-cluster", "c", "{c}"),
        "clusterNone": tr.t("net-js-cluster-none"),
        "organization": tr.t("net-col-organization"),
        "clusterName": tr.t("net-m-cluster-name"),
        "ties": tr.t("net-m-ties-name"),
        "hours": tr.t("net-m-hours-name"),
        "betweenness": tr.t("net-m-betweenness-name"),
        "constraint": tr.t("net-m-constraint-name"),
        "led": tr.t("net-js-led"),
        "groupLabelIn": tr.t2("net-group-in", "n", "{n}", "c", "{c}"),
        "groupLabelSmaller": tr.t1("net-group-smaller", "n", "{n}"),
        "groupIn": tr.t2("net-js-group-in", "n", "{n}", "c", "{c}"),
        "groupSmaller": tr.t1("net-js-group-smaller", "n", "{n}"),
        "groupTies": tr.t("net-js-group-ties"),
        "groupHours": tr.t("net-js-group-hours"),
        "minutes": forms("net-minutes"),
        "hoursOf": forms("net-hours"),
    })
}

/// A share in 0..=1 as a whole percentage: `45%`, `45 %`.
pub fn percent(tr: Tr, x: f64) -> String {
    tr.t1("net-percent", "n", (x * 100.0).round() as i64)
}

/// When the network was computed, as the reader writes a day: `1 December 2026 10:03 UTC`.
pub fn computed(tr: Tr, ts: i64) -> String {
    super::when(tr, ts)
}

/// A count as the locale groups its digits.
pub fn count(tr: Tr, n: impl TryInto<i64>) -> String {
    tr.number(n.try_into().unwrap_or(i64::MAX))
}

/// Month names as a chart's axis has room for.
const MONTHS: [&str; 12] = [
    "net-mon-1",
    "net-mon-2",
    "net-mon-3",
    "net-mon-4",
    "net-mon-5",
    "net-mon-6",
    "net-mon-7",
    "net-mon-8",
    "net-mon-9",
    "net-mon-10",
    "net-mon-11",
    "net-mon-12",
];

/// A month `2026-03` as `Mar 2026`, `März 2026`; anything else as it is.
pub fn month(tr: Tr, ym: &str) -> String {
    let Some((year, m)) = ym.split_once('-') else {
        return ym.to_owned();
    };
    match m
        .parse::<usize>()
        .ok()
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
    {
        Some(key) => tr.t2("net-month", "month", tr.t(key), "year", year),
        None => ym.to_owned(),
    }
}

/// A cluster's group of people not shown by name, as the map labels it.
pub fn group_label(tr: Tr, size: usize, cluster: u32) -> String {
    if cluster == 0 {
        tr.t1("net-group-smaller", "n", size)
    } else {
        tr.t2("net-group-in", "n", size, "c", cluster)
    }
}

/// A node's label as the reader reads it: a person's name, or their language's words for a
/// group (the map's JSON keeps its own).
pub fn node_label(tr: Tr, n: &MapNode) -> String {
    match n.kind {
        NodeKind::Person => n.label.clone(),
        NodeKind::Group => group_label(tr, n.size, n.cluster),
    }
}

/// "Typical here: 2–9 (the middle half of the 40 people shown by name)."; `keys` are the
/// messages for one value and for a range.
fn typical_text(
    tr: Tr,
    range: Option<(f64, f64)>,
    decimals: usize,
    (one, span): (&str, &str),
    t: &Typical,
) -> String {
    match range {
        Some((lo, hi)) if (lo - hi).abs() < 1e-12 => {
            tr.t2(one, "value", tr.decimal(lo, decimals), "people", t.people)
        }
        Some((lo, hi)) => tr.t3(
            span,
            "lo",
            tr.decimal(lo, decimals),
            "hi",
            tr.decimal(hi, decimals),
            "people",
            t.people,
        ),
        None => String::new(),
    }
}

/// One metric's meaning, for the "what the numbers mean" lists and the map's side panel.
pub struct Meaning {
    /// Element id of its explanation (the map script reads it for the side panel).
    pub id: &'static str,
    pub name: String,
    pub sentence: String,
    pub typical: String,
}

/// The explanation and typical range of metric `id` among `meanings`.
pub fn meaning(meanings: &[Meaning], id: &str) -> String {
    meanings
        .iter()
        .find(|m| m.id == id)
        .map(|m| format!("{} {}", m.sentence, m.typical).trim().to_owned())
        .unwrap_or_default()
}

const PLAIN: (&str, &str) = ("net-typical-one", "net-typical-range");
const HOURS: (&str, &str) = ("net-typical-hours-one", "net-typical-hours-range");

/// The meanings of a person's metrics with the community's typical ranges.
pub fn person_meanings(tr: Tr, t: &Typical) -> Vec<Meaning> {
    let m = |id, name, sentence, typical| Meaning {
        id,
        name: tr.t(name),
        sentence: tr.t(sentence),
        typical,
    };
    vec![
        m(
            "meaning-ties",
            "net-m-ties-name",
            "net-m-ties",
            typical_text(tr, t.ties, 0, PLAIN, t),
        ),
        m(
            "meaning-hours",
            "net-m-hours-name",
            "net-m-hours",
            typical_text(tr, t.hours, 0, HOURS, t),
        ),
        m(
            "meaning-betweenness",
            "net-m-betweenness-name",
            "net-m-betweenness",
            typical_text(tr, t.betweenness, 3, PLAIN, t),
        ),
        m(
            "meaning-constraint",
            "net-m-constraint-name",
            "net-m-constraint",
            typical_text(tr, t.constraint, 2, PLAIN, t),
        ),
        m(
            "meaning-cluster",
            "net-m-cluster-name",
            "net-m-cluster",
            String::new(),
        ),
        m("meaning-led", "net-m-led-name", "net-m-led", String::new()),
    ]
}

/// "Over the months shown: 20–45 %." from the finished months that show a value.
fn over_months(
    tr: Tr,
    values: impl Iterator<Item = Option<f64>>,
    f: impl Fn(f64) -> String,
) -> String {
    let v: Vec<f64> = values.flatten().collect();
    let (Some(lo), Some(hi)) = (
        v.iter().copied().reduce(f64::min),
        v.iter().copied().reduce(f64::max),
    ) else {
        return String::new();
    };
    if (hi - lo).abs() < 1e-12 {
        tr.t1("net-over-months-one", "value", f(lo))
    } else {
        tr.t2("net-over-months-range", "lo", f(lo), "hi", f(hi))
    }
}

/// The meanings of the community-wide figures, with their range over the finished months.
pub fn health_meanings(tr: Tr, h: &Health) -> Vec<Meaning> {
    let done = || h.months.iter().filter(|m| !m.partial);
    let count = |v: Option<usize>| v.map(|v| v as f64);
    let share = |x| percent(tr, x);
    let whole = |x| tr.decimal(x, 0);
    let m = |id, name, sentence, typical| Meaning {
        id,
        name: tr.t(name),
        sentence: tr.t(sentence),
        typical,
    };
    vec![
        m(
            "meaning-leader-share",
            "net-h-leaders",
            "net-m-leader-share",
            over_months(tr, done().map(|m| m.leader_share), share),
        ),
        m(
            "meaning-gini",
            "net-h-gini",
            "net-m-gini",
            over_months(tr, done().map(|m| m.gini), |x| tr.decimal(x, 2)),
        ),
        m(
            "meaning-cross",
            "net-h-cross",
            "net-m-cross",
            over_months(tr, done().map(|m| m.cross_share), share),
        ),
        m(
            "meaning-clusters",
            "net-h-clusters",
            "net-m-cluster",
            over_months(tr, done().map(|m| count(m.clusters)), whole),
        ),
        m(
            "meaning-modularity",
            "net-h-modularity",
            "net-m-modularity",
            String::new(),
        ),
        m(
            "meaning-isolates",
            "net-h-isolates",
            "net-m-isolates",
            over_months(tr, done().map(|m| count(m.isolates)), whole),
        ),
    ]
}

/// A short line about a node for the map's list.
pub fn node_line(tr: Tr, n: &MapNode) -> String {
    match &n.metrics {
        Some(m) => {
            let line = if m.ties == 0 {
                tr.t("net-line-no-ties")
            } else {
                tr.t3(
                    "net-line",
                    "c",
                    n.cluster,
                    "ties",
                    m.ties,
                    "hours",
                    hours(tr, m.strength),
                )
            };
            match &n.organization {
                Some(o) => tr.t2("net-line-org", "org", o, "line", line),
                None => line,
            }
        }
        None => tr.t1("net-line-group", "n", n.size),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_i18n::Lang;

    #[test]
    fn time_is_in_hours_and_keys_do_not_repeat_within_forty_eight() {
        let (en, de, fr) = (Tr(Lang::En), Tr(Lang::De), Tr(Lang::Fr));
        assert_eq!(hours(en, 8_678.0), "145 hours");
        assert_eq!(hours(en, 90.0), "1.5 hours");
        assert_eq!(hours(en, 30.0), "30 minutes");
        assert_eq!(hours(de, 90.0), "1,5 Stunden");
        assert_eq!(hours(fr, 90.0), "1,5 heure", "French counts 1.5 as one");
        assert_eq!(percent(de, 0.456), "46\u{a0}%");
        let styles: std::collections::BTreeSet<(&str, &str)> = (0..48).map(style).collect();
        assert_eq!(styles.len(), 48);
        assert_eq!(style(12).0, style(0).0, "the thirteenth reuses a colour");
        assert_ne!(style(12).1, style(0).1, "in another shape");
    }
}
