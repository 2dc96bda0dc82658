//! Lean Coffee pages: the community's Lean Coffees (and a host's form for a new one), the
//! board with its three columns (live over SSE: `lean_live`), and one small handler per action:
//! propose, vote, start a topic, the Roman vote, merge, an action per topic, volunteering,
//! turning a topic into a proposal for the decision process, closing, and the summary in
//! Markdown and PDF. After every action the board says what
//! happened and scrolls back to the topic.

use super::{Nav, download, render};
use crate::AppState;
use crate::error::PageError;
use crate::export::{lean as summary, pdf};
use crate::extract::{Can, Ids, Inside};
use crate::i18n::Val;
use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use convene_app::governance::Overview;
use convene_app::lean::{Board, LeanForm, MyLean, TopicCard};
use convene_app::store::{Account, Gathering};
use convene_app::{AppError, Ctx, can};
use convene_domain::Permission;
use convene_domain::decision::ChangeKind;
use convene_domain::gathering::Zone;
use convene_domain::ids::{ActionId, GatheringId, TopicId};
use convene_domain::lean::{self, Tally, Thumb};
use convene_domain::moderation::Sentence;
use convene_domain::text::{ActionTitle, CallingQuestion, GatheringTitle, TopicTitle};
use convene_i18n::Tr;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/lean", get(list_get).post(create_post))
        .route("/c/{slug}/lean/{id}", get(board_get))
        .route("/c/{slug}/lean/{id}/live", get(super::lean_live::live_get))
        .route("/c/{slug}/lean/{id}/topics", post(propose_post))
        .route("/c/{slug}/lean/{id}/next", post(next_post))
        .route("/c/{slug}/lean/{id}/close", post(close_post))
        .route("/c/{slug}/lean/{id}/summary.md", get(summary_md_get))
        .route("/c/{slug}/lean/{id}/summary.pdf", get(summary_pdf_get))
        .route("/c/{slug}/lean/{id}/t/{tid}/vote", post(vote_post))
        .route("/c/{slug}/lean/{id}/t/{tid}/start", post(start_post))
        .route(
            "/c/{slug}/lean/{id}/t/{tid}/roman/open",
            post(roman_open_post),
        )
        .route("/c/{slug}/lean/{id}/t/{tid}/roman", post(roman_post))
        .route(
            "/c/{slug}/lean/{id}/t/{tid}/roman/close",
            post(roman_close_post),
        )
        .route("/c/{slug}/lean/{id}/t/{tid}/finish", post(finish_post))
        .route("/c/{slug}/lean/{id}/t/{tid}/merge", post(merge_post))
        .route(
            "/c/{slug}/lean/{id}/t/{tid}/proposal",
            get(proposal_get).post(proposal_post),
        )
        .route("/c/{slug}/lean/{id}/t/{tid}/actions", post(action_post))
        .route(
            "/c/{slug}/lean/{id}/a/{aid}/volunteer",
            post(volunteer_post),
        )
}

/// `/c/{slug}/lean/{id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct LeanPath {
    pub id: GatheringId,
}

/// `/c/{slug}/lean/{id}/t/{tid}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct TopicPath {
    pub id: GatheringId,
    pub tid: TopicId,
}

/// `/c/{slug}/lean/{id}/a/{aid}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct LeanActionPath {
    pub id: GatheringId,
    pub aid: ActionId,
}

/// What was done, as a fixed code in the redirect, and the catalogue key the board words it with.
const DONE: &[(&str, &str)] = &[
    ("proposed", "lean-done-proposed"),
    ("voted", "lean-done-voted"),
    ("unvoted", "lean-done-unvoted"),
    ("started", "lean-done-started"),
    ("roman-open", "lean-done-roman-open"),
    ("hand", "lean-done-hand"),
    ("continued", "lean-done-continued"),
    ("ended", "lean-done-ended"),
    ("finished", "lean-done-finished"),
    ("merged", "lean-done-merged"),
    ("action", "lean-done-action"),
    ("volunteered", "lean-done-volunteered"),
    ("stepped-back", "lean-done-stepped-back"),
    ("closed", "lean-done-closed"),
];

impl Val<Thumb> for Thumb {
    fn val(&self) -> Thumb {
        *self
    }
}

/// A hand in the Roman vote, as its button and the reader's own hand say it.
pub fn thumb(tr: Tr, th: Thumb) -> String {
    tr.t(match th {
        Thumb::Up => "lean-thumb-up",
        Thumb::Sideways => "lean-thumb-sideways",
        Thumb::Down => "lean-thumb-down",
    })
}

/// How a Roman vote went, in one sentence with the sideways hands named as a signal.
pub fn tally(tr: Tr, t: &Tally) -> String {
    let verdict = if t.continues() {
        "lean-tally-continues"
    } else if t.total() == 0 {
        "lean-tally-nobody"
    } else {
        "lean-tally-ends"
    };
    let mut out = tr.t3(
        "lean-tally",
        "up",
        t.up,
        "sideways",
        t.sideways,
        "down",
        t.down,
    );
    out.push_str(": ");
    out.push_str(&tr.t(verdict));
    if t.sideways > 0 {
        out.push(' ');
        out.push_str(&tr.t1("lean-tally-sideways", "n", t.sideways));
    }
    out
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    pub done: String,
    pub t: Option<i32>,
}

fn back(slug: &str, id: GatheringId, done: &str, topic: Option<i32>) -> Response {
    let (q, anchor) = match topic {
        Some(t) => (format!("&t={t}"), format!("#t-{t}")),
        None => (String::new(), String::new()),
    };
    Redirect::to(&format!("/c/{slug}/lean/{id}?done={done}{q}{anchor}")).into_response()
}

// ---- the list and a new Lean Coffee ----

#[derive(Deserialize)]
#[serde(default)]
pub struct NewLeanForm {
    pub title: String,
    pub question: String,
    pub time_zone: String,
    pub votes: String,
    pub minutes: String,
}

impl Default for NewLeanForm {
    fn default() -> Self {
        Self {
            title: String::new(),
            question: String::new(),
            time_zone: "UTC".into(),
            votes: "3".into(),
            minutes: "8".into(),
        }
    }
}

#[derive(Template)]
#[template(path = "lean_list.html")]
pub struct ListPage {
    pub nav: Nav,
    pub slug: String,
    pub rows: Vec<Gathering>,
    pub can_host: bool,
    pub form: NewLeanForm,
    pub error: Option<String>,
}

async fn list_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    form: NewLeanForm,
    error: Option<String>,
) -> Result<ListPage, PageError> {
    Ok(ListPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        rows: st.app.lean_coffees(&ctx.require()?).await?,
        can_host: ctx.may(Permission::HostGathering),
        form,
        error,
    })
}

pub async fn list_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    Ok(render(
        &list_page(&st, &account, &ctx, NewLeanForm::default(), None).await?,
    ))
}

pub async fn create_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Form(form): Form<NewLeanForm>,
) -> Result<Response, PageError> {
    let result = async {
        let f = LeanForm {
            title: GatheringTitle::parse(&form.title)?,
            question: CallingQuestion::parse(&form.question)?,
            zone: Zone::parse(&form.time_zone)?,
            votes_per_person: lean::votes_per_person(&form.votes)?,
            timebox_minutes: lean::timebox_minutes(&form.minutes)?,
        };
        st.app.create_lean_coffee(&ctx.require()?, &f).await
    }
    .await;
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |g| {
            std::future::ready(Ok(
                Redirect::to(&format!("/c/{slug}/lean/{}", g.id)).into_response()
            ))
        },
        |msg| list_page(&st, &account, &ctx, form, Some(msg)),
    )
    .await
}

// ---- the board ----

/// The live part of the board, shared by every screen of one view (participants or hosts).
#[derive(Template)]
#[template(path = "_lean_board.html")]
pub struct BoardFragment<'a> {
    pub tr: Tr,
    pub slug: &'a str,
    pub board: &'a Board,
    pub host: bool,
}

impl BoardFragment<'_> {
    pub fn remaining(&self, t: &convene_app::lean::TopicCard) -> String {
        t.timebox
            .map_or_else(|| "0:00".into(), |r| convene_domain::timer::mmss(r.left))
    }
    pub fn over(&self, t: &convene_app::lean::TopicCard) -> bool {
        t.timebox.is_some_and(|r| r.left <= 0)
    }
    pub fn thumbs(&self) -> [Thumb; 3] {
        Thumb::ALL
    }
    pub fn thumb(&self, th: impl Val<Thumb>) -> String {
        thumb(self.tr, th.val())
    }
    pub fn tally(&self, t: &Tally) -> String {
        tally(self.tr, t)
    }
}

#[derive(Template)]
#[template(path = "lean.html")]
pub struct BoardPage {
    pub nav: Nav,
    pub slug: String,
    pub board: Board,
    pub mine: MyLean,
    pub host: bool,
    /// May turn topics into proposals (the shared board hides the link otherwise).
    pub deliberate: bool,
    pub notice: Option<&'static str>,
    pub notice_item: String,
    pub error: Option<String>,
    pub draft: String,
}

impl BoardPage {
    pub fn fragment(&self) -> String {
        BoardFragment {
            tr: self.nav.tr,
            slug: &self.slug,
            board: &self.board,
            host: self.host,
        }
        .render()
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, "the Lean Coffee board failed to render");
            String::new()
        })
    }
    pub fn thumb(&self, th: impl Val<Thumb>) -> String {
        thumb(self.nav.tr, th.val())
    }
    pub fn voted_attr(&self) -> String {
        self.mine
            .voted
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

async fn board_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
    error: Option<String>,
    draft: String,
) -> Result<BoardPage, PageError> {
    let allowed = ctx.require()?;
    Ok(BoardPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        board: st.app.lean_board(&allowed, id).await?,
        mine: st.app.my_lean(&allowed, id).await?,
        host: ctx.may(Permission::HostGathering),
        deliberate: ctx.may(Permission::Deliberate),
        notice: None,
        notice_item: String::new(),
        error,
        draft,
    })
}

pub async fn board_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(LeanPath { id }): Ids<LeanPath>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let mut page = board_page(&st, &account, &ctx, id, None, String::new()).await?;
    page.notice = DONE.iter().find(|d| d.0 == q.done).map(|d| d.1);
    page.notice_item = q.t.map(|t| format!("t-{t}")).unwrap_or_default();
    Ok(render(&page))
}

/// Back to the board with what happened, or the board again with the message.
async fn settle_board(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
    result: Result<(&'static str, Option<i32>), AppError>,
    draft: String,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    super::settle(
        result,
        |(done, topic)| std::future::ready(Ok(back(&slug, id, done, topic))),
        |msg| board_page(st, account, ctx, id, Some(msg), draft),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TopicForm {
    pub title: String,
}

pub async fn propose_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(LeanPath { id }): Ids<LeanPath>,
    Form(form): Form<TopicForm>,
) -> Result<Response, PageError> {
    let result = async {
        let title = TopicTitle::parse(&form.title)?;
        let t = st.app.propose_topic(&ctx.require()?, id, &title).await?;
        Ok(("proposed", Some(t.get())))
    }
    .await;
    settle_board(&st, &account, &ctx, id, result, form.title).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VoteForm {
    pub give: String,
}

pub async fn vote_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    Form(form): Form<VoteForm>,
) -> Result<Response, PageError> {
    let give = form.give == "1";
    let result = st
        .app
        .lean_vote(&ctx.require()?, id, tid, give)
        .await
        .map(|()| (if give { "voted" } else { "unvoted" }, Some(tid.get())));
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

pub async fn next_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(LeanPath { id }): Ids<LeanPath>,
) -> Result<Response, PageError> {
    let result = match ctx.require() {
        Ok(a) => st.app.start_topic(&a, id, None).await,
        Err(e) => Err(e.into()),
    }
    .map(|t| ("started", Some(t.get())));
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

pub async fn start_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .start_topic(&ctx.require()?, id, Some(tid))
        .await
        .map(|t| ("started", Some(t.get())));
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

pub async fn roman_open_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .open_roman_vote(&ctx.require()?, id, tid)
        .await
        .map(|()| ("roman-open", Some(tid.get())));
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ThumbForm {
    pub thumb: String,
}

pub async fn roman_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    Form(form): Form<ThumbForm>,
) -> Result<Response, PageError> {
    let result = async {
        let thumb = Thumb::parse(&form.thumb)
            .ok_or_else(|| AppError::field("thumb", "choose up, sideways or down"))?;
        st.app.roman_vote(&ctx.require()?, id, tid, thumb).await?;
        Ok(("hand", Some(tid.get())))
    }
    .await;
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

pub async fn roman_close_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .close_roman_vote(&ctx.require()?, id, tid)
        .await
        .map(|t| {
            (
                if t.continues() { "continued" } else { "ended" },
                Some(tid.get()),
            )
        });
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

pub async fn finish_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .finish_topic(&ctx.require()?, id, tid)
        .await
        .map(|()| ("finished", Some(tid.get())));
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    pub into: String,
}

pub async fn merge_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    Form(form): Form<MergeForm>,
) -> Result<Response, PageError> {
    let result = async {
        let into = crate::form_id(&form.into)?;
        st.app
            .merge_topics(&ctx.require()?, id, tid, TopicId(into))
            .await?;
        Ok(("merged", Some(into)))
    }
    .await;
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActionForm {
    pub title: String,
}

pub async fn action_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    Form(form): Form<ActionForm>,
) -> Result<Response, PageError> {
    let result = async {
        let title = ActionTitle::parse(&form.title)?;
        st.app
            .topic_action(&ctx.require()?, id, tid, &title)
            .await?;
        Ok(("action", Some(tid.get())))
    }
    .await;
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VolunteerForm {
    pub on: String,
    pub t: String,
}

pub async fn volunteer_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(LeanActionPath { id, aid }): Ids<LeanActionPath>,
    Form(form): Form<VolunteerForm>,
) -> Result<Response, PageError> {
    let on = form.on == "1";
    let topic = form.t.trim().parse::<i32>().ok();
    let result = async {
        let allowed = ctx.require()?;
        // Only this Lean Coffee's actions, through its board.
        if !st.app.is_lean_coffee(&allowed, id).await? {
            return Err(AppError::NotFound);
        }
        st.app.volunteer(&allowed, id, aid, on).await?;
        Ok((if on { "volunteered" } else { "stepped-back" }, topic))
    }
    .await;
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

pub async fn close_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(LeanPath { id }): Ids<LeanPath>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .close_lean_coffee(&ctx.require()?, id)
        .await
        .map(|()| ("closed", None));
    settle_board(&st, &account, &ctx, id, result, String::new()).await
}

/// The summary's title and Markdown, in the reader's language.
async fn summary_of(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    id: GatheringId,
) -> Result<(String, String), PageError> {
    let tr = Nav::inside(account, ctx).tr;
    let board = st.app.lean_board(&ctx.require()?, id).await?;
    let title = tr.t1("lean-sum-title", "title", board.gathering.title.as_str());
    Ok((title, summary::summary(tr, &board, &ctx.community().name)))
}

pub async fn summary_md_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(LeanPath { id }): Ids<LeanPath>,
) -> Result<Response, PageError> {
    let (_, md) = summary_of(&st, &account, &ctx, id).await?;
    Ok(download(
        "text/markdown; charset=utf-8",
        format!("lean-coffee-{id}.md"),
        md,
    ))
}

pub async fn summary_pdf_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(LeanPath { id }): Ids<LeanPath>,
) -> Result<Response, PageError> {
    let (title, md) = summary_of(&st, &account, &ctx, id).await?;
    let bytes = tokio::task::spawn_blocking(move || pdf::render(&title, &md))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(download(
        "application/pdf",
        format!("lean-coffee-{id}.pdf"),
        bytes,
    ))
}

// ---- a topic becomes a proposal ----

#[derive(Template)]
#[template(path = "lean_proposal.html")]
pub struct ProposalPage {
    pub nav: Nav,
    pub slug: String,
    pub gathering: Gathering,
    pub topic: TopicCard,
    /// For the change's fields (the mandates one may renew).
    pub o: Overview,
    pub kinds: Vec<(&'static str, &'static str)>,
    pub title: String,
    pub rationale: String,
    pub error: Option<String>,
}

impl ProposalPage {
    fn at(&self, t: &i64) -> String {
        super::when(self.nav.tr, *t)
    }
}

/// What the form starts with: the topic's title, and where it came from as the rationale.
fn proposal_start(tr: Tr, board: &Board, t: &TopicCard) -> (String, String) {
    let mut why = tr.t3(
        "lean-proposal-why",
        "topic",
        t.title.as_str(),
        "lean",
        board.gathering.title.as_str(),
        "boxes",
        t.boxes,
    );
    if let Some(r) = t.rounds.last() {
        why.push(' ');
        why.push_str(&tr.t1("lean-proposal-last-vote", "tally", tally(tr, r)));
    }
    (t.title.clone(), why)
}

async fn proposal_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    (id, tid): (GatheringId, TopicId),
    form: Option<(String, String)>,
    error: Option<String>,
) -> Result<ProposalPage, PageError> {
    let board = st.app.lean_board(&ctx.require()?, id).await?;
    let topic = board
        .topics()
        .find(|t| t.id == tid.get())
        .cloned()
        .ok_or(AppError::NotFound)?;
    let nav = Nav::inside(account, ctx);
    let (title, rationale) = form.unwrap_or_else(|| proposal_start(nav.tr, &board, &topic));
    Ok(ProposalPage {
        nav,
        slug: ctx.community().slug.clone(),
        o: st.app.governance(&ctx.require()?).await?,
        kinds: ChangeKind::ALL
            .iter()
            .map(|k| (k.as_str(), k.label()))
            .collect(),
        gathering: board.gathering,
        topic,
        title,
        rationale,
        error,
    })
}

pub async fn proposal_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Deliberate>,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> Result<Response, PageError> {
    Ok(render(
        &proposal_page(&st, &account, &ctx, (id, tid), None, None).await?,
    ))
}

pub async fn proposal_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Deliberate>,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    Form(form): Form<super::governance::ProposalForm>,
) -> Result<Response, PageError> {
    let result = async {
        let rationale = Sentence::parse("rationale", &form.rationale)?;
        let change = form.change()?;
        st.app
            .propose_from_topic(&ctx, id, tid, &form.title, &rationale, change)
            .await
    }
    .await;
    let slug = ctx.community().slug.clone();
    let kept = (form.title.clone(), form.rationale.clone());
    super::settle(
        result,
        |d| {
            std::future::ready(Ok(Redirect::to(&format!(
                "/c/{slug}/governance/decisions/{d}?done=proposed"
            ))
            .into_response()))
        },
        |msg| proposal_page(&st, &account, &ctx, (id, tid), Some(kept), Some(msg)),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_i18n::Lang;

    #[test]
    fn a_tally_names_the_rule_and_the_sideways_signal_in_each_language() {
        let t = Tally {
            up: 2,
            sideways: 3,
            down: 1,
        };
        let en = tally(Tr(Lang::En), &t);
        assert!(
            en.starts_with("2 up, 3 sideways, 1 down: more thumbs up than down"),
            "{en}"
        );
        assert!(en.contains("3 hands were sideways"), "{en}");
        let even = Tally {
            up: 1,
            sideways: 0,
            down: 1,
        };
        let s = tally(Tr(Lang::En), &even);
        assert!(
            s.contains("the topic ends") && !s.contains("sideways:"),
            "{s}"
        );
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let s = tally(Tr(lang), &t);
            assert_ne!(s, en, "{lang}");
            assert!(s.contains('3') && !s.contains("sideways"), "{lang}: {s}");
        }
    }
}
