//! The agenda slots a design run made in its gathering, one per block (`design_run_slots`),
//! so the timer can move them as the run goes and a new run replaces only them, never the
//! host's own slots. A slot the host removes takes its row with it.

use super::fk;
use ForeignKeyAction::Cascade;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum DesignRunSlots {
    Table,
    GatheringId,
    Block,
    SlotId,
}

#[derive(DeriveIden)]
enum DesignRuns {
    Table,
    GatheringId,
}

#[derive(DeriveIden)]
enum Slots {
    Table,
    Id,
}

pub struct M0071DesignRunSlots;

impl MigrationName for M0071DesignRunSlots {
    fn name(&self) -> &str {
        "m0071_design_run_slots"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0071DesignRunSlots {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DesignRunSlots::Table)
                .col(integer(DesignRunSlots::GatheringId))
                .col(integer(DesignRunSlots::Block))
                .col(integer(DesignRunSlots::SlotId).unique_key())
                .primary_key(
                    Index::create()
                        .col(DesignRunSlots::GatheringId)
                        .col(DesignRunSlots::Block),
                )
                .foreign_key(&mut fk(
                    (DesignRunSlots::Table, DesignRunSlots::GatheringId),
                    (DesignRuns::Table, DesignRuns::GatheringId),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (DesignRunSlots::Table, DesignRunSlots::SlotId),
                    (Slots::Table, Slots::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(DesignRunSlots::Table).to_owned())
            .await
    }
}
