use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_responses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub decision_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i32,
    pub stance: Option<String>,
    pub ballot: String,
    pub reason: String,
    pub answer: Option<String>,
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
