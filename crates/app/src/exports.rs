//! Data behind the exports: the caller's own sessions (for their calendar) and the presence
//! intervals (for hosts), with anonymity respected.

use crate::content::{Audience, readable_of};
use crate::{Allowed, can};
use crate::{App, Result};
use convene_domain::content::ContentKind;
use convene_domain::ids::*;
use convene_store::{Session, accounts, gatherings, sessions};

/// One presence interval as exported: `who` is "anonymous" where the person chose so.
pub struct PresenceRow {
    pub session: String,
    pub who: String,
    pub since: i64,
    pub until: Option<i64>,
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
        let me = ctx.member.account_id.get();
        let wanted: Vec<i32> = sessions::interests(self.store.conn(), g.id)
            .await?
            .into_iter()
            .filter(|i| i.account_id == me)
            .map(|i| i.session_id)
            .collect();
        let list = sessions::list(self.store.conn(), g.id).await?;
        let ids: Vec<i32> = list.iter().map(|s| s.id).collect();
        let mut seen = readable_of(
            self.store.conn(),
            Audience::of(ctx),
            ContentKind::Session,
            &ids,
        )
        .await?;
        Ok(list
            .into_iter()
            .filter(|s| s.slot_id.is_some())
            .filter(|s| s.convener_id == Some(me) || wanted.contains(&s.id))
            .filter_map(|s| Some((seen.remove(&s.id)?.body, s)))
            .map(|(d, s)| (s, d))
            .collect())
    }

    /// Every interval, for hosts: who was where from when to when, names only where allowed.
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
        Ok(list
            .into_iter()
            .map(|p| PresenceRow {
                session: titles.get(&p.session_id).cloned().unwrap_or_default(),
                who: if p.anonymous {
                    "anonymous".into()
                } else {
                    names.get(&p.account_id).cloned().unwrap_or_default()
                },
                since: p.since,
                until: p.until,
            })
            .collect())
    }
}
