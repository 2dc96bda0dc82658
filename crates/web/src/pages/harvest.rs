//! Harvest and convergence pages: writing a report, choosing to be named, dot voting, and
//! actions people volunteer for.

use super::agenda::session_page;
use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{ActionPath, GatheringPath, Ids, Inside, SessionPath};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::AppError;
use convene_app::harvest::{ActionView, Proposal, Ranked};
use convene_app::store::Gathering;
use convene_domain::gathering::Phase;
use convene_domain::harvest::{ActionStatus, VoteTarget, due_on};
use convene_domain::ids::{GatheringId, SessionId};
use convene_domain::text::{ActionTitle, ReportBody};
use convene_i18n::Tr;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReportForm {
    pub body: String,
    pub base: String,
}

pub async fn report_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<ReportForm>,
) -> Result<Response, PageError> {
    let result = async {
        let body = ReportBody::parse(&form.body)?;
        let base = form
            .base
            .trim()
            .parse::<i32>()
            .map_err(|_| AppError::field("base", "reload the page and try again"))?;
        st.app
            .save_report(&ctx.require()?, id, sid, &body, base)
            .await
    }
    .await;
    to_session(
        &st,
        &account,
        &ctx,
        (id, sid),
        result.map(|_| ()),
        Some(form.body),
    )
    .await
}

/// After a post on a session: back to its report, or the page again with the message (and
/// the writer's draft, so nothing typed is lost).
async fn to_session(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &convene_app::Ctx,
    (id, sid): (GatheringId, SessionId),
    result: Result<(), AppError>,
    draft: Option<String>,
) -> Result<Response, PageError> {
    let to = format!("/c/{}/g/{id}/s/{sid}#report", ctx.community().slug);
    super::settle(result, super::to(to), |msg| {
        session_page(st, account, ctx, (id, sid), draft, Some(msg))
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NamedForm {
    pub named: Option<String>,
}

pub async fn named_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<NamedForm>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .set_named(&ctx.require()?, id, sid, checked(&form.named))
        .await;
    to_session(&st, &account, &ctx, (id, sid), result, None).await
}

#[derive(Template)]
#[template(path = "converge.html")]
pub struct ConvergePage {
    pub nav: Nav,
    pub slug: String,
    pub g: Gathering,
    pub voting: bool,
    /// (token, line) in the order shown; the token (`s12`, `a3`) names the line in `keep`.
    pub ranking: Vec<(String, Ranked)>,
    /// The order shown, handed back by every dot so the list stays still while people vote.
    pub keep: String,
    /// Whether the order shown is a kept one (then a "sort by dots" link is offered).
    pub kept: bool,
    pub dots_left: i32,
    pub actions: Vec<ActionView>,
    pub proposals: Vec<Proposal>,
    pub sessions: Vec<(i32, String)>,
    pub statuses: [ActionStatus; 4],
    pub host: bool,
    pub proposing: bool,
    pub error: Option<String>,
    /// What the last action did, in one sentence.
    pub notice: Option<String>,
}

/// The message after a convergence action, from the fixed code in its redirect (`?done=`).
fn notice(tr: Tr, done: &str) -> Option<String> {
    Some(tr.t(match done {
        "dot-given" => "os-converge-done-dot-given",
        "dot-back" => "os-converge-done-dot-back",
        "proposed" => "os-converge-done-proposed",
        "volunteered" => "os-converge-done-volunteered",
        "stepped-back" => "os-converge-done-stepped-back",
        "status" => "os-converge-done-status",
        _ => return None,
    }))
}

impl ConvergePage {
    /// Whether one may still volunteer for an action.
    pub fn open(&self, a: &ActionView) -> bool {
        !matches!(a.status, ActionStatus::Done | ActionStatus::Dropped)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConvergeQuery {
    /// The order to keep (tokens joined by commas); without it the ranking is sorted by dots.
    pub keep: String,
    /// What was just done (a fixed code).
    pub done: String,
}

pub async fn converge_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<ConvergeQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &converge_page(&st, &account, &ctx, id, &q.keep, None)
            .await
            .map(|p| ConvergePage {
                notice: notice(p.nav.tr, &q.done),
                ..p
            })?,
    ))
}

fn token(r: &Ranked) -> String {
    match r.target {
        VoteTarget::Session => format!("s{}", r.id),
        VoteTarget::Action => format!("a{}", r.id),
    }
}

/// The ranking (most dots first) in the order `keep` names; lines it does not name follow in
/// ranking order. Voting does not move a line under the finger; a reload sorts again.
fn in_order(ranking: Vec<Ranked>, keep: &str) -> Vec<(String, Ranked)> {
    let keep: Vec<&str> = keep.split(',').take(2000).collect();
    let mut rows: Vec<(usize, String, Ranked)> = ranking
        .into_iter()
        .map(|r| {
            let t = token(&r);
            let at = keep.iter().position(|k| *k == t).unwrap_or(usize::MAX);
            (at, t, r)
        })
        .collect();
    // A stable sort: lines `keep` does not name stay in ranking order at the end.
    rows.sort_by_key(|(at, _, _)| *at);
    rows.into_iter().map(|(_, t, r)| (t, r)).collect()
}

async fn converge_page(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &convene_app::Ctx,
    id: GatheringId,
    keep: &str,
    error: Option<String>,
) -> Result<ConvergePage, PageError> {
    let g = st.app.gathering(&ctx.require()?, id).await?;
    let phase = Phase::parse(&g.phase).unwrap_or(Phase::Invitation);
    let (ranking, dots_left) = st.app.ranking(&ctx.require()?, id).await?;
    let sessions = ranking
        .iter()
        .filter(|r| r.target == VoteTarget::Session)
        .map(|r| (r.id, r.title.clone()))
        .collect();
    let ranking = in_order(ranking, keep);
    let order: Vec<&str> = ranking.iter().map(|(t, _)| t.as_str()).collect();
    let proposing = phase >= Phase::Sessions;
    Ok(ConvergePage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        voting: phase.allows_voting(),
        proposing,
        actions: st.app.actions(&ctx.require()?, id).await?,
        proposals: if proposing {
            st.app.proposed_in_reports(&ctx.require()?, id).await?
        } else {
            Vec::new()
        },
        host: ctx.may(convene_domain::Permission::HostGathering),
        statuses: ActionStatus::ALL,
        g,
        keep: order.join(","),
        kept: !keep.is_empty(),
        ranking,
        dots_left,
        sessions,
        error,
        notice: None,
    })
}

/// After a convergence post: back to the page (`to`, within it), or the page with what went
/// wrong.
async fn converged(
    st: &AppState,
    account: &convene_app::store::Account,
    ctx: &convene_app::Ctx,
    id: GatheringId,
    (keep, to): (&str, String),
    result: Result<(), AppError>,
) -> Result<Response, PageError> {
    super::settle(result, super::to(to), |msg| {
        converge_page(st, account, ctx, id, keep, Some(msg))
    })
    .await
}

fn page_url(ctx: &convene_app::Ctx, id: GatheringId) -> String {
    format!("/c/{}/g/{id}/converge", ctx.community().slug)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VoteForm {
    pub target: String,
    pub id: String,
    pub give: Option<String>,
    /// The order the page showed, kept after the dot.
    pub keep: String,
}

pub async fn vote_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<VoteForm>,
) -> Result<Response, PageError> {
    let result = match (
        VoteTarget::parse(&form.target),
        form.id.trim().parse::<i32>(),
    ) {
        (Some(t), Ok(tid)) => {
            st.app
                .vote(&ctx.require()?, id, (t, tid), checked(&form.give))
                .await
        }
        _ => Err(AppError::field("vote", "choose a session or an action")),
    };
    let keep: String = form
        .keep
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ',')
        .take(20_000)
        .collect();
    let anchor = format!(
        "{}{}",
        form.target.trim().chars().next().unwrap_or('s'),
        form.id.trim()
    );
    let done = if checked(&form.give) {
        "dot-given"
    } else {
        "dot-back"
    };
    let to = format!(
        "{}?done={done}&keep={}#rank-{}",
        page_url(&ctx, id),
        urlencoding::encode(&keep),
        urlencoding::encode(&anchor)
    );
    converged(&st, &account, &ctx, id, (&keep, to), result).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActionForm {
    pub title: String,
    pub session: String,
    pub due_on: String,
}

pub async fn action_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(form): Form<ActionForm>,
) -> Result<Response, PageError> {
    let result = async {
        let title = ActionTitle::parse(&form.title)?;
        let due = due_on(&form.due_on)?;
        let session = match form.session.trim() {
            "" => None,
            s => Some(crate::form_id(s)?),
        };
        st.app
            .propose_action(&ctx.require()?, id, &title, session, due.as_deref())
            .await
            .map(|_| ())
    }
    .await;
    let to = format!("{}?done=proposed#actions", page_url(&ctx, id));
    converged(&st, &account, &ctx, id, ("", to), result).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VolunteerForm {
    pub on: Option<String>,
}

pub async fn volunteer_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ActionPath { id, aid }): Ids<ActionPath>,
    Form(form): Form<VolunteerForm>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .volunteer(&ctx.require()?, id, aid, checked(&form.on))
        .await;
    let done = if checked(&form.on) {
        "volunteered"
    } else {
        "stepped-back"
    };
    let to = format!("{}?done={done}#action-{aid}", page_url(&ctx, id));
    converged(&st, &account, &ctx, id, ("", to), result).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusForm {
    pub status: String,
}

pub async fn status_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ActionPath { id, aid }): Ids<ActionPath>,
    Form(form): Form<StatusForm>,
) -> Result<Response, PageError> {
    let result = match ActionStatus::parse(&form.status) {
        Some(s) => st.app.set_action_status(&ctx.require()?, id, aid, s).await,
        None => Err(AppError::field("status", "open, doing, done or dropped")),
    };
    let to = format!("{}?done=status#action-{aid}", page_url(&ctx, id));
    converged(&st, &account, &ctx, id, ("", to), result).await
}
