//! `convene-load`: load on the live agenda wall of a running `convene serve --demo`.
//!
//! For each N: a fresh gathering in the demo community; N participants hold SSE streams to its
//! wall; W writers (demo accounts with API tokens) convene sessions, place them and move them
//! through the JSON API as fast as the server answers, up to a number of changes and a time
//! limit. Every change has a mark that stays true in every later wall (a session id present,
//! a session on the grid, a cell taken for good), so the first version whose wall shows the
//! mark is the change's version; a change has reached a client when that client received a
//! wall with an id at least that version. Reports, per N, the time from each change's API
//! response (and from its request) until the last client had it, and the sustained rate of
//! changes. Only talks to the address it is given; every loop is bounded in count and time.

use anyhow::{Context, Result, anyhow, bail};
use bytes::Bytes;
use clap::Parser;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;

#[derive(Parser)]
#[command(
    name = "convene-load",
    about = "Load benchmark for convene's live agenda wall"
)]
struct Args {
    /// The server, e.g. http://127.0.0.1:8080 (loopback only).
    #[arg(long)]
    url: String,
    /// The demo accounts' password (printed by `convene serve --demo`).
    #[arg(long)]
    password: String,
    #[arg(long, default_value = "riverbend")]
    slug: String,
    /// Numbers of SSE listeners, one run each.
    #[arg(long, value_delimiter = ',', default_value = "100,500,2000")]
    clients: Vec<usize>,
    /// Changes per run (convene, place, move).
    #[arg(long, default_value_t = 200)]
    changes: usize,
    /// Concurrent writers (at most 4: demo accounts).
    #[arg(long, default_value_t = 4)]
    writers: usize,
    /// Time limit for the writes of one run, in seconds.
    #[arg(long, default_value_t = 60)]
    max_secs: u64,
    /// Changes per second for all writers together; 0: as fast as the server answers.
    #[arg(long, default_value_t = 0.0)]
    pace: f64,
    /// Label of the database in the output (sqlite, postgres).
    #[arg(long, default_value = "sqlite")]
    db: String,
    /// Append one JSON object per run to this file.
    #[arg(long)]
    json: Option<std::path::PathBuf>,
}

const WRITERS: [&str; 4] = ["steward", "host", "curator", "member"];
const DOMAIN: &str = "demo.convene.test";

/// A keep-alive HTTP/1.1 connection to the server.
struct Http {
    addr: String,
    origin: String,
    tx: SendRequest<Full<Bytes>>,
}

struct Reply {
    status: StatusCode,
    cookie: Option<String>,
    body: Bytes,
}

impl Http {
    async fn connect(origin: &str) -> Result<Http> {
        let addr = origin
            .strip_prefix("http://")
            .ok_or_else(|| anyhow!("only http:// URLs"))?
            .trim_end_matches('/')
            .to_owned();
        let tx = handshake(&addr).await?;
        Ok(Http {
            addr,
            origin: origin.trim_end_matches('/').to_owned(),
            tx,
        })
    }

    async fn send(
        &mut self,
        method: Method,
        path: &str,
        auth: Auth<'_>,
        body: Option<(&str, String)>,
    ) -> Result<Reply> {
        let mut req = Request::builder()
            .method(method)
            .uri(path)
            .header("host", &self.addr)
            .header("origin", &self.origin);
        match auth {
            Auth::None => {}
            Auth::Cookie(c) => req = req.header("cookie", c),
            Auth::Token(t) => req = req.header("authorization", format!("Bearer {t}")),
        }
        let body = match body {
            Some((ct, b)) => {
                req = req.header("content-type", ct);
                Full::new(Bytes::from(b))
            }
            None => Full::new(Bytes::new()),
        };
        let req = req.body(body)?;
        if self.tx.ready().await.is_err() {
            self.tx = handshake(&self.addr).await?;
        }
        let res = self.tx.send_request(req).await?;
        let status = res.status();
        let cookie = res
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(str::to_owned);
        let body = res.into_body().collect().await?.to_bytes();
        Ok(Reply {
            status,
            cookie,
            body,
        })
    }

    async fn form(&mut self, path: &str, cookie: &str, form: String) -> Result<Reply> {
        self.send(
            Method::POST,
            path,
            Auth::Cookie(cookie),
            Some(("application/x-www-form-urlencoded", form)),
        )
        .await
    }

    async fn json(
        &mut self,
        method: Method,
        path: &str,
        token: &str,
        json: Option<String>,
    ) -> Result<Reply> {
        self.send(
            method,
            path,
            Auth::Token(token),
            json.map(|j| ("application/json", j)),
        )
        .await
    }
}

#[derive(Clone, Copy)]
enum Auth<'a> {
    None,
    Cookie(&'a str),
    Token(&'a str),
}

async fn handshake(addr: &str) -> Result<SendRequest<Full<Bytes>>> {
    let tcp = TcpStream::connect(addr)
        .await
        .with_context(|| format!("connect {addr}"))?;
    tcp.set_nodelay(true)?;
    let (tx, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(tx)
}

fn expect(r: &Reply, want: u16, what: &str) -> Result<()> {
    if r.status.as_u16() != want {
        bail!(
            "{what}: HTTP {} (wanted {want}): {}",
            r.status,
            String::from_utf8_lossy(&r.body)
                .chars()
                .take(300)
                .collect::<String>()
        );
    }
    Ok(())
}

/// A demo account signed in, with an API token.
struct Person {
    cookie: String,
    token: String,
}

async fn sign_in(http: &mut Http, role: &str, password: &str) -> Result<Person> {
    let form = format!("email={role}%40{DOMAIN}&password={password}");
    let r = http
        .send(
            Method::POST,
            "/signin",
            Auth::None,
            Some(("application/x-www-form-urlencoded", form)),
        )
        .await?;
    expect(&r, 303, &format!("sign in as {role}"))?;
    let cookie = r.cookie.ok_or_else(|| anyhow!("no session cookie"))?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let r = http
        .form("/account/tokens", &cookie, format!("name=load-{nanos}"))
        .await?;
    expect(&r, 201, "create an API token")?;
    let page = String::from_utf8_lossy(&r.body);
    let token = page
        .split("id=\"new-token\"")
        .nth(1)
        .and_then(|s| s.split("value=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .ok_or_else(|| anyhow!("no token on the account page"))?
        .to_owned();
    Ok(Person { cookie, token })
}

/// A fresh gathering in its marketplace: two spaces per writer and `slots` session slots.
struct Grid {
    id: i64,
    spaces: Vec<i64>,
    slots: Vec<i64>,
    version: i64,
}

async fn gathering(
    http: &mut Http,
    slug: &str,
    host: &Person,
    writers: &[Person],
    n: usize,
    slots: usize,
) -> Result<Grid> {
    let body = serde_json::json!({
        "title": format!("Load test with {n} walls"),
        "calling_question": "How does the wall hold up?",
        "invitation": "Come as you are.",
        "venue": "Loopback",
        "time_zone": "Europe/Berlin",
    });
    let r = http
        .json(
            Method::POST,
            &format!("/api/v1/communities/{slug}/gatherings"),
            &host.token,
            Some(body.to_string()),
        )
        .await?;
    expect(&r, 201, "create the gathering")?;
    let g: serde_json::Value = serde_json::from_slice(&r.body)?;
    let id = g["id"].as_i64().ok_or_else(|| anyhow!("no gathering id"))?;
    let page = format!("/c/{slug}/g/{id}");
    for i in 0..2 * writers.len() {
        let r = http
            .form(
                &format!("{page}/spaces"),
                &host.cookie,
                format!("name=Room+{i}&capacity=40&features="),
            )
            .await?;
        expect(&r, 303, "add a space")?;
    }
    for k in 0..slots {
        // Twelve one-hour slots a day from 08:00, on consecutive days.
        let (day, hour) = (1 + k / 12, 8 + k % 12);
        let form = format!(
            "date=2026-12-{day:02}&starts={hour:02}%3A00&ends={hour:02}%3A45&kind=sessions&label="
        );
        let r = http
            .form(&format!("{page}/slots"), &host.cookie, form)
            .await?;
        expect(&r, 303, "add a slot")?;
    }
    let r = http
        .form(
            &format!("{page}/phase"),
            &host.cookie,
            "to=marketplace".into(),
        )
        .await?;
    expect(&r, 303, "open the marketplace")?;
    for w in writers {
        let r = http
            .form(&format!("{page}/rsvp"), &w.cookie, "answer=yes".into())
            .await?;
        expect(&r, 303, "say yes")?;
    }
    let r = http
        .json(
            Method::GET,
            &format!("/api/v1/communities/{slug}/gatherings/{id}/agenda"),
            &host.token,
            None,
        )
        .await?;
    expect(&r, 200, "read the agenda")?;
    let a: serde_json::Value = serde_json::from_slice(&r.body)?;
    let ids = |key: &str| -> Vec<i64> {
        a[key]
            .as_array()
            .map(|v| v.iter().filter_map(|x| x["id"].as_i64()).collect())
            .unwrap_or_default()
    };
    let grid = Grid {
        id,
        spaces: ids("spaces"),
        slots: ids("slots"),
        version: a["version"].as_i64().unwrap_or(0),
    };
    if grid.spaces.len() != 2 * writers.len() || grid.slots.len() != slots {
        bail!("the agenda does not show the grid that was set up");
    }
    Ok(grid)
}

/// What a listener saw: (version, when) per wall event.
#[derive(Default)]
struct Log {
    events: Vec<(i64, Instant)>,
    bytes: u64,
    error: Option<String>,
}

struct Shared {
    /// The wall's HTML per version, as first received by any listener.
    walls: Mutex<HashMap<i64, Vec<u8>>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// One participant's wall: connects, reads events until `stop`, records their versions.
async fn listen(
    addr: String,
    path: String,
    cookie: String,
    shared: Arc<Shared>,
    last: Arc<AtomicI64>,
    ready: tokio::sync::mpsc::Sender<bool>,
    stop: CancellationToken,
) -> Log {
    let mut log = Log::default();
    let mut ready = Some(ready);
    let result = async {
        let mut tx = handshake(&addr).await?;
        let req = Request::builder()
            .uri(&path)
            .header("host", &addr)
            .header("cookie", &cookie)
            .header("accept", "text/event-stream")
            .body(Full::new(Bytes::new()))?;
        let res = tx.send_request(req).await?;
        if res.status() != StatusCode::OK {
            bail!("HTTP {}", res.status());
        }
        let mut body = res.into_body();
        let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
        let (mut id, mut keep, mut data) = (None::<i64>, false, Vec::<u8>::new());
        loop {
            let frame = tokio::select! {
                _ = stop.cancelled() => return Ok(()),
                f = body.frame() => f,
            };
            let Some(frame) = frame else {
                bail!("the server closed the stream");
            };
            let Ok(chunk) = frame?.into_data() else {
                continue;
            };
            log.bytes += chunk.len() as u64;
            buf.extend_from_slice(&chunk);
            let mut start = 0;
            while let Some(pos) = memchr::memchr(b'\n', &buf[start..]) {
                let mut line = &buf[start..start + pos];
                start += pos + 1;
                if let Some(l) = line.strip_suffix(b"\r") {
                    line = l;
                }
                if line.is_empty() {
                    if let Some(v) = id.take() {
                        log.events.push((v, Instant::now()));
                        last.fetch_max(v, Ordering::Relaxed);
                        if keep {
                            lock(&shared.walls)
                                .entry(v)
                                .or_insert_with(|| std::mem::take(&mut data));
                        }
                        if let Some(r) = ready.take() {
                            let _ = r.send(true).await;
                        }
                    }
                    keep = false;
                    data.clear();
                } else if let Some(v) = line.strip_prefix(b"id:") {
                    let v = std::str::from_utf8(v)
                        .ok()
                        .and_then(|s| s.trim().parse::<i64>().ok());
                    keep = v.is_some_and(|v| !lock(&shared.walls).contains_key(&v));
                    id = v;
                } else if keep && let Some(d) = line.strip_prefix(b"data:") {
                    data.extend_from_slice(d.strip_prefix(b" ").unwrap_or(d));
                    data.push(b'\n');
                }
            }
            buf.drain(..start);
        }
    }
    .await;
    if let Err(e) = result {
        log.error = Some(e.to_string());
    }
    if let Some(r) = ready.take() {
        let _ = r.send(false).await;
    }
    log
}

/// A change and the mark that shows it in every later wall.
#[derive(Clone)]
enum Mark {
    /// A session exists (in the marketplace or on the grid).
    Exists(i64),
    /// A session is on the grid.
    Placed(i64),
    /// A cell is taken (it is a destination once and never freed again).
    Taken(i64, i64, i64),
}

impl Mark {
    fn shown_in(&self, html: &[u8]) -> bool {
        let has = |s: String| memchr::memmem::find(html, s.as_bytes()).is_some();
        match self {
            Mark::Exists(s) => has(format!("data-session=\"{s}\"")),
            Mark::Placed(s) => has(format!("\" data-session=\"{s}\"")),
            Mark::Taken(s, space, slot) => {
                has(format!("\" data-session=\"{s}\""))
                    && !has(format!("data-cell=\"{space}:{slot}\""))
            }
        }
    }
}

struct Change {
    mark: Mark,
    sent: Instant,
    answered: Instant,
}

#[derive(Default)]
struct Writes {
    changes: Vec<Change>,
    failed: usize,
    errors: Vec<String>,
}

/// One writer: convenes sessions, places each in its slot, then moves it to the next room.
#[expect(
    clippy::too_many_arguments,
    reason = "one writer's whole setup, passed once"
)]
async fn write(
    origin: String,
    slug: String,
    gathering: i64,
    token: String,
    rooms: (i64, i64),
    slots: Vec<i64>,
    budget: Arc<AtomicUsize>,
    limit: usize,
    deadline: Instant,
    schedule: Option<(Instant, Duration)>,
    tag: String,
) -> Writes {
    let mut out = Writes::default();
    let mut http = match Http::connect(&origin).await {
        Ok(h) => h,
        Err(e) => {
            out.errors.push(e.to_string());
            return out;
        }
    };
    let base = format!("/api/v1/communities/{slug}/gatherings/{gathering}/sessions");
    let take = || budget.fetch_add(1, Ordering::SeqCst) < limit && Instant::now() < deadline;
    let mut op = 0u32;
    'sessions: for (k, slot) in slots.iter().enumerate() {
        let mut sid = None;
        for step in 0..3 {
            if !take() {
                break 'sessions;
            }
            // Paced: this writer's ops are `every` apart (it catches up when behind).
            if let Some((first, every)) = schedule {
                tokio::time::sleep_until((first + every * op).into()).await;
                op += 1;
            }
            let (method, path, body) = match (step, sid) {
                (0, _) => (
                    Method::POST,
                    base.clone(),
                    serde_json::json!({"title": format!("{tag} session {k}"), "description": "", "needs": ""}),
                ),
                (1, Some(s)) => (
                    Method::PUT,
                    format!("{base}/{s}/cell"),
                    serde_json::json!({"cell": [rooms.0, slot]}),
                ),
                (_, Some(s)) => (
                    Method::PUT,
                    format!("{base}/{s}/cell"),
                    serde_json::json!({"cell": [rooms.1, slot]}),
                ),
                (_, None) => continue 'sessions,
            };
            let sent = Instant::now();
            let r = http
                .json(method, &path, &token, Some(body.to_string()))
                .await;
            let answered = Instant::now();
            let r = match r {
                Ok(r) if r.status.is_success() => r,
                Ok(r) => {
                    out.failed += 1;
                    out.errors.push(format!(
                        "HTTP {}: {}",
                        r.status,
                        String::from_utf8_lossy(&r.body)
                            .chars()
                            .take(200)
                            .collect::<String>()
                    ));
                    continue 'sessions;
                }
                Err(e) => {
                    out.failed += 1;
                    out.errors.push(e.to_string());
                    continue 'sessions;
                }
            };
            let mark = match (step, sid) {
                (0, _) => {
                    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap_or_default();
                    let Some(s) = v["id"].as_i64() else {
                        out.failed += 1;
                        continue 'sessions;
                    };
                    sid = Some(s);
                    Mark::Exists(s)
                }
                (1, Some(s)) => Mark::Placed(s),
                (_, Some(s)) => Mark::Taken(s, rooms.1, *slot),
                (_, None) => continue 'sessions,
            };
            out.changes.push(Change {
                mark,
                sent,
                answered,
            });
        }
    }
    out
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: f64) -> String {
    if d.is_nan() {
        "-".into()
    } else if d.abs() >= 100.0 {
        format!("{d:.0}")
    } else {
        format!("{d:.1}")
    }
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

struct Run<'a> {
    args: &'a Args,
    people: &'a [Person],
    http: &'a mut Http,
}

async fn run(r: Run<'_>, n: usize) -> Result<serde_json::Value> {
    let Run { args, people, http } = r;
    let writers = &people[..args.writers];
    let slots = args.changes.div_ceil(3 * args.writers);
    let grid = gathering(http, &args.slug, &people[0], writers, n, slots).await?;
    eprintln!(
        "[{}] N={n}: gathering {} with {} rooms x {} slots; opening {n} walls",
        args.db,
        grid.id,
        grid.spaces.len(),
        grid.slots.len()
    );

    // N walls, opened at most 100 at a time; each counts as open on its first event.
    let shared = Arc::new(Shared {
        walls: Mutex::default(),
    });
    let stop = CancellationToken::new();
    let path = format!("/c/{}/g/{}/live", args.slug, grid.id);
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel(n.max(1));
    let gate = Arc::new(tokio::sync::Semaphore::new(100));
    let mut lasts = Vec::with_capacity(n);
    let mut tasks = Vec::with_capacity(n);
    let open_started = Instant::now();
    for i in 0..n {
        let last = Arc::new(AtomicI64::new(0));
        lasts.push(last.clone());
        let (tx, shared, stop, gate) =
            (ready_tx.clone(), shared.clone(), stop.clone(), gate.clone());
        let (addr, path) = (http.addr.clone(), path.clone());
        let cookie = people[i % people.len()].cookie.clone();
        tasks.push(tokio::spawn(async move {
            let permit = gate.acquire_owned().await;
            let (inner_tx, mut inner_rx) = tokio::sync::mpsc::channel(1);
            let listener = tokio::spawn(listen(addr, path, cookie, shared, last, inner_tx, stop));
            let ok = inner_rx.recv().await.unwrap_or(false);
            drop(permit);
            let _ = tx.send(ok).await;
            listener.await.unwrap_or_default()
        }));
    }
    drop(ready_tx);
    let (mut open, mut failed_open) = (0usize, 0usize);
    let open_deadline = Instant::now() + Duration::from_secs(120);
    while open + failed_open < n {
        match tokio::time::timeout_at(open_deadline.into(), ready_rx.recv()).await {
            Ok(Some(true)) => open += 1,
            Ok(Some(false)) => failed_open += 1,
            Ok(None) | Err(_) => break,
        }
    }
    let open_secs = open_started.elapsed().as_secs_f64();
    eprintln!(
        "[{}] N={n}: {open} walls open in {open_secs:.1} s ({failed_open} failed)",
        args.db
    );

    // The writers, as fast as the server answers, bounded by count and time.
    let budget = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(args.max_secs);
    let mut writer_tasks = Vec::new();
    // Paced writers take turns: writer w starts w/W of an interval after the first.
    let every = (args.pace > 0.0).then(|| Duration::from_secs_f64(args.writers as f64 / args.pace));
    for (w, p) in writers.iter().enumerate() {
        let rooms = (grid.spaces[2 * w], grid.spaces[2 * w + 1]);
        let schedule = every.map(|e| (started + e * w as u32 / args.writers as u32, e));
        writer_tasks.push(tokio::spawn(write(
            format!("http://{}", http.addr),
            args.slug.clone(),
            grid.id,
            p.token.clone(),
            rooms,
            grid.slots.clone(),
            budget.clone(),
            args.changes,
            deadline,
            schedule,
            format!("N{n} w{w}"),
        )));
    }
    let mut writes = Writes::default();
    for t in writer_tasks {
        let w = t.await.unwrap_or_default();
        writes.changes.extend(w.changes);
        writes.failed += w.failed;
        writes.errors.extend(w.errors);
    }
    let write_secs = writes
        .changes
        .iter()
        .map(|c| c.answered.duration_since(started).as_secs_f64())
        .fold(0.0, f64::max);

    // Wait (bounded) until every open wall has the final version, then close them all.
    let r = http
        .json(
            Method::GET,
            &format!(
                "/api/v1/communities/{}/gatherings/{}/agenda",
                args.slug, grid.id
            ),
            &people[0].token,
            None,
        )
        .await?;
    expect(&r, 200, "read the agenda")?;
    let final_version = serde_json::from_slice::<serde_json::Value>(&r.body)?["version"]
        .as_i64()
        .unwrap_or(0);
    let drain_deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < drain_deadline {
        let behind = lasts
            .iter()
            .filter(|l| l.load(Ordering::Relaxed) < final_version)
            .count();
        if behind <= failed_open {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let load = loadavg();
    stop.cancel();
    let mut logs = Vec::with_capacity(n);
    for t in tasks {
        logs.push(t.await.unwrap_or_default());
    }

    // Each change's version: the first wall that shows its mark.
    let walls = std::mem::take(&mut *lock(&shared.walls));
    let mut versions: Vec<(i64, Vec<u8>)> = walls.into_iter().collect();
    versions.sort_by_key(|(v, _)| *v);
    let live: Vec<&Log> = logs.iter().filter(|l| !l.events.is_empty()).collect();
    // A wall must never go back; the same version twice is only wasted bytes.
    let backwards = live
        .iter()
        .filter(|l| l.events.windows(2).any(|w| w[1].0 < w[0].0))
        .count();
    let repeats: usize = live
        .iter()
        .map(|l| l.events.windows(2).filter(|w| w[1].0 == w[0].0).count())
        .sum();
    let broken: Vec<&str> = logs
        .iter()
        .filter(|l| !l.events.is_empty())
        .filter_map(|l| l.error.as_deref())
        .collect();
    let (mut from_answer, mut from_send, mut api) = (Vec::new(), Vec::new(), Vec::new());
    let (mut unseen, mut missed) = (0usize, 0usize);
    for c in &writes.changes {
        api.push(c.answered.duration_since(c.sent).as_secs_f64() * 1e3);
        let Some(v) = versions
            .iter()
            .find(|(_, html)| c.mark.shown_in(html))
            .map(|(v, _)| *v)
        else {
            unseen += 1;
            continue;
        };
        let mut all: Option<Instant> = None;
        let mut everyone = true;
        for l in &live {
            let i = l.events.partition_point(|(id, _)| *id < v);
            match l.events.get(i) {
                Some((_, t)) => all = Some(all.map_or(*t, |a| a.max(*t))),
                None => everyone = false,
            }
        }
        match all {
            Some(t) if everyone => {
                let signed = |from: Instant| {
                    if t >= from {
                        t.duration_since(from).as_secs_f64() * 1e3
                    } else {
                        -(from.duration_since(t).as_secs_f64() * 1e3)
                    }
                };
                from_answer.push(signed(c.answered));
                from_send.push(signed(c.sent));
            }
            _ => missed += 1,
        }
    }
    for v in [&mut from_answer, &mut from_send, &mut api] {
        v.sort_by(f64::total_cmp);
    }
    let events: usize = live.iter().map(|l| l.events.len()).sum();
    let bytes: u64 = logs.iter().map(|l| l.bytes).sum();
    let wall_kb = versions
        .last()
        .map_or(0.0, |(_, h)| h.len() as f64 / 1024.0);
    let ok = writes.changes.len();
    let rate = if write_secs > 0.0 {
        ok as f64 / write_secs
    } else {
        0.0
    };
    let out = serde_json::json!({
        "db": args.db,
        "pace": if args.pace > 0.0 { format!("{}/s", args.pace) } else { "max".into() },
        "clients": n,
        "open": open,
        "failed_open": failed_open,
        "open_secs": open_secs,
        "changes": ok,
        "failed_changes": writes.failed,
        "errors": writes.errors.iter().take(5).collect::<Vec<_>>(),
        "write_secs": write_secs,
        "changes_per_sec": rate,
        "api_p50_ms": percentile(&api, 50.0),
        "api_p99_ms": percentile(&api, 99.0),
        "all_p50_ms_from_response": percentile(&from_answer, 50.0),
        "all_p99_ms_from_response": percentile(&from_answer, 99.0),
        "all_p50_ms_from_request": percentile(&from_send, 50.0),
        "all_p99_ms_from_request": percentile(&from_send, 99.0),
        "delivered_to_all": from_answer.len(),
        "not_delivered_to_all": missed,
        "never_shown": unseen,
        "events": events,
        "events_per_wall": if live.is_empty() { 0.0 } else { events as f64 / live.len() as f64 },
        "megabytes": bytes as f64 / 1e6,
        "wall_kb": wall_kb,
        "streams_going_back": backwards,
        "repeated_events": repeats,
        "streams_broken": broken.len(),
        "stream_errors": broken.iter().take(3).collect::<Vec<_>>(),
        "first_version": grid.version,
        "final_version": final_version,
        "load_1min": load,
    });
    eprintln!("[{}] N={n}: {out}", args.db);
    Ok(out)
}

fn row(v: &serde_json::Value) -> String {
    let f = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    let u = |k: &str| v[k].as_u64().unwrap_or(0);
    format!(
        "| {} | {} | {} | {}/{} | {} | {:.1} | {} / {} | {} / {} | {} / {} | {} | {:.1} | {:.0} | {} |",
        v["db"].as_str().unwrap_or("?"),
        v["pace"].as_str().unwrap_or("?"),
        u("clients"),
        u("delivered_to_all"),
        u("changes") + u("failed_changes"),
        ms(f("write_secs") * 1e3),
        f("changes_per_sec"),
        ms(f("api_p50_ms")),
        ms(f("api_p99_ms")),
        ms(f("all_p50_ms_from_response")),
        ms(f("all_p99_ms_from_response")),
        ms(f("all_p50_ms_from_request")),
        ms(f("all_p99_ms_from_request")),
        u("open"),
        f("events_per_wall"),
        f("megabytes"),
        v["load_1min"].as_str().unwrap_or("?"),
    )
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let host = args
        .url
        .strip_prefix("http://")
        .ok_or_else(|| anyhow!("--url must be http://127.0.0.1:PORT"))?;
    if !(host.starts_with("127.0.0.1:") || host.starts_with("localhost:")) {
        bail!("convene-load only talks to a server on 127.0.0.1");
    }
    if args.writers == 0 || args.writers > WRITERS.len() {
        bail!("--writers must be 1 to {}", WRITERS.len());
    }
    let mut http = Http::connect(&args.url).await?;
    let mut people = Vec::new();
    for role in WRITERS {
        people.push(sign_in(&mut http, role, &args.password).await?);
    }
    for &n in &args.clients {
        let out = run(
            Run {
                args: &args,
                people: &people,
                http: &mut http,
            },
            n,
        )
        .await?;
        println!("{}", row(&out));
        if let Some(path) = &args.json {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)?;
            writeln!(f, "{out}")?;
        }
        // Let the server notice the closed streams before the next run.
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    Ok(())
}
