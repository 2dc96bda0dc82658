//! Sessions of a gathering, the interest people signal in them, and presence (the law of two
//! feet). One session per cell and one open presence per person are kept by unique indexes.

use crate::entity::{interest, presence, session};
use crate::{Interest, Presence, Result, Session, StoreError, unique};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub struct NewSession<'a> {
    pub gathering_id: i32,
    pub convener_id: i32,
    pub title: &'a str,
    pub description: &'a str,
    pub needs: &'a str,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, new: NewSession<'_>) -> Result<Session> {
    Ok(session::ActiveModel {
        gathering_id: Set(new.gathering_id),
        convener_id: Set(Some(new.convener_id)),
        title: Set(new.title.to_owned()),
        description: Set(new.description.to_owned()),
        needs: Set(new.needs.to_owned()),
        space_id: Set(None),
        slot_id: Set(None),
        created_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// A session, only if it belongs to this gathering.
pub async fn get(db: &impl ConnectionTrait, gathering_id: i32, id: i32) -> Result<Session> {
    session::Entity::find_by_id(id)
        .filter(session::Column::GatheringId.eq(gathering_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// In the order they were announced.
pub async fn list(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Session>> {
    Ok(session::Entity::find()
        .filter(session::Column::GatheringId.eq(gathering_id))
        .order_by_asc(session::Column::Id)
        .all(db)
        .await?)
}

/// Puts a session in a cell (or back in the marketplace with `None`). A cell someone else holds
/// is `Duplicate("cell")`: the unique index decides between simultaneous claims.
pub async fn place(db: &impl ConnectionTrait, id: i32, cell: Option<(i32, i32)>) -> Result<()> {
    session::Entity::update_many()
        .col_expr(session::Column::SpaceId, Expr::value(cell.map(|c| c.0)))
        .col_expr(session::Column::SlotId, Expr::value(cell.map(|c| c.1)))
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await
        .map_err(unique("cell"))?;
    Ok(())
}

/// `true` if the interest was new.
pub async fn add_interest(
    db: &impl ConnectionTrait,
    session_id: i32,
    account_id: i32,
) -> Result<bool> {
    let r = interest::ActiveModel {
        session_id: Set(session_id),
        account_id: Set(account_id),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("interest"));
    match r {
        Ok(_) => Ok(true),
        Err(StoreError::Duplicate(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

pub async fn remove_interest(
    db: &impl ConnectionTrait,
    session_id: i32,
    account_id: i32,
) -> Result<()> {
    interest::Entity::delete_many()
        .filter(interest::Column::SessionId.eq(session_id))
        .filter(interest::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every interest in the gathering's sessions.
pub async fn interests(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Interest>> {
    Ok(interest::Entity::find()
        .filter(
            interest::Column::SessionId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(session::Column::Id)
                    .from(session::Entity)
                    .and_where(session::Column::GatheringId.eq(gathering_id))
                    .to_owned(),
            ),
        )
        .all(db)
        .await?)
}

/// Ends the person's open interval in this gathering, if any; returns the session they left.
pub async fn check_out(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    account_id: i32,
    now: i64,
) -> Result<Option<i32>> {
    let Some(open) = open_presence(db, gathering_id, account_id).await? else {
        return Ok(None);
    };
    presence::Entity::update_many()
        .col_expr(presence::Column::Until, Expr::value(now))
        .filter(presence::Column::Id.eq(open.id))
        .filter(presence::Column::Until.is_null())
        .exec(db)
        .await?;
    Ok(Some(open.session_id))
}

/// Starts an interval in a session (call `check_out` first: one open interval per person).
pub async fn check_in(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    session_id: i32,
    account_id: i32,
    anonymous: bool,
    now: i64,
) -> Result<Presence> {
    presence::ActiveModel {
        gathering_id: Set(gathering_id),
        session_id: Set(session_id),
        account_id: Set(account_id),
        anonymous: Set(anonymous),
        since: Set(now),
        until: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("presence"))
}

pub async fn open_presence(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    account_id: i32,
) -> Result<Option<Presence>> {
    Ok(presence::Entity::find()
        .filter(presence::Column::GatheringId.eq(gathering_id))
        .filter(presence::Column::AccountId.eq(account_id))
        .filter(presence::Column::Until.is_null())
        .one(db)
        .await?)
}

/// Open intervals of the gathering: who is in which session now.
pub async fn present(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Presence>> {
    Ok(presence::Entity::find()
        .filter(presence::Column::GatheringId.eq(gathering_id))
        .filter(presence::Column::Until.is_null())
        .all(db)
        .await?)
}

/// Every interval of the gathering, oldest first (for exports and the network).
pub async fn presences(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Presence>> {
    Ok(presence::Entity::find()
        .filter(presence::Column::GatheringId.eq(gathering_id))
        .order_by_asc(presence::Column::Since)
        .all(db)
        .await?)
}
