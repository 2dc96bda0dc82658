//! The phone view of a gathering: what runs now, what comes next, and my sessions, as lists
//! (no table, nothing wider than the phone), with my interest and my check-in marked and the
//! buttons a participant needs in the room.

use super::flash::{Flash, FlashQuery};
use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{GatheringPath, Ids, Inside};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::Ctx;
use convene_app::agenda::{Card, Cell, Row, Wall};
use convene_app::mine::Marks;
use convene_app::store::{Account, Gathering};
use convene_domain::gathering::{CheckIn, SlotKind, check_in};
use convene_domain::ids::GatheringId;

/// One session in a list of the phone view.
pub struct Item {
    pub id: i32,
    pub title: String,
    pub convener: String,
    pub interested: usize,
    pub present: usize,
    /// `2026-12-01 10:00–11:00`, empty in the marketplace.
    pub when: String,
    pub room: String,
    pub unmet: String,
    pub wanted: bool,
    pub here: bool,
    pub convening: bool,
    /// Check-in is open for it now (running, or starting within 10 minutes).
    pub may_check_in: bool,
}

/// A slot in "Now" or "Next": its time, its label for plenaries and breaks, its sessions.
pub struct Block {
    pub when: String,
    pub label: String,
    pub items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "phone.html")]
pub struct PhonePage {
    pub nav: Nav,
    pub slug: String,
    pub g: Gathering,
    pub now: Option<Block>,
    /// The next slot, and when that is a plenary or a break, the session slot after it too.
    pub next: Vec<Block>,
    pub mine: Vec<Item>,
    pub presence_open: bool,
    pub flash: Option<Flash>,
    pub error: Option<String>,
}

pub async fn phone_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<FlashQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &phone_page(&st, &account, &ctx, id, Some(q), None).await?,
    ))
}

pub(crate) async fn phone_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
    q: Option<FlashQuery>,
    error: Option<String>,
) -> Result<PhonePage, PageError> {
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let marks = st.app.marks(&ctx.require()?, id).await?;
    let now = st.app.now();
    let presence_open = wall.phase.allows_presence();
    let nav = Nav::inside(account, ctx);
    let tr = nav.tr;
    let item = |row: Option<&Row>, room: &str, c: &Card| Item {
        id: c.id,
        title: c.title.clone(),
        convener: c.convener.clone(),
        interested: c.interested,
        present: c.present,
        when: row.map_or_else(String::new, |r| {
            format!("{} {}–{}", r.date, r.starts, r.ends)
        }),
        room: room.to_owned(),
        unmet: c.unmet.join(", "),
        wanted: marks.wants(&c.id),
        here: marks.is_here(&c.id),
        convening: marks.convenes(&c.id),
        may_check_in: presence_open
            && row.is_some_and(|r| check_in(now, r.starts_at, r.ends_at) == CheckIn::Open),
    };
    let block = |row: &Row| Block {
        when: format!("{} {}–{}", row.date, row.starts, row.ends),
        label: if row.kind == SlotKind::Sessions {
            String::new()
        } else if row.label.is_empty() {
            crate::i18n::slot_kind(tr, row.kind.as_str())
        } else {
            row.label.clone()
        },
        items: row
            .cells
            .iter()
            .zip(&wall.spaces)
            .filter_map(|(cell, sp)| match cell {
                Cell::Taken(c) => Some(item(Some(row), &sp.name, c)),
                _ => None,
            })
            .collect(),
    };
    let now_row = wall
        .rows
        .iter()
        .find(|r| r.starts_at <= now && now < r.ends_at);
    let mut later: Vec<&Row> = wall.rows.iter().filter(|r| r.starts_at > now).collect();
    later.sort_by_key(|r| r.starts_at);
    let upto = later
        .iter()
        .position(|r| r.kind == SlotKind::Sessions)
        .map_or(later.len().min(1), |i| i + 1);
    later.truncate(upto);
    let mine: Vec<Item> = mine(&wall, &marks)
        .into_iter()
        .map(|(row, room, c)| item(row, room, c))
        .collect();
    let flash = q.and_then(|q| {
        q.flash_in(tr, |s| {
            wall.cards().find(|c| c.id == s).map(|c| c.title.clone())
        })
    });
    Ok(PhonePage {
        nav,
        slug: ctx.community().slug.clone(),
        now: now_row.map(block),
        next: later.into_iter().map(block).collect(),
        mine,
        presence_open,
        flash,
        error,
        g: wall.gathering.clone(),
    })
}

/// The sessions I want to join, convene or am in: on the wall in time order, then the
/// marketplace.
fn mine<'a>(wall: &'a Wall, marks: &Marks) -> Vec<(Option<&'a Row>, &'a str, &'a Card)> {
    let is_mine = |c: &Card| marks.wants(&c.id) || marks.convenes(&c.id) || marks.is_here(&c.id);
    wall.placed()
        .filter(|(_, _, c)| is_mine(c))
        .map(|(r, sp, c)| (Some(r), sp.name.as_str(), c))
        .chain(
            wall.marketplace
                .iter()
                .filter(|c| is_mine(c))
                .map(|c| (None, "", c)),
        )
        .collect()
}
