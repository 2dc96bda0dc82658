//! World Café pages: the café (the round, its question and timer, "your suggested table",
//! the tables to sit at, this table's notes and the previous round's, host controls), and the
//! harvest wall (notes grouped into themes across rounds), with the proceedings as Markdown
//! and PDF through the Open Space export.

use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{GatheringPath, Ids, Inside};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::cafe::{CafeHarvest, CafeView, NoteView, TableView};
use convene_app::gathering::zone_of;
use convene_app::store::Account;
use convene_app::{AppError, Ctx};
use convene_domain::cafe::{round_minutes, table_size};
use convene_domain::ids::{AccountId, GatheringId};
use convene_domain::text::{CafeNoteBody, CafeQuestion, CafeTableName};
use convene_domain::timer::{Clock, mmss};
use convene_i18n::Tr;
use serde::Deserialize;

/// `/…/g/{id}/cafe/tables/{tid}` and `/…/g/{id}/cafe/notes/{tid}` (a note's id).
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct CafeItemPath {
    pub id: GatheringId,
    pub tid: i32,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    pub done: String,
}

/// The catalogue key of the sentence after a café action, from the fixed code in its redirect.
fn notice(done: &str) -> Option<&'static str> {
    Some(match done {
        "created" => "cafe-done-created",
        "round" => "cafe-done-round",
        "table" => "cafe-done-table",
        "host" => "cafe-done-host",
        "planned" => "cafe-done-planned",
        "joined" => "cafe-done-joined",
        "left" => "cafe-done-left",
        "started" => "cafe-done-started",
        "paused" => "cafe-done-paused",
        "resumed" => "cafe-done-resumed",
        "sat" => "cafe-done-sat",
        "stood" => "cafe-done-stood",
        "noted" => "cafe-done-noted",
        "themed" => "cafe-done-themed",
        "moved" => "cafe-done-moved",
        _ => return None,
    })
}

/// The round's timer in words: "12:04 left", "paused, 3:00 left", "time is up (over by 0:40)".
pub fn clock(tr: Tr, c: &Clock) -> String {
    match *c {
        Clock::NotStarted => tr.t("cafe-clock-not-started"),
        Clock::Running { remaining } => tr.t1("cafe-clock-running", "left", mmss(remaining)),
        Clock::Paused { remaining } => tr.t1("cafe-clock-paused", "left", mmss(remaining)),
        Clock::Over { by } => tr.t1("cafe-clock-over", "by", mmss(by)),
    }
}

#[derive(Template)]
#[template(path = "cafe.html")]
pub struct CafePage {
    pub nav: Nav,
    /// The reader's language, as `_cafe_now.html` (also rendered alone) looks it up.
    pub tr: Tr,
    pub slug: String,
    pub v: CafeView,
    pub members: Vec<(i32, String)>,
    pub ends_at: String,
    pub notice: Option<&'static str>,
    pub error: Option<String>,
    /// The text that could not be saved (a stale save or an error), kept for the writer.
    pub draft: Option<String>,
}

#[derive(Template)]
#[template(path = "cafe_new.html")]
pub struct CafeNewPage {
    pub nav: Nav,
    pub slug: String,
    pub g: convene_app::store::Gathering,
    pub error: Option<String>,
}

/// The part of the café page that follows the live stream: the round, the timer, my table
/// and the notes there, the tables.
#[derive(Template)]
#[template(path = "_cafe_now.html")]
pub struct CafeNow<'a> {
    pub tr: Tr,
    pub slug: &'a str,
    pub v: &'a CafeView,
    pub ends_at: &'a str,
}

impl CafeNow<'_> {
    fn clock(&self) -> String {
        clock(self.tr, &self.v.clock)
    }
    fn name_of(&self, t: &Option<i32>) -> String {
        name_of(self.v, *t)
    }
    fn table_name(&self, t: &i32) -> String {
        name_of(self.v, Some(*t))
    }
    fn full(&self, t: &TableView) -> bool {
        t.seated as i32 >= t.table.capacity
    }
}

impl CafePage {
    fn name_of(&self, t: &Option<i32>) -> String {
        name_of(&self.v, *t)
    }
    fn table_name(&self, t: &i32) -> String {
        name_of(&self.v, Some(*t))
    }
    fn hosts(&self, t: &TableView, id: &i32) -> bool {
        t.table.host_id == Some(*id)
    }
    fn clock(&self) -> String {
        clock(self.tr, &self.v.clock)
    }
    fn full(&self, t: &TableView) -> bool {
        t.seated as i32 >= t.table.capacity
    }
    fn note_text(&self) -> String {
        self.draft
            .clone()
            .or_else(|| self.v.notes_now.as_ref().map(|n| n.body.clone()))
            .unwrap_or_default()
    }
    fn note_version(&self) -> i32 {
        self.v.notes_now.as_ref().map_or(0, |n| n.version)
    }
}

fn name_of(v: &CafeView, t: Option<i32>) -> String {
    t.and_then(|t| v.table(t))
        .map_or_else(String::new, |t| t.table.name.clone())
}

/// When the running round ends, in the gathering's local time (empty when not running).
pub(crate) fn ends_at(v: &CafeView) -> String {
    let Clock::Running { remaining } = v.clock else {
        return String::new();
    };
    let Ok(zone) = zone_of(&v.gathering) else {
        return String::new();
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    zone.local(now + remaining).1
}

pub async fn cafe_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    if !st.app.is_cafe(&ctx.require()?, id).await? {
        let g = st.app.gathering(&ctx.require()?, id).await?;
        ctx.require::<convene_app::can::HostGathering>()
            .map_err(|_| AppError::NotFound)?;
        return Ok(render(&CafeNewPage {
            nav: Nav::inside(&account, &ctx),
            slug: ctx.community().slug.clone(),
            g,
            error: None,
        }));
    }
    let page = cafe_page(&st, &account, &ctx, id, notice(&q.done), None, None).await?;
    Ok(render(&page))
}

async fn cafe_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
    notice: Option<&'static str>,
    error: Option<String>,
    draft: Option<String>,
) -> Result<CafePage, PageError> {
    let v = st.app.cafe(&ctx.require()?, id).await?;
    let members = match ctx.require() {
        Ok(host) if v.host => st.app.cafe_members(&host).await?,
        _ => Vec::new(),
    };
    let nav = Nav::inside(account, ctx);
    Ok(CafePage {
        tr: nav.tr,
        nav,
        slug: ctx.community().slug.clone(),
        ends_at: ends_at(&v),
        members,
        v,
        notice,
        error,
        draft,
    })
}

/// After a café post: back to the café with the code, or the page with the message.
async fn back(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
    result: Result<(), AppError>,
    done: &str,
    draft: Option<String>,
) -> Result<Response, PageError> {
    let to = format!("/c/{}/g/{id}/cafe?done={done}#flash", ctx.community().slug);
    super::settle(result, super::to(to), |msg| async move {
        cafe_page(st, account, ctx, id, None, Some(msg), draft).await
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewCafeForm {
    pub table_size: String,
    pub tables: String,
}

pub async fn create_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<NewCafeForm>,
) -> Result<Response, PageError> {
    let result = async {
        let size = table_size(&f.table_size)?;
        let tables = f
            .tables
            .trim()
            .parse::<i32>()
            .map_err(|_| AppError::field("tables", "a whole number from 1 to 100"))?;
        st.app.make_cafe(&ctx.require()?, id, size, tables).await
    }
    .await;
    let to = format!("/c/{}/g/{id}/cafe?done=created#flash", ctx.community().slug);
    let (st2, account2, ctx2) = (&st, &account, &ctx);
    super::settle(result, super::to(to), |msg| async move {
        Ok(CafeNewPage {
            nav: Nav::inside(account2, ctx2),
            slug: ctx2.community().slug.clone(),
            g: st2.app.gathering(&ctx2.require()?, id).await?,
            error: Some(msg),
        })
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoundForm {
    pub question: String,
    pub minutes: String,
}

pub async fn round_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<RoundForm>,
) -> Result<Response, PageError> {
    let result = async {
        let q = CafeQuestion::parse(&f.question)?;
        let m = round_minutes(&f.minutes)?;
        st.app
            .add_cafe_round(&ctx.require()?, id, &q, m)
            .await
            .map(|_| ())
    }
    .await;
    back(&st, &account, &ctx, id, result, "round", None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TableForm {
    pub name: String,
    pub capacity: String,
}

pub async fn table_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<TableForm>,
) -> Result<Response, PageError> {
    let result = async {
        let name = CafeTableName::parse(&f.name)?;
        let c = table_size(&f.capacity)?;
        st.app
            .add_cafe_table(&ctx.require()?, id, &name, c)
            .await
            .map(|_| ())
    }
    .await;
    back(&st, &account, &ctx, id, result, "table", None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HostForm {
    pub host: String,
}

pub async fn host_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(CafeItemPath { id, tid }): Ids<CafeItemPath>,
    Form(f): Form<HostForm>,
) -> Result<Response, PageError> {
    let result = async {
        let host = match f.host.trim() {
            "" => None,
            h => Some(AccountId(
                h.parse()
                    .map_err(|_| AppError::field("host", "choose a member"))?,
            )),
        };
        st.app.set_cafe_host(&ctx.require()?, id, tid, host).await
    }
    .await;
    back(&st, &account, &ctx, id, result, "host", None).await
}

pub async fn plan_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let result = async { st.app.plan_cafe(&ctx.require()?, id).await.map(|_| ()) }.await;
    back(&st, &account, &ctx, id, result, "planned", None).await
}

pub async fn join_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let result = async { st.app.join_cafe(&ctx.require()?, id).await }.await;
    back(&st, &account, &ctx, id, result, "joined", None).await
}

pub async fn leave_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let result = async { st.app.leave_cafe(&ctx.require()?, id).await }.await;
    back(&st, &account, &ctx, id, result, "left", None).await
}

pub async fn start_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let result = async {
        st.app
            .start_cafe_round(&ctx.require()?, id)
            .await
            .map(|_| ())
    }
    .await;
    back(&st, &account, &ctx, id, result, "started", None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PauseForm {
    pub pause: String,
}

pub async fn pause_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<PauseForm>,
) -> Result<Response, PageError> {
    let pause = f.pause == "1";
    let result = async { st.app.pause_cafe_round(&ctx.require()?, id, pause).await }.await;
    let done = if pause { "paused" } else { "resumed" };
    back(&st, &account, &ctx, id, result, done, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SitForm {
    pub table: String,
}

pub async fn sit_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<SitForm>,
) -> Result<Response, PageError> {
    let table = match f.table.trim() {
        "" => None,
        t => Some(crate::form_id::<i32>(t)?),
    };
    let result = async { st.app.cafe_check_in(&ctx.require()?, id, table).await }.await;
    let done = if table.is_some() { "sat" } else { "stood" };
    back(&st, &account, &ctx, id, result, done, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    pub table: String,
    pub round: String,
    pub body: String,
    pub base: String,
}

pub async fn note_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Form(f): Form<NoteForm>,
) -> Result<Response, PageError> {
    let result = async {
        let body = CafeNoteBody::parse(&f.body)?;
        let table = crate::form_id::<i32>(&f.table)?;
        let round = crate::form_id::<i32>(&f.round)?;
        let base = f
            .base
            .trim()
            .parse::<i32>()
            .map_err(|_| AppError::field("base", "reload the page and try again"))?;
        st.app
            .save_cafe_note(&ctx.require()?, id, table, round, &body, base)
            .await
            .map(|_| ())
    }
    .await;
    back(&st, &account, &ctx, id, result, "noted", Some(f.body)).await
}

#[derive(Template)]
#[template(path = "cafe_harvest.html")]
pub struct HarvestPage {
    pub nav: Nav,
    pub slug: String,
    pub h: CafeHarvest,
    pub notice: Option<&'static str>,
}

impl HarvestPage {
    fn in_theme(&self, n: &NoteView, theme: &i32) -> bool {
        n.theme_id == Some(*theme)
    }
    fn question(&self, n: &NoteView) -> String {
        self.h
            .rounds
            .iter()
            .find(|r| r.number == n.round)
            .map_or_else(String::new, |r| r.question.clone())
    }
}

pub async fn harvest_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let h = st.app.cafe_harvest(&ctx.require()?, id).await?;
    Ok(render(&HarvestPage {
        nav: Nav::inside(&account, &ctx),
        slug: ctx.community().slug.clone(),
        notice: notice(&q.done),
        h,
    }))
}

pub async fn themes_post(
    State(st): State<AppState>,
    Inside { ctx, .. }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    st.app.group_cafe_themes(&ctx.require()?, id).await?;
    let to = format!(
        "/c/{}/g/{id}/cafe/harvest?done=themed#flash",
        ctx.community().slug
    );
    Ok(Redirect::to(&to).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    pub theme: String,
}

pub async fn move_post(
    State(st): State<AppState>,
    Inside { ctx, .. }: Inside,
    Ids(CafeItemPath { id, tid }): Ids<CafeItemPath>,
    Form(f): Form<MoveForm>,
) -> Result<Response, PageError> {
    let theme = match f.theme.trim() {
        "" => None,
        t => Some(crate::form_id::<i32>(t)?),
    };
    st.app
        .move_cafe_note(&ctx.require()?, id, tid, theme)
        .await?;
    let to = format!(
        "/c/{}/g/{id}/cafe/harvest?done=moved#note-{tid}",
        ctx.community().slug
    );
    Ok(Redirect::to(&to).into_response())
}

pub async fn proceedings_md_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let p = st.app.cafe_proceedings(&ctx.require()?, id).await?;
    let md = crate::export::proceedings::markdown_in(&p, Nav::inside(&account, &ctx).tr);
    Ok(super::download(
        "text/markdown; charset=utf-8",
        format!("cafe-{id}.md"),
        md,
    ))
}

pub async fn proceedings_pdf_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let p = st.app.cafe_proceedings(&ctx.require()?, id).await?;
    let md = crate::export::proceedings::markdown_in(&p, Nav::inside(&account, &ctx).tr);
    let pdf = crate::export::pdf::render(&p.gathering.title, &md);
    Ok(super::download(
        "application/pdf",
        format!("cafe-{id}.pdf"),
        pdf,
    ))
}
