use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "content_suggestions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: i32,
    pub content_id: i32,
    pub author_id: Option<i32>,
    pub base_version: i32,
    pub body: String,
    pub note: String,
    pub state: String,
    pub reason: String,
    pub decided_by: Option<i32>,
    pub decided_at: Option<i64>,
    pub revision: Option<i32>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
