//! Persistence: one schema and one set of queries for SQLite (embedded default) and PostgreSQL.
//! Repository modules are named after the aggregate they keep.

pub mod accounts;
pub mod audit;
pub mod cafes;
pub mod communities;
pub mod contents;
pub mod contributions;
pub mod entity;
pub mod feeds;
pub mod gatherings;
pub mod governance;
pub mod harvest;
pub mod health;
pub mod initiatives;
pub mod invitation_mails;
pub mod invitations;
pub mod jobs;
pub mod lean;
pub mod library;
mod migration;
pub mod moderation;
pub mod network;
pub mod notifications;
pub mod notify;
pub mod oidc;
pub mod passkeys;
pub mod personal;
pub mod search;
pub mod second_factor;
pub mod sessions;
pub mod suggestions;
#[cfg(feature = "testing")]
pub mod testing;
pub mod threads;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, IsolationLevel, SqlErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

pub use entity::account::Model as Account;
pub use entity::action::Model as Action;
pub use entity::audit_log::Model as AuditEntry;
pub use entity::community::Model as Community;
pub use entity::contribution::Model as Contribution;
pub use entity::design_run::Model as DesignRun;
pub use entity::gathering::Model as Gathering;
pub use entity::interest::Model as Interest;
pub use entity::invitation::Model as Invitation;
pub use entity::library_work::Model as LibraryWork;
pub use entity::locked_cell::Model as LockedCell;
pub use entity::membership::Model as Membership;
pub use entity::notification::Model as Notification;
pub use entity::organization::Model as Organization;
pub use entity::presence::Model as Presence;
pub use entity::session::Model as Session;
pub use entity::slot::Model as Slot;
pub use entity::space::Model as Space;
pub use entity::thread::Model as Thread;
pub use entity::thread_reply::Model as Reply;
pub use entity::vote::Model as Vote;
pub use sea_orm as store_db;
pub use sea_orm::DatabaseTransaction as Tx;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique constraint said no; the string names what was duplicated.
    #[error("{0} is already taken")]
    Duplicate(&'static str),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Bound parameters per statement for set-wise reads and multi-row writes: SQLite builds
/// before 3.32 allow 999, so a statement stays below that on every build (PostgreSQL allows
/// 65,535). `IN` lists take this many ids less a few for the other conditions; inserts take
/// as many rows as fit.
pub(crate) const MAX_PARAMS: usize = 999;

/// How many ids an `IN (...)` list of one statement holds.
pub(crate) const IN_CHUNK: usize = MAX_PARAMS - 9;

/// Turns a unique-constraint violation into `Duplicate(what)`, anything else into `Db`.
pub(crate) fn unique(what: &'static str) -> impl FnOnce(DbErr) -> StoreError {
    move |e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => StoreError::Duplicate(what),
        _ => StoreError::Db(e),
    }
}

/// The URL without convene's own `synchronous=full|normal` parameter (sqlx does not know
/// it), and whether it asked for full durability.
fn durability(url: &str) -> (String, bool) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_owned(), false);
    };
    let mut full = false;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| match kv.strip_prefix("synchronous=") {
            Some(v) => {
                full = v.eq_ignore_ascii_case("full");
                false
            }
            None => true,
        })
        .collect();
    if kept.is_empty() {
        (base.to_owned(), full)
    } else {
        (format!("{base}?{}", kept.join("&")), full)
    }
}

/// The connection pool and what kind of database is behind it.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
}

impl Store {
    /// Connects to `sqlite://path?mode=rwc` or `postgres://...`. SQLite gets WAL, foreign keys,
    /// a busy timeout and synchronous=NORMAL (a committed write survives the process being
    /// killed, not the machine losing power); `&synchronous=full` in the URL makes every commit
    /// wait for the disk, so it survives power loss too, at some cost in write speed. Its
    /// directory is created if missing.
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_with(url, None).await
    }

    /// As `connect`, with an optional PostgreSQL schema (tests isolate themselves this way).
    pub async fn connect_with(url: &str, pg_schema: Option<String>) -> Result<Self> {
        let (url, full) = durability(url);
        let url = url.as_str();
        if let Some(path) = url.strip_prefix("sqlite://") {
            let path = path.split('?').next().unwrap_or_default();
            if let Some(dir) = std::path::Path::new(path).parent()
                && !dir.as_os_str().is_empty()
                && path != ":memory:"
            {
                std::fs::create_dir_all(dir).map_err(|e| DbErr::Custom(e.to_string()))?;
            }
        }
        let mut opts = ConnectOptions::new(url.to_owned());
        opts.max_connections(16)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(10))
            .sqlx_logging(false)
            .map_sqlx_sqlite_opts(move |o| {
                o.create_if_missing(true)
                    .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(if full {
                        sea_orm::sqlx::sqlite::SqliteSynchronous::Full
                    } else {
                        sea_orm::sqlx::sqlite::SqliteSynchronous::Normal
                    })
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
            });
        if let Some(schema) = pg_schema {
            opts.map_sqlx_postgres_opts(move |o| o.options([("search_path", schema.as_str())]));
        }
        let db = Database::connect(opts).await?;
        Ok(Self { db })
    }

    pub fn backend(&self) -> DbBackend {
        self.db.get_database_backend()
    }

    pub fn conn(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Applies pending migrations. On PostgreSQL an advisory lock lets several servers start at once.
    pub async fn migrate(&self) -> Result<()> {
        if self.backend() == DbBackend::Postgres {
            let tx = self.db.begin().await?;
            tx.execute_unprepared("SELECT pg_advisory_xact_lock(7340211)")
                .await?;
            migration::Migrator::up(&tx, None).await?;
            tx.commit().await?;
        } else {
            migration::Migrator::up(&self.db, None).await?;
        }
        Ok(())
    }

    /// A write transaction. On SQLite it is `BEGIN IMMEDIATE`, so two writers queue on the busy
    /// timeout instead of failing with "database is locked" when a read turns into a write.
    pub async fn write(&self) -> Result<DatabaseTransaction> {
        Ok(self
            .db
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?)
    }

    /// A read-only transaction that sees one snapshot (REPEATABLE READ on PostgreSQL; any
    /// SQLite read transaction in WAL mode is one).
    pub async fn snapshot(&self) -> Result<DatabaseTransaction> {
        let isolation =
            (self.backend() == DbBackend::Postgres).then_some(IsolationLevel::RepeatableRead);
        Ok(self
            .db
            .begin_with_options(TransactionOptions {
                isolation_level: isolation,
                ..Default::default()
            })
            .await?)
    }

    /// Applies the first `n` migrations only: the upgrade test builds yesterday's database.
    #[cfg(feature = "testing")]
    pub async fn migrate_to(&self, n: u32) -> Result<()> {
        migration::Migrator::up(&self.db, Some(n)).await?;
        Ok(())
    }

    /// The names of every migration, in order (the append-only test compares them).
    pub fn migration_names() -> Vec<String> {
        migration::Migrator::migrations()
            .iter()
            .map(|m| m.name().to_owned())
            .collect()
    }

    /// Liveness of the database, for /healthz.
    pub async fn ping(&self) -> Result<()> {
        Ok(self.db.ping().await?)
    }
}
