//! A host reworking a gathering's setup: editing and removing its spaces and slots, its
//! details (words, venue, dates, time zone), and taking a phase one step back. Every change
//! checks the grid, says first which placed sessions go back to the marketplace
//! ([`App::displaced`]), and is written to the audit log.

use crate::gathering::{SlotForm, phase_of, zone_of};
use crate::{Allowed, App, AppError, Message, Result, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::gathering::slot_interval;
use convene_domain::gathering::{GridError, GridSlot, Phase, SlotKind, Zone, check_grid};
use convene_domain::ids::{GatheringId, SlotId, SpaceId};
use convene_domain::text::{
    CallingQuestion, CellLabel, GatheringTitle, InvitationText, Reason, SpaceName, Venue,
};
use convene_store::gatherings::{self, Details};
use convene_store::{Slot, Tx, sessions};

/// A change to the grid that may send placed sessions back to the marketplace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridChange {
    RemoveSpace(SpaceId),
    RemoveSlot(SlotId),
    /// The slot becomes a plenary or a break.
    CloseSlot(SlotId),
}

/// A gathering's details as the host edits them; `first_day` moves every slot by whole days.
pub struct DetailsForm {
    pub title: GatheringTitle,
    pub calling_question: CallingQuestion,
    pub invitation: InvitationText,
    pub venue: Venue,
    pub zone: Zone,
    pub first_day: Option<String>,
}

impl App {
    /// The placed sessions (id, title) that `change` would send back to the marketplace.
    pub async fn displaced(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        change: GridChange,
    ) -> Result<Vec<(i32, String)>> {
        let db = self.store.conn();
        let g = gatherings::get(db, ctx.community.id, gathering_id.get()).await?;
        let hit = |s: &convene_store::Session| match change {
            GridChange::RemoveSpace(sp) => s.space_id == Some(sp.get()),
            GridChange::RemoveSlot(sl) | GridChange::CloseSlot(sl) => s.slot_id == Some(sl.get()),
        };
        Ok(sessions::list(db, g.id)
            .await?
            .into_iter()
            .filter(|s| s.space_id.is_some() && hit(s))
            .map(|s| (s.id, s.title))
            .collect())
    }

    pub async fn edit_space(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        space_id: SpaceId,
        (name, capacity, features): (&SpaceName, i32, &str),
    ) -> Result<()> {
        let (mut c, _g) = self.change_gathering(ctx, gathering_id).await?;
        gatherings::update_space(
            &c.tx,
            gathering_id.get(),
            space_id.get(),
            name.as_str(),
            capacity,
            features,
        )
        .await?;
        c.audit(
            "space.edit",
            Subject::new(SubjectKind::Gathering, gathering_id.get()),
            &format!(
                "space:{} {} ({capacity} seats)",
                space_id.get(),
                name.as_str()
            ),
            "",
        );
        self.commit(c).await
    }

    pub async fn edit_slot(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        slot_id: SlotId,
        form: &SlotForm,
    ) -> Result<u64> {
        let (mut c, g) = self.change_gathering(ctx, gathering_id).await?;
        let zone = zone_of(&g)?;
        let (starts, ends) = self
            .fit_slot(&c.tx, &g, &zone, Some(slot_id.get()), form)
            .await?;
        let label = form.label.as_ref().map_or("", CellLabel::as_str);
        gatherings::update_slot(
            &c.tx,
            g.id,
            slot_id.get(),
            (starts, ends),
            form.kind.as_str(),
            label,
        )
        .await?;
        let moved = if form.kind == SlotKind::Sessions {
            0
        } else {
            gatherings::clear_slot(&c.tx, slot_id.get()).await?
        };
        c.audit(
            "slot.edit",
            Subject::new(SubjectKind::Gathering, g.id),
            &slot_detail(&zone, slot_id.get(), (starts, ends), form.kind, moved),
            "",
        );
        self.commit(c).await?;
        Ok(moved)
    }

    /// Removes a slot; its sessions go back to the marketplace. Returns how many.
    pub async fn remove_slot(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        slot_id: SlotId,
    ) -> Result<u64> {
        let (mut c, g) = self.change_gathering(ctx, gathering_id).await?;
        if phase_of(&g)? == Phase::Closed {
            return Err(Message::t("error-gathering-closed").conflict());
        }
        let zone = zone_of(&g)?;
        let slot = gatherings::slots(&c.tx, g.id)
            .await?
            .into_iter()
            .find(|s| s.id == slot_id.get())
            .ok_or(AppError::NotFound)?;
        let moved = gatherings::remove_slot(&c.tx, g.id, slot.id).await?;
        let kind = SlotKind::parse(&slot.kind).unwrap_or(SlotKind::Sessions);
        c.audit(
            "slot.remove",
            Subject::new(SubjectKind::Gathering, g.id),
            &slot_detail(&zone, slot.id, (slot.starts_at, slot.ends_at), kind, moved),
            "",
        );
        self.commit(c).await?;
        Ok(moved)
    }

    /// New words, venue, time zone or dates. Slots keep their clock times: a new time zone
    /// re-reads them there, a new first day moves every slot by the same number of days.
    pub async fn edit_details(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        form: &DetailsForm,
    ) -> Result<()> {
        let (mut c, g) = self.change_gathering(ctx, gathering_id).await?;
        let old_zone = zone_of(&g)?;
        let slots = gatherings::slots(&c.tx, g.id).await?;
        let days = match (&form.first_day, slots.first()) {
            (Some(day), Some(first)) if !day.trim().is_empty() => {
                Zone::days_between(&old_zone.local(first.starts_at).0, day)?
            }
            _ => 0,
        };
        let rezone = old_zone.name() != form.zone.name();
        if days != 0 || rezone {
            for s in &slots {
                let starts = old_zone.shift(s.starts_at, days, &form.zone)?;
                let ends = old_zone.shift(s.ends_at, days, &form.zone)?;
                gatherings::update_slot(&c.tx, g.id, s.id, (starts, ends), &s.kind, &s.label)
                    .await?;
            }
        }
        gatherings::update_details(
            &c.tx,
            g.id,
            Details {
                title: form.title.as_str(),
                calling_question: form.calling_question.as_str(),
                invitation: form.invitation.as_str(),
                venue: form.venue.as_str(),
                time_zone: form.zone.name(),
            },
        )
        .await?;
        let mut changed = Vec::new();
        for (what, was, now) in [
            ("title", g.title.as_str(), form.title.as_str()),
            (
                "calling question",
                g.calling_question.as_str(),
                form.calling_question.as_str(),
            ),
            (
                "invitation",
                g.invitation.as_str(),
                form.invitation.as_str(),
            ),
            ("venue", g.venue.as_str(), form.venue.as_str()),
        ] {
            if was != now {
                changed.push(what.to_owned());
            }
        }
        if rezone {
            changed.push(format!("time zone {} → {}", g.time_zone, form.zone.name()));
        }
        if days != 0 {
            changed.push(format!("dates moved by {days} days"));
        }
        if !changed.is_empty() {
            c.audit(
                "gathering.edit",
                Subject::new(SubjectKind::Gathering, g.id),
                &changed.join(", "),
                "",
            );
        }
        self.commit(c).await
    }

    /// Takes the phase one step back (moved on too early), with a reason for the log.
    pub async fn step_back_phase(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        to: Phase,
        reason: &Reason,
    ) -> Result<()> {
        let (mut c, g) = self.change_gathering(ctx, gathering_id).await?;
        let from = phase_of(&g)?;
        from.back_to(to).map_err(|e| out_of_order(e, false))?;
        gatherings::set_phase(&c.tx, g.id, from.as_str(), to.as_str()).await?;
        c.audit(
            "gathering.phase.back",
            Subject::new(SubjectKind::Gathering, g.id),
            &format!("{} → {}", from.as_str(), to.as_str()),
            reason.as_str(),
        );
        self.commit(c).await
    }

    /// A slot's interval in the gathering's zone, checked against the rest of the grid.
    pub(crate) async fn fit_slot(
        &self,
        tx: &Tx,
        g: &convene_store::Gathering,
        zone: &Zone,
        id: Option<i32>,
        form: &SlotForm,
    ) -> Result<(i64, i64)> {
        let starts = zone.timestamp(&form.date, &form.starts)?;
        let ends = zone.timestamp(&form.date, &form.ends)?;
        slot_interval(starts, ends)?;
        let slots = gatherings::slots(tx, g.id).await?;
        if let Some(id) = id
            && !slots.iter().any(|s| s.id == id)
        {
            return Err(AppError::NotFound);
        }
        let grid: Vec<GridSlot> = slots.iter().map(grid_slot).collect();
        let this = GridSlot {
            id: id.unwrap_or(0),
            starts,
            ends,
            kind: form.kind,
        };
        check_grid(&grid, this).map_err(|e| {
            let name = |other: i32| match slots.iter().find(|s| s.id == other && other != this.id) {
                Some(s) => {
                    let (d, a) = zone.local(s.starts_at);
                    let (_, b) = zone.local(s.ends_at);
                    let label = if s.label.is_empty() {
                        &s.kind
                    } else {
                        &s.label
                    };
                    format!("{d} {a}–{b} ({label})")
                }
                // The slot being saved is itself the first plenary.
                None => format!(
                    "(the one you are saving, {} {}–{})",
                    form.date, form.starts, form.ends
                ),
            };
            match e {
                GridError::Overlap { other } => Message::t("error-slot-overlaps")
                    .text("other", name(other))
                    .field("slot"),
                GridError::BeforeOpening { opening } => Message::t("error-slot-before-opening")
                    .text("opening", name(opening))
                    .field("slot"),
            }
        })?;
        Ok((starts, ends))
    }
}

fn grid_slot(s: &Slot) -> GridSlot {
    GridSlot {
        id: s.id,
        starts: s.starts_at,
        ends: s.ends_at,
        kind: SlotKind::parse(&s.kind).unwrap_or(SlotKind::Sessions),
    }
}

/// `slot:12 2026-12-01 10:00–11:00 sessions`, and how many sessions went to the marketplace.
pub(crate) fn slot_detail(
    zone: &Zone,
    id: i32,
    (starts, ends): (i64, i64),
    kind: SlotKind,
    moved: u64,
) -> String {
    let (d, a) = zone.local(starts);
    let (_, b) = zone.local(ends);
    let mut t = format!("slot:{id} {d} {a}–{b} {}", kind.as_str());
    if moved > 0 {
        t.push_str(&format!(", {moved} sessions to the marketplace"));
    }
    t
}

/// A phase change out of order, in the catalogue's words: `forward` for a step on, else back.
pub(crate) fn out_of_order(e: convene_domain::gathering::OutOfOrder, forward: bool) -> AppError {
    let name = |code: &str| match code {
        "invitation" => Some("error-phase-name-invitation"),
        "marketplace" => Some("error-phase-name-marketplace"),
        "sessions" => Some("error-phase-name-sessions"),
        "convergence" => Some("error-phase-name-convergence"),
        "closed" => Some("error-phase-name-closed"),
        _ => None,
    };
    match (name(e.from), name(e.expected), name(e.to)) {
        (Some(from), Some(expected), Some(to)) => Message::t(if forward {
            "error-phase-order"
        } else {
            "error-phase-back"
        })
        .word("from", from)
        .word("expected", expected)
        .word("to", to)
        .conflict(),
        _ if forward => Message::t("error-phase-after-closed").conflict(),
        _ => Message::t("error-phase-before-first").conflict(),
    }
}
