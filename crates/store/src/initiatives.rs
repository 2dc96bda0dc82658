//! Initiatives: their rows, the people in them (one row per person: part and standing), their
//! updates and asks for help (texts are content), open invitations to lead, and where each
//! came from.

use crate::entity::{
    initiative, initiative_ask, initiative_lead_offer, initiative_person, initiative_update,
};
use crate::{Result, StoreError, unique};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub use initiative::Model as Initiative;
pub use initiative_ask::Model as Ask;
pub use initiative_lead_offer::Model as LeadOffer;
pub use initiative_person::Model as Person;
pub use initiative_update::Model as Update;

pub struct NewInitiative<'a> {
    pub community_id: i32,
    pub title: &'a str,
    pub started_by: i32,
    pub from_action: Option<i32>,
    pub from_gathering: Option<i32>,
    pub from_session: Option<i32>,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, n: NewInitiative<'_>) -> Result<Initiative> {
    Ok(initiative::ActiveModel {
        community_id: Set(n.community_id),
        title: Set(n.title.to_owned()),
        started_by: Set(Some(n.started_by)),
        from_action_id: Set(n.from_action),
        from_gathering_id: Set(n.from_gathering),
        from_session_id: Set(n.from_session),
        created_at: Set(n.now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The community's initiatives, newest first.
pub async fn list(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<Initiative>> {
    Ok(initiative::Entity::find()
        .filter(initiative::Column::CommunityId.eq(community_id))
        .order_by_desc(initiative::Column::Id)
        .all(db)
        .await?)
}

pub async fn get(db: &impl ConnectionTrait, community_id: i32, id: i32) -> Result<Initiative> {
    initiative::Entity::find_by_id(id)
        .filter(initiative::Column::CommunityId.eq(community_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Everyone with a standing in the community's initiatives, in the order they came.
pub async fn people(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<Person>> {
    Ok(initiative_person::Entity::find()
        .filter(
            initiative_person::Column::InitiativeId.in_subquery(
                Query::select()
                    .column(initiative::Column::Id)
                    .from(initiative::Entity)
                    .and_where(initiative::Column::CommunityId.eq(community_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(initiative_person::Column::Id)
        .all(db)
        .await?)
}

/// Sets a person's part and standing in an initiative (one row per person).
pub async fn set_person(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    account_id: i32,
    (part, standing): (&str, &str),
    invited_by: Option<i32>,
    now: i64,
) -> Result<()> {
    let existing = initiative_person::Entity::find()
        .filter(initiative_person::Column::InitiativeId.eq(initiative_id))
        .filter(initiative_person::Column::AccountId.eq(account_id))
        .one(db)
        .await?;
    match existing {
        Some(p) => {
            let mut am: initiative_person::ActiveModel = p.into();
            am.part = Set(part.to_owned());
            am.standing = Set(standing.to_owned());
            am.since = Set(now);
            am.update(db).await?;
        }
        None => {
            initiative_person::ActiveModel {
                initiative_id: Set(initiative_id),
                account_id: Set(account_id),
                part: Set(part.to_owned()),
                standing: Set(standing.to_owned()),
                invited_by: Set(invited_by),
                since: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await
            .map_err(unique("person"))?;
        }
    }
    Ok(())
}

pub async fn remove_person(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    account_id: i32,
) -> Result<()> {
    initiative_person::Entity::delete_many()
        .filter(initiative_person::Column::InitiativeId.eq(initiative_id))
        .filter(initiative_person::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn add_update(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    author: i32,
    now: i64,
) -> Result<Update> {
    Ok(initiative_update::ActiveModel {
        initiative_id: Set(initiative_id),
        author_id: Set(Some(author)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Newest first.
pub async fn updates(db: &impl ConnectionTrait, initiative_id: i32) -> Result<Vec<Update>> {
    Ok(initiative_update::Entity::find()
        .filter(initiative_update::Column::InitiativeId.eq(initiative_id))
        .order_by_desc(initiative_update::Column::Id)
        .all(db)
        .await?)
}

pub async fn add_ask(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    author: i32,
    now: i64,
) -> Result<Ask> {
    Ok(initiative_ask::ActiveModel {
        initiative_id: Set(initiative_id),
        author_id: Set(Some(author)),
        status: Set("open".into()),
        taken_by: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Oldest first.
pub async fn asks(db: &impl ConnectionTrait, initiative_id: i32) -> Result<Vec<Ask>> {
    Ok(initiative_ask::Entity::find()
        .filter(initiative_ask::Column::InitiativeId.eq(initiative_id))
        .order_by_asc(initiative_ask::Column::Id)
        .all(db)
        .await?)
}

pub async fn ask(db: &impl ConnectionTrait, initiative_id: i32, id: i32) -> Result<Ask> {
    initiative_ask::Entity::find_by_id(id)
        .filter(initiative_ask::Column::InitiativeId.eq(initiative_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn set_ask(
    db: &impl ConnectionTrait,
    id: i32,
    status: &str,
    taken_by: Option<i32>,
) -> Result<()> {
    initiative_ask::Entity::update_many()
        .col_expr(initiative_ask::Column::Status, Expr::value(status))
        .col_expr(initiative_ask::Column::TakenBy, Expr::value(taken_by))
        .filter(initiative_ask::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// An invitation to lead, waiting for the person's answer (one per person and initiative).
pub async fn offer_lead(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    account_id: i32,
    offered_by: i32,
    now: i64,
) -> Result<()> {
    initiative_lead_offer::ActiveModel {
        initiative_id: Set(initiative_id),
        account_id: Set(account_id),
        offered_by: Set(Some(offered_by)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("lead offer"))?;
    Ok(())
}

/// Takes an open invitation to lead away (answered either way, or withdrawn); whether there
/// was one. A conditional delete, so two answers at once take it once.
pub async fn take_lead_offer(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    account_id: i32,
) -> Result<bool> {
    let r = initiative_lead_offer::Entity::delete_many()
        .filter(initiative_lead_offer::Column::InitiativeId.eq(initiative_id))
        .filter(initiative_lead_offer::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// The open invitations to lead in an initiative, oldest first.
pub async fn lead_offers(db: &impl ConnectionTrait, initiative_id: i32) -> Result<Vec<LeadOffer>> {
    Ok(initiative_lead_offer::Entity::find()
        .filter(initiative_lead_offer::Column::InitiativeId.eq(initiative_id))
        .order_by_asc(initiative_lead_offer::Column::Id)
        .all(db)
        .await?)
}
