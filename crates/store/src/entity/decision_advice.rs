use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_advice")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub decision_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub adviser_id: i32,
    pub heard: String,
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
