//! The outbox of jobs written by the unit of work (run after commit by the job runner, at
//! least once), and audit entries' typed subjects beside the hashed text, so one object's
//! history can be asked for.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
    Kind,
    /// What the job is about (a community id for the network job).
    Subject,
    Attempts,
    /// Not run before this time (Unix seconds): retries back off through it.
    RunAfter,
    LastError,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    SubjectKind,
    SubjectId,
}

pub struct M0008Jobs;

impl MigrationName for M0008Jobs {
    fn name(&self) -> &str {
        "m0008_jobs"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0008Jobs {
    /// One transaction on both databases (SQLite too): the data carried over and the schema
    /// change land together or not at all, on one connection.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Jobs::Table)
                .col(pk_auto(Jobs::Id))
                .col(string_len(Jobs::Kind, 32))
                .col(integer(Jobs::Subject))
                .col(integer(Jobs::Attempts).default(0))
                .col(big_integer(Jobs::RunAfter))
                .col(text(Jobs::LastError).default(""))
                .col(big_integer(Jobs::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_jobs_run_after")
                .table(Jobs::Table)
                .col(Jobs::RunAfter)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(AuditLog::Table)
                .add_column(string_len_null(AuditLog::SubjectKind, 16))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(AuditLog::Table)
                .add_column(integer_null(AuditLog::SubjectId))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_audit_subject")
                .table(AuditLog::Table)
                .col(AuditLog::SubjectKind)
                .col(AuditLog::SubjectId)
                .to_owned(),
        )
        .await
    }
}
