//! The open practice library, readable by anyone signed in or not: browse and filter the
//! catalog's practices (group size, time available, pattern, words in the purpose), a
//! practice by its five design elements and timed steps, a pattern with the practices made
//! of it; and the JSON Schemas of the format at `/schema/{practice,pattern,design}.json`.

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::markdown;
use crate::session::MaybeAccount;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use convene_app::AppError;
use convene_app::library::Doc;
use convene_i18n::Tr;
use convene_practice::combine::{Combinations, combinations};
use convene_practice::{Catalog, Practice, Slug, Text};
use serde::Deserialize;
use std::sync::OnceLock;

/// The catalog embedded in the binary; its files are checked by the practice crate's tests,
/// so failing to read them here is a build that should not have shipped.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| convene_practice::catalog().expect("the embedded catalog reads"))
}

/// The header of a page anyone may read, in the reader's language if they are signed in.
pub(super) fn nav(account: Option<convene_app::store::Account>) -> Nav {
    Nav {
        community: None,
        path: super::here::path(),
        tr: crate::i18n::for_reader(account.as_ref().and_then(|a| a.language.as_deref()), None),
        account: account.map(|a| a.display_name),
    }
}

fn md(t: &Option<Text>) -> Option<String> {
    t.as_ref().map(|t| markdown::to_html(t.as_str()))
}

/// "2–12 people", "from 8 people", "any size".
fn people(tr: Tr, p: &Practice) -> String {
    match &p.group_size {
        None => tr.t("practice-people-any"),
        Some(r) => match r.max() {
            Some(m) if m == r.min() => tr.t1("practice-people", "n", m.get()),
            Some(m) => tr.t2(
                "practice-people-range",
                "min",
                r.min().get(),
                "max",
                m.get(),
            ),
            None => tr.t1("practice-people-from", "n", r.min().get()),
        },
    }
}

/// "45 min", "2 h 30 min", "3 days": the unit a facilitator would say.
fn duration(tr: Tr, m: u32) -> String {
    match m {
        m if m >= 2 * 1440 && m % 1440 == 0 => tr.t1("practice-days", "n", m / 1440),
        m if m >= 120 => hm(tr, m),
        m => tr.t1("practice-min", "m", m),
    }
}

/// "70 min" as "1 h 10 min", "2 h", "45 min".
pub fn hm(tr: Tr, minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => tr.t1("practice-min", "m", m),
        (h, 0) => tr.t1("practice-h", "h", h),
        (h, m) => tr.t2("practice-h-min", "h", h, "m", m),
    }
}

fn minutes(tr: Tr, p: &Practice) -> String {
    match &p.duration_minutes {
        None => tr.t("practice-time-varies"),
        Some(r) => match r.max() {
            Some(m) if m == r.min() => duration(tr, m.get()),
            Some(m) => tr.t2(
                "practice-time-range",
                "min",
                duration(tr, r.min().get()),
                "max",
                duration(tr, m.get()),
            ),
            None => tr.t1("practice-time-from", "min", duration(tr, r.min().get())),
        },
    }
}

pub struct PracticeCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub people: String,
    pub minutes: String,
}

impl PracticeCard {
    fn of(tr: Tr, p: &Practice) -> Self {
        PracticeCard {
            slug: p.slug.as_str().into(),
            title: p.title.as_str().into(),
            summary: p
                .summary
                .as_ref()
                .or(p.purpose.as_ref())
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default(),
            people: people(tr, p),
            minutes: minutes(tr, p),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filter {
    /// How many people will be there.
    pub people: String,
    /// How many minutes there are.
    pub minutes: String,
    pub pattern: String,
    pub q: String,
}

impl Filter {
    fn number(raw: &str, field: &'static str) -> Result<Option<u32>, AppError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        raw.parse::<u32>()
            .ok()
            .filter(|n| (1..=1_000_000).contains(n))
            .map(Some)
            .ok_or_else(|| AppError::field(field, "a whole number"))
    }

    fn keeps(&self, p: &Practice, people: Option<u32>, minutes: Option<u32>) -> bool {
        let fits_people = people.is_none_or(|n| {
            p.group_size
                .as_ref()
                .is_none_or(|r| n >= r.min().get() && r.max().is_none_or(|m| n <= m.get()))
        });
        // A practice fits the time when its shortest form does.
        let fits_time = minutes.is_none_or(|n| {
            p.duration_minutes
                .as_ref()
                .is_none_or(|r| r.min().get() <= n)
        });
        let pattern = self.pattern.trim();
        let has_pattern = pattern.is_empty() || p.patterns.iter().any(|s| s.as_str() == pattern);
        let q = self.q.trim().to_lowercase();
        let words = q.is_empty()
            || [&p.summary, &p.purpose, &p.when_to_use]
                .iter()
                .filter_map(|t| t.as_ref())
                .map(|t| t.as_str().to_lowercase())
                .chain([p.title.as_str().to_lowercase()])
                .any(|t| q.split_whitespace().all(|w| t.contains(w)));
        fits_people && fits_time && has_pattern && words
    }
}

/// Two patterns used together, for the "combine most often" lists.
pub struct PairView {
    /// (slug, title) of each.
    pub a: (String, String),
    pub b: (String, String),
    pub designs: usize,
}

/// Which designs a count of combinations is over.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Over {
    Published,
    Community,
}

/// Which patterns combine most often, as a page shows it: over `total` designs (`over` names
/// them in its sentences), the most frequent pairs first.
pub struct CombinedView {
    pub total: usize,
    pub combining: usize,
    pub over: Over,
    pub pairs: Vec<PairView>,
}

impl CombinedView {
    /// Which designs, as the catalogue's sentences select on it.
    pub fn over(&self) -> &'static str {
        match self.over {
            Over::Published => "published",
            Over::Community => "community",
        }
    }
}

fn titled(s: &Slug) -> (String, String) {
    let title = catalog()
        .patterns
        .get(s)
        .map_or(s.as_str(), |p| p.title.as_str());
    (s.as_str().into(), title.into())
}

/// At most ten pairs, counted over `designs`.
pub fn combined<'a>(
    designs: impl IntoIterator<Item = &'a convene_practice::Design>,
    over: Over,
) -> (CombinedView, Combinations) {
    let c = combinations(designs, catalog());
    let view = CombinedView {
        total: c.designs,
        combining: c.combining,
        over,
        pairs: c
            .pairs
            .iter()
            .take(10)
            .map(|p| PairView {
                a: titled(&p.a),
                b: titled(&p.b),
                designs: p.designs,
            })
            .collect(),
    };
    (view, c)
}

/// The designs published on this server.
async fn published_designs(st: &AppState) -> Result<Vec<convene_practice::Design>, PageError> {
    Ok(st
        .app
        .published_works()
        .await?
        .into_iter()
        .filter_map(|(_, w)| match w.doc {
            Doc::Design(d) => Some(*d),
            Doc::Practice(_) => None,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "library.html")]
pub struct LibraryPage {
    pub nav: Nav,
    pub filter: Filter,
    pub practices: Vec<PracticeCard>,
    pub total: usize,
    /// (slug, title) of every pattern, for the filter.
    pub patterns: Vec<(String, String)>,
    pub error: Option<String>,
    pub combined: CombinedView,
}

/// `GET /library`
pub async fn library_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    Query(filter): Query<Filter>,
) -> Result<Response, PageError> {
    let designs = published_designs(&st).await?;
    let (combined, _) = combined(&designs, Over::Published);
    let nav = nav(account);
    let c = catalog();
    let numbers = Filter::number(&filter.people, "people")
        .and_then(|p| Ok((p, Filter::number(&filter.minutes, "minutes")?)));
    let (practices, error) = match numbers {
        Ok((people, minutes)) => (
            c.practices
                .values()
                .filter(|p| filter.keeps(p, people, minutes))
                .map(|p| PracticeCard::of(nav.tr, p))
                .collect(),
            None,
        ),
        Err(e) => (Vec::new(), Some(e.to_string())),
    };
    Ok(render(&LibraryPage {
        nav,
        combined,
        patterns: c
            .patterns
            .values()
            .map(|p| (p.slug.as_str().into(), p.title.as_str().into()))
            .collect(),
        total: c.practices.len(),
        practices,
        filter,
        error,
    }))
}

pub struct StepView {
    pub title: String,
    pub minutes: u32,
    /// Minutes from the start.
    pub at: u32,
    pub how: Option<String>,
}

#[derive(Template)]
#[template(path = "practice.html")]
pub struct PracticePage {
    pub nav: Nav,
    pub card: PracticeCard,
    pub subtitle: Option<String>,
    pub purpose: Option<String>,
    pub when_to_use: Option<String>,
    /// (element, HTML) for the five design elements that are given.
    pub elements: Vec<(String, String)>,
    pub roles: Vec<(String, Option<String>)>,
    pub steps: Vec<StepView>,
    pub steps_minutes: u32,
    pub materials: Vec<String>,
    pub variations: Vec<(String, String)>,
    pub patterns: Vec<(String, String)>,
    pub license: String,
    pub authors: String,
    pub derived_from: Vec<(String, String, String, String)>,
    pub body: Option<String>,
    /// (href, text) of the way back: the catalog, or the community's library.
    pub back: (String, String),
    /// Where its file is, as Markdown and as JSON.
    pub files: (String, String),
    /// For a practice a community imported: who added it, and from where when by URL.
    pub imported: Option<(String, Option<String>)>,
}

fn slug(raw: &str) -> Result<Slug, PageError> {
    Slug::parse(raw).map_err(|_| PageError(AppError::NotFound))
}

/// `GET /library/practices/{slug}`
pub async fn practice_get(
    MaybeAccount(account): MaybeAccount,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let p = catalog()
        .practices
        .get(&slug(&raw)?)
        .ok_or(AppError::NotFound)?;
    let s = p.slug.as_str();
    let nav = nav(account);
    let back = ("/library".into(), nav.t("practice-library"));
    Ok(render(&practice_page(
        nav,
        p,
        back,
        (
            format!("/api/v1/practices/{s}/export?format=md"),
            format!("/api/v1/practices/{s}/export?format=json"),
        ),
    )))
}

/// A practice's page, from the catalog or a community's library: its five design elements,
/// timed steps, roles, patterns (linked to the catalog's) and attribution chain.
pub fn practice_page(
    nav: Nav,
    p: &Practice,
    back: (String, String),
    files: (String, String),
) -> PracticePage {
    let c = catalog();
    let tr = nav.tr;
    let e = &p.elements;
    let elements = [
        ("practice-element-invitation", &e.invitation),
        ("practice-element-space", &e.space),
        ("practice-element-participation", &e.participation),
        ("practice-element-configuration", &e.configuration),
        ("practice-element-sequence", &e.sequence),
    ]
    .into_iter()
    .filter_map(|(key, t)| md(t).map(|h| (tr.t(key), h)))
    .collect();
    let mut at = 0;
    let steps = p
        .steps
        .iter()
        .map(|s| {
            let v = StepView {
                title: s.title.as_str().into(),
                minutes: s.minutes.get(),
                at,
                how: md(&s.how),
            };
            at += s.minutes.get();
            v
        })
        .collect();
    PracticePage {
        nav,
        card: PracticeCard::of(tr, p),
        subtitle: p.subtitle.as_ref().map(|s| s.as_str().into()),
        purpose: md(&p.purpose),
        when_to_use: md(&p.when_to_use),
        elements,
        roles: p
            .roles
            .iter()
            .map(|r| (r.name.as_str().into(), md(&r.does)))
            .collect(),
        steps,
        steps_minutes: p.steps_minutes(),
        materials: p.materials.iter().map(|m| m.as_str().into()).collect(),
        variations: p
            .variations
            .iter()
            .map(|v| (v.name.as_str().into(), markdown::to_html(v.how.as_str())))
            .collect(),
        patterns: p
            .patterns
            .iter()
            .map(|s| match c.patterns.get(s) {
                Some(x) => (s.as_str().into(), x.title.as_str().into()),
                // A pattern the catalog does not have (an imported practice's): named only.
                None => (String::new(), s.as_str().into()),
            })
            .collect(),
        license: p.license.as_str().into(),
        authors: p
            .authors
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        derived_from: p
            .derived_from
            .iter()
            .map(|s| {
                (
                    s.title.as_str().into(),
                    s.source.as_str().into(),
                    s.author.as_str().into(),
                    s.license.as_str().into(),
                )
            })
            .collect(),
        body: md(&p.body),
        back,
        files,
        imported: None,
    }
}

#[derive(Template)]
#[template(path = "pattern.html")]
pub struct PatternPage {
    pub nav: Nav,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub practices: Vec<PracticeCard>,
    pub related: Vec<(String, String)>,
    pub license: String,
    pub body: Option<String>,
    /// How many published designs there are, and how many use this pattern.
    pub designs: usize,
    pub using: usize,
    /// The patterns used together with it most often: (slug, title), designs using both.
    pub with: Vec<((String, String), usize)>,
}

/// `GET /library/patterns/{slug}`
pub async fn pattern_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let c = catalog();
    let s = slug(&raw)?;
    let p = c.patterns.get(&s).ok_or(AppError::NotFound)?;
    let designs = published_designs(&st).await?;
    let (_, counts) = combined(&designs, Over::Published);
    let nav = nav(account);
    Ok(render(&PatternPage {
        designs: counts.designs,
        using: counts.uses.get(&s).copied().unwrap_or(0),
        with: counts
            .with(&s)
            .into_iter()
            .take(5)
            .map(|(o, n)| (titled(&o), n))
            .collect(),
        slug: p.slug.as_str().into(),
        title: p.title.as_str().into(),
        summary: markdown::to_html(p.summary.as_str()),
        practices: c
            .practices_using(&s)
            .map(|p| PracticeCard::of(nav.tr, p))
            .collect(),
        nav,
        related: p
            .related
            .iter()
            .map(|r| {
                let title = c.patterns.get(r).map_or(r.as_str(), |x| x.title.as_str());
                (r.as_str().into(), title.into())
            })
            .collect(),
        license: p.license.as_str().into(),
        body: md(&p.body),
    }))
}

/// `GET /schema/{name}.json`: the format's JSON Schemas, as kept in the repo.
pub async fn schema_get(Path(name): Path<String>) -> Result<Response, PageError> {
    let text = match name.as_str() {
        "practice.json" => convene_practice::schema::PRACTICE,
        "pattern.json" => convene_practice::schema::PATTERN,
        "design.json" => convene_practice::schema::DESIGN,
        _ => return Err(AppError::NotFound.into()),
    };
    Ok(([(header::CONTENT_TYPE, "application/schema+json")], text).into_response())
}
