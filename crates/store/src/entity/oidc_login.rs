use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_logins")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub state_hash: String,
    /// The hash of the cookie that ties the sign-in to the browser that started it.
    pub browser_hash: String,
    pub provider: String,
    pub nonce: String,
    pub pkce_verifier: String,
    /// `signin`, `link` or `join`.
    pub purpose: String,
    /// Who links (purpose `link`).
    pub account_id: Option<i32>,
    /// The invitation accepted (purpose `join`), by its token's hash.
    pub invitation_hash: Option<String>,
    pub next: String,
    pub created_at: i64,
    pub expires_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
