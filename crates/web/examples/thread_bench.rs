//! bench/thread (run by bench/thread/run.sh, never by tests): the server time of a thread
//! page with `--replies` replies, paged, on SQLite or PostgreSQL.
//!
//! A fresh database (SQLite file under `--dir`; PostgreSQL schema `threadbench`) with one
//! community, ten members and one network thread; the replies are written through the
//! use-case (`App::reply`), every 10th edited once (a revision history), every 50th hidden.
//! Then `--requests` GETs of the page through the whole router in-process (session cookie,
//! middleware, use-case, template, body), a third each: from a random reply (`?at=`, what
//! links to a reply use), after a random reply (`?after=`, the next page) and the reader's
//! first unread page (no parameter; the reader reads on as they page). Prints one JSON line.

use axum::body::Body;
use axum::http::Request;
use convene_app::community::NewCommunityForm;
use convene_app::store::{Store, accounts, communities};
use convene_app::{App, Clock, Settings, can};
use convene_domain::content::{ContentKind, ContentRef, ContentState};
use convene_domain::text::{CommunityName, OrgName, PostBody, Purpose, Slug, ThreadTitle};
use convene_domain::{Role, RoleSet};
use convene_web::WebConfig;
use http_body_util::BodyExt;
use std::error::Error;
use std::time::Instant;
use tower::ServiceExt;

type Res<T> = std::result::Result<T, Box<dyn Error>>;

struct Args {
    db: String,
    pg: String,
    dir: std::path::PathBuf,
    replies: usize,
    requests: usize,
}

fn args() -> Res<Args> {
    let mut a = Args {
        db: "sqlite".into(),
        pg: std::env::var("CONVENE_TEST_POSTGRES_URL").unwrap_or_default(),
        dir: std::env::temp_dir().join("convene-thread-bench"),
        replies: 1_000,
        requests: 3_000,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let v = it.next().ok_or(format!("{k} needs a value"))?;
        match k.as_str() {
            "--db" => a.db = v,
            "--pg" => a.pg = v,
            "--dir" => a.dir = v.into(),
            "--replies" => a.replies = v.parse()?,
            "--requests" => a.requests = v.parse()?,
            _ => return Err(format!("unknown option {k}").into()),
        }
    }
    Ok(a)
}

async fn store(a: &Args) -> Res<Store> {
    if a.db == "postgres" {
        if a.pg.is_empty() {
            return Err("--pg URL or CONVENE_TEST_POSTGRES_URL is needed".into());
        }
        let admin = Store::connect(&a.pg).await?;
        for sql in [
            "DROP SCHEMA IF EXISTS threadbench CASCADE",
            "CREATE SCHEMA threadbench",
        ] {
            convene_store::store_db::ConnectionTrait::execute_unprepared(admin.conn(), sql).await?;
        }
        Ok(Store::connect_with(&a.pg, Some("threadbench".into())).await?)
    } else {
        std::fs::create_dir_all(&a.dir)?;
        let file = a.dir.join("thread.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
        Ok(Store::connect(&format!("sqlite://{}?mode=rwc", file.display())).await?)
    }
}

/// splitmix64, seeded: the same requests every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() -> Res<()> {
    let a = args()?;
    let store = store(&a).await?;
    store.migrate().await?;
    let (app, system) = App::new(store, Clock::System, Settings::default());
    let router = convene_web::router(
        app.clone(),
        WebConfig {
            public_url: "http://127.0.0.1".into(),
            ..WebConfig::default()
        },
    );
    let db = app.store.conn();
    let mut people = Vec::new();
    for i in 0..10 {
        people.push(
            accounts::create(
                db,
                accounts::NewAccount {
                    email: &format!("p{i}@bench.invalid"),
                    display_name: &format!("Person {i}"),
                    password_hash: None,
                    is_operator: i == 0,
                    now: app.now(),
                },
            )
            .await?,
        );
    }
    let c = app
        .create_community(
            &people[0],
            &NewCommunityForm {
                name: CommunityName::parse("Thread bench")?,
                slug: Slug::parse("bench")?,
                purpose: Purpose::parse("To measure.")?,
                open: false,
                home_organization: OrgName::parse("Home")?,
            },
        )
        .await?;
    let home = communities::membership(db, c.id, people[0].id)
        .await?
        .ok_or("steward")?
        .organization_id;
    for p in &people[1..] {
        communities::add_membership(
            db,
            communities::NewMembership {
                community_id: c.id,
                account_id: p.id,
                organization_id: home,
                roles: RoleSet::only(Role::Member),
                invited_by: Some(people[0].id),
                invitation_id: None,
                now: app.now(),
            },
        )
        .await?;
    }
    let mut writers = Vec::new();
    for p in &people[1..9] {
        writers.push(app.ctx(p, "bench").await?.require::<can::TakePart>()?);
    }
    let (tid, _) = app
        .start_thread(
            &writers[0],
            convene_app::thread::NewThreadInput {
                title: ThreadTitle::parse("A long conversation")?,
                body: PostBody::parse("Where do we start? **Everywhere.**")?,
                visibility: convene_domain::content::Visibility::Network,
                gathering: None,
                session: None,
            },
        )
        .await?;
    let start = Instant::now();
    let mut ids = Vec::new();
    for i in 0..a.replies {
        let text = format!(
            "Reply {i}: a paragraph with *some* Markdown, a [link](https://example.org/{i}) \
             and a list:\n\n- one point\n- another point\n\nAnd a closing sentence."
        );
        let w = &writers[i % writers.len()];
        let (r, _) = app.reply(w, tid, &PostBody::parse(&text)?).await?;
        ids.push(r.get());
        if i % 10 == 3 {
            app.edit_post(
                w,
                tid,
                Some(r),
                None,
                &PostBody::parse(&format!("{text} (edited)"))?,
                1,
            )
            .await?;
        }
        if i % 50 == 7 {
            convene_store::contents::set_state(
                db,
                ContentRef::new(ContentKind::Reply, r.get()),
                &ContentState::Hidden {
                    reason: "bench".into(),
                },
            )
            .await?;
        }
    }
    let write_s = start.elapsed().as_secs_f64();
    let reader = people[9].clone();
    let session = app.session_for(&system, reader.id).await?;
    let cookie = format!("convene_session={session}");
    let (lo, hi) = (ids[0], ids[ids.len() - 1] + 1);

    let mut rng = Rng(0x7472_6561_6400_0012);
    let mut times: [Vec<f64>; 3] = Default::default();
    let mut bytes = 0usize;
    let warm = a.requests / 10;
    for n in 0..(warm + a.requests) {
        let kind = n % 3;
        let r = lo + rng.below((hi - lo) as usize) as i32;
        let path = match kind {
            0 => format!("/c/bench/threads/{tid}?at={r}"),
            1 => format!("/c/bench/threads/{tid}?after={r}"),
            _ => format!("/c/bench/threads/{tid}"),
        };
        let req = Request::get(&path)
            .header("cookie", &cookie)
            .body(Body::empty())?;
        let t0 = Instant::now();
        let res = router.clone().oneshot(req).await?;
        let status = res.status();
        let body = res.into_body().collect().await?.to_bytes();
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        if !status.is_success() {
            return Err(format!("{path}: {status}").into());
        }
        if n >= warm {
            times[kind].push(ms);
            bytes = bytes.max(body.len());
        }
    }
    let mut all: Vec<f64> = times.iter().flatten().copied().collect();
    all.sort_by(f64::total_cmp);
    for t in &mut times {
        t.sort_by(f64::total_cmp);
    }
    println!(
        "{{\"engine\":\"{}\",\"replies\":{},\"requests\":{},\"write_s\":{write_s:.1},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"max_ms\":{:.2},\"p99_at_ms\":{:.2},\"p99_after_ms\":{:.2},\"p99_unread_ms\":{:.2},\"page_kb\":{:.0}}}",
        a.db,
        a.replies,
        all.len(),
        pct(&all, 0.5),
        pct(&all, 0.99),
        pct(&all, 1.0),
        pct(&times[0], 0.99),
        pct(&times[1], 0.99),
        pct(&times[2], 0.99),
        bytes as f64 / 1024.0,
    );
    Ok(())
}
