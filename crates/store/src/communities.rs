//! Communities, their organizations and their memberships.

use crate::entity::{account, community, membership, membership_role, organization};
use crate::{Community, Membership, Organization, Result, StoreError, unique};
use convene_domain::{Role, RoleSet};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

pub struct NewCommunity<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub purpose: &'a str,
    pub open: bool,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, new: NewCommunity<'_>) -> Result<Community> {
    community::ActiveModel {
        slug: Set(new.slug.to_owned()),
        name: Set(new.name.to_owned()),
        purpose: Set(new.purpose.to_owned()),
        open: Set(new.open),
        created_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("short name"))
}

/// Locks the community's row for the rest of the write transaction (a PostgreSQL row lock;
/// SQLite's `BEGIN IMMEDIATE` already serializes writers), so checks such as "one steward
/// remains" and the caller's own roles cannot change under a concurrent transaction.
pub async fn lock(db: &impl ConnectionTrait, id: i32) -> Result<()> {
    let r = community::Entity::update_many()
        .col_expr(community::Column::Id, Expr::col(community::Column::Id))
        .filter(community::Column::Id.eq(id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub async fn by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<Community> {
    community::Entity::find()
        .filter(community::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<Community> {
    community::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn update(
    db: &impl ConnectionTrait,
    id: i32,
    name: &str,
    purpose: &str,
    open: bool,
) -> Result<Community> {
    Ok(community::ActiveModel {
        id: Set(id),
        name: Set(name.to_owned()),
        purpose: Set(purpose.to_owned()),
        open: Set(open),
        ..Default::default()
    }
    .update(db)
    .await?)
}

/// The community's default language (a BCP 47 subtag), or none for English.
pub async fn set_language(
    db: &impl ConnectionTrait,
    id: i32,
    language: Option<&str>,
) -> Result<()> {
    community::ActiveModel {
        id: Set(id),
        language: Set(language.map(str::to_owned)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn add_organization(
    db: &impl ConnectionTrait,
    community_id: i32,
    name: &str,
    is_home: bool,
) -> Result<Organization> {
    organization::ActiveModel {
        community_id: Set(community_id),
        name: Set(name.to_owned()),
        is_home: Set(is_home),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("organization name"))
}

/// Home organization first, then partners by name.
pub async fn organizations(
    db: &impl ConnectionTrait,
    community_id: i32,
) -> Result<Vec<Organization>> {
    Ok(organization::Entity::find()
        .filter(organization::Column::CommunityId.eq(community_id))
        .order_by_desc(organization::Column::IsHome)
        .order_by_asc(organization::Column::Name)
        .all(db)
        .await?)
}

/// An organization, only if it belongs to this community.
pub async fn organization(
    db: &impl ConnectionTrait,
    community_id: i32,
    id: i32,
) -> Result<Organization> {
    organization::Entity::find_by_id(id)
        .filter(organization::Column::CommunityId.eq(community_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub struct NewMembership {
    pub community_id: i32,
    pub account_id: i32,
    pub organization_id: i32,
    pub roles: RoleSet,
    pub invited_by: Option<i32>,
    pub invitation_id: Option<i32>,
    pub now: i64,
}

pub async fn add_membership(db: &impl ConnectionTrait, new: NewMembership) -> Result<Membership> {
    let m = membership::ActiveModel {
        community_id: Set(new.community_id),
        account_id: Set(new.account_id),
        organization_id: Set(new.organization_id),
        invited_by: Set(new.invited_by),
        invitation_id: Set(new.invitation_id),
        joined_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("membership"))?;
    set_roles(db, m.id, new.roles).await?;
    Ok(m)
}

/// The roles a membership holds (one row per role in `membership_roles`).
pub async fn roles(db: &impl ConnectionTrait, membership_id: i32) -> Result<RoleSet> {
    Ok(roles_of(db, &[membership_id])
        .await?
        .remove(&membership_id)
        .unwrap_or_else(RoleSet::member))
}

/// The roles of several memberships at once.
pub async fn roles_of(
    db: &impl ConnectionTrait,
    membership_ids: &[i32],
) -> Result<HashMap<i32, RoleSet>> {
    let mut rows = Vec::new();
    for chunk in membership_ids.chunks(crate::IN_CHUNK) {
        rows.extend(
            membership_role::Entity::find()
                .filter(membership_role::Column::MembershipId.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    let mut held: HashMap<i32, Vec<Role>> = HashMap::new();
    for r in rows {
        let role = Role::parse(&r.role).ok_or_else(|| {
            StoreError::Db(sea_orm::DbErr::Custom(format!("unknown role {}", r.role)))
        })?;
        held.entry(r.membership_id).or_default().push(role);
    }
    Ok(held
        .into_iter()
        .map(|(id, roles)| (id, RoleSet::new(roles.contains(&Role::Guest), roles)))
        .collect())
}

pub async fn membership(
    db: &impl ConnectionTrait,
    community_id: i32,
    account_id: i32,
) -> Result<Option<Membership>> {
    Ok(membership::Entity::find()
        .filter(membership::Column::CommunityId.eq(community_id))
        .filter(membership::Column::AccountId.eq(account_id))
        .one(db)
        .await?)
}

/// The memberships in a community of those of `accounts` who are members, with their roles,
/// by account: the readers of a fan-out, read set-wise.
pub async fn memberships_of(
    db: &impl ConnectionTrait,
    community_id: i32,
    accounts: &[i32],
) -> Result<HashMap<i32, (Membership, RoleSet)>> {
    let mut found = Vec::new();
    for chunk in accounts.chunks(crate::IN_CHUNK) {
        found.extend(
            membership::Entity::find()
                .filter(membership::Column::CommunityId.eq(community_id))
                .filter(membership::Column::AccountId.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    let ids: Vec<i32> = found.iter().map(|m| m.id).collect();
    let mut roles = roles_of(db, &ids).await?;
    Ok(found
        .into_iter()
        .map(|m| {
            let r = roles.remove(&m.id).unwrap_or_else(RoleSet::member);
            (m.account_id, (m, r))
        })
        .collect())
}

/// A membership by id, only if it belongs to this community.
pub async fn membership_by_id(
    db: &impl ConnectionTrait,
    community_id: i32,
    id: i32,
) -> Result<Membership> {
    membership::Entity::find_by_id(id)
        .filter(membership::Column::CommunityId.eq(community_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// One community an account belongs to.
#[derive(Debug, Clone)]
pub struct Belonging {
    pub membership: Membership,
    pub community: Community,
    pub roles: RoleSet,
}

/// The communities an account belongs to, with its membership and roles in each.
pub async fn of_account(db: &impl ConnectionTrait, account_id: i32) -> Result<Vec<Belonging>> {
    let rows = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .find_also_related(community::Entity)
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|(m, _)| m.id).collect();
    let roles = roles_of(db, &ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(m, c)| {
            Some(Belonging {
                roles: roles.get(&m.id).copied().unwrap_or_else(RoleSet::member),
                membership: m,
                community: c?,
            })
        })
        .collect())
}

/// One row of a member directory.
#[derive(Debug, Clone)]
pub struct MemberRow {
    pub membership: Membership,
    pub roles: RoleSet,
    pub account: crate::Account,
    pub organization: Organization,
}

pub async fn members(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<MemberRow>> {
    let memberships = membership::Entity::find()
        .filter(membership::Column::CommunityId.eq(community_id))
        .find_also_related(account::Entity)
        .all(db)
        .await?;
    let orgs = organizations(db, community_id).await?;
    let ids: Vec<i32> = memberships.iter().map(|(m, _)| m.id).collect();
    let roles = roles_of(db, &ids).await?;
    let mut rows: Vec<MemberRow> = memberships
        .into_iter()
        .filter_map(|(m, a)| {
            let org = orgs.iter().find(|o| o.id == m.organization_id)?.clone();
            Some(MemberRow {
                roles: roles.get(&m.id).copied().unwrap_or_else(RoleSet::member),
                membership: m,
                account: a?,
                organization: org,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        a.account
            .display_name
            .to_lowercase()
            .cmp(&b.account.display_name.to_lowercase())
    });
    Ok(rows)
}

pub async fn member_count(db: &impl ConnectionTrait, community_id: i32) -> Result<u64> {
    Ok(membership::Entity::find()
        .filter(membership::Column::CommunityId.eq(community_id))
        .count(db)
        .await?)
}

/// Replaces a membership's roles.
pub async fn set_roles(
    db: &impl ConnectionTrait,
    membership_id: i32,
    roles: RoleSet,
) -> Result<()> {
    membership_role::Entity::delete_many()
        .filter(membership_role::Column::MembershipId.eq(membership_id))
        .exec(db)
        .await?;
    membership_role::Entity::insert_many(roles.iter().map(|r| membership_role::ActiveModel {
        membership_id: Set(membership_id),
        role: Set(r.as_str().to_owned()),
    }))
    .exec(db)
    .await?;
    Ok(())
}

pub async fn remove_membership(db: &impl ConnectionTrait, membership_id: i32) -> Result<()> {
    membership::Entity::delete_by_id(membership_id)
        .exec(db)
        .await?;
    Ok(())
}

/// Memberships in a community that hold `role`.
pub async fn with_role(
    db: &impl ConnectionTrait,
    community_id: i32,
    role: Role,
) -> Result<Vec<Membership>> {
    Ok(membership::Entity::find()
        .filter(membership::Column::CommunityId.eq(community_id))
        .filter(
            membership::Column::Id.in_subquery(
                Query::select()
                    .column(membership_role::Column::MembershipId)
                    .from(membership_role::Entity)
                    .and_where(membership_role::Column::Role.eq(role.as_str()))
                    .to_owned(),
            ),
        )
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?)
}

/// Every community's id (for background jobs).
pub async fn all_ids(db: &impl ConnectionTrait) -> Result<Vec<i32>> {
    Ok(community::Entity::find()
        .order_by_asc(community::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect())
}
