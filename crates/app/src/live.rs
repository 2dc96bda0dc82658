//! Live updates: every committed change to a gathering bumps its version and is announced here.
//! Subscribers (the agenda walls' SSE streams) get the newest version and render from the
//! database, so a late or reconnecting client simply sees the current state.
//!
//! On PostgreSQL the announcement also goes out as `NOTIFY convene_live`, and [`Hub::bridge`]
//! listens for the other processes' changes, so walls on every server see every change.

use convene_store::Store;
use convene_store::store_db::{ConnectionTrait, DbBackend, Statement};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::{Notify, watch};
use tokio_util::sync::CancellationToken;

const CHANNEL: &str = "convene_live";

/// Gathering id → the newest version, watched by its walls.
#[derive(Clone, Debug)]
pub struct Hub {
    inner: Arc<Mutex<HashMap<i32, watch::Sender<i64>>>>,
    /// Tells this process's own notifications apart from the other servers'.
    instance: u64,
    /// Woken by every change to any gathering, here or on another server.
    any: Arc<Notify>,
}

impl Default for Hub {
    fn default() -> Self {
        Self {
            inner: Arc::default(),
            instance: rand::random(),
            any: Arc::default(),
        }
    }
}

impl Hub {
    /// A receiver that sees every newer version of the gathering (intermediate ones may be
    /// skipped: only the newest state matters to a wall).
    pub fn subscribe(&self, gathering_id: i32) -> watch::Receiver<i64> {
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, tx| tx.receiver_count() > 0);
        map.entry(gathering_id)
            .or_insert_with(|| watch::channel(0).0)
            .subscribe()
    }

    /// Announces a version in this process only.
    pub fn local(&self, gathering_id: i32, version: i64) {
        self.any.notify_one();
        let map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = map.get(&gathering_id) {
            tx.send_if_modified(|v| {
                let newer = version > *v;
                if newer {
                    *v = version;
                }
                newer
            });
        }
    }

    /// Announces a committed change here and, on PostgreSQL, to the other servers.
    /// Waits for the next change to any gathering (one missed while not waiting is kept).
    pub async fn any_change(&self) {
        self.any.notified().await;
    }

    pub async fn publish(&self, store: &Store, gathering_id: i32, version: i64) {
        self.local(gathering_id, version);
        if store.backend() == DbBackend::Postgres {
            // Prefixed with the schema: NOTIFY reaches every session of the database, and
            // several instances (or test runs) may share one database in separate schemas.
            let payload = format!("{}:{gathering_id}:{version}", self.instance);
            let stmt = Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_notify($1, coalesce(current_schema(), '') || ':' || $2)",
                [CHANNEL.into(), payload.into()],
            );
            if let Err(e) = store.conn().execute_raw(stmt).await {
                tracing::warn!(error = %e, "could not notify other servers of a change");
            }
        }
    }

    /// On PostgreSQL, relays the other servers' changes to this process until `stop`;
    /// reconnects after errors. Does nothing on SQLite (one process owns the file).
    pub async fn bridge(&self, store: Store, stop: CancellationToken) {
        if store.backend() != DbBackend::Postgres {
            return;
        }
        while !stop.is_cancelled() {
            if let Err(e) = self.listen(&store, &stop).await {
                tracing::warn!(error = %e, "live bridge lost its connection; retrying");
                tokio::select! {
                    _ = stop.cancelled() => return,
                    _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
                }
            }
        }
    }

    async fn listen(
        &self,
        store: &Store,
        stop: &CancellationToken,
    ) -> Result<(), convene_store::store_db::sqlx::Error> {
        use convene_store::store_db::sqlx;
        let pool = store.conn().get_postgres_connection_pool();
        let schema: String = sqlx::query_scalar("SELECT coalesce(current_schema(), '')")
            .fetch_one(pool)
            .await?;
        let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
        listener.listen(CHANNEL).await?;
        loop {
            let n = tokio::select! {
                _ = stop.cancelled() => return Ok(()),
                n = listener.recv() => n?,
            };
            // schema:instance:gathering:version; the schema may itself contain ':'.
            let mut parts = n.payload().rsplitn(4, ':');
            let v = parts.next().and_then(|s| s.parse::<i64>().ok());
            let g = parts.next().and_then(|s| s.parse::<i32>().ok());
            let instance = parts.next().and_then(|s| s.parse::<u64>().ok());
            let same_schema = parts.next() == Some(schema.as_str());
            if let (Some(i), Some(g), Some(v)) = (instance, g, v)
                && same_schema
                && i != self.instance
            {
                self.local(g, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn subscribers_see_the_newest_version_only_forward() {
        let hub = Hub::default();
        let mut rx = hub.subscribe(7);
        hub.local(7, 3);
        rx.changed().await.expect("changed");
        assert_eq!(*rx.borrow_and_update(), 3);
        hub.local(7, 2);
        hub.local(8, 9);
        assert!(
            !rx.has_changed().expect("open"),
            "older or other versions are ignored"
        );
        hub.local(7, 5);
        hub.local(7, 6);
        rx.changed().await.expect("changed");
        assert_eq!(*rx.borrow_and_update(), 6);
    }

    #[tokio::test]
    async fn any_change_wakes_the_network_job_even_if_it_was_not_waiting_yet() {
        let hub = Hub::default();
        let wait = std::time::Duration::from_secs(5);
        // A change to a gathering nobody watches still counts, and is kept until waited for.
        hub.local(42, 1);
        tokio::time::timeout(wait, hub.any_change())
            .await
            .expect("woken");
        // Nothing new: no wake-up.
        let idle =
            tokio::time::timeout(std::time::Duration::from_millis(50), hub.any_change()).await;
        assert!(idle.is_err());
    }
}
