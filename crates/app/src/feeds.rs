//! Links that work without an account, each with its own revocable token (stored hashed):
//! a gathering's display link, which shows only the kiosk wall (made and revoked by a steward
//! or host), and a person's calendar feed of their sessions (made and stopped by that person;
//! it stops by itself when they leave the community).

use crate::auth::{new_token, token_hash};
use crate::content::{Audience, reader_in};
use crate::wall::Wall;
use crate::{Allowed, App, AppError, Result, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::*;
use convene_store::feeds::{self, FeedKind, FeedLink, NewFeed};
use convene_store::{Community, Gathering, Session, accounts, communities, gatherings};

/// A person's calendar feed as a calendar shows it.
pub struct CalendarFeed {
    pub community: Community,
    pub wall: Wall,
    /// The person's placed sessions (convened or wanted) with their descriptions.
    pub sessions: Vec<(Session, String)>,
    /// The person's own language setting, for the words the feed adds.
    pub language: Option<String>,
}

impl App {
    /// A new display link for a gathering's wall; the token is returned once, only its hash
    /// is kept.
    pub async fn create_display_link(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
    ) -> Result<String> {
        let mut c = self.change(ctx).await?;
        let g = gatherings::get(&c.tx, ctx.community.id, gathering_id.get()).await?;
        let (token, hash) = new_token();
        let link = feeds::create(
            &c.tx,
            NewFeed {
                gathering_id: g.id,
                kind: FeedKind::Display,
                account_id: None,
                token_hash: &hash,
                created_by: ctx.member.account_id.get(),
                now: self.now(),
            },
        )
        .await?;
        c.audit(
            "display link created",
            Subject::new(SubjectKind::Gathering, g.id),
            &format!("link {}", link.id),
            "",
        );
        self.commit(c).await?;
        Ok(token)
    }

    /// Revokes a display link: screens showing it see "revoked" at their next refresh.
    pub async fn revoke_display_link(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        link: i32,
    ) -> Result<()> {
        let mut c = self.change(ctx).await?;
        let g = gatherings::get(&c.tx, ctx.community.id, gathering_id.get()).await?;
        if !feeds::remove(&c.tx, g.id, FeedKind::Display, link).await? {
            return Err(AppError::NotFound);
        }
        c.audit(
            "display link revoked",
            Subject::new(SubjectKind::Gathering, g.id),
            &format!("link {link}"),
            "",
        );
        self.commit(c).await
    }

    /// A gathering's display links with who made each (a name, or "someone who left").
    pub async fn display_links(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
    ) -> Result<Vec<(FeedLink, String)>> {
        let db = self.store.conn();
        let g = gatherings::get(db, ctx.community.id, gathering_id.get()).await?;
        let links = feeds::list(db, g.id, FeedKind::Display, None).await?;
        let ids: Vec<i32> = links.iter().filter_map(|l| l.created_by).collect();
        let names = accounts::names(db, &ids).await?;
        Ok(links
            .into_iter()
            .map(|l| {
                let by = l
                    .created_by
                    .and_then(|a| names.get(&a).cloned())
                    .unwrap_or_else(|| "someone who left".into());
                (l, by)
            })
            .collect())
    }

    /// The wall a display link shows: what every member and guest may read, nothing personal.
    pub async fn display_wall(&self, token: &str) -> Result<(Community, Wall)> {
        let db = self.store.conn();
        let link = feeds::find(db, FeedKind::Display, &token_hash(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let g = gatherings::by_id(db, link.gathering_id).await?;
        let community = communities::get(db, g.community_id).await?;
        Ok((community, self.wall_in(Audience::Everyone, g.id).await?))
    }

    /// A new calendar feed of the caller's sessions in a gathering, replacing any earlier one
    /// (whose link stops working). The token is returned once.
    pub async fn create_calendar_feed(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<String> {
        let c = self.change(ctx).await?;
        let g = gatherings::get(&c.tx, ctx.community.id, gathering_id.get()).await?;
        let me = ctx.member.account_id.get();
        feeds::remove_calendar(&c.tx, g.id, me).await?;
        let (token, hash) = new_token();
        feeds::create(
            &c.tx,
            NewFeed {
                gathering_id: g.id,
                kind: FeedKind::Calendar,
                account_id: Some(me),
                token_hash: &hash,
                created_by: me,
                now: self.now(),
            },
        )
        .await?;
        self.commit(c).await?;
        Ok(token)
    }

    /// Stops the caller's calendar feed of a gathering; whether there was one.
    pub async fn stop_calendar_feed(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<bool> {
        let c = self.change(ctx).await?;
        let g = gatherings::get(&c.tx, ctx.community.id, gathering_id.get()).await?;
        let n = feeds::remove_calendar(&c.tx, g.id, ctx.member.account_id.get()).await?;
        self.commit(c).await?;
        Ok(n > 0)
    }

    /// When the caller's calendar feed of a gathering was made, if they have one.
    pub async fn calendar_feed_since(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Option<i64>> {
        let db = self.store.conn();
        let g = gatherings::get(db, ctx.community.id, gathering_id.get()).await?;
        let mine = feeds::list(
            db,
            g.id,
            FeedKind::Calendar,
            Some(ctx.member.account_id.get()),
        )
        .await?;
        Ok(mine.first().map(|l| l.created_at))
    }

    /// The feed behind a calendar token: the person's sessions as they may read them today.
    /// Someone who left the community (or whose account is gone) gets "not found".
    pub async fn calendar_feed(&self, token: &str) -> Result<CalendarFeed> {
        let db = self.store.conn();
        let link = feeds::find(db, FeedKind::Calendar, &token_hash(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let me = link.account_id.ok_or(AppError::NotFound)?;
        let g: Gathering = gatherings::by_id(db, link.gathering_id).await?;
        let account = accounts::get(db, me).await?;
        let reader = reader_in(self, Some(&account), CommunityId(g.community_id)).await?;
        if !matches!(reader, convene_domain::content::Reader::Member { .. }) {
            return Err(AppError::NotFound);
        }
        let audience = Audience::One(reader);
        Ok(CalendarFeed {
            community: communities::get(db, g.community_id).await?,
            sessions: self.sessions_of(g.id, audience, me).await?,
            wall: self.wall_in(audience, g.id).await?,
            language: account.language,
        })
    }
}
