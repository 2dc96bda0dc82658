//! The proceedings (page, Markdown, PDF), the calendar feeds and the CSV exports of a gathering.

use super::{Nav, download, render};
use crate::AppState;
use crate::error::PageError;
use crate::export::{calendar, pdf, proceedings, table};
use crate::extract::{GatheringPath, Ids, Inside};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use convene_app::AppError;
use convene_app::agenda::Wall;
use convene_app::store::{Gathering, Session};
use convene_domain::gathering::Zone;
use convene_domain::ids::GatheringId;

#[derive(Template)]
#[template(path = "proceedings.html")]
pub struct ProceedingsPage {
    pub nav: Nav,
    pub slug: String,
    pub g: Gathering,
    pub html: String,
}

/// The host part of calendar UIDs, so they stay unique across convene instances.
fn uid_host(st: &AppState) -> String {
    let origin = st.cfg.origin();
    origin
        .split_once("://")
        .map_or(origin, |(_, host)| host)
        .to_owned()
}

pub async fn proceedings_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let p = st.app.proceedings(&ctx.require()?, id).await?;
    let nav = Nav::inside(&account, &ctx);
    Ok(render(&ProceedingsPage {
        slug: ctx.community().slug.clone(),
        html: crate::markdown::proceedings_html(&proceedings::markdown_in(&p, nav.tr)),
        nav,
        g: p.gathering,
    }))
}

pub async fn proceedings_md_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let p = st.app.proceedings(&ctx.require()?, id).await?;
    let name = format!("proceedings-{id}.md");
    let tr = Nav::inside(&account, &ctx).tr;
    Ok(download(
        "text/markdown; charset=utf-8",
        name,
        proceedings::markdown_in(&p, tr),
    ))
}

pub async fn proceedings_pdf_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let p = st.app.proceedings(&ctx.require()?, id).await?;
    // The reader's language, as their pages have it.
    let tr = Nav::inside(&account, &ctx).tr;
    let md = proceedings::markdown_in(&p, tr);
    let title = tr.t1("proceedings-pdf-title", "gathering", &p.gathering.title);
    let lang = tr.lang().code();
    let bytes = tokio::task::spawn_blocking(move || pdf::render_in(lang, &title, &md))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(download(
        "application/pdf",
        format!("proceedings-{id}.pdf"),
        bytes,
    ))
}

/// The whole agenda: placed sessions and the plenaries and breaks.
pub async fn agenda_ics_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let tr = Nav::inside(&account, &ctx).tr;
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let host = uid_host(&st);
    let mut entries = Vec::new();
    for row in &wall.rows {
        if row.kind != convene_domain::gathering::SlotKind::Sessions {
            entries.push(calendar::Entry {
                uid: format!("slot-{}@{host}", row.slot_id),
                summary: if row.label.is_empty() {
                    crate::i18n::slot_kind(tr, row.kind.as_str())
                } else {
                    row.label.clone()
                },
                description: wall.gathering.title.clone(),
                location: wall.gathering.venue.clone(),
                starts: row.starts_at,
                ends: row.ends_at,
                sequence: wall.version,
                url: None,
            });
        }
    }
    let slug = &ctx.community().slug;
    for (row, space, c) in wall.placed() {
        entries.push(calendar::Entry {
            uid: format!("session-{}@{host}", c.id),
            summary: c.title.clone(),
            description: tr.t1("os-ics-convened-by", "names", &c.convener),
            location: format!("{}, {}", space.name, wall.gathering.venue),
            starts: row.starts_at,
            ends: row.ends_at,
            sequence: wall.version,
            url: Some(session_url(&st, slug, c.id, &wall)),
        });
    }
    let ics = calendar::ics(&wall.gathering.title, &entries);
    Ok(download(
        "text/calendar; charset=utf-8",
        format!("agenda-{id}.ics"),
        ics,
    ))
}

/// A session's page, absolute, for calendars.
fn session_url(st: &AppState, slug: &str, session: i32, wall: &Wall) -> String {
    format!(
        "{}/c/{slug}/g/{}/s/{session}",
        st.cfg.origin(),
        wall.gathering.id
    )
}

/// Calendar entries for a person's sessions (convened or wanted) placed on `wall`.
pub fn my_entries(
    st: &AppState,
    slug: &str,
    wall: &Wall,
    mine: &[(Session, String)],
) -> Vec<calendar::Entry> {
    let host = uid_host(st);
    mine.iter()
        .filter_map(|(s, description)| {
            let row = wall.rows.iter().find(|r| Some(r.slot_id) == s.slot_id)?;
            let space = wall.spaces.iter().find(|sp| Some(sp.id) == s.space_id)?;
            Some(calendar::Entry {
                uid: format!("session-{}@{host}", s.id),
                summary: s.title.clone(),
                description: description.clone(),
                location: format!("{}, {}", space.name, wall.gathering.venue),
                starts: row.starts_at,
                ends: row.ends_at,
                sequence: wall.version,
                url: Some(session_url(st, slug, s.id, wall)),
            })
        })
        .collect()
}

/// The caller's own sessions: those they convene or want to join.
pub async fn my_ics_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let tr = Nav::inside(&account, &ctx).tr;
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let mine = st.app.my_sessions(&ctx.require()?, id).await?;
    let entries = my_entries(&st, &ctx.community().slug, &wall, &mine);
    let name = tr.t1("os-ics-mine", "title", &wall.gathering.title);
    Ok(download(
        "text/calendar; charset=utf-8",
        format!("my-agenda-{id}.ics"),
        calendar::ics(&name, &entries),
    ))
}

fn csv_response(
    id: GatheringId,
    what: &str,
    bytes: Result<Vec<u8>, csv::Error>,
) -> Result<Response, PageError> {
    let bytes = bytes.map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(download(
        "text/csv; charset=utf-8",
        format!("{what}-{id}.csv"),
        bytes,
    ))
}

/// The gathering's zone, to write every exported time as local time with its offset.
fn zone(g: &Gathering) -> Result<Zone, PageError> {
    Ok(Zone::parse(&g.time_zone).map_err(AppError::from)?)
}

/// Every session: placed ones with local start and end (offset stated), then the marketplace.
pub async fn sessions_csv_get(
    State(st): State<AppState>,
    Inside { ctx, .. }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let tz = zone(&wall.gathering)?;
    let mut rows: Vec<Vec<String>> = wall
        .placed()
        .map(|(row, space, c)| {
            vec![
                c.id.to_string(),
                c.title.clone(),
                c.convener.clone(),
                tz.stamp(row.starts_at),
                tz.stamp(row.ends_at),
                space.name.clone(),
                c.interested.to_string(),
                space.capacity.to_string(),
            ]
        })
        .collect();
    for c in &wall.marketplace {
        rows.push(vec![
            c.id.to_string(),
            c.title.clone(),
            c.convener.clone(),
            String::new(),
            String::new(),
            String::new(),
            c.interested.to_string(),
            String::new(),
        ]);
    }
    let header = [
        "id",
        "title",
        "convener",
        "starts",
        "ends",
        "space",
        "interested",
        "capacity",
    ];
    csv_response(id, "sessions", table::csv(&header, rows))
}

/// For hosts, the presence log: each named check-in from when to when, and anonymous presence
/// only as a count per session and half hour (never one row per person), in local time.
pub async fn presence_csv_get(
    State(st): State<AppState>,
    Inside { ctx, .. }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let allowed = ctx.require()?;
    let g = st.app.gathering(&ctx.require()?, id).await?;
    let tz = zone(&g)?;
    let rows = st
        .app
        .presence_rows(&allowed, id)
        .await?
        .into_iter()
        .map(|p| {
            vec![
                p.session,
                p.who,
                p.people.to_string(),
                tz.stamp(p.since),
                p.until.map(|t| tz.stamp(t)).unwrap_or_default(),
            ]
        });
    csv_response(
        id,
        "presence",
        table::csv(&["session", "who", "people", "from", "until"], rows),
    )
}

pub async fn actions_csv_get(
    State(st): State<AppState>,
    Inside { ctx, .. }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let rows = st
        .app
        .actions(&ctx.require()?, id)
        .await?
        .into_iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.title,
                a.status.as_str().to_owned(),
                a.due_on.unwrap_or_default(),
                a.owners.join("; "),
                a.session.unwrap_or_default(),
                a.dots.to_string(),
            ]
        });
    let header = ["id", "title", "status", "due", "owners", "session", "dots"];
    csv_response(id, "actions", table::csv(&header, rows))
}
