use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    pub event_id: i32,
    pub kind: String,
    pub community_id: i32,
    pub content_id: Option<i32>,
    pub subject_id: i32,
    pub actor_id: Option<i32>,
    pub read_at: Option<i64>,
    pub mail: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
