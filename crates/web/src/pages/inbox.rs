//! The inbox: what concerns me across my communities (only what I may still read), marked
//! read one by one or all at once; its unread count in the header, kept live over SSE
//! (`/inbox/live`, one topic per person); my e-mail settings per kind; and the one-click
//! unsubscribe page that a signed link in every message opens (no session needed).

use super::flash::Flash;
use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Ids;
use crate::i18n::Val;
use crate::session::{CurrentAccount, session_token};
use askama::Template;
use axum::Form;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use convene_app::AppError;
use convene_app::notify::{Choice, InboxItem};
use convene_app::notify_mail;
use convene_domain::ids::{AccountId, NotificationId};
use convene_domain::notify::{Kind, MailMode};
use convene_i18n::Tr;
use serde::Deserialize;
use std::convert::Infallible;

#[derive(Template)]
#[template(path = "inbox.html")]
pub struct InboxPage {
    pub nav: Nav,
    pub items: Vec<InboxItem>,
    pub unread: usize,
    pub flash: Option<Flash>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    pub done: Option<String>,
}

pub async fn inbox_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let items = st.app.inbox_in(&account, crate::i18n::browser()).await?;
    let unread = items.iter().filter(|i| !i.read).count();
    let nav = Nav::of(&account);
    let flash = match q.done.as_deref() {
        Some("read") => Some("talk-inbox-done-read"),
        Some("all") => Some("talk-inbox-done-all"),
        _ => None,
    }
    .map(|key| Flash {
        text: nav.t(key),
        item: String::new(),
    });
    Ok(render(&InboxPage {
        nav,
        items,
        unread,
        flash,
    }))
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct NotificationPath {
    pub id: NotificationId,
}

pub async fn read_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Ids(NotificationPath { id }): Ids<NotificationPath>,
) -> Result<Response, PageError> {
    st.app.mark_read(&account, Some(id)).await?;
    Ok(Redirect::to(&format!("/inbox?done=read#n-{id}")).into_response())
}

pub async fn read_all_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
) -> Result<Response, PageError> {
    st.app.mark_read(&account, None).await?;
    Ok(Redirect::to("/inbox?done=all").into_response())
}

/// `GET /inbox/live`: an event `unread` (data: the count) now and after every change to my
/// inbox, until I leave, the server stops or my session ends (checked before each push and
/// each 15 s heartbeat).
pub async fn live_get(
    State(st): State<AppState>,
    jar: CookieJar,
    CurrentAccount(account): CurrentAccount,
) -> Result<Response, PageError> {
    let me = AccountId(account.id);
    // Subscribe before counting: a change after the count reaches `rx`.
    let rx = st.app.live.subscribe_inbox(me);
    let session = session_token(&st, &jar).ok_or(AppError::Unauthenticated)?;
    let stop = st.cfg.shutdown.clone();
    let mut beat = tokio::time::interval(std::time::Duration::from_secs(15));
    beat.reset();
    let stream = futures_util::stream::unfold(
        (rx, false, st, beat),
        move |(mut rx, started, st, mut beat)| {
            let stop = stop.clone();
            let session = session.clone();
            let account = account.clone();
            async move {
                if started {
                    tokio::select! {
                        _ = stop.cancelled() => return None,
                        _ = beat.tick() => {
                            if !signed_in(&st, &session, me).await {
                                return None;
                            }
                            let ping = Bytes::from_static(b":\n\n");
                            return Some((Ok::<_, Infallible>(ping), (rx, true, st, beat)));
                        }
                        r = rx.changed() => { r.ok()?; }
                    }
                    rx.borrow_and_update();
                    if !signed_in(&st, &session, me).await {
                        return None;
                    }
                }
                match st.app.unread_count(&account).await {
                    Ok(n) => {
                        let frame = Bytes::from(format!("event: unread\ndata: {n}\n\n"));
                        Some((Ok(frame), (rx, true, st, beat)))
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "inbox stream failed; closing it");
                        None
                    }
                }
            }
        },
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

async fn signed_in(st: &AppState, session: &str, me: AccountId) -> bool {
    matches!(st.app.session_account(session).await, Ok(Some(a)) if a.id == me.get())
}

#[derive(Template)]
#[template(path = "notification_settings.html")]
pub struct SettingsPage {
    pub nav: Nav,
    pub choices: Vec<Choice>,
    pub modes: [MailMode; 3],
    pub mail: bool,
    pub flash: Option<Flash>,
}

pub async fn settings_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let nav = Nav::of(&account);
    let flash = (q.done.as_deref() == Some("saved")).then(|| Flash {
        text: nav.t("talk-mail-saved"),
        item: String::new(),
    });
    Ok(render(&SettingsPage {
        nav,
        choices: st.app.notification_choices(&account).await?,
        modes: MailMode::ALL,
        mail: st.app.settings.mail.is_some(),
        flash,
    }))
}

pub async fn settings_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut choices = Vec::new();
    for (k, v) in &form {
        let (Some(kind), Some(mode)) = (Kind::parse(k), MailMode::parse(v)) else {
            continue;
        };
        choices.push(Choice { kind, mode });
    }
    st.app.set_notification_choices(&account, &choices).await?;
    Ok(Redirect::to("/account/notifications?done=saved").into_response())
}

#[derive(Debug, Clone, Deserialize)]
pub struct UnsubscribePath {
    pub account: i32,
    pub kind: String,
    pub sig: String,
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
pub struct UnsubscribePage {
    pub nav: Nav,
    pub what: String,
    pub done: bool,
    pub action: String,
}

/// A kind as the settings page names it (templates pass values or references, hence [`Val`]).
pub fn kind_label(tr: impl Val<Tr>, k: impl Val<Kind>) -> String {
    notify_mail::kind_label(tr.val(), k.val())
}

pub fn mode_label(tr: impl Val<Tr>, m: impl Val<MailMode>) -> String {
    notify_mail::mode_label(tr.val(), m.val())
}

impl Val<Kind> for Kind {
    fn val(&self) -> Kind {
        *self
    }
}
impl Val<MailMode> for MailMode {
    fn val(&self) -> MailMode {
        *self
    }
}

fn what(tr: Tr, kinds: &[Kind]) -> String {
    if kinds.len() > 1 {
        tr.t("talk-unsub-all")
    } else {
        kinds
            .first()
            .map_or_else(String::new, |k| tr.t1("talk-unsub-one", "kind", k.as_str()))
    }
}

/// The header for someone who followed a signed link: not signed in, but the link names
/// their account, whose language setting comes before the browser's.
fn unsubscriber(language: Option<&str>) -> Nav {
    Nav {
        tr: crate::i18n::for_reader(language, None),
        ..Nav::anonymous()
    }
}

/// The page a link in a message opens: says what would stop and asks to confirm (a link
/// preview that fetches it changes nothing).
pub async fn unsubscribe_get(
    State(st): State<AppState>,
    Path(p): Path<UnsubscribePath>,
) -> Result<Response, PageError> {
    let u = st.app.check_unsubscribe(p.account, &p.kind, &p.sig).await?;
    let nav = unsubscriber(u.language.as_deref());
    Ok(render(&UnsubscribePage {
        what: what(nav.tr, &u.kinds),
        nav,
        done: false,
        action: format!("/unsubscribe/{}/{}/{}", p.account, p.kind, p.sig),
    }))
}

/// The one-click unsubscribe (RFC 8058: a mail client posts `List-Unsubscribe=One-Click`),
/// or the confirm button of the page.
pub async fn unsubscribe_post(
    State(st): State<AppState>,
    Path(p): Path<UnsubscribePath>,
) -> Result<Response, PageError> {
    let u = st.app.unsubscribe(p.account, &p.kind, &p.sig).await?;
    let nav = unsubscriber(u.language.as_deref());
    Ok(render(&UnsubscribePage {
        what: what(nav.tr, &u.kinds),
        nav,
        done: true,
        action: String::new(),
    }))
}
