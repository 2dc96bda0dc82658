//! The job runner: reads the outbox the unit of work writes to, at least once. Handlers are
//! idempotent (running one twice does what running it once does); a failing job is retried
//! with exponential backoff, and a job whose runner died is taken again when its lease ends.
//! Counts are shown on /metrics.

use crate::authz::System;
use crate::unit::Job;
use crate::{App, AppError, Result};
use convene_domain::ids::CommunityId;
use convene_store::jobs;
use convene_store::notifications::{self, MAIL_SENT};
use futures_util::StreamExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::Notify;

/// How long a claimed job is its runner's (seconds) before another may take it.
pub const LEASE: i64 = 300;
/// The first retry waits this long (seconds), doubling up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: i64 = 5;
pub const MAX_BACKOFF: i64 = 3600;

/// Wakes the runner after a commit, and counts what it did.
#[derive(Debug, Clone, Default)]
pub struct Runner {
    wake: Arc<Notify>,
    ran: Arc<AtomicU64>,
    failed: Arc<AtomicU64>,
}

/// What the runner did in this process, and what waits in the outbox (all servers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobCounts {
    pub ran: u64,
    pub failed: u64,
    pub waiting: u64,
    pub retrying: u64,
}

impl Runner {
    pub(crate) fn wake(&self) {
        self.wake.notify_one();
    }

    /// Waits until a commit wrote a job (one written while not waiting is kept).
    pub async fn woken(&self) {
        self.wake.notified().await;
    }
}

/// The wait before retry `attempts` (1 = after the first failure).
pub fn backoff(attempts: i32) -> i64 {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(20);
    (FIRST_BACKOFF << doublings).min(MAX_BACKOFF)
}

/// How many jobs one claim takes.
const BATCH: u64 = 64;
/// How many e-mails of one batch are sent side by side: one per pooled SMTP connection.
const MAIL_PARALLEL: usize = crate::mail::CONNECTIONS as usize;

/// What a job that ran leaves for its batch to write.
enum Ran {
    Done,
    /// The e-mail of this notification row went out: marked sent with the batch.
    Mailed(i32),
}

type Outcome<'a> =
    std::pin::Pin<Box<dyn std::future::Future<Output = (&'a jobs::Job, Result<Ran>)> + Send + 'a>>;

impl App {
    /// Runs every job that is due, in claimed batches; returns how many ran (succeeded or not).
    /// Within a batch the jobs run in order, except that consecutive e-mails run side by side;
    /// the batch's outcomes are written in one transaction.
    pub async fn run_jobs(&self, system: &System) -> Result<usize> {
        let mut n = 0;
        loop {
            let batch = jobs::claim(&self.store, self.now(), LEASE, BATCH).await?;
            if batch.is_empty() {
                return Ok(n);
            }
            n += batch.len();
            let mut outcomes = Vec::with_capacity(batch.len());
            for group in batch.chunk_by(|a, b| a.kind == b.kind) {
                if group[0].kind == Job::NOTIFY_MAIL {
                    // Boxed, so the spawned runner's future stays `Send` (rust-lang/rust#64552).
                    let sends: Vec<Outcome<'_>> = group
                        .iter()
                        .map(|job| -> Outcome<'_> {
                            Box::pin(async move { (job, self.run_job(system, job).await) })
                        })
                        .collect();
                    let sent: Vec<_> = futures_util::stream::iter(sends)
                        .buffer_unordered(MAIL_PARALLEL)
                        .collect()
                        .await;
                    outcomes.extend(sent);
                } else {
                    for job in group {
                        outcomes.push((job, self.run_job(system, job).await));
                    }
                }
            }
            self.record(outcomes).await?;
        }
    }

    async fn record(&self, outcomes: Vec<(&jobs::Job, Result<Ran>)>) -> Result<()> {
        let (mut done, mut mailed) = (Vec::new(), Vec::new());
        let tx = self.store.write().await?;
        for (job, outcome) in outcomes {
            match outcome {
                Ok(ran) => {
                    done.push(job.id);
                    if let Ran::Mailed(row) = ran {
                        mailed.push(row);
                    }
                }
                Err(e) => {
                    tracing::warn!(job = job.id, kind = %job.kind, attempts = job.attempts, error = %e, "job failed; will retry");
                    let at = self.now() + backoff(job.attempts);
                    jobs::retry(&tx, job.id, &e.to_string(), at).await?;
                    self.jobs.failed.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        notifications::set_mail(&tx, &mailed, MAIL_SENT).await?;
        jobs::done(&tx, &done).await?;
        tx.commit().await?;
        self.jobs
            .ran
            .fetch_add(done.len() as u64, Ordering::Relaxed);
        Ok(())
    }

    async fn run_job(&self, system: &System, job: &jobs::Job) -> Result<Ran> {
        let done = match job.kind.as_str() {
            Job::NETWORK => {
                // Metrics live in each server's memory: every server recomputes the community.
                self.live
                    .network_changed(&self.store, CommunityId(job.subject))
                    .await;
                Ok(())
            }
            Job::INVITATION_MAIL => {
                self.send_invitation_mail(system, job.subject, job.attempts)
                    .await
            }
            Job::SEARCH_INDEX => {
                self.index_content(system, convene_domain::ids::ContentId(job.subject))
                    .await
            }
            Job::SEARCH_REBUILD => self.rebuild_search(system).await.map(|_| ()),
            Job::NOTIFY => self.fan_out(system, job.subject).await,
            Job::NOTIFY_MAIL => {
                return Ok(
                    match self.send_notification_mail(system, job.subject).await? {
                        Some(row) => Ran::Mailed(row),
                        None => Ran::Done,
                    },
                );
            }
            Job::NOTIFY_DIGEST => self.send_digest(system, job.subject).await,
            Job::MANDATE_REMINDER => self.send_mandate_reminder(system, job.subject).await,
            other => Err(AppError::Internal(format!("unknown job kind {other}"))),
        };
        done.map(|()| Ran::Done)
    }

    pub async fn job_counts(&self) -> Result<JobCounts> {
        let (waiting, retrying) = jobs::backlog(self.store.conn()).await?;
        Ok(JobCounts {
            ran: self.jobs.ran.load(Ordering::Relaxed),
            failed: self.jobs.failed.load(Ordering::Relaxed),
            waiting,
            retrying,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stops_at_an_hour() {
        assert_eq!(
            (1..=5).map(backoff).collect::<Vec<_>>(),
            vec![5, 10, 20, 40, 80]
        );
        assert_eq!(backoff(40), MAX_BACKOFF);
        assert_eq!(backoff(0), FIRST_BACKOFF);
    }
}
