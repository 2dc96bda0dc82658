//! The host's "suggest an agenda": the wall as the planning engine would leave it, with what
//! moves marked, then one post that applies it (refused if the wall changed in between). When
//! nothing can be planned the page says why and what to do, with the way back to the gathering.

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use convene_app::AppError;
use convene_app::agenda::{Cell, Wall};
use convene_app::can;
use convene_app::suggest::{CellMove, Suggestion};
use convene_domain::ids::GatheringId;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "suggest.html")]
pub struct SuggestPage {
    pub nav: Nav,
    pub slug: String,
    pub id: i32,
    pub title: String,
    /// The suggestion, or why there is none (and what to do about it).
    pub preview: Result<Preview, String>,
    pub error: Option<String>,
}

pub struct Preview {
    pub s: Suggestion,
    pub spaces: Vec<SpaceHead>,
    pub rows: Vec<PreviewRow>,
    /// Sessions left in the marketplace, most wanted first.
    pub waiting: Vec<Waiting>,
    pub waiting_note: Option<String>,
    /// (session title, from, to) in words.
    pub moves: Vec<(String, String, String)>,
    /// Sessions newly on the wall, moved on it, and taken off it.
    pub placed: usize,
    pub moved: usize,
    pub taken_off: usize,
    /// `session:space:slot` (or `session:-` for the marketplace) joined by `;`, posted back.
    pub encoded: String,
}

impl SuggestPage {
    /// "This suggestion places 2 sessions from the marketplace, moves 3 on the wall." in the
    /// reader's language: only the parts that happen.
    fn summary(&self, p: &Preview) -> String {
        let tr = self.nav.tr;
        let mut parts = vec![];
        if p.placed > 0 {
            parts.push(tr.t1("suggest-places", "count", p.placed));
        }
        if p.moved > 0 {
            parts.push(tr.t1("suggest-moves-on", "count", p.moved));
        }
        if p.taken_off > 0 {
            parts.push(tr.t1("suggest-takes-off", "count", p.taken_off));
        }
        tr.t1("suggest-summary", "what", parts.join(", "))
    }
}

pub struct SpaceHead {
    pub name: String,
    pub capacity: i32,
}

pub struct PreviewRow {
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub label: String,
    /// Plenaries and breaks span every space.
    pub sessions: bool,
    pub cells: Vec<PreviewCell>,
}

pub enum PreviewCell {
    Free,
    Locked(String),
    Session(Planned),
}

pub struct Planned {
    pub id: i32,
    pub title: String,
    pub convener: String,
    pub interested: usize,
    pub capacity: i32,
    pub mark: Mark,
}

impl Planned {
    pub fn over(&self) -> bool {
        self.interested > self.capacity.max(0) as usize
    }
}

pub enum Mark {
    Stays,
    /// Moved here from this cell (in words).
    Moved(String),
    /// From the marketplace.
    New,
}

pub struct Waiting {
    pub id: i32,
    pub title: String,
    pub interested: usize,
    /// On the wall now, off it with the suggestion.
    pub taken_off: bool,
}

pub async fn suggest_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let page = suggest_page(&st, &account, &ctx, id, None).await?;
    let status = if page.preview.is_ok() {
        StatusCode::OK
    } else {
        StatusCode::CONFLICT
    };
    Ok((status, render(&page)).into_response())
}

async fn suggest_page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &convene_app::Ctx,
    id: GatheringId,
    error: Option<String>,
) -> Result<SuggestPage, PageError> {
    let mut wall = st.app.wall(&ctx.require()?, id).await?;
    let preview = match st.app.suggest_agenda(&ctx.require()?, id).await {
        Ok(s) => {
            // The wall read a moment before the suggestion; read it again if it moved on.
            if wall.version != s.version {
                wall = st.app.wall(&ctx.require()?, id).await?;
            }
            Ok(preview(&wall, s))
        }
        Err(e) if e.kind() == Some(convene_app::Kind::Conflict) => Err(
            crate::error_words::message(&e, Nav::inside(account, ctx).tr),
        ),
        Err(e) => return Err(e.into()),
    };
    Ok(SuggestPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        id: id.get(),
        title: wall.gathering.title.clone(),
        preview,
        error,
    })
}

/// The wall as the suggestion leaves it, each session marked by what happened to it.
fn preview(wall: &Wall, s: Suggestion) -> Preview {
    let cards: Vec<_> = wall.cards().collect();
    let planned_at = |space: i32, slot: i32| {
        cards
            .iter()
            .find(|c| s.plan.get(&c.id).copied().flatten() == Some((space, slot)))
    };
    let moved_from = |id: i32| {
        s.moves
            .iter()
            .find(|m| m.session == id)
            .map(|m| (m.from.is_some(), m.from_text.clone()))
    };
    let rows = wall
        .rows
        .iter()
        .map(|row| PreviewRow {
            date: row.date.clone(),
            starts: row.starts.clone(),
            ends: row.ends.clone(),
            label: if row.label.is_empty() {
                row.kind.as_str().to_owned()
            } else {
                row.label.clone()
            },
            sessions: row.kind == convene_domain::gathering::SlotKind::Sessions,
            cells: row
                .cells
                .iter()
                .zip(&wall.spaces)
                .map(|(cell, space)| {
                    if let Cell::Locked(label) = cell {
                        return PreviewCell::Locked(label.clone());
                    }
                    match planned_at(space.id, row.slot_id) {
                        Some(c) => PreviewCell::Session(Planned {
                            id: c.id,
                            title: c.title.clone(),
                            convener: c.convener.clone(),
                            interested: c.interested,
                            capacity: space.capacity,
                            mark: match moved_from(c.id) {
                                None => Mark::Stays,
                                Some((true, from)) => Mark::Moved(from),
                                Some((false, _)) => Mark::New,
                            },
                        }),
                        None => PreviewCell::Free,
                    }
                })
                .collect(),
        })
        .collect();
    let mut waiting: Vec<Waiting> = cards
        .iter()
        .filter(|c| s.plan.get(&c.id).is_some_and(Option::is_none))
        .map(|c| Waiting {
            id: c.id,
            title: c.title.clone(),
            interested: c.interested,
            taken_off: c.cell.is_some(),
        })
        .collect();
    waiting.sort_by_key(|w| std::cmp::Reverse(w.interested));
    let count =
        |f: fn(&convene_app::suggest::Move) -> bool| s.moves.iter().filter(|m| f(m)).count();
    Preview {
        spaces: wall
            .spaces
            .iter()
            .map(|sp| SpaceHead {
                name: sp.name.clone(),
                capacity: sp.capacity,
            })
            .collect(),
        rows,
        waiting,
        waiting_note: s.waiting_note(),
        moves: s
            .moves
            .iter()
            .map(|m| (m.title.clone(), m.from_text.clone(), m.to_text.clone()))
            .collect(),
        placed: count(|m| m.from.is_none() && m.to.is_some()),
        moved: count(|m| m.from.is_some() && m.to.is_some()),
        taken_off: count(|m| m.from.is_some() && m.to.is_none()),
        encoded: s
            .moves
            .iter()
            .map(|m| match m.to {
                Some((space, slot)) => format!("{}:{space}:{slot}", m.session),
                None => format!("{}:-", m.session),
            })
            .collect::<Vec<_>>()
            .join(";"),
        s,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApplyForm {
    pub version: String,
    pub moves: String,
}

fn parse_moves(raw: &str) -> Result<Vec<CellMove>, AppError> {
    let bad = || AppError::field("moves", "reload the suggestion and try again");
    raw.split(';')
        .filter(|m| !m.is_empty())
        .map(|m| {
            let parts: Vec<&str> = m.split(':').collect();
            let num = |s: &str| s.parse::<i32>().map_err(|_| bad());
            match parts[..] {
                [s, "-"] => Ok((num(s)?, None)),
                [s, sp, sl] => Ok((num(s)?, Some((num(sp)?, num(sl)?)))),
                _ => Err(bad()),
            }
        })
        .collect()
}

pub async fn suggest_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<ApplyForm>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let result = async {
        let version = form
            .version
            .trim()
            .parse::<i64>()
            .map_err(|_| AppError::field("version", "reload the suggestion"))?;
        let moves = parse_moves(&form.moves)?;
        st.app
            .apply_suggestion(&ctx.require()?, id, version, &moves)
            .await
    }
    .await;
    let to = format!("/c/{slug}/g/{id}#wall");
    super::settle(result, super::to(to), |msg| {
        suggest_page(&st, &account, &ctx, id, Some(msg))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::parse_moves;

    #[test]
    fn moves_parse_cells_and_the_marketplace() {
        assert_eq!(
            parse_moves("3:1:2;4:-;").expect("moves"),
            vec![(3, Some((1, 2))), (4, None)]
        );
        assert!(parse_moves("3:1").is_err());
        assert!(parse_moves("x:-").is_err());
        assert!(parse_moves("3:1:2:4").is_err());
    }
}
