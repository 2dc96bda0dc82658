//! Gatherings: setting one up (spaces, slots, locked cells), moving its phases on, and answers
//! to its invitation. Every change bumps the gathering's version and is announced live.

use crate::{Allowed, App, AppError, Message, Result, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::gathering::{Phase, Rsvp, SlotKind, Zone};
use convene_domain::ids::{GatheringId, SpaceId};
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

impl App {
    pub async fn gatherings(&self, ctx: &Allowed<can::TakePart>) -> Result<Vec<Gathering>> {
        Ok(gatherings::list(self.store.conn(), ctx.community.id).await?)
    }

    pub async fn gathering(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
    ) -> Result<Gathering> {
        let id = id.get();
        Ok(gatherings::get(self.store.conn(), ctx.community.id, id).await?)
    }

    pub async fn create_gathering(
        &self,
        ctx: &Allowed<can::HostGathering>,
        form: &GatheringForm,
    ) -> Result<Gathering> {
        let u = self.change(ctx).await?;
        let g = gatherings::create(
            &u.tx,
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
                created_by: Some(ctx.member.account_id.get()),
                now: self.now(),
            },
        )
        .await?;
        self.commit(u).await?;
        Ok(g)
    }

    pub async fn add_space(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        name: &SpaceName,
        capacity: i32,
        features: &str,
    ) -> Result<Space> {
        let (mut c, _gathering) = self.change_gathering(ctx, gathering_id).await?;
        let space =
            gatherings::add_space(&c.tx, gathering_id.get(), name.as_str(), capacity, features)
                .await?;
        c.audit(
            "space.add",
            Subject::new(SubjectKind::Gathering, gathering_id.get()),
            &format!("space:{} {} ({capacity} seats)", space.id, space.name),
            "",
        );
        self.commit(c).await?;
        Ok(space)
    }

    pub async fn add_slot(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        form: &SlotForm,
    ) -> Result<Slot> {
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let zone = zone_of(&gathering)?;
        let (starts, ends) = self.fit_slot(&c.tx, &gathering, &zone, None, form).await?;
        let label = form.label.as_ref().map_or("", CellLabel::as_str);
        let slot = gatherings::add_slot(
            &c.tx,
            gathering_id.get(),
            (starts, ends),
            form.kind.as_str(),
            label,
        )
        .await?;
        c.audit(
            "slot.add",
            Subject::new(SubjectKind::Gathering, gathering_id.get()),
            &crate::setup::slot_detail(&zone, slot.id, (starts, ends), form.kind, 0),
            "",
        );
        self.commit(c).await?;
        Ok(slot)
    }

    /// A room is lost: the space goes, and its sessions return to the marketplace, where the
    /// host re-plans them ("suggest an agenda" keeps the other sessions where they are).
    /// Returns how many sessions need a new cell.
    pub async fn remove_space(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        space_id: SpaceId,
    ) -> Result<u64> {
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        if phase_of(&gathering)? == Phase::Closed {
            return Err(Message::t("error-gathering-closed").conflict());
        }
        let name = gatherings::spaces(&c.tx, gathering_id.get())
            .await?
            .into_iter()
            .find(|s| s.id == space_id.get())
            .map(|s| s.name)
            .ok_or(AppError::NotFound)?;
        let moved = gatherings::remove_space(&c.tx, gathering_id.get(), space_id.get()).await?;
        c.audit(
            "space.remove",
            Subject::new(SubjectKind::Gathering, gathering_id.get()),
            &format!(
                "space:{} {name}, {moved} sessions to the marketplace",
                space_id.get()
            ),
            "",
        );
        self.commit(c).await?;
        Ok(moved)
    }

    /// Locks one cell (a plenary in the big room, a space closed for an hour). A cell that
    /// already holds a session cannot be locked: the host moves the session first.
    pub async fn lock_cell(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        (space_id, slot_id): (i32, i32),
        label: &CellLabel,
    ) -> Result<()> {
        let (mut c, _gathering) = self.change_gathering(ctx, gathering_id).await?;
        self.check_cell(&c.tx, gathering_id.get(), (space_id, slot_id))
            .await?;
        let held = sessions::list(&c.tx, gathering_id.get())
            .await?
            .into_iter()
            .any(|s| s.space_id == Some(space_id) && s.slot_id == Some(slot_id));
        if held {
            return Err(Message::t("error-cell-has-session").conflict());
        }
        gatherings::lock_cell(&c.tx, gathering_id.get(), space_id, slot_id, label.as_str()).await?;
        c.audit(
            "cell.lock",
            Subject::new(SubjectKind::Gathering, gathering_id.get()),
            &format!("space:{space_id} slot:{slot_id} {}", label.as_str()),
            "",
        );
        self.commit(c).await
    }

    /// Moves the phase on to `to`, which must be the next one.
    pub async fn advance_phase(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        to: Phase,
    ) -> Result<()> {
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let from = phase_of(&gathering)?;
        from.advance_to(to)
            .map_err(|e| crate::setup::out_of_order(e, true))?;
        gatherings::set_phase(&c.tx, gathering_id.get(), from.as_str(), to.as_str()).await?;
        c.audit(
            "gathering.phase",
            Subject::new(SubjectKind::Gathering, gathering_id.get()),
            &format!("{} → {}", from.as_str(), to.as_str()),
            "",
        );
        self.commit(c).await
    }

    pub async fn rsvp(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        answer: Rsvp,
    ) -> Result<()> {
        let u = self.change(ctx).await?;
        let g = gatherings::get(&u.tx, ctx.community.id, gathering_id.get()).await?;
        if !phase_of(&g)?.allows_rsvp() {
            return Err(Message::t("error-gathering-closed").conflict());
        }
        gatherings::set_rsvp(
            &u.tx,
            g.id,
            ctx.member.account_id.get(),
            answer.as_str(),
            self.now(),
        )
        .await?;
        self.commit(u).await
    }

    /// The caller's own answer to a gathering of their community.
    pub async fn my_rsvp(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Option<Rsvp>> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let answer =
            gatherings::rsvp_of(self.store.conn(), g.id, ctx.member.account_id.get()).await?;
        Ok(answer.as_deref().and_then(Rsvp::parse))
    }

    /// Who said yes (others may name them as co-conveners); nobody else is listed, and only to
    /// those who may see the member list.
    pub async fn attendees(
        &self,
        ctx: &Allowed<can::ViewMembers>,
        gathering_id: GatheringId,
    ) -> Result<Vec<(i32, String)>> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let ids = gatherings::attending(self.store.conn(), g.id).await?;
        let names = convene_store::accounts::names(self.store.conn(), &ids).await?;
        let mut out: Vec<(i32, String)> = names.into_iter().collect();
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }

    /// Counts only: who declined is never shown to anyone.
    pub async fn rsvp_counts(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
    ) -> Result<RsvpCounts> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
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
            let kind = if slot.kind == SlotKind::Break.as_str() {
                "error-reserved-break"
            } else {
                "error-reserved-plenary"
            };
            let m = Message::t(kind);
            return Err(if slot.label.is_empty() {
                m.word("label", "error-reserved-whole")
            } else {
                m.text("label", &slot.label)
            }
            .conflict());
        }
        let locked = gatherings::locked_cells(tx, gathering_id).await?;
        if let Some(l) = locked
            .iter()
            .find(|l| l.space_id == space_id && l.slot_id == slot_id)
        {
            return Err(Message::t("error-cell-locked")
                .text("label", &l.label)
                .conflict());
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

/// The gathering a community page points to: the next one that is not closed.
#[derive(Debug, Clone)]
pub struct NextGathering {
    pub gathering: Gathering,
    pub phase: Phase,
    /// When its first slot starts, if it has slots.
    pub starts: Option<i64>,
    pub has_grid: bool,
    pub my_rsvp: Option<Rsvp>,
}

impl App {
    pub async fn next_gathering(
        &self,
        ctx: &Allowed<can::TakePart>,
    ) -> Result<Option<NextGathering>> {
        let db = self.store.conn();
        let now = self.now();
        let mut best: Option<(u8, i64, NextGathering)> = None;
        for g in gatherings::list(db, ctx.community.id).await? {
            let phase = phase_of(&g)?;
            // Other formats (a Lean Coffee) have their own pages and steps.
            if phase == Phase::Closed || convene_store::lean::settings(db, g.id).await?.is_some() {
                continue;
            }
            let slots = gatherings::slots(db, g.id).await?;
            let ended = slots
                .iter()
                .map(|s| s.ends_at)
                .max()
                .is_some_and(|e| e < now);
            let starts = slots.first().map(|s| s.starts_at);
            let has_grid = !slots.is_empty() && !gatherings::spaces(db, g.id).await?.is_empty();
            // Upcoming or running ones first, the earliest first; then undated ones, newest
            // first; then those whose slots are over (but not closed yet).
            let rank = match (ended, starts) {
                (false, Some(t)) => (0, t),
                (_, None) => (1, -i64::from(g.id)),
                (true, Some(t)) => (2, -t),
            };
            if best.as_ref().is_none_or(|(a, b, _)| rank < (*a, *b)) {
                let my_rsvp = gatherings::rsvp_of(db, g.id, ctx.member.account_id.get())
                    .await?
                    .as_deref()
                    .and_then(Rsvp::parse);
                best = Some((
                    rank.0,
                    rank.1,
                    NextGathering {
                        gathering: g,
                        phase,
                        starts,
                        has_grid,
                        my_rsvp,
                    },
                ));
            }
        }
        Ok(best.map(|(_, _, n)| n))
    }
}
