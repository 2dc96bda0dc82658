//! Network metrics of each community, computed by the graph engine in a background job (never
//! on a request) and kept in memory. What of them anyone may see is decided by
//! [`crate::privacy::Release`].

use crate::network::{Network, build, window};
use crate::{Allowed, System, can};
use crate::{App, AppError, Result};
use convene_domain::ids::CommunityId;
use convene_graph::mixing::{self, CrossTies};
use convene_graph::spread::{self, Spread};
use convene_graph::{Graph, betweenness, brokerage, community, cores, weaving};
use convene_store::network::Activity;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, RwLock};

/// Suggestions kept per person; only people who agreed to be shown are offered, up to 5.
const SUGGESTIONS_KEPT: usize = 10;

/// Above this many people betweenness is estimated from sampled sources.
const EXACT_BETWEENNESS_UP_TO: usize = 5_000;

#[derive(Debug, Clone, PartialEq)]
pub struct PersonMetrics {
    pub organization: i32,
    pub ties: usize,
    /// Minutes-together equivalents over all ties.
    pub strength: f64,
    /// Normalized betweenness: how much this person bridges others.
    pub betweenness: f64,
    /// Burt's constraint: low means many non-redundant contacts (a broker).
    pub constraint: f64,
    /// Cluster number, 1 the largest.
    pub cluster: u32,
    pub cluster_size: usize,
    /// Sessions convened or co-convened and actions owned.
    pub led: u64,
    /// People who joined on this person's invitation (the directed part of the network).
    pub invited: usize,
    /// People not met yet, most mutual contacts first: (account, mutual contacts).
    pub suggestions: Vec<(i32, u32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommunityMetrics {
    pub computed_at: i64,
    pub people: usize,
    pub ties: usize,
    /// Clusters of two or more people.
    pub clusters: usize,
    pub modularity: f64,
    pub isolates: usize,
    /// Ties between people of different organizations.
    pub cross: CrossTies,
    /// Leadership among the people who took part in anything.
    pub spread: Spread,
    pub per_person: HashMap<i32, PersonMetrics>,
    /// The network the metrics were computed from (opted-out people already removed).
    pub network: Network,
    /// Introductions that would most reduce isolation and fragmentation: (account, account).
    pub introductions: Vec<(i32, i32)>,
    /// The last twelve calendar months (UTC), oldest first, and who took part around them.
    pub history: History,
}

/// Twelve calendar months, and who took part before and after them (a gathering to come).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub months: Vec<Month>,
    pub before: BTreeSet<i32>,
    pub after: BTreeSet<i32>,
}

/// One calendar month: leadership among the people who took part in its gatherings, and the
/// shape of the network built from everything up to the month's end.
#[derive(Debug, Clone, PartialEq)]
pub struct Month {
    /// Unix seconds of the month's first day, 00:00 UTC.
    pub start: i64,
    /// Who took part in the month's gatherings.
    pub took_part: BTreeSet<i32>,
    pub spread: Spread,
    pub ties: usize,
    pub cross_share: f64,
    pub isolates: usize,
    pub clusters: usize,
}

/// The latest metrics per community, in this process's memory.
#[derive(Clone, Debug, Default)]
pub struct Leadership {
    latest: Arc<RwLock<HashMap<i32, Arc<CommunityMetrics>>>>,
}

impl Leadership {
    pub fn latest(&self, community_id: i32) -> Option<Arc<CommunityMetrics>> {
        self.latest
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&community_id)
            .cloned()
    }
}

/// The structure of a network on the engine's graph.
struct Shape {
    graph: Graph,
    /// Cluster per node, numbered from 1 by size (largest first).
    clusters: Vec<u32>,
    sizes: Vec<usize>,
    cross: CrossTies,
}

fn shape(net: &Network) -> Shape {
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
    let graph = Graph::from_edges(net.people.len(), &edges, false);
    let raw = community::communities(&graph, 7);
    // Renumber: largest cluster first, then by first member, from 1.
    let mut size: HashMap<u32, (usize, usize)> = HashMap::new();
    for (i, c) in raw.iter().enumerate() {
        size.entry(*c).or_insert((0, i)).0 += 1;
    }
    let mut order: Vec<(u32, usize, usize)> = size.iter().map(|(c, (n, f))| (*c, *n, *f)).collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let number: HashMap<u32, u32> = order
        .iter()
        .enumerate()
        .map(|(k, o)| (o.0, k as u32 + 1))
        .collect();
    let clusters: Vec<u32> = raw.iter().map(|c| number[c]).collect();
    let mut sizes = vec![0; order.len() + 1];
    for c in &clusters {
        sizes[*c as usize] += 1;
    }
    let orgs: Vec<u32> = net.people.iter().map(|p| p.1 as u32).collect();
    let cross = mixing::cross_ties(&graph, &orgs);
    Shape {
        graph,
        clusters,
        sizes,
        cross,
    }
}

/// Runs the engine over a community's network (CPU-bound: call off the async runtime).
pub fn analyse(net: Network, history: History, now: i64) -> CommunityMetrics {
    let n = net.people.len();
    let Shape {
        graph: g,
        clusters,
        sizes,
        cross,
    } = shape(&net);
    let strength = cores::strength(&g);
    let between = if n <= EXACT_BETWEENNESS_UP_TO {
        betweenness::betweenness(&g)
    } else {
        betweenness::betweenness_sampled(&g, 256, 7)
    };
    let constraint = brokerage::constraint(&g);
    let modularity = if cross.ties == 0 {
        0.0
    } else {
        community::modularity(&g, &clusters)
    };
    let mut invited: HashMap<i32, usize> = HashMap::new();
    for (by, _) in &net.invitations {
        *invited.entry(*by).or_default() += 1;
    }
    let per_person: HashMap<i32, PersonMetrics> = net
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let u = i as u32;
            let metrics = PersonMetrics {
                organization: p.1,
                ties: g.neighbors(u).iter().filter(|v| **v != u).count(),
                strength: strength[i],
                betweenness: between[i],
                constraint: constraint[i],
                cluster: clusters[i],
                cluster_size: sizes[clusters[i] as usize],
                led: net.led.get(&p.0).copied().unwrap_or(0),
                invited: invited.get(&p.0).copied().unwrap_or(0),
                suggestions: weaving::suggest(&g, u, SUGGESTIONS_KEPT)
                    .into_iter()
                    .map(|s| (net.people[s.node as usize].0, s.common))
                    .collect(),
            };
            (p.0, metrics)
        })
        .collect();
    let introductions = weaving::introductions(&g, &clusters, 10)
        .into_iter()
        .map(|i| (net.people[i.a as usize].0, net.people[i.b as usize].0))
        .collect();
    let led: Vec<u64> = net
        .took_part
        .iter()
        .map(|a| net.led.get(a).copied().unwrap_or(0))
        .collect();
    CommunityMetrics {
        computed_at: now,
        people: n,
        ties: cross.ties,
        clusters: sizes.iter().filter(|s| **s >= 2).count(),
        modularity,
        isolates: per_person.values().filter(|m| m.ties == 0).count(),
        cross,
        spread: spread::spread(&led),
        per_person,
        network: net,
        introductions,
        history,
    }
}

/// Above this many people the monthly history is left out (twelve more community detections).
const HISTORY_UP_TO: usize = 200_000;

/// Twelve calendar months up to and including the current one (UTC): 13 bounds.
pub fn month_bounds(now: i64) -> Vec<i64> {
    let utc = |t: i64| {
        jiff::Timestamp::from_second(t)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned(jiff::tz::TimeZone::UTC)
    };
    let this = utc(now).date().first_of_month();
    (0..=12i64)
        .map(|k| {
            let d = this
                .checked_add(jiff::Span::new().months(k - 11))
                .unwrap_or(this);
            d.to_zoned(jiff::tz::TimeZone::UTC)
                .map(|z| z.timestamp().as_second())
                .unwrap_or(0)
        })
        .collect()
}

/// Leadership per month and the network's shape at each month's end.
pub fn history(activity: &Activity, left_out: &BTreeSet<i32>, now: i64) -> History {
    let bounds = month_bounds(now);
    let months = bounds
        .windows(2)
        .map(|w| {
            let month = build(&window(activity, w[0], w[1]), left_out);
            let led: Vec<u64> = month
                .took_part
                .iter()
                .map(|a| month.led.get(a).copied().unwrap_or(0))
                .collect();
            let so_far = build(&window(activity, i64::MIN, w[1]), left_out);
            let s = shape(&so_far);
            Month {
                start: w[0],
                spread: spread::spread(&led),
                took_part: month.took_part,
                ties: s.cross.ties,
                cross_share: s.cross.share,
                isolates: (0..s.graph.node_count() as u32)
                    .filter(|u| s.graph.neighbors(*u).iter().all(|v| v == u))
                    .count(),
                clusters: s.sizes.iter().filter(|n| **n >= 2).count(),
            }
        })
        .collect();
    let (first, last) = (bounds[0], bounds[bounds.len() - 1]);
    History {
        months,
        before: build(&window(activity, i64::MIN, first), left_out).took_part,
        after: build(&window(activity, last, i64::MAX), left_out).took_part,
    }
}

impl App {
    /// Rebuilds every community's network and its metrics (at start: nothing is in memory).
    pub async fn recompute_networks(&self, system: &System) -> Result<usize> {
        let ids = convene_store::communities::all_ids(self.store.conn()).await?;
        for &id in &ids {
            self.recompute_network(system, CommunityId(id)).await?;
        }
        Ok(ids.len())
    }

    /// The network job's work for one community whose activity or choices changed: rebuilds
    /// its network and metrics. Idempotent: computing twice leaves what computing once does.
    pub async fn recompute_network(&self, _: &System, community: CommunityId) -> Result<()> {
        let id = community.get();
        {
            let started = std::time::Instant::now();
            let (activity, left_out) = self.network_input(id).await?;
            let now = self.now();
            let metrics = tokio::task::spawn_blocking(move || {
                let net = build(&activity, &left_out);
                let history = if net.people.len() <= HISTORY_UP_TO {
                    history(&activity, &left_out, now)
                } else {
                    History::default()
                };
                analyse(net, history, now)
            })
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
            tracing::info!(
                community = id,
                people = metrics.people,
                ties = metrics.ties,
                ms = started.elapsed().as_millis() as u64,
                "network computed"
            );
            self.leadership
                .latest
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .insert(id, Arc::new(metrics));
        }
        Ok(())
    }

    /// What the caller's "My network" shows ([`crate::privacy::Release::mine`]), `None`
    /// until computed; no metrics of their own when they left the network.
    pub async fn my_network(
        &self,
        ctx: &Allowed<can::TakePart>,
    ) -> Result<Option<crate::privacy::Mine>> {
        let Some(m) = self.leadership.latest(ctx.community.id) else {
            return Ok(None);
        };
        // One read of everyone's choices: the caller's own, and who may be named.
        let prefs = convene_store::network::prefs(self.store.conn(), ctx.community.id).await?;
        let sharing = crate::network::sharing(&prefs);
        let release = crate::privacy::Release::new(&m, &sharing);
        Ok(Some(release.mine(
            ctx.member.account_id.get(),
            ctx.member.roles.is_guest(),
        )))
    }
}

impl App {
    /// Display names of fellow members, for those who may see the member directory.
    pub async fn member_names(
        &self,
        _ctx: &Allowed<can::ViewMembers>,
        ids: &[i32],
    ) -> Result<HashMap<i32, String>> {
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
            ..Network::default()
        };
        let m = analyse(net, History::default(), 0);
        let top = m
            .per_person
            .iter()
            .max_by(|a, b| a.1.betweenness.total_cmp(&b.1.betweenness))
            .map(|(a, _)| *a);
        assert_eq!(top, Some(4));
        assert_eq!((m.people, m.ties, m.isolates), (8, 8, 1));
        assert!(m.clusters >= 2, "two triangles (and an isolate)");
        assert_eq!(m.per_person[&8].cluster_size, 1);
        assert!(
            m.per_person[&1].cluster >= 1 && m.per_person[&8].cluster > m.per_person[&1].cluster
        );
        assert_eq!(m.cross.ties, 8);
        assert_eq!(m.cross.cross, 0, "one organization");
        assert!(
            m.per_person[&1]
                .suggestions
                .iter()
                .any(|s| s.0 == 4 || s.0 == 2 || s.0 == 3)
        );
    }

    fn at(iso: &str) -> i64 {
        iso.parse::<jiff::Timestamp>().expect("time").as_second()
    }

    #[test]
    fn history_is_twelve_calendar_months_of_leadership_and_shape() {
        let now = at("2026-11-23T12:00:00Z");
        let bounds = month_bounds(now);
        assert_eq!(bounds.len(), 13);
        assert_eq!(bounds[0], at("2025-12-01T00:00:00Z"));
        assert_eq!(bounds[11], at("2026-11-01T00:00:00Z"));
        assert_eq!(bounds[12], at("2026-12-01T00:00:00Z"));

        let session = |id, gathering_id, convener| convene_store::Session {
            id,
            gathering_id,
            convener_id: Some(convener),
            title: String::new(),
            needs: String::new(),
            space_id: None,
            slot_id: None,
            created_at: 0,
            merge_into: None,
            merged_into: None,
            withdrawn_at: None,
        };
        let (march, october) = (at("2026-03-10T09:00:00Z"), at("2026-10-02T09:00:00Z"));
        // March: person 1 convenes for 1..=4; October: 2 and 3 convene, 5 joins 3.
        let mut presence: Vec<_> = (1..=4).map(|a| (10, a, march, march + 3600)).collect();
        presence.extend([
            (20, 2, october, october + 3600),
            (21, 3, october, october + 3600),
            (21, 5, october, october + 1800),
        ]);
        let activity = Activity {
            members: (1..=6)
                .map(|a| (a, if a <= 3 { 1 } else { 2 }, None))
                .collect(),
            gatherings: vec![(1, march), (2, october)],
            sessions: vec![session(10, 1, 1), session(20, 2, 2), session(21, 2, 3)],
            presence,
            ..Activity::default()
        };
        let h = history(&activity, &BTreeSet::new(), now).months;
        assert_eq!(h.len(), 12);
        assert_eq!(h[3].start, at("2026-03-01T00:00:00Z"));
        assert_eq!((h[3].spread.people, h[3].spread.leaders), (4, 1));
        assert_eq!((h[10].spread.people, h[10].spread.leaders), (3, 2));
        assert_eq!(h[2].ties, 0, "nothing before March");
        assert_eq!(h[3].ties, 6, "four people together in March");
        assert_eq!(h[9].ties, 6, "the network keeps what happened");
        assert_eq!(h[10].ties, 7, "3 and 5 met in October");
        assert_eq!(h[3].isolates, 2);
        assert_eq!(h[10].isolates, 1);
        // 1-2-3 with 4 (organization 2): three of six ties cross organizations in March.
        assert!((h[3].cross_share - 0.5).abs() < 1e-12);
        // Leaving person 1 out removes their leadership from March.
        let without = history(&activity, &BTreeSet::from([1]), now).months;
        assert_eq!(
            (without[3].spread.people, without[3].spread.leaders),
            (3, 0)
        );
    }

    #[test]
    fn leaving_out_equals_never_having_been_there_in_every_result() {
        let (march, october) = (at("2026-03-10T09:00:00Z"), at("2026-10-02T09:00:00Z"));
        let now = at("2026-11-23T12:00:00Z");
        let session = |id, gathering_id, convener| convene_store::Session {
            id,
            gathering_id,
            convener_id: Some(convener),
            title: String::new(),
            needs: String::new(),
            space_id: None,
            slot_id: None,
            created_at: 0,
            merge_into: None,
            merged_into: None,
            withdrawn_at: None,
        };
        let with = Activity {
            members: (1..=7).map(|a| (a, a % 2, (a > 1).then_some(1))).collect(),
            gatherings: vec![(1, march), (2, october)],
            sessions: vec![session(10, 1, 2), session(20, 2, 3), session(21, 2, 2)],
            co_conveners: vec![(20, 2)],
            presence: (1..=7)
                .map(|a| (10, a, march, march + 3600 * a as i64))
                .chain((2..=7).map(|a| (20 + a % 2, a, october, october + 1800)))
                .collect(),
            report_authors: vec![(10, 2), (10, 5)],
            action_owners: vec![(1, 2), (1, 4)],
            actions: vec![(1, 2)],
            initiative_people: vec![],
        };
        // The same activity as if person 2 had never been a member.
        let mut without = Activity {
            members: with.members.iter().copied().filter(|m| m.0 != 2).collect(),
            sessions: with.sessions.clone(),
            presence: with.presence.iter().copied().filter(|p| p.1 != 2).collect(),
            report_authors: vec![(10, 5)],
            action_owners: vec![(1, 4)],
            ..Activity::default()
        };
        without.gatherings = with.gatherings.clone();
        without.actions = with.actions.clone();
        for s in &mut without.sessions {
            s.convener_id = s.convener_id.filter(|c| *c != 2);
        }
        let left_out = BTreeSet::from([2]);
        let a = analyse(build(&with, &left_out), history(&with, &left_out, now), now);
        let b = analyse(
            build(&without, &BTreeSet::new()),
            history(&without, &BTreeSet::new(), now),
            now,
        );
        assert!(a.per_person.values().all(|p| p.constraint.is_finite()));
        assert_eq!(a, b);
        assert!(!a.per_person.contains_key(&2));
        assert_eq!(
            a.per_person[&1].invited, 5,
            "3 to 7 joined on 1's invitation"
        );
        assert!(a.introductions.iter().all(|(x, y)| *x != 2 && *y != 2));
    }
}
