//! Fresh databases for tests: a new SQLite file, or a new schema in the PostgreSQL named by
//! `CONVENE_TEST_POSTGRES_URL`. Without that variable PostgreSQL tests are skipped, except in
//! CI (`CI=true`), where a missing database fails the run.

use crate::Store;
use std::sync::atomic::{AtomicU32, Ordering};

static N: AtomicU32 = AtomicU32::new(0);

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst),
        nanos
    )
}

/// A migrated store on a new SQLite file under the system temp directory.
pub async fn sqlite() -> Store {
    let store = sqlite_empty().await;
    store.migrate().await.expect("migrate sqlite");
    store
}

/// A new SQLite file with no schema yet (the upgrade test migrates it step by step).
pub async fn sqlite_empty() -> Store {
    let path = std::env::temp_dir().join(format!("{}.db", unique("convene_test")));
    Store::connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .expect("open sqlite")
}

/// The PostgreSQL URL for tests, or `None` (skip) outside CI.
pub fn postgres_url() -> Option<String> {
    match std::env::var("CONVENE_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!(
                "CI=true but CONVENE_TEST_POSTGRES_URL is not set: PostgreSQL tests cannot be skipped in CI"
            )
        }
        _ => {
            eprintln!("skipping: set CONVENE_TEST_POSTGRES_URL to run PostgreSQL tests");
            None
        }
    }
}

/// A migrated store in a new schema of the test PostgreSQL database, or `None` (skip).
pub async fn postgres() -> Option<Store> {
    let url = postgres_url()?;
    Some(postgres_schema(&url, &unique("t")).await)
}

/// A new schema of the test PostgreSQL database with no tables yet, or `None` (skip).
pub async fn postgres_empty() -> Option<Store> {
    let url = postgres_url()?;
    Some(empty_schema(&url, &unique("t")).await)
}

/// A store whose connections all use `schema` (created if missing), migrated.
pub async fn postgres_schema(url: &str, schema: &str) -> Store {
    let store = empty_schema(url, schema).await;
    store.migrate().await.expect("migrate postgres");
    store
}

async fn empty_schema(url: &str, schema: &str) -> Store {
    let admin = Store::connect(url).await.expect("connect postgres");
    sea_orm::ConnectionTrait::execute_unprepared(
        admin.conn(),
        &format!("CREATE SCHEMA IF NOT EXISTS {schema}"),
    )
    .await
    .expect("create schema");
    Store::connect_with(url, Some(schema.to_owned()))
        .await
        .expect("connect schema")
}

/// Runs a store test on SQLite and on PostgreSQL (when available).
#[macro_export]
macro_rules! test_both_dbs {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports, reason = "not every test body uses the outer imports")]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let store = $crate::testing::sqlite().await;
                ($body)(store).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(store) = $crate::testing::postgres().await {
                    ($body)(store).await;
                }
            }
        }
    };
}
