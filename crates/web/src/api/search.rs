//! Search over the API: the same use-case as the search page, so the same read filter inside
//! the query; `total` counts only what the caller may read. Any query text gives results or
//! an empty list.

use super::{ApiQuery, ApiResult};
use crate::AppState;
use crate::extract::ApiInside;
use axum::Json;
use axum::extract::State;
use convene_app::AppError;
use convene_app::search::{MAX_PAGE, PER_PAGE, SearchInput};
use convene_domain::content::ContentKind;
use convene_domain::ids::{AccountId, GatheringId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The longest `q` accepted, in characters.
pub const MAX_Q_CHARS: usize = 500;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words and "quoted phrases"; every word must match. Other characters only separate
    /// words (no operators). Empty: no results.
    #[param(max_length = 500)]
    #[serde(default)]
    q: String,
    /// Only this kind: thread, reply, session, report, action, contribution, lean_topic,
    /// cafe_note, initiative, init_update, init_ask, practice or design.
    #[param(
        pattern = "^(session|report|action|thread|reply|contribution|lean_topic|cafe_note|initiative|init_update|init_ask|practice|design)$"
    )]
    kind: Option<String>,
    /// Only content of this gathering.
    gathering_id: Option<i32>,
    /// Only content written by this account.
    author_id: Option<i32>,
    /// Written at or after (Unix seconds).
    from: Option<i64>,
    /// Written before (Unix seconds).
    until: Option<i64>,
    /// From 1.
    #[param(minimum = 1, maximum = 50)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 20)]
    per_page: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchHitDto {
    /// The content's kind (as the `kind` filter names it).
    kind: String,
    content_id: i32,
    title: String,
    /// HTML: the text escaped, the matched words in `<mark>`; no other markup.
    snippet: String,
    /// Where it is read, on this server.
    url: String,
    author: String,
    author_id: Option<i32>,
    gathering_id: Option<i32>,
    /// Unix seconds when it was written.
    at: i64,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResultsDto {
    /// Every result the caller may read (all pages).
    total: u64,
    page: u32,
    per_page: u32,
    results: Vec<SearchHitDto>,
}

/// The query's length and kind, checked alike for the page and the API.
pub(crate) fn checked(q: &str, kind: Option<&str>) -> Result<Option<ContentKind>, AppError> {
    if q.chars().count() > MAX_Q_CHARS {
        return Err(AppError::field(
            "q",
            format!("A search is at most {MAX_Q_CHARS} characters."),
        ));
    }
    match kind.map(str::trim).filter(|k| !k.is_empty()) {
        None => Ok(None),
        Some(k) => ContentKind::parse(k).map(Some).ok_or_else(|| {
            let names: Vec<&str> = ContentKind::ALL.iter().map(|k| k.as_str()).collect();
            AppError::field("kind", format!("Choose one of {}.", names.join(", ")))
        }),
    }
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/search", params(("slug" = String, Path), SearchParams), responses((status = 200, body = SearchResultsDto)))]
pub async fn search(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    ApiQuery(p): ApiQuery<SearchParams>,
) -> ApiResult<Json<SearchResultsDto>> {
    let kind = checked(&p.q, p.kind.as_deref())?;
    let page = p.page.unwrap_or(1);
    if !(1..=MAX_PAGE).contains(&page) {
        return Err(AppError::field("page", format!("Pages go from 1 to {MAX_PAGE}.")).into());
    }
    let per_page = p.per_page.unwrap_or(PER_PAGE);
    if !(1..=PER_PAGE).contains(&per_page) {
        return Err(AppError::field(
            "per_page",
            format!("From 1 to {PER_PAGE} results per page."),
        )
        .into());
    }
    let input = SearchInput {
        query: p.q,
        kind,
        gathering: p.gathering_id.map(GatheringId),
        author: p.author_id.map(AccountId),
        from: p.from,
        until: p.until,
        page,
        per_page,
    };
    let slug = ctx.community().slug.clone();
    let found = st.app.search(&ctx.require()?, &input).await?;
    Ok(Json(SearchResultsDto {
        total: found.total,
        page: found.page,
        per_page: found.per_page,
        results: found
            .results
            .into_iter()
            .map(|r| SearchHitDto {
                url: crate::pages::search::link(&slug, &r),
                kind: r.kind,
                content_id: r.content_id.get(),
                title: r.title,
                snippet: r.snippet,
                author: r.author,
                author_id: r.author_id.map(AccountId::get),
                gathering_id: r.gathering,
                at: r.at,
            })
            .collect(),
    }))
}
