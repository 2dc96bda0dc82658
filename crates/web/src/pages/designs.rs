//! Designs and a community's library on pages: the community's library beside the catalog,
//! composing a design from timed blocks, a design with its start times, attribution chain and
//! remix lineage (a small SVG drawn here), fork, publish, a facilitator's sheet; the public
//! library of everything published on this server and each work's file at a stable URL; and
//! a gathering run from a design, with the facilitator's timer every screen follows.

use crate::AppState;
use crate::error::PageError;
use axum::extract::{Path, State};
use convene_app::AppError;
use convene_app::library::WorkKind;
use convene_practice::{Activity, Block};
use serde::Deserialize;

/// What a block is called: its own title, else its practice's title from the catalog.
pub fn block_title(b: &Block) -> String {
    match &b.activity {
        Activity::Free { title } => title.as_str().into(),
        Activity::Practice { title: Some(t), .. } => t.as_str().into(),
        Activity::Practice {
            practice,
            title: None,
        } => super::library::catalog()
            .practices
            .get(practice)
            .map_or_else(|| practice.as_str().into(), |p| p.title.as_str().into()),
    }
}

fn kind_of(plural: &str) -> Result<WorkKind, PageError> {
    match plural {
        "practices" => Ok(WorkKind::Practice),
        "designs" => Ok(WorkKind::Design),
        _ => Err(AppError::NotFound.into()),
    }
}

#[derive(Deserialize)]
pub struct PublicPath {
    community: String,
    kind: String,
    work: String,
}

/// `GET /library/c/{community}/{kind}/{work}/export.json` (and `export.md`): the file of a
/// published work, for anyone and for other servers' import by URL.
pub async fn public_file_json(
    State(st): State<AppState>,
    Path(p): Path<PublicPath>,
) -> Result<axum::response::Response, PageError> {
    public_file(&st, &p, "json").await
}

pub async fn public_file_md(
    State(st): State<AppState>,
    Path(p): Path<PublicPath>,
) -> Result<axum::response::Response, PageError> {
    public_file(&st, &p, "md").await
}

async fn public_file(
    st: &AppState,
    p: &PublicPath,
    format: &str,
) -> Result<axum::response::Response, PageError> {
    let kind = kind_of(&p.kind)?;
    let (_, w) = st.app.published_work(&p.community, kind, &p.work).await?;
    Ok(crate::api::library::file_response(&w.doc, Some(format))?)
}

use super::{Nav, render, settle};
use crate::extract::{Can, GatheringPath, Ids, Inside};
use crate::session::{MaybeAccount, session_token};
use askama::Template;
use axum::Form;
use axum::body::{Body, Bytes};
use axum::extract::Query;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use convene_app::library::{Doc, Fork, RunView, Work};
use convene_app::{Ctx, can};
use convene_domain::Permission;
use convene_i18n::Tr;
use convene_practice::{Design, Document, License, Line, Minutes, Slug, Text, WebUrl};
use std::convert::Infallible;

fn slug_of(ctx: &Ctx) -> String {
    ctx.community().slug.clone()
}

/// (kind, slug, title, license, published) of a work, for lists.
pub struct WorkItem {
    pub kind: &'static str,
    pub slug: String,
    pub title: String,
    pub license: String,
    pub published: bool,
}

impl WorkItem {
    fn of(w: &Work) -> Self {
        WorkItem {
            kind: match w.doc.kind() {
                WorkKind::Practice => "practices",
                WorkKind::Design => "designs",
            },
            slug: w.row.slug.clone(),
            title: w.doc.title().into(),
            license: w.doc.license().as_str().into(),
            published: w.published(),
        }
    }
}

/// What was just done: the catalogue key of its sentence (the redirect carries only the code).
fn done_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "imported" => "practice-done-imported",
        "composed" => "practice-done-composed",
        "forked" => "practice-done-forked",
        "published" => "practice-done-published",
        "run" => "practice-done-run",
        "deleted" => "practice-done-deleted",
        "timer" => "practice-done-timer",
        _ => return None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    pub done: String,
}

#[derive(Template)]
#[template(path = "community_library.html")]
pub struct CommunityLibraryPage {
    pub nav: Nav,
    pub slug: String,
    pub catalog: usize,
    pub practices: Vec<WorkItem>,
    pub designs: Vec<WorkItem>,
    pub flash: Option<&'static str>,
    pub error: Option<String>,
    pub file: String,
    pub url: String,
    pub combined: super::library::CombinedView,
}

async fn library_page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &Ctx,
    flash: Option<&'static str>,
    error: Option<String>,
    file: String,
    url: String,
) -> Result<CommunityLibraryPage, PageError> {
    let c = ctx.require::<can::TakePart>()?;
    let practices = st.app.library_works(&c, WorkKind::Practice).await?;
    let designs = st.app.library_works(&c, WorkKind::Design).await?;
    let (combined, _) = super::library::combined(
        designs.iter().filter_map(|w| match &w.doc {
            Doc::Design(d) => Some(d.as_ref()),
            Doc::Practice(_) => None,
        }),
        super::library::Over::Community,
    );
    Ok(CommunityLibraryPage {
        combined,
        nav: Nav::inside(account, ctx),
        slug: slug_of(ctx),
        catalog: super::library::catalog().practices.len(),
        practices: practices.iter().map(WorkItem::of).collect(),
        designs: designs.iter().map(WorkItem::of).collect(),
        flash,
        error,
        file,
        url,
    })
}

/// `GET /c/{slug}/library`
pub async fn community_library_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let page = library_page(
        &st,
        &account,
        &ctx,
        done_message(&q.done),
        None,
        String::new(),
        String::new(),
    )
    .await?;
    Ok(render(&page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ImportForm {
    pub kind: String,
    pub file: String,
    pub url: String,
}

fn form_kind(raw: &str) -> Result<WorkKind, AppError> {
    match raw {
        "practice" => Ok(WorkKind::Practice),
        "design" => Ok(WorkKind::Design),
        _ => Err(AppError::field("kind", "a practice or a design")),
    }
}

/// `POST /c/{slug}/library/import`: a pasted file, or a URL to fetch.
pub async fn import_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Form(f): Form<ImportForm>,
) -> Result<Response, PageError> {
    let result = async {
        let kind = form_kind(&f.kind)?;
        let done = if f.url.trim().is_empty() {
            st.app.library_import(&ctx, kind, &f.file).await
        } else {
            let url = WebUrl::parse(&f.url).map_err(|e| AppError::field("url", e.to_string()))?;
            st.app.library_import_url(&ctx, kind, &url).await
        };
        done.map(|(slug, _)| (kind, slug))
    }
    .await;
    let slug = slug_of(&ctx);
    settle(
        result,
        |(kind, s): (WorkKind, Slug)| {
            let to = match kind {
                WorkKind::Design => {
                    format!("/c/{slug}/library/designs/{}?done=imported", s.as_str())
                }
                WorkKind::Practice => format!("/c/{slug}/library?done=imported#practices"),
            };
            std::future::ready(Ok(Redirect::to(&to).into_response()))
        },
        |msg| {
            library_page(
                &st,
                &account,
                &ctx,
                None,
                Some(msg),
                f.file.clone(),
                f.url.clone(),
            )
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct WorkFilePath {
    kind: String,
    work: String,
}

/// `GET /c/{slug}/library/{kind}/{work}/export.md` (and `.json`): a member's download.
pub async fn member_file_md(
    State(st): State<AppState>,
    Can { ctx, .. }: Can<can::TakePart>,
    Ids(p): Ids<WorkFilePath>,
) -> Result<Response, PageError> {
    let w = st
        .app
        .library_work(&ctx, kind_of(&p.kind)?, &p.work)
        .await?;
    Ok(crate::api::library::file_response(&w.doc, Some("md"))?)
}

pub async fn member_file_json(
    State(st): State<AppState>,
    Can { ctx, .. }: Can<can::TakePart>,
    Ids(p): Ids<WorkFilePath>,
) -> Result<Response, PageError> {
    let w = st
        .app
        .library_work(&ctx, kind_of(&p.kind)?, &p.work)
        .await?;
    Ok(crate::api::library::file_response(&w.doc, Some("json"))?)
}

/// One block as shown: when it starts, for how long, what it is.
pub struct BlockView {
    pub start: u32,
    pub minutes: u32,
    pub title: String,
    /// The catalog practice it runs, for the link.
    pub practice: Option<String>,
    pub notes: Option<String>,
}

fn blocks(d: &Design) -> Vec<BlockView> {
    d.schedule()
        .into_iter()
        .map(|p| BlockView {
            start: p.start,
            minutes: p.block.minutes.get(),
            title: block_title(p.block),
            practice: p
                .block
                .practice()
                .filter(|s| super::library::catalog().practices.contains_key(*s))
                .map(|s| s.as_str().to_owned()),
            notes: p
                .block
                .notes
                .as_ref()
                .map(|n| crate::markdown::to_html(n.as_str())),
        })
        .collect()
}

/// The remix lineage as a small SVG: the attribution chain (oldest first), this design, then
/// its forks here, each indented by its depth. Text is escaped; the page lists the same
/// nodes as links for screen readers.
pub fn lineage_svg(chain: &[(String, String)], me: &str, forks: &[Fork], tr: Tr) -> String {
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }
    fn short(s: &str) -> String {
        let mut t: String = s.chars().take(38).collect();
        if s.chars().count() > 38 {
            t.push('…');
        }
        t
    }
    let mut nodes: Vec<(usize, String, &str)> = chain
        .iter()
        .map(|(t, a)| (0, format!("{} · {}", short(t), short(a)), "source"))
        .collect();
    nodes.push((0, short(me), "this"));
    nodes.extend(forks.iter().map(|f| {
        if f.deleted {
            (f.depth, tr.t("practice-lineage-deleted"), "fork deleted")
        } else {
            (f.depth, short(&f.title), "fork")
        }
    }));
    let (row, width) = (44, 460);
    let height = nodes.len() * row + 8;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"lineage-title\"><title id=\"lineage-title\">{}</title>",
        esc(&tr.t2(
            "practice-lineage-title",
            "before",
            chain.len(),
            "forks",
            forks.len()
        ))
    );
    let mut parent_at: Vec<(usize, usize)> = Vec::new(); // (depth, y) of the last node per depth
    for (i, (depth, label, class)) in nodes.iter().enumerate() {
        let y = i * row + 4;
        let x = 4 + depth * 24;
        let parent = if i == 0 {
            None
        } else if class.starts_with("fork") {
            parent_at
                .iter()
                .rev()
                .find(|(d, _)| *d + 1 == *depth || (*depth == 1 && *d == 0))
                .map(|p| p.1)
        } else {
            Some(y - row)
        };
        if let Some(py) = parent {
            let px = if class.starts_with("fork") {
                x - 12
            } else {
                x + 12
            };
            out.push_str(&format!(
                "<path d=\"M{px} {} V{} H{x}\" class=\"edge\" fill=\"none\"/>",
                py + 30,
                y + 15
            ));
        }
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"30\" rx=\"6\" class=\"node {class}\"/><text x=\"{}\" y=\"{}\">{}</text>",
            width - x - 8,
            x + 10,
            y + 20,
            esc(label)
        ));
        parent_at.retain(|(d, _)| d < depth || !class.starts_with("fork"));
        parent_at.push((if class.starts_with("fork") { *depth } else { 0 }, y));
    }
    out.push_str("</svg>");
    out
}

#[derive(Template)]
#[template(path = "design.html")]
pub struct DesignPage {
    pub nav: Nav,
    pub slug: String,
    pub work: String,
    pub title: String,
    pub purpose: Option<String>,
    pub license: String,
    pub authors: String,
    pub blocks: Vec<BlockView>,
    pub total: String,
    /// (title, url, author, license), oldest first.
    pub chain: Vec<(String, String, String, String)>,
    pub forks: Vec<Fork>,
    pub lineage: String,
    pub published: bool,
    pub public_url: String,
    pub imported_from: Option<String>,
    pub may_change: bool,
    pub host: bool,
    pub gatherings: Vec<(i32, String)>,
    pub flash: Option<&'static str>,
    pub error: Option<String>,
    /// Whether this is the public page (signed out readers, no forms).
    pub public: bool,
}

fn design_page_of(
    nav: Nav,
    w: &Work,
    forks: Vec<Fork>,
    public_url: String,
) -> Result<DesignPage, PageError> {
    let Doc::Design(d) = &w.doc else {
        return Err(AppError::NotFound.into());
    };
    let chain: Vec<(String, String, String, String)> = d
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
        .collect();
    let lineage = lineage_svg(
        &chain
            .iter()
            .map(|c| (c.0.clone(), c.2.clone()))
            .collect::<Vec<_>>(),
        d.title.as_str(),
        &forks,
        nav.tr,
    );
    Ok(DesignPage {
        total: super::library::hm(nav.tr, d.total_minutes()),
        nav,
        slug: String::new(),
        work: w.row.slug.clone(),
        title: d.title.as_str().into(),
        purpose: d
            .purpose
            .as_ref()
            .map(|p| crate::markdown::to_html(p.as_str())),
        license: d.license.as_str().into(),
        authors: d
            .authors
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        blocks: blocks(d),
        chain,
        forks,
        lineage,
        published: w.published(),
        public_url,
        imported_from: w.row.source_url.clone(),
        may_change: false,
        host: false,
        gatherings: Vec::new(),
        flash: None,
        error: None,
        public: false,
    })
}

async fn design_page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &Ctx,
    work: &str,
    flash: Option<&'static str>,
    error: Option<String>,
) -> Result<DesignPage, PageError> {
    let c = ctx.require::<can::TakePart>()?;
    let w = st.app.library_work(&c, WorkKind::Design, work).await?;
    let forks = st.app.design_forks(&c, &w).await?;
    let slug = slug_of(ctx);
    let url = crate::api::library::public_url(st, &slug, WorkKind::Design, work);
    let mut page = design_page_of(Nav::inside(account, ctx), &w, forks, url)?;
    page.slug = slug;
    page.may_change = w.row.author_id == Some(account.id) || ctx.may(Permission::EditSettings);
    page.host = ctx.may(Permission::HostGathering);
    if page.host {
        page.gatherings = st
            .app
            .gatherings(&c)
            .await?
            .into_iter()
            .map(|g| (g.id, g.title))
            .collect();
    }
    page.flash = flash;
    page.error = error;
    Ok(page)
}

#[derive(Deserialize)]
pub struct DesignPath {
    work: String,
}

/// `GET /c/{slug}/library/designs/{work}`
pub async fn design_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(DesignPath { work }): Ids<DesignPath>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &design_page(&st, &account, &ctx, &work, done_message(&q.done), None).await?,
    ))
}

/// `GET /c/{slug}/library/practices/{work}`: a practice the community imported, browsable
/// like the catalog's, with who added it, where from, and its attribution chain.
pub async fn practice_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(DesignPath { work }): Ids<DesignPath>,
) -> Result<Response, PageError> {
    let c = ctx.require::<can::TakePart>()?;
    let w = st.app.library_work(&c, WorkKind::Practice, &work).await?;
    let Doc::Practice(p) = &w.doc else {
        return Err(AppError::NotFound.into());
    };
    let slug = slug_of(&ctx);
    let nav = Nav::inside(&account, &ctx);
    let back = nav.t("practice-community-library");
    let mut page = super::library::practice_page(
        nav,
        p,
        (format!("/c/{slug}/library#practices"), back),
        (
            format!("/c/{slug}/library/files/practices/{work}/export.md"),
            format!("/c/{slug}/library/files/practices/{work}/export.json"),
        ),
    );
    page.imported = Some((w.added_by.clone(), w.row.source_url.clone()));
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "design_sheet.html")]
pub struct SheetPage {
    pub nav: Nav,
    pub d: DesignPage,
}

/// `GET /c/{slug}/library/designs/{work}/sheet`: the facilitator's sheet, for printing.
pub async fn sheet_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(DesignPath { work }): Ids<DesignPath>,
) -> Result<Response, PageError> {
    let d = design_page(&st, &account, &ctx, &work, None, None).await?;
    Ok(render(&SheetPage {
        nav: Nav::inside(&account, &ctx),
        d,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForkForm {
    pub slug: String,
}

/// `POST /c/{slug}/library/designs/{work}/fork`
pub async fn fork_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(DesignPath { work }): Ids<DesignPath>,
    Form(f): Form<ForkForm>,
) -> Result<Response, PageError> {
    let slug = slug_of(&ctx);
    let result = async {
        let new = Slug::parse(&f.slug).map_err(|e| AppError::field("slug", e.to_string()))?;
        let at = crate::api::library::fork_source(&st, &slug, &work)?;
        st.app.fork_design(&ctx, &work, new, at).await
    }
    .await;
    settle(
        result,
        |s: Slug| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/library/designs/{}?done=forked",
                s.as_str()
            ))
            .into_response()))
        },
        |msg| design_page(&st, &account, &ctx, &work, None, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PublishForm {
    pub license: String,
}

/// `POST /c/{slug}/library/designs/{work}/publish`
pub async fn publish_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(DesignPath { work }): Ids<DesignPath>,
    Form(f): Form<PublishForm>,
) -> Result<Response, PageError> {
    let slug = slug_of(&ctx);
    let result = async {
        let license =
            License::parse(&f.license).map_err(|e| AppError::field("license", e.to_string()))?;
        st.app
            .publish_work(&ctx, WorkKind::Design, &work, license)
            .await
    }
    .await;
    settle(
        result,
        |_| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/library/designs/{work}?done=published"
            ))
            .into_response()))
        },
        |msg| design_page(&st, &account, &ctx, &work, None, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    /// Set by the confirming second post.
    pub confirm: String,
}

#[derive(Template)]
#[template(path = "design_delete.html")]
pub struct DeletePage {
    pub nav: Nav,
    pub slug: String,
    pub work: String,
    pub title: String,
    pub published: bool,
    pub forks: usize,
}

/// `POST /c/{slug}/library/designs/{work}/delete`: the first post shows what would happen,
/// the second (`confirm=1`) deletes (its author or a steward).
pub async fn delete_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(DesignPath { work }): Ids<DesignPath>,
    Form(f): Form<DeleteForm>,
) -> Result<Response, PageError> {
    let slug = slug_of(&ctx);
    if f.confirm != "1" {
        let w = st.app.library_work(&ctx, WorkKind::Design, &work).await?;
        let forks = st.app.design_forks(&ctx, &w).await?;
        return Ok(render(&DeletePage {
            nav: Nav::inside(&account, &ctx),
            slug,
            work,
            title: w.doc.title().into(),
            published: w.published(),
            forks: forks.iter().filter(|f| !f.deleted).count(),
        }));
    }
    let result = st.app.delete_work(&ctx, WorkKind::Design, &work).await;
    settle(
        result,
        |_| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/library?done=deleted#designs"
            ))
            .into_response()))
        },
        |msg| design_page(&st, &account, &ctx, &work, None, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RunForm {
    pub gathering: String,
    /// When the first block starts, in the gathering's zone (both empty: now).
    pub date: String,
    pub starts: String,
}

/// `POST /c/{slug}/library/designs/{work}/run`: a host makes a gathering run it.
pub async fn run_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(DesignPath { work }): Ids<DesignPath>,
    Form(f): Form<RunForm>,
) -> Result<Response, PageError> {
    let slug = slug_of(&ctx);
    let result = async {
        let g: i32 = f
            .gathering
            .trim()
            .parse()
            .map_err(|_| AppError::field("gathering", "choose a gathering"))?;
        let g = convene_domain::ids::GatheringId(g);
        let starts = match (f.date.trim(), f.starts.trim()) {
            ("", "") => None,
            (d, t) => Some((d, t)),
        };
        st.app.run_design(&ctx, g, &work, starts).await.map(|_| g)
    }
    .await;
    settle(
        result,
        |g: convene_domain::ids::GatheringId| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/g/{}/run?done=run",
                g.get()
            ))
            .into_response()))
        },
        |msg| design_page(&st, &account, &ctx, &work, None, Some(msg)),
    )
    .await
}

#[derive(Template)]
#[template(path = "design_new.html")]
pub struct NewDesignPage {
    pub nav: Nav,
    pub slug: String,
    /// (slug, title) of the catalog's practices.
    pub practices: Vec<(String, String)>,
    pub rows: Vec<BlockRow>,
    pub title: String,
    pub work: String,
    pub purpose: String,
    pub error: Option<String>,
}

#[derive(Default, Clone)]
pub struct BlockRow {
    pub practice: String,
    pub title: String,
    pub minutes: String,
    pub notes: String,
}

/// How many block rows the form offers.
const ROWS: usize = 8;

fn new_page(
    account: &convene_app::store::Account,
    ctx: &Ctx,
    fields: &[(String, String)],
    error: Option<String>,
) -> NewDesignPage {
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    NewDesignPage {
        nav: Nav::inside(account, ctx),
        slug: slug_of(ctx),
        practices: super::library::catalog()
            .practices
            .values()
            .map(|p| (p.slug.as_str().into(), p.title.as_str().into()))
            .collect(),
        rows: (0..ROWS)
            .map(|i| BlockRow {
                practice: get(&format!("practice{i}")),
                title: get(&format!("title{i}")),
                minutes: get(&format!("minutes{i}")),
                notes: get(&format!("notes{i}")),
            })
            .collect(),
        title: get("title"),
        work: get("work"),
        purpose: get("purpose"),
        error,
    }
}

/// `GET /c/{slug}/library/designs/new`
pub async fn new_get(Inside { account, ctx }: Inside) -> Result<Response, PageError> {
    ctx.require::<can::TakePart>()?;
    Ok(render(&new_page(&account, &ctx, &[], None)))
}

fn field<T>(name: &'static str, r: Result<T, convene_practice::TextError>) -> Result<T, AppError> {
    r.map_err(|e| AppError::field(name, e.to_string()))
}

/// The design the form describes: rows with neither a practice nor a title are left out.
fn design_of_form(fields: &[(String, String)]) -> Result<Design, AppError> {
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map_or("", |(_, v)| v.as_str())
            .trim()
    };
    let mut json = serde_json::json!({
        "format": "convene-design/1",
        "slug": get("work"),
        "title": get("title"),
        "blocks": [],
    });
    if !get("purpose").is_empty() {
        json["purpose"] = get("purpose").into();
    }
    field("slug", Slug::parse(get("work")))?;
    field("title", Line::parse(get("title")))?;
    let mut rows = Vec::new();
    for i in 0..ROWS {
        let (p, t) = (get(&format!("practice{i}")), get(&format!("title{i}")));
        if p.is_empty() && t.is_empty() {
            continue;
        }
        let minutes: u32 = get(&format!("minutes{i}")).parse().map_err(|_| {
            AppError::field(
                "minutes",
                format!("block {}: how many minutes, a whole number", i + 1),
            )
        })?;
        field(
            "minutes",
            Minutes::new(minutes).ok_or(convene_practice::TextError::Invalid(
                "must be 1 or more minutes",
            )),
        )?;
        let mut b = serde_json::json!({"minutes": minutes});
        if !p.is_empty() {
            field("practice", Slug::parse(p))?;
            b["practice"] = p.into();
        }
        if !t.is_empty() {
            field("title", Line::parse(t))?;
            b["title"] = t.into();
        }
        let notes = get(&format!("notes{i}"));
        if !notes.is_empty() {
            field("notes", Text::parse(notes))?;
            b["notes"] = notes.into();
        }
        rows.push(b);
    }
    if rows.is_empty() {
        return Err(AppError::field(
            "blocks",
            "a design needs at least one block: a practice or a title, and minutes",
        ));
    }
    json["blocks"] = rows.into();
    Design::from_json(&json.to_string()).map_err(|e| AppError::field("design", e.to_string()))
}

/// `POST /c/{slug}/library/designs`
pub async fn create_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let result = async { st.app.compose_design(&ctx, design_of_form(&fields)?).await }.await;
    let slug = slug_of(&ctx);
    settle(
        result,
        |s: Slug| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/library/designs/{}?done=composed",
                s.as_str()
            ))
            .into_response()))
        },
        |msg| std::future::ready(Ok(new_page(&account, &ctx, &fields, Some(msg)))),
    )
    .await
}

#[derive(Template)]
#[template(path = "published.html")]
pub struct PublishedPage {
    pub nav: Nav,
    /// (community, item).
    pub works: Vec<(String, WorkItem)>,
}

/// `GET /library/published`: everything published on this server, for anyone.
pub async fn published_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
) -> Result<Response, PageError> {
    let works = st.app.published_works().await?;
    Ok(render(&PublishedPage {
        nav: super::library::nav(account),
        works: works
            .iter()
            .map(|(c, w)| (c.clone(), WorkItem::of(w)))
            .collect(),
    }))
}

/// `GET /library/c/{community}/{kind}/{work}`: a published design's public page.
pub async fn public_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    Path(p): Path<PublicPath>,
) -> Result<Response, PageError> {
    if kind_of(&p.kind)? != WorkKind::Design {
        return Err(AppError::NotFound.into());
    }
    let (c, w) = st
        .app
        .published_work(&p.community, WorkKind::Design, &p.work)
        .await?;
    let url = crate::api::library::public_url(&st, &c.slug, WorkKind::Design, &p.work);
    let mut page = design_page_of(super::library::nav(account), &w, Vec::new(), url)?;
    page.slug = c.slug;
    page.public = true;
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "design_run.html")]
pub struct RunPage {
    pub nav: Nav,
    pub slug: String,
    pub gathering: i32,
    pub title: String,
    pub blocks: Vec<BlockView>,
    pub state: String,
    pub current: usize,
    pub host: bool,
    pub kiosk: bool,
    pub flash: Option<&'static str>,
    pub error: Option<String>,
}

/// The timer's state as the page's script reads it (the same fields as the API's).
fn state_json(v: &RunView) -> String {
    serde_json::to_string(&crate::api::library::TimerDto::of(v)).unwrap_or_default()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RunQuery {
    pub done: String,
    pub view: String,
}

async fn run_page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &Ctx,
    id: convene_domain::ids::GatheringId,
    kiosk: bool,
    flash: Option<&'static str>,
    error: Option<String>,
) -> Result<RunPage, PageError> {
    let c = ctx.require::<can::TakePart>()?;
    let v = st.app.design_run(&c, id).await?.ok_or(AppError::NotFound)?;
    Ok(RunPage {
        nav: Nav::inside(account, ctx),
        slug: slug_of(ctx),
        gathering: id.get(),
        title: v.design.title.as_str().into(),
        blocks: blocks(&v.design),
        state: state_json(&v),
        current: v.timer.block as usize,
        host: ctx.may(Permission::HostGathering),
        kiosk,
        flash,
        error,
    })
}

/// `GET /c/{slug}/g/{id}/run` (`?view=kiosk`: large, for the room's screen)
pub async fn run_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<RunQuery>,
) -> Result<Response, PageError> {
    let page = run_page(
        &st,
        &account,
        &ctx,
        id,
        q.view == "kiosk",
        done_message(&q.done),
        None,
    )
    .await?;
    Ok(render(&page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TimerForm {
    pub action: String,
    pub minutes: String,
}

/// `POST /c/{slug}/g/{id}/run/timer`: start, pause, extend (by minutes), next.
pub async fn timer_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<TimerForm>,
) -> Result<Response, PageError> {
    let result = async {
        let secs = if f.action == "extend" {
            let m: i64 = f
                .minutes
                .trim()
                .parse()
                .map_err(|_| AppError::field("minutes", "a whole number of minutes"))?;
            Some(m.saturating_mul(60))
        } else {
            None
        };
        let action = crate::api::library::timer_action(&f.action, secs)?;
        st.app.timer_action(&ctx, id, action).await
    }
    .await;
    let slug = slug_of(&ctx);
    settle(
        result,
        |_| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/g/{}/run?done=timer#timer",
                id.get()
            ))
            .into_response()))
        },
        |msg| run_page(&st, &account, &ctx, id, false, None, Some(msg)),
    )
    .await
}

/// `GET /c/{slug}/g/{id}/run/live`: an event `timer` (data: the state as JSON) now and after
/// every change of the gathering, until the client leaves, the server shuts down or the right
/// to read ends; a comment every 15 s. State, not events: a late screen is right at once.
pub async fn run_live(
    State(st): State<AppState>,
    jar: CookieJar,
    Can { ctx, .. }: Can<can::TakePart>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let rx = st.app.live.subscribe(id.get());
    st.app
        .design_run(&ctx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let session = session_token(&st, &jar).ok_or(AppError::Unauthenticated)?;
    let stop = st.cfg.shutdown.clone();
    let mut beat = tokio::time::interval(std::time::Duration::from_secs(15));
    beat.reset();
    let stream = futures_util::stream::unfold(
        (rx, true, st, ctx, beat),
        move |(mut rx, first, st, ctx, mut beat)| {
            let (stop, session) = (stop.clone(), session.clone());
            async move {
                if !first {
                    tokio::select! {
                        _ = stop.cancelled() => return None,
                        _ = beat.tick() => {
                            if !st.app.still_allowed(&ctx, &session).await.unwrap_or(false) {
                                return None;
                            }
                            return Some((Ok::<_, Infallible>(Bytes::from_static(b":\n\n")), (rx, false, st, ctx, beat)));
                        }
                        r = rx.changed() => r.ok()?,
                    }
                    if !st.app.still_allowed(&ctx, &session).await.unwrap_or(false) {
                        return None;
                    }
                }
                let v = st.app.design_run(&ctx, id).await.ok()??;
                let frame = Bytes::from(format!("event: timer\ndata: {}\n\n", state_json(&v)));
                Some((Ok(frame), (rx, false, st, ctx, beat)))
            }
        },
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

/// `GET /c/{slug}/library/designs/{work}/sheet.pdf`: the facilitator's sheet as a tagged PDF
/// (drawn by the proceedings' PDF writer from Markdown whose texts are made literal).
pub async fn sheet_pdf(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(DesignPath { work }): Ids<DesignPath>,
) -> Result<Response, PageError> {
    use crate::export::proceedings::plain;
    let c = ctx.require::<can::TakePart>()?;
    let w = st.app.library_work(&c, WorkKind::Design, &work).await?;
    let Doc::Design(d) = &w.doc else {
        return Err(AppError::NotFound.into());
    };
    let tr = Nav::inside(&account, &ctx).tr;
    let names: Vec<&str> = d.authors.iter().map(|a| a.as_str()).collect();
    let summary = tr.t3(
        "practice-design-summary",
        "total",
        super::library::hm(tr, d.total_minutes()),
        "blocks",
        d.blocks.len(),
        "license",
        plain(d.license.as_str()),
    );
    let mut md = format!("# {}\n\n{summary}", plain(d.title.as_str()));
    if !names.is_empty() {
        md.push_str(&format!(
            " · {}",
            tr.t1("practice-by", "authors", plain(&names.join(", ")))
        ));
    }
    md.push_str("\n\n");
    if let Some(p) = &d.purpose {
        md.push_str(&format!("{}\n\n", plain(p.as_str())));
    }
    md.push_str(&format!("## {}\n\n", tr.t("practice-design-blocks")));
    for p in d.schedule() {
        md.push_str(&format!(
            "- {}",
            tr.t3(
                "practice-sheet-block",
                "at",
                p.start,
                "m",
                p.block.minutes.get(),
                "title",
                plain(&block_title(p.block))
            )
        ));
        if let Some(n) = &p.block.notes {
            md.push_str(&format!(". {}", plain(n.as_str())));
        }
        md.push('\n');
    }
    if !d.derived_from.is_empty() {
        md.push_str(&format!("\n## {}\n\n", tr.t("practice-sheet-derived")));
        for s in d.derived_from.iter() {
            md.push_str(&format!(
                "- {} {}, {}\n",
                plain(s.title.as_str()),
                tr.t2(
                    "practice-derived-by",
                    "author",
                    plain(s.author.as_str()),
                    "license",
                    plain(s.license.as_str())
                ),
                plain(s.source.as_str())
            ));
        }
    }
    let pdf = crate::export::pdf::render(d.title.as_str(), &md);
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{work}-sheet.pdf\""),
            ),
        ],
        pdf,
    )
        .into_response())
}
