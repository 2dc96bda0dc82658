//! Contributions: a case, article or idea submitted by a member or guest (its body is content
//! of kind `contribution`), curated by the community's curators (accept, ask for changes,
//! decline, always with a reason its author sees); accepted ones are on the public page.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Contributions {
    Table,
    Id,
    CommunityId,
    AuthorId,
    Title,
    Summary,
    License,
    Attribution,
    /// waiting, changes, accepted or declined.
    State,
    /// The last decision's reason (for its author).
    Reason,
    DecidedBy,
    DecidedAt,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
}

pub struct M0056Contributions;

impl MigrationName for M0056Contributions {
    fn name(&self) -> &str {
        "m0056_contributions"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0056Contributions {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Contributions::Table)
                .col(pk_auto(Contributions::Id))
                .col(integer(Contributions::CommunityId))
                .col(integer_null(Contributions::AuthorId))
                .col(text(Contributions::Title))
                .col(text(Contributions::Summary))
                .col(string_len(Contributions::License, 64))
                .col(text(Contributions::Attribution))
                .col(string_len(Contributions::State, 16))
                .col(text(Contributions::Reason).default(""))
                .col(integer_null(Contributions::DecidedBy))
                .col(big_integer_null(Contributions::DecidedAt))
                .col(big_integer_null(Contributions::PublishedAt))
                .col(big_integer(Contributions::CreatedAt))
                .col(big_integer(Contributions::UpdatedAt))
                .foreign_key(&mut fk(
                    (Contributions::Table, Contributions::CommunityId),
                    (Communities::Table, Communities::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (Contributions::Table, Contributions::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    (Contributions::Table, Contributions::DecidedBy),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_contributions_state")
                .table(Contributions::Table)
                .col(Contributions::CommunityId)
                .col(Contributions::State)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Contributions::Table).to_owned())
            .await
    }
}
