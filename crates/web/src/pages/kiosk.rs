//! The kiosk: the wall in large type for a projector, with the current and next slot marked
//! by the browser's clock (a now-line), scrolling itself, a filter for one room (`kiosk.js`:
//! no inline script) and a QR code to the gathering on phones. A display link (its own
//! revocable token, made by a steward or host) shows the same wall on a screen with no account.

use super::{render, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids, Inside};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::AppError;
use convene_app::agenda::{Cell, Wall};
use convene_app::can;
use convene_app::store::Gathering;
use convene_domain::gathering::SlotKind;
use convene_i18n::Tr;
use serde::Deserialize;

/// One cell as the kiosk shows it.
pub struct KioskCell {
    /// No session here (shown in a one-room view as a free cell).
    pub free: bool,
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
    pub tr: Tr,
}

impl KioskFragment {
    pub fn new(wall: &Wall, space: Option<i32>, tr: Tr) -> Self {
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
                        crate::i18n::slot_kind(tr, r.kind.as_str())
                    }
                    _ => r.label.clone(),
                },
                sessions: r
                    .cells
                    .iter()
                    .zip(&wall.spaces)
                    .filter(|(_, sp)| space.is_none_or(|id| id == sp.id))
                    .filter_map(|(c, sp)| match c {
                        Cell::Free { .. } if space.is_some() && r.kind == SlotKind::Sessions => {
                            Some(KioskCell {
                                free: true,
                                space: sp.name.clone(),
                                title: tr.t("os-kiosk-free"),
                                convener: String::new(),
                                present: 0,
                                capacity: sp.capacity,
                            })
                        }
                        Cell::Taken(card) => Some(KioskCell {
                            free: false,
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
        KioskFragment { rows, tr }
    }
}

/// A QR code as inline SVG (no script, no image request), labelled for screen readers.
pub fn qr_svg(url: &str, label: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(180, 180)
        .quiet_zone(true)
        .build();
    let svg = svg.split_once("?>").map_or(svg.as_str(), |(_, s)| s);
    svg.replacen(
        "<svg ",
        &format!(
            r#"<svg role="img" aria-label="{}" "#,
            askama::filters::escape(label, askama::filters::Html)
                .map(|e| e.to_string())
                .unwrap_or_default()
        ),
        1,
    )
}

/// A display link as the kiosk page lists it.
pub struct LinkRow {
    pub id: i32,
    pub by: String,
    pub made: String,
}

#[derive(Template)]
#[template(path = "kiosk.html")]
pub struct KioskPage {
    pub tr: Tr,
    pub slug: String,
    pub g: Gathering,
    pub live: String,
    /// (id, name, selected) for the room filter.
    pub spaces: Vec<(i32, String, bool)>,
    /// Where the QR code leads: the gathering, on a phone.
    pub phone_url: String,
    pub qr: String,
    /// For stewards and hosts: the display links, and one just made (shown once).
    pub host: bool,
    pub links: Vec<LinkRow>,
    pub created: Option<String>,
    /// After revoking: says so.
    pub revoked: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct KioskQuery {
    pub space: Option<String>,
    /// `revoked` after a display link was revoked.
    pub done: Option<String>,
}

fn space_of(q: &KioskQuery, wall: &Wall) -> Option<i32> {
    q.space
        .as_deref()
        .and_then(|s| s.parse::<i32>().ok())
        .filter(|id| wall.spaces.iter().any(|s| s.id == *id))
}

fn rooms(wall: &Wall, space: Option<i32>) -> Vec<(i32, String, bool)> {
    wall.spaces
        .iter()
        .map(|s| (s.id, s.name.clone(), space == Some(s.id)))
        .collect()
}

async fn kiosk_page(
    st: &AppState,
    (account, ctx): (&convene_app::store::Account, &convene_app::Ctx),
    id: convene_domain::ids::GatheringId,
    q: &KioskQuery,
    created: Option<String>,
) -> Result<KioskPage, PageError> {
    let slug = ctx.community().slug.clone();
    let tr = crate::i18n::for_reader(
        account.language.as_deref(),
        ctx.community().language.as_deref(),
    );
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let space = space_of(q, &wall);
    let live = match space {
        Some(s) => format!("/c/{slug}/g/{id}/live?view=kiosk&space={s}"),
        None => format!("/c/{slug}/g/{id}/live?view=kiosk"),
    };
    let host = ctx.may(convene_domain::Permission::HostGathering);
    let links = if host {
        st.app
            .display_links(&ctx.require()?, id)
            .await?
            .into_iter()
            .map(|(l, by)| LinkRow {
                id: l.id,
                by,
                made: when(tr, l.created_at),
            })
            .collect()
    } else {
        Vec::new()
    };
    // The phone view: now, next and my sessions (sign-in comes back to it).
    let phone_url = format!("{}/c/{slug}/g/{id}/now", st.cfg.origin());
    Ok(KioskPage {
        qr: qr_svg(&phone_url, &tr.t("os-kiosk-qr")),
        tr,
        phone_url,
        slug,
        spaces: rooms(&wall, space),
        g: wall.gathering,
        live,
        host,
        links,
        created,
        revoked: q.done.as_deref() == Some("revoked"),
    })
}

/// Large type for a projector: the current and next slot, a now-line, and a room filter.
pub async fn kiosk_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<KioskQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &kiosk_page(&st, (&account, &ctx), id, &q, None).await?,
    ))
}

/// Makes a display link and shows it once (only its hash is kept).
pub async fn display_link_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let token = st.app.create_display_link(&ctx, id).await?;
    let url = format!("{}/display/{token}", st.cfg.origin());
    let q = KioskQuery::default();
    let page = kiosk_page(&st, (&account, &ctx), id, &q, Some(url)).await?;
    Ok(render(&page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RevokeForm {
    pub link: String,
}

/// Revokes a display link; its screens show "revoked" at their next refresh.
pub async fn display_revoke_post(
    State(st): State<AppState>,
    Can { ctx, .. }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, PageError> {
    let link = crate::form_id(&form.link)?;
    st.app.revoke_display_link(&ctx, id, link).await?;
    let to = format!(
        "/c/{}/g/{id}/kiosk?done=revoked#display-links",
        ctx.community().slug
    );
    Ok(Redirect::to(&to).into_response())
}

#[derive(Template)]
#[template(path = "display.html")]
pub struct DisplayPage<'a> {
    pub tr: Tr,
    pub token: &'a str,
    pub g: Gathering,
    pub spaces: Vec<(i32, String, bool)>,
    pub space: Option<i32>,
    pub wall: String,
    pub qr: String,
}

/// A display link: the kiosk wall with no account, nothing else; it refreshes itself.
pub async fn display_get(
    State(st): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<KioskQuery>,
) -> Result<Response, PageError> {
    let (community, wall) = st.app.display_wall(&token).await?;
    let space = space_of(&q, &wall);
    // No account: the browser's language, else the community's.
    let tr = crate::i18n::for_reader(None, community.language.as_deref());
    let fragment = KioskFragment::new(&wall, space, tr)
        .render()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let phone_url = format!(
        "{}/c/{}/g/{}/now",
        st.cfg.origin(),
        community.slug,
        wall.gathering.id
    );
    let page = DisplayPage {
        token: &token,
        spaces: rooms(&wall, space),
        space,
        wall: fragment,
        qr: qr_svg(&phone_url, &tr.t("os-kiosk-qr")),
        tr,
        g: wall.gathering,
    };
    Ok(([(header::CACHE_CONTROL, "no-store")], render(&page)).into_response())
}

/// The wall a display link shows, as a fragment for its refresh; 404 once revoked.
pub async fn display_wall_get(
    State(st): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<KioskQuery>,
) -> Result<Response, PageError> {
    let (community, wall) = st.app.display_wall(&token).await?;
    let tr = crate::i18n::for_reader(None, community.language.as_deref());
    let html = KioskFragment::new(&wall, space_of(&q, &wall), tr)
        .render()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [(header::CACHE_CONTROL, "no-store")],
        axum::response::Html(html),
    )
        .into_response())
}
