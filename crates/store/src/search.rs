//! The search index: one port ([`SearchIndex`]) with an adapter per database, SQLite FTS5
//! ([`Fts5`], ranked by bm25) and PostgreSQL full-text search ([`PgFullText`]: a `tsvector`
//! with a GIN index, `websearch_to_tsquery`, `ts_rank`). [`index`] picks the one for the
//! connection. Both index each word as its community's own term ([`scoped`]), so a query
//! reads only the postings of the community searched in. The index holds words, titles and what results filter on; who may read is
//! never copied into it: every query joins `contents` (state, visibility, organization) and
//! `content_readers` and applies [`read_filter`], the SQL form of
//! `convene_domain::content::may_read`, so totals, snippets and pages count only what the
//! reader may read, at the moment of the query.
//!
//! Every write to content (create, save, state, visibility; a session's title or withdrawal;
//! a thread's title) enqueues `search_index` for it in the same transaction ([`enqueue`]),
//! so each kind, also kinds added later, is (re)indexed by the job runner.

use crate::entity::{action, content, contribution, session, thread, thread_reply};
use crate::{Result, jobs};
use convene_domain::Role;
use convene_domain::content::{ContentKind, ContentRef, ContentState, Reader};
use convene_domain::ids::{AccountId, CommunityId, ContentId};
use convene_domain::search::{Part, SearchQuery, normalized, plain_text};
use sea_orm::sea_query::Value;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Statement,
};
use std::future::Future;

/// The job that (re)indexes one piece of content (subject: its id).
pub const JOB: &str = "search_index";
/// The job that indexes all content again (subject 0).
pub const REBUILD_JOB: &str = "search_rebuild";
/// Text kept per piece, in bytes of words (enough for any body the limits allow).
pub const MAX_TEXT_BYTES: usize = 200_000;

/// Asks for a piece of content to be (re)indexed, in the caller's transaction. Due at once
/// (run_after 0), whatever the caller's clock says.
pub async fn enqueue(db: &impl ConnectionTrait, id: ContentId) -> Result<()> {
    jobs::enqueue_due(db, JOB, id.get()).await
}

/// As [`enqueue`], for the content of `of` if there is any.
pub async fn enqueue_of(db: &impl ConnectionTrait, of: ContentRef) -> Result<()> {
    let row = content::Entity::find()
        .filter(content::Column::Kind.eq(of.kind.as_str()))
        .filter(content::Column::OwnerId.eq(of.id))
        .one(db)
        .await?;
    match row {
        Some(r) => enqueue(db, ContentId(r.id)).await,
        None => Ok(()),
    }
}

/// A session's title or withdrawal changes its description's and report's results.
pub async fn enqueue_session(db: &impl ConnectionTrait, session: i32) -> Result<()> {
    for kind in [ContentKind::Session, ContentKind::Report] {
        enqueue_of(db, ContentRef::new(kind, session)).await?;
    }
    Ok(())
}

/// A thread's title is also its replies' ("Re: …").
pub async fn enqueue_thread(db: &impl ConnectionTrait, thread: i32) -> Result<()> {
    enqueue_of(db, ContentRef::new(ContentKind::Thread, thread)).await?;
    let replies = thread_reply::Entity::find()
        .filter(thread_reply::Column::ThreadId.eq(thread))
        .all(db)
        .await?;
    for r in replies {
        enqueue_of(db, ContentRef::new(ContentKind::Reply, r.id)).await?;
    }
    Ok(())
}

/// One piece of content as the index keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDoc {
    pub content: ContentId,
    pub community: CommunityId,
    pub kind: ContentKind,
    pub title: String,
    pub body: String,
    pub gathering: Option<i32>,
    /// What a result links through: the thread of a reply.
    pub parent: Option<i32>,
    pub author: Option<AccountId>,
    pub at: i64,
}

/// What is searched, by whom, with which filters.
#[derive(Debug, Clone)]
pub struct Search<'a> {
    pub community: CommunityId,
    pub reader: &'a Reader,
    pub query: &'a SearchQuery,
    pub kind: Option<ContentKind>,
    pub gathering: Option<i32>,
    pub author: Option<AccountId>,
    /// Written at or after (Unix seconds).
    pub from: Option<i64>,
    /// Written before (Unix seconds).
    pub until: Option<i64>,
    pub limit: u32,
    pub offset: u32,
}

/// One result, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub content: ContentId,
    /// The kind's storage name (a kind this build does not know stays a name).
    pub kind: String,
    pub owner: i32,
    pub title: String,
    /// The current text (the snippet is cut from it).
    pub body: String,
    pub gathering: Option<i32>,
    pub parent: Option<i32>,
    pub author: Option<AccountId>,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hits {
    /// Every match the reader may read.
    pub total: u64,
    pub hits: Vec<Hit>,
}

/// The port: keep a piece in the index, drop it, search.
pub trait SearchIndex: Sync {
    fn put(
        &self,
        db: &impl ConnectionTrait,
        doc: &SearchDoc,
    ) -> impl Future<Output = Result<()>> + Send;
    fn remove(
        &self,
        db: &impl ConnectionTrait,
        content: ContentId,
    ) -> impl Future<Output = Result<()>> + Send;
    fn search(
        &self,
        db: &impl ConnectionTrait,
        q: &Search<'_>,
    ) -> impl Future<Output = Result<Hits>> + Send;
}

/// SQLite FTS5.
pub struct Fts5;
/// PostgreSQL full-text search.
pub struct PgFullText;

/// The adapter of the connection's database.
pub enum Index {
    Fts5(Fts5),
    Pg(PgFullText),
}

pub fn index(db: &impl ConnectionTrait) -> Index {
    match db.get_database_backend() {
        DbBackend::Postgres => Index::Pg(PgFullText),
        _ => Index::Fts5(Fts5),
    }
}

impl Index {
    pub async fn put(&self, db: &impl ConnectionTrait, doc: &SearchDoc) -> Result<()> {
        match self {
            Index::Fts5(i) => i.put(db, doc).await,
            Index::Pg(i) => i.put(db, doc).await,
        }
    }
    pub async fn remove(&self, db: &impl ConnectionTrait, content: ContentId) -> Result<()> {
        match self {
            Index::Fts5(i) => i.remove(db, content).await,
            Index::Pg(i) => i.remove(db, content).await,
        }
    }
    pub async fn search(&self, db: &impl ConnectionTrait, q: &Search<'_>) -> Result<Hits> {
        if q.query.is_empty() {
            return Ok(Hits::default());
        }
        match self {
            Index::Fts5(i) => i.search(db, q).await,
            Index::Pg(i) => i.search(db, q).await,
        }
    }
}

/// Every word of `text` as `{community}x{word}`: one term per community and word. A common
/// word is then a short posting list per community instead of one over every community, which
/// a query had to read whole (FTS5's bm25 counts each term's documents over the whole index;
/// PostgreSQL's GIN returns every post with the word before the community filter). Digits,
/// `x`, then the word: alphanumeric, so FTS5's tokenizer and PostgreSQL's parser each keep it
/// one token, and unambiguous, as the community part holds no `x`.
fn scoped(community: CommunityId, text: &str) -> String {
    let c = community.get();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for (i, w) in text.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format!("{c}x{w}"));
    }
    out
}

/// The query with every part quoted (as [`SearchQuery::quoted`]) and its words [`scoped`].
fn scoped_query(community: CommunityId, q: &SearchQuery) -> String {
    let mut out = String::new();
    for p in &q.parts {
        if !out.is_empty() {
            out.push(' ');
        }
        let words = match p {
            Part::Word(w) => scoped(community, w),
            Part::Phrase(ws) => scoped(community, &ws.join(" ")),
        };
        out.push('"');
        out.push_str(&words);
        out.push('"');
    }
    out
}

/// SQL text with parameters in the backend's style (`?` or `$n`).
pub(crate) struct Sql {
    backend: DbBackend,
    text: String,
    values: Vec<Value>,
}

impl Sql {
    pub(crate) fn new(backend: DbBackend) -> Self {
        Sql {
            backend,
            text: String::new(),
            values: Vec::new(),
        }
    }
    pub(crate) fn push(&mut self, s: &str) -> &mut Self {
        self.text.push_str(s);
        self
    }
    pub(crate) fn bind(&mut self, v: impl Into<Value>) -> &mut Self {
        self.values.push(v.into());
        if self.backend == DbBackend::Postgres {
            let n = self.values.len();
            self.text.push_str(&format!("${n}"));
        } else {
            self.text.push('?');
        }
        self
    }
    pub(crate) fn statement(&self) -> Statement {
        Statement::from_sql_and_values(self.backend, self.text.clone(), self.values.clone())
    }
}

/// `may_read` as SQL over `contents c` (and its named readers): removed content is read by
/// nobody; hidden content by its author and the community's stewards and curators; visible
/// content by its author, anyone when public, the community's members and guests when
/// network, one organization's members (not guests) when organization, the named people
/// when private. Checked against `may_read` over a matrix in the store tests.
pub(crate) fn read_filter(sql: &mut Sql, reader: &Reader) {
    read_filter_on(sql, reader, "c.state");
}

/// A thread deleted by its author is a tombstone its readers still open (its title and
/// replies stay), so for the thread of a reply "removed" reads as "visible".
pub(crate) const TOMBSTONE_STATE: &str =
    "(CASE WHEN c.state = 'removed' THEN 'visible' ELSE c.state END)";

/// [`read_filter`] with the state taken from `state` (an SQL expression over `c`).
pub(crate) fn read_filter_on(sql: &mut Sql, reader: &Reader, state: &str) {
    let st = state;
    match *reader {
        Reader::Anonymous => {
            sql.push(&format!("({st} = 'visible' AND c.visibility = 'public')"));
        }
        Reader::Outsider(a) => {
            sql.push(&format!("({st} <> 'removed' AND (c.author_id = "))
                .bind(a.get())
                .push(&format!(
                    " OR ({st} = 'visible' AND c.visibility = 'public')))"
                ));
        }
        Reader::Member {
            account,
            community,
            organization,
            roles,
        } => {
            sql.push(&format!("({st} <> 'removed' AND (c.author_id = "))
                .bind(account.get());
            if roles.contains(Role::Steward) || roles.contains(Role::Curator) {
                sql.push(&format!(" OR ({st} = 'hidden' AND c.community_id = "))
                    .bind(community.get())
                    .push(")");
            }
            sql.push(&format!(
                " OR ({st} = 'visible' AND (c.visibility = 'public' OR (c.community_id = "
            ))
            .bind(community.get())
            .push(" AND (c.visibility = 'network'");
            if !roles.is_guest() {
                sql.push(" OR (c.visibility = 'organization' AND c.organization_id = ")
                    .bind(organization.get())
                    .push(")");
            }
            sql.push(
                " OR (c.visibility = 'private' AND EXISTS (SELECT 1 FROM content_readers r \
                 WHERE r.content_id = c.id AND r.account_id = ",
            )
            .bind(account.get())
            .push("))))))))");
        }
    }
}

const COLUMNS: &str = "d.content_id, d.kind, d.title, d.gathering_id, d.parent_id, d.author_id, \
                       d.at, c.owner_id, c.body";

/// The filters both adapters share, after their match condition.
fn filters(sql: &mut Sql, q: &Search<'_>) {
    sql.push(" AND d.community_id = ").bind(q.community.get());
    if let Some(k) = q.kind {
        sql.push(" AND d.kind = ").bind(k.as_str());
    }
    if let Some(g) = q.gathering {
        sql.push(" AND d.gathering_id = ").bind(g);
    }
    if let Some(a) = q.author {
        sql.push(" AND d.author_id = ").bind(a.get());
    }
    if let Some(t) = q.from {
        sql.push(" AND d.at >= ").bind(t);
    }
    if let Some(t) = q.until {
        sql.push(" AND d.at < ").bind(t);
    }
    sql.push(" AND ");
    read_filter(sql, q.reader);
    // A reply is found only by those who may open its thread: nothing of a thread one may
    // not read (its title is the reply's "Re: …") shows through a reply that stays visible,
    // e.g. when the thread alone was hidden.
    sql.push(
        " AND (d.kind <> 'reply' OR EXISTS (SELECT 1 FROM contents c \
         WHERE c.kind = 'thread' AND c.owner_id = d.parent_id AND ",
    );
    read_filter_on(sql, q.reader, TOMBSTONE_STATE);
    sql.push("))");
}

async fn run(db: &impl ConnectionTrait, count: Sql, page: Sql) -> Result<Hits> {
    let total = db
        .query_one_raw(count.statement())
        .await?
        .map(|r| r.try_get_by_index::<i64>(0))
        .transpose()?
        .unwrap_or(0);
    let mut hits = Vec::new();
    for r in db.query_all_raw(page.statement()).await? {
        hits.push(Hit {
            content: ContentId(r.try_get_by_index(0)?),
            kind: r.try_get_by_index(1)?,
            title: r.try_get_by_index(2)?,
            gathering: r.try_get_by_index(3)?,
            parent: r.try_get_by_index(4)?,
            author: r.try_get_by_index::<Option<i32>>(5)?.map(AccountId),
            at: r.try_get_by_index(6)?,
            owner: r.try_get_by_index(7)?,
            body: r.try_get_by_index(8)?,
        });
    }
    Ok(Hits {
        total: u64::try_from(total).unwrap_or(0),
        hits,
    })
}

async fn exec(db: &impl ConnectionTrait, sql: &Sql) -> Result<()> {
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// The row of `search_docs` (both databases; PostgreSQL adds the `tsvector`).
fn upsert_doc(sql: &mut Sql, d: &SearchDoc, pg: bool) {
    sql.push(
        "INSERT INTO search_docs (content_id, community_id, kind, title, gathering_id, \
         parent_id, author_id, at",
    );
    sql.push(if pg { ", doc) VALUES (" } else { ") VALUES (" });
    sql.bind(d.content.get())
        .push(", ")
        .bind(d.community.get())
        .push(", ")
        .bind(d.kind.as_str())
        .push(", ")
        .bind(d.title.as_str())
        .push(", ")
        .bind(d.gathering)
        .push(", ")
        .bind(d.parent)
        .push(", ")
        .bind(d.author.map(AccountId::get))
        .push(", ")
        .bind(d.at);
    if pg {
        sql.push(", setweight(to_tsvector('simple', ")
            .bind(scoped(d.community, &normalized(&d.title, MAX_TEXT_BYTES)))
            .push("), 'A') || setweight(to_tsvector('simple', ")
            .bind(scoped(d.community, &normalized(&d.body, MAX_TEXT_BYTES)))
            .push("), 'B')");
    }
    sql.push(
        ") ON CONFLICT (content_id) DO UPDATE SET community_id = excluded.community_id, \
         kind = excluded.kind, title = excluded.title, gathering_id = excluded.gathering_id, \
         parent_id = excluded.parent_id, author_id = excluded.author_id, at = excluded.at",
    );
    if pg {
        sql.push(", doc = excluded.doc");
    }
}

impl SearchIndex for Fts5 {
    async fn put(&self, db: &impl ConnectionTrait, d: &SearchDoc) -> Result<()> {
        let b = DbBackend::Sqlite;
        self.remove(db, d.content).await?;
        let mut ins = Sql::new(b);
        ins.push("INSERT INTO search_fts (rowid, title, body) VALUES (")
            .bind(d.content.get())
            .push(", ")
            .bind(scoped(d.community, &normalized(&d.title, MAX_TEXT_BYTES)))
            .push(", ")
            .bind(scoped(d.community, &normalized(&d.body, MAX_TEXT_BYTES)))
            .push(")");
        exec(db, &ins).await?;
        let mut doc = Sql::new(b);
        upsert_doc(&mut doc, d, false);
        exec(db, &doc).await
    }

    async fn remove(&self, db: &impl ConnectionTrait, content: ContentId) -> Result<()> {
        for table in ["search_fts WHERE rowid", "search_docs WHERE content_id"] {
            let mut del = Sql::new(DbBackend::Sqlite);
            del.push(&format!("DELETE FROM {table} = "))
                .bind(content.get());
            exec(db, &del).await?;
        }
        Ok(())
    }

    async fn search(&self, db: &impl ConnectionTrait, q: &Search<'_>) -> Result<Hits> {
        // The words are the community's own terms, so FTS5 reads (and bm25 weighs) only that
        // community's postings; the FTS table drives the join (the plan starts from MATCH).
        let matching = scoped_query(q.community, q.query);
        let from = |sql: &mut Sql| {
            sql.push(
                " FROM search_fts JOIN search_docs d ON d.content_id = search_fts.rowid \
                 JOIN contents c ON c.id = d.content_id WHERE search_fts MATCH ",
            )
            .bind(matching.clone());
            filters(sql, q);
        };
        let mut count = Sql::new(DbBackend::Sqlite);
        count.push("SELECT COUNT(*)");
        from(&mut count);
        let mut page = Sql::new(DbBackend::Sqlite);
        page.push("SELECT ").push(COLUMNS);
        from(&mut page);
        page.push(" ORDER BY bm25(search_fts, 4.0, 1.0), d.content_id DESC LIMIT ")
            .bind(i64::from(q.limit))
            .push(" OFFSET ")
            .bind(i64::from(q.offset));
        run(db, count, page).await
    }
}

impl SearchIndex for PgFullText {
    async fn put(&self, db: &impl ConnectionTrait, d: &SearchDoc) -> Result<()> {
        let mut doc = Sql::new(DbBackend::Postgres);
        upsert_doc(&mut doc, d, true);
        exec(db, &doc).await
    }

    async fn remove(&self, db: &impl ConnectionTrait, content: ContentId) -> Result<()> {
        let mut del = Sql::new(DbBackend::Postgres);
        del.push("DELETE FROM search_docs WHERE content_id = ")
            .bind(content.get());
        exec(db, &del).await
    }

    async fn search(&self, db: &impl ConnectionTrait, q: &Search<'_>) -> Result<Hits> {
        let text = scoped_query(q.community, q.query);
        let from = |sql: &mut Sql| {
            sql.push(
                " FROM search_docs d JOIN contents c ON c.id = d.content_id \
                 WHERE d.doc @@ websearch_to_tsquery('simple', ",
            )
            .bind(text.clone())
            .push(")");
            filters(sql, q);
        };
        let mut count = Sql::new(DbBackend::Postgres);
        count.push("SELECT COUNT(*)");
        from(&mut count);
        let mut page = Sql::new(DbBackend::Postgres);
        page.push("SELECT ").push(COLUMNS);
        from(&mut page);
        page.push(" ORDER BY ts_rank(d.doc, websearch_to_tsquery('simple', ")
            .bind(text.clone())
            .push(")) DESC, d.content_id DESC LIMIT ")
            .bind(i64::from(q.limit))
            .push(" OFFSET ")
            .bind(i64::from(q.offset));
        run(db, count, page).await
    }
}

/// What the index keeps for a piece of content: its title and place by kind. `None` when
/// it should not be found at all (removed, or a withdrawn session).
pub async fn describe(
    db: &impl ConnectionTrait,
    c: &crate::contents::Content,
) -> Result<Option<SearchDoc>> {
    if c.state == ContentState::Removed {
        return Ok(None);
    }
    let first_line = || {
        let line = c.body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        plain_text(line).chars().take(120).collect::<String>()
    };
    let mut gathering = None;
    let mut parent = None;
    #[allow(
        unreachable_patterns,
        reason = "kinds added later are found by their first line"
    )]
    let title = match c.of.kind {
        ContentKind::Session | ContentKind::Report => {
            let Some(s) = session::Entity::find_by_id(c.of.id).one(db).await? else {
                return Ok(None);
            };
            if s.withdrawn_at.is_some() {
                return Ok(None);
            }
            gathering = Some(s.gathering_id);
            if c.of.kind == ContentKind::Report {
                format!("Report: {}", s.title)
            } else {
                s.title
            }
        }
        ContentKind::Action => {
            if let Some(a) = action::Entity::find_by_id(c.of.id).one(db).await? {
                gathering = Some(a.gathering_id);
            }
            first_line()
        }
        ContentKind::Thread => {
            let Some(t) = thread::Entity::find_by_id(c.of.id).one(db).await? else {
                return Ok(None);
            };
            gathering = t.gathering_id;
            t.title
        }
        ContentKind::Reply => {
            let Some(r) = thread_reply::Entity::find_by_id(c.of.id).one(db).await? else {
                return Ok(None);
            };
            let Some(t) = thread::Entity::find_by_id(r.thread_id).one(db).await? else {
                return Ok(None);
            };
            gathering = t.gathering_id;
            parent = Some(t.id);
            format!("Re: {}", t.title)
        }
        ContentKind::Contribution => {
            match contribution::Entity::find_by_id(c.of.id).one(db).await? {
                Some(k) => k.title,
                None => return Ok(None),
            }
        }
        _ => first_line(),
    };
    Ok(Some(SearchDoc {
        content: c.id,
        community: c.community,
        kind: c.of.kind,
        title,
        // Words people read, not Markdown's marks or link targets (snippets are cut alike).
        body: plain_text(&c.body),
        gathering,
        parent,
        author: c.author,
        at: c.created_at,
    }))
}

/// Drops index rows whose content is gone (SQLite's FTS table has no foreign key).
pub async fn prune(db: &impl ConnectionTrait) -> Result<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        db.execute_unprepared(
            "DELETE FROM search_fts WHERE rowid NOT IN (SELECT content_id FROM search_docs)",
        )
        .await?;
    }
    Ok(())
}

/// Content ids after `after`, in order, `limit` of them (the rebuild walks them).
pub async fn content_ids(
    db: &impl ConnectionTrait,
    after: i32,
    limit: u64,
) -> Result<Vec<ContentId>> {
    Ok(content::Entity::find()
        .select_only()
        .column(content::Column::Id)
        .filter(content::Column::Id.gt(after))
        .order_by_asc(content::Column::Id)
        .limit(limit)
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .map(ContentId)
        .collect())
}
