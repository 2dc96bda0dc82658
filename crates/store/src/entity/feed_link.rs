use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feed_links")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub gathering_id: i32,
    /// display or calendar
    pub kind: String,
    pub account_id: Option<i32>,
    pub token_hash: String,
    pub created_by: Option<i32>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
