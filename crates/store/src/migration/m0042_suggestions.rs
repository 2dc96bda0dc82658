//! Peer editing: a member suggests a new text for a piece of content, on top of the version
//! they read; its author or a curator accepts it (it becomes the next revision) or declines it
//! with a reason. One table serves every kind of content.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum ContentSuggestions {
    Table,
    Id,
    CommunityId,
    ContentId,
    AuthorId,
    /// The content's version the suggestion was written on.
    BaseVersion,
    Body,
    /// Why the suggester proposes it.
    Note,
    /// pending, accepted, declined or withdrawn.
    State,
    /// The reason given on decline.
    Reason,
    DecidedBy,
    DecidedAt,
    /// The revision an accepted suggestion became.
    Revision,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Contents {
    Table,
    Id,
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

pub struct M0042Suggestions;

impl MigrationName for M0042Suggestions {
    fn name(&self) -> &str {
        "m0042_suggestions"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0042Suggestions {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ContentSuggestions::Table)
                .col(pk_auto(ContentSuggestions::Id))
                .col(integer(ContentSuggestions::CommunityId))
                .col(integer(ContentSuggestions::ContentId))
                .col(integer_null(ContentSuggestions::AuthorId))
                .col(integer(ContentSuggestions::BaseVersion))
                .col(text(ContentSuggestions::Body))
                .col(text(ContentSuggestions::Note).default(""))
                .col(string_len(ContentSuggestions::State, 16))
                .col(text(ContentSuggestions::Reason).default(""))
                .col(integer_null(ContentSuggestions::DecidedBy))
                .col(big_integer_null(ContentSuggestions::DecidedAt))
                .col(integer_null(ContentSuggestions::Revision))
                .col(big_integer(ContentSuggestions::CreatedAt))
                .foreign_key(&mut fk(
                    (ContentSuggestions::Table, ContentSuggestions::CommunityId),
                    (Communities::Table, Communities::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (ContentSuggestions::Table, ContentSuggestions::ContentId),
                    (Contents::Table, Contents::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (ContentSuggestions::Table, ContentSuggestions::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    (ContentSuggestions::Table, ContentSuggestions::DecidedBy),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_content_suggestions_content")
                .table(ContentSuggestions::Table)
                .col(ContentSuggestions::ContentId)
                .col(ContentSuggestions::State)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_content_suggestions_community")
                .table(ContentSuggestions::Table)
                .col(ContentSuggestions::CommunityId)
                .col(ContentSuggestions::CreatedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ContentSuggestions::Table).to_owned())
            .await
    }
}
