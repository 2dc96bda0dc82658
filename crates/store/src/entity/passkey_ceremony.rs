use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "passkey_ceremonies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// SHA-256 of the token the browser holds (the sign-in step's token when signing in).
    pub token_hash: String,
    pub account_id: i32,
    /// `register` or `sign-in`.
    pub purpose: String,
    /// The ceremony state as webauthn-rs serialises it (JSON, with its challenge).
    pub state: String,
    pub expires_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
