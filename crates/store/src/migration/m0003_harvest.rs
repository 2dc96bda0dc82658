//! The harvest of a gathering: session reports with their revisions and who chose to be named,
//! dot votes, and action items with the people who volunteered for them.

use super::fk;
use super::m0001_foundation::Accounts;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Gatherings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    SessionId,
    Body,
    /// Bumped by every save; a save names the version it started from (no silent overwrite).
    Version,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ReportRevisions {
    Table,
    Id,
    SessionId,
    Version,
    Body,
    AuthorId,
    At,
}

#[derive(DeriveIden)]
enum ReportNames {
    Table,
    Id,
    SessionId,
    AccountId,
}

#[derive(DeriveIden)]
enum Votes {
    Table,
    Id,
    GatheringId,
    AccountId,
    TargetKind,
    TargetId,
    Dots,
}

#[derive(DeriveIden)]
enum Actions {
    Table,
    Id,
    GatheringId,
    SessionId,
    Title,
    DueOn,
    Status,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ActionOwners {
    Table,
    Id,
    ActionId,
    AccountId,
}

pub struct M0003Harvest;

impl MigrationName for M0003Harvest {
    fn name(&self) -> &str {
        "m0003_harvest"
    }
}

fn cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    fk(from, to, ForeignKeyAction::Cascade)
}

#[async_trait::async_trait]
impl MigrationTrait for M0003Harvest {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::SetNull;
        m.create_table(
            Table::create()
                .table(Reports::Table)
                .col(pk_auto(Reports::Id))
                .col(integer_uniq(Reports::SessionId))
                .col(text(Reports::Body))
                .col(integer(Reports::Version))
                .col(integer_null(Reports::UpdatedBy))
                .col(big_integer(Reports::UpdatedAt))
                .foreign_key(&mut cascade(
                    (Reports::Table, Reports::SessionId),
                    (Sessions::Table, Sessions::Id),
                ))
                .foreign_key(&mut fk(
                    (Reports::Table, Reports::UpdatedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ReportRevisions::Table)
                .col(pk_auto(ReportRevisions::Id))
                .col(integer(ReportRevisions::SessionId))
                .col(integer(ReportRevisions::Version))
                .col(text(ReportRevisions::Body))
                .col(integer_null(ReportRevisions::AuthorId))
                .col(big_integer(ReportRevisions::At))
                .foreign_key(&mut cascade(
                    (ReportRevisions::Table, ReportRevisions::SessionId),
                    (Sessions::Table, Sessions::Id),
                ))
                .foreign_key(&mut fk(
                    (ReportRevisions::Table, ReportRevisions::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(ReportRevisions::SessionId)
                        .col(ReportRevisions::Version),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ReportNames::Table)
                .col(pk_auto(ReportNames::Id))
                .col(integer(ReportNames::SessionId))
                .col(integer(ReportNames::AccountId))
                .foreign_key(&mut cascade(
                    (ReportNames::Table, ReportNames::SessionId),
                    (Sessions::Table, Sessions::Id),
                ))
                .foreign_key(&mut cascade(
                    (ReportNames::Table, ReportNames::AccountId),
                    (Accounts::Table, Accounts::Id),
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(ReportNames::SessionId)
                        .col(ReportNames::AccountId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Votes::Table)
                .col(pk_auto(Votes::Id))
                .col(integer(Votes::GatheringId))
                .col(integer(Votes::AccountId))
                .col(string_len(Votes::TargetKind, 16))
                .col(integer(Votes::TargetId))
                .col(integer(Votes::Dots))
                .foreign_key(&mut cascade(
                    (Votes::Table, Votes::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                ))
                .foreign_key(&mut cascade(
                    (Votes::Table, Votes::AccountId),
                    (Accounts::Table, Accounts::Id),
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(Votes::GatheringId)
                        .col(Votes::AccountId)
                        .col(Votes::TargetKind)
                        .col(Votes::TargetId),
                )
                .check(Expr::col(Votes::Dots).gt(0))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Actions::Table)
                .col(pk_auto(Actions::Id))
                .col(integer(Actions::GatheringId))
                .col(integer_null(Actions::SessionId))
                .col(string_len(Actions::Title, 200))
                .col(string_len_null(Actions::DueOn, 10))
                .col(string_len(Actions::Status, 16))
                .col(integer_null(Actions::CreatedBy))
                .col(big_integer(Actions::CreatedAt))
                .foreign_key(&mut cascade(
                    (Actions::Table, Actions::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                ))
                .foreign_key(&mut fk(
                    (Actions::Table, Actions::SessionId),
                    (Sessions::Table, Sessions::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Actions::Table, Actions::CreatedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ActionOwners::Table)
                .col(pk_auto(ActionOwners::Id))
                .col(integer(ActionOwners::ActionId))
                .col(integer(ActionOwners::AccountId))
                .foreign_key(&mut cascade(
                    (ActionOwners::Table, ActionOwners::ActionId),
                    (Actions::Table, Actions::Id),
                ))
                .foreign_key(&mut cascade(
                    (ActionOwners::Table, ActionOwners::AccountId),
                    (Accounts::Table, Accounts::Id),
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(ActionOwners::ActionId)
                        .col(ActionOwners::AccountId),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_actions_gathering")
                .table(Actions::Table)
                .col(Actions::GatheringId)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
