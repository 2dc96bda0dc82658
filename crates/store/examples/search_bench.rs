//! bench/search (run by bench/search/run.sh, never by tests): `store::search` over a generated
//! corpus, read filter included, on SQLite or PostgreSQL.
//!
//! The corpus is deterministic (seeded): `--posts` posts spread over `--communities`
//! communities (3 organizations and 10 authors each), words drawn by Zipf's law from a
//! 30,000-word vocabulary, visibility mixed (25 % public, 35 % network, 32 % organization,
//! 8 % private with two named readers; 3 % hidden, 2 % removed); a quarter threads, the rest
//! replies to an earlier thread of their community (found only by who may read it). Queries are drawn from the
//! corpus's own posts: one, two or three of a post's words, or two of its words as a quoted
//! phrase, asked by a reader cycling through signed out, outsider, member, guest and steward.
//!
//! The database is kept under `--dir` (SQLite file; PostgreSQL schema `searchbench_<posts>`)
//! and reused when complete, so only the first run builds it. The index is built through
//! `search::index(db).put`, the adapter's own code, in transactions of 1,000 (the job runner
//! adds reading the content and its job row). Writes `corpus.tsv` and `queries.tsv` for the
//! tantivy reference, and prints one JSON line.

use convene_domain::content::{ContentKind, Reader};
use convene_domain::ids::{AccountId, CommunityId, ContentId, OrganizationId};
use convene_domain::search::SearchQuery;
use convene_domain::{Role, RoleSet};
use convene_store::Store;
use convene_store::search::{self, Search, SearchDoc};
use sea_orm::ConnectionTrait;
use std::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

type Res<T> = std::result::Result<T, Box<dyn Error>>;

const SEED: u64 = 0x5eed_0012;
const VOCABULARY: usize = 30_000;
const ORGS: i32 = 3;
const AUTHORS: i32 = 10;
const SYLLABLES: [&str; 40] = [
    "ka", "lo", "mi", "ne", "su", "ra", "to", "vi", "de", "po", "sa", "ti", "mu", "le", "ko", "ri",
    "na", "fe", "go", "hu", "ba", "ce", "di", "fo", "ga", "he", "ji", "ku", "lu", "ma", "no", "pe",
    "qui", "ro", "se", "tu", "va", "we", "xi", "zo",
];

struct Rng(u64);

impl Rng {
    fn new(a: u64, b: u64) -> Self {
        let mut r = Rng(SEED ^ a.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ b.rotate_left(32));
        r.next();
        r
    }
    /// splitmix64.
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

struct Corpus {
    words: Vec<String>,
    /// Cumulative Zipf weights (exponent 1).
    cumulative: Vec<f64>,
    posts: u64,
    communities: u64,
}

struct Post {
    id: i32,
    community: i32,
    kind: &'static str,
    /// A reply's thread: an earlier thread of the same community.
    parent: Option<i32>,
    author: i32,
    state: &'static str,
    visibility: &'static str,
    organization: Option<i32>,
    readers: Vec<i32>,
    title: Vec<usize>,
    body: Vec<usize>,
    at: i64,
}

impl Corpus {
    fn new(posts: u64, communities: u64) -> Self {
        let words = (0..VOCABULARY)
            .map(|i| {
                let mut n = i + SYLLABLES.len() * SYLLABLES.len();
                let mut w = String::new();
                while n > 0 {
                    w.push_str(SYLLABLES[n % SYLLABLES.len()]);
                    n /= SYLLABLES.len();
                }
                w
            })
            .collect();
        let mut total = 0.0;
        let cumulative = (1..=VOCABULARY)
            .map(|r| {
                total += 1.0 / r as f64;
                total
            })
            .collect();
        Corpus {
            words,
            cumulative,
            posts,
            communities,
        }
    }

    fn word(&self, rng: &mut Rng) -> usize {
        let top = self.cumulative[VOCABULARY - 1];
        let x = rng.unit() * top;
        self.cumulative
            .partition_point(|c| *c < x)
            .min(VOCABULARY - 1)
    }

    fn text(&self, w: &[usize]) -> String {
        let mut s = String::new();
        for (i, x) in w.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(&self.words[*x]);
        }
        s
    }

    /// Post `i` (0-based), the same every run. A reply belongs to the nearest earlier thread of
    /// its community (a reply with none within 8 posts of it is a thread itself).
    fn post(&self, i: u64) -> Post {
        let mut p = self.base(i);
        if p.kind == "reply" {
            p.parent = (1..=8u64)
                .filter_map(|k| i.checked_sub(k * self.communities))
                .find(|j| self.base(*j).kind == "thread")
                .map(|j| j as i32 + 1);
            if p.parent.is_none() {
                p.kind = "thread";
            }
        }
        p
    }

    fn base(&self, i: u64) -> Post {
        let mut r = Rng::new(i, 1);
        let community = (i % self.communities) as i32 + 1;
        let base = (community - 1) * AUTHORS;
        let author_k = r.below(AUTHORS as u64) as i32;
        let title_len = 4 + r.below(6) as usize;
        let body_len = 20 + r.below(41) as usize;
        let title = (0..title_len).map(|_| self.word(&mut r)).collect();
        let body = (0..body_len).map(|_| self.word(&mut r)).collect();
        let v = r.unit();
        let (visibility, organization, readers) = if v < 0.25 {
            ("public", None, Vec::new())
        } else if v < 0.60 {
            ("network", None, Vec::new())
        } else if v < 0.92 {
            let org = (community - 1) * ORGS + author_k % ORGS + 1;
            ("organization", Some(org), Vec::new())
        } else {
            let a = base + r.below(AUTHORS as u64) as i32 + 1;
            let b = base + (a - base) % AUTHORS + 1;
            ("private", None, vec![a, b])
        };
        let s = r.unit();
        let state = if s < 0.03 {
            "hidden"
        } else if s < 0.05 {
            "removed"
        } else {
            "visible"
        };
        Post {
            id: i as i32 + 1,
            community,
            kind: if r.below(4) == 0 { "thread" } else { "reply" },
            parent: None,
            author: base + author_k + 1,
            state,
            visibility,
            organization,
            readers,
            title,
            body,
            at: 1_700_000_000 + i as i64 * 30,
        }
    }
}

/// The reader of query `q` in `community`.
fn reader(q: usize, community: i32, communities: i32) -> Reader {
    let base = (community - 1) * AUTHORS;
    let account = AccountId(base + (q as i32 % AUTHORS) + 1);
    let organization = OrganizationId((community - 1) * ORGS + (q as i32 % AUTHORS) % ORGS + 1);
    let member = |roles| Reader::Member {
        account,
        community: CommunityId(community),
        organization,
        roles,
    };
    match q % 5 {
        0 => Reader::Anonymous,
        1 => Reader::Outsider(AccountId(
            (community % communities) * AUTHORS + (q as i32 % AUTHORS) + 1,
        )),
        2 => member(RoleSet::member()),
        3 => member(RoleSet::guest()),
        _ => member(RoleSet::only(Role::Steward)),
    }
}

const QUERY_KINDS: [&str; 4] = ["1 word", "2 words", "3 words", "phrase"];

/// Query `q` (its kind is `q % 4`) in a random community, from one of that community's posts.
fn query(c: &Corpus, q: usize) -> (i32, String) {
    let mut r = Rng::new(q as u64, 2);
    let community = r.below(c.communities) as i32 + 1;
    let per = c.posts / c.communities;
    let post = c.post(u64::from(community as u32 - 1) + c.communities * r.below(per.max(1)));
    let body = &post.body;
    let mut pick = || c.words[body[r.below(body.len() as u64) as usize]].clone();
    let text = match q % 4 {
        0 => pick(),
        1 => format!("{} {}", pick(), pick()),
        2 => format!("{} {} {}", pick(), pick(), pick()),
        _ => {
            let at = r.below(body.len() as u64 - 1) as usize;
            format!("\"{}\"", c.text(&body[at..at + 2]))
        }
    };
    (community, text)
}

struct Args {
    db: String,
    posts: u64,
    communities: u64,
    queries: usize,
    dir: PathBuf,
    pg: String,
}

fn args() -> Res<Args> {
    let mut a = Args {
        db: "sqlite".into(),
        posts: 100_000,
        communities: 1_000,
        queries: 2_000,
        dir: std::env::temp_dir().join("convene-search-bench"),
        pg: std::env::var("CONVENE_TEST_POSTGRES_URL").unwrap_or_default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let v = it.next().ok_or(format!("{k} needs a value"))?;
        match k.as_str() {
            "--db" => a.db = v,
            "--posts" => a.posts = v.parse()?,
            "--communities" => a.communities = v.parse()?,
            "--queries" => a.queries = v.parse()?,
            "--dir" => a.dir = v.into(),
            "--pg" => a.pg = v,
            _ => return Err(format!("unknown option {k}").into()),
        }
    }
    Ok(a)
}

async fn exec(db: &impl ConnectionTrait, sql: &str) -> Res<()> {
    db.execute_unprepared(sql).await?;
    Ok(())
}

/// Rows in multi-row INSERTs of 500 (the words are letters only, so literals need no escaping).
async fn insert_rows(
    db: &impl ConnectionTrait,
    head: &str,
    rows: impl Iterator<Item = String>,
) -> Res<()> {
    let mut batch = Vec::with_capacity(500);
    for row in rows {
        batch.push(row);
        if batch.len() == 500 {
            exec(db, &format!("{head} VALUES {}", batch.join(","))).await?;
            batch.clear();
        }
    }
    if !batch.is_empty() {
        exec(db, &format!("{head} VALUES {}", batch.join(","))).await?;
    }
    Ok(())
}

async fn load(store: &Store, c: &Corpus, pg: bool) -> Res<f64> {
    let db = store.conn();
    let communities = c.communities as i32;
    let tx = store.write().await?;
    insert_rows(
        &tx,
        "INSERT INTO communities (id, slug, name, purpose, open, created_at)",
        (1..=communities).map(|i| format!("({i}, 'c{i}', 'Community {i}', '', false, 0)")),
    )
    .await?;
    insert_rows(
        &tx,
        "INSERT INTO organizations (id, community_id, name, is_home)",
        (1..=communities * ORGS).map(|i| {
            format!(
                "({i}, {}, 'Org {i}', {})",
                (i - 1) / ORGS + 1,
                i % ORGS == 1
            )
        }),
    )
    .await?;
    insert_rows(
        &tx,
        "INSERT INTO accounts (id, email, display_name, is_operator, created_at)",
        (1..=communities * AUTHORS)
            .map(|i| format!("({i}, 'a{i}@bench.invalid', 'Author {i}', false, 0)")),
    )
    .await?;
    tx.commit().await?;
    let chunk = 20_000u64;
    let mut i = 0;
    while i < c.posts {
        let end = (i + chunk).min(c.posts);
        let posts: Vec<Post> = (i..end).map(|n| c.post(n)).collect();
        let tx = store.write().await?;
        insert_rows(
            &tx,
            "INSERT INTO contents (id, community_id, kind, owner_id, author_id, state, \
             state_reason, visibility, organization_id, body, version, created_at, updated_at)",
            posts.iter().map(|p| {
                format!(
                    "({}, {}, '{}', {}, {}, '{}', '', '{}', {}, '{}', 1, {}, {})",
                    p.id,
                    p.community,
                    p.kind,
                    p.id,
                    p.author,
                    p.state,
                    p.visibility,
                    p.organization.map_or("NULL".into(), |o| o.to_string()),
                    c.text(&p.body),
                    p.at,
                    p.at
                )
            }),
        )
        .await?;
        insert_rows(
            &tx,
            "INSERT INTO content_readers (content_id, account_id)",
            posts
                .iter()
                .flat_map(|p| p.readers.iter().map(move |a| format!("({}, {a})", p.id))),
        )
        .await?;
        tx.commit().await?;
        i = end;
    }
    // Index build, timed: the adapter's own `put`, 1,000 documents a transaction.
    let index = search::index(db);
    let start = Instant::now();
    let mut i = 0;
    while i < c.posts {
        let end = (i + 1_000).min(c.posts);
        let tx = store.write().await?;
        for n in i..end {
            let p = c.post(n);
            if p.state == "removed" {
                continue;
            }
            let doc = SearchDoc {
                content: ContentId(p.id),
                community: CommunityId(p.community),
                kind: ContentKind::parse(p.kind).ok_or("kind")?,
                title: c.text(&p.title),
                body: c.text(&p.body),
                gathering: None,
                parent: p.parent,
                author: Some(AccountId(p.author)),
                at: p.at,
            };
            index.put(&tx, &doc).await?;
        }
        tx.commit().await?;
        i = end;
        if i % 100_000 == 0 {
            eprintln!("indexed {i} in {:.0} s", start.elapsed().as_secs_f64());
        }
    }
    let rate = c.posts as f64 / start.elapsed().as_secs_f64();
    // Statistics, as autovacuum (PostgreSQL) or `PRAGMA optimize` (SQLite) would gather them.
    exec(
        db,
        if pg {
            "ANALYZE"
        } else {
            "PRAGMA optimize=0x10002"
        },
    )
    .await?;
    Ok(rate)
}

fn write_reference(c: &Corpus, dir: &Path, queries: &[(i32, String)]) -> Res<()> {
    let path = dir.join("corpus.tsv");
    if !path.exists() {
        let tmp = dir.join("corpus.tsv.part");
        let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        for n in 0..c.posts {
            let p = c.post(n);
            if p.state != "removed" {
                writeln!(
                    f,
                    "{}\tc{}\t{}\t{}",
                    p.id,
                    p.community,
                    c.text(&p.title),
                    c.text(&p.body)
                )?;
            }
        }
        f.flush()?;
        std::fs::rename(tmp, path)?;
    }
    let mut f = std::fs::File::create(dir.join("queries.tsv"))?;
    for (community, text) in queries {
        writeln!(f, "c{community}\t{text}")?;
    }
    Ok(())
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Each query's time (by query kind) through the adapter's `search`, and the matches counted.
async fn measure(
    store: &Store,
    queries: &[(i32, String)],
    communities: i32,
) -> Res<(Vec<(usize, f64)>, u64)> {
    let db = store.conn();
    let index = search::index(db);
    let mut times = Vec::new();
    let mut totals = 0u64;
    for (q, (community, text)) in queries.iter().enumerate() {
        let who = reader(q, *community, communities);
        let parsed = SearchQuery::parse(text);
        let s = Search {
            community: CommunityId(*community),
            reader: &who,
            query: &parsed,
            kind: None,
            gathering: None,
            author: None,
            from: None,
            until: None,
            limit: 20,
            offset: 0,
        };
        let t0 = Instant::now();
        let hits = index.search(db, &s).await?;
        times.push((q % 4, t0.elapsed().as_secs_f64() * 1000.0));
        totals += hits.total;
    }
    Ok((times, totals))
}

#[tokio::main]
async fn main() -> Res<()> {
    let a = args()?;
    let c = Corpus::new(a.posts, a.communities);
    let dir = a.dir.join(a.posts.to_string());
    std::fs::create_dir_all(&dir)?;
    let pg = a.db == "postgres";
    let done = dir.join(format!("{}.done", a.db));
    let store = if pg {
        if a.pg.is_empty() {
            return Err("--pg URL or CONVENE_TEST_POSTGRES_URL is needed".into());
        }
        let schema = format!("searchbench_{}", a.posts);
        let admin = Store::connect(&a.pg).await?;
        if !done.exists() {
            exec(
                admin.conn(),
                &format!("DROP SCHEMA IF EXISTS {schema} CASCADE"),
            )
            .await?;
        }
        exec(
            admin.conn(),
            &format!("CREATE SCHEMA IF NOT EXISTS {schema}"),
        )
        .await?;
        Store::connect_with(&a.pg, Some(schema)).await?
    } else {
        let file = dir.join("sqlite.db");
        if !done.exists() {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
            }
        }
        Store::connect(&format!("sqlite://{}?mode=rwc", file.display())).await?
    };
    store.migrate().await?;
    let rate = if done.exists() {
        std::fs::read_to_string(&done)?.trim().parse()?
    } else {
        let rate = load(&store, &c, pg).await?;
        std::fs::write(&done, rate.to_string())?;
        rate
    };
    let queries: Vec<(i32, String)> = (0..a.queries).map(|q| query(&c, q)).collect();
    write_reference(&c, &dir, &queries)?;

    let communities = a.communities as i32;
    measure(&store, &queries[..queries.len().min(200)], communities).await?;
    let (times, totals) = measure(&store, &queries, communities).await?;
    let mut all: Vec<f64> = times.iter().map(|t| t.1).collect();
    all.sort_by(f64::total_cmp);
    let mut by_kind = String::new();
    for (k, name) in QUERY_KINDS.iter().enumerate() {
        let mut t: Vec<f64> = times.iter().filter(|x| x.0 == k).map(|x| x.1).collect();
        t.sort_by(f64::total_cmp);
        by_kind.push_str(&format!(
            ",\"p99_{}_ms\":{:.3}",
            name.replace(' ', "_"),
            pct(&t, 0.99)
        ));
    }
    println!(
        "{{\"engine\":\"{}\",\"docs\":{},\"docs_per_s\":{rate:.0},\"queries\":{},\"p50_ms\":{:.3},\"p99_ms\":{:.3},\"max_ms\":{:.3},\"matches\":{totals}{by_kind}}}",
        a.db,
        a.posts,
        all.len(),
        pct(&all, 0.5),
        pct(&all, 0.99),
        pct(&all, 1.0),
    );
    Ok(())
}
