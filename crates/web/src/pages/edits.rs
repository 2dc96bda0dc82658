//! Peer editing pages: a piece of content's suggestions (suggest, accept, decline) and its
//! history with diffs (revert), and the governance health page. Every action returns here and
//! says what happened.

use super::{Nav, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids};
use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use convene_app::health::HealthReport;
use convene_app::peer_edit::Edits;
use convene_app::{AppError, Ctx, can};
use convene_domain::ids::ContentId;
use convene_i18n::Tr;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/content/{content_id}/edits", get(edits_get))
        .route(
            "/c/{slug}/content/{content_id}/suggestions",
            post(suggest_post),
        )
        .route(
            "/c/{slug}/content/{content_id}/suggestions/{suggestion_id}/accept",
            post(accept_post),
        )
        .route(
            "/c/{slug}/content/{content_id}/suggestions/{suggestion_id}/decline",
            post(decline_post),
        )
        .route("/c/{slug}/content/{content_id}/revert", post(revert_post))
        .route("/c/{slug}/governance/health", get(health_get))
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ContentPath {
    pub content_id: ContentId,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct SuggestionPath {
    pub content_id: ContentId,
    pub suggestion_id: i32,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    pub done: Option<String>,
}

/// What a `done` key says (never text from the URL itself).
fn said(tr: Tr, done: Option<&str>) -> Option<String> {
    Some(tr.t(match done? {
        "suggested" => "govern-edits-said-suggested",
        "accepted" => "govern-edits-said-accepted",
        "declined" => "govern-edits-said-declined",
        "reverted" => "govern-edits-said-reverted",
        _ => return None,
    }))
}

#[derive(Template)]
#[template(path = "edits.html")]
pub struct EditsPage {
    pub nav: Nav,
    pub slug: String,
    pub e: Edits,
    pub me: i32,
    pub said: Option<String>,
}

impl EditsPage {
    fn at(&self, t: &i64) -> String {
        super::when(self.nav.tr, *t)
    }

    fn kind(&self) -> String {
        super::search::kind_name(self.nav.tr, self.e.content.of.kind.as_str())
    }

    fn mine(&self, s: &convene_app::store::suggestions::Suggestion) -> bool {
        s.author.is_some_and(|a| a.get() == self.me)
    }
}

pub async fn edits_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
    Query(d): Query<Done>,
) -> Result<Response, PageError> {
    let e = st.app.edits(&ctx, content_id).await?;
    let nav = Nav::inside(&account, &ctx);
    Ok(render(&EditsPage {
        said: said(nav.tr, d.done.as_deref()),
        nav,
        slug: ctx.community().slug.clone(),
        me: ctx.member().account_id.get(),
        e,
    }))
}

/// Done returns to the content's edits page saying what happened; a mistake the person can
/// fix (409, 422) says why with a link back.
async fn finish<T>(
    account: &convene_app::store::Account,
    ctx: &Ctx,
    content: ContentId,
    r: Result<T, AppError>,
    done: &str,
) -> Result<Response, PageError> {
    let back = format!("/c/{}/content/{content}/edits", ctx.community().slug);
    let nav = Nav::inside(account, ctx);
    settle(
        r,
        super::to(format!("{back}?done={done}")),
        |message| async move {
            Ok(super::MessagePage {
                title: nav.t("govern-not-done"),
                nav,
                message,
                link: None,
                back: Some(back),
            })
        },
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SuggestForm {
    pub base_version: i32,
    pub body: String,
    pub note: String,
}

pub async fn suggest_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::SuggestEdit>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
    Form(f): Form<SuggestForm>,
) -> Result<Response, PageError> {
    let r = st
        .app
        .suggest_edit(&ctx, content_id, f.base_version, &f.body, &f.note)
        .await;
    finish(&account, &ctx, content_id, r, "suggested").await
}

pub async fn accept_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(SuggestionPath {
        content_id,
        suggestion_id,
    }): Ids<SuggestionPath>,
) -> Result<Response, PageError> {
    let r = st
        .app
        .accept_suggestion(&ctx, content_id, suggestion_id)
        .await;
    finish(&account, &ctx, content_id, r, "accepted").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

pub async fn decline_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(SuggestionPath {
        content_id,
        suggestion_id,
    }): Ids<SuggestionPath>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, PageError> {
    let r = st
        .app
        .decline_suggestion(&ctx, content_id, suggestion_id, &f.reason)
        .await;
    finish(&account, &ctx, content_id, r, "declined").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RevertForm {
    pub to_version: i32,
    pub base_version: i32,
    pub reason: String,
}

pub async fn revert_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
    Form(f): Form<RevertForm>,
) -> Result<Response, PageError> {
    let r = st
        .app
        .revert_content(&ctx, content_id, f.to_version, f.base_version, &f.reason)
        .await;
    finish(&account, &ctx, content_id, r, "reverted").await
}

#[derive(Template)]
#[template(path = "governance_health.html")]
pub struct HealthPage {
    pub nav: Nav,
    pub slug: String,
    pub r: HealthReport,
}

impl HealthPage {
    fn cell(&self, c: &Option<usize>) -> String {
        match c {
            Some(n) => n.to_string(),
            None => self.nav.t("govern-health-not-shown"),
        }
    }
}

pub async fn health_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::ViewModerationLog>,
) -> Result<Response, PageError> {
    let nav = Nav::inside(&account, &ctx);
    let r = st.app.governance_health_in(&ctx, nav.tr).await?;
    Ok(render(&HealthPage {
        nav,
        slug: ctx.community().slug.clone(),
        r,
    }))
}
