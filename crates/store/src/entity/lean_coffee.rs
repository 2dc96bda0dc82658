use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lean_coffees")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub gathering_id: i32,
    pub votes_per_person: i32,
    pub timebox_secs: i32,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
