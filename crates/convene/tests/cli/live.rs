//! The live wall across servers: two `convene serve` processes on one PostgreSQL schema; a
//! change made through one reaches an SSE client of the other, and a client of the other that
//! reconnects catches up at once.

use crate::server::{self, Server, temp_dir};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long a change may take to reach the other server's stream before the test gives up.
/// A bound on a shared, busy machine, not a timing assertion.
const BOUND: Duration = Duration::from_secs(30);

/// One request with `Connection: close`, as `server::request` but with a bearer token and a
/// JSON body. Returns status and body.
async fn api(
    base: &str,
    method: &str,
    path: &str,
    token: &str,
    json: Option<&str>,
) -> (u16, String) {
    let host = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(host).await.expect("connect");
    let body = json.unwrap_or("");
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(req.as_bytes()).await.expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = if head.to_lowercase().contains("transfer-encoding: chunked") {
        dechunk(rest.as_bytes()).0
    } else {
        rest.to_owned()
    };
    (status, body)
}

/// The complete chunks of a chunked body, and whether the last chunk (size 0) was seen.
fn dechunk(mut s: &[u8]) -> (String, bool) {
    let mut out = Vec::new();
    while let Some(eol) = s.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&s[..eol]).unwrap_or("").trim();
        let Ok(n) = usize::from_str_radix(size, 16) else {
            break;
        };
        if n == 0 {
            return (String::from_utf8_lossy(&out).into_owned(), true);
        }
        let rest = &s[eol + 2..];
        if rest.len() < n + 2 {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        s = &rest[n + 2..];
    }
    (String::from_utf8_lossy(&out).into_owned(), false)
}

/// An open SSE stream: the raw bytes so far, decoded on demand.
struct Sse {
    stream: TcpStream,
    raw: Vec<u8>,
}

impl Sse {
    async fn open(base: &str, path: &str, cookie: &str) -> Sse {
        let host = base.trim_start_matches("http://");
        let mut stream = TcpStream::connect(host).await.expect("connect");
        let req = format!(
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n"
        );
        stream.write_all(req.as_bytes()).await.expect("write");
        Sse {
            stream,
            raw: Vec::new(),
        }
    }

    /// The head and the decoded body so far.
    fn text(&self) -> (String, String) {
        let Some(end) = self.raw.windows(4).position(|w| w == b"\r\n\r\n") else {
            return (
                String::from_utf8_lossy(&self.raw).into_owned(),
                String::new(),
            );
        };
        let head = String::from_utf8_lossy(&self.raw[..end]).into_owned();
        (head, dechunk(&self.raw[end + 4..]).0)
    }

    /// Reads until `done(body)` holds; panics if the stream ends or `BOUND` passes first.
    async fn until(&mut self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let wait = async {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let (head, body) = self.text();
                if done(&body) {
                    return body;
                }
                let n = self.stream.read(&mut buf).await.expect("read stream");
                assert!(
                    n > 0,
                    "the stream ended before {what}; head: {head}; body: {body}"
                );
                self.raw.extend_from_slice(&buf[..n]);
            }
        };
        match tokio::time::timeout(BOUND, wait).await {
            Ok(body) => body,
            Err(_) => {
                let (head, body) = self.text();
                panic!("no {what} on the stream within {BOUND:?}; head: {head}; body: {body}")
            }
        }
    }
}

/// The wall events' ids (versions) in a decoded body.
fn versions(body: &str) -> Vec<i64> {
    body.lines()
        .filter_map(|l| l.strip_prefix("id:"))
        .filter_map(|v| v.trim().parse().ok())
        .collect()
}

pub(crate) fn cookie_of(headers: &str) -> String {
    headers
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("set-cookie")
                .then(|| value.trim().split(';').next().unwrap_or("").to_owned())
        })
        .expect("a session cookie")
}

pub(crate) async fn form(base: &str, path: &str, cookie: &str, body: &str) -> (u16, String) {
    let (status, _, text) = server::request(base, "POST", path, Some(cookie), Some(body)).await;
    (status, text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_on_one_server_reaches_the_wall_on_another() {
    let Some(base) = convene_store::testing::postgres_url() else {
        return;
    };
    let schema = format!("cli_live_{}", std::process::id());
    convene_store::testing::postgres_schema(&base, &schema).await;
    let url = server::with_search_path(&base, &schema);
    let dir = temp_dir("live");
    // A fills the demo first, then B starts on the same schema.
    let a = Server::start_in(&dir, &["--database-url", url.as_str(), "--demo"]).await;
    let b = Server::start_in(&dir, &["--database-url", url.as_str()]).await;
    let password = a.demo_password.clone().expect("the demo password");
    let slug = "riverbend";

    // The steward signs in on A; the session is valid on B too (one database).
    let signin = format!("email=steward%40demo.convene.test&password={password}");
    let (status, headers) = server::post_form(&a.url, "/signin", &signin, None).await;
    assert_eq!(status, 303, "{headers}");
    let cookie = cookie_of(&headers);
    let (status, page) = form(&a.url, "/account/tokens", &cookie, "name=live-test").await;
    assert_eq!(status, 201, "{page}");
    let token = page
        .split("id=\"new-token\"")
        .nth(1)
        .and_then(|s| s.split("value=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .expect("the new token on the account page")
        .to_owned();

    // A gathering in its marketplace, with one room and one slot, set up through A.
    let (status, body) = api(
        &a.url,
        "POST",
        &format!("/api/v1/communities/{slug}/gatherings"),
        &token,
        Some(
            r#"{"title":"River Open Space","calling_question":"How might we care for the river?","invitation":"Come as you are.","venue":"Boathouse","time_zone":"Europe/Berlin"}"#,
        ),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let g: serde_json::Value = serde_json::from_str(&body).expect("gathering json");
    let id = g["id"].as_i64().expect("gathering id");
    let page = format!("/c/{slug}/g/{id}");
    for (path, body) in [
        ("spaces", "name=Big+Hall&capacity=40&features=projector"),
        (
            "slots",
            "date=2026-12-01&starts=10%3A00&ends=11%3A00&kind=sessions&label=",
        ),
        ("phase", "to=marketplace"),
        ("rsvp", "answer=yes"),
    ] {
        let (status, text) = form(&a.url, &format!("{page}/{path}"), &cookie, body).await;
        assert_eq!(status, 303, "{path}: {text}");
    }

    // A wall open on B gets the current wall at once.
    let mut wall = Sse::open(&b.url, &format!("{page}/live"), &cookie).await;
    let first = wall
        .until("first wall", |body| {
            body.contains("\n\n") && body.contains("Big Hall")
        })
        .await;
    let (head, _) = wall.text();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        head.to_lowercase()
            .contains("content-type: text/event-stream"),
        "{head}"
    );
    assert!(first.contains("event: wall"), "{first}");
    let before = versions(&first).last().copied().expect("a version id");

    // A session convened through A's API appears on B's stream, with a newer version.
    let title = "Rewilding the river banks";
    let sessions = format!("/api/v1/communities/{slug}/gatherings/{id}/sessions");
    let json = format!(r#"{{"title":"{title}","description":"","needs":""}}"#);
    let (status, body) = api(&a.url, "POST", &sessions, &token, Some(&json)).await;
    assert_eq!(status, 201, "{body}");
    let seen = wall
        .until("the new session", |body| body.contains(title))
        .await;
    let after = versions(&seen).last().copied().expect("a version id");
    assert!(after > before, "versions {before} then {after}");
    drop(wall);
    // Give B a moment to notice that its client left (the stale case needs no stream there).
    tokio::time::sleep(Duration::from_millis(500)).await;

    // While nobody watches on B, another change on A; a wall that opens on B then shows it
    // in its first event (B must not serve the wall it rendered before).
    let second = "Fish ladders";
    let json = format!(r#"{{"title":"{second}","description":"","needs":""}}"#);
    let (status, body) = api(&a.url, "POST", &sessions, &token, Some(&json)).await;
    assert_eq!(status, 201, "{body}");
    let mut again = Sse::open(&b.url, &format!("{page}/live"), &cookie).await;
    let first = again
        .until("first wall after reconnecting", |body| {
            body.contains("\n\n")
        })
        .await;
    assert!(
        first.contains(second) && first.contains(title),
        "the reconnected wall is stale: {first}"
    );
}
