//! The network map: the people shown by name, and everyone else inside groups of at least
//! [`MIN_GROUP`] (the unnamed of one cluster, or the pool of the rest), as
//! [`crate::privacy::Release`] decides. Ties are shown between people who are both named; ties
//! into a group, and between groups, only as sums. The map page, its JSON and the GraphML,
//! GEXF and CSV exports are all drawn from one [`NetworkMap`].

use crate::leadership::CommunityMetrics;
use crate::privacy::Release;
use crate::{Allowed, Ctx, can};
use crate::{App, Result};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub use crate::privacy::{MAP_PEOPLE, MIN_GROUP};

mod layout;
pub use layout::radius;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    Person,
    Group,
}

/// One person's metrics, present only for people who agreed to share them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapMetrics {
    pub ties: usize,
    pub strength: f64,
    pub betweenness: f64,
    pub constraint: f64,
    /// Sessions convened or co-convened and actions owned.
    pub led: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapNode {
    /// `p<n>` for a person, `g<n>` for a group; stable within one computation only.
    pub id: String,
    /// A person's name, or e.g. "7 people in cluster 3".
    pub label: String,
    pub kind: NodeKind,
    /// A person's organization; none for groups (they may mix organizations).
    pub organization: Option<String>,
    /// Cluster number, 1 the largest; 0 for the group of people from clusters too small to
    /// form a group of their own.
    pub cluster: u32,
    /// How many people the node stands for: 1 for a person.
    pub size: usize,
    pub metrics: Option<MapMetrics>,
    /// Where to draw it (layout units, from 0): clusters as islands, people without ties in
    /// a corner.
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapEdge {
    pub source: String,
    pub target: String,
    /// Summed tie weight, in minutes-together equivalents.
    pub weight: f64,
    /// How many person-to-person ties the edge stands for (1 between two people).
    pub ties: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkMap {
    pub community: String,
    /// None until the background job has computed the network.
    pub computed_at: Option<i64>,
    /// Everyone in the network, shown or not.
    pub people: usize,
    pub nodes: Vec<MapNode>,
    pub edges: Vec<MapEdge>,
    /// People in neither a shown node nor a group (their remainder was under [`MIN_GROUP`]).
    pub hidden: usize,
}

/// Draws the map `r` allows. `names` and `organizations` name people and organizations.
pub fn draw(
    community: &str,
    r: &Release,
    names: &HashMap<i32, String>,
    organizations: &HashMap<i32, String>,
) -> NetworkMap {
    let m = r.metrics();
    let mut node_of: HashMap<i32, usize> = HashMap::new();
    let mut nodes: Vec<MapNode> = Vec::new();
    for (k, a) in r.named().iter().enumerate() {
        let p = &m.per_person[a];
        node_of.insert(*a, k);
        nodes.push(MapNode {
            id: format!("p{}", k + 1),
            label: names.get(a).cloned().unwrap_or_else(|| "A member".into()),
            kind: NodeKind::Person,
            organization: organizations.get(&p.organization).cloned(),
            cluster: r.cluster_number(p.cluster).unwrap_or(0),
            size: 1,
            metrics: Some(MapMetrics {
                ties: p.ties,
                strength: p.strength,
                betweenness: p.betweenness,
                constraint: p.constraint,
                led: p.led,
            }),
            x: 0.0,
            y: 0.0,
        });
    }
    for g in r.groups() {
        let k = nodes.len();
        for a in &g.people {
            node_of.insert(*a, k);
        }
        nodes.push(MapNode {
            id: format!("g{}", g.cluster),
            label: if g.cluster == 0 {
                format!("{} people in smaller clusters", g.people.len())
            } else {
                format!("{} people in cluster {}", g.people.len(), g.cluster)
            },
            kind: NodeKind::Group,
            organization: None,
            cluster: g.cluster,
            size: g.people.len(),
            metrics: None,
            x: 0.0,
            y: 0.0,
        });
    }
    // Ties, summed per pair of nodes; ties inside one group are not drawn.
    let mut sums: BTreeMap<(usize, usize), (f64, usize)> = BTreeMap::new();
    for ((a, b), w) in &m.network.ties {
        if let (Some(&x), Some(&y)) = (node_of.get(a), node_of.get(b))
            && x != y
        {
            let e = sums.entry((x.min(y), x.max(y))).or_default();
            e.0 += w;
            e.1 += 1;
        }
    }
    let edges: Vec<MapEdge> = sums
        .into_iter()
        .map(|((x, y), (weight, ties))| MapEdge {
            source: nodes[x].id.clone(),
            target: nodes[y].id.clone(),
            weight,
            ties,
        })
        .collect();
    layout::layout(&mut nodes, &edges);
    NetworkMap {
        community: community.to_owned(),
        computed_at: Some(m.computed_at),
        people: m.people,
        hidden: m.people - node_of.len(),
        nodes,
        edges,
    }
}

/// The middle half (25th to 75th percentile) of each metric over the people shown by name,
/// for "typical here" next to a number: drawn from published figures only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Typical {
    /// How many people the ranges are over (none under [`MIN_GROUP`]).
    pub people: usize,
    pub ties: Option<(f64, f64)>,
    pub hours: Option<(f64, f64)>,
    pub betweenness: Option<(f64, f64)>,
    pub constraint: Option<(f64, f64)>,
}

impl Typical {
    pub fn of(metrics: impl IntoIterator<Item = MapMetrics>) -> Typical {
        let all: Vec<MapMetrics> = metrics.into_iter().collect();
        let range = |f: fn(&MapMetrics) -> f64| {
            let mut v: Vec<f64> = all.iter().map(f).filter(|x| x.is_finite()).collect();
            if v.len() < MIN_GROUP {
                return None;
            }
            v.sort_by(f64::total_cmp);
            let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
            Some((at(0.25), at(0.75)))
        };
        Typical {
            people: all.len(),
            ties: range(|m| m.ties as f64),
            hours: range(|m| m.strength / 60.0),
            betweenness: range(|m| m.betweenness),
            constraint: range(|m| m.constraint),
        }
    }
}

impl NetworkMap {
    /// Typical ranges over the people the map names.
    pub fn typical(&self) -> Typical {
        Typical::of(self.nodes.iter().filter_map(|n| n.metrics.clone()))
    }
}

impl App {
    /// The community's network as those allowed may see it (see the module's comment).
    pub async fn network_map(&self, ctx: &Allowed<can::ViewNetwork>) -> Result<NetworkMap> {
        let Some(m) = self.leadership.latest(ctx.community.id) else {
            return Ok(NetworkMap {
                community: ctx.community.name.clone(),
                computed_at: None,
                people: 0,
                nodes: Vec::new(),
                edges: Vec::new(),
                hidden: 0,
            });
        };
        let (sharing, names, organizations) = self.shown_people(ctx, &m).await?;
        let release = Release::new(&m, &sharing);
        Ok(draw(&ctx.community.name, &release, &names, &organizations))
    }

    /// Who of `m` may be shown by name now (their choice is read fresh, so withdrawing it
    /// takes effect at once), their names, and the community's organizations.
    pub(crate) async fn shown_people(
        &self,
        ctx: &Ctx,
        m: &CommunityMetrics,
    ) -> Result<(BTreeSet<i32>, HashMap<i32, String>, HashMap<i32, String>)> {
        let db = self.store.conn();
        let sharing: BTreeSet<i32> = self
            .sharing_metrics(ctx.community.id)
            .await?
            .into_iter()
            .filter(|a| m.per_person.contains_key(a))
            .collect();
        let ids: Vec<i32> = sharing.iter().copied().collect();
        let names = convene_store::accounts::names(db, &ids).await?;
        let organizations = convene_store::communities::organizations(db, ctx.community.id)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        Ok((sharing, names, organizations))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::leadership::analyse;
    use crate::network::Network;

    /// Two clusters of 8 (organizations 1 and 2) joined by one tie, and an isolate.
    fn metrics() -> CommunityMetrics {
        let mut ties = BTreeMap::new();
        for base in [0, 10] {
            for a in 1..=8 {
                for b in a + 1..=8 {
                    ties.insert((base + a, base + b), 10.0);
                }
            }
        }
        ties.insert((8, 11), 5.0);
        let people = (1..=8)
            .map(|a| (a, 1))
            .chain((11..=18).map(|a| (a, 2)))
            .chain([(30, 1)])
            .collect();
        analyse(
            Network {
                people,
                ties,
                ..Network::default()
            },
            crate::leadership::History::default(),
            0,
        )
    }

    fn names(ids: &BTreeSet<i32>) -> HashMap<i32, String> {
        ids.iter().map(|a| (*a, format!("Person {a}"))).collect()
    }

    #[test]
    fn people_who_did_not_agree_appear_only_in_groups_of_five_or_more() {
        let m = metrics();
        // 1, 2, 3 and the bridge 8 agreed; 11 too.
        let sharing = BTreeSet::from([1, 2, 3, 8, 11]);
        let map = draw(
            "c",
            &Release::new(&m, &sharing),
            &names(&sharing),
            &HashMap::new(),
        );
        let people: Vec<&str> = map
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Person)
            .map(|n| n.label.as_str())
            .collect();
        assert_eq!(people.len(), 5);
        assert!(people.contains(&"Person 8"));
        let groups: Vec<&MapNode> = map
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Group)
            .collect();
        // Cluster of 1..8 keeps 4 unshown (4, 5, 6, 7): pooled with the isolate = 5; 12..18 is 7.
        let mut sizes: Vec<usize> = groups.iter().map(|g| g.size).collect();
        sizes.sort();
        assert_eq!(sizes, vec![5, 7]);
        assert!(
            groups
                .iter()
                .all(|g| g.size >= MIN_GROUP && g.metrics.is_none())
        );
        assert_eq!(map.hidden, 0);
        assert_eq!(map.nodes.iter().map(|n| n.size).sum::<usize>(), 17);
        // The bridge's tie to 11 is drawn between two people who agreed.
        let id = |label: &str| {
            map.nodes
                .iter()
                .find(|n| n.label == label)
                .map(|n| n.id.clone())
        };
        assert!(map.edges.iter().any(|e| (Some(&e.source), Some(&e.target))
            == (id("Person 8").as_ref(), id("Person 11").as_ref())
            || (Some(&e.target), Some(&e.source))
                == (id("Person 8").as_ref(), id("Person 11").as_ref())));
        // Every tie is accounted for once, except those inside one group.
        let drawn: usize = map.edges.iter().map(|e| e.ties).sum();
        let inside = 6 + 21; // C(4,2) in the pool, C(7,2) in the other group
        assert_eq!(drawn + inside, m.network.ties.len());
    }

    #[test]
    fn a_remainder_under_five_takes_in_the_weakest_who_agreed() {
        let m = metrics();
        // Everyone but 3 people agreed: 2 in one cluster, 1 isolate; fewer than five in all.
        let sharing: BTreeSet<i32> = m
            .per_person
            .keys()
            .copied()
            .filter(|a| ![4, 12, 30].contains(a))
            .collect();
        let map = draw(
            "c",
            &Release::new(&m, &sharing),
            &names(&sharing),
            &HashMap::new(),
        );
        assert_eq!(map.hidden, 0);
        let groups: Vec<&MapNode> = map
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Group)
            .collect();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].size, MIN_GROUP, "the three and the two weakest");
        assert_eq!(map.nodes.len(), 17 - MIN_GROUP + 1);
        assert!(
            !map.nodes
                .iter()
                .any(|n| ["Person 4", "Person 12", "Person 30"].contains(&n.label.as_str()))
        );
    }
}
