//! The marketplace and the agenda wall: convening sessions, placing them in cells, interest,
//! and presence under the law of two feet. Sessions are placed, never people.

use crate::content::{Audience, readable, readable_of, reader};
use crate::gathering::{phase_of, zone_of};
use crate::unit::Editor;
use crate::{Allowed, can};
use crate::{App, AppError, Result};
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::gathering::{Phase, Placed, SlotKind, Warning, warnings};
use convene_domain::ids::*;
use convene_domain::text::{SessionDescription, SessionTitle};
use convene_domain::{Id, Permission};
use convene_store::contents::{self, Content, NewContent};
use convene_store::sessions::{self, NewSession};
use convene_store::{Gathering, Session, Space, accounts, gatherings};
use std::collections::{BTreeSet, HashMap};

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

/// A session as every wall shows it: nothing on it depends on who looks.
#[derive(Debug, Clone)]
pub struct Card {
    pub id: i32,
    pub title: String,
    pub convener: String,
    pub convener_id: Option<i32>,
    pub needs: String,
    pub interested: usize,
    pub present: usize,
    pub capacity: Option<i32>,
    pub cell: Option<(i32, i32)>,
}

impl Wall {
    /// Placed sessions in agenda order, each with its slot's row and its space.
    pub fn placed(&self) -> impl Iterator<Item = (&Row, &Space, &Card)> {
        self.rows.iter().flat_map(move |r| {
            r.cells
                .iter()
                .zip(&self.spaces)
                .filter_map(move |(c, sp)| match c {
                    Cell::Taken(card) => Some((r, sp, card)),
                    _ => None,
                })
        })
    }

    /// Every session: the placed ones in agenda order, then the marketplace.
    pub fn cards(&self) -> impl Iterator<Item = &Card> {
        self.placed().map(|p| p.2).chain(&self.marketplace)
    }
}

impl Card {
    pub fn over_capacity(&self) -> bool {
        self.capacity.is_some_and(|c| self.interested > c as usize)
    }
}

#[derive(Debug, Clone)]
pub enum Cell {
    Free { space_id: i32, slot_id: i32 },
    Locked(String),
    Taken(Card),
}

#[derive(Debug, Clone)]
pub struct Row {
    pub slot_id: i32,
    pub starts_at: i64,
    pub ends_at: i64,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub kind: SlotKind,
    pub label: String,
    pub cells: Vec<Cell>,
}

/// The agenda wall at one version of the gathering.
#[derive(Debug, Clone)]
pub struct Wall {
    pub gathering: Gathering,
    pub phase: Phase,
    pub version: i64,
    pub spaces: Vec<Space>,
    pub rows: Vec<Row>,
    /// Announced sessions not on the wall yet.
    pub marketplace: Vec<Card>,
    pub warnings: Vec<String>,
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
            return Err(AppError::field("co-conveners", "at most 5"));
        }
        for &a in &form.co_conveners {
            if a == ctx.member.account_id.get() {
                continue;
            }
            convene_store::communities::membership(&c.tx, ctx.community.id, a)
                .await?
                .ok_or_else(|| {
                    AppError::field("co-conveners", "choose members of this community")
                })?;
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
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        self.may_edit(&c.tx, c.editor(), &s).await?;
        self.agenda_open(&gathering)?;
        if let Some(cell) = cell {
            self.check_cell(&c.tx, gathering_id.get(), cell).await?;
            let others = sessions::list(&c.tx, gathering_id.get()).await?;
            convener_free(&others, &s, cell.1)?;
        }
        sessions::place(&c.tx, s.id, cell).await?;
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
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
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
        self.commit(c).await
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
            return Err(AppError::Conflict("This gathering is closed.".into()));
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
            return Err(AppError::Conflict(
                "Checking in opens when the sessions begin.".into(),
            ));
        }
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        if s.slot_id.is_none() {
            return Err(AppError::Conflict(
                "That session is not on the agenda yet.".into(),
            ));
        }
        let now = self.now();
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

    /// The wall as a member sees it: the sessions they may read.
    pub async fn wall(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Wall> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        self.wall_in(Audience::of(ctx), g.id).await
    }

    /// The wall everyone shares (live streams, the kiosk), of a gathering of the caller's
    /// community: only sessions every member and guest may read.
    pub async fn shared_wall(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Wall> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        self.wall_in(Audience::Everyone, g.id).await
    }

    /// The shared wall, for the system (tests, jobs).
    pub async fn wall_of(&self, _: &crate::System, gathering: GatheringId) -> Result<Wall> {
        self.wall_in(Audience::Everyone, gathering.get()).await
    }

    /// The wall as `audience` may read it, read in one snapshot so every part belongs to the
    /// same version.
    pub(crate) async fn wall_in(&self, audience: Audience, gathering_id: i32) -> Result<Wall> {
        let tx = self.store.snapshot().await?;
        let g = gatherings::by_id(&tx, gathering_id).await?;
        let zone = zone_of(&g)?;
        let spaces = gatherings::spaces(&tx, g.id).await?;
        let slots = gatherings::slots(&tx, g.id).await?;
        let locked = gatherings::locked_cells(&tx, g.id).await?;
        let all = sessions::list(&tx, g.id).await?;
        let ids: Vec<i32> = all.iter().map(|s| s.id).collect();
        let seen = readable_of(&tx, audience, ContentKind::Session, &ids).await?;
        let list: Vec<Session> = all
            .into_iter()
            .filter(|s| seen.contains_key(&s.id))
            .collect();
        let mut interest: HashMap<i32, BTreeSet<Id>> = HashMap::new();
        for i in sessions::interests(&tx, g.id).await? {
            interest
                .entry(i.session_id)
                .or_default()
                .insert(i.account_id);
        }
        let mut present: HashMap<i32, usize> = HashMap::new();
        for p in sessions::present(&tx, g.id).await? {
            *present.entry(p.session_id).or_default() += 1;
        }
        let co = sessions::co_conveners(&tx, g.id).await?;
        let mut ids: Vec<i32> = list.iter().filter_map(|s| s.convener_id).collect();
        ids.extend(co.iter().map(|c| c.1));
        let names = accounts::names(&tx, &ids).await?;
        tx.commit().await?;

        let capacity: HashMap<i32, i32> = spaces.iter().map(|s| (s.id, s.capacity)).collect();
        let card = |s: &Session| Card {
            id: s.id,
            title: s.title.clone(),
            convener: std::iter::once(
                s.convener_id
                    .and_then(|id| names.get(&id).cloned())
                    .unwrap_or_else(|| "someone who left".into()),
            )
            .chain(
                co.iter()
                    .filter(|c| c.0 == s.id)
                    .filter_map(|c| names.get(&c.1).cloned()),
            )
            .collect::<Vec<_>>()
            .join(", "),
            convener_id: s.convener_id,
            needs: s.needs.clone(),
            interested: interest.get(&s.id).map_or(0, BTreeSet::len),
            present: present.get(&s.id).copied().unwrap_or(0),
            capacity: s.space_id.and_then(|sp| capacity.get(&sp).copied()),
            cell: cell_of(s),
        };
        let by_cell: HashMap<(i32, i32), &Session> = list
            .iter()
            .filter_map(|s| cell_of(s).map(|c| (c, s)))
            .collect();
        let rows = slots
            .iter()
            .map(|slot| {
                let kind = SlotKind::parse(&slot.kind).unwrap_or(SlotKind::Sessions);
                let (date, starts) = zone.local(slot.starts_at);
                let (_, ends) = zone.local(slot.ends_at);
                let cells = spaces
                    .iter()
                    .map(|sp| {
                        if let Some(s) = by_cell.get(&(sp.id, slot.id)) {
                            Cell::Taken(card(s))
                        } else if kind != SlotKind::Sessions {
                            // Plenaries and breaks hold every space.
                            Cell::Locked(if slot.label.is_empty() {
                                kind.as_str().to_owned()
                            } else {
                                slot.label.clone()
                            })
                        } else if let Some(l) = locked
                            .iter()
                            .find(|l| l.space_id == sp.id && l.slot_id == slot.id)
                        {
                            Cell::Locked(l.label.clone())
                        } else {
                            Cell::Free {
                                space_id: sp.id,
                                slot_id: slot.id,
                            }
                        }
                    })
                    .collect();
                Row {
                    slot_id: slot.id,
                    starts_at: slot.starts_at,
                    ends_at: slot.ends_at,
                    date,
                    starts,
                    ends,
                    kind,
                    label: slot.label.clone(),
                    cells,
                }
            })
            .collect();
        let placed: Vec<Placed> = list
            .iter()
            .filter_map(|s| {
                let (space, slot) = cell_of(s)?;
                Some(Placed {
                    session: s.id,
                    slot,
                    capacity: capacity.get(&space).copied().unwrap_or(0),
                    interested: interest.get(&s.id).cloned().unwrap_or_default(),
                })
            })
            .collect();
        let title = |id: i32| {
            list.iter()
                .find(|s| s.id == id)
                .map_or_else(String::new, |s| s.title.clone())
        };
        let warnings = warnings(&placed)
            .into_iter()
            .map(|w| match w {
                Warning::OverCapacity {
                    session,
                    interested,
                    capacity,
                } => format!(
                    "“{}”: {interested} people want to join a room for {capacity}.",
                    title(session)
                ),
                Warning::SharedInterest { a, b, people } => format!(
                    "“{}” and “{}” run at the same time; {people} {} want both.",
                    title(a),
                    title(b),
                    if people == 1 { "person" } else { "people" }
                ),
            })
            .collect();
        Ok(Wall {
            phase: phase_of(&g)?,
            version: g.version,
            marketplace: list
                .iter()
                .filter(|s| s.slot_id.is_none())
                .map(card)
                .collect(),
            gathering: g,
            spaces,
            rows,
            warnings,
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
            return Err(AppError::Conflict(
                "Sessions are announced once the marketplace opens.".into(),
            ));
        }
        let yes = self.my_rsvp(ctx, GatheringId(g.id)).await?
            == Some(convene_domain::gathering::Rsvp::Yes);
        if host || yes {
            Ok(())
        } else {
            Err(AppError::Conflict(
                "Say yes to the invitation first; then you can convene a session.".into(),
            ))
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

    fn agenda_open(&self, g: &Gathering) -> Result<()> {
        if phase_of(g)?.allows_convening() {
            Ok(())
        } else {
            Err(AppError::Conflict(
                "The agenda can change only in the marketplace and sessions phases.".into(),
            ))
        }
    }
}

fn cell_of(s: &Session) -> Option<(i32, i32)> {
    s.space_id.zip(s.slot_id)
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
        Err(AppError::Conflict(
            "Its convener already has a session in that slot.".into(),
        ))
    } else {
        Ok(())
    }
}
