//! Fan-out benchmark (bench/fanout/run.sh builds it; not a test).
//!
//! `seed` fills a fresh database in-process: a community, a thread readable across the
//! network, WATCHERS members who watch it and want replies by e-mail at once, sessions for
//! the inbox streams and an API token for the one who replies.
//!
//! `run`, against a running `convene serve` on that database: opens N inbox streams
//! (`/inbox/live`, each waits for its first count), posts one reply through the API and
//! measures from the request: until the inbox rows are written (a watcher's inbox is polled;
//! the fan-out writes every row in one commit, and every watcher's row is checked after),
//! until each stream has pushed the new unread count, and until the local SMTP server
//! (bench/fanout/smtp.py, its count file) has every message. Prints one Markdown row.

use convene_app::community::NewCommunityForm;
use convene_app::store::accounts::{self, NewAccount};
use convene_app::store::{Notification, Store, communities, notifications, threads};
use convene_app::thread::NewThreadInput;
use convene_app::{App, Clock, Settings, can};
use convene_domain::RoleSet;
use convene_domain::content::Visibility;
use convene_domain::text::{
    CommunityName, OrgName, PostBody, Purpose, Slug, ThreadTitle, TokenName,
};
use convene_domain::thread::Follow;
use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

type Result<T> = std::result::Result<T, String>;

#[derive(serde::Serialize, serde::Deserialize)]
struct Seeded {
    slug: String,
    thread: i32,
    token: String,
    watchers: Vec<i32>,
    sessions: Vec<String>,
}

fn ok<T, E: std::fmt::Debug>(r: std::result::Result<T, E>, what: &str) -> Result<T> {
    r.map_err(|e| format!("{what}: {e:?}"))
}

async fn seed(database_url: &str, watchers: usize, sessions: usize, out: &str) -> Result<()> {
    let store = ok(Store::connect(database_url).await, "database")?;
    ok(store.migrate().await, "migrations")?;
    let (app, system) = App::new(store, Clock::System, Settings::default());
    let now = app.now();
    let steward = ok(
        accounts::create(
            app.store.conn(),
            NewAccount {
                email: "steward@fanout.test",
                display_name: "Steward",
                password_hash: None,
                is_operator: true,
                now,
            },
        )
        .await,
        "steward",
    )?;
    let slug = "fanout";
    let form = NewCommunityForm {
        name: ok(CommunityName::parse("Fan-out bench"), "name")?,
        slug: ok(Slug::parse(slug), "slug")?,
        purpose: ok(Purpose::parse("To measure the fan-out."), "purpose")?,
        open: false,
        home_organization: ok(OrgName::parse("Home"), "organization")?,
    };
    let c = ok(app.create_community(&steward, &form).await, "community")?;
    let ctx = ok(app.ctx(&steward, slug).await, "ctx")?;
    let allowed = ok(ctx.require::<can::TakePart>(), "take part")?;
    let (thread, _) = ok(
        app.start_thread(
            &allowed,
            NewThreadInput {
                title: ok(ThreadTitle::parse("Everyone watches this"), "title")?,
                body: ok(PostBody::parse("Tell me when someone replies."), "body")?,
                visibility: Visibility::Network,
                gathering: None,
                session: None,
            },
        )
        .await,
        "thread",
    )?;
    let home = ok(
        communities::membership(app.store.conn(), c.id, steward.id).await,
        "membership",
    )?
    .ok_or("the steward is not a member")?
    .organization_id;
    let started = Instant::now();
    let tx = ok(app.store.write().await, "transaction")?;
    let mut ids = Vec::with_capacity(watchers);
    for i in 0..watchers {
        let p = ok(
            accounts::create(
                &tx,
                NewAccount {
                    email: &format!("w{i}@fanout.test"),
                    display_name: &format!("Watcher {i}"),
                    password_hash: None,
                    is_operator: false,
                    now,
                },
            )
            .await,
            "account",
        )?;
        ok(
            communities::add_membership(
                &tx,
                communities::NewMembership {
                    community_id: c.id,
                    account_id: p.id,
                    organization_id: home,
                    roles: RoleSet::member(),
                    invited_by: Some(steward.id),
                    invitation_id: None,
                    now,
                },
            )
            .await,
            "membership",
        )?;
        ok(
            threads::set_follow(&tx, thread.get(), p.id, Some(Follow::Watch)).await,
            "watch",
        )?;
        ok(
            notifications::set_mode(&tx, p.id, "reply", "now").await,
            "mode",
        )?;
        ids.push(p.id);
    }
    ok(tx.commit().await, "commit")?;
    let mut keys = Vec::with_capacity(sessions);
    for &p in ids.iter().take(sessions) {
        keys.push(ok(app.session_for(&system, p).await, "session")?);
    }
    let token = ok(
        app.create_api_token(&steward, &ok(TokenName::parse("bench"), "token name")?)
            .await,
        "token",
    )?;
    eprintln!(
        "seeded {watchers} watchers and {} sessions in {:.1} s",
        keys.len(),
        started.elapsed().as_secs_f64()
    );
    let seeded = Seeded {
        slug: slug.into(),
        thread: thread.get(),
        token,
        watchers: ids,
        sessions: keys,
    };
    let json = ok(serde_json::to_string(&seeded), "json")?;
    ok(std::fs::write(out, json), "write the seed")
}

/// One inbox stream: says when its first count came, then returns when a higher one came.
async fn stream(
    http: reqwest::Client,
    url: String,
    session: String,
    ready: tokio::sync::mpsc::Sender<()>,
) -> Result<Instant> {
    let mut res = ok(
        http.get(format!("{url}/inbox/live"))
            .header("cookie", format!("convene_session={session}"))
            .header("accept", "text/event-stream")
            .send()
            .await,
        "inbox stream",
    )?;
    if res.status() != reqwest::StatusCode::OK {
        return Err(format!("inbox stream: HTTP {}", res.status()));
    }
    let (mut buf, mut first) = (Vec::<u8>::new(), None::<u64>);
    loop {
        let Some(chunk) = ok(res.chunk().await, "inbox stream")? else {
            return Err("the server closed the stream".into());
        };
        buf.extend_from_slice(&chunk);
        while let Some(pos) = buf.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = buf.drain(..=pos).collect();
            let Some(n) = line
                .strip_prefix(b"data: ")
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| d.trim().parse::<u64>().ok())
            else {
                continue;
            };
            match first {
                None => {
                    first = Some(n);
                    let _ = ready.send(()).await;
                }
                Some(f) if n > f => return Ok(Instant::now()),
                Some(_) => {}
            }
        }
    }
}

/// What the SMTP server has received: (messages, unix time of the last one).
fn smtp_count(path: &str) -> (u64, f64) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut parts = text.split_whitespace();
    let n = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let at = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
    (n, at)
}

fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "?".into())
}

struct RunArgs<'a> {
    url: &'a str,
    database_url: &'a str,
    seed: &'a str,
    streams: usize,
    smtp: &'a str,
    db: &'a str,
    max: Duration,
}

async fn run(a: RunArgs<'_>) -> Result<()> {
    let text = ok(std::fs::read_to_string(a.seed), "read the seed")?;
    let seeded: Seeded = ok(serde_json::from_str(&text), "the seed")?;
    let store = ok(Store::connect(a.database_url).await, "database")?;
    let db = store.conn();
    let url = a.url.trim_end_matches('/').to_owned();
    let probe = *seeded.watchers.last().ok_or("no watchers")?;
    let newest = |rows: Vec<Notification>| rows.first().map(|n| n.event_id);
    let before = newest(ok(notifications::inbox(db, probe, 1).await, "inbox")?);
    let (mail_before, _) = smtp_count(a.smtp);
    let deadline = Instant::now() + a.max;
    let http = ok(
        reqwest::Client::builder().tcp_nodelay(true).build(),
        "client",
    )?;

    let n = a.streams.min(seeded.sessions.len());
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel(n.max(1));
    let mut tasks = Vec::with_capacity(n);
    for s in seeded.sessions.iter().take(n) {
        tasks.push(tokio::spawn(stream(
            http.clone(),
            url.clone(),
            s.clone(),
            ready_tx.clone(),
        )));
    }
    drop(ready_tx);
    for _ in 0..n {
        tokio::time::timeout_at(deadline.into(), ready_rx.recv())
            .await
            .map_err(|_| "the streams did not open in time")?
            .ok_or("a stream failed before its first count")?;
    }

    let body = serde_json::json!({ "body": "A reply that every watcher hears of." }).to_string();
    let t0 = Instant::now();
    let res = ok(
        http.post(format!(
            "{url}/api/v1/communities/{}/threads/{}/replies",
            seeded.slug, seeded.thread
        ))
        .header("origin", &url)
        .header("authorization", format!("Bearer {}", seeded.token))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await,
        "reply",
    )?;
    let status = res.status();
    let answer = ok(res.text().await, "reply")?;
    let api_ms = t0.elapsed().as_secs_f64() * 1e3;
    if status != reqwest::StatusCode::CREATED {
        return Err(format!("reply: HTTP {status}: {answer}"));
    }

    // The inbox rows: the fan-out commits them together, so one watcher's row marks all.
    let (event, rows_s, rows_unix) = loop {
        let now = newest(ok(notifications::inbox(db, probe, 1).await, "inbox")?);
        if now != before
            && let Some(e) = now
        {
            break (e, t0.elapsed().as_secs_f64(), unix_now());
        }
        if Instant::now() > deadline {
            return Err("the inbox rows were not written within the time limit".into());
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    };

    let mut live = Vec::with_capacity(n);
    let mut failed = 0;
    for t in tasks {
        match tokio::time::timeout_at(deadline.into(), t).await {
            Ok(Ok(Ok(at))) => live.push(at.duration_since(t0).as_secs_f64() * 1e3),
            _ => failed += 1,
        }
    }
    live.sort_by(f64::total_cmp);

    let want = seeded.watchers.len() as u64;
    let (mut got, mut last) = smtp_count(a.smtp);
    while got < mail_before + want && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
        (got, last) = smtp_count(a.smtp);
    }
    let mails = got.saturating_sub(mail_before);
    let drain = last - rows_unix;
    let rate = if drain > 0.0 {
        mails as f64 / drain
    } else {
        f64::NAN
    };

    let mut with_row = 0;
    for &p in &seeded.watchers {
        let rows = ok(notifications::inbox(db, p, 1).await, "inbox")?;
        with_row += usize::from(rows.first().is_some_and(|r| r.event_id == event));
    }
    println!(
        "| {} | {} | {} | {:.0} | {:.2} | {with_row} | {}/{n} | {:.0} / {:.0} | {mails} | {:.1} | {:.0} | {} |",
        a.db,
        seeded.watchers.len(),
        n,
        api_ms,
        rows_s,
        live.len(),
        percentile(&live, 50.0),
        percentile(&live, 99.0),
        drain,
        rate,
        loadavg(),
    );
    if failed > 0 {
        eprintln!("{failed} streams did not see the reply in time");
    }
    Ok(())
}

/// `--name value` pairs after the step.
fn flags(args: &[String]) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    for pair in args.chunks(2) {
        match pair {
            [k, v] if k.starts_with("--") => {
                out.insert(k.trim_start_matches("--").to_owned(), v.clone());
            }
            _ => return Err(format!("expected --name value, got {pair:?}")),
        }
    }
    Ok(out)
}

fn flag<T: std::str::FromStr>(f: &HashMap<String, String>, name: &str) -> Result<T> {
    f.get(name)
        .ok_or_else(|| format!("--{name} is needed"))?
        .parse()
        .map_err(|_| format!("--{name} is not valid"))
}

const USAGE: &str = "fanout_bench seed --database-url URL --watchers N --sessions N --out FILE\n\
    fanout_bench run --url URL --database-url URL --seed FILE --streams N --smtp-count FILE \
    --db LABEL --max-secs S";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let done = match (
        args.first().map(String::as_str),
        flags(args.get(1..).unwrap_or(&[])),
    ) {
        (Some("seed"), Ok(f)) => match (
            flag::<String>(&f, "database-url"),
            flag::<usize>(&f, "watchers"),
            flag::<usize>(&f, "sessions"),
            flag::<String>(&f, "out"),
        ) {
            (Ok(d), Ok(w), Ok(s), Ok(o)) => seed(&d, w, s, &o).await,
            _ => Err(USAGE.into()),
        },
        (Some("run"), Ok(f)) => {
            let get = |n: &str| flag::<String>(&f, n);
            match (
                get("url"),
                get("database-url"),
                get("seed"),
                flag::<usize>(&f, "streams"),
                get("smtp-count"),
                get("db"),
                flag::<u64>(&f, "max-secs"),
            ) {
                (Ok(url), Ok(d), Ok(seed), Ok(streams), Ok(smtp), Ok(db), Ok(max)) => {
                    run(RunArgs {
                        url: &url,
                        database_url: &d,
                        seed: &seed,
                        streams,
                        smtp: &smtp,
                        db: &db,
                        max: Duration::from_secs(max),
                    })
                    .await
                }
                _ => Err(USAGE.into()),
            }
        }
        (_, Err(e)) => Err(format!("{e}\n{USAGE}")),
        _ => Err(USAGE.into()),
    };
    match done {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fanout_bench: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
