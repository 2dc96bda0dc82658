//! Links that work without an account (a gathering's display link, a person's calendar feed),
//! each a token stored only as its SHA-256 hash. Revoking deletes the row.

use crate::Result;
use crate::entity::feed_link;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub use feed_link::Model as FeedLink;

/// What a link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedKind {
    /// The kiosk wall for a screen.
    Display,
    /// One person's sessions as iCalendar.
    Calendar,
}

impl FeedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FeedKind::Display => "display",
            FeedKind::Calendar => "calendar",
        }
    }
}

pub struct NewFeed<'a> {
    pub gathering_id: i32,
    pub kind: FeedKind,
    pub account_id: Option<i32>,
    pub token_hash: &'a str,
    pub created_by: i32,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, new: NewFeed<'_>) -> Result<FeedLink> {
    Ok(feed_link::ActiveModel {
        gathering_id: Set(new.gathering_id),
        kind: Set(new.kind.as_str().to_owned()),
        account_id: Set(new.account_id),
        token_hash: Set(new.token_hash.to_owned()),
        created_by: Set(Some(new.created_by)),
        created_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The link of this kind with this token hash, if it still exists.
pub async fn find(
    db: &impl ConnectionTrait,
    kind: FeedKind,
    token_hash: &str,
) -> Result<Option<FeedLink>> {
    Ok(feed_link::Entity::find()
        .filter(feed_link::Column::Kind.eq(kind.as_str()))
        .filter(feed_link::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?)
}

/// A gathering's links of one kind (of one person, for calendar feeds), oldest first.
pub async fn list(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    kind: FeedKind,
    account_id: Option<i32>,
) -> Result<Vec<FeedLink>> {
    let mut q = feed_link::Entity::find()
        .filter(feed_link::Column::GatheringId.eq(gathering_id))
        .filter(feed_link::Column::Kind.eq(kind.as_str()));
    if let Some(a) = account_id {
        q = q.filter(feed_link::Column::AccountId.eq(a));
    }
    Ok(q.order_by_asc(feed_link::Column::Id).all(db).await?)
}

/// Deletes one link of a gathering; `false` if there was none.
pub async fn remove(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    kind: FeedKind,
    id: i32,
) -> Result<bool> {
    Ok(feed_link::Entity::delete_many()
        .filter(feed_link::Column::Id.eq(id))
        .filter(feed_link::Column::GatheringId.eq(gathering_id))
        .filter(feed_link::Column::Kind.eq(kind.as_str()))
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

/// Deletes a person's calendar feeds of a gathering; how many there were.
pub async fn remove_calendar(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    account_id: i32,
) -> Result<u64> {
    Ok(feed_link::Entity::delete_many()
        .filter(feed_link::Column::GatheringId.eq(gathering_id))
        .filter(feed_link::Column::Kind.eq(FeedKind::Calendar.as_str()))
        .filter(feed_link::Column::AccountId.eq(account_id))
        .exec(db)
        .await?
        .rows_affected)
}
