//! Threads in a community: a title and where it belongs (the community, a gathering or one
//! session), pinned or not, deleted by its author (a tombstone). The body of a thread and of
//! each reply is content (kind `thread` / `reply`, owner = the row here). Mentions name the
//! members a piece of content mentions; follows hold each person's watch or mute; reads hold
//! the last reply each person has seen.

use super::fk;
use super::m0001_foundation::{Accounts, Communities};
use super::m0007_contents::Contents;
use ForeignKeyAction::{Cascade, SetNull};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Threads {
    Table,
    Id,
    CommunityId,
    GatheringId,
    SessionId,
    Title,
    AuthorId,
    Pinned,
    DeletedAt,
    CreatedAt,
    ActiveAt,
}

#[derive(DeriveIden)]
enum ThreadReplies {
    Table,
    Id,
    ThreadId,
    AuthorId,
    DeletedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ContentMentions {
    Table,
    ContentId,
    AccountId,
}

#[derive(DeriveIden)]
enum ThreadFollows {
    Table,
    ThreadId,
    AccountId,
    Mode,
}

#[derive(DeriveIden)]
enum ThreadReads {
    Table,
    ThreadId,
    AccountId,
    SeenReply,
    At,
}

pub struct M0050Threads;

impl MigrationName for M0050Threads {
    fn name(&self) -> &str {
        "m0050_threads"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0050Threads {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Threads::Table)
                .col(pk_auto(Threads::Id))
                .col(integer(Threads::CommunityId))
                .col(integer_null(Threads::GatheringId))
                .col(integer_null(Threads::SessionId))
                .col(string_len(Threads::Title, 200))
                .col(integer_null(Threads::AuthorId))
                .col(boolean(Threads::Pinned).default(false))
                .col(big_integer_null(Threads::DeletedAt))
                .col(big_integer(Threads::CreatedAt))
                .col(big_integer(Threads::ActiveAt))
                .foreign_key(&mut fk(
                    (Threads::Table, Threads::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Threads::Table, Threads::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_threads_community")
                .table(Threads::Table)
                .col(Threads::CommunityId)
                .col(Threads::ActiveAt)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ThreadReplies::Table)
                .col(pk_auto(ThreadReplies::Id))
                .col(integer(ThreadReplies::ThreadId))
                .col(integer_null(ThreadReplies::AuthorId))
                .col(big_integer_null(ThreadReplies::DeletedAt))
                .col(big_integer(ThreadReplies::CreatedAt))
                .foreign_key(&mut fk(
                    (ThreadReplies::Table, ThreadReplies::ThreadId),
                    (Threads::Table, Threads::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ThreadReplies::Table, ThreadReplies::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_thread_replies_thread")
                .table(ThreadReplies::Table)
                .col(ThreadReplies::ThreadId)
                .col(ThreadReplies::Id)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ContentMentions::Table)
                .col(integer(ContentMentions::ContentId))
                .col(integer(ContentMentions::AccountId))
                .primary_key(
                    Index::create()
                        .col(ContentMentions::ContentId)
                        .col(ContentMentions::AccountId),
                )
                .foreign_key(&mut fk(
                    (ContentMentions::Table, ContentMentions::ContentId),
                    (Contents::Table, Contents::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ContentMentions::Table, ContentMentions::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ThreadFollows::Table)
                .col(integer(ThreadFollows::ThreadId))
                .col(integer(ThreadFollows::AccountId))
                .col(string_len(ThreadFollows::Mode, 8))
                .primary_key(
                    Index::create()
                        .col(ThreadFollows::ThreadId)
                        .col(ThreadFollows::AccountId),
                )
                .foreign_key(&mut fk(
                    (ThreadFollows::Table, ThreadFollows::ThreadId),
                    (Threads::Table, Threads::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ThreadFollows::Table, ThreadFollows::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ThreadReads::Table)
                .col(integer(ThreadReads::ThreadId))
                .col(integer(ThreadReads::AccountId))
                .col(integer(ThreadReads::SeenReply))
                .col(big_integer(ThreadReads::At))
                .primary_key(
                    Index::create()
                        .col(ThreadReads::ThreadId)
                        .col(ThreadReads::AccountId),
                )
                .foreign_key(&mut fk(
                    (ThreadReads::Table, ThreadReads::ThreadId),
                    (Threads::Table, Threads::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ThreadReads::Table, ThreadReads::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            ThreadReads::Table.into_iden(),
            ThreadFollows::Table.into_iden(),
            ContentMentions::Table.into_iden(),
            ThreadReplies::Table.into_iden(),
            Threads::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
