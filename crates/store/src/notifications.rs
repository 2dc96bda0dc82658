//! Notifications: events recorded by the change that causes them, inbox rows written from
//! them by the job runner (one per person and event, whatever how often the fan-out runs),
//! the state of each row's e-mail, each person's e-mail choice per kind, and named server keys.

use crate::entity::{
    action, action_due_notice, action_owner, notification, notification_event,
    notification_setting, server_key,
};
use crate::{Notification, Result, StoreError};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, SqlErr,
};
use std::collections::HashMap;

pub use notification_event::Model as Event;

/// The e-mail states of an inbox row.
pub const MAIL_NONE: &str = "none";
pub const MAIL_WAITING: &str = "waiting";
pub const MAIL_DIGEST: &str = "digest";
pub const MAIL_SENT: &str = "sent";
/// Not sent: the reader could no longer read it when its turn came.
pub const MAIL_SKIPPED: &str = "skipped";

pub struct NewEvent {
    pub kind: &'static str,
    pub community: i32,
    pub content: Option<i32>,
    pub subject: i32,
    pub target: Option<i32>,
    pub actor: Option<i32>,
    pub now: i64,
}

pub async fn record(db: &impl ConnectionTrait, e: NewEvent) -> Result<i32> {
    Ok(notification_event::ActiveModel {
        kind: Set(e.kind.to_owned()),
        community_id: Set(e.community),
        content_id: Set(e.content),
        subject_id: Set(e.subject),
        target_id: Set(e.target),
        actor_id: Set(e.actor),
        created_at: Set(e.now),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

pub async fn event(db: &impl ConnectionTrait, id: i32) -> Result<Option<Event>> {
    Ok(notification_event::Entity::find_by_id(id).one(db).await?)
}

/// Writes `account`'s row for `event` unless it is there; the new row's id, if written.
pub async fn deliver(
    db: &impl ConnectionTrait,
    account: i32,
    e: &Event,
    mail: &str,
    now: i64,
) -> Result<Option<i32>> {
    let there = notification::Entity::find()
        .filter(notification::Column::AccountId.eq(account))
        .filter(notification::Column::EventId.eq(e.id))
        .count(db)
        .await?;
    if there > 0 {
        return Ok(None);
    }
    let row = notification::ActiveModel {
        account_id: Set(account),
        event_id: Set(e.id),
        kind: Set(e.kind.clone()),
        community_id: Set(e.community_id),
        content_id: Set(e.content_id),
        subject_id: Set(e.subject_id),
        actor_id: Set(e.actor_id),
        read_at: Set(None),
        mail: Set(mail.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await;
    match row {
        Ok(r) => Ok(Some(r.id)),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(None),
        Err(e) => Err(StoreError::Db(e)),
    }
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<Option<Notification>> {
    Ok(notification::Entity::find_by_id(id).one(db).await?)
}

/// A person's newest rows first (at most `limit`).
pub async fn inbox(
    db: &impl ConnectionTrait,
    account: i32,
    limit: u64,
) -> Result<Vec<Notification>> {
    Ok(notification::Entity::find()
        .filter(notification::Column::AccountId.eq(account))
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// A person's unread rows (the badge counts those still readable).
pub async fn unread(db: &impl ConnectionTrait, account: i32) -> Result<Vec<Notification>> {
    Ok(notification::Entity::find()
        .filter(notification::Column::AccountId.eq(account))
        .filter(notification::Column::ReadAt.is_null())
        .order_by_desc(notification::Column::Id)
        .limit(500)
        .all(db)
        .await?)
}

/// Marks one row read (`Some(id)`) or all of them; only the person's own rows. Whether any changed.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    account: i32,
    id: Option<i32>,
    now: i64,
) -> Result<bool> {
    let mut q = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(now))
        .filter(notification::Column::AccountId.eq(account))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(id) = id {
        q = q.filter(notification::Column::Id.eq(id));
    }
    Ok(q.exec(db).await?.rows_affected > 0)
}

pub async fn set_mail(db: &impl ConnectionTrait, ids: &[i32], state: &str) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    notification::Entity::update_many()
        .col_expr(notification::Column::Mail, Expr::value(state))
        .filter(notification::Column::Id.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    Ok(())
}

/// A person's rows waiting for their digest, oldest first.
pub async fn digest_waiting(db: &impl ConnectionTrait, account: i32) -> Result<Vec<Notification>> {
    Ok(notification::Entity::find()
        .filter(notification::Column::AccountId.eq(account))
        .filter(notification::Column::Mail.eq(MAIL_DIGEST))
        .order_by_asc(notification::Column::Id)
        .all(db)
        .await?)
}

/// Rows whose e-mail is not sent yet (at once or in a digest), across all people.
pub async fn mail_backlog(db: &impl ConnectionTrait) -> Result<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::Mail.is_in([MAIL_WAITING, MAIL_DIGEST]))
        .count(db)
        .await?)
}

/// A person's e-mail choice per kind (kinds without a row use their default).
pub async fn modes(db: &impl ConnectionTrait, account: i32) -> Result<HashMap<String, String>> {
    Ok(notification_setting::Entity::find()
        .filter(notification_setting::Column::AccountId.eq(account))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.kind, s.mode))
        .collect())
}

pub async fn set_mode(
    db: &impl ConnectionTrait,
    account: i32,
    kind: &str,
    mode: &str,
) -> Result<()> {
    notification_setting::Entity::insert(notification_setting::ActiveModel {
        account_id: Set(account),
        kind: Set(kind.to_owned()),
        mode: Set(mode.to_owned()),
    })
    .on_conflict(
        OnConflict::columns([
            notification_setting::Column::AccountId,
            notification_setting::Column::Kind,
        ])
        .update_column(notification_setting::Column::Mode)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// The named key, made by `fresh` the first time (the first writer's value wins).
pub async fn server_key(
    db: &impl ConnectionTrait,
    name: &str,
    fresh: impl FnOnce() -> String,
) -> Result<String> {
    if let Some(k) = server_key::Entity::find_by_id(name.to_owned())
        .one(db)
        .await?
    {
        return Ok(k.value);
    }
    server_key::Entity::insert(server_key::ActiveModel {
        name: Set(name.to_owned()),
        value: Set(fresh()),
    })
    .on_conflict(
        OnConflict::column(server_key::Column::Name)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    server_key::Entity::find_by_id(name.to_owned())
        .one(db)
        .await?
        .map(|k| k.value)
        .ok_or(StoreError::NotFound)
}

/// Open or started actions due between `from` and `to` (dates `2026-12-01`, both included)
/// that someone volunteered for: what the due-soon sweep looks at.
pub async fn actions_due(
    db: &impl ConnectionTrait,
    from: &str,
    to: &str,
) -> Result<Vec<crate::Action>> {
    Ok(action::Entity::find()
        .filter(action::Column::DueOn.gte(from))
        .filter(action::Column::DueOn.lte(to))
        .filter(action::Column::Status.is_in(["open", "doing"]))
        .filter(
            action::Column::Id.in_subquery(
                Query::select()
                    .column(action_owner::Column::ActionId)
                    .from(action_owner::Entity)
                    .to_owned(),
            ),
        )
        .order_by_asc(action::Column::Id)
        .all(db)
        .await?)
}

/// Claims the notice for `action` due on `due_on`: `true` for the first caller only (a
/// sweep that runs twice, or on two servers, tells once; a moved due date is new).
pub async fn claim_action_due(
    db: &impl ConnectionTrait,
    action: i32,
    due_on: &str,
    now: i64,
) -> Result<bool> {
    let n = action_due_notice::Entity::insert(action_due_notice::ActiveModel {
        action_id: Set(action),
        due_on: Set(due_on.to_owned()),
        created_at: Set(now),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            action_due_notice::Column::ActionId,
            action_due_notice::Column::DueOn,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(n > 0)
}

/// The action and its owners now (fan-out and display re-check both).
pub async fn action_and_owners(
    db: &impl ConnectionTrait,
    action: i32,
) -> Result<Option<(crate::Action, Vec<i32>)>> {
    let Some(a) = action::Entity::find_by_id(action).one(db).await? else {
        return Ok(None);
    };
    let owners = action_owner::Entity::find()
        .filter(action_owner::Column::ActionId.eq(action))
        .order_by_asc(action_owner::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.account_id)
        .collect();
    Ok(Some((a, owners)))
}
