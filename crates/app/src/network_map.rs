//! What anyone allowed to see the community's network may see of it: the people who agreed to
//! share their metrics, by name, and everyone else only inside groups of at least
//! [`MIN_GROUP`] people (the part of a cluster that did not agree). Ties are shown between
//! people who both agreed; ties into a group, and between groups, only as sums. The map page,
//! its JSON and the GraphML, GEXF and CSV exports are all drawn from one [`NetworkMap`].

use crate::leadership::CommunityMetrics;
use crate::{Allowed, Ctx, can};
use crate::{App, Result};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// No aggregate stands for fewer people than this (PRODUCT.md: aggregates over groups ≥ 5).
pub const MIN_GROUP: usize = 5;

/// At most this many people are drawn one by one (those with the strongest ties); everyone
/// else who agreed is drawn inside their cluster's group, so the map stays readable.
pub const MAP_PEOPLE: usize = 1_500;

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

/// Draws the map of `m`. `sharing` are the people who agreed to be shown; `names` and
/// `organizations` name people and organizations.
pub fn draw(
    community: &str,
    m: &CommunityMetrics,
    sharing: &BTreeSet<i32>,
    names: &HashMap<i32, String>,
    organizations: &HashMap<i32, String>,
) -> NetworkMap {
    // The people drawn one by one: agreed, named, strongest first, at most MAP_PEOPLE.
    let mut shown: Vec<(i32, &crate::leadership::PersonMetrics)> = m
        .per_person
        .iter()
        .filter(|(a, _)| sharing.contains(a) && names.contains_key(a))
        .map(|(a, p)| (*a, p))
        .collect();
    shown.sort_by(|a, b| b.1.strength.total_cmp(&a.1.strength).then(a.0.cmp(&b.0)));
    shown.truncate(MAP_PEOPLE);
    let mut node_of: HashMap<i32, usize> = HashMap::new();
    let mut nodes: Vec<MapNode> = Vec::new();
    for (k, (a, p)) in shown.iter().enumerate() {
        node_of.insert(*a, k);
        nodes.push(MapNode {
            id: format!("p{}", k + 1),
            label: names[a].clone(),
            kind: NodeKind::Person,
            organization: organizations.get(&p.organization).cloned(),
            cluster: p.cluster,
            size: 1,
            metrics: Some(MapMetrics {
                ties: p.ties,
                strength: p.strength,
                betweenness: p.betweenness,
                constraint: p.constraint,
                led: p.led,
            }),
        });
    }
    // Everyone else, by cluster; clusters with fewer than MIN_GROUP of them pool together.
    let mut rest: BTreeMap<u32, Vec<i32>> = BTreeMap::new();
    for (a, p) in &m.per_person {
        if !node_of.contains_key(a) {
            rest.entry(p.cluster).or_default().push(*a);
        }
    }
    let mut pooled: Vec<i32> = Vec::new();
    for (cluster, people) in rest {
        if people.len() >= MIN_GROUP {
            push_group(&mut nodes, &mut node_of, cluster, &people);
        } else {
            pooled.extend(people);
        }
    }
    let hidden = if pooled.len() >= MIN_GROUP {
        push_group(&mut nodes, &mut node_of, 0, &pooled);
        0
    } else {
        pooled.len()
    };
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
    let edges = sums
        .into_iter()
        .map(|((x, y), (weight, ties))| MapEdge {
            source: nodes[x].id.clone(),
            target: nodes[y].id.clone(),
            weight,
            ties,
        })
        .collect();
    NetworkMap {
        community: community.to_owned(),
        computed_at: Some(m.computed_at),
        people: m.people,
        nodes,
        edges,
        hidden,
    }
}

fn push_group(
    nodes: &mut Vec<MapNode>,
    node_of: &mut HashMap<i32, usize>,
    cluster: u32,
    people: &[i32],
) {
    let k = nodes.len();
    for a in people {
        node_of.insert(*a, k);
    }
    nodes.push(MapNode {
        id: format!("g{cluster}"),
        label: if cluster == 0 {
            format!("{} people from small clusters", people.len())
        } else {
            format!("{} people in cluster {cluster}", people.len())
        },
        kind: NodeKind::Group,
        organization: None,
        cluster,
        size: people.len(),
        metrics: None,
    });
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
        Ok(draw(
            &ctx.community.name,
            &m,
            &sharing,
            &names,
            &organizations,
        ))
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
            Vec::new(),
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
        let map = draw("c", &m, &sharing, &names(&sharing), &HashMap::new());
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
    fn a_remainder_under_five_is_left_out_not_shown() {
        let m = metrics();
        // Everyone but 3 people agreed: 2 in one cluster, 1 isolate... fewer than five in all.
        let sharing: BTreeSet<i32> = m
            .per_person
            .keys()
            .copied()
            .filter(|a| ![4, 12, 30].contains(a))
            .collect();
        let map = draw("c", &m, &sharing, &names(&sharing), &HashMap::new());
        assert_eq!(map.hidden, 3);
        assert!(map.nodes.iter().all(|n| n.kind == NodeKind::Person));
        assert!(
            !map.nodes
                .iter()
                .any(|n| ["Person 4", "Person 12", "Person 30"].contains(&n.label.as_str()))
        );
    }
}
