//! A contribution may be an offer of something already written inside the community (a
//! thread its author started, a report): `source_content_id` names that content, so curators
//! see where it comes from. What reaches the public is the contribution's own copy, only once
//! a curator accepts it; the source keeps its visibility.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Contributions {
    Table,
    SourceContentId,
}

pub struct M0058ContributionSource;

impl MigrationName for M0058ContributionSource {
    fn name(&self) -> &str {
        "m0058_contribution_source"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0058ContributionSource {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Contributions::Table)
                .add_column(integer_null(Contributions::SourceContentId))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Contributions::Table)
                .drop_column(Contributions::SourceContentId)
                .to_owned(),
        )
        .await
    }
}
