//! The search page: one box (also in the community menu), filters by kind, gathering, author
//! and dates (days in UTC), results ranked with escaped snippets, pages. A plain GET form, so
//! it works without JavaScript; the results come from the same use-case as the API.

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Inside;
use crate::i18n::Val;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::AppError;
use convene_app::can;
use convene_app::search::{SearchInput, SearchResult, SearchResults};
use convene_domain::ids::{AccountId, GatheringId};
use convene_i18n::{Arg, Tr};
use serde::Deserialize;

/// Where a result is read.
pub fn link(slug: &str, r: &SearchResult) -> String {
    match (r.kind.as_str(), r.gathering, r.parent) {
        ("thread", _, _) => format!("/c/{slug}/threads/{}?at=0#opening", r.owner),
        // The page of replies that holds it.
        ("reply", _, Some(t)) => format!("/c/{slug}/threads/{t}?at={0}#r-{0}", r.owner),
        ("session", Some(g), _) => format!("/c/{slug}/g/{g}/s/{}", r.owner),
        ("report", Some(g), _) => format!("/c/{slug}/g/{g}/s/{}#report", r.owner),
        ("action", Some(g), _) => format!("/c/{slug}/g/{g}/converge"),
        ("contribution", _, _) => format!("/c/{slug}/contributions/{}", r.owner),
        ("initiative", _, _) => format!("/c/{slug}/initiatives/{}", r.owner),
        ("init_update" | "init_ask", _, _) => format!("/c/{slug}/initiatives"),
        ("lean_topic", _, _) => format!("/c/{slug}/lean"),
        ("cafe_note", Some(g), _) => format!("/c/{slug}/g/{g}/cafe"),
        ("practice" | "design", _, _) => format!("/c/{slug}/library"),
        _ => format!("/c/{slug}"),
    }
}

/// Every kind of content: its storage name, its name in the filter, its name on a result
/// (message ids).
const KIND_NAMES: &[(&str, &str, &str)] = &[
    ("thread", "talk-kinds-thread", "talk-kind-thread"),
    ("reply", "talk-kinds-reply", "talk-kind-reply"),
    ("session", "talk-kinds-session", "talk-kind-session"),
    ("report", "talk-kinds-report", "talk-kind-report"),
    ("action", "talk-kinds-action", "talk-kind-action"),
    (
        "contribution",
        "talk-kinds-contribution",
        "talk-kind-contribution",
    ),
    (
        "lean_topic",
        "talk-kinds-lean-topic",
        "talk-kind-lean-topic",
    ),
    ("cafe_note", "talk-kinds-cafe-note", "talk-kind-cafe-note"),
    (
        "initiative",
        "talk-kinds-initiative",
        "talk-kind-initiative",
    ),
    (
        "init_update",
        "talk-kinds-init-update",
        "talk-kind-init-update",
    ),
    ("init_ask", "talk-kinds-init-ask", "talk-kind-init-ask"),
    ("practice", "talk-kinds-practice", "talk-kind-practice"),
    ("design", "talk-kinds-design", "talk-kind-design"),
];

/// A result's kind as a person reads it (a kind this build does not know: "Other").
pub fn kind_name(tr: impl Val<Tr>, kind: &str) -> String {
    tr.val().t(KIND_NAMES
        .iter()
        .find(|(k, _, _)| *k == kind)
        .map_or("talk-kind-other", |(_, _, one)| *one))
}

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
    pub kinds: &'static [(&'static str, &'static str, &'static str)],
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

    fn kind_name(&self, kind: &str) -> String {
        kind_name(self.nav.tr, kind)
    }

    /// The sentence above the results.
    fn count(&self) -> String {
        let Some(f) = &self.found else {
            return String::new();
        };
        let what = self.form.q.trim();
        self.nav.tr.args(
            "talk-search-count",
            &[
                ("count", f.total.value()),
                ("query", what.value()),
                ("page", f.page.value()),
                ("pages", f.pages().value()),
            ],
        )
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
fn day(tr: Tr, field: &'static str, s: &str, next: bool) -> Result<Option<i64>, AppError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let d = time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| AppError::field(field, tr.t("talk-search-bad-day")))?;
    let d = if next { d.next_day().unwrap_or(d) } else { d };
    Ok(Some(d.midnight().assume_utc().unix_timestamp()))
}

fn id(tr: Tr, field: &'static str, s: &str) -> Result<Option<i32>, AppError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse()
        .map(Some)
        .map_err(|_| AppError::field(field, tr.t("talk-search-bad-choice")))
}

fn input(tr: Tr, f: &SearchForm) -> Result<SearchInput, AppError> {
    let kind = crate::api::search::checked(&f.q, Some(&f.kind))?;
    Ok(SearchInput {
        query: f.q.clone(),
        kind,
        gathering: id(tr, "g", &f.g)?.map(GatheringId),
        author: id(tr, "author", &f.author)?.map(AccountId),
        from: day(tr, "from", &f.from, false)?,
        until: day(tr, "until", &f.until, true)?,
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
    let nav = Nav::inside(&account, &ctx);
    let (found, error) = if form.q.trim().is_empty() {
        (None, None)
    } else {
        match input(nav.tr, &form) {
            Ok(i) => (Some(st.app.search(&allowed, &i).await?), None),
            Err(AppError::Field { message, .. }) => (None, Some(message)),
            Err(e) => return Err(e.into()),
        }
    };
    Ok(render(&SearchPage {
        nav,
        slug: ctx.community().slug.clone(),
        form,
        kinds: KIND_NAMES,
        gatherings,
        authors,
        me: ctx.member().account_id.get(),
        found,
        error,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_domain::content::ContentKind;

    #[test]
    fn every_kind_has_its_own_name_and_filter() {
        let mut names = std::collections::HashSet::new();
        for k in ContentKind::ALL {
            let name = kind_name(Tr::default(), k.as_str());
            assert_ne!(name, "Other", "{k:?} has no name");
            assert!(names.insert(name.clone()), "{k:?} shares its name {name}");
            assert!(KIND_NAMES.iter().any(|(s, _, _)| *s == k.as_str()));
        }
        assert_eq!(KIND_NAMES.len(), ContentKind::ALL.len());
    }
}
