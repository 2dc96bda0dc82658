//! The search page: one box (also in the community menu), filters by kind, gathering, author
//! and dates (days in UTC), results ranked with escaped snippets, pages. A plain GET form, so
//! it works without JavaScript; the results come from the same use-case as the API.

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Inside;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::AppError;
use convene_app::can;
use convene_app::search::{SearchInput, SearchResult, SearchResults};
use convene_domain::ids::{AccountId, GatheringId};
use serde::Deserialize;

/// Where a result is read.
pub fn link(slug: &str, r: &SearchResult) -> String {
    match (r.kind.as_str(), r.gathering, r.parent) {
        ("thread", _, _) => format!("/c/{slug}/threads/{}#opening", r.owner),
        ("reply", _, Some(t)) => format!("/c/{slug}/threads/{t}#r-{}", r.owner),
        ("session", Some(g), _) => format!("/c/{slug}/g/{g}/s/{}", r.owner),
        ("report", Some(g), _) => format!("/c/{slug}/g/{g}/s/{}#report", r.owner),
        ("action", Some(g), _) => format!("/c/{slug}/g/{g}/converge"),
        _ => format!("/c/{slug}"),
    }
}

/// The kinds one may filter on, with their names on the page.
const KINDS: &[(&str, &str)] = &[
    ("thread", "Threads"),
    ("reply", "Replies"),
    ("session", "Sessions"),
    ("report", "Reports"),
    ("action", "Actions"),
];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SearchForm {
    pub q: String,
    pub kind: String,
    pub g: String,
    pub author: String,
    pub from: String,
    pub until: String,
    pub page: String,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub nav: Nav,
    pub slug: String,
    pub form: SearchForm,
    pub kinds: &'static [(&'static str, &'static str)],
    pub gatherings: Vec<(i32, String)>,
    /// Empty when the reader may not see the member directory (guests).
    pub authors: Vec<(i32, String)>,
    pub me: i32,
    pub found: Option<SearchResults>,
    pub error: Option<String>,
}

impl SearchPage {
    fn link(&self, r: &SearchResult) -> String {
        link(&self.slug, r)
    }

    fn kind_name(&self, kind: &str) -> &'static str {
        match kind {
            "thread" => "Thread",
            "reply" => "Reply",
            "session" => "Session",
            "report" => "Report",
            "action" => "Action",
            _ => "Content",
        }
    }

    /// The sentence above the results.
    fn count(&self) -> String {
        let Some(f) = &self.found else {
            return String::new();
        };
        let what = self.form.q.trim();
        match f.total {
            0 => format!("Nothing you may read matches “{what}”."),
            1 => format!("1 result you may read matches “{what}”."),
            n => format!(
                "{n} results you may read match “{what}”, best first; page {} of {}.",
                f.page,
                f.pages()
            ),
        }
    }

    /// This search on another page.
    fn page_link(&self, page: u32) -> String {
        let f = &self.form;
        let enc = |s: &str| urlencoding::encode(s).into_owned();
        format!(
            "/c/{}/search?q={}&kind={}&g={}&author={}&from={}&until={}&page={page}",
            self.slug,
            enc(&f.q),
            enc(&f.kind),
            enc(&f.g),
            enc(&f.author),
            enc(&f.from),
            enc(&f.until)
        )
    }

    fn selected(&self, field: &str, value: &str) -> &'static str {
        let v = match field {
            "kind" => &self.form.kind,
            "g" => &self.form.g,
            _ => &self.form.author,
        };
        if v == value { " selected" } else { "" }
    }
}

/// A day (`2026-12-01`, UTC) as Unix seconds at its start; `next` for the day after.
fn day(field: &'static str, s: &str, next: bool) -> Result<Option<i64>, AppError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let d = time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| AppError::field(field, "Give a day like 2026-12-01."))?;
    let d = if next { d.next_day().unwrap_or(d) } else { d };
    Ok(Some(d.midnight().assume_utc().unix_timestamp()))
}

fn id(field: &'static str, s: &str) -> Result<Option<i32>, AppError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse()
        .map(Some)
        .map_err(|_| AppError::field(field, "Choose one from the list."))
}

fn input(f: &SearchForm) -> Result<SearchInput, AppError> {
    let kind = crate::api::search::checked(&f.q, Some(&f.kind))?;
    Ok(SearchInput {
        query: f.q.clone(),
        kind,
        gathering: id("g", &f.g)?.map(GatheringId),
        author: id("author", &f.author)?.map(AccountId),
        from: day("from", &f.from, false)?,
        until: day("until", &f.until, true)?,
        page: f.page.trim().parse().unwrap_or(1),
        per_page: 0,
    })
}

pub async fn search_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Query(form): Query<SearchForm>,
) -> Result<Response, PageError> {
    let allowed = ctx.require::<can::ViewCommunity>()?;
    let gatherings = match ctx.require::<can::TakePart>() {
        Ok(p) => st
            .app
            .gatherings(&p)
            .await?
            .into_iter()
            .map(|g| (g.id, g.title))
            .collect(),
        Err(_) => Vec::new(),
    };
    let authors = match ctx.require::<can::ViewMembers>() {
        Ok(p) => st
            .app
            .members(&p)
            .await?
            .into_iter()
            .map(|m| (m.account.id, m.account.display_name))
            .collect(),
        Err(_) => Vec::new(),
    };
    let (found, error) = if form.q.trim().is_empty() {
        (None, None)
    } else {
        match input(&form) {
            Ok(i) => (Some(st.app.search(&allowed, &i).await?), None),
            Err(AppError::Field { message, .. }) => (None, Some(message)),
            Err(e) => return Err(e.into()),
        }
    };
    Ok(render(&SearchPage {
        nav: Nav::inside(&account, &ctx),
        slug: ctx.community().slug.clone(),
        form,
        kinds: KINDS,
        gatherings,
        authors,
        me: ctx.member().account_id.get(),
        found,
        error,
    }))
}
