//! Contributions: submit one (members and guests), see one's own and their state, edit after
//! a curator asks for changes; the curators' queue and their decisions with a reason; the
//! community's public page and its Atom feed, readable signed out, with license and
//! attribution. Every post returns to the contribution with a flash saying what happened.

use super::flash::Flash;
use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids, Inside};
use crate::i18n::Val;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::contribution::{self, ContributionView, NewContributionInput, PublicPage};
use convene_app::mail::escape;
use convene_app::store::{Account, Contribution};
use convene_app::{AppError, Ctx, can};
use convene_domain::Permission;
use convene_domain::contribution::{LICENSES, Outcome, State as Curation, license};
use convene_domain::ids::ContributionId;
use convene_domain::text::{Attribution, ContributionBody, ContributionTitle, Reason, Summary};
use convene_i18n::Tr;
use serde::Deserialize;

/// `/c/{slug}/contributions/{cid}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ContributionPath {
    pub cid: ContributionId,
}

/// What was done (`?done=`) and the message that words it.
const DONE: &[(&str, &str)] = &[
    ("submitted", "talk-contribution-done-submitted"),
    ("edited", "talk-contribution-done-edited"),
    ("offered", "talk-contribution-done-offered"),
    ("accept", "talk-contribution-done-accept"),
    ("changes", "talk-contribution-done-changes"),
    ("decline", "talk-contribution-done-decline"),
];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    pub done: Option<String>,
}

fn flash(tr: Tr, q: &DoneQuery) -> Option<Flash> {
    let code = q.done.as_deref()?;
    let text = tr.t(DONE.iter().find(|d| d.0 == code)?.1);
    Some(Flash {
        text,
        item: "contribution".to_owned(),
    })
}

/// A plain sentence for a state.
pub fn sentence(tr: impl Val<Tr>, state: &str) -> String {
    Curation::parse(state).map_or_else(String::new, |s| contribution::sentence(tr.val(), s))
}

/// Too many posts: 429 with Retry-After.
fn too_fast(wait: u64) -> Response {
    let secs = wait.max(1);
    (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::RETRY_AFTER, secs.to_string())],
        crate::security::posting_message(secs),
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "contributions.html")]
pub struct ListPage {
    pub nav: Nav,
    pub slug: String,
    pub heading: &'static str,
    pub queue: bool,
    pub curator: bool,
    pub items: Vec<Contribution>,
}

pub async fn list_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    let items = st.app.my_contributions(&ctx.require()?).await?;
    Ok(render(&ListPage {
        nav: Nav::inside(&account, &ctx),
        slug: ctx.community().slug.clone(),
        heading: "talk-contributions-mine",
        queue: false,
        curator: ctx.may(Permission::CurateContributions),
        items,
    }))
}

pub async fn queue_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::CurateContributions>,
) -> Result<Response, PageError> {
    let items = st.app.curation_queue(&ctx).await?;
    Ok(render(&ListPage {
        nav: Nav::inside(&account, &ctx),
        slug: ctx.community().slug.clone(),
        heading: "talk-contributions-queue",
        queue: true,
        curator: true,
        items,
    }))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ContributionForm {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub license: String,
    pub attribution: String,
    pub base: String,
}

#[derive(Template)]
#[template(path = "contribution_new.html")]
pub struct NewPage {
    pub nav: Nav,
    pub slug: String,
    pub form: ContributionForm,
    pub licenses: [&'static str; 3],
    pub error: Option<String>,
}

fn new_page(
    account: &Account,
    ctx: &Ctx,
    form: ContributionForm,
    error: Option<String>,
) -> NewPage {
    NewPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        form,
        licenses: LICENSES,
        error,
    }
}

pub async fn new_get(Inside { account, ctx }: Inside) -> Result<Response, PageError> {
    let form = ContributionForm {
        license: LICENSES[0].to_owned(),
        attribution: account.display_name.clone(),
        ..ContributionForm::default()
    };
    Ok(render(&new_page(&account, &ctx, form, None)))
}

fn attribution(raw: &str) -> Result<Option<Attribution>, AppError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        Ok(Some(Attribution::parse(raw)?))
    }
}

/// The contribution a form or the API describes.
pub fn input(
    title: &str,
    summary: &str,
    body: &str,
    license_name: &str,
    attribution_text: &str,
) -> Result<NewContributionInput, AppError> {
    Ok(NewContributionInput {
        title: ContributionTitle::parse(title)?,
        summary: Summary::parse(summary)?,
        body: ContributionBody::parse(body)?,
        license: license(license_name).ok_or_else(|| {
            AppError::field("license", format!("choose one of {}", LICENSES.join(", ")))
        })?,
        attribution: attribution(attribution_text)?,
    })
}

pub async fn create_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Form(f): Form<ContributionForm>,
) -> Result<Response, PageError> {
    if let Err(e) = st.limit_posting(account.id) {
        return Ok(too_fast(e.0));
    }
    let result = async {
        let new = input(&f.title, &f.summary, &f.body, &f.license, &f.attribution)?;
        st.app.submit_contribution(&ctx.require()?, new).await
    }
    .await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |(id, _)| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/contributions/{id}?done=submitted#contribution"
            ))
            .into_response()))
        },
        |msg| std::future::ready(Ok(new_page(&account, &ctx, f.clone(), Some(msg)))),
    )
    .await
}

#[derive(Template)]
#[template(path = "contribution.html")]
pub struct ShowPage {
    pub nav: Nav,
    pub slug: String,
    pub v: ContributionView,
    pub flash: Option<Flash>,
    pub error: Option<String>,
    /// The edit form's text (kept when a save failed).
    pub form: ContributionForm,
}

impl ShowPage {
    pub fn html(&self) -> String {
        crate::markdown::to_html(&self.v.content.body)
    }

    pub fn sentence(&self) -> String {
        contribution::sentence(self.nav.tr, self.v.state)
    }
}

async fn show_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: ContributionId,
    error: Option<String>,
    form: Option<ContributionForm>,
) -> Result<ShowPage, PageError> {
    let v = st.app.contribution(&ctx.require()?, id).await?;
    let form = form.unwrap_or_else(|| ContributionForm {
        title: v.row.title.clone(),
        summary: v.row.summary.clone(),
        body: v.content.body.clone(),
        license: v.row.license.clone(),
        attribution: v.row.attribution.clone(),
        base: v.content.version.to_string(),
    });
    Ok(ShowPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        v,
        flash: None,
        error,
        form,
    })
}

pub async fn show_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ContributionPath { cid }): Ids<ContributionPath>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let mut page = show_page(&st, &account, &ctx, cid, None, None).await?;
    page.flash = flash(page.nav.tr, &q);
    Ok(render(&page))
}

pub async fn edit_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ContributionPath { cid }): Ids<ContributionPath>,
    Form(f): Form<ContributionForm>,
) -> Result<Response, PageError> {
    if let Err(e) = st.limit_posting(account.id) {
        return Ok(too_fast(e.0));
    }
    let result = async {
        let new = input(&f.title, &f.summary, &f.body, "", &f.attribution)?;
        let base = f
            .base
            .trim()
            .parse::<i32>()
            .map_err(|_| AppError::field("base", "reload the page and try again"))?;
        st.app
            .edit_contribution(
                &ctx.require()?,
                cid,
                &new.title,
                &new.summary,
                &new.body,
                new.attribution.as_ref(),
                base,
            )
            .await
    }
    .await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |_| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/contributions/{cid}?done=edited#contribution"
            ))
            .into_response()))
        },
        |msg| show_page(&st, &account, &ctx, cid, Some(msg), Some(f.clone())),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    pub outcome: String,
    pub reason: String,
}

pub async fn decision_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::CurateContributions>,
    Ids(ContributionPath { cid }): Ids<ContributionPath>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, PageError> {
    let outcome = Outcome::parse(&f.outcome);
    let result = async {
        let outcome = outcome
            .ok_or_else(|| AppError::field("outcome", "choose accept, changes or decline"))?;
        let reason = Reason::parse(&f.reason)?;
        st.app
            .decide_contribution(&ctx, cid, outcome, &reason)
            .await
    }
    .await;
    let slug = ctx.community().slug.clone();
    let code = outcome.map_or("", Outcome::as_str);
    super::settle(
        result,
        |()| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/contributions/{cid}?done={code}#contribution"
            ))
            .into_response()))
        },
        |msg| show_page(&st, &account, &ctx, cid, Some(msg), None),
    )
    .await
}

#[derive(Template)]
#[template(path = "public.html")]
pub struct PublicView {
    pub nav: Nav,
    pub p: PublicPage,
}

impl PublicView {
    pub fn html(&self, body: &str) -> String {
        crate::markdown::to_html(body)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct SlugPath {
    pub slug: String,
}

/// `GET /c/{slug}/public`: what curators published, for anyone (signed in or not).
pub async fn public_get(
    State(st): State<AppState>,
    Path(SlugPath { slug }): Path<SlugPath>,
) -> Result<Response, PageError> {
    let p = st.app.public_page(&slug).await?;
    let nav = Nav {
        tr: crate::i18n::for_reader(None, p.language.as_deref()),
        ..Nav::anonymous()
    };
    Ok(render(&PublicView { nav, p }))
}

fn rfc3339(ts: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ts)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_owned())
}

/// The public page as an Atom feed (RFC 4287): one entry per published contribution, with
/// its summary, its body as sanitized HTML, its license and attribution.
pub fn atom(base: &str, tr: Tr, p: &PublicPage) -> String {
    let base = base.trim_end_matches('/');
    let page = format!("{base}/c/{}/public", p.slug);
    let updated = p.items.iter().map(|i| i.updated_at).max().unwrap_or(0);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <id>{page_e}</id>\n<title>{title}</title>\n<updated>{updated}</updated>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{page_e}\"/>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{page_e}.atom\"/>\n\
         <author><name>{name}</name></author>\n",
        page_e = escape(&page),
        title = escape(&tr.t1("talk-feed-title", "community", p.name.as_str())),
        updated = rfc3339(updated),
        name = escape(&p.name),
    );
    for i in &p.items {
        let link = format!("{page}#c-{}", i.id);
        let content = format!(
            "{}<p>{}</p>",
            crate::markdown::to_html(&i.body),
            escape(&tr.t2(
                "talk-feed-rights",
                "license",
                i.license.as_str(),
                "attribution",
                i.attribution.as_str()
            ))
        );
        out.push_str(&format!(
            "<entry>\n<id>{link_e}</id>\n<title>{title}</title>\n<updated>{updated}</updated>\n\
             <published>{published}</published>\n<author><name>{author}</name></author>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{link_e}\"/>\n\
             <rights>{rights}</rights>\n<summary>{summary}</summary>\n\
             <content type=\"html\">{content}</content>\n</entry>\n",
            link_e = escape(&link),
            title = escape(&i.title),
            updated = rfc3339(i.updated_at),
            published = rfc3339(i.published_at),
            author = escape(&i.attribution),
            rights = escape(&i.license),
            summary = escape(&i.summary),
            content = escape(&content),
        ));
    }
    out.push_str("</feed>\n");
    out
}

/// `GET /c/{slug}/public.atom`
pub async fn atom_get(
    State(st): State<AppState>,
    Path(SlugPath { slug }): Path<SlugPath>,
) -> Result<Response, PageError> {
    let p = st.app.public_page(&slug).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        atom(
            &st.cfg.public_url,
            crate::i18n::for_reader(None, p.language.as_deref()),
            &p,
        ),
    )
        .into_response())
}
