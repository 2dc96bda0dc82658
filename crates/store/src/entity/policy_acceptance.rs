use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "policy_acceptances")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub version_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i32,
    pub community_id: i32,
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
