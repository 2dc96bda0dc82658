//! World Café: a gathering run as a café (`cafes`, one row per such gathering, with the round
//! timer), its rounds with their questions and minutes, tables with capacity and a host who
//! stays, the people taking part (from which round, until which), each person's suggested
//! table and the table they chose per round (`cafe_places`: a suggestion, never an
//! assignment), and one note per table and round (the text is content, kind `cafe_note`)
//! with the harvest theme the host grouped it into.

use super::fk;
use ForeignKeyAction::{Cascade, SetNull};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

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

#[derive(DeriveIden)]
enum Cafes {
    Table,
    GatheringId,
    TableSize,
    Round,
    StartedAt,
    PausedElapsed,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CafeRounds {
    Table,
    Id,
    GatheringId,
    Number,
    Question,
    Minutes,
}

#[derive(DeriveIden)]
enum CafeTables {
    Table,
    Id,
    GatheringId,
    Number,
    Name,
    Capacity,
    HostId,
}

#[derive(DeriveIden)]
enum CafePeople {
    Table,
    GatheringId,
    AccountId,
    FromRound,
    UntilRound,
}

#[derive(DeriveIden)]
enum CafePlaces {
    Table,
    GatheringId,
    Round,
    AccountId,
    SuggestedTable,
    SeatTable,
}

#[derive(DeriveIden)]
enum CafeThemes {
    Table,
    Id,
    GatheringId,
    Name,
    Position,
}

#[derive(DeriveIden)]
enum CafeNotes {
    Table,
    Id,
    GatheringId,
    TableId,
    Round,
    ThemeId,
}

pub struct M0080Cafe;

impl MigrationName for M0080Cafe {
    fn name(&self) -> &str {
        "m0080_cafe"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0080Cafe {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Cafes::Table)
                .col(integer(Cafes::GatheringId).primary_key())
                .col(integer(Cafes::TableSize))
                .col(integer(Cafes::Round).default(0))
                .col(big_integer_null(Cafes::StartedAt))
                .col(big_integer_null(Cafes::PausedElapsed))
                .col(big_integer(Cafes::CreatedAt))
                .foreign_key(&mut fk(
                    (Cafes::Table, Cafes::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CafeRounds::Table)
                .col(pk_auto(CafeRounds::Id))
                .col(integer(CafeRounds::GatheringId))
                .col(integer(CafeRounds::Number))
                .col(string_len(CafeRounds::Question, 300))
                .col(integer(CafeRounds::Minutes))
                .foreign_key(&mut fk(
                    (CafeRounds::Table, CafeRounds::GatheringId),
                    (Cafes::Table, Cafes::GatheringId),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_cafe_rounds_number")
                .table(CafeRounds::Table)
                .col(CafeRounds::GatheringId)
                .col(CafeRounds::Number)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CafeTables::Table)
                .col(pk_auto(CafeTables::Id))
                .col(integer(CafeTables::GatheringId))
                .col(integer(CafeTables::Number))
                .col(string_len(CafeTables::Name, 60))
                .col(integer(CafeTables::Capacity))
                .col(integer_null(CafeTables::HostId))
                .foreign_key(&mut fk(
                    (CafeTables::Table, CafeTables::GatheringId),
                    (Cafes::Table, Cafes::GatheringId),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CafeTables::Table, CafeTables::HostId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_cafe_tables_number")
                .table(CafeTables::Table)
                .col(CafeTables::GatheringId)
                .col(CafeTables::Number)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CafePeople::Table)
                .col(integer(CafePeople::GatheringId))
                .col(integer(CafePeople::AccountId))
                .col(integer(CafePeople::FromRound))
                .col(integer_null(CafePeople::UntilRound))
                .primary_key(
                    Index::create()
                        .col(CafePeople::GatheringId)
                        .col(CafePeople::AccountId),
                )
                .foreign_key(&mut fk(
                    (CafePeople::Table, CafePeople::GatheringId),
                    (Cafes::Table, Cafes::GatheringId),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CafePeople::Table, CafePeople::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CafePlaces::Table)
                .col(integer(CafePlaces::GatheringId))
                .col(integer(CafePlaces::Round))
                .col(integer(CafePlaces::AccountId))
                .col(integer_null(CafePlaces::SuggestedTable))
                .col(integer_null(CafePlaces::SeatTable))
                .primary_key(
                    Index::create()
                        .col(CafePlaces::GatheringId)
                        .col(CafePlaces::Round)
                        .col(CafePlaces::AccountId),
                )
                .foreign_key(&mut fk(
                    (CafePlaces::Table, CafePlaces::GatheringId),
                    (Cafes::Table, Cafes::GatheringId),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CafePlaces::Table, CafePlaces::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CafePlaces::Table, CafePlaces::SuggestedTable),
                    (CafeTables::Table, CafeTables::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (CafePlaces::Table, CafePlaces::SeatTable),
                    (CafeTables::Table, CafeTables::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CafeThemes::Table)
                .col(pk_auto(CafeThemes::Id))
                .col(integer(CafeThemes::GatheringId))
                .col(string_len(CafeThemes::Name, 80))
                .col(integer(CafeThemes::Position))
                .foreign_key(&mut fk(
                    (CafeThemes::Table, CafeThemes::GatheringId),
                    (Cafes::Table, Cafes::GatheringId),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CafeNotes::Table)
                .col(pk_auto(CafeNotes::Id))
                .col(integer(CafeNotes::GatheringId))
                .col(integer(CafeNotes::TableId))
                .col(integer(CafeNotes::Round))
                .col(integer_null(CafeNotes::ThemeId))
                .foreign_key(&mut fk(
                    (CafeNotes::Table, CafeNotes::GatheringId),
                    (Cafes::Table, Cafes::GatheringId),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CafeNotes::Table, CafeNotes::TableId),
                    (CafeTables::Table, CafeTables::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CafeNotes::Table, CafeNotes::ThemeId),
                    (CafeThemes::Table, CafeThemes::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_cafe_notes_table_round")
                .table(CafeNotes::Table)
                .col(CafeNotes::TableId)
                .col(CafeNotes::Round)
                .unique()
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
