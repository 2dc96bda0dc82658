//! The host's "suggest an agenda": a preview of the planning engine's moves, then one post
//! that applies them (refused if the wall changed in between).

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use convene_app::AppError;
use convene_app::can;
use convene_app::suggest::{CellMove, Suggestion};
use convene_domain::ids::GatheringId;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "suggest.html")]
pub struct SuggestPage {
    pub nav: Nav,
    pub slug: String,
    pub id: i32,
    pub title: String,
    pub s: Suggestion,
    /// (session title, from, to) in words.
    pub moves: Vec<(String, String, String)>,
    /// `session:space:slot` joined by `;`, posted back to apply.
    pub encoded: String,
    pub error: Option<String>,
}

pub async fn suggest_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let page = suggest_page(&st, &account, &ctx, id, None).await?;
    Ok(render(&page))
}

async fn suggest_page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &convene_app::Ctx,
    id: GatheringId,
    error: Option<String>,
) -> Result<SuggestPage, PageError> {
    let s = st.app.suggest_agenda(&ctx.require()?, id).await?;
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let space: HashMap<i32, &str> = wall
        .spaces
        .iter()
        .map(|s| (s.id, s.name.as_str()))
        .collect();
    let time: HashMap<i32, String> = wall
        .rows
        .iter()
        .map(|r| (r.slot_id, format!("{} {}", r.date, r.starts)))
        .collect();
    let cell = |(sp, sl): (i32, i32)| {
        format!(
            "{} · {}",
            time.get(&sl).map_or("", String::as_str),
            space.get(&sp).copied().unwrap_or("")
        )
    };
    Ok(SuggestPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        id: id.get(),
        title: wall.gathering.title.clone(),
        moves: s
            .moves
            .iter()
            .map(|m| {
                let from = m.from.map_or_else(|| "the marketplace".to_owned(), cell);
                (m.title.clone(), from, cell(m.to))
            })
            .collect(),
        encoded: s
            .moves
            .iter()
            .map(|m| format!("{}:{}:{}", m.session, m.to.0, m.to.1))
            .collect::<Vec<_>>()
            .join(";"),
        s,
        error,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApplyForm {
    pub version: String,
    pub moves: String,
}

fn parse_moves(raw: &str) -> Result<Vec<CellMove>, AppError> {
    raw.split(';')
        .filter(|m| !m.is_empty())
        .map(|m| {
            let mut parts = m.split(':').map(str::parse::<i32>);
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(Ok(s)), Some(Ok(sp)), Some(Ok(sl)), None) => Ok((s, (sp, sl))),
                _ => Err(AppError::field(
                    "moves",
                    "reload the suggestion and try again",
                )),
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
