//! The real binary: first start, demo, audit verification against tampering, several servers
//! on one PostgreSQL, and a browser walking the first-steward → invitation → join path.

mod browser;
mod cafe;
mod checkpoint;
mod conversation;
mod crash;
mod designs;
mod governance;
mod hardening;
mod i18n;
mod invitation_mail;
mod kiosk;
mod lean;
mod library;
mod live;
mod network;
mod oidc;
mod open_space;
mod passkeys;
mod second_factor;
mod server;
mod sideways;
mod wall;
mod xss;

use convene_store::store_db::ConnectionTrait;
use server::{Server, http, temp_dir};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_convene");

fn convene(db: &str, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .arg("--database-url")
        .arg(db)
        .args(args)
        .output()
        .expect("run convene")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_creates_the_database_and_prints_a_setup_link() {
    let dir = temp_dir("first");
    let server = Server::start_in(&dir, &[]).await;
    assert!(dir.join("convene-data/convene.db").exists());
    let link = server
        .setup_link
        .clone()
        .expect("a setup link on first start");
    let (status, body) = http(
        &server.url,
        "GET",
        link.trim_start_matches(&server.url),
        None,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert!(body.contains("first person"));
    let (status, body) = http(&server.url, "GET", "/healthz", None, None).await;
    assert_eq!((status, body.as_str()), (200, "ok"));
}

fn tamper_cases() -> Vec<(&'static str, String, &'static str)> {
    vec![
        (
            "edited",
            "UPDATE audit_log SET reason = 'nothing to see' WHERE id = 3".into(),
            "entry 3: its content does not match",
        ),
        (
            "deleted",
            "DELETE FROM audit_log WHERE id = 2".into(),
            "entry 3: the entry before it is missing",
        ),
        (
            "truncated",
            "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)".into(),
            "entries deleted from the end",
        ),
    ]
}

async fn audit_verify_detects_tampering_on(
    make_db: impl AsyncFn(&str) -> (String, convene_store::Store),
) {
    for (name, sql, expected) in tamper_cases() {
        let (url, store) = make_db(name).await;
        let out = convene(&url, &["demo"]);
        assert!(
            out.status.success(),
            "demo: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ok = convene(&url, &["audit", "verify"]);
        let stdout = String::from_utf8_lossy(&ok.stdout);
        assert!(
            ok.status.success() && stdout.contains("audit log intact"),
            "{stdout}"
        );
        store.conn().execute_unprepared(&sql).await.expect("tamper");
        let bad = convene(&url, &["audit", "verify"]);
        let stderr = String::from_utf8_lossy(&bad.stderr);
        assert_eq!(bad.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_verify_detects_edits_and_deletions_sqlite() {
    audit_verify_detects_tampering_on(async |name: &str| {
        let path = temp_dir(&format!("audit-{name}")).join("c.db");
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let store = convene_store::Store::connect(&url).await.expect("open");
        store.migrate().await.expect("migrate");
        (url, store)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_verify_detects_edits_and_deletions_postgres() {
    let Some(base) = convene_store::testing::postgres_url() else {
        return;
    };
    audit_verify_detects_tampering_on(async |name: &str| {
        let schema = format!("cli_audit_{name}_{}", std::process::id());
        let store = convene_store::testing::postgres_schema(&base, &schema).await;
        (server::with_search_path(&base, &schema), store)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_sqlite() {
    crash::sqlite(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_sqlite_synchronous_full() {
    crash::sqlite(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_postgres() {
    crash::postgres().await;
}

/// Two servers start at once on one PostgreSQL (migrations take an advisory lock) and share
/// sessions: signing in on one is being signed in on the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_servers_share_one_postgres() {
    let Some(base) = convene_store::testing::postgres_url() else {
        return;
    };
    let schema = format!("cli_multi_{}", std::process::id());
    convene_store::testing::postgres_schema(&base, &schema).await;
    let url = server::with_search_path(&base, &schema);
    let dir = temp_dir("multi");
    let demo_args = ["--database-url", url.as_str(), "--demo"];
    let plain_args = ["--database-url", url.as_str()];
    let (a, b) = tokio::join!(
        Server::start_in(&dir, &demo_args),
        Server::start_in(&dir, &plain_args)
    );
    let (password, demo_url) = match (&a.demo_password, &b.demo_password) {
        (Some(p), _) => (p.clone(), a.url.clone()),
        (_, Some(p)) => (p.clone(), b.url.clone()),
        _ => panic!("the demo server printed its password"),
    };
    let other = if demo_url == a.url { &b.url } else { &a.url };
    let form = format!("email=steward%40demo.convene.test&password={password}");
    let (status, headers) = server::post_form(&demo_url, "/signin", &form, None).await;
    assert_eq!(status, 303);
    let cookie = headers
        .lines()
        .find_map(|l| {
            l.strip_prefix("set-cookie: ")
                .or_else(|| l.strip_prefix("Set-Cookie: "))
        })
        .and_then(|c| c.split(';').next())
        .expect("session cookie")
        .to_owned();
    let (status, body) = http(other, "GET", "/c/riverbend/members", Some(&cookie), None).await;
    assert_eq!(status, 200);
    assert!(body.contains("Riverbend Cooperative"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_setup_invite_and_join() {
    browser::setup_invite_and_join().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_pages_left_behind_free_their_streams() {
    browser::pages_left_behind_free_their_streams().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_no_page_scrolls_sideways_on_a_phone() {
    sideways::no_page_scrolls_sideways_on_a_phone().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_open_space_end_to_end() {
    open_space::open_space_end_to_end().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_wall_keeps_focus_marks_mine_and_fits_a_phone() {
    wall::focus_marks_and_phone_view().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_gathering_in_german_and_proceedings_in_french() {
    i18n::gathering_in_german_and_proceedings_in_french().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_kiosk_filter_and_display_link() {
    kiosk::kiosk_filter_and_display_link().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_moderation_queue_and_log() {
    governance::queue_and_log().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_flag_hide_appeal_reverse() {
    governance::flag_hide_appeal_reverse().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_invitation_delivery_state_and_resend() {
    invitation_mail::delivery_state_and_resend().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oidc_sign_in_through_a_real_provider() {
    oidc::sign_in_through_a_real_provider().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oidc_forged_id_tokens_are_refused() {
    oidc::forged_id_tokens_are_refused().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_oidc_accept_an_invitation_with_a_provider() {
    oidc::a_browser_accepts_with_a_provider().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_thread_inbox_and_curation() {
    conversation::thread_inbox_and_curation().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_world_cafe_with_two_travellers() {
    cafe::a_world_cafe_with_two_browsers().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_search_on_a_phone() {
    conversation::a_member_searches_on_a_phone().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_second_factor_enrol_and_sign_in() {
    second_factor::enrol_and_sign_in().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_passkey_enrol_and_sign_in() {
    passkeys::enrol_and_sign_in().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_network_map_and_health() {
    network::map_and_health().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_xss_corpus_runs_nowhere() {
    xss::the_corpus_runs_nowhere().await;
}

/// The planning engine from the command line: generate, solve, and re-score with the checker.
#[test]
fn plan_agenda_from_the_command_line() {
    let dir = temp_dir("plan");
    let inst = dir.join("os20.json");
    let out = Command::new(BIN)
        .args(["plan", "generate", "os20", "--seed", "3"])
        .output()
        .expect("generate");
    assert!(out.status.success());
    std::fs::write(&inst, &out.stdout).expect("write instance");
    let out = Command::new(BIN)
        .args(["plan", "agenda"])
        .arg(&inst)
        .args(["--iterations", "50000", "--seed", "2"])
        .output()
        .expect("agenda");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sol: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(sol["placement"].as_array().map(Vec::len), Some(20));
    let sol_path = dir.join("sol.json");
    std::fs::write(&sol_path, &out.stdout).expect("write solution");
    let checked = Command::new(BIN)
        .args(["plan", "score"])
        .arg(&inst)
        .arg(&sol_path)
        .output()
        .expect("score");
    let checked: serde_json::Value = serde_json::from_slice(&checked.stdout).expect("json");
    assert_eq!(
        checked["missed_overflow"], sol["value"],
        "the checker agrees with the solver"
    );
    // Re-planning from that agenda: moves are counted and weighed in the value.
    let out = Command::new(BIN)
        .args(["plan", "agenda"])
        .arg(&inst)
        .arg("--current")
        .arg(&sol_path)
        .args(["--move-weight", "5", "--iterations", "20000"])
        .output()
        .expect("re-plan");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let part = |k: &str| again["score"][k].as_u64().unwrap_or(u64::MAX / 8);
    assert_eq!(
        again["value"].as_u64(),
        Some(part("missed") + part("overflow") + 5 * part("moves"))
    );
    let bad = Command::new(BIN)
        .args(["plan", "agenda"])
        .arg(&sol_path)
        .output()
        .expect("agenda");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not an agenda instance"));
}

/// More sessions than cells: the agenda leaves some in the marketplace (`null`), and the
/// checker reads such placements back.
#[test]
fn plan_agenda_with_more_sessions_than_cells() {
    let dir = temp_dir("plan-extra");
    let inst = dir.join("os20-extra.json");
    let out = Command::new(BIN)
        .args([
            "plan",
            "generate",
            "os20",
            "--seed",
            "4",
            "--extra-sessions",
            "20",
        ])
        .output()
        .expect("generate");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&inst, &out.stdout).expect("write instance");
    let generated: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(generated["sessions"], 24, "20 cells and 20 % more sessions");
    let out = Command::new(BIN)
        .args(["plan", "agenda"])
        .arg(&inst)
        .args(["--iterations", "50000"])
        .output()
        .expect("agenda");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sol: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let placement = sol["placement"].as_array().expect("placement");
    let waiting: Vec<usize> = (0..24).filter(|&s| placement[s].is_null()).collect();
    assert_eq!(waiting.len(), 4, "{sol}");
    assert_eq!(sol["unplaced"], serde_json::json!(waiting));
    assert_eq!(sol["score"]["unplaced"], 4);
    let sol_path = dir.join("sol.json");
    std::fs::write(&sol_path, &out.stdout).expect("write solution");
    let checked = Command::new(BIN)
        .args(["plan", "score"])
        .arg(&inst)
        .arg(&sol_path)
        .output()
        .expect("score");
    assert!(checked.status.success());
    let checked: serde_json::Value = serde_json::from_slice(&checked.stdout).expect("json");
    assert_eq!(checked["missed_overflow"], sol["value"]);
    assert_eq!(checked["placement"], sol["placement"]);
    // A bare list: taking the most wanted session off the wall makes its wanters miss it.
    let mut demand = [0usize; 24];
    for wants in generated["interests"].as_array().expect("interests") {
        for s in wants.as_array().expect("list") {
            demand[s.as_u64().expect("id") as usize] += 1;
        }
    }
    let mut fewer = placement.clone();
    let s = (0..24)
        .filter(|&s| !fewer[s].is_null())
        .max_by_key(|&s| demand[s])
        .expect("placed");
    fewer[s] = serde_json::Value::Null;
    let bare = dir.join("bare.json");
    std::fs::write(&bare, serde_json::to_vec(&fewer).expect("json")).expect("write");
    let out = Command::new(BIN)
        .args(["plan", "score"])
        .arg(&inst)
        .arg(&bare)
        .output()
        .expect("score");
    let rescored: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(rescored["score"]["unplaced"], 5);
    assert!(rescored["placement"][s].is_null());
    assert!(
        rescored["score"]["missed"].as_u64() > checked["score"]["missed"].as_u64(),
        "{rescored} vs {checked}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_compose_fork_run_and_follow_the_timer() {
    designs::compose_fork_run_and_follow_the_timer().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_a_visitor_browses_the_library_on_a_phone() {
    library::a_visitor_browses_the_library_on_a_phone().await;
}
