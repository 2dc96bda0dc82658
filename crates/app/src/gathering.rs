//! Gatherings: setting one up (spaces, slots, locked cells), moving its phases on, and answers
//! to its invitation. Every change bumps the gathering's version and is announced live.

use crate::community::Ctx;
use crate::{App, AppError, Result};
use convene_domain::Permission;
use convene_domain::gathering::{Phase, Rsvp, SlotKind, Zone, slot_interval};
use convene_domain::text::{
    CallingQuestion, CellLabel, GatheringTitle, InvitationText, SpaceName, Venue,
};
use convene_store::gatherings::{self, NewGathering};
use convene_store::sessions;
use convene_store::{Gathering, Slot, Space, Tx};

/// The license gatherings' harvest carries unless the host picks another.
pub const DEFAULT_LICENSE: &str = "CC-BY-SA-4.0";

pub struct GatheringForm {
    pub title: GatheringTitle,
    pub calling_question: CallingQuestion,
    pub invitation: InvitationText,
    pub venue: Venue,
    pub zone: Zone,
    pub dots: i32,
}

pub struct SlotForm {
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub kind: SlotKind,
    pub label: Option<CellLabel>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RsvpCounts {
    pub yes: i64,
    pub maybe: i64,
    pub no: i64,
}

/// A write transaction on one gathering: its row is locked and its version bumped first, so
/// changes to one gathering are serialized and each is announced with its own version.
pub(crate) struct Change {
    pub tx: Tx,
    pub gathering: Gathering,
    version: i64,
}

impl App {
    pub(crate) async fn change(&self, ctx: &Ctx, gathering_id: i32) -> Result<Change> {
        let tx = self.store.write().await?;
        // Lock first; a gathering of another community rolls back as "not found" below.
        let version = gatherings::touch(&tx, gathering_id).await?;
        let gathering = gatherings::get(&tx, ctx.community.id, gathering_id).await?;
        Ok(Change {
            tx,
            gathering,
            version,
        })
    }

    pub(crate) async fn commit(&self, c: Change) -> Result<()> {
        c.tx.commit().await?;
        self.live
            .publish(&self.store, c.gathering.id, c.version)
            .await;
        Ok(())
    }

    pub async fn gatherings(&self, ctx: &Ctx) -> Result<Vec<Gathering>> {
        ctx.member.require(Permission::TakePart)?;
        Ok(gatherings::list(self.store.conn(), ctx.community.id).await?)
    }

    pub async fn gathering(&self, ctx: &Ctx, id: i32) -> Result<Gathering> {
        ctx.member.require(Permission::TakePart)?;
        Ok(gatherings::get(self.store.conn(), ctx.community.id, id).await?)
    }

    pub async fn create_gathering(&self, ctx: &Ctx, form: &GatheringForm) -> Result<Gathering> {
        ctx.member.require(Permission::HostGathering)?;
        Ok(gatherings::create(
            self.store.conn(),
            NewGathering {
                community_id: ctx.community.id,
                title: form.title.as_str(),
                calling_question: form.calling_question.as_str(),
                invitation: form.invitation.as_str(),
                venue: form.venue.as_str(),
                time_zone: form.zone.name(),
                phase: Phase::Invitation.as_str(),
                license: DEFAULT_LICENSE,
                dots: form.dots,
                created_by: Some(ctx.member.account_id),
                now: self.now(),
            },
        )
        .await?)
    }

    pub async fn add_space(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        name: &SpaceName,
        capacity: i32,
        features: &str,
    ) -> Result<Space> {
        ctx.member.require(Permission::HostGathering)?;
        let c = self.change(ctx, gathering_id).await?;
        let space =
            gatherings::add_space(&c.tx, gathering_id, name.as_str(), capacity, features).await?;
        self.commit(c).await?;
        Ok(space)
    }

    pub async fn add_slot(&self, ctx: &Ctx, gathering_id: i32, form: &SlotForm) -> Result<Slot> {
        ctx.member.require(Permission::HostGathering)?;
        let c = self.change(ctx, gathering_id).await?;
        let zone = zone_of(&c.gathering)?;
        let starts = zone.timestamp(&form.date, &form.starts)?;
        let ends = zone.timestamp(&form.date, &form.ends)?;
        slot_interval(starts, ends)?;
        let label = form.label.as_ref().map_or("", CellLabel::as_str);
        let slot = gatherings::add_slot(
            &c.tx,
            gathering_id,
            (starts, ends),
            form.kind.as_str(),
            label,
        )
        .await?;
        self.commit(c).await?;
        Ok(slot)
    }

    /// A room is lost: the space goes, and its sessions return to the marketplace, where the
    /// host re-plans them ("suggest an agenda" keeps the other sessions where they are).
    /// Returns how many sessions need a new cell.
    pub async fn remove_space(&self, ctx: &Ctx, gathering_id: i32, space_id: i32) -> Result<u64> {
        ctx.member.require(Permission::HostGathering)?;
        let c = self.change(ctx, gathering_id).await?;
        if phase_of(&c.gathering)? == Phase::Closed {
            return Err(AppError::Conflict("This gathering is closed.".into()));
        }
        let moved = gatherings::remove_space(&c.tx, gathering_id, space_id).await?;
        self.commit(c).await?;
        Ok(moved)
    }

    /// Locks one cell (a plenary in the big room, a space closed for an hour). A cell that
    /// already holds a session cannot be locked: the host moves the session first.
    pub async fn lock_cell(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        (space_id, slot_id): (i32, i32),
        label: &CellLabel,
    ) -> Result<()> {
        ctx.member.require(Permission::HostGathering)?;
        let c = self.change(ctx, gathering_id).await?;
        self.check_cell(&c.tx, gathering_id, (space_id, slot_id))
            .await?;
        let held = sessions::list(&c.tx, gathering_id)
            .await?
            .into_iter()
            .any(|s| s.space_id == Some(space_id) && s.slot_id == Some(slot_id));
        if held {
            return Err(AppError::Conflict(
                "A session is in that cell; move it before locking the cell.".into(),
            ));
        }
        gatherings::lock_cell(&c.tx, gathering_id, space_id, slot_id, label.as_str()).await?;
        self.commit(c).await
    }

    /// Moves the phase on to `to`, which must be the next one.
    pub async fn advance_phase(&self, ctx: &Ctx, gathering_id: i32, to: Phase) -> Result<()> {
        ctx.member.require(Permission::HostGathering)?;
        let c = self.change(ctx, gathering_id).await?;
        let from = phase_of(&c.gathering)?;
        from.advance_to(to)
            .map_err(|e| AppError::Conflict(format!("{e}.")))?;
        gatherings::set_phase(&c.tx, gathering_id, from.as_str(), to.as_str()).await?;
        self.commit(c).await
    }

    pub async fn rsvp(&self, ctx: &Ctx, gathering_id: i32, answer: Rsvp) -> Result<()> {
        ctx.member.require(Permission::TakePart)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        if !phase_of(&g)?.allows_rsvp() {
            return Err(AppError::Conflict("This gathering is closed.".into()));
        }
        let tx = self.store.write().await?;
        gatherings::set_rsvp(
            &tx,
            g.id,
            ctx.member.account_id,
            answer.as_str(),
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn my_rsvp(&self, ctx: &Ctx, gathering_id: i32) -> Result<Option<Rsvp>> {
        let answer =
            gatherings::rsvp_of(self.store.conn(), gathering_id, ctx.member.account_id).await?;
        Ok(answer.as_deref().and_then(Rsvp::parse))
    }

    /// Who said yes (others may name them as co-conveners); nobody else is listed.
    pub async fn attendees(&self, ctx: &Ctx, gathering_id: i32) -> Result<Vec<(i32, String)>> {
        ctx.member.require(Permission::TakePart)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        let ids = gatherings::attending(self.store.conn(), g.id).await?;
        let names = convene_store::accounts::names(self.store.conn(), &ids).await?;
        let mut out: Vec<(i32, String)> = names.into_iter().collect();
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }

    /// Counts only: who declined is never shown to anyone.
    pub async fn rsvp_counts(&self, ctx: &Ctx, gathering_id: i32) -> Result<RsvpCounts> {
        ctx.member.require(Permission::HostGathering)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        let mut counts = RsvpCounts::default();
        for (answer, n) in gatherings::rsvp_counts(self.store.conn(), g.id).await? {
            match Rsvp::parse(&answer) {
                Some(Rsvp::Yes) => counts.yes = n,
                Some(Rsvp::Maybe) => counts.maybe = n,
                Some(Rsvp::No) => counts.no = n,
                None => {}
            }
        }
        Ok(counts)
    }

    /// A cell of this gathering in a slot open for sessions and not locked.
    pub(crate) async fn check_cell(
        &self,
        tx: &Tx,
        gathering_id: i32,
        (space_id, slot_id): (i32, i32),
    ) -> Result<Slot> {
        let spaces = gatherings::spaces(tx, gathering_id).await?;
        let slots = gatherings::slots(tx, gathering_id).await?;
        let slot = slots
            .into_iter()
            .find(|s| s.id == slot_id)
            .ok_or(AppError::NotFound)?;
        if !spaces.iter().any(|s| s.id == space_id) {
            return Err(AppError::NotFound);
        }
        if slot.kind != SlotKind::Sessions.as_str() {
            return Err(AppError::Conflict(format!(
                "That time is reserved for the {} ({}).",
                slot.kind,
                if slot.label.is_empty() {
                    "whole gathering"
                } else {
                    &slot.label
                }
            )));
        }
        let locked = gatherings::locked_cells(tx, gathering_id).await?;
        if let Some(l) = locked
            .iter()
            .find(|l| l.space_id == space_id && l.slot_id == slot_id)
        {
            return Err(AppError::Conflict(format!(
                "That cell is locked ({}).",
                l.label
            )));
        }
        Ok(slot)
    }
}

pub(crate) fn phase_of(g: &Gathering) -> Result<Phase> {
    Phase::parse(&g.phase).ok_or_else(|| AppError::Internal(format!("bad phase {}", g.phase)))
}

pub fn zone_of(g: &Gathering) -> Result<Zone> {
    Zone::parse(&g.time_zone).map_err(|_| AppError::Internal(format!("bad zone {}", g.time_zone)))
}
