//! The outbox: jobs written inside the transaction of the change that calls for them, run
//! after commit by the job runner, at least once. A job is claimed by pushing its `run_after`
//! forward (a lease): if the runner dies, the lease runs out and another takes the job. On
//! PostgreSQL the claim is `FOR UPDATE SKIP LOCKED`, so several servers share the work; on
//! SQLite the write transaction already serializes claims.

use crate::entity::job;
use crate::{Result, Store};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashSet;

/// A claimed job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: i32,
    pub kind: String,
    pub subject: i32,
    /// How many times it was claimed, this time included.
    pub attempts: i32,
}

/// Adds a job unless the same one is already waiting (not yet claimed): a burst of changes to
/// one community asks for one computation.
pub async fn enqueue(db: &impl ConnectionTrait, kind: &str, subject: i32, now: i64) -> Result<()> {
    enqueue_many(db, kind, &[subject], now, now).await
}

/// As [`enqueue`], due at once whatever the caller's clock (for writes that carry no time).
pub async fn enqueue_due(db: &impl ConnectionTrait, kind: &str, subject: i32) -> Result<()> {
    enqueue(db, kind, subject, 0).await
}

/// As [`enqueue`], due at `at` (a digest waits for its day); a waiting one keeps its time.
pub async fn enqueue_at(
    db: &impl ConnectionTrait,
    kind: &str,
    subject: i32,
    at: i64,
    now: i64,
) -> Result<()> {
    enqueue_many(db, kind, &[subject], at, now).await
}

/// As [`enqueue_at`] for many subjects of one kind: one read of those already waiting and
/// multi-row inserts for the others (a fan-out queues thousands of e-mails at once).
pub async fn enqueue_many(
    db: &impl ConnectionTrait,
    kind: &str,
    subjects: &[i32],
    at: i64,
    now: i64,
) -> Result<()> {
    const COLUMNS: usize = 6;
    let mut waiting = HashSet::new();
    for chunk in subjects.chunks(crate::IN_CHUNK) {
        waiting.extend(
            job::Entity::find()
                .select_only()
                .column(job::Column::Subject)
                .filter(job::Column::Kind.eq(kind))
                .filter(job::Column::Attempts.eq(0))
                .filter(job::Column::Subject.is_in(chunk.iter().copied()))
                .into_tuple::<i32>()
                .all(db)
                .await?,
        );
    }
    let fresh: Vec<i32> = subjects
        .iter()
        .copied()
        .filter(|s| waiting.insert(*s))
        .collect();
    for chunk in fresh.chunks(crate::MAX_PARAMS / COLUMNS) {
        job::Entity::insert_many(chunk.iter().map(|&subject| job::ActiveModel {
            kind: Set(kind.to_owned()),
            subject: Set(subject),
            attempts: Set(0),
            run_after: Set(at),
            last_error: Set(String::new()),
            created_at: Set(now),
            ..Default::default()
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Claims up to `limit` jobs due at `now`, oldest first, for `lease` seconds, in one
/// transaction: a fan-out's thousands of e-mails are taken in batches, not one claim each.
pub async fn claim(store: &Store, now: i64, lease: i64, limit: u64) -> Result<Vec<Job>> {
    let tx = store.write().await?;
    let mut q = job::Entity::find()
        .filter(job::Column::RunAfter.lte(now))
        .order_by_asc(job::Column::RunAfter)
        .order_by_asc(job::Column::Id)
        .limit(limit);
    if store.backend() == DbBackend::Postgres {
        q = q.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let rows = q.all(&tx).await?;
    if !rows.is_empty() {
        job::Entity::update_many()
            .col_expr(job::Column::RunAfter, Expr::value(now + lease))
            .col_expr(
                job::Column::Attempts,
                Expr::col(job::Column::Attempts).add(1),
            )
            .filter(job::Column::Id.is_in(rows.iter().map(|r| r.id)))
            .exec(&tx)
            .await?;
    }
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|row| Job {
            id: row.id,
            kind: row.kind,
            subject: row.subject,
            attempts: row.attempts + 1,
        })
        .collect())
}

/// The jobs ran: they leave the outbox.
pub async fn done(db: &impl ConnectionTrait, ids: &[i32]) -> Result<()> {
    for chunk in ids.chunks(crate::IN_CHUNK) {
        job::Entity::delete_many()
            .filter(job::Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// The job failed: it runs again after `run_after`, with the error kept for operators.
pub async fn retry(db: &impl ConnectionTrait, id: i32, error: &str, run_after: i64) -> Result<()> {
    job::Entity::update_many()
        .col_expr(job::Column::RunAfter, Expr::value(run_after))
        .col_expr(
            job::Column::LastError,
            Expr::value(error.chars().take(500).collect::<String>()),
        )
        .filter(job::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Jobs in the outbox: (waiting or running, of which failed at least once).
pub async fn backlog(db: &impl ConnectionTrait) -> Result<(u64, u64)> {
    let all = job::Entity::find().count(db).await?;
    let failed = job::Entity::find()
        .filter(job::Column::LastError.ne(""))
        .count(db)
        .await?;
    Ok((all, failed))
}
