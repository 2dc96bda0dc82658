//! Invitations. Uses and declines are counted by conditional updates, so the database decides
//! who gets the last use when many answer at once.

use crate::entity::invitation;
use crate::{Invitation, Result, StoreError};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

pub struct NewInvitation<'a> {
    pub community_id: i32,
    pub token_hash: &'a str,
    pub kind: &'a str,
    pub email: Option<&'a str>,
    pub calling_question: &'a str,
    pub organization_id: i32,
    pub guest: bool,
    pub max_uses: i32,
    pub expires_at: i64,
    pub created_by: Option<i32>,
    pub now: i64,
    /// The gathering this invitation is for, if any.
    pub gathering_id: Option<i32>,
}

pub async fn create(db: &impl ConnectionTrait, new: NewInvitation<'_>) -> Result<Invitation> {
    Ok(invitation::ActiveModel {
        community_id: Set(new.community_id),
        token_hash: Set(new.token_hash.to_owned()),
        kind: Set(new.kind.to_owned()),
        email: Set(new.email.map(str::to_owned)),
        calling_question: Set(new.calling_question.to_owned()),
        organization_id: Set(new.organization_id),
        guest: Set(new.guest),
        max_uses: Set(new.max_uses),
        uses: Set(0),
        declines: Set(0),
        expires_at: Set(new.expires_at),
        revoked_at: Set(None),
        created_by: Set(new.created_by),
        created_at: Set(new.now),
        gathering_id: Set(new.gathering_id),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

pub async fn by_token_hash(db: &impl ConnectionTrait, hash: &str) -> Result<Invitation> {
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(hash))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// An invitation, only if it belongs to this community.
pub async fn get(db: &impl ConnectionTrait, community_id: i32, id: i32) -> Result<Invitation> {
    invitation::Entity::find_by_id(id)
        .filter(invitation::Column::CommunityId.eq(community_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Newest first.
pub async fn list(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<Invitation>> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::CommunityId.eq(community_id))
        .order_by_desc(invitation::Column::Id)
        .all(db)
        .await?)
}

fn still_open(now: i64) -> Condition {
    Condition::all()
        .add(invitation::Column::RevokedAt.is_null())
        .add(invitation::Column::ExpiresAt.gt(now))
        .add(
            Condition::any()
                .add(invitation::Column::Kind.eq("link"))
                .add(invitation::Column::Declines.eq(0)),
        )
}

/// Adds one to `column` if the invitation is still open and has a use left; `false` otherwise.
async fn count_if_open(
    db: &impl ConnectionTrait,
    id: i32,
    now: i64,
    column: invitation::Column,
) -> Result<bool> {
    let r = invitation::Entity::update_many()
        .col_expr(column, Expr::col(column).add(1))
        .filter(invitation::Column::Id.eq(id))
        .filter(still_open(now))
        .filter(Expr::col(invitation::Column::Uses).lt(Expr::col(invitation::Column::MaxUses)))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Takes one use if one is left; `false` means someone else took the last one (or it closed).
pub async fn take_use(db: &impl ConnectionTrait, id: i32, now: i64) -> Result<bool> {
    count_if_open(db, id, now, invitation::Column::Uses).await
}

/// Counts a decline (no name is recorded); `false` if the invitation is no longer open.
pub async fn record_decline(db: &impl ConnectionTrait, id: i32, now: i64) -> Result<bool> {
    count_if_open(db, id, now, invitation::Column::Declines).await
}

/// `false` if it was already revoked.
pub async fn revoke(db: &impl ConnectionTrait, id: i32, now: i64) -> Result<bool> {
    let r = invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(now))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// A new link for an invitation (a resend): the old link stops working.
pub async fn set_token_hash(db: &impl ConnectionTrait, id: i32, hash: &str) -> Result<()> {
    invitation::Entity::update_many()
        .col_expr(invitation::Column::TokenHash, Expr::value(hash))
        .filter(invitation::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// An invitation by id alone (for the job runner, which acts for no community).
pub async fn by_id(db: &impl ConnectionTrait, id: i32) -> Result<Invitation> {
    invitation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}
