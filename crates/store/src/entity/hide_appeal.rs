use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hide_appeals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub case_id: i32,
    pub community_id: i32,
    pub appellant_id: i32,
    pub appellant_part: String,
    pub statement: String,
    pub at: i64,
    pub decided_by: Option<i32>,
    pub hearer_part: String,
    pub outcome: Option<String>,
    pub reason: String,
    pub decided_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
