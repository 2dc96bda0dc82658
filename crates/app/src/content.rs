//! The read filter in use: every read path that shows what people wrote (pages, API, live
//! walls, exports, proceedings, and later search) asks these functions, which ask the one rule
//! [`convene_domain::content::may_read`]. Also the use-case that changes who may read a piece.

use crate::{Allowed, App, AppError, Ctx, Result, can};
use convene_domain::Permission;
use convene_domain::content::{
    ContentKind, ContentRef, ContentState, Readable, Reader, Visibility, may_read,
};
use convene_domain::ids::{CommunityId, GatheringId};
use convene_store::contents::{self, Content};
use convene_store::store_db::ConnectionTrait;
use convene_store::{Account, communities, gatherings, sessions};
use std::collections::HashMap;

/// The reader as the filter sees them.
pub fn reader(ctx: &Ctx) -> Reader {
    Reader::Member {
        account: ctx.member.account_id,
        community: ctx.member.community_id,
        organization: ctx.member.organization_id,
        roles: ctx.member.roles,
    }
}

/// Whether `reader` may read `c`.
pub fn readable(reader: &Reader, c: &Content) -> bool {
    may_read(
        reader,
        &Readable {
            community: c.community,
            author: c.author,
            state: &c.state,
            visibility: &c.visibility,
        },
    )
}

/// Whether `c` may go on a rendering everyone in the community shares (the live wall, the
/// kiosk): visible, and readable by every member and guest.
pub fn shared(c: &Content) -> bool {
    c.state == ContentState::Visible && c.visibility.is_shared()
}

/// Who may read: a member, or the shared rendering everyone sees.
#[derive(Debug, Clone, Copy)]
pub enum Audience {
    One(Reader),
    Everyone,
}

impl Audience {
    pub fn of(ctx: &Ctx) -> Self {
        Audience::One(reader(ctx))
    }

    pub fn reads(&self, c: &Content) -> bool {
        match self {
            Audience::One(r) => readable(r, c),
            Audience::Everyone => shared(c),
        }
    }
}

/// The content of one kind for `owners` that `audience` may read, by owner id. Owners
/// without content (a report not written yet) are absent, like unreadable ones: callers that
/// must tell the two apart ask [`contents::of_owners`] themselves.
pub(crate) async fn readable_of(
    db: &impl ConnectionTrait,
    audience: Audience,
    kind: ContentKind,
    owners: &[i32],
) -> Result<HashMap<i32, Content>> {
    let mut all = contents::of_owners(db, kind, owners).await?;
    all.retain(|_, c| audience.reads(c));
    Ok(all)
}

/// Who a signed-in account is to content of `community` (a member, or an outsider).
pub async fn reader_in(
    app: &App,
    account: Option<&Account>,
    community: CommunityId,
) -> Result<Reader> {
    let Some(a) = account else {
        return Ok(Reader::Anonymous);
    };
    let db = app.store.conn();
    match communities::membership(db, community.get(), a.id).await? {
        Some(m) => Ok(Reader::Member {
            account: a.id.into(),
            community,
            organization: m.organization_id.into(),
            roles: communities::roles(db, m.id).await?,
        }),
        None => Ok(Reader::Outsider(a.id.into())),
    }
}

impl App {
    /// Changes who may read a session's description (and so the session) or its report, an
    /// action, or a café table's notes: its author, or a host.
    pub async fn set_visibility(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering: GatheringId,
        of: ContentRef,
        visibility: Visibility,
    ) -> Result<()> {
        let (u, g) = self.change_gathering(ctx, gathering).await?;
        let owner_in_gathering = match of.kind {
            ContentKind::Session | ContentKind::Report => {
                sessions::get(&u.tx, g.id, of.id).await.map(|_| ())
            }
            ContentKind::Action => convene_store::harvest::action(&u.tx, g.id, of.id)
                .await
                .map(|_| ()),
            ContentKind::CafeNote => {
                let notes = convene_store::cafes::notes(&u.tx, g.id).await?;
                if !notes.iter().any(|n| n.id == of.id) {
                    return Err(AppError::NotFound);
                }
                Ok(())
            }
            ContentKind::Thread
            | ContentKind::Reply
            | ContentKind::LeanTopic
            | ContentKind::Initiative
            | ContentKind::InitiativeUpdate
            | ContentKind::InitiativeAsk
            | ContentKind::Contribution
            | ContentKind::Practice
            | ContentKind::Design => return Err(AppError::NotFound),
        };
        owner_in_gathering?;
        let c = contents::get(&u.tx, of).await?.ok_or(AppError::NotFound)?;
        let author = c.author == Some(ctx.member.account_id);
        if !author && !u.may(Permission::HostGathering) {
            return Err(AppError::denied(Permission::HostGathering));
        }
        if let Visibility::Organization(o) = visibility {
            communities::organization(&u.tx, ctx.community.id, o.get()).await?;
        }
        contents::set_visibility(&u.tx, of, &visibility).await?;
        let _ = gatherings::by_id(&u.tx, g.id).await?;
        self.commit(u).await
    }
}
