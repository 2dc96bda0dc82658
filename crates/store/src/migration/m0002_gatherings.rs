//! Open Space gatherings: the grid (spaces × slots, locked cells), answers, sessions, interest
//! and presence. The database itself keeps one session per cell and one open presence per person.

use super::fk;
use super::m0001_foundation::{Accounts, Communities};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Gatherings {
    Table,
    Id,
    CommunityId,
    Title,
    CallingQuestion,
    Invitation,
    Venue,
    TimeZone,
    Phase,
    License,
    Dots,
    /// Bumped by every change; the live wall's event id, and the row every change locks.
    Version,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Spaces {
    Table,
    Id,
    GatheringId,
    Name,
    Capacity,
    Features,
}

#[derive(DeriveIden)]
enum Slots {
    Table,
    Id,
    GatheringId,
    StartsAt,
    EndsAt,
    Kind,
    Label,
}

#[derive(DeriveIden)]
enum LockedCells {
    Table,
    Id,
    GatheringId,
    SpaceId,
    SlotId,
    Label,
}

#[derive(DeriveIden)]
enum Rsvps {
    Table,
    Id,
    GatheringId,
    AccountId,
    Answer,
    At,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    GatheringId,
    ConvenerId,
    Title,
    Description,
    Needs,
    SpaceId,
    SlotId,
    CreatedAt,
    /// The session its convener proposes to merge this one into (the other convener accepts).
    MergeInto,
    /// Set once merged: the session lives on in that one and leaves the wall.
    MergedInto,
}

#[derive(DeriveIden)]
enum CoConveners {
    Table,
    Id,
    SessionId,
    AccountId,
}

#[derive(DeriveIden)]
enum Interests {
    Table,
    Id,
    SessionId,
    AccountId,
}

#[derive(DeriveIden)]
enum Presences {
    Table,
    Id,
    GatheringId,
    SessionId,
    AccountId,
    Anonymous,
    Since,
    Until,
}

pub struct M0002Gatherings;

impl MigrationName for M0002Gatherings {
    fn name(&self) -> &str {
        "m0002_gatherings"
    }
}

fn of_gathering(table: impl IntoIden, col: impl IntoIden) -> ForeignKeyCreateStatement {
    fk(
        (table, col),
        (Gatherings::Table, Gatherings::Id),
        ForeignKeyAction::Cascade,
    )
}

#[async_trait::async_trait]
impl MigrationTrait for M0002Gatherings {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(Gatherings::Table)
                .col(pk_auto(Gatherings::Id))
                .col(integer(Gatherings::CommunityId))
                .col(string_len(Gatherings::Title, 120))
                .col(text(Gatherings::CallingQuestion))
                .col(text(Gatherings::Invitation))
                .col(string_len(Gatherings::Venue, 200))
                .col(string_len(Gatherings::TimeZone, 64))
                .col(string_len(Gatherings::Phase, 16))
                .col(string_len(Gatherings::License, 32))
                .col(integer(Gatherings::Dots))
                .col(big_integer(Gatherings::Version).default(0))
                .col(integer_null(Gatherings::CreatedBy))
                .col(big_integer(Gatherings::CreatedAt))
                .foreign_key(&mut fk(
                    (Gatherings::Table, Gatherings::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Gatherings::Table, Gatherings::CreatedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Spaces::Table)
                .col(pk_auto(Spaces::Id))
                .col(integer(Spaces::GatheringId))
                .col(string_len(Spaces::Name, 60))
                .col(integer(Spaces::Capacity))
                .col(string_len(Spaces::Features, 300))
                .foreign_key(&mut of_gathering(Spaces::Table, Spaces::GatheringId))
                .index(
                    Index::create()
                        .unique()
                        .col(Spaces::GatheringId)
                        .col(Spaces::Name),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Slots::Table)
                .col(pk_auto(Slots::Id))
                .col(integer(Slots::GatheringId))
                .col(big_integer(Slots::StartsAt))
                .col(big_integer(Slots::EndsAt))
                .col(string_len(Slots::Kind, 16))
                .col(string_len(Slots::Label, 80))
                .foreign_key(&mut of_gathering(Slots::Table, Slots::GatheringId))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LockedCells::Table)
                .col(pk_auto(LockedCells::Id))
                .col(integer(LockedCells::GatheringId))
                .col(integer(LockedCells::SpaceId))
                .col(integer(LockedCells::SlotId))
                .col(string_len(LockedCells::Label, 80))
                .foreign_key(&mut of_gathering(
                    LockedCells::Table,
                    LockedCells::GatheringId,
                ))
                .foreign_key(&mut fk(
                    (LockedCells::Table, LockedCells::SpaceId),
                    (Spaces::Table, Spaces::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LockedCells::Table, LockedCells::SlotId),
                    (Slots::Table, Slots::Id),
                    Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(LockedCells::SpaceId)
                        .col(LockedCells::SlotId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Rsvps::Table)
                .col(pk_auto(Rsvps::Id))
                .col(integer(Rsvps::GatheringId))
                .col(integer(Rsvps::AccountId))
                .col(string_len(Rsvps::Answer, 8))
                .col(big_integer(Rsvps::At))
                .foreign_key(&mut of_gathering(Rsvps::Table, Rsvps::GatheringId))
                .foreign_key(&mut fk(
                    (Rsvps::Table, Rsvps::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(Rsvps::GatheringId)
                        .col(Rsvps::AccountId),
                )
                .to_owned(),
        )
        .await?;
        // One session per cell: two conveners claiming a cell at once cannot both win.
        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(pk_auto(Sessions::Id))
                .col(integer(Sessions::GatheringId))
                .col(integer_null(Sessions::ConvenerId))
                .col(string_len(Sessions::Title, 120))
                .col(text(Sessions::Description))
                .col(string_len(Sessions::Needs, 300))
                .col(integer_null(Sessions::SpaceId))
                .col(integer_null(Sessions::SlotId))
                .col(big_integer(Sessions::CreatedAt))
                .col(integer_null(Sessions::MergeInto))
                .col(integer_null(Sessions::MergedInto))
                .foreign_key(&mut of_gathering(Sessions::Table, Sessions::GatheringId))
                .foreign_key(&mut fk(
                    (Sessions::Table, Sessions::ConvenerId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Sessions::Table, Sessions::SpaceId),
                    (Spaces::Table, Spaces::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Sessions::Table, Sessions::SlotId),
                    (Slots::Table, Slots::Id),
                    SetNull,
                ))
                .index(
                    Index::create()
                        .unique()
                        .name("uq_sessions_cell")
                        .col(Sessions::SpaceId)
                        .col(Sessions::SlotId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CoConveners::Table)
                .col(pk_auto(CoConveners::Id))
                .col(integer(CoConveners::SessionId))
                .col(integer(CoConveners::AccountId))
                .foreign_key(&mut fk(
                    (CoConveners::Table, CoConveners::SessionId),
                    (Sessions::Table, Sessions::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CoConveners::Table, CoConveners::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(CoConveners::SessionId)
                        .col(CoConveners::AccountId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Interests::Table)
                .col(pk_auto(Interests::Id))
                .col(integer(Interests::SessionId))
                .col(integer(Interests::AccountId))
                .foreign_key(&mut fk(
                    (Interests::Table, Interests::SessionId),
                    (Sessions::Table, Sessions::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Interests::Table, Interests::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(Interests::SessionId)
                        .col(Interests::AccountId),
                )
                .to_owned(),
        )
        .await?;
        // Who was where from when to when: the intervals become the collaboration network.
        m.create_table(
            Table::create()
                .table(Presences::Table)
                .col(pk_auto(Presences::Id))
                .col(integer(Presences::GatheringId))
                .col(integer(Presences::SessionId))
                .col(integer(Presences::AccountId))
                .col(boolean(Presences::Anonymous).default(false))
                .col(big_integer(Presences::Since))
                .col(big_integer_null(Presences::Until))
                .foreign_key(&mut of_gathering(Presences::Table, Presences::GatheringId))
                .foreign_key(&mut fk(
                    (Presences::Table, Presences::SessionId),
                    (Sessions::Table, Sessions::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Presences::Table, Presences::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        // An invitation may bring people to a gathering: they land on it after accepting.
        m.alter_table(
            Table::alter()
                .table(Alias::new("invitations"))
                .add_column(integer_null(Alias::new("gathering_id")))
                .to_owned(),
        )
        .await?;
        // A person is in one place at a time: one open interval each (same SQL on both databases).
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX uq_presences_open ON presences (gathering_id, account_id) \
                 WHERE until IS NULL",
            )
            .await?;
        for (name, table, col) in [
            (
                "idx_gatherings_community",
                Gatherings::Table.into_iden(),
                Gatherings::CommunityId.into_iden(),
            ),
            (
                "idx_sessions_gathering",
                Sessions::Table.into_iden(),
                Sessions::GatheringId.into_iden(),
            ),
            (
                "idx_slots_gathering",
                Slots::Table.into_iden(),
                Slots::GatheringId.into_iden(),
            ),
            (
                "idx_interests_account",
                Interests::Table.into_iden(),
                Interests::AccountId.into_iden(),
            ),
            (
                "idx_presences_session",
                Presences::Table.into_iden(),
                Presences::SessionId.into_iden(),
            ),
        ] {
            m.create_index(Index::create().name(name).table(table).col(col).to_owned())
                .await?;
        }
        Ok(())
    }
}
