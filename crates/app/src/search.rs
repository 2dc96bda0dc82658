//! Search over everything a member may read in their community: the query is parsed into
//! words and phrases (`domain::search`), the store's index for the database answers with the
//! read filter applied inside the query (so totals and pages count only what may be read),
//! and each result gets an escaped snippet with the matched words marked. The index is kept
//! by the job runner: every content write enqueues `search_index` in its transaction
//! (`store::search::enqueue`), and `search_rebuild` indexes everything again (written by
//! migration m0051 for databases that had content, and by `convene search rebuild`).

use crate::authz::System;
use crate::content::reader;
use crate::{Allowed, App, Result, can};
use convene_domain::content::ContentKind;
use convene_domain::ids::{AccountId, CommunityId, ContentId, GatheringId};
use convene_domain::search::{SearchQuery, mark, plain_text, snippet};
use convene_store::search::{self, Search};
use convene_store::{accounts, contents};

/// Results per page, and the last page one may ask for.
pub const PER_PAGE: u32 = 20;
pub const MAX_PAGE: u32 = 50;

/// What a member asks for.
#[derive(Debug, Clone, Default)]
pub struct SearchInput {
    pub query: String,
    pub kind: Option<ContentKind>,
    pub gathering: Option<GatheringId>,
    pub author: Option<AccountId>,
    /// Written at or after (Unix seconds).
    pub from: Option<i64>,
    /// Written before (Unix seconds).
    pub until: Option<i64>,
    /// From 1; clamped to 1..=[`MAX_PAGE`].
    pub page: u32,
    /// Clamped to 1..=[`PER_PAGE`]; 0 means [`PER_PAGE`].
    pub per_page: u32,
}

/// One result as its reader may see it.
#[derive(Debug, Clone)]
pub struct SearchResult {
    pub content_id: ContentId,
    /// The kind's storage name (`thread`, `reply`, `session`, …).
    pub kind: String,
    /// What the content belongs to (the thread, reply, session or action id).
    pub owner: i32,
    /// The thread of a reply.
    pub parent: Option<i32>,
    pub gathering: Option<i32>,
    pub title: String,
    /// HTML: the title escaped, matched words in `<mark>`.
    pub title_html: String,
    /// HTML: the text escaped, matched words in `<mark>`.
    pub snippet: String,
    pub author: String,
    pub author_id: Option<AccountId>,
    pub at: i64,
}

#[derive(Debug, Clone)]
pub struct SearchResults {
    pub query: SearchQuery,
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub results: Vec<SearchResult>,
}

impl SearchResults {
    pub fn pages(&self) -> u32 {
        let pages = self.total.div_ceil(u64::from(self.per_page.max(1)));
        u32::try_from(pages).unwrap_or(u32::MAX).min(MAX_PAGE)
    }
}

impl App {
    /// Searches the community for what the member may read.
    pub async fn search(
        &self,
        ctx: &Allowed<can::ViewCommunity>,
        input: &SearchInput,
    ) -> Result<SearchResults> {
        let query = SearchQuery::parse(&input.query);
        let per_page = match input.per_page {
            0 => PER_PAGE,
            n => n.min(PER_PAGE),
        };
        let page = input.page.clamp(1, MAX_PAGE);
        let r = reader(ctx);
        let db = self.store.conn();
        let hits = search::index(db)
            .search(
                db,
                &Search {
                    community: CommunityId(ctx.community.id),
                    reader: &r,
                    query: &query,
                    kind: input.kind,
                    gathering: input.gathering.map(GatheringId::get),
                    author: input.author,
                    from: input.from,
                    until: input.until,
                    limit: per_page,
                    offset: (page - 1) * per_page,
                },
            )
            .await?;
        let authors: Vec<i32> = hits
            .hits
            .iter()
            .filter_map(|h| h.author.map(AccountId::get))
            .collect();
        let names = accounts::names(db, &authors).await?;
        let results = hits
            .hits
            .into_iter()
            .map(|h| SearchResult {
                title_html: mark(&h.title, &query),
                snippet: snippet(&plain_text(&h.body), &query),
                author: h
                    .author
                    .and_then(|a| names.get(&a.get()).cloned())
                    .unwrap_or_else(|| "someone who left".to_owned()),
                content_id: h.content,
                kind: h.kind,
                owner: h.owner,
                parent: h.parent,
                gathering: h.gathering,
                title: h.title,
                author_id: h.author,
                at: h.at,
            })
            .collect();
        Ok(SearchResults {
            query,
            total: hits.total,
            page,
            per_page,
            results,
        })
    }

    /// The `search_index` job: the piece as it is now goes into the index, or leaves it
    /// (removed, withdrawn, deleted). Running it twice does what running it once does.
    pub(crate) async fn index_content(&self, system: &System, id: ContentId) -> Result<()> {
        let u = self.change_system(system).await?;
        index_one(&u.tx, id).await?;
        self.commit(u).await
    }

    /// Indexes every piece of content again, in batches (the `search_rebuild` job and
    /// `convene search rebuild`); returns how many pieces were looked at.
    pub async fn rebuild_search(&self, system: &System) -> Result<u64> {
        let mut after = 0;
        let mut n = 0;
        loop {
            let u = self.change_system(system).await?;
            let ids = search::content_ids(&u.tx, after, 200).await?;
            let Some(last) = ids.last() else {
                search::prune(&u.tx).await?;
                self.commit(u).await?;
                return Ok(n);
            };
            after = last.get();
            for id in &ids {
                index_one(&u.tx, *id).await?;
            }
            n += ids.len() as u64;
            self.commit(u).await?;
        }
    }
}

async fn index_one(tx: &convene_store::Tx, id: ContentId) -> Result<()> {
    let index = search::index(tx);
    let doc = match contents::by_id(tx, id).await? {
        Some(c) => search::describe(tx, &c).await?,
        None => None,
    };
    match doc {
        Some(d) => index.put(tx, &d).await?,
        None => index.remove(tx, id).await?,
    }
    Ok(())
}
