//! What the collaboration network is built from, read for one community, and each person's
//! network choices (opting out, sharing their own metrics).

use crate::entity::{
    action, action_owner, co_convener, gathering, membership, network_pref, presence,
    report_revision, session,
};
use crate::{Result, Session};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// The raw activity of a community's gatherings.
#[derive(Debug, Default)]
pub struct Activity {
    /// (account, organization, invited_by) of every member.
    pub members: Vec<(i32, i32, Option<i32>)>,
    pub sessions: Vec<Session>,
    pub co_conveners: Vec<(i32, i32)>,
    /// (session, account, since, until): closed intervals of presence.
    pub presence: Vec<(i32, i32, i64, i64)>,
    /// (session, author) of every saved report version.
    pub report_authors: Vec<(i32, i32)>,
    /// (action, owner).
    pub action_owners: Vec<(i32, i32)>,
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
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| Some((p.session_id, p.account_id, p.since, p.until?)))
        .collect();
    let report_authors = report_revision::Entity::find()
        .filter(report_revision::Column::SessionId.in_subquery(sessions_of(community_id)))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| Some((r.session_id, r.author_id?)))
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
        sessions,
        co_conveners,
        presence,
        report_authors,
        action_owners,
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
