//! The host's setup page of a gathering: its details, every space and slot to edit or remove,
//! and the phase. A change that sends placed sessions back to the marketplace, and every phase
//! step, is confirmed first on a page that says what will happen.

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::agenda::Wall;
use convene_app::gathering::SlotForm;
use convene_app::setup::{DetailsForm, GridChange};
use convene_app::{Allowed, AppError, Result as AppResult, can};
use convene_domain::gathering::{Phase, SlotKind, Zone, capacity, features};
use convene_domain::ids::{GatheringId, SlotId, SpaceId};
use convene_domain::text::{
    CallingQuestion, CellLabel, GatheringTitle, InvitationText, Reason, SpaceName, Venue,
};
use convene_i18n::Tr;
use serde::Deserialize;

/// `/…/g/{id}/spaces/{space}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct SpacePath {
    pub id: GatheringId,
    pub space: SpaceId,
}

/// `/…/g/{id}/slots/{slot}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct SlotPath {
    pub id: GatheringId,
    pub slot: SlotId,
}

#[derive(Template)]
#[template(path = "gathering_setup.html")]
pub struct SetupPage {
    pub nav: Nav,
    pub slug: String,
    pub wall: Wall,
    pub first_day: String,
    pub next_phase: Option<Phase>,
    pub back_phase: Option<Phase>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

/// "Are you sure?": what will happen, the sessions that go back to the marketplace, and the
/// form that does it.
#[derive(Template)]
#[template(path = "setup_confirm.html")]
pub struct ConfirmPage {
    pub nav: Nav,
    pub title: String,
    pub lead: String,
    pub sessions: Vec<(i32, String)>,
    pub session_base: String,
    pub action: String,
    pub fields: Vec<(String, String)>,
    pub reason: bool,
    pub button: String,
    pub danger: bool,
    pub back: String,
    pub error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    pub done: String,
    pub moved: String,
}

impl Done {
    /// A fixed sentence per action (nothing from the address is shown as it came).
    fn notice(&self, tr: Tr) -> Option<String> {
        let moved: u64 = self.moved.parse().unwrap_or(0);
        let text = tr.t(match self.done.as_str() {
            "details" => "os-setup-done-details",
            "space" => "os-setup-done-space",
            "space-removed" => "os-setup-done-space-removed",
            "slot" => "os-setup-done-slot",
            "slot-removed" => "os-setup-done-slot-removed",
            "phase" => "os-setup-done-phase",
            _ => return None,
        });
        Some(match moved {
            0 => text,
            n => format!("{text} {}", tr.t1("os-setup-went-back", "count", n)),
        })
    }
}

fn base(ctx: &Allowed<can::HostGathering>, id: GatheringId) -> String {
    format!("/c/{}/g/{id}", ctx.community().slug)
}

pub async fn setup_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let mut page = setup_page(&st, &account, &ctx, id, None).await?;
    page.notice = done.notice(page.nav.tr);
    Ok(render(&page))
}

async fn setup_page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &Allowed<can::HostGathering>,
    id: GatheringId,
    error: Option<String>,
) -> Result<SetupPage, PageError> {
    let wall = st.app.wall(&ctx.require()?, id).await?;
    Ok(SetupPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        first_day: wall
            .rows
            .first()
            .map(|r| r.date.clone())
            .unwrap_or_default(),
        next_phase: wall.phase.next(),
        back_phase: wall.phase.previous(),
        wall,
        notice: None,
        error,
    })
}

async fn settle_setup(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &Allowed<can::HostGathering>,
    id: GatheringId,
    result: AppResult<u64>,
    done: &str,
) -> Result<Response, PageError> {
    let to = format!("{}/setup?done={done}", base(ctx, id));
    super::settle(
        result,
        |moved| super::to(format!("{to}&moved={moved}"))(()),
        |msg| setup_page(st, account, ctx, id, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DetailsPost {
    pub title: String,
    pub calling_question: String,
    pub invitation: String,
    pub venue: String,
    pub time_zone: String,
    pub first_day: String,
}

pub async fn details_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<DetailsPost>,
) -> Result<Response, PageError> {
    let result = async {
        let form = DetailsForm {
            title: GatheringTitle::parse(&f.title)?,
            calling_question: CallingQuestion::parse(&f.calling_question)?,
            invitation: InvitationText::parse(&f.invitation)?,
            venue: Venue::parse(&f.venue)?,
            zone: Zone::parse(&f.time_zone)?,
            first_day: Some(f.first_day.clone()),
        };
        st.app.edit_details(&ctx, id, &form).await?;
        Ok(0)
    }
    .await;
    settle_setup(&st, &account, &ctx, id, result, "details").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SpaceEdit {
    pub name: String,
    pub capacity: String,
    pub features: String,
}

pub async fn space_edit_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(SpacePath { id, space }): Ids<SpacePath>,
    Form(f): Form<SpaceEdit>,
) -> Result<Response, PageError> {
    let result = async {
        let name = SpaceName::parse(&f.name)?;
        let cap = capacity(&f.capacity)?;
        let feats = features(&f.features)?;
        st.app
            .edit_space(&ctx, id, space, (&name, cap, &feats))
            .await?;
        Ok(0)
    }
    .await;
    settle_setup(&st, &account, &ctx, id, result, "space").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SpaceQuery {
    pub space: String,
}

/// The confirm step before a space goes (a room is lost); the form posts to
/// `gathering::space_remove_post`, which goes on to a re-planning preview when sessions moved.
pub async fn space_remove_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<SpaceQuery>,
) -> Result<Response, PageError> {
    let space: SpaceId = crate::form_id(&q.space)?;
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let sp = wall
        .spaces
        .iter()
        .find(|s| s.id == space.get())
        .ok_or(PageError(AppError::NotFound))?;
    let sessions = st
        .app
        .displaced(&ctx, id, GridChange::RemoveSpace(space))
        .await?;
    let b = base(&ctx, id);
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    let lead = if sessions.is_empty() {
        moved_sentence(tr, 0, "os-setup-space-goes")
    } else {
        moved_sentence(tr, sessions.len(), "os-setup-space-goes-replan")
    };
    Ok(render(&ConfirmPage {
        nav,
        title: tr.t1("os-setup-remove-space-title", "name", &sp.name),
        lead,
        session_base: format!("{b}/s"),
        sessions,
        action: format!("{b}/spaces/remove"),
        fields: vec![("space".into(), space.to_string())],
        reason: false,
        button: tr.t1("os-setup-remove-space-button", "name", &sp.name),
        danger: true,
        back: format!("{b}/setup"),
        error: None,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SlotEdit {
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub kind: String,
    pub label: String,
    pub confirm: String,
}

impl SlotEdit {
    fn parse(&self) -> AppResult<SlotForm> {
        let kind = SlotKind::parse(&self.kind)
            .ok_or_else(|| AppError::field("kind", "sessions, plenary or break"))?;
        let label = if self.label.trim().is_empty() {
            None
        } else {
            Some(CellLabel::parse(&self.label)?)
        };
        Ok(SlotForm {
            date: self.date.clone(),
            starts: self.starts.clone(),
            ends: self.ends.clone(),
            kind,
            label,
        })
    }
}

/// Saves a slot; one that stops holding sessions while some are placed in it is confirmed
/// first, naming them.
pub async fn slot_edit_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(SlotPath { id, slot }): Ids<SlotPath>,
    Form(f): Form<SlotEdit>,
) -> Result<Response, PageError> {
    let form = match f.parse() {
        Ok(form) => form,
        Err(e) => return settle_setup(&st, &account, &ctx, id, Err(e), "slot").await,
    };
    if form.kind != SlotKind::Sessions && f.confirm != "yes" {
        let sessions = st
            .app
            .displaced(&ctx, id, GridChange::CloseSlot(slot))
            .await?;
        if !sessions.is_empty() {
            let b = base(&ctx, id);
            let fields = [
                ("date", &f.date),
                ("starts", &f.starts),
                ("ends", &f.ends),
                ("kind", &f.kind),
                ("label", &f.label),
                ("confirm", &"yes".to_owned()),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.clone()))
            .collect();
            let nav = Nav::inside(&account, &ctx);
            let tr = nav.tr;
            return Ok(render(&ConfirmPage {
                nav,
                title: tr.t1("os-setup-close-slot-title", "kind", form.kind.as_str()),
                lead: moved_sentence(tr, sessions.len(), "os-setup-slot-closes"),
                session_base: format!("{b}/s"),
                sessions,
                action: format!("{b}/slots/{slot}"),
                fields,
                reason: false,
                button: tr.t("os-setup-save-slot"),
                danger: true,
                back: format!("{b}/setup"),
                error: None,
            }));
        }
    }
    let result = st.app.edit_slot(&ctx, id, slot, &form).await;
    settle_setup(&st, &account, &ctx, id, result, "slot").await
}

pub async fn slot_remove_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(SlotPath { id, slot }): Ids<SlotPath>,
) -> Result<Response, PageError> {
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let row = wall
        .rows
        .iter()
        .find(|r| r.slot_id == slot.get())
        .ok_or(PageError(AppError::NotFound))?;
    let sessions = st
        .app
        .displaced(&ctx, id, GridChange::RemoveSlot(slot))
        .await?;
    let b = base(&ctx, id);
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    let when = format!("{} {}–{}", row.date, row.starts, row.ends);
    Ok(render(&ConfirmPage {
        nav,
        title: tr.t1("os-setup-remove-slot-title", "when", when),
        lead: moved_sentence(tr, sessions.len(), "os-setup-slot-goes"),
        session_base: format!("{b}/s"),
        sessions,
        action: format!("{b}/slots/{slot}/remove"),
        fields: Vec::new(),
        reason: false,
        button: tr.t("os-setup-remove-slot-button"),
        danger: true,
        back: format!("{b}/setup"),
        error: None,
    }))
}

pub async fn slot_remove_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(SlotPath { id, slot }): Ids<SlotPath>,
) -> Result<Response, PageError> {
    let result = st.app.remove_slot(&ctx, id, slot).await;
    settle_setup(&st, &account, &ctx, id, result, "slot-removed").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PhaseQuery {
    pub to: String,
}

/// The confirm step of a phase change: what the next phase opens, or (one step back) a reason.
pub async fn phase_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<PhaseQuery>,
) -> Result<Response, PageError> {
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let to = Phase::parse(&q.to).ok_or(PageError(AppError::NotFound))?;
    let back = if wall.phase.next() == Some(to) {
        false
    } else if wall.phase.previous() == Some(to) {
        true
    } else {
        return Err(AppError::Conflict(format!(
            "This gathering is in {}; it can move on to the next phase or one step back.",
            wall.phase.label()
        ))
        .into());
    };
    let b = base(&ctx, id);
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    let name = crate::i18n::phase(tr, to);
    let (title, button) = if back {
        ("os-setup-back-title", "os-setup-back-button")
    } else {
        ("os-setup-next-title", "os-setup-next-button")
    };
    let lead = if back {
        format!("{} {}", opens(tr, to), tr.t("os-setup-say-why"))
    } else {
        opens(tr, to)
    };
    Ok(render(&ConfirmPage {
        nav,
        title: tr.t1(title, "phase", &name),
        lead,
        sessions: Vec::new(),
        session_base: String::new(),
        action: format!("{b}/phase"),
        fields: vec![("to".into(), to.as_str().into())],
        reason: back,
        button: tr.t1(button, "phase", &name),
        danger: back,
        back: b,
        error: None,
    }))
}

/// One step back, with its reason (the forward step stays in `gathering::phase_post`).
pub(crate) async fn step_back(
    st: &AppState,
    ctx: &Allowed<can::HostGathering>,
    id: GatheringId,
    to: Phase,
    reason: &str,
) -> AppResult<()> {
    let reason = Reason::parse(reason)?;
    st.app.step_back_phase(ctx, id, to, &reason).await
}

/// What the grid change does (`first`, a key), then what happens to the `n` sessions in it.
fn moved_sentence(tr: Tr, n: usize, first: &str) -> String {
    format!("{} {}", tr.t(first), tr.t1("os-setup-moved", "count", n))
}

/// What a phase opens, as the confirm step says it.
fn opens(tr: Tr, p: Phase) -> String {
    tr.t(match p {
        Phase::Invitation => "os-opens-invitation",
        Phase::Marketplace => "os-opens-marketplace",
        Phase::Sessions => "os-opens-sessions",
        Phase::Convergence => "os-opens-convergence",
        Phase::Closed => "os-opens-closed",
    })
}
