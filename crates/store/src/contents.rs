//! What people write, every kind in one table: the current text and version of each piece,
//! every save kept as a revision, its state and visibility. A save names the version it
//! started from; a stale save writes nothing and returns both texts.

use crate::entity::{content, content_reader, content_revision};
use crate::{Result, StoreError, unique};
use convene_domain::content::{ContentKind, ContentRef, ContentState, Saved, Visibility};
use convene_domain::ids::{AccountId, CommunityId, ContentId, OrganizationId};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

/// One piece of content as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub id: ContentId,
    pub community: CommunityId,
    pub of: ContentRef,
    pub author: Option<AccountId>,
    pub state: ContentState,
    pub visibility: Visibility,
    pub body: String,
    pub version: i32,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub version: i32,
    pub body: String,
    pub author: Option<AccountId>,
    pub at: i64,
}

pub struct NewContent<'a> {
    pub community: CommunityId,
    pub of: ContentRef,
    pub author: AccountId,
    pub body: &'a str,
    pub visibility: &'a Visibility,
    pub now: i64,
}

/// Creates a piece of content at version 1 (its first revision).
pub async fn create(db: &impl ConnectionTrait, new: NewContent<'_>) -> Result<Content> {
    let org = match new.visibility {
        Visibility::Organization(o) => Some(o.get()),
        _ => None,
    };
    let row = content::ActiveModel {
        community_id: Set(new.community.get()),
        kind: Set(new.of.kind.as_str().to_owned()),
        owner_id: Set(new.of.id),
        author_id: Set(Some(new.author.get())),
        state: Set(ContentState::Visible.as_str().to_owned()),
        state_reason: Set(String::new()),
        visibility: Set(new.visibility.as_str().to_owned()),
        organization_id: Set(org),
        body: Set(new.body.to_owned()),
        version: Set(1),
        created_at: Set(new.now),
        updated_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("content"))?;
    revision(db, row.id, 1, new.body, new.author, new.now).await?;
    set_readers(db, ContentId(row.id), new.visibility).await?;
    crate::search::enqueue(db, ContentId(row.id)).await?;
    let readers = readers_of(db, &[ContentId(row.id)]).await?;
    parse(row, readers)
}

async fn revision(
    db: &impl ConnectionTrait,
    content_id: i32,
    version: i32,
    body: &str,
    author: AccountId,
    at: i64,
) -> Result<()> {
    content_revision::ActiveModel {
        content_id: Set(content_id),
        version: Set(version),
        body: Set(body.to_owned()),
        author_id: Set(Some(author.get())),
        at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub struct Save<'a> {
    pub community: CommunityId,
    pub of: ContentRef,
    pub body: &'a str,
    /// The version the writer started from; 0 when the content did not exist yet.
    pub base: i32,
    pub author: AccountId,
    pub now: i64,
}

/// Saves on top of `base`: written as `base + 1`, or, if someone saved in between, nothing is
/// written and both texts come back. Content saved for the first time (base 0) is visible to
/// the whole community.
pub async fn save(db: &impl ConnectionTrait, s: Save<'_>) -> Result<Saved> {
    let written = if s.base == 0 {
        let created = create(
            db,
            NewContent {
                community: s.community,
                of: s.of,
                author: s.author,
                body: s.body,
                visibility: &Visibility::Network,
                now: s.now,
            },
        )
        .await;
        match created {
            Ok(_) => return Ok(Saved::Written(1)),
            Err(StoreError::Duplicate(_)) => false,
            Err(e) => return Err(e),
        }
    } else {
        content::Entity::update_many()
            .col_expr(content::Column::Body, Expr::value(s.body))
            .col_expr(
                content::Column::Version,
                Expr::col(content::Column::Version).add(1),
            )
            .col_expr(content::Column::UpdatedAt, Expr::value(s.now))
            .filter(content::Column::Kind.eq(s.of.kind.as_str()))
            .filter(content::Column::OwnerId.eq(s.of.id))
            .filter(content::Column::Version.eq(s.base))
            .exec(db)
            .await?
            .rows_affected
            == 1
    };
    if !written {
        let current = get(db, s.of).await?.ok_or(StoreError::NotFound)?;
        return Ok(Saved::Stale {
            version: current.version,
            theirs: current.body,
            yours: s.body.to_owned(),
        });
    }
    let id = row(db, s.of).await?.ok_or(StoreError::NotFound)?.id;
    revision(db, id, s.base + 1, s.body, s.author, s.now).await?;
    crate::search::enqueue(db, ContentId(id)).await?;
    // The author's edit of content that flags hid asks for review (every kind, one place).
    crate::moderation::edited(db, ContentId(id), s.author, s.base + 1, s.now).await?;
    Ok(Saved::Written(s.base + 1))
}

async fn row(db: &impl ConnectionTrait, of: ContentRef) -> Result<Option<content::Model>> {
    Ok(content::Entity::find()
        .filter(content::Column::Kind.eq(of.kind.as_str()))
        .filter(content::Column::OwnerId.eq(of.id))
        .one(db)
        .await?)
}

pub async fn get(db: &impl ConnectionTrait, of: ContentRef) -> Result<Option<Content>> {
    match row(db, of).await? {
        Some(r) => {
            let readers = readers_of(db, &[ContentId(r.id)]).await?;
            Ok(Some(parse(r, readers)?))
        }
        None => Ok(None),
    }
}

/// Every piece of one kind in a community, oldest first.
pub async fn of_community(
    db: &impl ConnectionTrait,
    community: CommunityId,
    kind: ContentKind,
) -> Result<Vec<Content>> {
    let rows = content::Entity::find()
        .filter(content::Column::CommunityId.eq(community.get()))
        .filter(content::Column::Kind.eq(kind.as_str()))
        .order_by_asc(content::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<ContentId> = rows.iter().map(|r| ContentId(r.id)).collect();
    let mut readers = readers_of(db, &ids).await?;
    rows.into_iter()
        .map(|r| {
            let mine = readers.remove(&ContentId(r.id)).unwrap_or_default();
            parse(r, HashMap::from([(ContentId(0), mine)]))
        })
        .collect()
}

/// A piece of content by its own id.
pub async fn by_id(db: &impl ConnectionTrait, id: ContentId) -> Result<Option<Content>> {
    match content::Entity::find_by_id(id.get()).one(db).await? {
        Some(r) => {
            let readers = readers_of(db, &[id]).await?;
            Ok(Some(parse(r, readers)?))
        }
        None => Ok(None),
    }
}

/// The content of one kind belonging to any of `owners`, by owner id.
pub async fn of_owners(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    owners: &[i32],
) -> Result<HashMap<i32, Content>> {
    if owners.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = content::Entity::find()
        .filter(content::Column::Kind.eq(kind.as_str()))
        .filter(content::Column::OwnerId.is_in(owners.iter().copied()))
        .all(db)
        .await?;
    let ids: Vec<ContentId> = rows.iter().map(|r| ContentId(r.id)).collect();
    let mut readers = readers_of(db, &ids).await?;
    rows.into_iter()
        .map(|r| {
            let mine = readers.remove(&ContentId(r.id)).unwrap_or_default();
            let owner = r.owner_id;
            parse(r, HashMap::from([(ContentId(0), mine)])).map(|c| (owner, c))
        })
        .collect()
}

/// Every save of a piece of content, newest first.
pub async fn revisions(db: &impl ConnectionTrait, of: ContentRef) -> Result<Vec<Revision>> {
    let Some(r) = row(db, of).await? else {
        return Ok(Vec::new());
    };
    Ok(content_revision::Entity::find()
        .filter(content_revision::Column::ContentId.eq(r.id))
        .order_by_desc(content_revision::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|v| Revision {
            version: v.version,
            body: v.body,
            author: v.author_id.map(AccountId),
            at: v.at,
        })
        .collect())
}

/// Changes who may read a piece of content.
pub async fn set_visibility(
    db: &impl ConnectionTrait,
    of: ContentRef,
    visibility: &Visibility,
) -> Result<()> {
    let r = row(db, of).await?.ok_or(StoreError::NotFound)?;
    let org = match visibility {
        Visibility::Organization(o) => Some(o.get()),
        _ => None,
    };
    content::Entity::update_many()
        .col_expr(
            content::Column::Visibility,
            Expr::value(visibility.as_str()),
        )
        .col_expr(content::Column::OrganizationId, Expr::value(org))
        .filter(content::Column::Id.eq(r.id))
        .exec(db)
        .await?;
    set_readers(db, ContentId(r.id), visibility).await?;
    crate::search::enqueue(db, ContentId(r.id)).await
}

/// Sets a piece of content's state (hidden with its reason, removed, or visible again).
pub async fn set_state(
    db: &impl ConnectionTrait,
    of: ContentRef,
    state: &ContentState,
) -> Result<()> {
    let reason = match state {
        ContentState::Hidden { reason } => reason.clone(),
        _ => String::new(),
    };
    let done = content::Entity::update_many()
        .col_expr(content::Column::State, Expr::value(state.as_str()))
        .col_expr(content::Column::StateReason, Expr::value(reason))
        .filter(content::Column::Kind.eq(of.kind.as_str()))
        .filter(content::Column::OwnerId.eq(of.id))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    crate::search::enqueue_of(db, of).await
}

async fn set_readers(db: &impl ConnectionTrait, id: ContentId, v: &Visibility) -> Result<()> {
    content_reader::Entity::delete_many()
        .filter(content_reader::Column::ContentId.eq(id.get()))
        .exec(db)
        .await?;
    if let Visibility::Private(people) = v {
        for p in people {
            content_reader::ActiveModel {
                content_id: Set(id.get()),
                account_id: Set(p.get()),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

async fn readers_of(
    db: &impl ConnectionTrait,
    ids: &[ContentId],
) -> Result<HashMap<ContentId, Vec<AccountId>>> {
    let mut out: HashMap<ContentId, Vec<AccountId>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    for r in content_reader::Entity::find()
        .filter(content_reader::Column::ContentId.is_in(ids.iter().map(|i| i.get())))
        .all(db)
        .await?
    {
        out.entry(ContentId(r.content_id))
            .or_default()
            .push(AccountId(r.account_id));
    }
    Ok(out)
}

/// A row as domain values; `readers` holds the named readers under the row's id (or under
/// id 0 when the caller already picked them).
fn parse(r: content::Model, mut readers: HashMap<ContentId, Vec<AccountId>>) -> Result<Content> {
    let bad = |what: &str| {
        StoreError::Db(sea_orm::DbErr::Custom(format!(
            "content {}: bad {what}",
            r.id
        )))
    };
    let kind = ContentKind::parse(&r.kind).ok_or_else(|| bad("kind"))?;
    let state = ContentState::parse(&r.state, &r.state_reason).ok_or_else(|| bad("state"))?;
    let named = readers
        .remove(&ContentId(r.id))
        .or_else(|| readers.remove(&ContentId(0)))
        .unwrap_or_default();
    let visibility = Visibility::parse(&r.visibility, r.organization_id.map(OrganizationId), named)
        .ok_or_else(|| bad("visibility"))?;
    Ok(Content {
        id: ContentId(r.id),
        community: CommunityId(r.community_id),
        of: ContentRef::new(kind, r.owner_id),
        author: r.author_id.map(AccountId),
        state,
        visibility,
        body: r.body,
        version: r.version,
        created_at: r.created_at,
        updated_at: r.updated_at,
    })
}
