//! A community's library: the practices it imported and the designs it composed, forked or
//! imported (`library_works`; the file itself is content of kind `practice` / `design`,
//! owner = the row), and the facilitator's timer of a gathering that runs a design
//! (`design_runs`, one row per gathering: the state, not events).

use super::fk;
use super::m0001_foundation::{Accounts, Communities};
use ForeignKeyAction::{Cascade, SetNull};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum LibraryWorks {
    Table,
    Id,
    CommunityId,
    /// practice or design.
    Kind,
    Slug,
    AuthorId,
    /// The work of this community it was forked from.
    ParentId,
    /// Where it was imported from, when it came by URL.
    SourceUrl,
    /// Set while it is published (public, and served as JSON at its stable URL).
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DesignRuns {
    Table,
    GatheringId,
    WorkId,
    Block,
    RunningSince,
    Spent,
    Extra,
    Version,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Gatherings {
    Table,
    Id,
}

pub struct M0070Library;

impl MigrationName for M0070Library {
    fn name(&self) -> &str {
        "m0070_library"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0070Library {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LibraryWorks::Table)
                .col(pk_auto(LibraryWorks::Id))
                .col(integer(LibraryWorks::CommunityId))
                .col(string_len(LibraryWorks::Kind, 16))
                .col(string_len(LibraryWorks::Slug, 64))
                .col(integer_null(LibraryWorks::AuthorId))
                .col(integer_null(LibraryWorks::ParentId))
                .col(text_null(LibraryWorks::SourceUrl))
                .col(big_integer_null(LibraryWorks::PublishedAt))
                .col(big_integer(LibraryWorks::CreatedAt))
                .col(big_integer(LibraryWorks::UpdatedAt))
                .foreign_key(&mut fk(
                    (LibraryWorks::Table, LibraryWorks::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LibraryWorks::Table, LibraryWorks::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (LibraryWorks::Table, LibraryWorks::ParentId),
                    (LibraryWorks::Table, LibraryWorks::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_library_works_slug")
                .table(LibraryWorks::Table)
                .col(LibraryWorks::CommunityId)
                .col(LibraryWorks::Kind)
                .col(LibraryWorks::Slug)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DesignRuns::Table)
                .col(integer(DesignRuns::GatheringId).primary_key())
                .col(integer(DesignRuns::WorkId))
                .col(integer(DesignRuns::Block).default(0))
                .col(big_integer_null(DesignRuns::RunningSince))
                .col(big_integer(DesignRuns::Spent).default(0))
                .col(big_integer(DesignRuns::Extra).default(0))
                .col(integer(DesignRuns::Version).default(1))
                .col(big_integer(DesignRuns::UpdatedAt))
                .foreign_key(&mut fk(
                    (DesignRuns::Table, DesignRuns::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (DesignRuns::Table, DesignRuns::WorkId),
                    (LibraryWorks::Table, LibraryWorks::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(DesignRuns::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(LibraryWorks::Table).to_owned())
            .await
    }
}
