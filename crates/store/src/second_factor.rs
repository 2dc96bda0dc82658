//! TOTP secrets, recovery codes and the communities that require a second factor. Uses of a
//! code are conditional updates, so two requests with one code cannot both succeed.

use crate::Result;
use crate::entity::{recovery_code, second_factor_required, totp_factor};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

pub use totp_factor::Model as TotpFactor;

pub async fn totp(db: &impl ConnectionTrait, account_id: i32) -> Result<Option<TotpFactor>> {
    Ok(totp_factor::Entity::find()
        .filter(totp_factor::Column::AccountId.eq(account_id))
        .one(db)
        .await?)
}

/// Starts (or restarts) an unconfirmed enrolment with this secret.
pub async fn begin(
    db: &impl ConnectionTrait,
    account_id: i32,
    secret: &str,
    now: i64,
) -> Result<()> {
    totp_factor::Entity::delete_many()
        .filter(totp_factor::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    totp_factor::ActiveModel {
        account_id: Set(account_id),
        totp_secret: Set(secret.to_owned()),
        confirmed_at: Set(None),
        last_step: Set(0),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Takes time step `step`; `false` if that step or a later one was already used.
pub async fn take_step(db: &impl ConnectionTrait, id: i32, step: i64) -> Result<bool> {
    let r = totp_factor::Entity::update_many()
        .col_expr(totp_factor::Column::LastStep, Expr::value(step))
        .filter(totp_factor::Column::Id.eq(id))
        .filter(totp_factor::Column::LastStep.lt(step))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// The first code matched: the factor is on.
pub async fn confirm(db: &impl ConnectionTrait, id: i32, now: i64) -> Result<()> {
    totp_factor::Entity::update_many()
        .col_expr(totp_factor::Column::ConfirmedAt, Expr::value(now))
        .filter(totp_factor::Column::Id.eq(id))
        .filter(totp_factor::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces the account's recovery codes with these hashes.
pub async fn set_recovery_codes(
    db: &impl ConnectionTrait,
    account_id: i32,
    hashes: &[String],
) -> Result<()> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    for h in hashes {
        recovery_code::ActiveModel {
            account_id: Set(account_id),
            code_hash: Set(h.clone()),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The account's unused recovery codes (hashes, with ids).
pub async fn unused_codes(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Vec<(i32, String)>> {
    Ok(recovery_code::Entity::find()
        .filter(recovery_code::Column::AccountId.eq(account_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.code_hash))
        .collect())
}

/// Uses a recovery code once; `false` if it was used meanwhile.
pub async fn use_code(db: &impl ConnectionTrait, id: i32, now: i64) -> Result<bool> {
    let r = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
        .filter(recovery_code::Column::Id.eq(id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub async fn required(db: &impl ConnectionTrait, community_id: i32) -> Result<bool> {
    Ok(second_factor_required::Entity::find_by_id(community_id)
        .one(db)
        .await?
        .is_some())
}

pub async fn set_required(
    db: &impl ConnectionTrait,
    community_id: i32,
    on: bool,
    now: i64,
) -> Result<()> {
    second_factor_required::Entity::delete_by_id(community_id)
        .exec(db)
        .await?;
    if on {
        second_factor_required::ActiveModel {
            community_id: Set(community_id),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Removes the account's TOTP factor (its recovery codes are `set_recovery_codes`' to clear,
/// since a passkey keeps them); `false` if it had none.
pub async fn remove(db: &impl ConnectionTrait, account_id: i32) -> Result<bool> {
    let r = totp_factor::Entity::delete_many()
        .filter(totp_factor::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}
