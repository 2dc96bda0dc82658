//! Governance pages: the flag form and the notice on content, the moderation queue (claim,
//! decide), appeals (file, hear) and the moderation log. Every action returns to where it was
//! started and says what happened.

use super::{Nav, render, settle, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids};
use crate::i18n::Val;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::can;
use convene_app::moderation::{ContentItem, LogLine, Queue};
use convene_app::{AppError, Ctx};
use convene_domain::ids::{CaseId, ContentId};
use convene_domain::moderation::{AppealOutcome, FlagReason, Outcome, Sanction, Sentence};
use convene_i18n::Tr;
use serde::Deserialize;

/// `/…/content/{content_id}/…`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ContentPath {
    pub content_id: ContentId,
}

/// `/…/moderation/{case_id}/…`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct CasePath {
    pub case_id: CaseId,
}

/// The box under a piece of content: the notice for its author and moderators, and the flag
/// form for everyone else (shown on the session page).
#[derive(Template)]
#[template(path = "_moderation_box.html")]
pub struct ModerationBox {
    pub slug: String,
    pub back: String,
    pub item: ContentItem,
    pub author: bool,
    pub reasons: Vec<(&'static str, String)>,
    /// The reader's language (the box is rendered into another page, without its header).
    pub tr: Tr,
}

impl ModerationBox {
    /// For the content with this id, as `ctx` may see it; `back` is where actions return.
    pub async fn of(
        st: &AppState,
        account: &convene_app::store::Account,
        ctx: &Ctx,
        id: ContentId,
        back: String,
    ) -> Result<String, PageError> {
        let item = st.app.content_item(&ctx.require()?, id).await?;
        let author = item.content.author == Some(ctx.member().account_id);
        let tr = crate::i18n::for_reader(
            account.language.as_deref(),
            ctx.community().language.as_deref(),
        );
        let b = ModerationBox {
            slug: ctx.community().slug.clone(),
            back,
            author,
            item,
            reasons: FlagReason::ALL
                .iter()
                .map(|r| (r.as_str(), reason_label(tr, *r)))
                .collect(),
            tr,
        };
        Ok(b.render().unwrap_or_default())
    }

    /// The warning or suspension given with the decision, in words for this reader.
    fn sanction_line(&self) -> Option<String> {
        let x = self.item.notice.as_ref()?.sanction.as_ref()?;
        if x.lifted_at.is_some() {
            return None;
        }
        let tr = self.tr;
        Some(match (x.sanction, self.author) {
            (Sanction::Warn, true) => tr.t("govern-box-warned-you"),
            (Sanction::Warn, false) => tr.t("govern-box-warned-author"),
            (Sanction::Suspend { until }, true) => {
                tr.t1("govern-box-suspended-you", "until", when(tr, until))
            }
            (Sanction::Suspend { until }, false) => {
                tr.t1("govern-box-suspended-author", "until", when(tr, until))
            }
        })
    }

    fn until(&self) -> String {
        self.item
            .notice
            .as_ref()
            .and_then(|n| n.appeal_until)
            .map(|t| when(self.tr, t))
            .unwrap_or_default()
    }
}

/// A flag's reason as a word.
pub fn reason_label(tr: impl Val<Tr>, r: impl Val<FlagReason>) -> String {
    tr.val().t(match r.val() {
        FlagReason::Spam => "govern-reason-spam",
        FlagReason::Harmful => "govern-reason-harmful",
        FlagReason::OffTopic => "govern-reason-off-topic",
        FlagReason::LeaksInternal => "govern-reason-leaks-internal",
        FlagReason::Other => "govern-reason-other",
    })
}

/// A weight in tenths (`15`) as the locale writes a decimal (`1.5`, `1,5`).
pub fn tenths(tr: impl Val<Tr>, w: impl Tenths) -> String {
    let w = w.tenths();
    let sep = if tr.val().lang() == convene_i18n::Lang::En {
        '.'
    } else {
        ','
    };
    format!("{}{sep}{}", w / 10, w % 10)
}

impl Val<FlagReason> for FlagReason {
    fn val(&self) -> FlagReason {
        *self
    }
}

pub trait Tenths {
    fn tenths(&self) -> i32;
}
impl Tenths for i32 {
    fn tenths(&self) -> i32 {
        *self
    }
}
impl<T: Tenths + ?Sized> Tenths for &T {
    fn tenths(&self) -> i32 {
        (**self).tenths()
    }
}

/// A time as pages show it, from however askama hands the number over.
pub fn at(tr: impl crate::i18n::Val<Tr>, t: impl Stamp) -> String {
    when(tr.val(), t.seconds())
}

pub trait Stamp {
    fn seconds(&self) -> i64;
}
impl Stamp for i64 {
    fn seconds(&self) -> i64 {
        *self
    }
}
impl<T: Stamp + ?Sized> Stamp for &T {
    fn seconds(&self) -> i64 {
        (**self).seconds()
    }
}

/// Where to return: a path inside this community, else its moderation page.
fn back_to(ctx: &Ctx, back: &str) -> String {
    let inside = format!("/c/{}/", ctx.community().slug);
    if back.starts_with(&inside) && !back.contains("//") && !back.contains('\\') {
        back.to_owned()
    } else {
        format!("/c/{}/moderation", ctx.community().slug)
    }
}

fn with_done(path: &str, done: &str) -> String {
    let (p, anchor) = path.split_once('#').unwrap_or((path, ""));
    let sep = if p.contains('?') { '&' } else { '?' };
    if anchor.is_empty() {
        format!("{p}{sep}done={done}")
    } else {
        format!("{p}{sep}done={done}#{anchor}")
    }
}

/// What a `done` key says (never text from the URL itself).
fn said(tr: Tr, done: Option<&str>) -> Option<String> {
    Some(tr.t(match done? {
        "flagged" => "govern-said-flagged",
        "hidden" => "govern-said-hidden",
        "claimed" => "govern-said-claimed",
        "decided" => "govern-said-decided",
        "appealed" => "govern-said-appealed",
        "heard" => "govern-said-heard",
        _ => return None,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    pub done: Option<String>,
}

/// Settles a form: done returns to `back` saying what happened; a mistake the person can fix
/// (409, 422) says why with a link back; anything else (403, 404) is the error page.
async fn finish<T>(
    account: &convene_app::store::Account,
    ctx: &Ctx,
    back: &str,
    r: Result<T, AppError>,
    done: &str,
) -> Result<Response, PageError> {
    let back = back_to(ctx, back);
    let nav = Nav::inside(account, ctx);
    settle(r, super::to(with_done(&back, done)), |message| async move {
        Ok(super::MessagePage {
            title: nav.t("govern-not-done"),
            nav,
            message,
            link: None,
            back: Some(back),
        })
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FlagForm {
    pub reason: String,
    pub note: String,
    pub back: String,
}

pub async fn flag_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Flag>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
    Form(f): Form<FlagForm>,
) -> Result<Response, PageError> {
    let r = match FlagReason::parse(&f.reason) {
        Ok(reason) => st.app.flag(&ctx, content_id, reason, &f.note).await,
        Err(e) => Err(e.into()),
    };
    let done = match &r {
        Ok(x) if x.hidden => "hidden",
        _ => "flagged",
    };
    if done == "hidden" {
        // The content is gone for this reader: say so, and lead back to what holds it
        // (a session's gathering).
        let back = back_to(&ctx, &f.back);
        let up = back
            .split_once("/s/")
            .map_or(back.clone(), |(g, _)| g.to_owned());
        let nav = Nav::inside(&account, &ctx);
        return Ok(render(&super::MessagePage {
            title: nav.t("govern-flag-recorded"),
            message: said(nav.tr, Some("hidden")).unwrap_or_default(),
            nav,
            link: None,
            back: Some(up),
        }));
    }
    finish(&account, &ctx, &f.back, r, done).await
}

#[derive(Template)]
#[template(path = "moderation.html")]
pub struct QueuePage {
    pub nav: Nav,
    pub slug: String,
    pub q: Queue,
    pub me: i32,
    pub steward: bool,
    pub said: Option<String>,
}

pub async fn queue_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Moderate>,
    Query(d): Query<Done>,
) -> Result<Response, PageError> {
    let q = st.app.moderation_queue(&ctx).await?;
    let nav = Nav::inside(&account, &ctx);
    Ok(render(&QueuePage {
        said: said(nav.tr, d.done.as_deref()),
        nav,
        slug: ctx.community().slug.clone(),
        q,
        me: ctx.member().account_id.get(),
        steward: ctx.may(convene_domain::Permission::HearAppeal),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    pub outcome: String,
    pub reason: String,
    pub back: String,
    /// hide, restore, warn or suspend (empty: what the outcome implies).
    pub action: String,
    /// A suspension lasts until the start of this day (UTC), `2026-12-01`.
    pub until: String,
}

/// A form's day (`2026-12-01`) as Unix seconds at its start (UTC).
fn day_start(s: &str) -> Result<Option<i64>, AppError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let d = time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| AppError::field("until", "Give a day like 2026-12-01."))?;
    Ok(Some(d.midnight().assume_utc().unix_timestamp()))
}

pub async fn claim_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Moderate>,
    Ids(CasePath { case_id }): Ids<CasePath>,
) -> Result<Response, PageError> {
    let r = st.app.claim_case(&ctx, case_id).await;
    finish(
        &account,
        &ctx,
        &format!("/c/{}/moderation#case-{case_id}", ctx.community().slug),
        r,
        "claimed",
    )
    .await
}

pub async fn decision_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Moderate>,
    Ids(CasePath { case_id }): Ids<CasePath>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, PageError> {
    let decision = || -> Result<_, AppError> {
        let o = Outcome::parse(&f.outcome)?;
        let sanction = Sanction::parse(o, &f.action, day_start(&f.until)?, st.app.now())?;
        Ok((o, sanction, Sentence::parse("reason", &f.reason)?))
    };
    let r = match decision() {
        Ok((o, sanction, reason)) => {
            st.app
                .decide_case(&ctx, case_id, o, sanction, &reason)
                .await
        }
        Err(e) => Err(e),
    };
    finish(
        &account,
        &ctx,
        &format!("/c/{}/moderation", ctx.community().slug),
        r,
        "decided",
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AppealForm {
    pub statement: String,
    pub back: String,
}

pub async fn appeal_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(CasePath { case_id }): Ids<CasePath>,
    Form(f): Form<AppealForm>,
) -> Result<Response, PageError> {
    let r = match Sentence::parse("statement", &f.statement) {
        Ok(s) => st.app.appeal(&ctx, case_id, &s).await,
        Err(e) => Err(e.into()),
    };
    finish(&account, &ctx, &f.back, r, "appealed").await
}

pub async fn appeal_decision_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::HearAppeal>,
    Ids(CasePath { case_id }): Ids<CasePath>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, PageError> {
    let r = match (
        AppealOutcome::parse(&f.outcome),
        Sentence::parse("reason", &f.reason),
    ) {
        (Ok(o), Ok(reason)) => st.app.hear_appeal(&ctx, case_id, o, &reason).await,
        (Err(e), _) | (_, Err(e)) => Err(e.into()),
    };
    finish(
        &account,
        &ctx,
        &format!("/c/{}/moderation", ctx.community().slug),
        r,
        "heard",
    )
    .await
}

#[derive(Template)]
#[template(path = "moderation_log.html")]
pub struct LogPage {
    pub nav: Nav,
    pub lines: Vec<LogLine>,
    pub named: bool,
}

impl LogPage {
    fn label(&self, a: &str) -> String {
        self.nav.t(match a {
            "hidden" => "govern-log-hidden",
            "upheld" => "govern-log-upheld",
            "dismissed" => "govern-log-dismissed",
            "appealed" => "govern-log-appealed",
            "appeal_upheld" => "govern-log-appeal-upheld",
            "appeal_reversed" => "govern-log-appeal-reversed",
            "warned" => "govern-log-warned",
            "suspended" => "govern-log-suspended",
            "edited" => "govern-log-edited",
            _ => "govern-reason-other",
        })
    }
}

pub async fn log_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::ViewModerationLog>,
) -> Result<Response, PageError> {
    let lines = st.app.moderation_log(&ctx).await?;
    Ok(render(&LogPage {
        nav: Nav::inside(&account, &ctx),
        lines,
        named: ctx.may(convene_domain::Permission::HearAppeal),
    }))
}
