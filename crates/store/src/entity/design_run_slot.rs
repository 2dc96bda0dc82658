use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "design_run_slots")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub gathering_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub block: i32,
    pub slot_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
