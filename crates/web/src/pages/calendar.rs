//! Calendar subscriptions: each person makes (and stops) their own feed of a gathering's
//! sessions they convene or want to join, behind a revocable token, so a calendar app can
//! subscribe (`webcal://`) and follow every move without the session cookie.

use super::{Nav, render, when};
use crate::AppState;
use crate::error::PageError;
use crate::export::calendar;
use crate::extract::{GatheringPath, Ids, Inside};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::AppError;
use convene_app::store::Gathering;

#[derive(Template)]
#[template(path = "calendar.html")]
pub struct CalendarPage {
    pub nav: Nav,
    pub slug: String,
    pub g: Gathering,
    /// When the current feed was made, if there is one.
    pub since: Option<String>,
    /// A feed just made: (webcal link, https link), shown once.
    pub created: Option<(String, String)>,
    /// After stopping the feed: says so.
    pub stopped: bool,
}

async fn page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &convene_app::Ctx,
    id: convene_domain::ids::GatheringId,
    created: Option<(String, String)>,
) -> Result<CalendarPage, PageError> {
    let g = st.app.gathering(&ctx.require()?, id).await?;
    let since = st.app.calendar_feed_since(&ctx.require()?, id).await?;
    let nav = Nav::inside(account, ctx);
    let tr = nav.tr;
    Ok(CalendarPage {
        nav,
        slug: ctx.community().slug.clone(),
        g,
        since: since.map(|t| when(tr, t)),
        created,
        stopped: false,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CalendarQuery {
    /// `stopped` after the feed was stopped.
    pub done: String,
}

pub async fn calendar_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    axum::extract::Query(q): axum::extract::Query<CalendarQuery>,
) -> Result<Response, PageError> {
    let p = page(&st, &account, &ctx, id, None).await?;
    Ok(render(&CalendarPage {
        stopped: q.done == "stopped",
        ..p
    }))
}

/// Makes a new feed link (the earlier one stops working) and shows it once.
pub async fn calendar_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let token = st.app.create_calendar_feed(&ctx.require()?, id).await?;
    let https = format!("{}/calendar/{token}.ics", st.cfg.origin());
    let webcal = match https.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => https.clone(),
    };
    Ok(render(
        &page(&st, &account, &ctx, id, Some((webcal, https))).await?,
    ))
}

pub async fn calendar_stop_post(
    State(st): State<AppState>,
    Inside { ctx, .. }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    st.app.stop_calendar_feed(&ctx.require()?, id).await?;
    let to = format!("/c/{}/g/{id}/calendar?done=stopped", ctx.community().slug);
    Ok(Redirect::to(&to).into_response())
}

/// The feed itself: `/calendar/{token}.ics`, no cookie needed; 404 once stopped or when its
/// owner is no longer a member.
pub async fn feed_get(
    State(st): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let feed = st.app.calendar_feed(token).await?;
    let entries =
        super::proceedings::my_entries(&st, &feed.community.slug, &feed.wall, &feed.sessions);
    // A calendar app asks in no language: the person's setting, else the community's.
    let tr = crate::i18n::for_reader(feed.language.as_deref(), feed.community.language.as_deref());
    let name = tr.t1("os-ics-mine", "title", &feed.wall.gathering.title);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        calendar::ics(&name, &entries),
    )
        .into_response())
}
