//! What on a gathering's wall is the caller's own: the sessions they want to join, convene,
//! and where they are checked in. The shared wall carries none of it; pages add it.

use crate::{Allowed, App, Result, can};
use convene_domain::ids::GatheringId;
use convene_store::{gatherings, sessions};
use std::collections::BTreeSet;

/// The caller's marks on one wall.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    /// Sessions the caller wants to join.
    pub wanted: BTreeSet<i32>,
    /// Sessions the caller convenes or co-convenes.
    pub convening: BTreeSet<i32>,
    /// The session the caller is checked in to.
    pub here: Option<i32>,
}

impl Marks {
    /// `data-mine` for the page around the live wall: the sessions I want to join.
    pub fn mine_attr(&self) -> String {
        let all: Vec<String> = self.wanted.iter().map(i32::to_string).collect();
        all.join(" ")
    }

    /// `data-here`: the session checked in to, or empty.
    pub fn here_attr(&self) -> String {
        self.here.map(|h| h.to_string()).unwrap_or_default()
    }

    pub fn wants(&self, session: &i32) -> bool {
        self.wanted.contains(session)
    }

    pub fn is_here(&self, session: &i32) -> bool {
        self.here == Some(*session)
    }

    pub fn convenes(&self, session: &i32) -> bool {
        self.convening.contains(session)
    }
}

impl App {
    /// The caller's own marks on a gathering of their community.
    pub async fn marks(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Marks> {
        let db = self.store.conn();
        let g = gatherings::get(db, ctx.community.id, gathering_id.get()).await?;
        let me = ctx.member.account_id.get();
        let wanted = sessions::interests(db, g.id)
            .await?
            .into_iter()
            .filter(|i| i.account_id == me)
            .map(|i| i.session_id)
            .collect();
        let mut convening: BTreeSet<i32> = sessions::list(db, g.id)
            .await?
            .into_iter()
            .filter(|s| s.convener_id == Some(me))
            .map(|s| s.id)
            .collect();
        convening.extend(
            sessions::co_conveners(db, g.id)
                .await?
                .into_iter()
                .filter(|c| c.1 == me)
                .map(|c| c.0),
        );
        let here = sessions::open_presence(db, g.id, me)
            .await?
            .map(|p| p.session_id);
        Ok(Marks {
            wanted,
            convening,
            here,
        })
    }
}
