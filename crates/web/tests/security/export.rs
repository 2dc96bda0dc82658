//! The personal export holds every row that names the person, in every table whose column
//! references accounts, read here from the database's own catalogue: a new table that names
//! people and is left out of the export fails this test.

use crate::harness::*;
use axum::http::StatusCode;
use convene_store::store_db::{ConnectionTrait, Statement};
use serde_json::Value;

/// (table, column) pairs with a foreign key to accounts, from SQLite's catalogue.
async fn catalogue_references(h: &Harness) -> Vec<(String, String)> {
    let db = h.app.store.conn();
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT m.name AS tbl, p.\"from\" AS col FROM sqlite_master m \
             JOIN pragma_foreign_key_list(m.name) p \
             WHERE m.type = 'table' AND p.\"table\" = 'accounts' ORDER BY 1, 2",
        ))
        .await
        .expect("catalogue");
    rows.iter()
        .map(|r| {
            (
                r.try_get::<String>("", "tbl").expect("tbl"),
                r.try_get::<String>("", "col").expect("col"),
            )
        })
        .collect()
}

/// Columns that look like they name a person but have no foreign key to accounts.
async fn unkeyed_person_columns(h: &Harness, keyed: &[(String, String)]) -> Vec<(String, String)> {
    let db = h.app.store.conn();
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT m.name AS tbl, c.name AS col FROM sqlite_master m \
             JOIN pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY 1, 2",
        ))
        .await
        .expect("columns");
    rows.iter()
        .map(|r| {
            (
                r.try_get::<String>("", "tbl").expect("tbl"),
                r.try_get::<String>("", "col").expect("col"),
            )
        })
        .filter(|(_, c)| {
            c.contains("account")
                || c.ends_with("_by")
                || [
                    "author_id",
                    "convener_id",
                    "actor_id",
                    "person_id",
                    "member_id",
                ]
                .contains(&c.as_str())
        })
        .filter(|r| !keyed.contains(r))
        .collect()
}

async fn count(h: &Harness, sql: String) -> i64 {
    let db = h.app.store.conn();
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("count")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_export_holds_every_row_that_names_the_person() {
    let h = Harness::sqlite().await;
    h.app.demo(&h.system).await.expect("demo");
    let mut refs = catalogue_references(&h).await;
    assert!(
        refs.len() >= 15,
        "the schema names accounts in many places: {refs:?}"
    );
    let unkeyed = unkeyed_person_columns(&h, &refs).await;
    for r in &unkeyed {
        assert!(
            convene_store::personal::WITHOUT_FOREIGN_KEY.contains(&(r.0.as_str(), r.1.as_str())),
            "{}.{} seems to name a person without a foreign key; add it to personal::WITHOUT_FOREIGN_KEY",
            r.0,
            r.1
        );
    }
    refs.extend(unkeyed);
    // For each reference, the person it names most often: every table is tried with real rows.
    let mut checked_rows = 0;
    for (tbl, col) in &refs {
        let top = count(
            &h,
            format!(
                "SELECT COALESCE((SELECT \"{col}\" FROM \"{tbl}\" WHERE \"{col}\" IS NOT NULL \
                 GROUP BY \"{col}\" ORDER BY COUNT(*) DESC LIMIT 1), 0) AS n"
            ),
        )
        .await;
        let Ok(account) = convene_store::accounts::get(h.app.store.conn(), top as i32).await else {
            // Nobody named here in the demo (or an id that outlived its account, as in the
            // audit log): the key must still be in the export.
            let any = convene_store::accounts::get(h.app.store.conn(), 1)
                .await
                .expect("one");
            let export = h.app.export_account(&any).await.expect("export");
            assert!(
                export["records"][format!("{tbl}.{col}")].is_array(),
                "{tbl}.{col} is not in the export"
            );
            continue;
        };
        let expected = count(
            &h,
            format!(
                "SELECT COUNT(*) AS n FROM \"{tbl}\" WHERE \"{col}\" = {}",
                account.id
            ),
        )
        .await;
        let export = h.app.export_account(&account).await.expect("export");
        let rows = export["records"][format!("{tbl}.{col}")]
            .as_array()
            .unwrap_or_else(|| panic!("{tbl}.{col} is not in the export"));
        assert_eq!(
            rows.len() as i64,
            expected,
            "{tbl}.{col} for account {}",
            account.id
        );
        for row in rows {
            assert_eq!(
                row[col],
                Value::from(account.id),
                "{tbl}.{col}: only this person's rows"
            );
            assert!(row.get("password_hash").is_none() && row.get("token_hash").is_none());
        }
        checked_rows += expected;
    }
    assert!(
        checked_rows > 100,
        "the demo gives real rows to check: {checked_rows}"
    );
    // Anonymous check-ins are the person's too.
    let anon = count(
        &h,
        "SELECT COALESCE((SELECT account_id FROM presences WHERE anonymous GROUP BY account_id \
         ORDER BY COUNT(*) DESC LIMIT 1), 0) AS n"
            .into(),
    )
    .await;
    if anon > 0 {
        let a = convene_store::accounts::get(h.app.store.conn(), anon as i32)
            .await
            .expect("account");
        let export = h.app.export_account(&a).await.expect("export");
        assert!(
            export["records"]["presences.account_id"]
                .as_array()
                .expect("presences")
                .iter()
                .any(|p| p["anonymous"] == true || p["anonymous"] == 1),
            "anonymous check-ins are in the export"
        );
    }
}

/// Over HTTP the same document arrives, and after deleting the account nothing names it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_over_http_and_nothing_left_after_deletion() {
    let h = Harness::sqlite().await;
    let w = h.world("leaving").await;
    let m = h.person_with_role(&w, convene_domain::Role::Member).await;
    let (s, body) = h.get("/account/export", Some(&m.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    let json: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(json["format"], "convene-account-export/2");
    assert_eq!(
        json["records"]["memberships.account_id"][0]["account_id"],
        Value::from(m.account.id)
    );
    assert!(!body.contains("argon2"));
    let (s, _) = h
        .post(
            "/account/delete",
            Some(&m.cookie),
            &format!("password={}", enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    for (tbl, col) in catalogue_references(&h).await {
        let left = count(
            &h,
            format!(
                "SELECT COUNT(*) AS n FROM \"{tbl}\" WHERE \"{col}\" = {}",
                m.account.id
            ),
        )
        .await;
        assert_eq!(left, 0, "{tbl}.{col} still names the deleted account");
    }
}
