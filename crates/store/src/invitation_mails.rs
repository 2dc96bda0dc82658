//! Deliveries of personal invitations by e-mail (one per invitation): queued with the
//! invitation or a resend, then marked sent or failed by the job runner.

use crate::Result;
use crate::entity::{invitation, invitation_mail};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};

pub use invitation_mail::Model as InvitationMail;

pub const WAITING: &str = "waiting";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";

/// Queues (or queues again) the message for an invitation, carrying the link's `token`.
pub async fn queue(
    db: &impl ConnectionTrait,
    invitation_id: i32,
    token: &str,
    now: i64,
) -> Result<()> {
    invitation_mail::Entity::delete_many()
        .filter(invitation_mail::Column::InvitationId.eq(invitation_id))
        .exec(db)
        .await?;
    invitation_mail::ActiveModel {
        invitation_id: Set(invitation_id),
        pending_token: Set(token.to_owned()),
        state: Set(WAITING.to_owned()),
        attempts: Set(0),
        last_error: Set(String::new()),
        sent_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn get(db: &impl ConnectionTrait, invitation_id: i32) -> Result<Option<InvitationMail>> {
    Ok(invitation_mail::Entity::find()
        .filter(invitation_mail::Column::InvitationId.eq(invitation_id))
        .one(db)
        .await?)
}

/// The deliveries of a community's invitations.
pub async fn for_community(
    db: &impl ConnectionTrait,
    community_id: i32,
) -> Result<Vec<InvitationMail>> {
    let ids: Vec<i32> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::Id)
        .filter(invitation::Column::CommunityId.eq(community_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(invitation_mail::Entity::find()
        .filter(invitation_mail::Column::InvitationId.is_in(ids))
        .all(db)
        .await?)
}

/// The message went out: the token is no longer kept.
pub async fn sent(db: &impl ConnectionTrait, id: i32, attempts: i32, now: i64) -> Result<()> {
    invitation_mail::Entity::update_many()
        .col_expr(invitation_mail::Column::State, Expr::value(SENT))
        .col_expr(invitation_mail::Column::PendingToken, Expr::value(""))
        .col_expr(invitation_mail::Column::Attempts, Expr::value(attempts))
        .col_expr(invitation_mail::Column::SentAt, Expr::value(now))
        .col_expr(invitation_mail::Column::UpdatedAt, Expr::value(now))
        .filter(invitation_mail::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// An attempt failed; with `give_up` the delivery is failed for good and the token cleared.
pub async fn failed(
    db: &impl ConnectionTrait,
    id: i32,
    attempts: i32,
    error: &str,
    give_up: bool,
    now: i64,
) -> Result<()> {
    let mut q = invitation_mail::Entity::update_many()
        .col_expr(invitation_mail::Column::Attempts, Expr::value(attempts))
        .col_expr(
            invitation_mail::Column::LastError,
            Expr::value(error.chars().take(300).collect::<String>()),
        )
        .col_expr(invitation_mail::Column::UpdatedAt, Expr::value(now));
    if give_up {
        q = q
            .col_expr(invitation_mail::Column::State, Expr::value(FAILED))
            .col_expr(invitation_mail::Column::PendingToken, Expr::value(""));
    }
    q.filter(invitation_mail::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
