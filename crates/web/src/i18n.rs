//! The request's language. The browser's `Accept-Language` is kept for the handler (as
//! `pages::here` keeps the path) so that every page header, [`crate::pages::Nav`], can choose
//! the reader's language without each handler passing it along: the account's setting, then
//! the browser, then the community's default (`convene_i18n::Lang::choose`). The account
//! extractors note the account's setting too, so that errors, worded far from any page
//! header, are in the reader's language ([`reader`]).
//!
//! Words that the domain names by code (phases, answers, slot kinds, action status) are
//! looked up here, so the catalogue test sees every key written out.

use axum::extract::Request;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::middleware::Next;
use axum::response::Response;
use convene_app::AppError;
use convene_domain::gathering::Phase;
use convene_i18n::{Lang, Tr};
use std::cell::Cell;

/// What the request tells of its reader's language.
struct Asked {
    browser: Option<Lang>,
    /// The signed-in account's own setting, once an extractor has read the account.
    account: Cell<Option<Lang>>,
}

tokio::task_local! {
    static ASKED: Asked;
}

/// A small `Copy` value, or a reference to one (templates pass either).
pub trait Val<T> {
    fn val(&self) -> T;
}

impl Val<Tr> for Tr {
    fn val(&self) -> Tr {
        *self
    }
}

impl Val<Phase> for Phase {
    fn val(&self) -> Phase {
        *self
    }
}

impl<T, V: Val<T> + ?Sized> Val<T> for &V {
    fn val(&self) -> T {
        (**self).val()
    }
}

/// Longer `Accept-Language` headers are read only this far (`to_str` leaves only ASCII).
const MAX_HEADER: usize = 512;

/// Middleware: keeps the language the browser asks for, if convene speaks it.
pub async fn remember(req: Request, next: Next) -> Response {
    let lang = req
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.get(..MAX_HEADER).unwrap_or(v))
        .and_then(convene_i18n::from_accept_language);
    let asked = Asked {
        browser: lang,
        account: Cell::new(None),
    };
    ASKED.scope(asked, next.run(req)).await
}

/// The language the browser of the request being answered asks for.
pub fn browser() -> Option<Lang> {
    ASKED.try_with(|a| a.browser).ok().flatten()
}

/// Notes the signed-in account's language setting for [`reader`].
pub fn signed_in(setting: Option<&str>) {
    let _ = ASKED.try_with(|a| a.account.set(setting.and_then(Lang::parse)));
}

/// The language of the request's reader, as far as is known: their setting once signed in,
/// else their browser's, else English.
pub fn reader() -> Tr {
    let account = ASKED.try_with(|a| a.account.get()).ok().flatten();
    Tr(account.or(browser()).unwrap_or_default())
}

/// The language for a signed-in reader, inside a community or not.
pub fn for_reader(account: Option<&str>, community: Option<&str>) -> Tr {
    Tr(Lang::choose(account, browser(), community))
}

/// Templates pass values or references alike, hence [`Val`].
pub fn phase(tr: impl Val<Tr>, p: impl Val<Phase>) -> String {
    tr.val().t(match p.val() {
        Phase::Invitation => "phase-invitation",
        Phase::Marketplace => "phase-marketplace",
        Phase::Sessions => "phase-sessions",
        Phase::Convergence => "phase-convergence",
        Phase::Closed => "phase-closed",
    })
}

/// An RSVP answer's code (`yes`, `maybe`, `no`) as a word.
pub fn answer(tr: impl Val<Tr>, code: &str) -> String {
    let tr = tr.val();
    match code {
        "yes" => tr.t("answer-yes"),
        "maybe" => tr.t("answer-maybe"),
        "no" => tr.t("answer-no"),
        other => other.to_owned(),
    }
}

/// A locked slot kind's code (`plenary`, `break`) as a word.
pub fn slot_kind(tr: impl Val<Tr>, code: &str) -> String {
    let tr = tr.val();
    match code {
        "plenary" => tr.t("wall-kind-plenary"),
        "break" => tr.t("wall-kind-break"),
        other => other.to_owned(),
    }
}

/// An action's status code as a word.
pub fn action_status(tr: impl Val<Tr>, code: &str) -> String {
    let tr = tr.val();
    match code {
        "open" => tr.t("action-status-open"),
        "doing" => tr.t("action-status-doing"),
        "done" => tr.t("action-status-done"),
        "dropped" => tr.t("action-status-dropped"),
        other => other.to_owned(),
    }
}

/// `2026-12-01 10:00–11:00` with its day written in full.
pub fn when(tr: Tr, when: &str) -> String {
    match when.split_once(' ') {
        Some((day, rest)) => format!("{} {rest}", tr.iso_date(day)),
        None => tr.iso_date(when),
    }
}

/// A language code from a form or the API: empty for none, else one convene speaks.
pub fn choice(raw: &str) -> Result<Option<Lang>, AppError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == raw.trim())
        .map(Some)
        .ok_or_else(|| convene_app::Message::t("error-choose-language").field("language"))
}
