//! Gathering pages: the list, a new gathering, the gathering itself (invitation, answers, the
//! wall, the host's setup), and the host's and participants' posts that change it.

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids, Inside};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::Ctx;
use convene_app::agenda::{Cell, Wall};
use convene_app::can;
use convene_app::gathering::{GatheringForm, RsvpCounts, SlotForm};
use convene_app::store::{Account, Gathering};
use convene_app::{AppError, Result as AppResult};
use convene_domain::Permission;
use convene_domain::gathering::{Phase, Rsvp, SlotKind, Zone, capacity, dots, features};
use convene_domain::ids::GatheringId;
use convene_domain::text::{
    CallingQuestion, CellLabel, GatheringTitle, InvitationText, SpaceName, Venue,
};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "gatherings.html")]
pub struct GatheringsPage {
    pub nav: Nav,
    pub slug: String,
    pub rows: Vec<(i32, String, String)>,
    pub can_host: bool,
    pub form: NewGatheringForm,
    pub error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewGatheringForm {
    pub title: String,
    pub calling_question: String,
    pub invitation: String,
    pub venue: String,
    pub time_zone: String,
    pub dots: String,
}

impl NewGatheringForm {
    fn parse(&self) -> AppResult<GatheringForm> {
        Ok(GatheringForm {
            title: GatheringTitle::parse(&self.title)?,
            calling_question: CallingQuestion::parse(&self.calling_question)?,
            invitation: InvitationText::parse(&self.invitation)?,
            venue: Venue::parse(&self.venue)?,
            zone: Zone::parse(&self.time_zone)?,
            dots: dots(&self.dots)?,
        })
    }
}

/// The gathering page; `wall` is the live fragment, the rest is the viewer's own.
#[derive(Template)]
#[template(path = "gathering.html")]
pub struct GatheringPage {
    pub nav: Nav,
    pub slug: String,
    pub g: Gathering,
    pub phase: Phase,
    pub next_phase: Option<Phase>,
    pub my_rsvp: Option<&'static str>,
    pub can_convene: bool,
    pub host: Option<RsvpCounts>,
    pub wall: Wall,
    /// Others who said yes: possible co-conveners.
    pub attendees: Vec<(i32, String)>,
    /// What the last action did (`?done=`).
    pub notice: Option<String>,
    pub error: Option<String>,
    pub flash: Option<super::flash::Flash>,
    /// What on the wall is mine (marked by `live.js` after every update).
    pub marks: convene_app::mine::Marks,
    /// Run as a World Café (its page is linked), or offered as one to hosts.
    pub cafe: bool,
}

/// Only the wall: what the live stream sends and what a client fetches on demand.
#[derive(Template)]
#[template(path = "_wall.html")]
pub struct WallFragment<'a> {
    pub slug: &'a str,
    pub wall: &'a Wall,
    pub tr: convene_i18n::Tr,
}

pub async fn gatherings_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    Ok(render(
        &list_page(&st, &account, &ctx, NewGatheringForm::default(), None).await?,
    ))
}

async fn list_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    form: NewGatheringForm,
    error: Option<String>,
) -> Result<GatheringsPage, PageError> {
    let nav = Nav::inside(account, ctx);
    let rows = st
        .app
        .gatherings(&ctx.require()?)
        .await?
        .into_iter()
        .map(|g| {
            let phase =
                Phase::parse(&g.phase).map_or_else(String::new, |p| crate::i18n::phase(nav.tr, p));
            (g.id, g.title, phase)
        })
        .collect();
    Ok(GatheringsPage {
        nav,
        slug: ctx.community().slug.clone(),
        rows,
        can_host: ctx.member().roles.allows(Permission::HostGathering),
        form: NewGatheringForm {
            time_zone: if form.time_zone.is_empty() {
                "UTC".into()
            } else {
                form.time_zone.clone()
            },
            dots: if form.dots.is_empty() {
                "3".into()
            } else {
                form.dots.clone()
            },
            ..form
        },
        error,
    })
}

pub async fn gathering_create_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,

    Form(form): Form<NewGatheringForm>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let created = match form.parse() {
        Ok(f) => st.app.create_gathering(&ctx.require()?, &f).await,
        Err(e) => Err(e),
    };
    super::settle(
        created,
        |g| super::to(format!("/c/{slug}/g/{}", g.id))(()),
        |msg| list_page(&st, &account, &ctx, form, Some(msg)),
    )
    .await
}

pub async fn gathering_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    axum::extract::Query(q): axum::extract::Query<super::flash::FlashQuery>,
    axum::extract::Query(w): axum::extract::Query<super::community::Welcome>,
) -> Result<Response, PageError> {
    // A Lean Coffee is a gathering with its own board.
    if st.app.is_lean_coffee(&ctx.require()?, id).await? {
        let to = format!("/c/{}/lean/{id}", ctx.community().slug);
        return Ok(axum::response::Redirect::to(&to).into_response());
    }
    let phase_done = q.done.as_deref() == Some("phase");
    let mut p = page(&st, &account, &ctx, id, Some(q), None).await?;
    p.notice = if phase_done {
        let phase = crate::i18n::phase(p.nav.tr, p.phase);
        Some(p.nav.t1("gathering-now-in", "phase", phase))
    } else if w.welcome == "1" {
        Some(p.nav.t2(
            "gathering-welcome",
            "community",
            &ctx.community().name,
            "name",
            &account.display_name,
        ))
    } else {
        None
    };
    Ok(render(&p))
}

pub(crate) async fn page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
    q: Option<super::flash::FlashQuery>,
    error: Option<String>,
) -> Result<GatheringPage, PageError> {
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let marks = st.app.marks(&ctx.require()?, id).await?;
    let nav = Nav::inside(account, ctx);
    let flash = q.and_then(|q| {
        q.flash_in(nav.tr, |s| {
            wall.cards().find(|c| c.id == s).map(|c| c.title.clone())
        })
    });
    let my_rsvp = st.app.my_rsvp(&ctx.require()?, id).await?;
    let host = ctx.may(Permission::HostGathering);
    let counts = if host {
        Some(st.app.rsvp_counts(&ctx.require()?, id).await?)
    } else {
        None
    };
    Ok(GatheringPage {
        nav,
        slug: ctx.community().slug.clone(),
        phase: wall.phase,
        next_phase: wall.phase.next(),
        my_rsvp: my_rsvp.map(Rsvp::as_str),
        can_convene: wall.phase.allows_convening() && (host || my_rsvp == Some(Rsvp::Yes)),
        host: counts,
        g: wall.gathering.clone(),
        wall,
        // Guests may not see the member list: no picker for them.
        attendees: match ctx.require::<can::ViewMembers>() {
            Ok(may) => st
                .app
                .attendees(&may, id)
                .await?
                .into_iter()
                .filter(|(a, _)| *a != ctx.member().account_id.get())
                .collect(),
            Err(_) => Vec::new(),
        },
        notice: None,
        error,
        flash,
        marks,
        cafe: st.app.is_cafe(&ctx.require()?, id).await?,
    })
}

/// After a post: back to the gathering page, or the page again with what went wrong.
pub(crate) async fn answer(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
    result: AppResult<()>,
    anchor: &str,
) -> Result<Response, PageError> {
    let to = format!("/c/{}/g/{id}{anchor}", ctx.community().slug);
    super::settle(result, super::to(to), |msg| {
        page(st, account, ctx, id, None, Some(msg))
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RsvpForm {
    pub answer: String,
}

pub async fn rsvp_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<RsvpForm>,
) -> Result<Response, PageError> {
    let result = match Rsvp::parse(&form.answer) {
        Some(a) => st.app.rsvp(&ctx.require()?, id, a).await,
        None => Err(AppError::field("answer", "choose yes, maybe or no")),
    };
    answer(&st, &account, &ctx, id, result, "?done=answered#my-rsvp").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PhaseForm {
    pub to: String,
    /// Needed only for a step back.
    pub reason: String,
}

pub async fn phase_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<PhaseForm>,
) -> Result<Response, PageError> {
    let current = Phase::parse(&st.app.gathering(&ctx.require()?, id).await?.phase);
    let result = match Phase::parse(&form.to) {
        Some(to) if current.and_then(Phase::previous) == Some(to) => {
            super::setup::step_back(&st, &ctx, id, to, &form.reason).await
        }
        Some(to) => st.app.advance_phase(&ctx, id, to).await,
        None => Err(AppError::field("phase", "unknown phase")),
    };
    answer(&st, &account, &ctx, id, result, "?done=phase").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SpaceForm {
    pub name: String,
    pub capacity: String,
    pub features: String,
}

pub async fn space_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<SpaceForm>,
) -> Result<Response, PageError> {
    let result = async {
        let name = SpaceName::parse(&form.name)?;
        let cap = capacity(&form.capacity)?;
        let feats = features(&form.features)?;
        st.app
            .add_space(&ctx.require()?, id, &name, cap, &feats)
            .await?;
        Ok(())
    }
    .await;
    answer(&st, &account, &ctx, id, result, "#setup").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SlotPost {
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub kind: String,
    pub label: String,
}

pub async fn slot_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<SlotPost>,
) -> Result<Response, PageError> {
    let result = async {
        let kind = SlotKind::parse(&form.kind)
            .ok_or_else(|| AppError::field("kind", "sessions, plenary or break"))?;
        let label = if form.label.trim().is_empty() {
            None
        } else {
            Some(CellLabel::parse(&form.label)?)
        };
        let slot = SlotForm {
            date: form.date.clone(),
            starts: form.starts.clone(),
            ends: form.ends.clone(),
            kind,
            label,
        };
        st.app.add_slot(&ctx.require()?, id, &slot).await?;
        Ok(())
    }
    .await;
    answer(&st, &account, &ctx, id, result, "#setup").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LockForm {
    pub cell: String,
    pub label: String,
}

pub async fn lock_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<LockForm>,
) -> Result<Response, PageError> {
    let result = async {
        let cell =
            parse_cell(&form.cell)?.ok_or_else(|| AppError::field("cell", "choose a cell"))?;
        let label = CellLabel::parse(&form.label)?;
        st.app.lock_cell(&ctx.require()?, id, cell, &label).await
    }
    .await;
    answer(&st, &account, &ctx, id, result, "#setup").await
}

/// `space:slot`, or empty for "no cell" (the marketplace).
pub(crate) fn parse_cell(raw: &str) -> AppResult<Option<(i32, i32)>> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    raw.split_once(':')
        .and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)))
        .map(Some)
        .ok_or_else(|| AppError::field("cell", "choose a cell from the list"))
}

/// Free cells of the wall, as (value, label) for a select.
pub(crate) fn free_cells(wall: &Wall) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for row in &wall.rows {
        for (cell, space) in row.cells.iter().zip(&wall.spaces) {
            if let Cell::Free { space_id, slot_id } = cell {
                out.push((
                    format!("{space_id}:{slot_id}"),
                    format!("{} {}–{} · {}", row.date, row.starts, row.ends, space.name),
                ));
            }
        }
    }
    out
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveSpaceForm {
    pub space: String,
}

/// A room is lost: the space goes and its sessions wait in the marketplace for re-planning.
pub async fn space_remove_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<RemoveSpaceForm>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let result = async {
        let space = crate::form_id(&form.space)?;
        let moved = st.app.remove_space(&ctx.require()?, id, space).await?;
        Ok(moved)
    }
    .await;
    match result {
        // Displaced sessions go straight to a re-planning preview.
        Ok(moved) if moved > 0 => {
            Ok(Redirect::to(&format!("/c/{slug}/g/{id}/suggest")).into_response())
        }
        r => answer(&st, &account, &ctx, id, r.map(|_| ()), "#setup").await,
    }
}
