//! The network's health for everyone who may see the network (community-wide numbers and their
//! monthly history), and aggregates by organization and by cluster for analysts. Every number
//! here is over at least [`MIN_GROUP`] people; smaller groups are pooled or left out.

use crate::community::Ctx;
use crate::leadership::{CommunityMetrics, Month};
use crate::network_map::MIN_GROUP;
use crate::{App, Result};
use convene_domain::Permission;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthHealth {
    /// "2026-03".
    pub month: String,
    /// Leadership in the month, if at least MIN_GROUP people took part in it.
    pub took_part: usize,
    pub leader_share: Option<f64>,
    pub gini: Option<f64>,
    /// The network at the month's end.
    pub ties: usize,
    pub cross_share: f64,
    pub isolates: usize,
    pub clusters: usize,
}

/// One row of the analyst's table: a group of at least MIN_GROUP people.
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
    pub organizations: Vec<GroupRow>,
    pub clusters: Vec<GroupRow>,
    /// People in groups too small to show, even pooled.
    pub not_shown: usize,
    /// Introductions between people who both agreed to be shown: (name, name).
    pub introductions: Vec<(String, String)>,
    /// Further suggested introductions that involve someone who did not agree.
    pub introductions_withheld: usize,
}

fn month_label(start: i64) -> String {
    jiff::Timestamp::from_second(start)
        .map(|t| t.strftime("%Y-%m").to_string())
        .unwrap_or_default()
}

/// Community-wide health; `None` for a network of fewer than MIN_GROUP people.
pub fn health(m: &CommunityMetrics) -> Option<Health> {
    if m.people < MIN_GROUP {
        return None;
    }
    let months = m.history.iter().map(month).collect();
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

fn month(h: &Month) -> MonthHealth {
    let enough = h.spread.people >= MIN_GROUP;
    MonthHealth {
        month: month_label(h.start),
        took_part: if enough { h.spread.people } else { 0 },
        leader_share: enough.then_some(h.spread.share),
        gini: enough.then_some(h.spread.gini),
        ties: h.ties,
        cross_share: h.cross_share,
        isolates: h.isolates,
        clusters: h.clusters,
    }
}

/// Rows for the groups `key` puts people in, named by `label`; groups under MIN_GROUP are
/// pooled into one "smaller groups" row if that reaches MIN_GROUP. Returns the rows and how
/// many people are in none.
pub fn rows<K: Ord + Copy>(
    m: &CommunityMetrics,
    key: impl Fn(i32) -> K,
    label: impl Fn(K) -> String,
) -> (Vec<GroupRow>, usize) {
    let mut members: BTreeMap<K, Vec<i32>> = BTreeMap::new();
    for a in m.per_person.keys() {
        members.entry(key(*a)).or_default().push(*a);
    }
    let (big, small): (Vec<_>, Vec<_>) = members
        .into_iter()
        .partition(|(_, people)| people.len() >= MIN_GROUP);
    let mut out: Vec<GroupRow> = big
        .into_iter()
        .map(|(k, people)| row(m, label(k), &people))
        .collect();
    out.sort_by(|a, b| b.people.cmp(&a.people).then(a.label.cmp(&b.label)));
    let pooled: Vec<i32> = small.into_iter().flat_map(|(_, p)| p).collect();
    if pooled.len() >= MIN_GROUP {
        out.push(row(m, "Smaller groups together".into(), &pooled));
        (out, 0)
    } else {
        (out, pooled.len())
    }
}

fn row(m: &CommunityMetrics, label: String, people: &[i32]) -> GroupRow {
    let inside: std::collections::HashSet<i32> = people.iter().copied().collect();
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
    let n = people.len() as f64;
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
    pub async fn network_health(&self, ctx: &Ctx) -> Result<Option<Health>> {
        ctx.member.require(Permission::ViewNetwork)?;
        Ok(self
            .leadership
            .latest(ctx.community.id)
            .and_then(|m| health(&m)))
    }

    /// Aggregates by organization and by cluster, and introductions, for analysts.
    pub async fn network_groups(&self, ctx: &Ctx) -> Result<Option<Groups>> {
        ctx.member.require(Permission::AnalyseNetwork)?;
        let Some(m) = self.leadership.latest(ctx.community.id) else {
            return Ok(None);
        };
        let (sharing, names, organizations) = self.shown_people(ctx, &m).await?;
        Ok(Some(groups(&m, &sharing, &names, &organizations)))
    }
}

/// Aggregates by organization and by cluster, and introductions between people who agreed.
pub fn groups(
    m: &CommunityMetrics,
    sharing: &std::collections::BTreeSet<i32>,
    names: &HashMap<i32, String>,
    organizations: &HashMap<i32, String>,
) -> Groups {
    let org_of: HashMap<i32, i32> = m.network.people.iter().copied().collect();
    let (orgs, hidden_orgs) = rows(
        m,
        |a| org_of.get(&a).copied().unwrap_or(0),
        |o| {
            organizations
                .get(&o)
                .cloned()
                .unwrap_or_else(|| "Unknown organization".into())
        },
    );
    let (clusters, hidden_clusters) = rows(
        m,
        |a| m.per_person.get(&a).map_or(0, |p| p.cluster),
        |c| format!("Cluster {c}"),
    );
    let (mut introductions, mut withheld) = (Vec::new(), 0);
    for (a, b) in &m.introductions {
        match (names.get(a), names.get(b)) {
            (Some(x), Some(y)) if sharing.contains(a) && sharing.contains(b) => {
                introductions.push((x.clone(), y.clone()))
            }
            _ => withheld += 1,
        }
    }
    Groups {
        computed_at: m.computed_at,
        organizations: orgs,
        clusters,
        not_shown: hidden_orgs.max(hidden_clusters),
        introductions,
        introductions_withheld: withheld,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::leadership::analyse;
    use crate::network::Network;

    #[test]
    fn groups_under_five_are_pooled_or_left_out() {
        // Organization 1: 6 people in a ring; organization 2: 3 people; organization 3: 2.
        let mut ties = BTreeMap::new();
        for a in 1..=6 {
            ties.insert((a, a % 6 + 1).min((a % 6 + 1, a)), 1.0);
        }
        ties.insert((6, 21), 1.0);
        let people = (1..=6)
            .map(|a| (a, 1))
            .chain((21..=23).map(|a| (a, 2)))
            .chain((31..=32).map(|a| (a, 3)))
            .collect();
        let m = analyse(
            Network {
                people,
                ties,
                ..Network::default()
            },
            Vec::new(),
            0,
        );
        let (table, hidden) = rows(
            &m,
            |a| {
                m.network
                    .people
                    .iter()
                    .find(|p| p.0 == a)
                    .map_or(0, |p| p.1)
            },
            |o| format!("org {o}"),
        );
        assert_eq!(table.len(), 2);
        assert_eq!((table[0].label.as_str(), table[0].people), ("org 1", 6));
        assert_eq!(
            (table[1].label.as_str(), table[1].people),
            ("Smaller groups together", 5)
        );
        assert_eq!(hidden, 0);
        // Org 1 has 6 ties inside (12 ends) and one out: 1/13 of its ends leave.
        assert!((table[0].outward_share - 1.0 / 13.0).abs() < 1e-12);
        assert!((table[0].mean_ties - 13.0 / 6.0).abs() < 1e-12);
        // Without organization 3 the pool is 3 people: left out, not shown.
        let small = analyse(
            Network {
                people: m
                    .network
                    .people
                    .iter()
                    .copied()
                    .filter(|p| p.1 != 3)
                    .collect(),
                ties: m.network.ties.clone(),
                ..Network::default()
            },
            Vec::new(),
            0,
        );
        let (table, hidden) = rows(
            &small,
            |a| if a <= 6 { 1 } else { 2 },
            |o| format!("org {o}"),
        );
        assert_eq!((table.len(), hidden), (1, 3));
        // Fewer than five people in all: no health at all.
        let tiny = analyse(
            Network {
                people: vec![(1, 1), (2, 1)],
                ..Network::default()
            },
            Vec::new(),
            0,
        );
        assert!(health(&tiny).is_none());
        assert!(health(&m).is_some());
    }
}
