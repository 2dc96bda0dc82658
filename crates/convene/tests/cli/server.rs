//! Starting the real binary, and a minimal HTTP/1.1 client for talking to it.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, Command};

pub fn temp_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("convene-{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A PostgreSQL URL whose connections use `schema`.
pub fn with_search_path(base: &str, schema: &str) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-c%20search_path%3D{schema}")
}

pub struct Server {
    child: Child,
    pub url: String,
    pub setup_link: Option<String>,
    pub demo_password: Option<String>,
}

impl Server {
    /// SIGKILL, as a crash or the OOM killer would: no shutdown, no flush.
    pub async fn kill(&mut self) {
        self.child.kill().await.expect("kill -9");
    }

    /// Runs `convene serve --listen 127.0.0.1:0 ARGS` in `dir` and waits until it listens.
    pub async fn start_in(dir: &Path, args: &[&str]) -> Server {
        Self::start_listening(dir, "127.0.0.1:0", args).await
    }

    /// As [`Server::start_in`], listening on `listen` (for a public URL named before it starts).
    pub async fn start_listening(dir: &Path, listen: &str, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
            .args(["serve", "--listen", listen])
            .args(args)
            .current_dir(dir)
            .env_remove("CONVENE_DATABASE_URL")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("start convene");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let (mut setup_link, mut demo_password) = (None, None);
        let url = tokio::time::timeout(Duration::from_secs(60), async {
            while let Some(line) = lines.next_line().await.expect("read stdout") {
                if let Some(rest) = line.split("password for all: ").nth(1) {
                    demo_password = rest.strip_suffix("):").map(str::to_owned);
                }
                if line.contains("/setup/") {
                    setup_link = Some(line.trim().to_owned());
                }
                if let Some(url) = line.strip_prefix("convene is running at ") {
                    return url.trim_end_matches('/').to_owned();
                }
            }
            panic!("convene exited before it was ready")
        })
        .await
        .expect("convene starts within a minute");
        // Keep draining stdout so the server never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Server {
            child,
            url,
            setup_link,
            demo_password,
        }
    }
}

/// One request with `Connection: close`; returns status, headers (lowercased names) and body.
pub async fn request(
    base: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
) -> (u16, String, String) {
    try_request(base, method, path, cookie, form)
        .await
        .expect("the server answers")
}

/// As [`request`], or `None` when the connection fails or is cut (a server being killed).
pub async fn try_request(
    base: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
) -> Option<(u16, String, String)> {
    let host = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.ok()?;
    let body = form.unwrap_or("");
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: {base}\r\nConnection: close\r\n"
    );
    if let Some(c) = cookie {
        req.push_str(&format!("Cookie: {c}\r\n"));
    }
    if form.is_some() {
        req.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    req.push_str("\r\n");
    req.push_str(body);
    stream.write_all(req.as_bytes()).await.ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok())?;
    let headers = head.to_lowercase();
    let body = if headers.contains("transfer-encoding: chunked") {
        dechunk(rest)
    } else {
        rest.to_owned()
    };
    Some((status, head.to_owned(), body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

pub async fn http(
    base: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
) -> (u16, String) {
    let (s, _, b) = request(base, method, path, cookie, form).await;
    (s, b)
}

pub async fn post_form(base: &str, path: &str, form: &str, cookie: Option<&str>) -> (u16, String) {
    let (s, h, _) = request(base, "POST", path, cookie, Some(form)).await;
    (s, h)
}

/// Percent-encodes a form value.
pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Signs in with a form post; the session cookie.
pub async fn sign_in_cookie(base: &str, email: &str, password: &str) -> String {
    let form = format!("email={}&password={}", enc(email), enc(password));
    let (status, headers) = post_form(base, "/signin", &form, None).await;
    assert_eq!(status, 303, "{headers}");
    crate::live::cookie_of(&headers)
}

/// What a new gathering says of itself, each a form value before encoding.
pub struct Details<'a> {
    pub title: &'a str,
    pub question: &'a str,
    pub invitation: &'a str,
    pub venue: &'a str,
    pub spaces: &'a [&'a str],
    pub plenary: &'a str,
}

/// A gathering made through the host's forms: its spaces, an opening plenary and one slot
/// for sessions, moved to its marketplace, with the host's yes. Its page's path.
pub async fn marketplace(base: &str, cookie: &str, slug: &str, d: &Details<'_>) -> String {
    let post = async |path: String, body: String| {
        let (status, head, text) = request(base, "POST", &path, Some(cookie), Some(&body)).await;
        assert_eq!(status, 303, "{path} {body}: {head} {text}");
        head
    };
    let head = post(
        format!("/c/{slug}/g"),
        format!(
            "title={}&calling_question={}&invitation={}&venue={}&time_zone=Europe%2FBerlin&dots=3",
            enc(d.title),
            enc(d.question),
            enc(d.invitation),
            enc(d.venue)
        ),
    )
    .await;
    let page = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("location")
                .then(|| value.trim().to_owned())
        })
        .expect("the new gathering's address");
    for s in d.spaces {
        post(
            format!("{page}/spaces"),
            format!("name={}&capacity=20&features=projector", enc(s)),
        )
        .await;
    }
    let slots = [
        format!(
            "date=2026-12-01&starts=09%3A00&ends=09%3A30&kind=plenary&label={}",
            enc(d.plenary)
        ),
        "date=2026-12-01&starts=10%3A00&ends=11%3A00&kind=sessions&label=".to_owned(),
    ];
    for s in slots {
        post(format!("{page}/slots"), s).await;
    }
    post(format!("{page}/phase"), "to=marketplace".to_owned()).await;
    post(format!("{page}/rsvp"), "answer=yes".to_owned()).await;
    page
}
