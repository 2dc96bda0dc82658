//! The search index, one per database (`store::search`): on SQLite an FTS5 table
//! (`search_fts`: the community as a scope token, the title and the text; its rowid is the
//! content's id) beside `search_docs`; on PostgreSQL `search_docs` carries a `tsvector` with a
//! GIN index. `search_docs` holds what results show and filter on (kind, title, gathering,
//! author, time); who may read is never copied here: queries join `contents` for it. Existing
//! content is indexed by one `search_rebuild` job, written here when there is any.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

pub struct M0051Search;

impl MigrationName for M0051Search {
    fn name(&self) -> &str {
        "m0051_search"
    }
}

const DOCS: &str = "CREATE TABLE search_docs (
    content_id INTEGER NOT NULL PRIMARY KEY REFERENCES contents (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL,
    kind VARCHAR(32) NOT NULL,
    title TEXT NOT NULL,
    gathering_id INTEGER NULL,
    parent_id INTEGER NULL,
    author_id INTEGER NULL,
    at BIGINT NOT NULL";

#[async_trait::async_trait]
impl MigrationTrait for M0051Search {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let statements: Vec<String> = match m.get_database_backend() {
            DbBackend::Postgres => vec![
                format!("{DOCS},\n    doc TSVECTOR NOT NULL)"),
                "CREATE INDEX search_docs_doc ON search_docs USING GIN (doc)".into(),
            ],
            _ => vec![
                format!("{DOCS})"),
                "CREATE VIRTUAL TABLE search_fts USING fts5(scope, title, body, \
                 tokenize = 'unicode61 remove_diacritics 0')"
                    .into(),
            ],
        };
        for s in statements {
            db.execute_unprepared(&s).await?;
        }
        db.execute_unprepared(
            "CREATE INDEX search_docs_community ON search_docs (community_id, at)",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO jobs (kind, subject, attempts, run_after, last_error, created_at) \
             SELECT 'search_rebuild', 0, 0, 0, '', 0 WHERE EXISTS (SELECT 1 FROM contents)",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        if m.get_database_backend() != DbBackend::Postgres {
            db.execute_unprepared("DROP TABLE search_fts").await?;
        }
        db.execute_unprepared("DROP TABLE search_docs").await?;
        Ok(())
    }
}
