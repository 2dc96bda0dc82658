use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: i32,
    pub token_hash: String,
    pub kind: String,
    pub email: Option<String>,
    pub calling_question: String,
    pub organization_id: i32,
    pub guest: bool,
    pub max_uses: i32,
    pub uses: i32,
    pub declines: i32,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub created_by: Option<i32>,
    pub created_at: i64,
    pub gathering_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
