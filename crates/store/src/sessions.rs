//! Sessions of a gathering, the interest people signal in them, and presence (the law of two
//! feet). One session per cell and one open presence per person are kept by unique indexes.

use crate::entity::{co_convener, interest, presence, session};
use crate::{Interest, Presence, Result, Session, StoreError, unique};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub struct NewSession<'a> {
    pub gathering_id: i32,
    pub convener_id: i32,
    pub title: &'a str,
    pub needs: &'a str,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, new: NewSession<'_>) -> Result<Session> {
    Ok(session::ActiveModel {
        gathering_id: Set(new.gathering_id),
        convener_id: Set(Some(new.convener_id)),
        title: Set(new.title.to_owned()),
        needs: Set(new.needs.to_owned()),
        space_id: Set(None),
        slot_id: Set(None),
        created_at: Set(new.now),
        merge_into: Set(None),
        merged_into: Set(None),
        withdrawn_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// A session, only if it belongs to this gathering and was neither merged away nor withdrawn.
pub async fn get(db: &impl ConnectionTrait, gathering_id: i32, id: i32) -> Result<Session> {
    session::Entity::find_by_id(id)
        .filter(session::Column::GatheringId.eq(gathering_id))
        .filter(session::Column::MergedInto.is_null())
        .filter(session::Column::WithdrawnAt.is_null())
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// In the order they were announced; merged sessions live on in the one they joined, withdrawn
/// ones are left out.
pub async fn list(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Session>> {
    Ok(session::Entity::find()
        .filter(session::Column::GatheringId.eq(gathering_id))
        .filter(session::Column::MergedInto.is_null())
        .filter(session::Column::WithdrawnAt.is_null())
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

/// Withdraws a session: it leaves its cell and every list; its history stays.
pub async fn withdraw(db: &impl ConnectionTrait, id: i32, now: i64) -> Result<()> {
    session::Entity::update_many()
        .col_expr(session::Column::SpaceId, Expr::value(None::<i32>))
        .col_expr(session::Column::SlotId, Expr::value(None::<i32>))
        .col_expr(session::Column::MergeInto, Expr::value(None::<i32>))
        .col_expr(session::Column::WithdrawnAt, Expr::value(now))
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await?;
    // Whoever is checked in to it is checked out.
    presence::Entity::update_many()
        .col_expr(presence::Column::Until, Expr::value(now))
        .filter(presence::Column::SessionId.eq(id))
        .filter(presence::Column::Until.is_null())
        .exec(db)
        .await?;
    // Proposals to merge into it lapse with it.
    session::Entity::update_many()
        .col_expr(session::Column::MergeInto, Expr::value(None::<i32>))
        .filter(session::Column::MergeInto.eq(id))
        .exec(db)
        .await?;
    crate::search::enqueue_session(db, id).await
}

/// A session's title, as its convener edits it.
pub async fn retitle(db: &impl ConnectionTrait, id: i32, title: &str) -> Result<()> {
    session::Entity::update_many()
        .col_expr(session::Column::Title, Expr::value(title))
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await?;
    crate::search::enqueue_session(db, id).await
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

pub async fn add_co_convener(
    db: &impl ConnectionTrait,
    session_id: i32,
    account_id: i32,
) -> Result<()> {
    co_convener::ActiveModel {
        session_id: Set(session_id),
        account_id: Set(account_id),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("co-convener"))?;
    Ok(())
}

/// (session, account) for every co-convener in a gathering.
pub async fn co_conveners(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<(i32, i32)>> {
    Ok(co_convener::Entity::find()
        .filter(co_convener::Column::SessionId.in_subquery(of_gathering(gathering_id)))
        .order_by_asc(co_convener::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.session_id, c.account_id))
        .collect())
}

fn of_gathering(gathering_id: i32) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(session::Column::Id)
        .from(session::Entity)
        .and_where(session::Column::GatheringId.eq(gathering_id))
        .to_owned()
}

/// Records (or withdraws, with `None`) a proposal to merge `id` into another session.
pub async fn propose_merge(db: &impl ConnectionTrait, id: i32, into: Option<i32>) -> Result<()> {
    session::Entity::update_many()
        .col_expr(session::Column::MergeInto, Expr::value(into))
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Merges `from` into `into`: interest and conveners move over (no duplicates), `from` leaves
/// the wall and the marketplace and points at `into` for good.
pub async fn merge(db: &impl ConnectionTrait, from: &Session, into: &Session) -> Result<()> {
    let wanted: Vec<i32> = interest::Entity::find()
        .filter(interest::Column::SessionId.eq(from.id))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.account_id)
        .collect();
    for account in wanted {
        add_interest(db, into.id, account).await?;
    }
    let mut people: Vec<i32> = co_convener::Entity::find()
        .filter(co_convener::Column::SessionId.eq(from.id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.account_id)
        .collect();
    people.extend(from.convener_id);
    let have: Vec<i32> = co_convener::Entity::find()
        .filter(co_convener::Column::SessionId.eq(into.id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.account_id)
        .collect();
    for p in people {
        if Some(p) != into.convener_id && !have.contains(&p) {
            add_co_convener(db, into.id, p).await?;
        }
    }
    session::Entity::update_many()
        .col_expr(session::Column::MergedInto, Expr::value(into.id))
        .col_expr(session::Column::MergeInto, Expr::value(Option::<i32>::None))
        .col_expr(session::Column::SpaceId, Expr::value(Option::<i32>::None))
        .col_expr(session::Column::SlotId, Expr::value(Option::<i32>::None))
        .filter(session::Column::Id.eq(from.id))
        .exec(db)
        .await?;
    Ok(())
}
