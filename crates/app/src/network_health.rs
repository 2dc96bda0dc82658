//! The network's health for everyone who may see the network (community-wide numbers and their
//! monthly history), and aggregates by organization and by cluster for analysts, as
//! [`crate::privacy::Release`] allows: group rows are over the people not shown by name only.

use crate::leadership::{CommunityMetrics, Month};
use crate::network_map::MIN_GROUP;
use crate::privacy::Release;
use crate::{Allowed, can};
use crate::{App, Result};
use convene_graph::{Graph, weaving};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Health {
    pub computed_at: i64,
    pub people: usize,
    pub ties: usize,
    pub clusters: usize,
    pub modularity: f64,
    pub isolates: usize,
    /// Share of ties between people of different organizations.
    pub cross_share: f64,
    pub took_part: usize,
    pub leaders: usize,
    /// Leaders among those who took part.
    pub leader_share: f64,
    /// Gini of how much each person who took part led: 0 spread evenly, near 1 one person.
    pub gini: f64,
    pub months: Vec<MonthHealth>,
}

/// One calendar month; a figure is `None` where it may not be shown (see `privacy`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthHealth {
    /// "2026-03".
    pub month: String,
    /// "Mar 2026".
    pub label: String,
    /// The current month, not over yet.
    pub partial: bool,
    /// Leadership among the people who took part in the month's gatherings.
    pub took_part: Option<usize>,
    pub leader_share: Option<f64>,
    pub gini: Option<f64>,
    /// The network at the month's end.
    pub ties: Option<usize>,
    pub cross_share: Option<f64>,
    pub isolates: Option<usize>,
    pub clusters: Option<usize>,
}

/// One row of the analyst's table: a group of at least MIN_GROUP people not shown by name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRow {
    pub label: String,
    pub people: usize,
    pub took_part: usize,
    /// Share of the group who convened or led something.
    pub leader_share: f64,
    pub mean_ties: f64,
    pub mean_betweenness: f64,
    /// Share of the group's ties that reach outside it.
    pub outward_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Groups {
    pub computed_at: i64,
    /// Too few people to show any group: nothing but the map's named people's own choices.
    pub withheld: bool,
    pub organizations: Vec<GroupRow>,
    pub clusters: Vec<GroupRow>,
    /// Introductions between people shown by name: (name, name).
    pub introductions: Vec<(String, String)>,
}

/// The label of the row or group of everyone not in a row of their own.
pub const POOLED: &str = "Smaller groups together";

fn month_label(start: i64, format: &str) -> String {
    jiff::Timestamp::from_second(start)
        .map(|t| t.strftime(format).to_string())
        .unwrap_or_default()
}

/// Community-wide health; `None` for a network of fewer than MIN_GROUP people or when `r`
/// withholds everything.
pub fn health(r: &Release) -> Option<Health> {
    let m = r.metrics();
    if m.people < MIN_GROUP || r.withheld() {
        return None;
    }
    let months = m
        .history
        .months
        .iter()
        .zip(r.months())
        .enumerate()
        .map(|(i, (h, shown))| {
            let end = m.history.months.get(i + 1).map_or(i64::MAX, |n| n.start);
            month(h, *shown, (h.start..end).contains(&m.computed_at))
        })
        .collect();
    Some(Health {
        computed_at: m.computed_at,
        people: m.people,
        ties: m.ties,
        clusters: m.clusters,
        modularity: m.modularity,
        isolates: m.isolates,
        cross_share: m.cross.share,
        took_part: m.spread.people,
        leaders: m.spread.leaders,
        leader_share: m.spread.share,
        gini: m.spread.gini,
        months,
    })
}

fn month(h: &Month, shown: crate::privacy::MonthShown, partial: bool) -> MonthHealth {
    let lead = shown.leadership;
    let net = shown.network;
    MonthHealth {
        month: month_label(h.start, "%Y-%m"),
        label: month_label(h.start, "%b %Y"),
        partial,
        took_part: lead.then_some(h.spread.people),
        leader_share: lead.then_some(h.spread.share),
        gini: lead.then_some(h.spread.gini),
        ties: net.then_some(h.ties),
        cross_share: net.then_some(h.cross_share),
        isolates: net.then_some(h.isolates),
        clusters: net.then_some(h.clusters),
    }
}

/// The analyst's rows and introductions, as `r` allows.
pub fn groups(
    r: &Release,
    names: &HashMap<i32, String>,
    organizations: &HashMap<i32, String>,
) -> Groups {
    let m = r.metrics();
    let org_rows = r
        .organizations()
        .iter()
        .map(|(o, people)| {
            let label = match o {
                Some(o) => organizations
                    .get(o)
                    .cloned()
                    .unwrap_or_else(|| "Unknown organization".into()),
                None => POOLED.into(),
            };
            row(m, label, people)
        })
        .collect();
    let cluster_rows = r
        .groups()
        .iter()
        .map(|g| {
            let label = if g.cluster == 0 {
                POOLED.into()
            } else {
                format!("Cluster {}", g.cluster)
            };
            row(m, label, &g.people)
        })
        .collect();
    Groups {
        computed_at: m.computed_at,
        withheld: r.withheld(),
        organizations: org_rows,
        clusters: cluster_rows,
        introductions: introductions(r, names),
    }
}

/// Introductions that would most reduce isolation and fragmentation, worked out on the map's
/// own graph (people shown by name and groups as nodes), so they say nothing the map does not:
/// pairs of two people shown by name.
fn introductions(r: &Release, names: &HashMap<i32, String>) -> Vec<(String, String)> {
    let m = r.metrics();
    let mut node: HashMap<i32, u32> = HashMap::new();
    let mut membership: Vec<u32> = Vec::new();
    let named = r.named();
    for (k, a) in named.iter().enumerate() {
        node.insert(*a, k as u32);
        membership.push(r.cluster_number(m.per_person[a].cluster).unwrap_or(0));
    }
    for g in r.groups() {
        let k = membership.len() as u32;
        node.extend(g.people.iter().map(|a| (*a, k)));
        membership.push(g.cluster);
    }
    let mut sums: HashMap<(u32, u32), f64> = HashMap::new();
    for ((a, b), w) in &m.network.ties {
        if let (Some(&x), Some(&y)) = (node.get(a), node.get(b))
            && x != y
        {
            *sums.entry((x.min(y), x.max(y))).or_default() += w;
        }
    }
    let edges: Vec<(u32, u32, f64)> = sums.into_iter().map(|((x, y), w)| (x, y, w)).collect();
    let g = Graph::from_edges(membership.len(), &edges, false);
    weaving::introductions(&g, &membership, 30)
        .into_iter()
        .filter_map(|i| {
            let (a, b) = (named.get(i.a as usize)?, named.get(i.b as usize)?);
            Some((names.get(a)?.clone(), names.get(b)?.clone()))
        })
        .take(10)
        .collect()
}

fn row(m: &CommunityMetrics, label: String, people: &[i32]) -> GroupRow {
    let inside: HashSet<i32> = people.iter().copied().collect();
    let (mut ends, mut outward) = (0usize, 0usize);
    for (a, b) in m.network.ties.keys() {
        for (x, y) in [(a, b), (b, a)] {
            if inside.contains(x) {
                ends += 1;
                if !inside.contains(y) {
                    outward += 1;
                }
            }
        }
    }
    let n = people.len().max(1) as f64;
    let metrics = people.iter().filter_map(|a| m.per_person.get(a));
    GroupRow {
        label,
        people: people.len(),
        took_part: people
            .iter()
            .filter(|a| m.network.took_part.contains(a))
            .count(),
        leader_share: metrics.clone().filter(|p| p.led > 0).count() as f64 / n,
        mean_ties: metrics.clone().map(|p| p.ties as f64).sum::<f64>() / n,
        mean_betweenness: metrics.map(|p| p.betweenness).sum::<f64>() / n,
        outward_share: if ends == 0 {
            0.0
        } else {
            outward as f64 / ends as f64
        },
    }
}

impl App {
    /// Community-wide health and its history; `None` until computed or under five people.
    pub async fn network_health(&self, ctx: &Allowed<can::ViewNetwork>) -> Result<Option<Health>> {
        let Some(m) = self.leadership.latest(ctx.community.id) else {
            return Ok(None);
        };
        let sharing = self.sharing_metrics(ctx.community.id).await?;
        Ok(health(&Release::new(&m, &sharing)))
    }

    /// Aggregates by organization and by cluster, and introductions, for analysts.
    pub async fn network_groups(
        &self,
        ctx: &Allowed<can::AnalyseNetwork>,
    ) -> Result<Option<Groups>> {
        let Some(m) = self.leadership.latest(ctx.community.id) else {
            return Ok(None);
        };
        let (sharing, names, organizations) = self.shown_people(ctx, &m).await?;
        Ok(Some(groups(
            &Release::new(&m, &sharing),
            &names,
            &organizations,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::leadership::{History, analyse};
    use crate::network::Network;
    use std::collections::{BTreeMap, BTreeSet};

    fn orgs() -> HashMap<i32, String> {
        (1..=3).map(|o| (o, format!("org {o}"))).collect()
    }

    #[test]
    fn organizations_under_five_unnamed_are_pooled_and_a_pool_under_five_is_not_shown() {
        // Organization 1: 6 people in a ring; organization 2: 3 people; organization 3: 2.
        let mut ties = BTreeMap::new();
        for a in 1..=6 {
            ties.insert((a, a % 6 + 1).min((a % 6 + 1, a)), 1.0);
        }
        ties.insert((6, 21), 1.0);
        let people: Vec<(i32, i32)> = (1..=6)
            .map(|a| (a, 1))
            .chain((21..=23).map(|a| (a, 2)))
            .chain((31..=32).map(|a| (a, 3)))
            .collect();
        let net = |people: Vec<(i32, i32)>| Network {
            people,
            ties: ties.clone(),
            ..Network::default()
        };
        let m = analyse(net(people.clone()), History::default(), 0);
        let nobody = BTreeSet::new();
        let g = groups(&Release::new(&m, &nobody), &HashMap::new(), &orgs());
        let table = &g.organizations;
        assert_eq!(table.len(), 2);
        assert_eq!((table[0].label.as_str(), table[0].people), ("org 1", 6));
        assert_eq!((table[1].label.as_str(), table[1].people), (POOLED, 5));
        // Org 1 has 6 ties inside (12 ends) and one out: 1/13 of its ends leave.
        assert!((table[0].outward_share - 1.0 / 13.0).abs() < 1e-12);
        assert!((table[0].mean_ties - 13.0 / 6.0).abs() < 1e-12);
        // Without organization 3 the rest would be 3 people: organization 1 is not shown
        // either (the totals minus its row would describe the three), only everyone together.
        let small = analyse(
            net(people.into_iter().filter(|p| p.1 != 3).collect()),
            History::default(),
            0,
        );
        let g = groups(&Release::new(&small, &nobody), &HashMap::new(), &orgs());
        assert_eq!(g.organizations.len(), 1);
        assert_eq!(
            (g.organizations[0].label.as_str(), g.organizations[0].people),
            (POOLED, 9)
        );
        // Fewer than five people in all: no health at all.
        let tiny = analyse(
            Network {
                people: vec![(1, 1), (2, 1)],
                ..Network::default()
            },
            History::default(),
            0,
        );
        assert!(health(&Release::new(&tiny, &nobody)).is_none());
        assert!(health(&Release::new(&m, &nobody)).is_some());
    }
}
