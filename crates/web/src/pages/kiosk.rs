//! The kiosk: the wall in large type for a projector, with the current and next slot marked
//! by the browser's clock (a now-line), scrolling itself, and a filter for one room.

use super::render;
use crate::AppState;
use crate::error::PageError;
use crate::extract::{GatheringPath, Ids, Inside};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::agenda::{Cell, Wall};
use convene_app::store::Gathering;
use convene_domain::gathering::SlotKind;
use serde::Deserialize;

/// One cell as the kiosk shows it.
pub struct KioskCell {
    pub space: String,
    pub title: String,
    pub convener: String,
    pub present: usize,
    pub capacity: i32,
}

pub struct KioskRow {
    pub starts_at: i64,
    pub ends_at: i64,
    pub time: String,
    pub label: String,
    pub sessions: Vec<KioskCell>,
}

#[derive(Template)]
#[template(path = "_kiosk.html")]
pub struct KioskFragment {
    pub rows: Vec<KioskRow>,
}

impl KioskFragment {
    pub fn new(wall: &Wall, space: Option<i32>) -> Self {
        let rows = wall
            .rows
            .iter()
            .map(|r| KioskRow {
                starts_at: r.starts_at,
                ends_at: r.ends_at,
                time: format!("{} {}–{}", r.date, r.starts, r.ends),
                label: match r.kind {
                    SlotKind::Sessions => r.label.clone(),
                    SlotKind::Plenary | SlotKind::Break if r.label.is_empty() => {
                        r.kind.as_str().to_owned()
                    }
                    _ => r.label.clone(),
                },
                sessions: r
                    .cells
                    .iter()
                    .zip(&wall.spaces)
                    .filter(|(_, sp)| space.is_none_or(|id| id == sp.id))
                    .filter_map(|(c, sp)| match c {
                        Cell::Taken(card) => Some(KioskCell {
                            space: sp.name.clone(),
                            title: card.title.clone(),
                            convener: card.convener.clone(),
                            present: card.present,
                            capacity: sp.capacity,
                        }),
                        _ => None,
                    })
                    .collect(),
            })
            .collect();
        KioskFragment { rows }
    }
}

#[derive(Template)]
#[template(path = "kiosk.html")]
pub struct KioskPage {
    pub slug: String,
    pub g: Gathering,
    pub live: String,
    /// (id, name, selected) for the room filter.
    pub spaces: Vec<(i32, String, bool)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct KioskQuery {
    pub space: Option<String>,
}

/// Large type for a projector: the current and next slot, a now-line, and a room filter.
pub async fn kiosk_get(
    State(st): State<AppState>,
    Inside { ctx, .. }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<KioskQuery>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let space = q.space.as_deref().and_then(|s| s.parse::<i32>().ok());
    let live = match space {
        Some(s) => format!("/c/{slug}/g/{id}/live?view=kiosk&space={s}"),
        None => format!("/c/{slug}/g/{id}/live?view=kiosk"),
    };
    Ok(render(&KioskPage {
        slug: slug.clone(),
        spaces: wall
            .spaces
            .iter()
            .map(|s| (s.id, s.name.clone(), space == Some(s.id)))
            .collect(),
        g: wall.gathering,
        live,
    }))
}
