//! What anyone allowed to see the community's network may see of it: the people who agreed to
//! share their metrics, by name, and everyone else only inside groups of at least
//! [`MIN_GROUP`] people (the part of a cluster that did not agree). Ties are shown between
//! people who both agreed; ties into a group, and between groups, only as sums. The map page,
//! its JSON and the GraphML, GEXF and CSV exports are all drawn from one [`NetworkMap`].

use serde::Serialize;

/// No aggregate stands for fewer people than this (PRODUCT.md: aggregates over groups ≥ 5).
pub const MIN_GROUP: usize = 5;

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
    pub computed_at: i64,
    /// Everyone in the network, shown or not.
    pub people: usize,
    pub nodes: Vec<MapNode>,
    pub edges: Vec<MapEdge>,
    /// People in neither a shown node nor a group (their remainder was under [`MIN_GROUP`]).
    pub hidden: usize,
}
