//! Data behind the exports: the caller's own sessions (for their calendar) and the presence
//! intervals (for hosts), with anonymity respected.

use crate::community::Ctx;
use crate::{App, Result};
use convene_domain::Permission;
use convene_store::{Session, accounts, gatherings, sessions};

/// One presence interval as exported: `who` is "anonymous" where the person chose so.
pub struct PresenceRow {
    pub session: String,
    pub who: String,
    pub since: i64,
    pub until: Option<i64>,
}

impl App {
    /// Sessions the caller convenes or wants to join, placed on the agenda.
    pub async fn my_sessions(&self, ctx: &Ctx, gathering_id: i32) -> Result<Vec<Session>> {
        ctx.member.require(Permission::TakePart)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        let me = ctx.member.account_id;
        let wanted: Vec<i32> = sessions::interests(self.store.conn(), g.id)
            .await?
            .into_iter()
            .filter(|i| i.account_id == me)
            .map(|i| i.session_id)
            .collect();
        Ok(sessions::list(self.store.conn(), g.id)
            .await?
            .into_iter()
            .filter(|s| s.slot_id.is_some())
            .filter(|s| s.convener_id == Some(me) || wanted.contains(&s.id))
            .collect())
    }

    /// Every interval, for hosts: who was where from when to when, names only where allowed.
    pub async fn presence_rows(&self, ctx: &Ctx, gathering_id: i32) -> Result<Vec<PresenceRow>> {
        ctx.member.require(Permission::HostGathering)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        let db = self.store.conn();
        let list = sessions::presences(db, g.id).await?;
        let titles: std::collections::HashMap<i32, String> = sessions::list(db, g.id)
            .await?
            .into_iter()
            .map(|s| (s.id, s.title))
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
