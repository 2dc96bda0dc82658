//! Initiative pages: the community's initiatives and a form to start one (from an idea, or from
//! an action of a gathering: `?g=…&a=…`), one initiative's page (purpose, starter, people,
//! updates, asks for help, where it came from), and one handler per step: ask to join, invite,
//! accept, decline or leave, post an update, ask for help, take an ask on or settle it.

use super::{Nav, render, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Ids, Inside};
use crate::i18n::Val;
use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use convene_app::initiative::{InitiativeCard, InitiativeView};
use convene_app::store::Account;
use convene_app::{AppError, Ctx};
use convene_domain::ids::{AccountId, ActionId, GatheringId, InitiativeId};
use convene_domain::initiative::{AskStatus, LeadStep, Standing, Step};
use convene_domain::text::{AskText, InitiativeTitle, PostBody, Purpose};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/initiatives", get(list_get).post(start_post))
        .route("/c/{slug}/initiatives/{iid}", get(initiative_get))
        .route("/c/{slug}/initiatives/{iid}/people", post(people_post))
        .route("/c/{slug}/initiatives/{iid}/updates", post(update_post))
        .route("/c/{slug}/initiatives/{iid}/asks", post(ask_post))
        .route(
            "/c/{slug}/initiatives/{iid}/asks/{ask}",
            post(ask_status_post),
        )
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct InitiativePath {
    pub iid: InitiativeId,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct AskPath {
    pub iid: InitiativeId,
    pub ask: i32,
}

/// What was done, as a fixed code in the redirect, and the catalogue key the page words it with.
const DONE: &[(&str, &str)] = &[
    ("started", "initiative-done-started"),
    ("asked", "initiative-done-asked"),
    ("invited", "initiative-done-invited"),
    ("joined", "initiative-done-joined"),
    ("accepted", "initiative-done-accepted"),
    ("withdrawn", "initiative-done-withdrawn"),
    ("updated", "initiative-done-updated"),
    ("lead-offered", "initiative-done-lead-offered"),
    ("leading", "initiative-done-leading"),
    ("lead-declined", "initiative-done-lead-declined"),
    ("lead-withdrawn", "initiative-done-lead-withdrawn"),
    ("stepped-down", "initiative-done-stepped-down"),
    ("ask", "initiative-done-ask"),
    ("ask-status", "initiative-done-ask-status"),
];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    pub done: String,
}

fn notice(done: &str) -> Option<&'static str> {
    DONE.iter().find(|d| d.0 == done).map(|d| d.1)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartForm {
    pub title: String,
    pub purpose: String,
    pub g: String,
    pub a: String,
}

#[derive(Template)]
#[template(path = "initiatives.html")]
pub struct ListPage {
    pub nav: Nav,
    pub slug: String,
    pub rows: Vec<InitiativeCard>,
    pub form: StartForm,
    pub error: Option<String>,
    pub notice: Option<&'static str>,
}

async fn list_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    form: StartForm,
    error: Option<String>,
) -> Result<ListPage, PageError> {
    Ok(ListPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        rows: st.app.initiatives(&ctx.require()?).await?,
        form,
        error,
        notice: None,
    })
}

pub async fn list_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Query(form): Query<StartForm>,
) -> Result<Response, PageError> {
    Ok(render(&list_page(&st, &account, &ctx, form, None).await?))
}

fn opt_id(raw: &str) -> Option<i32> {
    raw.trim().parse::<i32>().ok()
}

pub async fn start_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Form(form): Form<StartForm>,
) -> Result<Response, PageError> {
    let result = async {
        let title = InitiativeTitle::parse(&form.title)?;
        let purpose = Purpose::parse(&form.purpose)?;
        let from = match (opt_id(&form.g), opt_id(&form.a)) {
            (Some(g), Some(a)) => Some((GatheringId(g), ActionId(a))),
            (None, None) => None,
            _ => return Err(AppError::NotFound),
        };
        st.app
            .start_initiative(&ctx.require()?, &title, &purpose, from)
            .await
    }
    .await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |i| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/initiatives/{i}?done=started"
            ))
            .into_response()))
        },
        |msg| list_page(&st, &account, &ctx, form, Some(msg)),
    )
    .await
}

impl Val<AskStatus> for AskStatus {
    fn val(&self) -> AskStatus {
        *self
    }
}

#[derive(Template)]
#[template(path = "initiative.html")]
pub struct InitiativePage {
    pub nav: Nav,
    pub slug: String,
    pub i: InitiativeView,
    /// Members a lead may invite: (account, name), those not in it yet.
    pub invitable: Vec<(i32, String)>,
    pub statuses: [AskStatus; 3],
    pub notice: Option<&'static str>,
    pub error: Option<String>,
}

impl InitiativePage {
    pub fn when(&self, at: &i64) -> String {
        when(self.nav.tr, *at)
    }

    /// An ask's status as a word.
    pub fn status(&self, s: impl Val<AskStatus>) -> String {
        self.nav.t(match s.val() {
            AskStatus::Open => "initiative-ask-open",
            AskStatus::Taken => "initiative-ask-taken",
            AskStatus::Done => "initiative-ask-done",
        })
    }
}

async fn initiative_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: InitiativeId,
    error: Option<String>,
) -> Result<InitiativePage, PageError> {
    let i = st.app.initiative(&ctx.require()?, id).await?;
    let invitable = if i.i_lead() {
        match ctx.require() {
            Ok(may) => st
                .app
                .members(&may)
                .await?
                .into_iter()
                .filter(|m| !i.people.iter().any(|p| p.account == m.account.id))
                .map(|m| (m.account.id, m.account.display_name))
                .collect(),
            Err(_) => Vec::new(),
        }
    } else {
        Vec::new()
    };
    Ok(InitiativePage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        i,
        invitable,
        statuses: AskStatus::ALL,
        notice: None,
        error,
    })
}

pub async fn initiative_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(InitiativePath { iid }): Ids<InitiativePath>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let mut page = initiative_page(&st, &account, &ctx, iid, None).await?;
    page.notice = notice(&q.done);
    Ok(render(&page))
}

async fn settle_here(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: InitiativeId,
    result: Result<&'static str, AppError>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |done| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/initiatives/{id}?done={done}"
            ))
            .into_response()))
        },
        |msg| initiative_page(st, account, ctx, id, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PeopleForm {
    pub step: String,
    pub person: String,
}

pub async fn people_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(InitiativePath { iid }): Ids<InitiativePath>,
    Form(form): Form<PeopleForm>,
) -> Result<Response, PageError> {
    let result = async {
        let lead = match form.step.as_str() {
            "lead_offer" => Some(LeadStep::Offer),
            "lead_accept" => Some(LeadStep::Accept),
            "lead_decline" => Some(LeadStep::Decline),
            "step_down" => Some(LeadStep::StepDown),
            _ => None,
        };
        if let Some(step) = lead {
            let me = ctx.member().account_id;
            let person = match form.person.trim() {
                "" => me,
                p => AccountId(crate::form_id::<i32>(p)?),
            };
            st.app
                .initiative_lead_step(&ctx.require()?, iid, person, step)
                .await?;
            return Ok(match step {
                LeadStep::Offer => "lead-offered",
                LeadStep::Accept => "leading",
                LeadStep::Decline if person == me => "lead-declined",
                LeadStep::Decline => "lead-withdrawn",
                LeadStep::StepDown => "stepped-down",
            });
        }
        let step = match form.step.as_str() {
            "ask" => Step::Ask,
            "invite" => Step::Invite,
            "accept" => Step::Accept,
            "withdraw" => Step::Withdraw,
            _ => return Err(AppError::field("step", "ask, invite, accept or withdraw")),
        };
        let me = ctx.member().account_id;
        let person = match form.person.trim() {
            "" => me,
            p => AccountId(crate::form_id::<i32>(p)?),
        };
        let next = st
            .app
            .initiative_step(&ctx.require()?, iid, person, step)
            .await?;
        Ok(match (step, next, person == me) {
            (_, None, _) => "withdrawn",
            (_, Some(Standing::Joined), true) => "joined",
            (_, Some(Standing::Joined), false) => "accepted",
            (_, Some(Standing::Invited), _) => "invited",
            (_, Some(Standing::Requested), _) => "asked",
        })
    }
    .await;
    settle_here(&st, &account, &ctx, iid, result).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TextForm {
    pub body: String,
}

pub async fn update_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(InitiativePath { iid }): Ids<InitiativePath>,
    Form(form): Form<TextForm>,
) -> Result<Response, PageError> {
    let result = async {
        let body = PostBody::parse(&form.body)?;
        st.app
            .post_initiative_update(&ctx.require()?, iid, &body)
            .await?;
        Ok("updated")
    }
    .await;
    settle_here(&st, &account, &ctx, iid, result).await
}

pub async fn ask_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(InitiativePath { iid }): Ids<InitiativePath>,
    Form(form): Form<TextForm>,
) -> Result<Response, PageError> {
    let result = async {
        let text = AskText::parse(&form.body)?;
        st.app.ask_for_help(&ctx.require()?, iid, &text).await?;
        Ok("ask")
    }
    .await;
    settle_here(&st, &account, &ctx, iid, result).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AskStatusForm {
    pub status: String,
}

pub async fn ask_status_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(AskPath { iid, ask }): Ids<AskPath>,
    Form(form): Form<AskStatusForm>,
) -> Result<Response, PageError> {
    let result = async {
        let status = AskStatus::parse(&form.status)
            .ok_or_else(|| AppError::field("status", "open, taken or done"))?;
        st.app
            .set_ask_status(&ctx.require()?, iid, ask, status)
            .await?;
        Ok("ask-status")
    }
    .await;
    settle_here(&st, &account, &ctx, iid, result).await
}
