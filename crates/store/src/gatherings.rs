//! Gatherings: the gathering itself, its grid (spaces, slots, locked cells) and answers to it.

use crate::entity::{gathering, locked_cell, rsvp, slot, space};
use crate::{Gathering, LockedCell, Result, Slot, Space, StoreError, unique};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

pub struct NewGathering<'a> {
    pub community_id: i32,
    pub title: &'a str,
    pub calling_question: &'a str,
    pub invitation: &'a str,
    pub venue: &'a str,
    pub time_zone: &'a str,
    pub phase: &'a str,
    pub license: &'a str,
    pub dots: i32,
    pub created_by: Option<i32>,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, new: NewGathering<'_>) -> Result<Gathering> {
    Ok(gathering::ActiveModel {
        community_id: Set(new.community_id),
        title: Set(new.title.to_owned()),
        calling_question: Set(new.calling_question.to_owned()),
        invitation: Set(new.invitation.to_owned()),
        venue: Set(new.venue.to_owned()),
        time_zone: Set(new.time_zone.to_owned()),
        phase: Set(new.phase.to_owned()),
        license: Set(new.license.to_owned()),
        dots: Set(new.dots),
        version: Set(0),
        created_by: Set(new.created_by),
        created_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// A gathering, only if it belongs to this community.
pub async fn get(db: &impl ConnectionTrait, community_id: i32, id: i32) -> Result<Gathering> {
    gathering::Entity::find_by_id(id)
        .filter(gathering::Column::CommunityId.eq(community_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A gathering by id alone, for callers already authorized for it.
pub async fn by_id(db: &impl ConnectionTrait, id: i32) -> Result<Gathering> {
    gathering::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Newest first.
pub async fn list(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<Gathering>> {
    Ok(gathering::Entity::find()
        .filter(gathering::Column::CommunityId.eq(community_id))
        .order_by_desc(gathering::Column::Id)
        .all(db)
        .await?)
}

/// Counts a change and locks the gathering's row for the rest of the transaction, so changes
/// to one gathering are serialized on both databases; returns the new version.
pub async fn touch(db: &impl ConnectionTrait, id: i32) -> Result<i64> {
    let r = gathering::Entity::update_many()
        .col_expr(
            gathering::Column::Version,
            Expr::col(gathering::Column::Version).add(1),
        )
        .filter(gathering::Column::Id.eq(id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    version(db, id).await
}

pub async fn version(db: &impl ConnectionTrait, id: i32) -> Result<i64> {
    gathering::Entity::find_by_id(id)
        .select_only()
        .column(gathering::Column::Version)
        .into_tuple::<i64>()
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Moves the phase on only from `from`, so two hosts pressing "next" at once move it once.
pub async fn set_phase(db: &impl ConnectionTrait, id: i32, from: &str, to: &str) -> Result<bool> {
    let r = gathering::Entity::update_many()
        .col_expr(gathering::Column::Phase, Expr::value(to))
        .filter(gathering::Column::Id.eq(id))
        .filter(gathering::Column::Phase.eq(from))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub async fn add_space(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    name: &str,
    capacity: i32,
    features: &str,
) -> Result<Space> {
    space::ActiveModel {
        gathering_id: Set(gathering_id),
        name: Set(name.to_owned()),
        capacity: Set(capacity),
        features: Set(features.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("space name"))
}

pub async fn add_slot(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    (starts_at, ends_at): (i64, i64),
    kind: &str,
    label: &str,
) -> Result<Slot> {
    Ok(slot::ActiveModel {
        gathering_id: Set(gathering_id),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        kind: Set(kind.to_owned()),
        label: Set(label.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

pub async fn lock_cell(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    space_id: i32,
    slot_id: i32,
    label: &str,
) -> Result<LockedCell> {
    locked_cell::ActiveModel {
        gathering_id: Set(gathering_id),
        space_id: Set(space_id),
        slot_id: Set(slot_id),
        label: Set(label.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("cell"))
}

/// In the order they were added.
pub async fn spaces(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Space>> {
    Ok(space::Entity::find()
        .filter(space::Column::GatheringId.eq(gathering_id))
        .order_by_asc(space::Column::Id)
        .all(db)
        .await?)
}

/// In time order.
pub async fn slots(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Slot>> {
    Ok(slot::Entity::find()
        .filter(slot::Column::GatheringId.eq(gathering_id))
        .order_by_asc(slot::Column::StartsAt)
        .order_by_asc(slot::Column::Id)
        .all(db)
        .await?)
}

pub async fn locked_cells(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<LockedCell>> {
    Ok(locked_cell::Entity::find()
        .filter(locked_cell::Column::GatheringId.eq(gathering_id))
        .all(db)
        .await?)
}

/// Records or changes a person's answer.
pub async fn set_rsvp(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    account_id: i32,
    answer: &str,
    now: i64,
) -> Result<()> {
    let existing = rsvp::Entity::find()
        .filter(rsvp::Column::GatheringId.eq(gathering_id))
        .filter(rsvp::Column::AccountId.eq(account_id))
        .one(db)
        .await?;
    match existing {
        Some(r) => {
            let mut r: rsvp::ActiveModel = r.into();
            r.answer = Set(answer.to_owned());
            r.at = Set(now);
            r.update(db).await?;
        }
        None => {
            rsvp::ActiveModel {
                gathering_id: Set(gathering_id),
                account_id: Set(account_id),
                answer: Set(answer.to_owned()),
                at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await
            .map_err(unique("answer"))?;
        }
    }
    Ok(())
}

pub async fn rsvp_of(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    account_id: i32,
) -> Result<Option<String>> {
    Ok(rsvp::Entity::find()
        .filter(rsvp::Column::GatheringId.eq(gathering_id))
        .filter(rsvp::Column::AccountId.eq(account_id))
        .one(db)
        .await?
        .map(|r| r.answer))
}

/// How many answered each way: counts only, never who declined.
pub async fn rsvp_counts(
    db: &impl ConnectionTrait,
    gathering_id: i32,
) -> Result<Vec<(String, i64)>> {
    Ok(rsvp::Entity::find()
        .select_only()
        .column(rsvp::Column::Answer)
        .expr(Func::count(Expr::col(rsvp::Column::Id)))
        .filter(rsvp::Column::GatheringId.eq(gathering_id))
        .group_by(rsvp::Column::Answer)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?)
}

/// Accounts that said yes (they may convene and are the people the scheduler plans for).
pub async fn attending(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<i32>> {
    Ok(rsvp::Entity::find()
        .select_only()
        .column(rsvp::Column::AccountId)
        .filter(rsvp::Column::GatheringId.eq(gathering_id))
        .filter(rsvp::Column::Answer.eq("yes"))
        .into_tuple::<i32>()
        .all(db)
        .await?)
}

/// Removes a space; its sessions go back to the marketplace first (they keep everything else).
/// Returns how many sessions lost their cell.
pub async fn remove_space(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    space_id: i32,
) -> Result<u64> {
    let moved = crate::entity::session::Entity::update_many()
        .col_expr(
            crate::entity::session::Column::SpaceId,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(
            crate::entity::session::Column::SlotId,
            Expr::value(Option::<i32>::None),
        )
        .filter(crate::entity::session::Column::SpaceId.eq(space_id))
        .exec(db)
        .await?
        .rows_affected;
    let r = space::Entity::delete_many()
        .filter(space::Column::Id.eq(space_id))
        .filter(space::Column::GatheringId.eq(gathering_id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(moved)
}

/// The gathering's own words and place, as the host edits them.
pub struct Details<'a> {
    pub title: &'a str,
    pub calling_question: &'a str,
    pub invitation: &'a str,
    pub venue: &'a str,
    pub time_zone: &'a str,
}

pub async fn update_details(db: &impl ConnectionTrait, id: i32, d: Details<'_>) -> Result<()> {
    let r = gathering::Entity::update_many()
        .col_expr(gathering::Column::Title, Expr::value(d.title))
        .col_expr(
            gathering::Column::CallingQuestion,
            Expr::value(d.calling_question),
        )
        .col_expr(gathering::Column::Invitation, Expr::value(d.invitation))
        .col_expr(gathering::Column::Venue, Expr::value(d.venue))
        .col_expr(gathering::Column::TimeZone, Expr::value(d.time_zone))
        .filter(gathering::Column::Id.eq(id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub async fn update_space(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    space_id: i32,
    name: &str,
    capacity: i32,
    features: &str,
) -> Result<()> {
    let r = space::Entity::update_many()
        .col_expr(space::Column::Name, Expr::value(name))
        .col_expr(space::Column::Capacity, Expr::value(capacity))
        .col_expr(space::Column::Features, Expr::value(features))
        .filter(space::Column::Id.eq(space_id))
        .filter(space::Column::GatheringId.eq(gathering_id))
        .exec(db)
        .await
        .map_err(unique("space name"))?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub async fn update_slot(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    slot_id: i32,
    (starts_at, ends_at): (i64, i64),
    kind: &str,
    label: &str,
) -> Result<()> {
    let r = slot::Entity::update_many()
        .col_expr(slot::Column::StartsAt, Expr::value(starts_at))
        .col_expr(slot::Column::EndsAt, Expr::value(ends_at))
        .col_expr(slot::Column::Kind, Expr::value(kind))
        .col_expr(slot::Column::Label, Expr::value(label))
        .filter(slot::Column::Id.eq(slot_id))
        .filter(slot::Column::GatheringId.eq(gathering_id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Sessions placed in a slot go back to the marketplace and its locked cells go (a slot that
/// became a plenary or break, or is removed). Returns how many sessions lost their cell.
pub async fn clear_slot(db: &impl ConnectionTrait, slot_id: i32) -> Result<u64> {
    use crate::entity::session;
    let moved = session::Entity::update_many()
        .col_expr(session::Column::SpaceId, Expr::value(Option::<i32>::None))
        .col_expr(session::Column::SlotId, Expr::value(Option::<i32>::None))
        .filter(session::Column::SlotId.eq(slot_id))
        .exec(db)
        .await?
        .rows_affected;
    locked_cell::Entity::delete_many()
        .filter(locked_cell::Column::SlotId.eq(slot_id))
        .exec(db)
        .await?;
    Ok(moved)
}

/// Removes a slot; its sessions go back to the marketplace first. Returns how many moved.
pub async fn remove_slot(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    slot_id: i32,
) -> Result<u64> {
    let exists = slot::Entity::find()
        .filter(slot::Column::Id.eq(slot_id))
        .filter(slot::Column::GatheringId.eq(gathering_id))
        .one(db)
        .await?;
    if exists.is_none() {
        return Err(StoreError::NotFound);
    }
    let moved = clear_slot(db, slot_id).await?;
    slot::Entity::delete_many()
        .filter(slot::Column::Id.eq(slot_id))
        .exec(db)
        .await?;
    Ok(moved)
}
