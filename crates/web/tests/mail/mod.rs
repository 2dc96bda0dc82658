//! Personal invitations that arrive: a real SMTP server (aiosmtpd, started here) receives
//! what the job runner sends; the message has both parts and its link works; failures after
//! the retries are shown to the inviter, who can resend with a new link.

use crate::harness::{Harness, IntoPair, ORIGIN, World, enc};
use axum::http::StatusCode;
use convene_app::mail::MailSettings;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Saves each message as JSON (to, subject, text, html, content types) in the given folder.
const SERVER: &str = r#"
import asyncio, json, os, sys, email
from email import policy
from aiosmtpd.controller import Controller
port, folder = int(sys.argv[1]), sys.argv[2]
class Keep:
    async def handle_DATA(self, server, session, envelope):
        m = email.message_from_bytes(envelope.content, policy=policy.default)
        parts = {p.get_content_type(): p.get_content() for p in m.walk() if not p.is_multipart()}
        n = len(os.listdir(folder))
        with open(os.path.join(folder, f"{n:03}.json"), "w") as f:
            json.dump({"to": envelope.rcpt_tos, "subject": str(m["subject"]),
                       "type": m.get_content_type(), "text": parts.get("text/plain", ""),
                       "html": parts.get("text/html", "")}, f)
        return "250 OK"
c = Controller(Keep(), hostname="127.0.0.1", port=port)
c.start()
print("ready", flush=True)
try:
    sys.stdin.read()
finally:
    c.stop()
"#;

struct Folder(PathBuf);

impl Folder {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Smtp {
    child: Child,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn aiosmtpd_present() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok && std::env::var("CI").as_deref() == Ok("true") {
        panic!("aiosmtpd is missing (python3 -m pip install aiosmtpd); CI=true needs it");
    }
    ok
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port()
}

fn start(port: u16, folder: &Path) -> Smtp {
    let mut child = Command::new("python3")
        .args([
            "-c",
            SERVER,
            &port.to_string(),
            folder.to_str().expect("path"),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().expect("stdout")),
        &mut line,
    )
    .expect("ready line");
    assert_eq!(line.trim(), "ready");
    Smtp { child }
}

fn messages(folder: &Path) -> Vec<serde_json::Value> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json"))
        .collect()
}

fn link_in(text: &str) -> String {
    let at = text.find(ORIGIN).expect("a link");
    text[at..]
        .split_whitespace()
        .next()
        .expect("link")
        .to_owned()
}

async fn personal(h: &Harness, w: &World, email: &str) -> i32 {
    let form = format!(
        "kind=personal&email={}&calling_question={}&organization_id={}&max_uses=1&days=14",
        enc(email),
        enc("How might we <care> for the river?"),
        w.home_org
    );
    let (s, body) = h
        .post(
            &format!("/c/{}/invitations", w.slug),
            Some(&w.steward.cookie),
            &form,
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let list = h
        .app
        .invitations(&h.allowed(&w.steward, &w.slug).await)
        .await
        .expect("list");
    list.iter()
        .find(|i| i.email.as_deref() == Some(email))
        .expect("invitation")
        .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_invitations_arrive_by_mail_and_failures_show() {
    if !aiosmtpd_present() {
        eprintln!("skipped: aiosmtpd is not installed");
        return;
    }
    let port = free_port();
    let folder = std::env::temp_dir().join(format!("convene-mail-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("folder");
    let folder = Folder(folder);
    let mut smtp = Some(start(port, folder.path()));
    let h = Harness::with_settings(convene_store::testing::sqlite().await, 10_000, |s| {
        s.mail = Some(MailSettings {
            host: "127.0.0.1".into(),
            port,
            from: "convene <convene@convene.test>".into(),
            tls: false,
            public_url: ORIGIN.into(),
        });
    })
    .await;
    let w = h.world("river").await;
    personal(&h, &w, "ada@example.org").await;
    // Not sent on the request: the runner sends it.
    assert!(messages(folder.path()).is_empty());
    h.app.run_jobs(&h.system).await.expect("jobs");
    let got = messages(folder.path());
    assert_eq!(got.len(), 1, "{got:?}");
    let m = &got[0];
    assert_eq!(m["to"][0], "ada@example.org");
    assert_eq!(m["type"], "multipart/alternative");
    let (text, html) = (
        m["text"].as_str().expect("text"),
        m["html"].as_str().expect("html"),
    );
    assert!(
        text.contains("How might we <care> for the river?"),
        "{text}"
    );
    assert!(
        html.contains("How might we &lt;care&gt; for the river?"),
        "{html}"
    );
    assert!(html.contains("#decline\""), "{html}");
    let link = link_in(text);
    assert!(html.contains(&link), "the HTML part carries the same link");
    // The link works: the page shows the question, and accepting makes a member.
    let path = link.trim_start_matches(ORIGIN).to_owned();
    let (s, body) = h.get(&path, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("id=\"decline\""));
    let before = h.member_count(&w).await;
    let (s, _) = h
        .post_full(
            &format!("{path}/accept"),
            None,
            "name=Ada&email=ada%40example.org&password=long+enough+pw",
        )
        .await
        .into_pair();
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(h.member_count(&w).await, before + 1);
    let (_, page) = h.get("/c/river/invitations", Some(&w.steward.cookie)).await;
    assert!(page.contains("E-mail sent"), "{page}");

    // The server goes away: the runner retries with backoff, then gives up and says so.
    drop(smtp.take());
    let id = personal(&h, &w, "bo@example.org").await;
    for _ in 0..convene_app::invitation_mail::MAIL_ATTEMPTS {
        h.app.run_jobs(&h.system).await.expect("jobs");
        h.app.clock.advance(convene_app::jobs::MAX_BACKOFF);
    }
    let (_, page) = h.get("/c/river/invitations", Some(&w.steward.cookie)).await;
    assert!(
        page.contains("could not be delivered after 5 attempts"),
        "{page}"
    );
    assert_eq!(
        h.app.run_jobs(&h.system).await.expect("jobs"),
        0,
        "given up"
    );

    // Resend (with the server back): a new link arrives and works.
    let _smtp = start(port, folder.path());
    let (s, headers, _) = h
        .post_full(
            &format!("/c/river/invitations/{id}/resend"),
            Some(&w.steward.cookie),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("location").to_owned();
    assert_eq!(to, format!("/c/river/invitations?resent={id}#inv-{id}"));
    let (_, page) = h.get(&to, Some(&w.steward.cookie)).await;
    assert!(page.contains("A new invitation e-mail to bo@example.org is on its way"));
    h.app.run_jobs(&h.system).await.expect("jobs");
    let got = messages(folder.path());
    assert_eq!(got.len(), 2);
    assert_eq!(got[1]["to"][0], "bo@example.org");
    let fresh = link_in(got[1]["text"].as_str().expect("text"));
    let (s, _) = h.get(fresh.trim_start_matches(ORIGIN), None).await;
    assert_eq!(s, StatusCode::OK);
    // Link invitations have no address: nothing to resend.
    let raw = h.raw_invitation(&w).await;
    let (s, _) = h
        .post(
            &format!("/c/river/invitations/{raw}/resend"),
            Some(&w.steward.cookie),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
}
