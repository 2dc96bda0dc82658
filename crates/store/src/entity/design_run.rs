use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "design_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub gathering_id: i32,
    pub work_id: i32,
    pub block: i32,
    pub running_since: Option<i64>,
    pub spent: i64,
    pub extra: i64,
    pub version: i32,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
