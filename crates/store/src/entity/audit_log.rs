use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: Option<i32>,
    pub actor_id: Option<i32>,
    pub action: String,
    pub target: String,
    pub reason: String,
    pub subject_kind: Option<String>,
    pub subject_id: Option<i32>,
    pub at: i64,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
