use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "gatherings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: i32,
    pub title: String,
    pub calling_question: String,
    pub invitation: String,
    pub venue: String,
    pub time_zone: String,
    pub phase: String,
    pub license: String,
    pub dots: i32,
    pub version: i64,
    pub created_by: Option<i32>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
