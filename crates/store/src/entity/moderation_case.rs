use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_cases")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: i32,
    pub content_id: i32,
    pub status: String,
    pub weight: i32,
    pub hidden_at: Option<i64>,
    pub claimed_by: Option<i32>,
    pub claimed_until: Option<i64>,
    pub decided_by: Option<i32>,
    pub outcome: Option<String>,
    pub reason: String,
    pub decided_at: Option<i64>,
    pub overturned: bool,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
