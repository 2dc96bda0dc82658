//! Everything that names one account, found from the schema itself: the columns with a foreign
//! key to `accounts`, read from the database's catalogue (so a new table that names people is
//! in the personal export without anyone remembering to add it), and the few columns that name
//! an account without a foreign key.

use crate::Result;
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, JsonValue, Statement};

/// Columns that name an account but carry no foreign key (the audit log keeps ids so that it
/// outlives what it names).
pub const WITHOUT_FOREIGN_KEY: &[(&str, &str)] = &[
    ("audit_log", "actor_id"),
    ("secrets", "created_by"),
    // Governance keeps ids too, like the audit log its entries mirror.
    ("appeals", "appellant_id"),
    ("appeals", "case_decider"),
    ("appeals", "decided_by"),
    ("case_parties", "account_id"),
    ("case_pins", "account_id"),
    ("hide_appeals", "appellant_id"),
    ("hide_appeals", "decided_by"),
    ("case_reviews", "editor_id"),
    ("flags", "account_id"),
    ("moderation_cases", "claimed_by"),
    ("moderation_cases", "decided_by"),
    ("moderation_log", "actor_id"),
    ("decisions", "opened_by"),
    ("decision_responses", "account_id"),
    ("decision_advice", "adviser_id"),
    ("policy_acceptances", "account_id"),
    ("mandates", "account_id"),
    ("governance_log", "account_id"),
    // The search index names each text's author, as the text it copies does.
    ("search_docs", "author_id"),
];

/// Columns never exported: a password hash, token hashes.
pub const SECRET_COLUMNS: &[&str] = &["password_hash", "token_hash", "totp_secret", "code_hash"];

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, FromQueryResult)]
pub struct Reference {
    pub tbl: String,
    pub col: String,
}

/// Every (table, column) with a foreign key to `accounts.id`, from the catalogue.
pub async fn foreign_keys_to_accounts(db: &impl ConnectionTrait) -> Result<Vec<Reference>> {
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => {
            "SELECT cl.relname::text AS tbl, a.attname::text AS col
             FROM pg_constraint c
             JOIN pg_class cl ON cl.oid = c.conrelid
             JOIN pg_namespace n ON n.oid = cl.relnamespace
             JOIN pg_class rf ON rf.oid = c.confrelid
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
             WHERE c.contype = 'f' AND rf.relname = 'accounts' AND n.nspname = current_schema()
             ORDER BY 1, 2"
        }
        _ => {
            "SELECT m.name AS tbl, p.\"from\" AS col
             FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p
             WHERE m.type = 'table' AND p.\"table\" = 'accounts'
             ORDER BY 1, 2"
        }
    };
    let backend = db.get_database_backend();
    Ok(
        Reference::find_by_statement(Statement::from_string(backend, sql))
            .all(db)
            .await?,
    )
}

/// Every reference to accounts: the catalogue's foreign keys and [`WITHOUT_FOREIGN_KEY`].
pub async fn references(db: &impl ConnectionTrait) -> Result<Vec<Reference>> {
    let mut all = foreign_keys_to_accounts(db).await?;
    for (t, c) in WITHOUT_FOREIGN_KEY {
        all.push(Reference {
            tbl: (*t).to_owned(),
            col: (*c).to_owned(),
        });
    }
    all.sort();
    all.dedup();
    Ok(all)
}

fn plain_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The rows of `r.tbl` whose `r.col` is `account_id`, every column but the secret ones, as JSON.
pub async fn rows_naming(
    db: &impl ConnectionTrait,
    r: &Reference,
    account_id: i32,
) -> Result<Vec<JsonValue>> {
    // Names come from the catalogue, not from a request; still, only plain ones are quoted in.
    if !plain_identifier(&r.tbl) || !plain_identifier(&r.col) {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => format!(
            "SELECT * FROM \"{}\" WHERE \"{}\" = $1 ORDER BY 1",
            r.tbl, r.col
        ),
        _ => format!(
            "SELECT * FROM \"{}\" WHERE \"{}\" = ? ORDER BY 1",
            r.tbl, r.col
        ),
    };
    let rows = JsonValue::find_by_statement(Statement::from_sql_and_values(
        backend,
        sql,
        [account_id.into()],
    ))
    .all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|mut row| {
            if let Some(o) = row.as_object_mut() {
                for c in SECRET_COLUMNS {
                    o.remove(*c);
                }
            }
            row
        })
        .collect())
}
