//! What the governance health page counts, read from the moderation tables (read only: they
//! belong to `moderation`) and the suggestions.

use crate::Result;
use crate::entity::{appeal, flag, moderation_case, moderation_entry};
use convene_domain::ids::{AccountId, CommunityId};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// Every flag: who and when.
pub async fn flags(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<(AccountId, i64)>> {
    Ok(flag::Entity::find()
        .filter(flag::Column::CommunityId.eq(community.get()))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (AccountId(f.account_id), f.at))
        .collect())
}

/// The log's vertical lines: (action, actor if a role holder acted, at).
pub async fn log(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<(String, Option<AccountId>, i64)>> {
    Ok(moderation_entry::Entity::find()
        .filter(moderation_entry::Column::CommunityId.eq(community.get()))
        .all(db)
        .await?
        .into_iter()
        .map(|e| {
            let by = e.actor_role.as_ref().and(e.actor_id).map(AccountId);
            (e.action, by, e.at)
        })
        .collect())
}

/// Decided cases: (first flag, decided at, how many flagged).
pub async fn decided_cases(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<(i64, i64, usize)>> {
    let mut first: HashMap<i32, (i64, usize)> = HashMap::new();
    for f in flag::Entity::find()
        .filter(flag::Column::CommunityId.eq(community.get()))
        .all(db)
        .await?
    {
        let e = first.entry(f.case_id).or_insert((f.at, 0));
        e.0 = e.0.min(f.at);
        e.1 += 1;
    }
    Ok(moderation_case::Entity::find()
        .filter(moderation_case::Column::CommunityId.eq(community.get()))
        .filter(moderation_case::Column::DecidedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| {
            let (at, n) = first.get(&c.id).copied()?;
            Some((at, c.decided_at?, n))
        })
        .collect())
}

/// Appeals: (appellant, reversed when heard).
pub async fn appeals(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<(AccountId, Option<bool>, i64)>> {
    Ok(appeal::Entity::find()
        .filter(appeal::Column::CommunityId.eq(community.get()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| {
            let reversed = a.outcome.as_deref().map(|o| o == "reversed");
            (AccountId(a.appellant_id), reversed, a.at)
        })
        .collect())
}
