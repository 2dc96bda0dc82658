use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: i32,
    pub kind: String,
    pub process: String,
    pub quorum: i32,
    pub rule: String,
    pub title: String,
    pub rationale: String,
    pub options: String,
    pub opened_by: i32,
    pub opened_at: i64,
    pub deadline: i64,
    pub status: String,
    pub winner: Option<i32>,
    pub outcome: String,
    pub go_ahead: Option<bool>,
    pub closed_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
