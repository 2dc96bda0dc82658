//! OpenID Connect: linked identities, sign-ins under way (taken once, by a conditional
//! delete, so one callback wins) and the organization a provider's people land in.

use crate::entity::{oidc_identity, oidc_login, oidc_organization};
use crate::{Result, unique};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub use oidc_identity::Model as Identity;
pub use oidc_login::Model as Login;
pub use oidc_organization::Model as Tie;

pub struct NewLogin<'a> {
    pub state_hash: &'a str,
    pub browser_hash: &'a str,
    pub provider: &'a str,
    pub nonce: &'a str,
    pub pkce_verifier: &'a str,
    pub purpose: &'a str,
    pub account_id: Option<i32>,
    pub invitation_hash: Option<&'a str>,
    pub next: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn add_login(db: &impl ConnectionTrait, new: NewLogin<'_>) -> Result<()> {
    oidc_login::ActiveModel {
        state_hash: Set(new.state_hash.to_owned()),
        browser_hash: Set(new.browser_hash.to_owned()),
        provider: Set(new.provider.to_owned()),
        nonce: Set(new.nonce.to_owned()),
        pkce_verifier: Set(new.pkce_verifier.to_owned()),
        purpose: Set(new.purpose.to_owned()),
        account_id: Set(new.account_id),
        invitation_hash: Set(new.invitation_hash.map(str::to_owned)),
        next: Set(new.next.to_owned()),
        created_at: Set(new.now),
        expires_at: Set(new.expires_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The sign-in with this state, removed as it is read: `None` if unknown, expired or taken
/// by another request meanwhile.
pub async fn take_login(
    db: &impl ConnectionTrait,
    state_hash: &str,
    now: i64,
) -> Result<Option<Login>> {
    let Some(l) = oidc_login::Entity::find()
        .filter(oidc_login::Column::StateHash.eq(state_hash))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let r = oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::Id.eq(l.id))
        .exec(db)
        .await?;
    Ok((r.rows_affected == 1 && l.expires_at > now).then_some(l))
}

pub async fn remove_expired_logins(db: &impl ConnectionTrait, now: i64) -> Result<u64> {
    Ok(oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected)
}

pub async fn identity(
    db: &impl ConnectionTrait,
    provider: &str,
    subject: &str,
) -> Result<Option<Identity>> {
    Ok(oidc_identity::Entity::find()
        .filter(oidc_identity::Column::Provider.eq(provider))
        .filter(oidc_identity::Column::Subject.eq(subject))
        .one(db)
        .await?)
}

pub async fn identities_of(db: &impl ConnectionTrait, account_id: i32) -> Result<Vec<Identity>> {
    Ok(oidc_identity::Entity::find()
        .filter(oidc_identity::Column::AccountId.eq(account_id))
        .order_by_asc(oidc_identity::Column::Id)
        .all(db)
        .await?)
}

/// Links an identity; `Duplicate` if it is linked to an account already.
pub async fn link(
    db: &impl ConnectionTrait,
    account_id: i32,
    provider: &str,
    subject: &str,
    email: Option<&str>,
    now: i64,
) -> Result<()> {
    oidc_identity::ActiveModel {
        account_id: Set(account_id),
        provider: Set(provider.to_owned()),
        subject: Set(subject.to_owned()),
        email: Set(email.map(str::to_owned)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("identity"))?;
    Ok(())
}

/// Unlinks the account's identity at this provider; `false` if there was none.
pub async fn unlink(db: &impl ConnectionTrait, account_id: i32, provider: &str) -> Result<bool> {
    let r = oidc_identity::Entity::delete_many()
        .filter(oidc_identity::Column::AccountId.eq(account_id))
        .filter(oidc_identity::Column::Provider.eq(provider))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

pub async fn ties(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<Tie>> {
    Ok(oidc_organization::Entity::find()
        .filter(oidc_organization::Column::CommunityId.eq(community_id))
        .order_by_asc(oidc_organization::Column::Provider)
        .all(db)
        .await?)
}

/// Ties the provider to an organization of the community, or (`None`) unties it.
pub async fn set_tie(
    db: &impl ConnectionTrait,
    community_id: i32,
    provider: &str,
    organization_id: Option<i32>,
    now: i64,
) -> Result<()> {
    oidc_organization::Entity::delete_many()
        .filter(oidc_organization::Column::CommunityId.eq(community_id))
        .filter(oidc_organization::Column::Provider.eq(provider))
        .exec(db)
        .await?;
    if let Some(org) = organization_id {
        oidc_organization::ActiveModel {
            community_id: Set(community_id),
            provider: Set(provider.to_owned()),
            organization_id: Set(org),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
