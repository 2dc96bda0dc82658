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
    fn notice(&self) -> Option<String> {
        let moved: u64 = self.moved.parse().unwrap_or(0);
        let text = match self.done.as_str() {
            "details" => "Details saved.",
            "space" => "Space saved.",
            "space-removed" => "Space removed.",
            "slot" => "Slot saved.",
            "slot-removed" => "Slot removed.",
            "phase" => "Phase changed.",
            _ => return None,
        };
        Some(match moved {
            0 => text.to_owned(),
            1 => format!("{text} 1 session went back to the marketplace."),
            n => format!("{text} {n} sessions went back to the marketplace."),
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
    page.notice = done.notice();
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
    let lead = if sessions.is_empty() {
        moved_sentence(0, "The space goes from every slot.")
    } else {
        moved_sentence(
            sessions.len(),
            "The space goes from every slot, and you get a re-planning preview.",
        )
    };
    Ok(render(&ConfirmPage {
        nav: Nav::inside(&account, &ctx),
        title: format!("Remove {}?", sp.name),
        lead,
        session_base: format!("{b}/s"),
        sessions,
        action: format!("{b}/spaces/remove"),
        fields: vec![("space".into(), space.to_string())],
        reason: false,
        button: format!("Remove {}", sp.name),
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
            return Ok(render(&ConfirmPage {
                nav: Nav::inside(&account, &ctx),
                title: format!("Make this slot a {}?", form.kind.as_str()),
                lead: moved_sentence(sessions.len(), "The slot stops holding sessions."),
                session_base: format!("{b}/s"),
                sessions,
                action: format!("{b}/slots/{slot}"),
                fields,
                reason: false,
                button: "Save the slot".into(),
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
    Ok(render(&ConfirmPage {
        nav: Nav::inside(&account, &ctx),
        title: format!("Remove the slot {} {}–{}?", row.date, row.starts, row.ends),
        lead: moved_sentence(sessions.len(), "The slot goes from every space."),
        session_base: format!("{b}/s"),
        sessions,
        action: format!("{b}/slots/{slot}/remove"),
        fields: Vec::new(),
        reason: false,
        button: "Remove the slot".into(),
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
    let title = if back {
        format!("Go back to {}?", to.label())
    } else {
        format!("Move on to {}?", to.label())
    };
    let lead = if back {
        format!("{} Say why: the reason goes to the audit log.", to.opens())
    } else {
        to.opens().to_owned()
    };
    Ok(render(&ConfirmPage {
        nav: Nav::inside(&account, &ctx),
        title,
        lead,
        sessions: Vec::new(),
        session_base: String::new(),
        action: format!("{b}/phase"),
        fields: vec![("to".into(), to.as_str().into())],
        reason: back,
        button: if back {
            format!("Yes, go back to {}", to.label())
        } else {
            format!("Yes, move on to {}", to.label())
        },
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

fn moved_sentence(n: usize, first: &str) -> String {
    match n {
        0 => format!("{first} No session is placed there, so nothing else changes."),
        1 => format!("{first} This session goes back to the marketplace:"),
        n => format!("{first} These {n} sessions go back to the marketplace:"),
    }
}
