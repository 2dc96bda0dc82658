//! The marketplace and the wall: convening, placing and swapping sessions, interest, the law
//! of two feet, and a session's own page.

use super::gathering::{answer, free_cells, parse_cell};
use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids, Inside, SessionPath};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use convene_app::AppError;
use convene_app::Ctx;
use convene_app::agenda::SessionForm;
use convene_app::can;
use convene_app::harvest::ReportView;
use convene_app::merge::Merge;
use convene_app::store::{Account, Gathering, Session};
use convene_domain::content::Visibility;
use convene_domain::gathering::features;
use convene_domain::ids::{GatheringId, SessionId};
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
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    axum_extra::extract::Form(form): axum_extra::extract::Form<ConveneForm>,
) -> Result<Response, PageError> {
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
                .map(|c| crate::form_id(c))
                .collect::<Result<_, _>>()?,
            visibility: Visibility::Network,
        };
        st.app.convene(&ctx.require()?, id, &f).await.map(|_| ())
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
    pub description: String,
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
    /// The description's notice (hidden: why, decision, appeal) and flag form.
    pub moderation: String,
}

pub async fn session_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
) -> Result<Response, PageError> {
    Ok(render(
        &session_page(&st, &account, &ctx, (id, sid), None, None).await?,
    ))
}

pub(crate) async fn session_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    (id, sid): (GatheringId, SessionId),
    draft: Option<String>,
    error: Option<String>,
) -> Result<SessionPage, PageError> {
    let slug = &ctx.community().slug;
    let view = st.app.session(&ctx.require()?, id, sid).await?;
    let s = view.session;
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let report = st.app.report(&ctx.require()?, id, sid).await?;
    let (incoming, proposed) = st.app.merge_proposals(&ctx.require()?, id, sid).await?;
    let host = ctx.may(convene_domain::Permission::HostGathering);
    let cards: Vec<&convene_app::agenda::Card> = wall.cards().filter(|c| c.id != s.id).collect();
    let others: Vec<(i32, String)> = cards.iter().map(|c| (c.id, c.title.clone())).collect();
    let swappable = cards
        .iter()
        .filter(|c| host || c.convener_id == Some(ctx.member().account_id.get()))
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
        moderation: super::moderation::ModerationBox::of(
            st,
            ctx,
            view.description.id,
            format!("/c/{slug}/g/{id}/s/{sid}"),
        )
        .await?,
        description: view.description.body,
        interested: view.interested,
        here: view.here,
        editable: view.editable,
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
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<PlaceForm>,
) -> Result<Response, PageError> {
    let result = match parse_cell(&form.cell) {
        Ok(cell) => st.app.place(&ctx.require()?, id, sid, cell).await,
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
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<SwapForm>,
) -> Result<Response, PageError> {
    let result = match form.with.trim().parse::<i32>() {
        Ok(other) => {
            st.app
                .swap(&ctx.require()?, id, (sid, SessionId(other)))
                .await
        }
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
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<InterestForm>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .set_interest(&ctx.require()?, id, sid, checked(&form.on))
        .await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckInForm {
    pub anonymous: Option<String>,
}

pub async fn checkin_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<CheckInForm>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .check_in(&ctx.require()?, id, sid, checked(&form.anonymous))
        .await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}

pub async fn checkout_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let result = st.app.check_out(&ctx.require()?, id).await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    /// The other session's id (empty: withdraw a proposal).
    pub other: String,
    pub reason: String,
}

fn other_id(raw: &str) -> Result<Option<SessionId>, AppError> {
    match raw.trim() {
        "" => Ok(None),
        s => s
            .parse()
            .map(|id| Some(SessionId(id)))
            .map_err(|_| AppError::field("merge", "choose a session")),
    }
}

/// Proposes merging this session into another (or withdraws the proposal).
pub async fn merge_propose_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<MergeForm>,
) -> Result<Response, PageError> {
    let result = match other_id(&form.other) {
        Ok(into) => st.app.propose_merge(&ctx.require()?, id, sid, into).await,
        Err(e) => Err(e),
    };
    answer(&st, &account, &ctx, id, result, "#wall").await
}

/// Accepts another session's proposal to merge into this one.
pub async fn merge_accept_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<MergeForm>,
) -> Result<Response, PageError> {
    let result = match other_id(&form.other) {
        Ok(Some(from)) => {
            st.app
                .accept_merge(&ctx.require()?, id, Merge { from, into: sid })
                .await
        }
        Ok(None) => Err(AppError::field("merge", "choose a session")),
        Err(e) => Err(e),
    };
    answer(&st, &account, &ctx, id, result, "#wall").await
}

/// A host merges another session into this one, with a reason for the audit log.
pub async fn merge_host_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<MergeForm>,
) -> Result<Response, PageError> {
    let result = async {
        let from =
            other_id(&form.other)?.ok_or_else(|| AppError::field("merge", "choose a session"))?;
        let reason = convene_domain::text::Reason::parse(&form.reason)?;
        st.app
            .host_merge(&ctx, id, Merge { from, into: sid }, &reason)
            .await
    }
    .await;
    answer(&st, &account, &ctx, id, result, "#wall").await
}
