//! Search terms scoped to their community (`store::search`): every word is indexed as
//! `{community}x{word}`, so a query reads only its community's postings. SQLite's FTS table
//! loses its scope column (the terms carry the community now); on both databases one
//! `search_rebuild` job indexes existing content again in the new form.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

pub struct M0094SearchScopedTerms;

impl MigrationName for M0094SearchScopedTerms {
    fn name(&self) -> &str {
        "m0094_search_scoped_terms"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0094SearchScopedTerms {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        if m.get_database_backend() != DbBackend::Postgres {
            db.execute_unprepared("DROP TABLE search_fts").await?;
            db.execute_unprepared(
                "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, \
                 tokenize = 'unicode61 remove_diacritics 0')",
            )
            .await?;
        }
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
            db.execute_unprepared(
                "CREATE VIRTUAL TABLE search_fts USING fts5(scope, title, body, \
                 tokenize = 'unicode61 remove_diacritics 0')",
            )
            .await?;
        }
        Ok(())
    }
}
