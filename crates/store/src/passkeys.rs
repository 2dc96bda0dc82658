//! Passkeys and their open ceremonies. A ceremony is taken by deleting its row, so two
//! requests with one challenge cannot both go on; an expired one is never returned.

use crate::entity::{passkey, passkey_ceremony};
use crate::{Result, unique};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

pub use passkey::Model as Passkey;

/// The account's passkeys, oldest first.
pub async fn of_account(db: &impl ConnectionTrait, account_id: i32) -> Result<Vec<Passkey>> {
    Ok(passkey::Entity::find()
        .filter(passkey::Column::AccountId.eq(account_id))
        .order_by_asc(passkey::Column::Id)
        .all(db)
        .await?)
}

pub async fn count(db: &impl ConnectionTrait, account_id: i32) -> Result<u64> {
    Ok(passkey::Entity::find()
        .filter(passkey::Column::AccountId.eq(account_id))
        .count(db)
        .await?)
}

pub struct NewPasskey<'a> {
    pub account_id: i32,
    pub name: &'a str,
    pub credential_id: &'a str,
    pub credential: &'a str,
    pub now: i64,
}

/// Adds a passkey; `Duplicate` if its credential is registered already (to anyone).
pub async fn add(db: &impl ConnectionTrait, p: NewPasskey<'_>) -> Result<i32> {
    let m = passkey::ActiveModel {
        account_id: Set(p.account_id),
        name: Set(p.name.to_owned()),
        credential_id: Set(p.credential_id.to_owned()),
        credential: Set(p.credential.to_owned()),
        created_at: Set(p.now),
        last_used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("passkey"))?;
    Ok(m.id)
}

/// A sign-in used the passkey: its updated credential (counter) and when.
pub async fn used(db: &impl ConnectionTrait, id: i32, credential: &str, now: i64) -> Result<()> {
    passkey::Entity::update_many()
        .col_expr(passkey::Column::Credential, Expr::value(credential))
        .col_expr(passkey::Column::LastUsedAt, Expr::value(now))
        .filter(passkey::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes one of the account's passkeys; `false` if it has no such passkey.
pub async fn remove(db: &impl ConnectionTrait, account_id: i32, id: i32) -> Result<bool> {
    let r = passkey::Entity::delete_many()
        .filter(passkey::Column::Id.eq(id))
        .filter(passkey::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub struct NewCeremony<'a> {
    pub token_hash: &'a str,
    pub account_id: i32,
    pub purpose: &'a str,
    pub state: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// Opens a ceremony, closing the account's earlier one of the same purpose (and any expired).
pub async fn open(db: &impl ConnectionTrait, c: NewCeremony<'_>) -> Result<()> {
    passkey_ceremony::Entity::delete_many()
        .filter(
            Condition::any()
                .add(passkey_ceremony::Column::ExpiresAt.lte(c.now))
                .add(
                    Condition::all()
                        .add(passkey_ceremony::Column::AccountId.eq(c.account_id))
                        .add(passkey_ceremony::Column::Purpose.eq(c.purpose)),
                ),
        )
        .exec(db)
        .await?;
    passkey_ceremony::ActiveModel {
        token_hash: Set(c.token_hash.to_owned()),
        account_id: Set(c.account_id),
        purpose: Set(c.purpose.to_owned()),
        state: Set(c.state.to_owned()),
        expires_at: Set(c.expires_at),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("ceremony"))?;
    Ok(())
}

/// Takes (deletes) the ceremony with this token and purpose: its account and state, or
/// `None` if there is none, it expired, or another request took it first.
pub async fn take(
    db: &impl ConnectionTrait,
    token_hash: &str,
    purpose: &str,
    now: i64,
) -> Result<Option<(i32, String)>> {
    let Some(c) = passkey_ceremony::Entity::find()
        .filter(passkey_ceremony::Column::TokenHash.eq(token_hash))
        .filter(passkey_ceremony::Column::Purpose.eq(purpose))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let r = passkey_ceremony::Entity::delete_by_id(c.id)
        .exec(db)
        .await?;
    Ok((r.rows_affected == 1 && c.expires_at > now).then_some((c.account_id, c.state)))
}
