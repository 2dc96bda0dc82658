//! A convener's own session after announcing it: its title and description edited (the
//! description saved on top of the version the writer started from), or the session withdrawn
//! (gone from the wall and the marketplace, recorded in the audit log).

use crate::{Allowed, App, AppError, Result, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentRef, Saved};
use convene_domain::ids::{GatheringId, SessionId};
use convene_domain::text::{SessionDescription, SessionTitle};
use convene_store::contents::{self, Save};
use convene_store::sessions;

/// A session's new title and description, written on top of description version `base`.
pub struct SessionEdit {
    pub title: SessionTitle,
    pub description: Option<SessionDescription>,
    pub base: i32,
}

impl App {
    /// Its conveners and hosts edit a session while the agenda is open; a save on top of an
    /// older version writes nothing and returns both texts. Returns the new version.
    pub async fn edit_session(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
        edit: &SessionEdit,
    ) -> Result<i32> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        self.may_edit(&c.tx, c.editor(), &s).await?;
        self.agenda_open(&gathering)?;
        let saved = contents::save(
            &c.tx,
            Save {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::Session, s.id),
                body: edit.description.as_ref().map_or("", |d| d.as_str()),
                base: edit.base,
                author: ctx.member.account_id,
                now: self.now(),
            },
        )
        .await?;
        match saved {
            Saved::Written(version) => {
                sessions::retitle(&c.tx, s.id, edit.title.as_str()).await?;
                self.commit(c).await?;
                Ok(version)
            }
            Saved::Stale {
                version,
                theirs,
                yours,
            } => Err(AppError::Stale(Box::new(crate::Stale {
                what: "session description",
                version,
                theirs,
                yours,
            }))),
        }
    }

    /// Its conveners and hosts withdraw a session while the agenda is open: it leaves its
    /// cell, the wall and the marketplace; people checked in to it are checked out; the audit
    /// log records who withdrew it. Returns its title.
    pub async fn withdraw_session(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
    ) -> Result<String> {
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        self.may_edit(&c.tx, c.editor(), &s).await?;
        self.agenda_open(&gathering)?;
        sessions::withdraw(&c.tx, s.id, self.now()).await?;
        c.audit(
            "session.withdraw",
            Subject::new(SubjectKind::Session, s.id),
            "",
            "",
        );
        self.commit(c).await?;
        Ok(s.title)
    }
}
