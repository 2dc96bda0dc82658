//! The agenda wall: the grid of spaces and slots with the sessions placed in it, the
//! marketplace, capacity warnings; as one member may read it, or as everyone shares it.

use crate::content::{Audience, readable_of};
use crate::gathering::{phase_of, zone_of};
use crate::{Allowed, App, Result, can};
use convene_domain::Id;
use convene_domain::content::ContentKind;
use convene_domain::gathering::{Phase, Placed, SlotKind, Warning, unmet_needs, warnings};
use convene_domain::ids::GatheringId;
use convene_store::{Gathering, Session, Space, accounts, gatherings, sessions};
use std::collections::{BTreeSet, HashMap};

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
    /// Its needs that its space does not have (empty in the marketplace).
    pub unmet: Vec<String>,
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
    /// Its cell as people read it: `2026-12-01 10:00–11:00 · Garden`, or `None` in the
    /// marketplace.
    pub fn place_in<'a>(&self, wall: &'a Wall) -> Option<(&'a Row, &'a Space)> {
        let (space, slot) = self.cell?;
        let row = wall.rows.iter().find(|r| r.slot_id == slot)?;
        let sp = wall.spaces.iter().find(|s| s.id == space)?;
        Some((row, sp))
    }

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
        let unmet = |s: &Session| {
            s.space_id
                .and_then(|sp| spaces.iter().find(|x| x.id == sp))
                .map(|sp| unmet_needs(&s.needs, &sp.features))
                .unwrap_or_default()
        };
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
            unmet: unmet(s),
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
            .chain(list.iter().filter(|s| s.slot_id.is_some()).filter_map(|s| {
                let missing = unmet(s);
                let space = spaces.iter().find(|x| Some(x.id) == s.space_id)?;
                (!missing.is_empty()).then(|| {
                    format!(
                        "“{}” needs {}; {} does not have it.",
                        s.title,
                        missing.join(", "),
                        space.name
                    )
                })
            }))
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
}

pub(crate) fn cell_of(s: &Session) -> Option<(i32, i32)> {
    s.space_id.zip(s.slot_id)
}
