use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lean_topics")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub gathering_id: i32,
    pub proposed_by: Option<i32>,
    pub state: String,
    pub merged_into: Option<i32>,
    pub started_at: Option<i64>,
    pub box_secs: i32,
    pub round: i32,
    pub vote_open: bool,
    pub ended_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
