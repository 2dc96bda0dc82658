//! Notifications by e-mail through a real SMTP server (aiosmtpd, started here): the job runner
//! sends at once or in a daily digest grouped by community and kind; every message has both
//! parts, a signed one-click unsubscribe link in its `List-Unsubscribe` headers that works
//! once for its own account and kind only, and names nothing its reader may not read; a mail
//! server that is down delays the mail (retried, counted on /metrics) and loses none.

mod contributions;
mod due;
mod fanout;

use crate::harness::{Harness, METRICS_TOKEN, ORIGIN, Person, World, enc};
use axum::http::StatusCode;
use convene_app::mail::MailSettings;
use convene_domain::Role;
use convene_domain::thread::handle;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Saves each message as JSON (to, subject, headers, both parts) in the given folder.
const SERVER: &str = r#"
import json, os, sys, email
from email import policy
from aiosmtpd.controller import Controller
port, folder = int(sys.argv[1]), sys.argv[2]
class Keep:
    async def handle_DATA(self, server, session, envelope):
        m = email.message_from_bytes(envelope.content, policy=policy.default)
        parts = {p.get_content_type(): p.get_content() for p in m.walk() if not p.is_multipart()}
        n = len([f for f in os.listdir(folder) if f.endswith(".json")])
        path = os.path.join(folder, f"{n:03}.json")
        with open(path + ".tmp", "w") as f:
            json.dump({"to": envelope.rcpt_tos, "subject": str(m["subject"]),
                       "type": m.get_content_type(),
                       "headers": {k: str(v) for k, v in m.items()},
                       "text": parts.get("text/plain", ""), "html": parts.get("text/html", "")}, f)
        os.rename(path + ".tmp", path)
        return "250 OK"
c = Controller(Keep(), hostname="127.0.0.1", port=port)
c.start()
print("ready", flush=True)
try:
    sys.stdin.read()
finally:
    c.stop()
"#;

pub(crate) struct Folder(pub PathBuf);

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub(crate) struct Smtp(Child);

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(crate) fn aiosmtpd_present() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok && std::env::var("CI").as_deref() == Ok("true") {
        panic!("aiosmtpd is missing (python3 -m pip install aiosmtpd); CI=true needs it");
    }
    ok
}

pub(crate) fn start(port: u16, folder: &Path) -> Smtp {
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
    Smtp(child)
}

pub(crate) fn messages(folder: &Path) -> Vec<serde_json::Value> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json"))
        .collect()
}

pub(crate) async fn mail_harness(port: u16) -> Harness {
    Harness::with_settings(convene_store::testing::sqlite().await, 10_000, |s| {
        s.mail = Some(MailSettings {
            host: "127.0.0.1".into(),
            port,
            from: "convene <convene@convene.test>".into(),
            tls: false,
            public_url: ORIGIN.into(),
        });
    })
    .await
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port()
}

fn to_of(m: &serde_json::Value) -> &str {
    m["to"][0].as_str().expect("to")
}

async fn thread(h: &Harness, w: &World, by: &Person, title: &str, vis: &str, body: &str) -> String {
    let (s, hd, page) = h
        .post_full(
            &format!("/c/{}/threads", w.slug),
            Some(&by.cookie),
            &format!("title={}&visibility={vis}&body={}", enc(title), enc(body)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{page}");
    hd["location"]
        .to_str()
        .expect("location")
        .split("/threads/")
        .nth(1)
        .and_then(|r| r.split('?').next())
        .expect("id")
        .to_owned()
}

fn at(p: &Person) -> String {
    format!("@{}", handle(&p.name))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notification_mail_arrives_grouped_unsubscribes_and_survives_a_mail_server_that_is_down() {
    if !aiosmtpd_present() {
        eprintln!("skipped: aiosmtpd is not installed");
        return;
    }
    let port = free_port();
    let dir = std::env::temp_dir().join(format!("convene-notify-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("folder");
    let folder = Folder(dir);
    let mut smtp = Some(start(port, &folder.0));
    let h = mail_harness(port).await;
    let w = h.world("postbox").await;
    let home = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let partner = crate::visibility::partner_member(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let everyone = format!("{} {} {}", at(&home), at(&guest), at(&partner));
    // Organization-internal: only the home member may read it, though all three are named.
    thread(
        &h,
        &w,
        &ana,
        "Internal <plan>",
        "organization",
        &format!("Internal-body {everyone}"),
    )
    .await;
    let open = thread(
        &h,
        &w,
        &ana,
        "Open question",
        "network",
        &format!("Open-body {everyone}"),
    )
    .await;
    assert!(
        messages(&folder.0).is_empty(),
        "nothing is sent on the request path"
    );
    h.app.run_jobs(&h.system).await.expect("jobs");
    let got = messages(&folder.0);
    let to = |p: &Person| got.iter().filter(|m| to_of(m) == p.email).count();
    assert_eq!(
        (to(&home), to(&partner), to(&guest), to(&ana)),
        (2, 1, 1, 0),
        "{got:#?}"
    );
    for m in &got {
        assert_eq!(m["type"], "multipart/alternative");
        let (text, html) = (
            m["text"].as_str().expect("text"),
            m["html"].as_str().expect("html"),
        );
        let internal = text.contains("Internal")
            || html.contains("Internal")
            || m["subject"].as_str().expect("s").contains("Internal");
        if internal {
            assert_eq!(
                to_of(m),
                home.email,
                "only a reader is told of the internal thread: {m}"
            );
        }
        if internal {
            assert!(
                text.contains("Internal <plan>") && html.contains("Internal &lt;plan&gt;"),
                "{m}"
            );
        }
        let link = m["headers"]["List-Unsubscribe"]
            .as_str()
            .expect("List-Unsubscribe");
        assert!(
            link.starts_with(&format!("<{ORIGIN}/unsubscribe/")),
            "{link}"
        );
        assert_eq!(
            m["headers"]["List-Unsubscribe-Post"],
            "List-Unsubscribe=One-Click"
        );
        assert!(
            text.contains(link.trim_matches(['<', '>'])),
            "the text part has the same link"
        );
    }

    assert!(
        got.iter().any(|m| to_of(m) == home.email
            && m["subject"]
                .as_str()
                .is_some_and(|s| s.contains("Internal <plan>"))),
        "the reader is told"
    );

    // Unsubscribe: the partner's link, replayed for the guest, does nothing; posted as a mail
    // client does (no session, no origin), it stops mentions for the partner only.
    let partner_mail = got
        .iter()
        .find(|m| to_of(m) == partner.email)
        .expect("partner's");
    let link = partner_mail["headers"]["List-Unsubscribe"]
        .as_str()
        .expect("link");
    let path = link
        .trim_matches(['<', '>'])
        .trim_start_matches(ORIGIN)
        .to_owned();
    assert!(path.contains("/mention/"), "{path}");
    let replay = path.replace(
        &format!("/unsubscribe/{}/", partner.account.id),
        &format!("/unsubscribe/{}/", guest.account.id),
    );
    let (s, _) = h
        .send(
            "POST",
            &replay,
            None,
            Some("List-Unsubscribe=One-Click"),
            &[],
        )
        .await;
    assert_eq!(
        s,
        StatusCode::NOT_FOUND,
        "a signature is for its own account"
    );
    let (s, _) = h
        .send(
            "POST",
            &path.replace("/mention/", "/reply/"),
            None,
            Some("List-Unsubscribe=One-Click"),
            &[],
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "and for its own kind");
    let (s, page) = h.get(&path, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("id=\"unsubscribe\""),
        "a link preview changes nothing: {page}"
    );
    let (s, page) = h
        .send("POST", &path, None, Some("List-Unsubscribe=One-Click"), &[])
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    let (_, json) = h
        .api(
            "GET",
            "/api/v1/me/notification-settings",
            &partner.token,
            None,
        )
        .await;
    assert!(
        json.contains(r#"{"kind":"mention","mode":"never"}"#),
        "{json}"
    );
    let (_, json) = h
        .api(
            "GET",
            "/api/v1/me/notification-settings",
            &guest.token,
            None,
        )
        .await;
    assert!(
        json.contains(r#"{"kind":"mention","mode":"now"}"#),
        "{json}"
    );

    // Replies in a watched thread go to the daily digest (the default): ana watches hers.
    for (i, by) in [&home, &guest].into_iter().enumerate() {
        let (s, _) = h
            .post(
                &format!("/c/{}/threads/{open}/replies", w.slug),
                Some(&by.cookie),
                &format!("body=Reply-{i}+for+{}", enc(&at(&partner))),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    h.app.run_jobs(&h.system).await.expect("jobs");
    let now = messages(&folder.0);
    assert_eq!(
        now.len(),
        got.len(),
        "the partner unsubscribed from mentions; ana's replies wait for the digest: {now:#?}"
    );
    let (_, json) = h
        .api("GET", "/api/v1/me/notifications", &partner.token, None)
        .await;
    assert_eq!(
        json.matches("\"mention\"").count(),
        3,
        "the inbox still has everything: {json}"
    );
    h.app.clock.advance(86_400);
    h.app.run_jobs(&h.system).await.expect("jobs");
    let now = messages(&folder.0);
    assert_eq!(now.len(), got.len() + 1);
    let digest = now.last().expect("digest");
    assert_eq!(to_of(digest), ana.email);
    assert_eq!(digest["subject"], "Your daily digest: 2 notifications");
    let text = digest["text"].as_str().expect("text");
    let community = text
        .find(&format!("# {}", w.slug))
        .or_else(|| text.find("# "))
        .expect("a community heading");
    let group = text
        .find("## Replies in threads you watch")
        .expect("a kind heading");
    assert!(community < group, "{text}");
    assert_eq!(
        text.matches("replied in “Open question”").count(),
        2,
        "{text}"
    );
    assert!(
        digest["headers"]["List-Unsubscribe"]
            .as_str()
            .expect("link")
            .contains("/all/")
    );

    // The mail server goes down: a mention waits, is retried and counted, and arrives later.
    drop(smtp.take());
    thread(
        &h,
        &w,
        &ana,
        "While down",
        "network",
        &format!("Down-body {}", at(&guest)),
    )
    .await;
    h.app.run_jobs(&h.system).await.expect("jobs");
    let auth = format!("Bearer {METRICS_TOKEN}");
    let (s, metrics) = h
        .send("GET", "/metrics", None, None, &[("authorization", &auth)])
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        metrics.contains("convene_notification_mail_waiting 1"),
        "{metrics}"
    );
    assert!(metrics.contains("convene_jobs_retrying 1"), "{metrics}");
    smtp = Some(start(port, &folder.0));
    h.app.clock.advance(10);
    h.app.run_jobs(&h.system).await.expect("jobs");
    let last = messages(&folder.0);
    let late = last.last().expect("late");
    assert_eq!(to_of(late), guest.email);
    assert!(late["text"].as_str().expect("t").contains("While down"));
    let (_, metrics) = h
        .send("GET", "/metrics", None, None, &[("authorization", &auth)])
        .await;
    assert!(
        metrics.contains("convene_notification_mail_waiting 0"),
        "{metrics}"
    );
    drop(smtp);
}
