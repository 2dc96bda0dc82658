//! What the collaboration network is built from, read for one community, and each person's
//! network choices (opting out, sharing their own metrics).

use crate::entity::{
    action, action_owner, co_convener, content, content_revision, gathering, membership,
    network_pref, presence, session, slot,
};
use crate::{Result, Session};
use convene_domain::content::ContentKind;
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// The raw activity of a community's gatherings.
#[derive(Debug, Default)]
pub struct Activity {
    /// (account, organization, invited_by) of every member.
    pub members: Vec<(i32, i32, Option<i32>)>,
    /// (gathering, when): its first slot's start, or its creation without slots.
    pub gatherings: Vec<(i32, i64)>,
    pub sessions: Vec<Session>,
    pub co_conveners: Vec<(i32, i32)>,
    /// (session, account, since, until): closed intervals of presence, not anonymous ones.
    pub presence: Vec<(i32, i32, i64, i64)>,
    /// (session, author) of every saved report version.
    pub report_authors: Vec<(i32, i32)>,
    /// (action, owner).
    pub action_owners: Vec<(i32, i32)>,
    /// (action, gathering).
    pub actions: Vec<(i32, i32)>,
    /// (initiative, account, leads, since) of everyone who joined an initiative.
    pub initiative_people: Vec<(i32, i32, bool, i64)>,
}

fn gatherings_of(community_id: i32) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(gathering::Column::Id)
        .from(gathering::Entity)
        .and_where(gathering::Column::CommunityId.eq(community_id))
        .to_owned()
}

fn sessions_of(community_id: i32) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(session::Column::Id)
        .from(session::Entity)
        .and_where(session::Column::GatheringId.in_subquery(gatherings_of(community_id)))
        .to_owned()
}

/// Everything the network of a community is built from.
pub async fn activity(db: &impl ConnectionTrait, community_id: i32) -> Result<Activity> {
    let members = membership::Entity::find()
        .filter(membership::Column::CommunityId.eq(community_id))
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.account_id, m.organization_id, m.invited_by))
        .collect();
    let mut gatherings: Vec<(i32, i64)> = gathering::Entity::find()
        .filter(gathering::Column::CommunityId.eq(community_id))
        .order_by_asc(gathering::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|g| (g.id, g.created_at))
        .collect();
    let slots = slot::Entity::find()
        .filter(slot::Column::GatheringId.in_subquery(gatherings_of(community_id)))
        .all(db)
        .await?;
    for g in &mut gatherings {
        if let Some(first) = slots
            .iter()
            .filter(|s| s.gathering_id == g.0)
            .map(|s| s.starts_at)
            .min()
        {
            g.1 = first;
        }
    }
    let sessions = session::Entity::find()
        .filter(session::Column::GatheringId.in_subquery(gatherings_of(community_id)))
        .filter(session::Column::MergedInto.is_null())
        .order_by_asc(session::Column::Id)
        .all(db)
        .await?;
    let co_conveners = co_convener::Entity::find()
        .filter(co_convener::Column::SessionId.in_subquery(sessions_of(community_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.session_id, c.account_id))
        .collect();
    let presence = presence::Entity::find()
        .filter(presence::Column::GatheringId.in_subquery(gatherings_of(community_id)))
        .filter(presence::Column::Until.is_not_null())
        // Who checked in anonymously chose not to be tied to the session by name.
        .filter(presence::Column::Anonymous.eq(false))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| Some((p.session_id, p.account_id, p.since, p.until?)))
        .collect();
    let reports: std::collections::HashMap<i32, i32> = content::Entity::find()
        .filter(content::Column::CommunityId.eq(community_id))
        .filter(content::Column::Kind.eq(ContentKind::Report.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.owner_id))
        .collect();
    let report_authors = content_revision::Entity::find()
        .filter(content_revision::Column::ContentId.is_in(reports.keys().copied()))
        .order_by_asc(content_revision::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| Some((*reports.get(&r.content_id)?, r.author_id?)))
        .collect();
    let actions = action::Entity::find()
        .filter(action::Column::GatheringId.in_subquery(gatherings_of(community_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.gathering_id))
        .collect();
    let action_owners = action_owner::Entity::find()
        .filter(
            action_owner::Column::ActionId.in_subquery(
                Query::select()
                    .column(action::Column::Id)
                    .from(action::Entity)
                    .and_where(action::Column::GatheringId.in_subquery(gatherings_of(community_id)))
                    .to_owned(),
            ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.action_id, o.account_id))
        .collect();
    Ok(Activity {
        members,
        gatherings,
        sessions,
        co_conveners,
        presence,
        report_authors,
        action_owners,
        initiative_people: crate::initiatives::people(db, community_id)
            .await?
            .into_iter()
            .filter(|p| p.standing == "joined")
            .map(|p| (p.initiative_id, p.account_id, p.part != "member", p.since))
            .collect(),
        actions,
    })
}

/// (account, opted out, shares metrics) of everyone who made a choice.
pub async fn prefs(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<(i32, bool, bool)>> {
    Ok(network_pref::Entity::find()
        .filter(network_pref::Column::CommunityId.eq(community_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.account_id, p.opted_out, p.share_metrics))
        .collect())
}

pub async fn set_prefs(
    db: &impl ConnectionTrait,
    community_id: i32,
    account_id: i32,
    opted_out: bool,
    share_metrics: bool,
) -> Result<()> {
    let existing = network_pref::Entity::find()
        .filter(network_pref::Column::CommunityId.eq(community_id))
        .filter(network_pref::Column::AccountId.eq(account_id))
        .one(db)
        .await?;
    match existing {
        Some(p) => {
            let mut p: network_pref::ActiveModel = p.into();
            p.opted_out = Set(opted_out);
            p.share_metrics = Set(share_metrics);
            p.update(db).await?;
        }
        None => {
            network_pref::ActiveModel {
                community_id: Set(community_id),
                account_id: Set(account_id),
                opted_out: Set(opted_out),
                share_metrics: Set(share_metrics),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}
