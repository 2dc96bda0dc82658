//! Links that work without an account, each with its own revocable token stored as a SHA-256
//! hash: a gathering's display link (the kiosk wall on a screen, made by a steward or host)
//! and a person's calendar feed of their sessions (`webcal://`). Revoking deletes the row.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum FeedLinks {
    Table,
    Id,
    GatheringId,
    /// `display` or `calendar`.
    Kind,
    /// Whose feed it is (calendar); none for a display link.
    AccountId,
    TokenHash,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Gatherings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

pub struct M0020FeedLinks;

impl MigrationName for M0020FeedLinks {
    fn name(&self) -> &str {
        "m0020_feed_links"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0020FeedLinks {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(FeedLinks::Table)
                .col(pk_auto(FeedLinks::Id))
                .col(integer(FeedLinks::GatheringId))
                .col(string_len(FeedLinks::Kind, 16))
                .col(integer_null(FeedLinks::AccountId))
                .col(string_len_uniq(FeedLinks::TokenHash, 64))
                .col(integer_null(FeedLinks::CreatedBy))
                .col(big_integer(FeedLinks::CreatedAt))
                .foreign_key(&mut fk(
                    (FeedLinks::Table, FeedLinks::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (FeedLinks::Table, FeedLinks::AccountId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (FeedLinks::Table, FeedLinks::CreatedBy),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("feed_links_gathering_kind")
                .table(FeedLinks::Table)
                .col(FeedLinks::GatheringId)
                .col(FeedLinks::Kind)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(FeedLinks::Table).to_owned())
            .await
    }
}
