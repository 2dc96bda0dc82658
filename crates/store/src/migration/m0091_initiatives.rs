//! Initiatives: what people carry on together after a gathering (or from an idea). The
//! purpose, updates and asks for help are content; the people in it join by invitation or by
//! asking (`standing`), one row per person; where it came from is kept (an action, and so its
//! gathering and session).

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Initiatives {
    Table,
    Id,
    CommunityId,
    Title,
    StartedBy,
    FromActionId,
    FromGatheringId,
    FromSessionId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum InitiativePeople {
    Table,
    Id,
    InitiativeId,
    AccountId,
    Part,
    Standing,
    InvitedBy,
    Since,
}

#[derive(DeriveIden)]
enum InitiativeUpdates {
    Table,
    Id,
    InitiativeId,
    AuthorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum InitiativeAsks {
    Table,
    Id,
    InitiativeId,
    AuthorId,
    Status,
    TakenBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Actions {
    Table,
    Id,
}

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

pub struct M0091Initiatives;

impl MigrationName for M0091Initiatives {
    fn name(&self) -> &str {
        "m0091_initiatives"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0091Initiatives {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(Initiatives::Table)
                .col(pk_auto(Initiatives::Id))
                .col(integer(Initiatives::CommunityId))
                .col(string_len(Initiatives::Title, 120))
                .col(integer_null(Initiatives::StartedBy))
                .col(integer_null(Initiatives::FromActionId))
                .col(integer_null(Initiatives::FromGatheringId))
                .col(integer_null(Initiatives::FromSessionId))
                .col(big_integer(Initiatives::CreatedAt))
                .foreign_key(&mut fk(
                    (Initiatives::Table, Initiatives::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Initiatives::Table, Initiatives::StartedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Initiatives::Table, Initiatives::FromActionId),
                    (Actions::Table, Actions::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Initiatives::Table, Initiatives::FromGatheringId),
                    (Gatherings::Table, Gatherings::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Initiatives::Table, Initiatives::FromSessionId),
                    (Sessions::Table, Sessions::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_initiatives_community")
                .table(Initiatives::Table)
                .col(Initiatives::CommunityId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(InitiativePeople::Table)
                .col(pk_auto(InitiativePeople::Id))
                .col(integer(InitiativePeople::InitiativeId))
                .col(integer(InitiativePeople::AccountId))
                .col(string_len(InitiativePeople::Part, 16))
                .col(string_len(InitiativePeople::Standing, 16))
                .col(integer_null(InitiativePeople::InvitedBy))
                .col(big_integer(InitiativePeople::Since))
                .foreign_key(&mut fk(
                    (InitiativePeople::Table, InitiativePeople::InitiativeId),
                    (Initiatives::Table, Initiatives::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (InitiativePeople::Table, InitiativePeople::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (InitiativePeople::Table, InitiativePeople::InvitedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(InitiativePeople::InitiativeId)
                        .col(InitiativePeople::AccountId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(InitiativeUpdates::Table)
                .col(pk_auto(InitiativeUpdates::Id))
                .col(integer(InitiativeUpdates::InitiativeId))
                .col(integer_null(InitiativeUpdates::AuthorId))
                .col(big_integer(InitiativeUpdates::CreatedAt))
                .foreign_key(&mut fk(
                    (InitiativeUpdates::Table, InitiativeUpdates::InitiativeId),
                    (Initiatives::Table, Initiatives::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (InitiativeUpdates::Table, InitiativeUpdates::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(InitiativeAsks::Table)
                .col(pk_auto(InitiativeAsks::Id))
                .col(integer(InitiativeAsks::InitiativeId))
                .col(integer_null(InitiativeAsks::AuthorId))
                .col(string_len(InitiativeAsks::Status, 16))
                .col(integer_null(InitiativeAsks::TakenBy))
                .col(big_integer(InitiativeAsks::CreatedAt))
                .foreign_key(&mut fk(
                    (InitiativeAsks::Table, InitiativeAsks::InitiativeId),
                    (Initiatives::Table, Initiatives::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (InitiativeAsks::Table, InitiativeAsks::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (InitiativeAsks::Table, InitiativeAsks::TakenBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
