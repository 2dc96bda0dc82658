//! Thread pages: the community's threads (pinned first, unread counts), one thread with its
//! replies, a new thread, a reply (optionally quoting), and the author's edits and deletes,
//! watch / mute and pins. Every post returns to the item with a flash saying what happened.

use super::flash::Flash;
use super::{Nav, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Ids, Inside};
use crate::i18n::Val;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::store::Account;
use convene_app::store::threads::Place;
use convene_app::thread::{NewThreadInput, Post, REPLIES_PAGE, RepliesAt, ThreadItem, ThreadView};
use convene_app::{AppError, Ctx};
use convene_domain::content::Visibility;
use convene_domain::ids::{AccountId, GatheringId, ReplyId, SessionId, ThreadId};
use convene_domain::text::{PostBody, ThreadTitle};
use convene_domain::thread::{Follow, quote};
use convene_i18n::Tr;
use serde::Deserialize;

/// `/c/{slug}/threads/{tid}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ThreadPath {
    pub tid: ThreadId,
}

/// What was done, as a fixed code in the redirect (`?done=`), and the message that words it.
const DONE: &[(&str, &str)] = &[
    ("started", "talk-done-started"),
    ("replied", "talk-done-replied"),
    ("edited", "talk-done-edited"),
    ("deleted", "talk-done-deleted"),
    ("watching", "talk-done-watching"),
    ("muted", "talk-done-muted"),
    ("normal", "talk-done-normal"),
    ("pinned", "talk-done-pinned"),
    ("unpinned", "talk-done-unpinned"),
];

/// Who may read a thread (`Visibility::as_str`), as a word.
pub fn visibility_word(tr: impl Val<Tr>, code: &str) -> String {
    let tr = tr.val();
    match code {
        "public" => tr.t("talk-visibility-public"),
        "network" => tr.t("talk-visibility-network"),
        "organization" => tr.t("talk-visibility-organization"),
        "private" => tr.t("talk-visibility-private"),
        other => other.to_owned(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    pub done: Option<String>,
    /// The reply an action was on; the page holds it.
    pub r: Option<String>,
    /// The page of replies: from this reply on (0: the start), or after or before one.
    pub at: Option<String>,
    pub after: Option<String>,
    pub before: Option<String>,
}

impl DoneQuery {
    /// Which replies the page shows; without a choice, from the first unread one.
    fn replies_at(&self) -> RepliesAt {
        let id = |v: &Option<String>| v.as_deref().and_then(opt_id);
        if let Some(a) = id(&self.after) {
            RepliesAt::After(a)
        } else if let Some(b) = id(&self.before) {
            RepliesAt::Before(b)
        } else if let Some(a) = id(&self.at).or_else(|| id(&self.r)) {
            RepliesAt::At(a)
        } else {
            RepliesAt::Unread
        }
    }

    fn flash(&self, tr: Tr) -> Option<Flash> {
        let code = self.done.as_deref()?;
        let text = tr.t(DONE.iter().find(|d| d.0 == code)?.1);
        let item = match self.r.as_deref().and_then(|r| r.parse::<i32>().ok()) {
            Some(r) => format!("r-{r}"),
            None => "opening".to_owned(),
        };
        Some(Flash { text, item })
    }
}

/// Back to the page that holds the reply acted on (or the opening).
fn back(slug: &str, t: ThreadId, done: &str, reply: Option<ReplyId>) -> Response {
    let (q, anchor) = match reply {
        Some(r) => (format!("&r={r}"), format!("#r-{r}")),
        None => ("&at=0".to_owned(), "#opening".to_owned()),
    };
    Redirect::to(&format!("/c/{slug}/threads/{t}?done={done}{q}{anchor}")).into_response()
}

#[derive(Template)]
#[template(path = "threads.html")]
pub struct ThreadsPage {
    pub nav: Nav,
    pub slug: String,
    pub threads: Vec<ThreadItem>,
}

pub async fn threads_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    let threads = st.app.threads(&ctx.require()?, Place::Community).await?;
    Ok(render(&ThreadsPage {
        nav: Nav::inside(&account, &ctx),
        slug: ctx.community().slug.clone(),
        threads,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewForm {
    pub title: String,
    pub body: String,
    pub visibility: String,
    pub people: Vec<i32>,
    pub g: String,
    pub s: String,
}

#[derive(Template)]
#[template(path = "thread_new.html")]
pub struct NewPage {
    pub nav: Nav,
    pub slug: String,
    pub form: NewForm,
    pub organization: String,
    /// Members who can be named as readers of a private thread.
    pub people: Vec<(i32, String)>,
    pub error: Option<String>,
}

async fn new_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    form: NewForm,
    error: Option<String>,
) -> Result<NewPage, PageError> {
    let me = ctx.member().account_id.get();
    let people = match st.app.members(&ctx.require()?).await {
        Ok(m) => m
            .into_iter()
            .filter(|m| m.account.id != me)
            .map(|m| (m.account.id, m.account.display_name))
            .collect(),
        Err(_) => Vec::new(),
    };
    let organization = st.app.my_organization(&ctx.require()?).await?;
    Ok(NewPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        form,
        organization,
        people,
        error,
    })
}

pub async fn new_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Query(q): Query<NewForm>,
) -> Result<Response, PageError> {
    let form = NewForm {
        visibility: "network".into(),
        ..q
    };
    Ok(render(&new_page(&st, &account, &ctx, form, None).await?))
}

/// Posting too fast: the form again with its text kept, the reason, 429 and Retry-After.
fn too_fast(e: &crate::security::RateLimited, page: &impl Template) -> Response {
    (
        axum::http::StatusCode::TOO_MANY_REQUESTS,
        [(axum::http::header::RETRY_AFTER, e.0.max(1).to_string())],
        render(page),
    )
        .into_response()
}

fn opt_id(raw: &str) -> Option<i32> {
    raw.trim().parse::<i32>().ok()
}

/// The visibility a form or the API asks for, from its name, an organization and named people.
pub fn visibility(
    ctx: &Ctx,
    name: &str,
    organization: Option<i32>,
    people: &[i32],
) -> Result<Visibility, AppError> {
    match name {
        "public" => Ok(Visibility::Public),
        "network" | "" => Ok(Visibility::Network),
        "organization" => Ok(Visibility::Organization(
            organization.map_or(ctx.member().organization_id, Into::into),
        )),
        "private" => Ok(Visibility::Private(
            people.iter().copied().map(AccountId).collect(),
        )),
        _ => Err(AppError::field(
            "visibility",
            "choose public, network, organization or private",
        )),
    }
}

pub async fn create_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut f = NewForm::default();
    for (k, v) in form {
        match k.as_str() {
            "title" => f.title = v,
            "body" => f.body = v,
            "visibility" => f.visibility = v,
            "people" => f.people.extend(opt_id(&v)),
            "g" => f.g = v,
            "s" => f.s = v,
            _ => {}
        }
    }
    if let Err(e) = st.limit_posting(account.id) {
        let page = new_page(&st, &account, &ctx, f, Some(e.posting_message())).await?;
        return Ok(too_fast(&e, &page));
    }
    let result = async {
        let new = NewThreadInput {
            title: ThreadTitle::parse(&f.title)?,
            body: PostBody::parse(&f.body)?,
            visibility: visibility(&ctx, &f.visibility, None, &f.people)?,
            gathering: opt_id(&f.g).map(GatheringId),
            session: opt_id(&f.s).map(SessionId),
        };
        st.app.start_thread(&ctx.require()?, new).await
    }
    .await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |(t, _)| std::future::ready(Ok(back(&slug, t, "started", None))),
        |msg| new_page(&st, &account, &ctx, f, Some(msg)),
    )
    .await
}

#[derive(Template)]
#[template(path = "thread.html")]
pub struct ThreadPage {
    pub nav: Nav,
    pub slug: String,
    pub v: ThreadView,
    pub flash: Option<Flash>,
    pub error: Option<String>,
    /// The post being edited, with the text kept when someone else saved first.
    pub editing: Option<(i32, String)>,
}

impl ThreadPage {
    /// The opening (on the page that starts the thread) and the page's replies.
    pub fn posts(&self) -> Vec<Post> {
        let opening = self.v.earlier.is_none().then(|| self.v.opening.clone());
        opening
            .into_iter()
            .chain(self.v.replies.iter().cloned())
            .collect()
    }

    pub fn html(&self, p: &Post) -> String {
        crate::markdown::to_html(&p.content.body)
    }

    pub fn anchor(&self, p: &Post) -> String {
        p.reply
            .map_or_else(|| "opening".to_owned(), |r| format!("r-{r}"))
    }

    pub fn reply_id(&self, p: &Post) -> i32 {
        p.reply.map_or(0, ReplyId::get)
    }

    pub fn new_here(&self, p: &Post) -> bool {
        p.reply.is_some_and(|r| r.get() > self.v.seen_before) && self.v.seen_before > 0 && !p.mine
    }

    pub fn readers(&self) -> String {
        self.nav.t(match self.v.opening.content.visibility {
            Visibility::Public => "talk-readers-public",
            Visibility::Network => "talk-readers-network",
            Visibility::Organization(_) => "talk-readers-organization",
            Visibility::Private(_) => "talk-readers-private",
        })
    }

    /// Its starter may offer an organization or network thread to the public.
    pub fn can_offer(&self) -> bool {
        self.v.opening.mine
            && !self.v.opening.deleted
            && matches!(
                self.v.opening.content.visibility,
                Visibility::Network | Visibility::Organization(_)
            )
    }

    pub fn follow_is(&self, what: &str) -> bool {
        self.v.follow.map_or("normal", Follow::as_str) == what
    }
}

async fn thread_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    tid: ThreadId,
    error: Option<String>,
    editing: Option<(i32, String)>,
) -> Result<ThreadPage, PageError> {
    let at = editing
        .as_ref()
        .map_or(RepliesAt::Unread, |e| RepliesAt::At(e.0));
    thread_page_at(st, account, ctx, tid, at, error, editing).await
}

async fn thread_page_at(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    tid: ThreadId,
    at: RepliesAt,
    error: Option<String>,
    editing: Option<(i32, String)>,
) -> Result<ThreadPage, PageError> {
    Ok(ThreadPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        v: st
            .app
            .thread(&ctx.require()?, tid, at, REPLIES_PAGE)
            .await?,
        flash: None,
        error,
        editing,
    })
}

pub async fn thread_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let mut page = thread_page_at(&st, &account, &ctx, tid, q.replies_at(), None, None).await?;
    page.flash = q.flash(page.nav.tr);
    Ok(render(&page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReplyQuery {
    pub quote: String,
}

#[derive(Template)]
#[template(path = "thread_reply.html")]
pub struct ReplyPage {
    pub nav: Nav,
    pub slug: String,
    pub tid: ThreadId,
    pub title: String,
    pub body: String,
    pub error: Option<String>,
}

pub async fn reply_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
    Query(q): Query<ReplyQuery>,
) -> Result<Response, PageError> {
    let quoted = opt_id(&q.quote);
    let at = RepliesAt::At(quoted.unwrap_or(0));
    let v = st.app.thread(&ctx.require()?, tid, at, 1).await?;
    let body = match quoted {
        Some(0) if !v.opening.deleted => quote(&v.opening.author, &v.opening.content.body),
        Some(r) => v
            .replies
            .iter()
            .find(|p| p.reply == Some(ReplyId(r)) && !p.deleted)
            .map(|p| quote(&p.author, &p.content.body))
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(render(&ReplyPage {
        nav: Nav::inside(&account, &ctx),
        slug: ctx.community().slug.clone(),
        tid,
        title: v.thread.title,
        body,
        error: None,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReplyForm {
    pub body: String,
}

pub async fn reply_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
    Form(form): Form<ReplyForm>,
) -> Result<Response, PageError> {
    if let Err(e) = st.limit_posting(account.id) {
        let v = st
            .app
            .thread(&ctx.require()?, tid, RepliesAt::At(0), 1)
            .await?;
        let page = ReplyPage {
            nav: Nav::inside(&account, &ctx),
            slug: ctx.community().slug.clone(),
            tid,
            title: v.thread.title,
            body: form.body,
            error: Some(e.posting_message()),
        };
        return Ok(too_fast(&e, &page));
    }
    let result = async {
        let body = PostBody::parse(&form.body)?;
        st.app.reply(&ctx.require()?, tid, &body).await
    }
    .await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |(r, _)| std::future::ready(Ok(back(&slug, tid, "replied", Some(r)))),
        |msg| async {
            let v = st
                .app
                .thread(&ctx.require()?, tid, RepliesAt::At(0), 1)
                .await?;
            Ok(ReplyPage {
                nav: Nav::inside(&account, &ctx),
                slug: slug.clone(),
                tid,
                title: v.thread.title,
                body: form.body,
                error: Some(msg),
            })
        },
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditForm {
    pub reply: String,
    pub title: String,
    pub body: String,
    pub base: String,
}

pub async fn edit_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
    Form(form): Form<EditForm>,
) -> Result<Response, PageError> {
    let reply = opt_id(&form.reply).filter(|r| *r > 0).map(ReplyId);
    let result = async {
        let body = PostBody::parse(&form.body)?;
        let title = match reply {
            None if !form.title.trim().is_empty() => Some(ThreadTitle::parse(&form.title)?),
            _ => None,
        };
        let base = opt_id(&form.base)
            .ok_or_else(|| AppError::field("base", "reload the page and try again"))?;
        st.app
            .edit_post(&ctx.require()?, tid, reply, title.as_ref(), &body, base)
            .await
    }
    .await;
    let slug = ctx.community().slug.clone();
    let editing = (reply.map_or(0, ReplyId::get), form.body.clone());
    super::settle(
        result,
        |_| std::future::ready(Ok(back(&slug, tid, "edited", reply))),
        |msg| thread_page(&st, &account, &ctx, tid, Some(msg), Some(editing)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ItemForm {
    pub reply: String,
    pub mode: String,
    pub pinned: Option<String>,
}

pub async fn delete_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
    Form(form): Form<ItemForm>,
) -> Result<Response, PageError> {
    let reply = opt_id(&form.reply).filter(|r| *r > 0).map(ReplyId);
    let result = st.app.delete_post(&ctx.require()?, tid, reply).await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |_| std::future::ready(Ok(back(&slug, tid, "deleted", reply))),
        |msg| thread_page(&st, &account, &ctx, tid, Some(msg), None),
    )
    .await
}

pub async fn follow_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
    Form(form): Form<ItemForm>,
) -> Result<Response, PageError> {
    let follow = Follow::parse(&form.mode);
    let code = match follow {
        Some(Follow::Watch) => "watching",
        Some(Follow::Mute) => "muted",
        None => "normal",
    };
    let result = st.app.follow_thread(&ctx.require()?, tid, follow).await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |_| std::future::ready(Ok(back(&slug, tid, code, None))),
        |msg| thread_page(&st, &account, &ctx, tid, Some(msg), None),
    )
    .await
}

pub async fn pin_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
    Form(form): Form<ItemForm>,
) -> Result<Response, PageError> {
    let pinned = super::checked(&form.pinned);
    let result = st.app.pin_thread(&ctx.require()?, tid, pinned).await;
    let slug = ctx.community().slug.clone();
    let code = if pinned { "pinned" } else { "unpinned" };
    super::settle(
        result,
        |_| std::future::ready(Ok(back(&slug, tid, code, None))),
        |msg| thread_page(&st, &account, &ctx, tid, Some(msg), None),
    )
    .await
}

/// Its starter offers the thread to the public: a contribution the curators decide on.
pub async fn offer_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(ThreadPath { tid }): Ids<ThreadPath>,
) -> Result<Response, PageError> {
    if let Err(e) = st.limit_posting(account.id) {
        let page = thread_page(&st, &account, &ctx, tid, Some(e.posting_message()), None).await?;
        return Ok(too_fast(&e, &page));
    }
    let result = st.app.offer_thread(&ctx.require()?, tid).await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |(c, _)| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/contributions/{c}?done=offered#contribution"
            ))
            .into_response()))
        },
        |msg| thread_page(&st, &account, &ctx, tid, Some(msg), None),
    )
    .await
}
