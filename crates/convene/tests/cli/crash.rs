//! kill -9 in the middle of bursts of writes, on SQLite (default and `synchronous=full`) and
//! on PostgreSQL: four writers convene sessions as fast as the server acknowledges them, the
//! server is killed without warning, and after a restart every acknowledged session is on
//! the wall and `convene audit verify` finds the chain intact.

use crate::server::{self, Details, Server, enc, temp_dir, try_request};
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn writes_survive_kill_9(db: &str, dir: &std::path::Path) {
    let mut first = Server::start_in(dir, &["--database-url", db, "--demo"]).await;
    let password = first.demo_password.clone().expect("demo password");
    let cookie = server::sign_in_cookie(&first.url, "steward@demo.convene.test", &password).await;
    let page = server::marketplace(
        &first.url,
        &cookie,
        "riverbend",
        &Details {
            title: "Crash Open Space",
            question: "What survives?",
            invitation: "Come.",
            venue: "Here",
            spaces: &["Hall"],
            plenary: "Opening",
        },
    )
    .await;

    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut writers = Vec::new();
    for w in 0..4 {
        let (url, cookie, page, acked) = (
            first.url.clone(),
            cookie.clone(),
            page.clone(),
            acked.clone(),
        );
        writers.push(tokio::spawn(async move {
            for n in 0.. {
                let title = format!("crash-{w}-{n}");
                let body = format!("title={}&description=&needs=", enc(&title));
                let path = format!("{page}/sessions");
                match try_request(&url, "POST", &path, Some(&cookie), Some(&body)).await {
                    Some((303, _, _)) => acked.lock().expect("lock").push(title),
                    Some((status, head, _)) => panic!("{title}: {status} {head}"),
                    None => return,
                }
            }
        }));
    }
    // Kill once the burst is well under way (on a loaded machine that can take a while).
    for _ in 0..2400 {
        if acked.lock().expect("lock").len() >= 400 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    first.kill().await;
    for w in writers {
        w.await.expect("writer");
    }
    let acked = acked.lock().expect("lock").clone();
    assert!(
        acked.len() >= 400,
        "{} writes acknowledged before the kill",
        acked.len()
    );

    eprintln!("kill -9 after {} acknowledged writes", acked.len());
    let again = Server::start_in(dir, &["--database-url", db]).await;
    let cookie = server::sign_in_cookie(&again.url, "steward@demo.convene.test", &password).await;
    let (status, wall) = server::http(&again.url, "GET", &page, Some(&cookie), None).await;
    assert_eq!(status, 200);
    let lost: Vec<&String> = acked
        .iter()
        .filter(|t| !wall.contains(&format!(">{t}<")))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged writes lost: {lost:?}",
        lost.len(),
        acked.len()
    );
    drop(again);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["--database-url", db, "audit", "verify"])
        .output()
        .expect("audit verify");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("audit log intact"),
        "{stdout}"
    );
}

pub async fn sqlite(full: bool) {
    let dir = temp_dir(if full { "crash-full" } else { "crash" });
    let sync = if full { "&synchronous=full" } else { "" };
    let db = format!("sqlite://{}/c.db?mode=rwc{sync}", dir.display());
    writes_survive_kill_9(&db, &dir).await;
}

pub async fn postgres() {
    let Some(base) = convene_store::testing::postgres_url() else {
        return;
    };
    let schema = format!("cli_crash_{}", std::process::id());
    convene_store::testing::postgres_schema(&base, &schema).await;
    let db = server::with_search_path(&base, &schema);
    writes_survive_kill_9(&db, &temp_dir("crash-pg")).await;
}
