//! Accounts and their secrets (sessions, API tokens, setup and reset links), stored as hashes.

use crate::entity::{account, secret};
use crate::{Account, Result, StoreError, unique};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

pub use secret::Model as Secret;

/// What a stored secret is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    Session,
    ApiToken,
    /// The one-time link that makes the first person the operator.
    Setup,
    PasswordReset,
    /// A sign-in whose password matched, waiting for its second-factor code.
    SecondStep,
}

impl SecretKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Session => "session",
            Self::ApiToken => "api",
            Self::Setup => "setup",
            Self::PasswordReset => "reset",
            Self::SecondStep => "2fa",
        }
    }
}

pub async fn count(db: &impl ConnectionTrait) -> Result<u64> {
    Ok(account::Entity::find().count(db).await?)
}

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: Option<String>,
    pub is_operator: bool,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, new: NewAccount<'_>) -> Result<Account> {
    account::ActiveModel {
        email: Set(new.email.to_owned()),
        display_name: Set(new.display_name.to_owned()),
        password_hash: Set(new.password_hash),
        is_operator: Set(new.is_operator),
        created_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("e-mail"))
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<Account> {
    account::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn find_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<Account>> {
    Ok(account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .one(db)
        .await?)
}

pub async fn set_password(db: &impl ConnectionTrait, id: i32, hash: String) -> Result<()> {
    account::ActiveModel {
        id: Set(id),
        password_hash: Set(Some(hash)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn set_display_name(db: &impl ConnectionTrait, id: i32, name: &str) -> Result<()> {
    account::ActiveModel {
        id: Set(id),
        display_name: Set(name.to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The language the account chose (a BCP 47 subtag), or none to follow the browser.
pub async fn set_language(
    db: &impl ConnectionTrait,
    id: i32,
    language: Option<&str>,
) -> Result<()> {
    account::ActiveModel {
        id: Set(id),
        language: Set(language.map(str::to_owned)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Deletes the account; sessions, tokens and memberships go with it (foreign keys cascade).
pub async fn delete(db: &impl ConnectionTrait, id: i32) -> Result<()> {
    let r = account::Entity::delete_by_id(id).exec(db).await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub struct NewSecret<'a> {
    pub kind: SecretKind,
    pub token_hash: &'a str,
    pub account_id: Option<i32>,
    pub label: Option<&'a str>,
    pub created_by: Option<i32>,
    pub now: i64,
    pub expires_at: Option<i64>,
}

pub async fn add_secret(db: &impl ConnectionTrait, new: NewSecret<'_>) -> Result<Secret> {
    Ok(secret::ActiveModel {
        kind: Set(new.kind.as_str().to_owned()),
        token_hash: Set(new.token_hash.to_owned()),
        account_id: Set(new.account_id),
        label: Set(new.label.map(str::to_owned)),
        created_by: Set(new.created_by),
        created_at: Set(new.now),
        expires_at: Set(new.expires_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// A secret of this kind with this hash that has not expired at `now`.
pub async fn find_secret(
    db: &impl ConnectionTrait,
    kind: SecretKind,
    token_hash: &str,
    now: i64,
) -> Result<Option<Secret>> {
    Ok(secret::Entity::find()
        .filter(secret::Column::Kind.eq(kind.as_str()))
        .filter(secret::Column::TokenHash.eq(token_hash))
        .filter(
            secret::Column::ExpiresAt
                .is_null()
                .or(secret::Column::ExpiresAt.gt(now)),
        )
        .one(db)
        .await?)
}

/// Removes one secret; `false` if it was already gone (a one-time link used twice).
pub async fn remove_secret(db: &impl ConnectionTrait, id: i32) -> Result<bool> {
    Ok(secret::Entity::delete_by_id(id)
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

pub async fn remove_secrets(
    db: &impl ConnectionTrait,
    kind: SecretKind,
    account_id: Option<i32>,
) -> Result<u64> {
    let mut q = secret::Entity::delete_many().filter(secret::Column::Kind.eq(kind.as_str()));
    if let Some(a) = account_id {
        q = q.filter(secret::Column::AccountId.eq(a));
    }
    Ok(q.exec(db).await?.rows_affected)
}

pub async fn remove_expired(db: &impl ConnectionTrait, now: i64) -> Result<u64> {
    Ok(secret::Entity::delete_many()
        .filter(secret::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected)
}

pub async fn secrets_of(
    db: &impl ConnectionTrait,
    kind: SecretKind,
    account_id: i32,
) -> Result<Vec<Secret>> {
    Ok(secret::Entity::find()
        .filter(secret::Column::Kind.eq(kind.as_str()))
        .filter(secret::Column::AccountId.eq(account_id))
        .order_by_asc(secret::Column::Id)
        .all(db)
        .await?)
}

/// Display names of these accounts (missing ones are left out).
pub async fn names(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<std::collections::HashMap<i32, String>> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .column(account::Column::DisplayName)
        .filter(account::Column::Id.is_in(ids.iter().copied()))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Removes an account's secrets of one kind except `keep` (the session in use).
pub async fn remove_secrets_except(
    db: &impl ConnectionTrait,
    kind: SecretKind,
    account_id: i32,
    keep: Option<i32>,
) -> Result<u64> {
    let mut q = secret::Entity::delete_many()
        .filter(secret::Column::Kind.eq(kind.as_str()))
        .filter(secret::Column::AccountId.eq(account_id));
    if let Some(k) = keep {
        q = q.filter(secret::Column::Id.ne(k));
    }
    Ok(q.exec(db).await?.rows_affected)
}

/// Locks the account's row for the rest of the write transaction (a PostgreSQL row lock;
/// SQLite's `BEGIN IMMEDIATE` already serializes writers): checks such as "another way to sign
/// in remains" cannot change under a concurrent transaction.
pub async fn lock(db: &impl ConnectionTrait, id: i32) -> Result<()> {
    let r = account::Entity::update_many()
        .col_expr(
            account::Column::Id,
            sea_orm::sea_query::Expr::col(account::Column::Id),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
