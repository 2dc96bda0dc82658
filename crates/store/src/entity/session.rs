use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub gathering_id: i32,
    pub convener_id: Option<i32>,
    pub title: String,
    pub needs: String,
    pub space_id: Option<i32>,
    pub slot_id: Option<i32>,
    pub created_at: i64,
    pub merge_into: Option<i32>,
    pub merged_into: Option<i32>,
    /// When its convener withdrew it (gone from the wall and the marketplace).
    pub withdrawn_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
