//! Telling the other servers that something changed: PostgreSQL `NOTIFY`/`LISTEN` on one
//! channel (SQLite has one process, so there is no one to tell). Messages are scoped to the
//! connection's schema: several instances or test runs may share one database in separate
//! schemas, and NOTIFY reaches every session of the database.

use crate::{Result, Store, StoreError};
use sea_orm::sqlx;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};

fn db_err(e: sqlx::Error) -> StoreError {
    StoreError::Db(DbErr::Custom(e.to_string()))
}

/// Sends `payload` on `channel` to the other servers; nothing on SQLite.
pub async fn notify(store: &Store, channel: &str, payload: &str) -> Result<()> {
    if store.backend() != DbBackend::Postgres {
        return Ok(());
    }
    let stmt = Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_notify($1, coalesce(current_schema(), '') || ':' || $2)",
        [channel.into(), payload.into()],
    );
    store.conn().execute_raw(stmt).await?;
    Ok(())
}

/// Receives what other servers (and this one) send on a channel, in this schema only.
pub struct Listener {
    inner: sqlx::postgres::PgListener,
    schema: String,
}

impl Listener {
    /// Listens on `channel`; `None` on SQLite.
    pub async fn connect(store: &Store, channel: &str) -> Result<Option<Listener>> {
        if store.backend() != DbBackend::Postgres {
            return Ok(None);
        }
        let pool = store.conn().get_postgres_connection_pool();
        let schema: String = sqlx::query_scalar("SELECT coalesce(current_schema(), '')")
            .fetch_one(pool)
            .await
            .map_err(db_err)?;
        let mut inner = sqlx::postgres::PgListener::connect_with(pool)
            .await
            .map_err(db_err)?;
        inner.listen(channel).await.map_err(db_err)?;
        Ok(Some(Listener { inner, schema }))
    }

    /// The next payload sent in this schema.
    pub async fn recv(&mut self) -> Result<String> {
        loop {
            let n = self.inner.recv().await.map_err(db_err)?;
            // schema:payload; the schema may itself contain ':', the payload's own parts are
            // the caller's, so the schema is matched as a prefix.
            if let Some(rest) = n
                .payload()
                .strip_prefix(self.schema.as_str())
                .and_then(|r| r.strip_prefix(':'))
            {
                return Ok(rest.to_owned());
            }
        }
    }
}
