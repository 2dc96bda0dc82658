//! The marketplace and the wall: convening, placing and swapping sessions, interest, the law
//! of two feet, and a session's own page.

use super::gathering::{answer, free_cells, parse_cell};
use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentAccount;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use convene_app::AppError;
use convene_app::agenda::SessionForm;
use convene_app::community::Ctx;
use convene_app::harvest::ReportView;
use convene_app::store::{Account, Gathering, Session};
use convene_domain::gathering::features;
use convene_domain::text::{SessionDescription, SessionTitle};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConveneForm {
    pub title: String,
    pub description: String,
    pub needs: String,
    /// Co-conveners' account ids, from a multiple select (repeated `co` keys).
    pub co: Vec<String>,
}

pub async fn convene_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id)): Path<(String, String)>,
    axum_extra::extract::Form(form): axum_extra::extract::Form<ConveneForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let id = crate::path_id(&id)?;
    let result = async {
        let f = SessionForm {
            title: SessionTitle::parse(&form.title)?,
            description: if form.description.trim().is_empty() {
                None
            } else {
                Some(SessionDescription::parse(&form.description)?)
            },
            needs: features(&form.needs)?,
            co_conveners: form
                .co
                .iter()
                .map(|c| crate::path_id(c))
                .collect::<Result<_, _>>()?,
        };
        st.app.convene(&ctx, id, &f).await.map(|_| ())
    }
    .await;
    answer(&st, &account, &ctx, id, result, "#marketplace").await
}

#[derive(Template)]
#[template(path = "session.html")]
pub struct SessionPage {
    pub nav: Nav,
    pub slug: String,
    pub g: Gathering,
    pub s: Session,
    pub interested: bool,
    pub here: bool,
    pub editable: bool,
    pub free: Vec<(String, String)>,
    /// Other sessions the caller may swap with: (id, title).
    pub swappable: Vec<(i32, String)>,
    /// Every other session (to merge with).
    pub others: Vec<(i32, String)>,
    pub presence_open: bool,
    pub harvest_open: bool,
    pub report: ReportView,
    pub report_html: String,
    /// The writer's own text, kept when someone else saved first.
    pub draft: Option<String>,
    pub error: Option<String>,
    /// Sessions asking to merge into this one, and this one's own proposal.
    pub incoming: Vec<(i32, String)>,
    pub proposed: Option<(i32, String)>,
    pub host: bool,
}

pub async fn session_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    Ok(render(
        &session_page(&st, &account, &ctx, (id, sid), None, None).await?,
    ))
}

pub(crate) async fn session_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    (id, sid): (i32, i32),
    draft: Option<String>,
    error: Option<String>,
) -> Result<SessionPage, PageError> {
    let slug = &ctx.community.slug;
    let (s, interested, here, editable) = st.app.session(ctx, id, sid).await?;
    let wall = st.app.wall(ctx, id).await?;
    let report = st.app.report(ctx, id, sid).await?;
    let (incoming, proposed) = st.app.merge_proposals(ctx, id, sid).await?;
    let host = ctx
        .member
        .roles
        .allows(convene_domain::Permission::HostGathering);
    let cards: Vec<&convene_app::agenda::Card> = wall.cards().filter(|c| c.id != s.id).collect();
    let others: Vec<(i32, String)> = cards.iter().map(|c| (c.id, c.title.clone())).collect();
    let swappable = cards
        .iter()
        .filter(|c| host || c.convener_id == Some(ctx.member.account_id))
        .map(|c| (c.id, c.title.clone()))
        .collect();
    Ok(SessionPage {
        nav: Nav::inside(account, ctx),
        slug: slug.clone(),
        free: free_cells(&wall),
        presence_open: wall.phase.allows_presence(),
        harvest_open: wall.phase.allows_harvest(),
        report_html: crate::markdown::to_html(&report.body),
        report,
        draft,
        error,
        incoming,
        proposed,
        host,
        others,
        g: wall.gathering,
        s,
        interested,
        here,
        editable,
        swappable,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlaceForm {
    pub cell: String,
}

pub async fn place_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
    Form(form): Form<PlaceForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    let result = match parse_cell(&form.cell) {
        Ok(cell) => st.app.place(&ctx, id, sid, cell).await,
        Err(e) => Err(e),
    };
    answer(&st, &account, &ctx, id, result, "#wall").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SwapForm {
    pub with: String,
}

pub async fn swap_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
    Form(form): Form<SwapForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    let result = match form.with.trim().parse::<i32>() {
        Ok(other) => st.app.swap(&ctx, id, sid, other).await,
        Err(_) => Err(AppError::field("with", "choose a session to swap with")),
    };
    answer(&st, &account, &ctx, id, result, "#wall").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InterestForm {
    pub on: Option<String>,
}

pub async fn interest_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
    Form(form): Form<InterestForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    let result = st.app.set_interest(&ctx, id, sid, checked(&form.on)).await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckInForm {
    pub anonymous: Option<String>,
}

pub async fn checkin_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
    Form(form): Form<CheckInForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    let result = st
        .app
        .check_in(&ctx, id, sid, checked(&form.anonymous))
        .await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}

pub async fn checkout_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let id = crate::path_id(&id)?;
    let result = st.app.check_out(&ctx, id).await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    /// The other session's id (empty: withdraw a proposal).
    pub other: String,
    pub reason: String,
}

fn other_id(raw: &str) -> Result<Option<i32>, AppError> {
    match raw.trim() {
        "" => Ok(None),
        s => s
            .parse()
            .map(Some)
            .map_err(|_| AppError::field("merge", "choose a session")),
    }
}

/// Proposes merging this session into another (or withdraws the proposal).
pub async fn merge_propose_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
    Form(form): Form<MergeForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    let result = match other_id(&form.other) {
        Ok(into) => st.app.propose_merge(&ctx, id, sid, into).await,
        Err(e) => Err(e),
    };
    answer(&st, &account, &ctx, id, result, "#wall").await
}

/// Accepts another session's proposal to merge into this one.
pub async fn merge_accept_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
    Form(form): Form<MergeForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    let result = match other_id(&form.other) {
        Ok(Some(from)) => st.app.accept_merge(&ctx, id, sid, from).await,
        Ok(None) => Err(AppError::field("merge", "choose a session")),
        Err(e) => Err(e),
    };
    answer(&st, &account, &ctx, id, result, "#wall").await
}

/// A host merges another session into this one, with a reason for the audit log.
pub async fn merge_host_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id, sid)): Path<(String, String, String)>,
    Form(form): Form<MergeForm>,
) -> Result<Response, PageError> {
    let ctx = st
        .app
        .ctx_requiring(&account, &slug, convene_domain::Permission::HostGathering)
        .await?;
    let (id, sid) = (crate::path_id(&id)?, crate::path_id(&sid)?);
    let result = async {
        let from =
            other_id(&form.other)?.ok_or_else(|| AppError::field("merge", "choose a session"))?;
        let reason = convene_domain::text::Reason::parse(&form.reason)?;
        st.app.host_merge(&ctx, id, (from, sid), &reason).await
    }
    .await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}
