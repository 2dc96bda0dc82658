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
    QueryOrder, QuerySelect, Set,
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
    Ok(deliver_many(db, e, &[(account, mail)], now)
        .await?
        .first()
        .map(|&(_, id)| id))
}

/// Writes the rows for `e` of each (account, e-mail state) in `to` that has none yet, in
/// multi-row inserts (a row already there is left as it is: the fan-out may run twice).
/// The rows written, as (account, row id), in no particular order.
pub async fn deliver_many(
    db: &impl ConnectionTrait,
    e: &Event,
    to: &[(i32, &str)],
    now: i64,
) -> Result<Vec<(i32, i32)>> {
    use notification::Column as C;
    const COLUMNS: [C; 10] = [
        C::AccountId,
        C::EventId,
        C::Kind,
        C::CommunityId,
        C::ContentId,
        C::SubjectId,
        C::ActorId,
        C::ReadAt,
        C::Mail,
        C::CreatedAt,
    ];
    let mut out = Vec::with_capacity(to.len());
    for chunk in to.chunks(crate::MAX_PARAMS / COLUMNS.len()) {
        let mut q = Query::insert();
        q.into_table(notification::Entity).columns(COLUMNS);
        for &(account, mail) in chunk {
            q.values_panic([
                account.into(),
                e.id.into(),
                e.kind.as_str().into(),
                e.community_id.into(),
                e.content_id.into(),
                e.subject_id.into(),
                e.actor_id.into(),
                Option::<i64>::None.into(),
                mail.into(),
                now.into(),
            ]);
        }
        q.on_conflict(
            OnConflict::columns([C::AccountId, C::EventId])
                .do_nothing()
                .to_owned(),
        )
        .returning(Query::returning().columns([C::AccountId, C::Id]));
        for row in db.query_all(&q).await? {
            out.push((
                row.try_get::<i32>("", "account_id")?,
                row.try_get::<i32>("", "id")?,
            ));
        }
    }
    Ok(out)
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

/// The unread rows of each of `accounts` (the inbox badges of many open streams at once).
pub async fn unread_of(db: &impl ConnectionTrait, accounts: &[i32]) -> Result<Vec<Notification>> {
    let mut rows = Vec::new();
    for chunk in accounts.chunks(crate::IN_CHUNK) {
        rows.extend(
            notification::Entity::find()
                .filter(notification::Column::AccountId.is_in(chunk.iter().copied()))
                .filter(notification::Column::ReadAt.is_null())
                .all(db)
                .await?,
        );
    }
    Ok(rows)
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

/// The e-mail choice for `kind` of each of `accounts` that made one (the others use its default).
pub async fn modes_for(
    db: &impl ConnectionTrait,
    accounts: &[i32],
    kind: &str,
) -> Result<HashMap<i32, String>> {
    let mut out = HashMap::new();
    for chunk in accounts.chunks(crate::IN_CHUNK) {
        for s in notification_setting::Entity::find()
            .filter(notification_setting::Column::Kind.eq(kind))
            .filter(notification_setting::Column::AccountId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            out.insert(s.account_id, s.mode);
        }
    }
    Ok(out)
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
