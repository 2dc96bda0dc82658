//! Network metrics of each community, computed by the graph engine in a background job (never
//! on a request) and kept in memory. A person sees their own metrics and weaving suggestions;
//! nothing here is shown about anyone else (consent-gated views come later).

use crate::community::Ctx;
use crate::network::Network;
use crate::{App, AppError, Result};
use convene_domain::Permission;
use convene_graph::{Graph, betweenness, brokerage, community, cores, weaving};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Above this many people betweenness is estimated from sampled sources.
const EXACT_BETWEENNESS_UP_TO: usize = 5_000;

#[derive(Debug, Clone, PartialEq)]
pub struct PersonMetrics {
    pub ties: usize,
    /// Minutes-together equivalents over all ties.
    pub strength: f64,
    /// Normalized betweenness: how much this person bridges others.
    pub betweenness: f64,
    /// Burt's constraint: low means many non-redundant contacts (a broker).
    pub constraint: f64,
    pub cluster: u32,
    pub cluster_size: usize,
    /// People not met yet, most mutual contacts first: (account, mutual contacts).
    pub suggestions: Vec<(i32, u32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommunityMetrics {
    pub computed_at: i64,
    pub people: usize,
    pub ties: usize,
    pub clusters: usize,
    pub modularity: f64,
    pub isolates: usize,
    pub per_person: HashMap<i32, PersonMetrics>,
}

/// The latest metrics per community.
#[derive(Clone, Debug, Default)]
pub struct Leadership {
    latest: Arc<RwLock<HashMap<i32, Arc<CommunityMetrics>>>>,
}

/// Runs the engine over a community's network (CPU-bound: call off the async runtime).
pub fn analyse(net: &Network, now: i64) -> CommunityMetrics {
    let index: HashMap<i32, u32> = net
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.0, i as u32))
        .collect();
    let edges: Vec<(u32, u32, f64)> = net
        .ties
        .iter()
        .filter_map(|((a, b), w)| Some((*index.get(a)?, *index.get(b)?, *w)))
        .collect();
    let n = net.people.len();
    let g = Graph::from_edges(n, &edges, false);
    let strength = cores::strength(&g);
    let between = if n <= EXACT_BETWEENNESS_UP_TO {
        betweenness::betweenness(&g)
    } else {
        betweenness::betweenness_sampled(&g, 256, 7)
    };
    let constraint = brokerage::constraint(&g);
    let clusters = community::communities(&g, 7);
    let modularity = if edges.is_empty() {
        0.0
    } else {
        community::modularity(&g, &clusters)
    };
    let mut size: HashMap<u32, usize> = HashMap::new();
    for c in &clusters {
        *size.entry(*c).or_default() += 1;
    }
    let per_person = net
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let u = i as u32;
            let metrics = PersonMetrics {
                ties: g.neighbors(u).iter().filter(|v| **v != u).count(),
                strength: strength[i],
                betweenness: between[i],
                constraint: constraint[i],
                cluster: clusters[i],
                cluster_size: size.get(&clusters[i]).copied().unwrap_or(1),
                suggestions: weaving::suggest(&g, u, 5)
                    .into_iter()
                    .map(|s| (net.people[s.node as usize].0, s.common))
                    .collect(),
            };
            (p.0, metrics)
        })
        .collect::<HashMap<_, _>>();
    CommunityMetrics {
        computed_at: now,
        people: n,
        ties: edges.len(),
        clusters: size.len(),
        modularity,
        isolates: per_person.values().filter(|m| m.ties == 0).count(),
        per_person,
    }
}

impl App {
    /// The background job: rebuilds every community's network and its metrics.
    pub async fn recompute_networks(&self) -> Result<usize> {
        let ids = convene_store::communities::all_ids(self.store.conn()).await?;
        for &id in &ids {
            let net = self.collaboration_network(id).await?;
            let now = self.now();
            let metrics = tokio::task::spawn_blocking(move || analyse(&net, now))
                .await
                .map_err(|e| AppError::Internal(e.to_string()))?;
            self.leadership
                .latest
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .insert(id, Arc::new(metrics));
        }
        Ok(ids.len())
    }

    /// The caller's own metrics and the community's size, if computed yet; `None` inside
    /// when the caller left the network or has no metrics yet.
    pub async fn my_network(
        &self,
        ctx: &Ctx,
    ) -> Result<Option<(Arc<CommunityMetrics>, Option<PersonMetrics>)>> {
        ctx.member.require(Permission::TakePart)?;
        let latest = self
            .leadership
            .latest
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&ctx.community.id)
            .cloned();
        let prefs = self.network_prefs(ctx).await?;
        Ok(latest.map(|m| {
            let mine = if prefs.opted_out {
                None
            } else {
                let mut mine = m.per_person.get(&ctx.member.account_id).cloned();
                // Guests do not see the member directory, so no names are suggested to them.
                if ctx.member.roles.is_guest()
                    && let Some(me) = mine.as_mut()
                {
                    me.suggestions.clear();
                }
                mine
            };
            (m, mine)
        }))
    }
}

impl App {
    /// Display names of fellow members, for those who may see the member directory.
    pub async fn member_names(&self, ctx: &Ctx, ids: &[i32]) -> Result<HashMap<i32, String>> {
        ctx.member.require(Permission::ViewMembers)?;
        Ok(convene_store::accounts::names(self.store.conn(), ids).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn a_bridge_between_two_triangles_has_the_highest_betweenness() {
        // Two triangles 1-2-3 and 5-6-7 joined through 4.
        let mut ties = BTreeMap::new();
        for (a, b) in [
            (1, 2),
            (2, 3),
            (1, 3),
            (5, 6),
            (6, 7),
            (5, 7),
            (3, 4),
            (4, 5),
        ] {
            ties.insert((a, b), 10.0);
        }
        let net = Network {
            people: (1..=8).map(|a| (a, 1)).collect(),
            ties,
            invitations: Vec::new(),
        };
        let m = analyse(&net, 0);
        let top = m
            .per_person
            .iter()
            .max_by(|a, b| a.1.betweenness.total_cmp(&b.1.betweenness))
            .map(|(a, _)| *a);
        assert_eq!(top, Some(4));
        assert_eq!((m.people, m.ties, m.isolates), (8, 8, 1));
        assert!(m.clusters >= 3, "two triangles and an isolate");
        assert!(
            m.per_person[&1]
                .suggestions
                .iter()
                .any(|s| s.0 == 4 || s.0 == 2 || s.0 == 3)
        );
    }
}
