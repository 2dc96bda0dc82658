use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "threads")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: i32,
    pub gathering_id: Option<i32>,
    pub session_id: Option<i32>,
    pub title: String,
    pub author_id: Option<i32>,
    pub pinned: bool,
    pub deleted_at: Option<i64>,
    pub created_at: i64,
    pub active_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
