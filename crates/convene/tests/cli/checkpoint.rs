//! Signed checkpoints anchor the audit chain outside the database: cutting the log's tail and
//! rewinding its head, or deleting everything, passes a plain `audit verify` but not a
//! verify against an earlier checkpoint.

use crate::server::temp_dir;
use crate::{BIN, convene};
use convene_store::store_db::ConnectionTrait;
use std::process::Command;

fn with_key(db: &str, key: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .arg("--database-url")
        .arg(db)
        .args(args)
        .arg("--key-file")
        .arg(key)
        .env_remove("CONVENE_AUDIT_KEY")
        .output()
        .expect("run convene")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Removes entries after `keep` and rewinds the head to the last one kept, hash and all, so
/// the chain alone looks intact.
fn cut_and_rewind(keep: i64) -> String {
    format!(
        "DELETE FROM audit_log WHERE id > {keep};
         UPDATE audit_head SET last_id = (SELECT MAX(id) FROM audit_log),
           last_hash = COALESCE((SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)),
                                '{}')",
        convene_domain::audit::GENESIS
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_checkpoint_catches_a_cut_tail_a_rewound_head_and_an_emptied_log() {
    let dir = temp_dir("checkpoint");
    let keygen = Command::new(BIN)
        .args(["audit", "keygen"])
        .output()
        .expect("keygen");
    assert!(keygen.status.success());
    let key = dir.join("audit.key");
    std::fs::write(&key, &keygen.stdout).expect("write key");
    let other = Command::new(BIN)
        .args(["audit", "keygen"])
        .output()
        .expect("keygen");
    let other_key = dir.join("other.key");
    std::fs::write(&other_key, &other.stdout).expect("write key");

    for (case, sql, expected) in [
        ("cut", cut_and_rewind(3), "entries 4 to "),
        ("emptied", cut_and_rewind(0), "the log is empty"),
    ] {
        let path = dir.join(format!("{case}.db"));
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let out = convene(&url, &["demo"]);
        assert!(out.status.success(), "demo: {}", text(&out.stderr));
        let cp = with_key(&url, &key, &["audit", "checkpoint"]);
        assert!(cp.status.success(), "checkpoint: {}", text(&cp.stderr));
        let cp_path = dir.join(format!("{case}.checkpoint.json"));
        std::fs::write(&cp_path, &cp.stdout).expect("write checkpoint");
        let json: serde_json::Value = serde_json::from_slice(&cp.stdout).expect("json");
        let entry = json["entry"].as_i64().expect("entry");
        assert!(entry > 3, "the demo writes a few entries: {entry}");
        let cp_arg = cp_path.to_str().expect("path");
        let ok = with_key(&url, &key, &["audit", "verify", "--checkpoint", cp_arg]);
        assert!(ok.status.success(), "{case}: {}", text(&ok.stderr));
        assert!(text(&ok.stdout).contains("extends the checkpoint"));

        let store = convene_store::Store::connect(&url).await.expect("open");
        for stmt in sql.split(';') {
            store.conn().execute_unprepared(stmt).await.expect("tamper");
        }
        drop(store);
        let plain = convene(&url, &["audit", "verify"]);
        assert!(
            plain.status.success(),
            "{case}: the chain alone cannot tell: {}",
            text(&plain.stderr)
        );
        let bad = with_key(&url, &key, &["audit", "verify", "--checkpoint", cp_arg]);
        let stderr = text(&bad.stderr);
        assert_eq!(bad.status.code(), Some(1), "{case}: {stderr}");
        assert!(
            stderr.contains(expected) && stderr.contains(&format!("{entry} are missing")),
            "{case}: {stderr}"
        );
        // Only the public key is needed to check.
        let public = text(&keygen.stderr)
            .trim()
            .trim_start_matches("public key: ")
            .to_owned();
        let by_public = Command::new(BIN)
            .arg("--database-url")
            .arg(&url)
            .args([
                "audit",
                "verify",
                "--checkpoint",
                cp_arg,
                "--public-key",
                &public,
            ])
            .env_remove("CONVENE_AUDIT_KEY")
            .output()
            .expect("run");
        assert_eq!(
            by_public.status.code(),
            Some(1),
            "{}",
            text(&by_public.stderr)
        );

        // A checkpoint altered (to hide the cut) or signed by another key is refused.
        let forged = String::from_utf8_lossy(&cp.stdout)
            .replace(&format!("\"entry\": {entry}"), "\"entry\": 3");
        let forged_path = dir.join(format!("{case}.forged.json"));
        std::fs::write(&forged_path, forged).expect("write");
        let refused = with_key(
            &url,
            &key,
            &[
                "audit",
                "verify",
                "--checkpoint",
                forged_path.to_str().expect("path"),
            ],
        );
        assert_eq!(refused.status.code(), Some(1));
        assert!(text(&refused.stderr).contains("not signed by the audit key"));
        let refused = with_key(
            &url,
            &other_key,
            &["audit", "verify", "--checkpoint", cp_arg],
        );
        assert_eq!(refused.status.code(), Some(1));
        assert!(text(&refused.stderr).contains("not signed by the audit key"));
    }
}
