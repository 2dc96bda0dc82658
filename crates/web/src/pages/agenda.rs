//! The marketplace and the wall: convening, placing and swapping sessions, interest, the law
//! of two feet, and a session's own page.

use super::flash::{Back, Done, Flash, FlashQuery};
use super::gathering::{free_cells, parse_cell};
use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids, Inside, SessionPath};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::Ctx;
use convene_app::agenda::SessionForm;
use convene_app::can;
use convene_app::harvest::ReportView;
use convene_app::merge::Merge;
use convene_app::store::{Account, Gathering, Session};
use convene_app::{AppError, Result as AppResult};
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
        st.app.convene(&ctx.require()?, id, &f).await
    }
    .await;
    let sid = result.as_ref().ok().map(|s| SessionId(s.id));
    after(
        &st,
        &account,
        &ctx,
        (id, sid),
        result,
        Back::Wall,
        Done::Convened,
    )
    .await
}

/// After a post about a session: back where the person acted from (`back`), with a message
/// and scrolled to the session; or that page again with what went wrong.
pub(crate) async fn after<T>(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    (id, sid): (GatheringId, Option<SessionId>),
    result: AppResult<T>,
    back: Back,
    done: Done,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let go =
        move |_| std::future::ready(Ok(back.to(&slug, id.get(), sid.map(SessionId::get), done)));
    match (back, sid) {
        (Back::Session, Some(sid)) => {
            super::settle(result, go, |msg| {
                session_page(st, account, ctx, (id, sid), None, Some(msg))
            })
            .await
        }
        (Back::Now | Back::Next | Back::My, _) => {
            super::settle(result, go, |msg| {
                super::phone::phone_page(st, account, ctx, id, None, Some(msg))
            })
            .await
        }
        _ => {
            super::settle(result, go, |msg| {
                super::gathering::page(st, account, ctx, id, None, Some(msg))
            })
            .await
        }
    }
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
    /// Its card on the wall: conveners, interest, presence, unmet needs.
    pub card: Option<convene_app::agenda::Card>,
    /// Where it is: (date, starts–ends, room), or `None` in the marketplace.
    pub place: Option<(String, String, String)>,
    /// The value of its cell in the place form (`space:slot`).
    pub cell: Option<String>,
    pub description_version: i32,
    /// The description's content id, for its suggestions and history.
    pub description_content: i32,
    /// The convener's own description, kept when someone else saved first.
    pub edit_draft: Option<String>,
    pub flash: Option<Flash>,
    pub zone: String,
    /// The threads started on this session that the reader may read.
    pub threads: Vec<convene_app::thread::ThreadItem>,
    /// The description's notice (hidden: why, decision, appeal) and flag form.
    pub moderation: String,
}

pub async fn session_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Query(q): Query<FlashQuery>,
) -> Result<Response, PageError> {
    let mut page = session_page(&st, &account, &ctx, (id, sid), None, None).await?;
    let title = page.s.title.clone();
    let this = page.s.id;
    page.flash = q.flash_in(page.nav.tr, |s| (s == this).then(|| title.clone()));
    Ok(render(&page))
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
    let threads = st
        .app
        .threads(
            &ctx.require()?,
            convene_app::store::threads::Place::Session(sid.get()),
        )
        .await?;
    let (incoming, proposed) = st.app.merge_proposals(&ctx.require()?, id, sid).await?;
    let host = ctx.may(convene_domain::Permission::HostGathering);
    let card = wall.cards().find(|c| c.id == s.id).cloned();
    let place = card
        .as_ref()
        .and_then(|c| c.place_in(&wall))
        .map(|(row, sp)| {
            (
                row.date.clone(),
                format!("{}–{}", row.starts, row.ends),
                sp.name.clone(),
            )
        });
    let cell = s.space_id.zip(s.slot_id).map(|(a, b)| format!("{a}:{b}"));
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
        threads,
        report,
        draft,
        error,
        incoming,
        proposed,
        host,
        others,
        zone: wall.gathering.time_zone.clone(),
        g: wall.gathering,
        s,
        card,
        place,
        cell,
        flash: None,
        edit_draft: None,
        description_version: view.description.version,
        description_content: view.description.id.get(),
        moderation: super::moderation::ModerationBox::of(
            st,
            account,
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
    /// Set on the confirmation step of taking a session off the wall.
    pub confirm: Option<String>,
    pub back: String,
}

/// A question before something is undone: what happens, a button to go on, a way back.
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    pub nav: Nav,
    pub title: String,
    pub message: String,
    pub action: String,
    /// Hidden fields of the confirming form.
    pub fields: Vec<(&'static str, String)>,
    pub confirm: String,
    pub cancel: String,
}

/// Places or moves a session. Taking it off the wall (no cell) needs a second, confirming
/// post: the first shows what would happen and asks.
pub async fn place_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<PlaceForm>,
) -> Result<Response, PageError> {
    let back = Back::parse(&form.back);
    let slug = ctx.community().slug.clone();
    let before = st.app.session(&ctx.require()?, id, sid).await?.session;
    let was = before.space_id.zip(before.slot_id);
    let cell = parse_cell(&form.cell);
    if let Ok(None) = cell {
        if was.is_none() {
            let e: AppResult<()> = Err(AppError::field("cell", "choose a free cell"));
            return after(&st, &account, &ctx, (id, Some(sid)), e, back, Done::Placed).await;
        }
        if !checked(&form.confirm) {
            let session = format!("/c/{slug}/g/{id}/s/{sid}");
            let nav = Nav::inside(&account, &ctx);
            let tr = nav.tr;
            return Ok(render(&ConfirmPage {
                nav,
                title: tr.t1("os-unplace-title", "title", &before.title),
                message: tr.t("os-unplace-message"),
                action: format!("{session}/place"),
                fields: vec![
                    ("cell", String::new()),
                    ("confirm", "1".into()),
                    ("back", form.back.clone()),
                ],
                confirm: tr.t("os-unplace-confirm"),
                cancel: session,
            }));
        }
    }
    let done = match &cell {
        Ok(None) => Done::Unplaced,
        Ok(c) if *c == was => Done::Stays,
        _ => Done::Placed,
    };
    let result = match cell {
        Ok(cell) => st.app.place(&ctx.require()?, id, sid, cell).await,
        Err(e) => Err(e),
    };
    after(&st, &account, &ctx, (id, Some(sid)), result, back, done).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SwapForm {
    pub with: String,
    pub back: String,
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
    let back = Back::parse(&form.back);
    after(
        &st,
        &account,
        &ctx,
        (id, Some(sid)),
        result,
        back,
        Done::Swapped,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InterestForm {
    pub on: Option<String>,
    pub back: String,
}

pub async fn interest_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<InterestForm>,
) -> Result<Response, PageError> {
    let on = checked(&form.on);
    let result = st.app.set_interest(&ctx.require()?, id, sid, on).await;
    let done = if on {
        Done::InterestOn
    } else {
        Done::InterestOff
    };
    after(
        &st,
        &account,
        &ctx,
        (id, Some(sid)),
        result,
        Back::parse(&form.back),
        done,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckInForm {
    pub anonymous: Option<String>,
    pub back: String,
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
    let back = Back::parse(&form.back);
    after(
        &st,
        &account,
        &ctx,
        (id, Some(sid)),
        result,
        back,
        Done::CheckedIn,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckOutForm {
    /// The session to return to (where the person checked out from).
    pub s: String,
    pub back: String,
}

pub async fn checkout_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<CheckOutForm>,
) -> Result<Response, PageError> {
    let result = st.app.check_out(&ctx.require()?, id).await;
    let sid = form.s.trim().parse().ok().map(SessionId);
    let back = Back::parse(&form.back);
    after(
        &st,
        &account,
        &ctx,
        (id, sid),
        result,
        back,
        Done::CheckedOut,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    /// The other session's id (empty: withdraw a proposal).
    pub other: String,
    pub reason: String,
}

const AT_SESSION: Back = Back::Session;

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
    let into = other_id(&form.other);
    let done = match into {
        Ok(None) => Done::MergeWithdrawn,
        _ => Done::MergeProposed,
    };
    let result = match into {
        Ok(into) => st.app.propose_merge(&ctx.require()?, id, sid, into).await,
        Err(e) => Err(e),
    };
    after(
        &st,
        &account,
        &ctx,
        (id, Some(sid)),
        result,
        AT_SESSION,
        done,
    )
    .await
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
    after(
        &st,
        &account,
        &ctx,
        (id, Some(sid)),
        result,
        AT_SESSION,
        Done::Merged,
    )
    .await
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
    after(
        &st,
        &account,
        &ctx,
        (id, Some(sid)),
        result,
        AT_SESSION,
        Done::Merged,
    )
    .await
}
