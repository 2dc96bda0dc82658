//! The harvest: names people chose to show under a report, dot votes, actions and their
//! owners. Reports' and actions' texts are content (`contents`).

use crate::entity::{action, action_owner, report_name, session, vote};
use crate::{Action, Result, StoreError, Vote};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

fn sessions_of(gathering_id: i32) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(session::Column::Id)
        .from(session::Entity)
        .and_where(session::Column::GatheringId.eq(gathering_id))
        .to_owned()
}

pub async fn set_named(
    db: &impl ConnectionTrait,
    session_id: i32,
    account_id: i32,
    named: bool,
) -> Result<()> {
    report_name::Entity::delete_many()
        .filter(report_name::Column::SessionId.eq(session_id))
        .filter(report_name::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    if named {
        report_name::ActiveModel {
            session_id: Set(session_id),
            account_id: Set(account_id),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// (session, account) for everyone who chose to be named, in a gathering.
pub async fn named(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<(i32, i32)>> {
    Ok(report_name::Entity::find()
        .filter(report_name::Column::SessionId.in_subquery(sessions_of(gathering_id)))
        .order_by_asc(report_name::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.session_id, n.account_id))
        .collect())
}

pub async fn votes(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Vote>> {
    Ok(vote::Entity::find()
        .filter(vote::Column::GatheringId.eq(gathering_id))
        .all(db)
        .await?)
}

/// Adds (`delta` = 1) or takes back (-1) one dot; a vote row holds at least one dot.
pub async fn move_dot(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    account_id: i32,
    (kind, target): (&str, i32),
    delta: i32,
) -> Result<()> {
    let existing = vote::Entity::find()
        .filter(vote::Column::GatheringId.eq(gathering_id))
        .filter(vote::Column::AccountId.eq(account_id))
        .filter(vote::Column::TargetKind.eq(kind))
        .filter(vote::Column::TargetId.eq(target))
        .one(db)
        .await?;
    match (existing, delta > 0) {
        (Some(v), _) if v.dots + delta <= 0 => {
            vote::Entity::delete_by_id(v.id).exec(db).await?;
        }
        (Some(v), _) => {
            let dots = v.dots + delta;
            let mut v: vote::ActiveModel = v.into();
            v.dots = Set(dots);
            v.update(db).await?;
        }
        (None, true) => {
            vote::ActiveModel {
                gathering_id: Set(gathering_id),
                account_id: Set(account_id),
                target_kind: Set(kind.to_owned()),
                target_id: Set(target),
                dots: Set(delta),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        (None, false) => {}
    }
    Ok(())
}

pub struct NewAction<'a> {
    pub gathering_id: i32,
    pub session_id: Option<i32>,
    pub due_on: Option<&'a str>,
    pub created_by: i32,
    pub now: i64,
}

pub async fn create_action(db: &impl ConnectionTrait, new: NewAction<'_>) -> Result<Action> {
    Ok(action::ActiveModel {
        gathering_id: Set(new.gathering_id),
        session_id: Set(new.session_id),
        due_on: Set(new.due_on.map(str::to_owned)),
        status: Set("open".into()),
        created_by: Set(Some(new.created_by)),
        created_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Oldest first.
pub async fn actions(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Action>> {
    Ok(action::Entity::find()
        .filter(action::Column::GatheringId.eq(gathering_id))
        .order_by_asc(action::Column::Id)
        .all(db)
        .await?)
}

pub async fn action(db: &impl ConnectionTrait, gathering_id: i32, id: i32) -> Result<Action> {
    action::Entity::find_by_id(id)
        .filter(action::Column::GatheringId.eq(gathering_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn set_status(db: &impl ConnectionTrait, id: i32, status: &str) -> Result<()> {
    action::Entity::update_many()
        .col_expr(action::Column::Status, Expr::value(status))
        .filter(action::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Volunteers (`true`) or steps back; nobody is ever added by someone else.
pub async fn set_owner(
    db: &impl ConnectionTrait,
    action_id: i32,
    account_id: i32,
    on: bool,
) -> Result<()> {
    action_owner::Entity::delete_many()
        .filter(action_owner::Column::ActionId.eq(action_id))
        .filter(action_owner::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    if on {
        action_owner::ActiveModel {
            action_id: Set(action_id),
            account_id: Set(account_id),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// (action, account) for every owner of the gathering's actions, in the order they volunteered.
pub async fn owners(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<(i32, i32)>> {
    Ok(action_owner::Entity::find()
        .filter(
            action_owner::Column::ActionId.in_subquery(
                Query::select()
                    .column(action::Column::Id)
                    .from(action::Entity)
                    .and_where(action::Column::GatheringId.eq(gathering_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(action_owner::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.action_id, o.account_id))
        .collect())
}
