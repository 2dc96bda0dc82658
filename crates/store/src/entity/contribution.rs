use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contributions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub community_id: i32,
    pub author_id: Option<i32>,
    pub title: String,
    pub summary: String,
    pub license: String,
    pub attribution: String,
    pub state: String,
    pub reason: String,
    pub decided_by: Option<i32>,
    pub decided_at: Option<i64>,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The content it offers to the public, when it is an offer of something written here.
    pub source_content_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
