//! The collaboration network of a community, built from what people did together: minutes in
//! the same session (from check-in intervals), convening together, co-writing a report, owning
//! an action together; and who invited whom (directed). People who opted out are removed from
//! the activity before anything is computed, so nothing about them enters any result.

use crate::{Allowed, can};
use crate::{App, Result};
use convene_store::network::{self, Activity};
use std::collections::{BTreeMap, BTreeSet};

/// Weight of one shared act, in minutes-together equivalents.
pub const CONVENING_TOGETHER: f64 = 60.0;
pub const WRITING_TOGETHER: f64 = 30.0;
pub const OWNING_TOGETHER: f64 = 60.0;
/// Being in the same initiative (joined by one's own yes).
pub const INITIATIVE_TOGETHER: f64 = 60.0;

/// Undirected weighted ties between accounts (`a < b`), and directed invitations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    /// (account, organization) of every person in the network.
    pub people: Vec<(i32, i32)>,
    pub ties: BTreeMap<(i32, i32), f64>,
    /// (inviter, invitee).
    pub invitations: Vec<(i32, i32)>,
    /// Everyone who did anything counted here: sat in, convened, wrote, owned.
    pub took_part: BTreeSet<i32>,
    /// Sessions convened or co-convened plus actions owned plus initiatives started or led,
    /// per person who led any.
    pub led: BTreeMap<i32, u64>,
}

impl Network {
    fn add(&mut self, a: i32, b: i32, w: f64) {
        if a != b && w > 0.0 {
            *self.ties.entry((a.min(b), a.max(b))).or_default() += w;
        }
    }

    fn clique(&mut self, people: &BTreeSet<i32>, w: f64) {
        self.took_part.extend(people);
        let v: Vec<i32> = people.iter().copied().collect();
        for (i, a) in v.iter().enumerate() {
            for b in &v[i + 1..] {
                self.add(*a, *b, w);
            }
        }
    }
}

/// Builds the network from a community's activity without the people in `left_out`.
pub fn build(activity: &Activity, left_out: &BTreeSet<i32>) -> Network {
    let keep = |a: &i32| !left_out.contains(a);
    let mut net = Network {
        people: activity
            .members
            .iter()
            .filter(|m| keep(&m.0))
            .map(|m| (m.0, m.1))
            .collect(),
        ..Network::default()
    };
    let members: BTreeSet<i32> = net.people.iter().map(|p| p.0).collect();
    let known = |a: &i32| members.contains(a);
    net.invitations = activity
        .members
        .iter()
        .filter_map(|m| Some((m.2?, m.0)))
        .filter(|(by, to)| known(by) && known(to))
        .collect();

    // Minutes together: overlapping intervals of two people in one session.
    let mut by_session: BTreeMap<i32, Vec<(i32, i64, i64)>> = BTreeMap::new();
    for &(s, a, since, until) in &activity.presence {
        if known(&a) {
            by_session.entry(s).or_default().push((a, since, until));
            net.took_part.insert(a);
        }
    }
    for intervals in by_session.values() {
        for (i, (a, s1, u1)) in intervals.iter().enumerate() {
            for (b, s2, u2) in &intervals[i + 1..] {
                let overlap = (u1.min(u2) - s1.max(s2)).max(0);
                net.add(*a, *b, overlap as f64 / 60.0);
            }
        }
    }
    // Convening together: a session's convener and co-conveners.
    let mut conveners: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
    for s in &activity.sessions {
        if let Some(c) = s.convener_id.filter(known) {
            conveners.entry(s.id).or_default().insert(c);
        }
    }
    for (s, a) in activity.co_conveners.iter().filter(|c| known(&c.1)) {
        conveners.entry(*s).or_default().insert(*a);
    }
    for group in conveners.values() {
        net.clique(group, CONVENING_TOGETHER);
        for a in group {
            *net.led.entry(*a).or_default() += 1;
        }
    }
    for (_, a) in activity.action_owners.iter().filter(|o| known(&o.1)) {
        *net.led.entry(*a).or_default() += 1;
    }
    for (groups, w) in [
        (&activity.report_authors, WRITING_TOGETHER),
        (&activity.action_owners, OWNING_TOGETHER),
    ] {
        let mut by: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
        for (k, a) in groups.iter().filter(|g| known(&g.1)) {
            by.entry(*k).or_default().insert(*a);
        }
        for group in by.values() {
            net.clique(group, w);
        }
    }
    // Working on an initiative together is a tie; starting or leading one counts as leading.
    let mut initiatives: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
    for &(i, a, leads, _) in activity.initiative_people.iter().filter(|p| known(&p.1)) {
        initiatives.entry(i).or_default().insert(a);
        if leads {
            *net.led.entry(a).or_default() += 1;
        }
    }
    for group in initiatives.values() {
        net.clique(group, INITIATIVE_TOGETHER);
    }
    net
}

/// The part of `activity` that happened in gatherings held in `[from, until)`; members stay.
pub fn window(activity: &Activity, from: i64, until: i64) -> Activity {
    let gatherings: BTreeSet<i32> = activity
        .gatherings
        .iter()
        .filter(|g| (from..until).contains(&g.1))
        .map(|g| g.0)
        .collect();
    let sessions: Vec<_> = activity
        .sessions
        .iter()
        .filter(|s| gatherings.contains(&s.gathering_id))
        .cloned()
        .collect();
    let in_session: BTreeSet<i32> = sessions.iter().map(|s| s.id).collect();
    let actions: Vec<(i32, i32)> = activity
        .actions
        .iter()
        .filter(|a| gatherings.contains(&a.1))
        .copied()
        .collect();
    let in_action: BTreeSet<i32> = actions.iter().map(|a| a.0).collect();
    Activity {
        members: activity.members.clone(),
        gatherings: activity
            .gatherings
            .iter()
            .filter(|g| gatherings.contains(&g.0))
            .copied()
            .collect(),
        sessions,
        co_conveners: keep(&activity.co_conveners, |c| in_session.contains(&c.0)),
        presence: keep(&activity.presence, |p| in_session.contains(&p.0)),
        report_authors: keep(&activity.report_authors, |r| in_session.contains(&r.0)),
        action_owners: keep(&activity.action_owners, |o| in_action.contains(&o.0)),
        actions,
        initiative_people: keep(&activity.initiative_people, |p| {
            (from..until).contains(&p.3)
        }),
    }
}

fn keep<T: Copy>(items: &[T], f: impl Fn(&T) -> bool) -> Vec<T> {
    items.iter().filter(|i| f(i)).copied().collect()
}

/// Who agreed to share their metrics, from (account, opted out, shares) rows.
pub fn sharing(prefs: &[(i32, bool, bool)]) -> BTreeSet<i32> {
    prefs.iter().filter(|p| p.2 && !p.1).map(|p| p.0).collect()
}

/// A person's choices about the network of one community.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NetworkPrefs {
    /// Leave me out of network analysis altogether.
    pub opted_out: bool,
    /// Others may see my own metrics (otherwise only I do).
    pub share_metrics: bool,
}

impl App {
    pub async fn network_prefs(&self, ctx: &Allowed<can::TakePart>) -> Result<NetworkPrefs> {
        let me = ctx.member.account_id.get();
        Ok(network::prefs(self.store.conn(), ctx.community.id)
            .await?
            .into_iter()
            .find(|p| p.0 == me)
            .map(|p| NetworkPrefs {
                opted_out: p.1,
                share_metrics: p.2,
            })
            .unwrap_or_default())
    }

    pub async fn set_network_prefs(
        &self,
        ctx: &Allowed<can::TakePart>,
        prefs: NetworkPrefs,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        network::set_prefs(
            &u.tx,
            ctx.community.id,
            ctx.member.account_id.get(),
            prefs.opted_out,
            // Someone left out shares nothing.
            prefs.share_metrics && !prefs.opted_out,
        )
        .await?;
        u.job(crate::unit::Job::Network(ctx.member.community_id));
        self.commit(u).await
    }

    /// What a community's network is built from, and who is left out of it.
    pub(crate) async fn network_input(
        &self,
        community_id: i32,
    ) -> Result<(Activity, BTreeSet<i32>)> {
        let db = self.store.conn();
        let activity = network::activity(db, community_id).await?;
        let left_out: BTreeSet<i32> = network::prefs(db, community_id)
            .await?
            .into_iter()
            .filter(|p| p.1)
            .map(|p| p.0)
            .collect();
        Ok((activity, left_out))
    }

    /// The community's collaboration network with everyone who opted out removed first.
    /// The collaboration network of a community, for jobs and tests.
    pub async fn collaboration_network(
        &self,
        _: &crate::System,
        community_id: i32,
    ) -> Result<Network> {
        let (activity, left_out) = self.network_input(community_id).await?;
        Ok(build(&activity, &left_out))
    }

    /// Who in the community agreed that others may see their own metrics.
    pub(crate) async fn sharing_metrics(&self, community_id: i32) -> Result<BTreeSet<i32>> {
        Ok(sharing(
            &network::prefs(self.store.conn(), community_id).await?,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_store::Session;

    fn session(id: i32, convener: i32) -> Session {
        Session {
            id,
            gathering_id: 1,
            convener_id: Some(convener),
            title: String::new(),
            needs: String::new(),
            space_id: None,
            slot_id: None,
            created_at: 0,
            merge_into: None,
            merged_into: None,
            withdrawn_at: None,
        }
    }

    fn activity() -> Activity {
        Activity {
            gatherings: vec![(1, 1_000)],
            actions: vec![(7, 1)],
            members: vec![
                (1, 10, None),
                (2, 10, Some(1)),
                (3, 20, Some(1)),
                (4, 20, Some(3)),
            ],
            sessions: vec![session(100, 1), session(101, 3)],
            co_conveners: vec![(100, 2)],
            // 1 and 2 overlap 30 minutes in session 100; 3 and 4 sit together for 60 in 101.
            presence: vec![
                (100, 1, 0, 3600),
                (100, 2, 1800, 5400),
                (101, 3, 0, 3600),
                (101, 4, 0, 3600),
                (101, 2, 3600, 7200),
            ],
            report_authors: vec![(100, 1), (100, 2), (100, 1)],
            action_owners: vec![(7, 2), (7, 3)],
            initiative_people: vec![],
        }
    }

    #[test]
    fn ties_add_up_what_people_did_together() {
        let net = build(&activity(), &BTreeSet::new());
        assert_eq!(
            net.ties[&(1, 2)],
            30.0 + CONVENING_TOGETHER + WRITING_TOGETHER
        );
        assert_eq!(net.ties[&(3, 4)], 60.0);
        assert_eq!(net.ties[&(2, 3)], OWNING_TOGETHER);
        assert!(
            !net.ties.contains_key(&(2, 4)),
            "back to back is not together"
        );
        assert_eq!(net.invitations, vec![(1, 2), (1, 3), (3, 4)]);
        assert_eq!(net.led, BTreeMap::from([(1, 1), (2, 2), (3, 2)]));
        assert_eq!(net.took_part, BTreeSet::from([1, 2, 3, 4]));
    }

    #[test]
    fn a_window_keeps_only_its_gatherings() {
        let mut two = activity();
        two.gatherings.push((2, 5_000));
        two.sessions[1].gathering_id = 2;
        let early = build(&window(&two, 0, 5_000), &BTreeSet::new());
        assert!(!early.ties.contains_key(&(3, 4)), "session 101 is later");
        assert_eq!(
            early.ties[&(1, 2)],
            30.0 + CONVENING_TOGETHER + WRITING_TOGETHER
        );
        assert_eq!(
            early.ties[&(2, 3)],
            OWNING_TOGETHER,
            "action 7 is gathering 1's"
        );
        let all = build(&window(&two, 0, 10_000), &BTreeSet::new());
        assert_eq!(all, build(&two, &BTreeSet::new()));
    }

    #[test]
    fn an_initiative_is_a_tie_and_leading_it_counts() {
        let mut a = activity();
        a.initiative_people = vec![
            (1, 1, true, 2_000),
            (1, 4, false, 2_000),
            (2, 3, true, 9_000),
        ];
        let net = build(&a, &BTreeSet::new());
        assert_eq!(net.ties[&(1, 4)], INITIATIVE_TOGETHER);
        assert_eq!(
            net.led[&1], 2,
            "a session convened and an initiative started"
        );
        assert_eq!(net.led[&3], 3);
        assert!(!net.led.contains_key(&4), "joining is not leading");
        let gone = build(&a, &BTreeSet::from([4]));
        assert!(
            !gone.ties.contains_key(&(1, 4)),
            "opting out removes the tie"
        );
        let early = build(&window(&a, 0, 5_000), &BTreeSet::new());
        assert!(early.ties.contains_key(&(1, 4)));
        assert_eq!(
            early.led.get(&3),
            Some(&2),
            "the later initiative is outside the window"
        );
    }

    #[test]
    fn opting_out_equals_never_having_been_there() {
        let mut without = activity();
        without.initiative_people = vec![(1, 1, true, 0), (1, 2, false, 0)];
        without.members.retain(|m| m.0 != 2);
        without.members.iter_mut().for_each(|m| {
            if m.2 == Some(2) {
                m.2 = None;
            }
        });
        without.co_conveners.retain(|c| c.1 != 2);
        without.presence.retain(|p| p.1 != 2);
        without.report_authors.retain(|r| r.1 != 2);
        without.action_owners.retain(|o| o.1 != 2);
        without.initiative_people.retain(|p| p.1 != 2);
        let mut with = activity();
        with.initiative_people = vec![(1, 1, true, 0), (1, 2, false, 0)];
        let left_out = build(&with, &BTreeSet::from([2]));
        assert_eq!(left_out, build(&without, &BTreeSet::new()));
        assert!(left_out.ties.keys().all(|(a, b)| *a != 2 && *b != 2));
        assert!(left_out.people.iter().all(|p| p.0 != 2));
    }
}
