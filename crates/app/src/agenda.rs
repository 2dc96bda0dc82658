//! The marketplace and the agenda wall: convening sessions, placing them in cells, interest,
//! and presence under the law of two feet. Sessions are placed, never people.

use crate::content::{readable, reader};
use crate::gathering::phase_of;
use crate::unit::Editor;
use crate::wall::cell_of;
pub use crate::wall::{Card, Cell, Row, Wall};
use crate::{Allowed, can};
use crate::{App, AppError, Message, Result};
use convene_domain::Permission;
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::gathering::{CheckIn, Phase, check_in as check_in_window};
use convene_domain::ids::*;
use convene_domain::text::{SessionDescription, SessionTitle};
use convene_store::contents::{self, Content, NewContent};
use convene_store::sessions::{self, NewSession};
use convene_store::{Gathering, Session, gatherings};

pub struct SessionForm {
    pub title: SessionTitle,
    pub description: Option<SessionDescription>,
    /// Parsed by `convene_domain::gathering::features`.
    pub needs: String,
    /// Accounts who convene it too (members of the community; at most 5).
    pub co_conveners: Vec<i32>,
    /// Who may read it (the whole community unless the convener narrows it).
    pub visibility: Visibility,
}

/// One session as its page shows it to the caller.
#[derive(Debug, Clone)]
pub struct SessionView {
    pub session: Session,
    pub description: Content,
    pub interested: bool,
    pub here: bool,
    pub editable: bool,
}

impl App {
    /// Announces a session. Anyone who said yes may convene, while the marketplace is open.
    pub async fn convene(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        form: &SessionForm,
    ) -> Result<Session> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        self.may_convene(ctx, c.may(Permission::HostGathering), &gathering)
            .await?;
        let now = self.now();
        let s = sessions::create(
            &c.tx,
            NewSession {
                gathering_id: gathering_id.get(),
                convener_id: ctx.member.account_id.get(),
                title: form.title.as_str(),
                needs: &form.needs,
                now,
            },
        )
        .await?;
        contents::create(
            &c.tx,
            NewContent {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::Session, s.id),
                author: ctx.member.account_id,
                body: form.description.as_ref().map_or("", |d| d.as_str()),
                visibility: &form.visibility,
                now,
            },
        )
        .await?;
        if form.co_conveners.len() > 5 {
            return Err(Message::t("error-co-conveners-at-most").field("co-conveners"));
        }
        // Naming someone by account id would tell who belongs: only for those who may see the
        // member list (guests are offered no picker).
        let own = ctx.member.account_id.get();
        if form.co_conveners.iter().any(|&a| a != own) && !ctx.may(Permission::ViewMembers) {
            return Err(Message::t("error-co-conveners-guest").field("co-conveners"));
        }
        for &a in &form.co_conveners {
            if a == ctx.member.account_id.get() {
                continue;
            }
            convene_store::communities::membership(&c.tx, ctx.community.id, a)
                .await?
                .ok_or_else(|| Message::t("error-co-conveners-members").field("co-conveners"))?;
            sessions::add_co_convener(&c.tx, s.id, a).await?;
        }
        self.commit(c).await?;
        Ok(s)
    }

    /// Puts a session in a free cell, or back in the marketplace (`None`). Only its convener
    /// or a host may; when two claim one cell at once, the database lets exactly one win.
    pub async fn place(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
        cell: Option<(i32, i32)>,
    ) -> Result<()> {
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        self.may_edit(&c.tx, c.editor(), &s).await?;
        self.agenda_open(&gathering)?;
        if cell == cell_of(&s) {
            // It stays where it is: nothing changes, nothing is announced.
            return Ok(());
        }
        if let Some(cell) = cell {
            self.check_cell(&c.tx, gathering_id.get(), cell).await?;
            let others = sessions::list(&c.tx, gathering_id.get()).await?;
            convener_free(&others, &s, cell.1)?;
        }
        sessions::place(&c.tx, s.id, cell).await?;
        self.log_host_move(&mut c, &s, cell).await?;
        self.commit(c).await
    }

    /// Swaps the cells of two sessions the caller may edit (either may be unplaced).
    pub async fn swap(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        (a, b): (SessionId, SessionId),
    ) -> Result<()> {
        let (a, b) = (a.get(), b.get());
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let sa = sessions::get(&c.tx, gathering_id.get(), a).await?;
        let sb = sessions::get(&c.tx, gathering_id.get(), b).await?;
        self.may_edit(&c.tx, c.editor(), &sa).await?;
        self.may_edit(&c.tx, c.editor(), &sb).await?;
        self.agenda_open(&gathering)?;
        let (ca, cb) = (cell_of(&sa), cell_of(&sb));
        let all = sessions::list(&c.tx, gathering_id.get()).await?;
        let rest: Vec<Session> = all.into_iter().filter(|s| s.id != a && s.id != b).collect();
        if let Some(cell) = cb {
            convener_free(&rest, &sa, cell.1)?;
        }
        if let Some(cell) = ca {
            convener_free(&rest, &sb, cell.1)?;
        }
        sessions::place(&c.tx, a, None).await?;
        sessions::place(&c.tx, b, ca).await?;
        sessions::place(&c.tx, a, cb).await?;
        self.log_host_move(&mut c, &sa, cb).await?;
        self.log_host_move(&mut c, &sb, ca).await?;
        self.commit(c).await
    }

    /// A host moving someone else's session uses vertical power: it goes to the audit log.
    async fn log_host_move(
        &self,
        c: &mut crate::unit::Unit,
        s: &Session,
        cell: Option<(i32, i32)>,
    ) -> Result<()> {
        let me = c.editor().me;
        let own = s.convener_id == Some(me)
            || sessions::co_conveners(&c.tx, s.gathering_id)
                .await?
                .contains(&(s.id, me));
        if !own {
            let to = cell.map_or_else(
                || "to the marketplace".to_owned(),
                |(space, slot)| format!("to space:{space} slot:{slot}"),
            );
            c.audit(
                "session.place",
                convene_domain::audit::Subject::new(
                    convene_domain::audit::SubjectKind::Session,
                    s.id,
                ),
                &to,
                "",
            );
        }
        Ok(())
    }

    /// Marks (or unmarks) the caller's wish to join a session.
    pub async fn set_interest(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
        on: bool,
    ) -> Result<()> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        if phase_of(&gathering)? == Phase::Closed {
            return Err(Message::t("error-gathering-closed").conflict());
        }
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        if on {
            sessions::add_interest(&c.tx, s.id, ctx.member.account_id.get()).await?;
        } else {
            sessions::remove_interest(&c.tx, s.id, ctx.member.account_id.get()).await?;
        }
        self.commit(c).await
    }

    /// The law of two feet: join a placed session now, leaving wherever one was.
    pub async fn check_in(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
        anonymous: bool,
    ) -> Result<()> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        if !phase_of(&gathering)?.allows_presence() {
            return Err(Message::t("error-check-in-not-yet").conflict());
        }
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        let Some(slot) = s.slot_id else {
            return Err(Message::t("error-not-on-agenda").conflict());
        };
        let now = self.now();
        let slot = gatherings::slots(&c.tx, gathering_id.get())
            .await?
            .into_iter()
            .find(|sl| sl.id == slot)
            .ok_or(AppError::NotFound)?;
        let zone = crate::gathering::zone_of(&gathering)?;
        match check_in_window(now, slot.starts_at, slot.ends_at) {
            CheckIn::Open => {}
            CheckIn::TooEarly => {
                let (date, time) = zone.local(slot.starts_at);
                return Err(Message::t("error-check-in-early")
                    .text("title", &s.title)
                    .text("date", date)
                    .text("time", time)
                    .conflict());
            }
            CheckIn::Over => {
                return Err(Message::t("error-check-in-over")
                    .text("title", &s.title)
                    .conflict());
            }
        }
        sessions::check_out(&c.tx, gathering_id.get(), ctx.member.account_id.get(), now).await?;
        sessions::check_in(
            &c.tx,
            gathering_id.get(),
            s.id,
            ctx.member.account_id.get(),
            anonymous,
            now,
        )
        .await?;
        self.commit(c).await
    }

    pub async fn check_out(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<()> {
        let (c, _gathering) = self.change_gathering(ctx, gathering_id).await?;
        sessions::check_out(
            &c.tx,
            gathering_id.get(),
            ctx.member.account_id.get(),
            self.now(),
        )
        .await?;
        self.commit(c).await
    }

    /// One session the caller may read, with whether they are interested and present.
    pub async fn session(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
    ) -> Result<SessionView> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let s = sessions::get(self.store.conn(), g.id, session_id.get()).await?;
        let description = contents::get(
            self.store.conn(),
            ContentRef::new(ContentKind::Session, s.id),
        )
        .await?
        .filter(|c| readable(&reader(ctx), c))
        .ok_or(AppError::NotFound)?;
        let me = ctx.member.account_id.get();
        let interested = sessions::interests(self.store.conn(), g.id)
            .await?
            .iter()
            .any(|i| i.session_id == s.id && i.account_id == me);
        let here = sessions::open_presence(self.store.conn(), g.id, me)
            .await?
            .is_some_and(|p| p.session_id == s.id);
        let editable = self
            .may_edit(self.store.conn(), Editor::of(ctx), &s)
            .await
            .is_ok();
        Ok(SessionView {
            session: s,
            description,
            interested,
            here,
            editable,
        })
    }

    /// Hosts (as settled in the transaction: `host`) and those who said yes may convene.
    async fn may_convene(
        &self,
        ctx: &Allowed<can::TakePart>,
        host: bool,
        g: &Gathering,
    ) -> Result<()> {
        if !phase_of(g)?.allows_convening() {
            return Err(Message::t("error-convene-not-yet").conflict());
        }
        let yes = self.my_rsvp(ctx, GatheringId(g.id)).await?
            == Some(convene_domain::gathering::Rsvp::Yes);
        if host || yes {
            Ok(())
        } else {
            Err(Message::t("error-convene-say-yes").conflict())
        }
    }

    /// Its convener, its co-conveners and hosts may change a session.
    pub(crate) async fn may_edit(
        &self,
        db: &impl convene_store::store_db::ConnectionTrait,
        who: Editor,
        s: &Session,
    ) -> Result<()> {
        let me = who.me;
        if s.convener_id == Some(me)
            || who.host
            || sessions::co_conveners(db, s.gathering_id)
                .await?
                .contains(&(s.id, me))
        {
            Ok(())
        } else {
            Err(AppError::denied(Permission::HostGathering))
        }
    }

    pub(crate) fn agenda_open(&self, g: &Gathering) -> Result<()> {
        if phase_of(g)?.allows_convening() {
            Ok(())
        } else {
            Err(Message::t("error-agenda-closed").conflict())
        }
    }
}

/// A convener cannot hold two sessions at once.
fn convener_free(others: &[Session], s: &Session, slot_id: i32) -> Result<()> {
    let clash = others.iter().any(|o| {
        o.id != s.id
            && o.convener_id.is_some()
            && o.convener_id == s.convener_id
            && o.slot_id == Some(slot_id)
    });
    if clash {
        Err(Message::t("error-convener-busy").conflict())
    } else {
        Ok(())
    }
}
