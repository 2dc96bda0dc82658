//! Data behind the exports: the caller's own sessions (for their calendar) and the presence
//! log (for hosts), where anonymous presence is only ever a count.

use crate::content::{Audience, readable_of};
use crate::{Allowed, can};
use crate::{App, Result};
use convene_domain::content::ContentKind;
use convene_domain::ids::*;
use convene_store::{Session, accounts, gatherings, sessions};

/// One line of the presence log: a named person's interval (`people` is 1), or how many
/// anonymous people were in a session during one time bucket (`who` is "anonymous").
pub struct PresenceRow {
    pub session: String,
    pub who: String,
    pub since: i64,
    pub until: Option<i64>,
    pub people: usize,
}

/// Anonymous presence is counted per session and bucket of this many seconds, never listed
/// per interval: an interval's start or end could be matched against a named one.
pub const ANONYMOUS_BUCKET: i64 = 30 * 60;

/// Per session and bucket (aligned to the hour in UTC, so to the local hour in every zone with a
/// whole or half-hour offset), how many distinct anonymous people were there at some point.
fn anonymous_counts(list: &[&convene_store::Presence], now: i64) -> Vec<(i32, i64, usize)> {
    let mut buckets: std::collections::BTreeMap<(i32, i64), std::collections::BTreeSet<i32>> =
        std::collections::BTreeMap::new();
    for p in list {
        let end = p.until.unwrap_or(now).max(p.since);
        let mut b = p.since.div_euclid(ANONYMOUS_BUCKET) * ANONYMOUS_BUCKET;
        loop {
            buckets
                .entry((p.session_id, b))
                .or_default()
                .insert(p.account_id);
            b += ANONYMOUS_BUCKET;
            if b >= end {
                break;
            }
        }
    }
    buckets
        .into_iter()
        .map(|((s, b), who)| (s, b, who.len()))
        .collect()
}

impl App {
    /// Sessions the caller convenes or wants to join, placed on the agenda, with their
    /// descriptions.
    pub async fn my_sessions(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Vec<(Session, String)>> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        self.sessions_of(g.id, Audience::of(ctx), ctx.member.account_id.get())
            .await
    }

    /// Placed sessions `me` convenes or wants to join that `audience` may read, with their
    /// descriptions.
    pub(crate) async fn sessions_of(
        &self,
        gathering_id: i32,
        audience: Audience,
        me: i32,
    ) -> Result<Vec<(Session, String)>> {
        let db = self.store.conn();
        let wanted: Vec<i32> = sessions::interests(db, gathering_id)
            .await?
            .into_iter()
            .filter(|i| i.account_id == me)
            .map(|i| i.session_id)
            .collect();
        let list = sessions::list(db, gathering_id).await?;
        let ids: Vec<i32> = list.iter().map(|s| s.id).collect();
        let mut seen = readable_of(db, audience, ContentKind::Session, &ids).await?;
        Ok(list
            .into_iter()
            .filter(|s| s.slot_id.is_some())
            .filter(|s| s.convener_id == Some(me) || wanted.contains(&s.id))
            .filter_map(|s| Some((seen.remove(&s.id)?.body, s)))
            .map(|(d, s)| (s, d))
            .collect())
    }

    /// For hosts: who was where from when to when, for those who checked in by name; anonymous
    /// presence only as counts per session and time bucket.
    pub async fn presence_rows(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
    ) -> Result<Vec<PresenceRow>> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let db = self.store.conn();
        let list = sessions::presences(db, g.id).await?;
        let all = sessions::list(db, g.id).await?;
        let ids: Vec<i32> = all.iter().map(|s| s.id).collect();
        let seen = readable_of(db, Audience::of(ctx), ContentKind::Session, &ids).await?;
        let titles: std::collections::HashMap<i32, String> = all
            .into_iter()
            .filter(|s| seen.contains_key(&s.id))
            .map(|s| (s.id, s.title))
            .collect();
        // Presence in a session the host may not read is left out with its title.
        let list: Vec<_> = list
            .into_iter()
            .filter(|p| titles.contains_key(&p.session_id))
            .collect();
        let ids: Vec<i32> = list
            .iter()
            .filter(|p| !p.anonymous)
            .map(|p| p.account_id)
            .collect();
        let names = accounts::names(db, &ids).await?;
        let title = |s: i32| titles.get(&s).cloned().unwrap_or_default();
        let mut rows: Vec<PresenceRow> = list
            .iter()
            .filter(|p| !p.anonymous)
            .map(|p| PresenceRow {
                session: title(p.session_id),
                who: names.get(&p.account_id).cloned().unwrap_or_default(),
                since: p.since,
                until: p.until,
                people: 1,
            })
            .collect();
        let anonymous: Vec<_> = list.iter().filter(|p| p.anonymous).collect();
        rows.extend(
            anonymous_counts(&anonymous, self.now())
                .into_iter()
                .map(|(s, b, n)| PresenceRow {
                    session: title(s),
                    who: "anonymous".into(),
                    since: b,
                    until: Some(b + ANONYMOUS_BUCKET),
                    people: n,
                }),
        );
        rows.sort_by(|a, b| (&a.session, a.since).cmp(&(&b.session, b.since)));
        Ok(rows)
    }
}
