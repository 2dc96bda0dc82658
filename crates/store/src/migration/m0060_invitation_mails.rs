//! The delivery of a personal invitation by e-mail: one row per invitation, written with the
//! invitation (or a request to resend it) and updated by the job runner that sends it. The
//! link's token waits here only until the message is sent or given up on, then it is cleared.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum InvitationMails {
    Table,
    Id,
    InvitationId,
    /// The token of the link the message carries; empty once sent or given up on.
    PendingToken,
    /// waiting, sent or failed.
    State,
    Attempts,
    LastError,
    SentAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
}

pub struct M0060InvitationMails;

impl MigrationName for M0060InvitationMails {
    fn name(&self) -> &str {
        "m0060_invitation_mails"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0060InvitationMails {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(InvitationMails::Table)
                .col(pk_auto(InvitationMails::Id))
                .col(integer_uniq(InvitationMails::InvitationId))
                .col(text(InvitationMails::PendingToken).default(""))
                .col(string_len(InvitationMails::State, 16))
                .col(integer(InvitationMails::Attempts).default(0))
                .col(text(InvitationMails::LastError).default(""))
                .col(big_integer_null(InvitationMails::SentAt))
                .col(big_integer(InvitationMails::UpdatedAt))
                .foreign_key(&mut fk(
                    (InvitationMails::Table, InvitationMails::InvitationId),
                    (Invitations::Table, Invitations::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(InvitationMails::Table).to_owned())
            .await
    }
}
