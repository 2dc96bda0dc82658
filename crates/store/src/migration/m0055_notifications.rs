//! Notifications: the events the unit of work records (one fan-out job each), the inbox rows
//! the job runner writes from them (one per person told, with the e-mail's state), each
//! person's e-mail choice per kind, and the server's keys (the unsubscribe links' HMAC key).

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum NotificationEvents {
    Table,
    Id,
    Kind,
    CommunityId,
    /// The content the event is about (a mention's post, a reply, a contribution).
    ContentId,
    /// What the content belongs to (the thread, the contribution).
    SubjectId,
    /// The one person concerned, when there is one (a decision's author).
    TargetId,
    ActorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    AccountId,
    EventId,
    Kind,
    CommunityId,
    ContentId,
    SubjectId,
    ActorId,
    ReadAt,
    /// none, waiting (to be sent at once), digest, sent or skipped.
    Mail,
    CreatedAt,
}

#[derive(DeriveIden)]
enum NotificationSettings {
    Table,
    AccountId,
    Kind,
    /// now, digest or never.
    Mode,
}

#[derive(DeriveIden)]
enum ServerKeys {
    Table,
    Name,
    Value,
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

pub struct M0055Notifications;

impl MigrationName for M0055Notifications {
    fn name(&self) -> &str {
        "m0055_notifications"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0055Notifications {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(NotificationEvents::Table)
                .col(pk_auto(NotificationEvents::Id))
                .col(string_len(NotificationEvents::Kind, 16))
                .col(integer(NotificationEvents::CommunityId))
                .col(integer_null(NotificationEvents::ContentId))
                .col(integer(NotificationEvents::SubjectId))
                .col(integer_null(NotificationEvents::TargetId))
                .col(integer_null(NotificationEvents::ActorId))
                .col(big_integer(NotificationEvents::CreatedAt))
                .foreign_key(&mut fk(
                    (NotificationEvents::Table, NotificationEvents::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (NotificationEvents::Table, NotificationEvents::TargetId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (NotificationEvents::Table, NotificationEvents::ActorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Notifications::Table)
                .col(pk_auto(Notifications::Id))
                .col(integer(Notifications::AccountId))
                .col(integer(Notifications::EventId))
                .col(string_len(Notifications::Kind, 16))
                .col(integer(Notifications::CommunityId))
                .col(integer_null(Notifications::ContentId))
                .col(integer(Notifications::SubjectId))
                .col(integer_null(Notifications::ActorId))
                .col(big_integer_null(Notifications::ReadAt))
                .col(string_len(Notifications::Mail, 16))
                .col(big_integer(Notifications::CreatedAt))
                .foreign_key(&mut fk(
                    (Notifications::Table, Notifications::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Notifications::Table, Notifications::ActorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Notifications::Table, Notifications::EventId),
                    (NotificationEvents::Table, NotificationEvents::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        // One row per person and event: a fan-out that runs twice writes nothing new.
        m.create_index(
            Index::create()
                .name("idx_notifications_once")
                .table(Notifications::Table)
                .col(Notifications::AccountId)
                .col(Notifications::EventId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_notifications_mail")
                .table(Notifications::Table)
                .col(Notifications::Mail)
                .col(Notifications::AccountId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(NotificationSettings::Table)
                .col(integer(NotificationSettings::AccountId))
                .col(string_len(NotificationSettings::Kind, 16))
                .col(string_len(NotificationSettings::Mode, 16))
                .primary_key(
                    Index::create()
                        .col(NotificationSettings::AccountId)
                        .col(NotificationSettings::Kind),
                )
                .foreign_key(&mut fk(
                    (NotificationSettings::Table, NotificationSettings::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ServerKeys::Table)
                .col(string_len(ServerKeys::Name, 32).primary_key())
                .col(text(ServerKeys::Value))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            ServerKeys::Table.into_iden(),
            NotificationSettings::Table.into_iden(),
            Notifications::Table.into_iden(),
            NotificationEvents::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
