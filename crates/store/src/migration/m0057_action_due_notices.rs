//! "An action of mine is due in 3 days": one notice per action and due date, written by the
//! hourly sweep before it records the notification event, so a sweep that runs twice (or on
//! two servers at once) tells the owners once, and a due date that moves is told again.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum ActionDueNotices {
    Table,
    Id,
    ActionId,
    /// The due date told about (`2026-12-01`).
    DueOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Actions {
    Table,
    Id,
}

pub struct M0057ActionDueNotices;

impl MigrationName for M0057ActionDueNotices {
    fn name(&self) -> &str {
        "m0057_action_due_notices"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0057ActionDueNotices {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ActionDueNotices::Table)
                .col(pk_auto(ActionDueNotices::Id))
                .col(integer(ActionDueNotices::ActionId))
                .col(string_len(ActionDueNotices::DueOn, 10))
                .col(big_integer(ActionDueNotices::CreatedAt))
                .foreign_key(&mut fk(
                    (ActionDueNotices::Table, ActionDueNotices::ActionId),
                    (Actions::Table, Actions::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_action_due_notices_once")
                .table(ActionDueNotices::Table)
                .col(ActionDueNotices::ActionId)
                .col(ActionDueNotices::DueOn)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ActionDueNotices::Table).to_owned())
            .await
    }
}
