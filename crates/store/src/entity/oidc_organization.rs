use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_organizations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub community_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub provider: String,
    pub organization_id: i32,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
