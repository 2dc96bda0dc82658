//! Lean Coffee and initiatives over the API, with the same use-cases and rules as the pages:
//! the board, proposing, voting (within the votes per person), the host's facilitation
//! (start a topic, the Roman vote, merging), actions per topic, a topic turned into a proposal
//! for the decision process; initiatives with their people, updates and asks for help, where
//! joining and leading take the person's own yes.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiInside, Ids};
use crate::pages::lean::{LeanPath, TopicPath};
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use convene_app::AppError;
use convene_app::lean::{LeanForm, TopicCard};
use convene_domain::gathering::Zone;
use convene_domain::ids::{AccountId, ActionId, GatheringId, InitiativeId, TopicId};
use convene_domain::initiative::{AskStatus, LeadStep, Step};
use convene_domain::lean::{self, Thumb};
use convene_domain::text::{
    ActionTitle, AskText, CallingQuestion, GatheringTitle, InitiativeTitle, PostBody, Purpose,
    TopicTitle,
};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/communities/{slug}/lean", get(lean_list).post(lean_create))
        .route("/communities/{slug}/lean/{id}", get(lean_board))
        .route("/communities/{slug}/lean/{id}/topics", post(topic_create))
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/vote",
            put(topic_vote),
        )
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/start",
            post(topic_start),
        )
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/roman/open",
            post(roman_open),
        )
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/roman",
            put(roman_hand),
        )
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/roman/close",
            post(roman_close),
        )
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/merge",
            post(topic_merge),
        )
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/actions",
            post(topic_action),
        )
        .route(
            "/communities/{slug}/lean/{id}/topics/{tid}/proposal",
            post(topic_proposal),
        )
        .route(
            "/communities/{slug}/initiatives",
            get(initiatives).post(initiative_create),
        )
        .route(
            "/communities/{slug}/initiatives/{iid}/lead",
            post(initiative_lead),
        )
        .route("/communities/{slug}/initiatives/{iid}", get(initiative))
        .route(
            "/communities/{slug}/initiatives/{iid}/people",
            post(initiative_step),
        )
        .route(
            "/communities/{slug}/initiatives/{iid}/updates",
            post(initiative_update),
        )
        .route(
            "/communities/{slug}/initiatives/{iid}/asks",
            post(initiative_ask),
        )
        .route(
            "/communities/{slug}/initiatives/{iid}/asks/{ask}",
            put(initiative_ask_status),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        lean_list,
        lean_create,
        lean_board,
        topic_create,
        topic_vote,
        topic_start,
        roman_open,
        roman_hand,
        roman_close,
        topic_merge,
        topic_action,
        topic_proposal,
        initiatives,
        initiative_create,
        initiative,
        initiative_step,
        initiative_lead,
        initiative_update,
        initiative_ask,
        initiative_ask_status
    ),
    components(schemas(
        LeanCoffeeDto,
        LeanInput,
        LeanCreated,
        LeanBoardDto,
        LeanTopicDto,
        LeanTallyDto,
        LeanActionDto,
        LeanTopicInput,
        LeanTopicCreated,
        LeanVoteInput,
        LeanThumbInput,
        LeanMergeInput,
        LeanActionInput,
        LeanActionCreated,
        LeanProposalDto,
        LeanProposalInput,
        LeanProposalCreated,
        InitiativeLeadInput,
        InitiativeLeadDto,
        InitiativeSummaryDto,
        InitiativeInput,
        InitiativeCreated,
        InitiativeDto,
        InitiativePersonDto,
        InitiativeUpdateDto,
        InitiativeAskDto,
        InitiativeStepInput,
        InitiativeStandingDto,
        InitiativeTextInput,
        InitiativeAskStatusInput
    ))
)]
pub struct LeanDoc;

#[derive(Serialize, ToSchema)]
pub struct LeanCoffeeDto {
    id: i32,
    title: String,
    open: bool,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/lean", params(("slug" = String, Path)), responses((status = 200, body = [LeanCoffeeDto])))]
pub async fn lean_list(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Vec<LeanCoffeeDto>>> {
    let list = st.app.lean_coffees(&ctx.require()?).await?;
    Ok(Json(
        list.into_iter()
            .map(|g| LeanCoffeeDto {
                open: g.phase != "closed",
                id: g.id,
                title: g.title,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct LeanInput {
    #[schema(schema_with = super::limits::gathering_title)]
    title: String,
    #[schema(schema_with = super::limits::calling_question)]
    question: String,
    #[schema(schema_with = super::limits::time_zone)]
    time_zone: String,
    /// 1 to 10.
    #[schema(minimum = 1, maximum = 10)]
    votes_per_person: i32,
    /// 1 to 20.
    #[schema(minimum = 1, maximum = 20)]
    timebox_minutes: i32,
}

#[derive(Serialize, ToSchema)]
pub struct LeanCreated {
    id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean", params(("slug" = String, Path)), request_body = LeanInput, responses((status = 201, body = LeanCreated)))]
pub async fn lean_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    ApiJson(input): ApiJson<LeanInput>,
) -> ApiResult<(StatusCode, Json<LeanCreated>)> {
    let form = LeanForm {
        title: GatheringTitle::parse(&input.title)?,
        question: CallingQuestion::parse(&input.question)?,
        zone: Zone::parse(&input.time_zone)?,
        votes_per_person: lean::votes_per_person(&input.votes_per_person.to_string())?,
        timebox_minutes: lean::timebox_minutes(&input.timebox_minutes.to_string())?,
    };
    let g = st.app.create_lean_coffee(&ctx.require()?, &form).await?;
    Ok((StatusCode::CREATED, Json(LeanCreated { id: g.id })))
}

#[derive(Serialize, ToSchema)]
pub struct LeanTallyDto {
    up: u32,
    sideways: u32,
    down: u32,
    /// Whether the topic went on: more thumbs up than down.
    continued: bool,
    /// The result in one sentence, sideways hands named as a signal.
    sentence: String,
}

impl From<lean::Tally> for LeanTallyDto {
    fn from(t: lean::Tally) -> Self {
        Self {
            up: t.up,
            sideways: t.sideways,
            down: t.down,
            continued: t.continues(),
            sentence: crate::pages::lean::tally(crate::i18n::reader(), &t),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct LeanActionDto {
    id: i32,
    title: String,
    /// `open`, `doing`, `done` or `dropped`.
    status: String,
    /// Who volunteered (nobody is assigned).
    owners: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct LeanTopicDto {
    id: i32,
    title: String,
    proposer: String,
    votes: u32,
    /// `to_discuss`, `discussing` or `done`.
    state: String,
    /// Unix seconds when the current timebox ends (while discussed).
    ends_at: Option<i64>,
    /// Seconds left in the timebox now (0 once it is over).
    seconds_left: Option<i64>,
    /// Timeboxes so far (2 = continued once).
    timeboxes: i32,
    /// Whether the Roman vote takes hands now, and how many it has.
    vote_open: bool,
    hands: u32,
    rounds: Vec<LeanTallyDto>,
    merged: Vec<String>,
    actions: Vec<LeanActionDto>,
    /// Decisions proposed from this topic.
    proposals: Vec<LeanProposalDto>,
}

#[derive(Serialize, ToSchema)]
pub struct LeanProposalDto {
    decision_id: i32,
    title: String,
    /// `open`, `passed` or `failed`.
    status: String,
}

impl From<TopicCard> for LeanTopicDto {
    fn from(t: TopicCard) -> Self {
        Self {
            seconds_left: t.timebox.map(|r| r.left.max(0)),
            id: t.id,
            title: t.title,
            proposer: t.proposer,
            votes: t.votes,
            state: t.state.as_str().into(),
            ends_at: t.ends_at,
            timeboxes: t.boxes,
            vote_open: t.vote_open,
            hands: t.hands,
            rounds: t.rounds.into_iter().map(Into::into).collect(),
            merged: t.merged,
            actions: t
                .actions
                .into_iter()
                .map(|a| LeanActionDto {
                    id: a.id,
                    title: a.title,
                    status: a.status.as_str().into(),
                    owners: a.owners,
                })
                .collect(),
            proposals: t
                .proposals
                .into_iter()
                .map(|d| LeanProposalDto {
                    decision_id: d.decision_id,
                    title: d.title,
                    status: d.status.into(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct LeanBoardDto {
    id: i32,
    title: String,
    question: String,
    open: bool,
    votes_per_person: i32,
    timebox_minutes: i32,
    /// Raised by every change (the live board follows it).
    version: i64,
    /// To discuss (most votes first), then the one discussed, then done.
    topics: Vec<LeanTopicDto>,
    my_votes_left: i32,
    /// The topics you voted for.
    my_votes: Vec<i32>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/lean/{id}", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = LeanBoardDto)))]
pub async fn lean_board(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(LeanPath { id }): Ids<LeanPath>,
) -> ApiResult<Json<LeanBoardDto>> {
    let allowed = ctx.require()?;
    let b = st.app.lean_board(&allowed, id).await?;
    let mine = st.app.my_lean(&allowed, id).await?;
    let topics = b
        .to_discuss
        .into_iter()
        .chain(b.discussing)
        .chain(b.done)
        .map(Into::into)
        .collect();
    Ok(Json(LeanBoardDto {
        id: b.gathering.id,
        title: b.gathering.title,
        question: b.gathering.calling_question,
        open: b.open,
        votes_per_person: b.votes_per_person,
        timebox_minutes: b.timebox_secs / 60,
        version: b.gathering.version,
        topics,
        my_votes_left: mine.votes_left,
        my_votes: mine.voted.into_iter().collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct LeanTopicInput {
    #[schema(schema_with = super::limits::topic_title)]
    title: String,
}

#[derive(Serialize, ToSchema)]
pub struct LeanTopicCreated {
    id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean/{id}/topics", params(("slug" = String, Path), ("id" = i32, Path)), request_body = LeanTopicInput, responses((status = 201, body = LeanTopicCreated), (status = 409, body = ErrorDto)))]
pub async fn topic_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(LeanPath { id }): Ids<LeanPath>,
    ApiJson(input): ApiJson<LeanTopicInput>,
) -> ApiResult<(StatusCode, Json<LeanTopicCreated>)> {
    let title = TopicTitle::parse(&input.title)?;
    let t = st.app.propose_topic(&ctx.require()?, id, &title).await?;
    Ok((StatusCode::CREATED, Json(LeanTopicCreated { id: t.get() })))
}

#[derive(Deserialize, ToSchema)]
pub struct LeanVoteInput {
    /// `true` gives your vote, `false` takes it back.
    give: bool,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/vote", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), request_body = LeanVoteInput, responses((status = 204), (status = 409, body = ErrorDto)))]
pub async fn topic_vote(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    ApiJson(input): ApiJson<LeanVoteInput>,
) -> ApiResult<StatusCode> {
    st.app
        .lean_vote(&ctx.require()?, id, tid, input.give)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/start", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), responses((status = 204), (status = 409, body = ErrorDto)))]
pub async fn topic_start(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> ApiResult<StatusCode> {
    st.app.start_topic(&ctx.require()?, id, Some(tid)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/roman/open", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), responses((status = 204), (status = 409, body = ErrorDto)))]
pub async fn roman_open(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> ApiResult<StatusCode> {
    st.app.open_roman_vote(&ctx.require()?, id, tid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct LeanThumbInput {
    /// `up` (continue), `sideways` (either way) or `down` (move on).
    #[schema(schema_with = super::limits::thumb)]
    thumb: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/roman", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), request_body = LeanThumbInput, responses((status = 204), (status = 409, body = ErrorDto)))]
pub async fn roman_hand(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    ApiJson(input): ApiJson<LeanThumbInput>,
) -> ApiResult<StatusCode> {
    let thumb = Thumb::parse(&input.thumb)
        .ok_or_else(|| AppError::field("thumb", "up, sideways or down"))?;
    st.app.roman_vote(&ctx.require()?, id, tid, thumb).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/roman/close", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), responses((status = 200, body = LeanTallyDto), (status = 409, body = ErrorDto)))]
pub async fn roman_close(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
) -> ApiResult<Json<LeanTallyDto>> {
    let t = st.app.close_roman_vote(&ctx.require()?, id, tid).await?;
    Ok(Json(t.into()))
}

#[derive(Deserialize, ToSchema)]
pub struct LeanMergeInput {
    /// The topic it is merged into.
    into: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/merge", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), request_body = LeanMergeInput, responses((status = 204), (status = 409, body = ErrorDto)))]
pub async fn topic_merge(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    ApiJson(input): ApiJson<LeanMergeInput>,
) -> ApiResult<StatusCode> {
    st.app
        .merge_topics(&ctx.require()?, id, tid, TopicId(input.into))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct LeanActionInput {
    #[schema(schema_with = super::limits::action_title)]
    title: String,
}

#[derive(Serialize, ToSchema)]
pub struct LeanActionCreated {
    id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/actions", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), request_body = LeanActionInput, responses((status = 201, body = LeanActionCreated), (status = 409, body = ErrorDto)))]
pub async fn topic_action(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    ApiJson(input): ApiJson<LeanActionInput>,
) -> ApiResult<(StatusCode, Json<LeanActionCreated>)> {
    let title = ActionTitle::parse(&input.title)?;
    let a = st
        .app
        .topic_action(&ctx.require()?, id, tid, &title)
        .await?;
    Ok((StatusCode::CREATED, Json(LeanActionCreated { id: a.get() })))
}

#[derive(Deserialize, ToSchema)]
pub struct LeanProposalInput {
    #[schema(max_length = 200)]
    title: String,
    /// Why, in at least a sentence.
    #[schema(max_length = 2000)]
    rationale: String,
    /// The change the decision would apply.
    change: super::governance::ChangeInput,
}

#[derive(Serialize, ToSchema)]
pub struct LeanProposalCreated {
    decision_id: i32,
}

/// A topic that was (or is being) discussed becomes a proposal for the community's decision
/// process, under the rule the community set for that kind of change; the topic links to it.
#[utoipa::path(post, path = "/api/v1/communities/{slug}/lean/{id}/topics/{tid}/proposal", params(("slug" = String, Path), ("id" = i32, Path), ("tid" = i32, Path)), request_body = LeanProposalInput, responses((status = 201, body = LeanProposalCreated), (status = 409, body = ErrorDto)))]
pub async fn topic_proposal(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(TopicPath { id, tid }): Ids<TopicPath>,
    ApiJson(input): ApiJson<LeanProposalInput>,
) -> ApiResult<(StatusCode, Json<LeanProposalCreated>)> {
    let rationale = convene_domain::moderation::Sentence::parse("rationale", &input.rationale)?;
    let change = input.change.parse()?;
    let d = st
        .app
        .propose_from_topic(&ctx.require()?, id, tid, &input.title, &rationale, change)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(LeanProposalCreated {
            decision_id: d.get(),
        }),
    ))
}

// ---- initiatives ----

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct InitiativeIdPath {
    pub iid: InitiativeId,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct InitiativeAskPath {
    pub iid: InitiativeId,
    pub ask: i32,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeSummaryDto {
    id: i32,
    title: String,
    purpose: String,
    starter: String,
    /// People who joined (by their own yes).
    joined: usize,
    open_asks: usize,
    /// The gathering it grew from, if any.
    from: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/initiatives", params(("slug" = String, Path)), responses((status = 200, body = [InitiativeSummaryDto])))]
pub async fn initiatives(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Vec<InitiativeSummaryDto>>> {
    let list = st.app.initiatives(&ctx.require()?).await?;
    Ok(Json(
        list.into_iter()
            .map(|i| InitiativeSummaryDto {
                id: i.id,
                title: i.title,
                purpose: i.purpose,
                starter: i.starter,
                joined: i.joined,
                open_asks: i.open_asks,
                from: i.from,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct InitiativeInput {
    #[schema(schema_with = super::limits::initiative_title)]
    title: String,
    #[schema(schema_with = super::limits::purpose)]
    purpose: String,
    /// With `action_id`: the gathering whose action it grows from.
    #[serde(default)]
    gathering_id: Option<i32>,
    #[serde(default)]
    action_id: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeCreated {
    id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/initiatives", params(("slug" = String, Path)), request_body = InitiativeInput, responses((status = 201, body = InitiativeCreated)))]
pub async fn initiative_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    ApiJson(input): ApiJson<InitiativeInput>,
) -> ApiResult<(StatusCode, Json<InitiativeCreated>)> {
    let title = InitiativeTitle::parse(&input.title)?;
    let purpose = Purpose::parse(&input.purpose)?;
    let from = match (input.gathering_id, input.action_id) {
        (Some(g), Some(a)) => Some((GatheringId(g), ActionId(a))),
        (None, None) => None,
        _ => {
            return Err(AppError::field(
                "action_id",
                "give both gathering_id and action_id, or neither",
            )
            .into());
        }
    };
    let i = st
        .app
        .start_initiative(&ctx.require()?, &title, &purpose, from)
        .await?;
    Ok((StatusCode::CREATED, Json(InitiativeCreated { id: i.get() })))
}

#[derive(Serialize, ToSchema)]
pub struct InitiativePersonDto {
    account_id: i32,
    name: String,
    /// `starter`, `lead` or `member`.
    part: String,
    /// `invited`, `requested` or `joined`.
    standing: String,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeUpdateDto {
    author: String,
    at: i64,
    body: String,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeAskDto {
    id: i32,
    text: String,
    author: String,
    /// `open`, `taken` or `done`.
    status: String,
    taken_by: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeDto {
    id: i32,
    title: String,
    purpose: String,
    starter: String,
    created_at: i64,
    people: Vec<InitiativePersonDto>,
    updates: Vec<InitiativeUpdateDto>,
    asks: Vec<InitiativeAskDto>,
    from_gathering_id: Option<i32>,
    from_session_id: Option<i32>,
    from_action: Option<String>,
    /// People invited to lead who have not answered yet (account ids).
    lead_offers: Vec<i32>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/initiatives/{iid}", params(("slug" = String, Path), ("iid" = i32, Path)), responses((status = 200, body = InitiativeDto)))]
pub async fn initiative(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(InitiativeIdPath { iid }): Ids<InitiativeIdPath>,
) -> ApiResult<Json<InitiativeDto>> {
    let i = st.app.initiative(&ctx.require()?, iid).await?;
    Ok(Json(InitiativeDto {
        id: i.id,
        title: i.title,
        purpose: i.purpose,
        starter: i.starter,
        created_at: i.created_at,
        people: i
            .people
            .into_iter()
            .map(|p| InitiativePersonDto {
                account_id: p.account,
                name: p.name,
                part: p.part.as_str().into(),
                standing: p.standing.as_str().into(),
            })
            .collect(),
        updates: i
            .updates
            .into_iter()
            .map(|u| InitiativeUpdateDto {
                author: u.author,
                at: u.at,
                body: u.body,
            })
            .collect(),
        asks: i
            .asks
            .into_iter()
            .map(|a| InitiativeAskDto {
                id: a.id,
                text: a.text,
                author: a.author,
                status: a.status.as_str().into(),
                taken_by: a.taken_by,
            })
            .collect(),
        from_gathering_id: i.from.as_ref().map(|f| f.gathering_id),
        from_session_id: i
            .from
            .as_ref()
            .and_then(|f| f.session.as_ref().map(|s| s.0)),
        from_action: i.from.and_then(|f| f.action),
        lead_offers: i.lead_offers,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct InitiativeStepInput {
    /// `ask` (for yourself), `invite` (a lead, for someone), `accept` (your invitation, or a
    /// request as a lead) or `withdraw` (decline, withdraw, leave).
    #[schema(schema_with = super::limits::initiative_step)]
    step: String,
    /// Whom the step is about; yourself when left out.
    #[serde(default)]
    account_id: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeStandingDto {
    /// `invited`, `requested`, `joined`, or null when out of it.
    standing: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/initiatives/{iid}/people", params(("slug" = String, Path), ("iid" = i32, Path)), request_body = InitiativeStepInput, responses((status = 200, body = InitiativeStandingDto), (status = 409, body = ErrorDto)))]
pub async fn initiative_step(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(InitiativeIdPath { iid }): Ids<InitiativeIdPath>,
    ApiJson(input): ApiJson<InitiativeStepInput>,
) -> ApiResult<Json<InitiativeStandingDto>> {
    let step = match input.step.as_str() {
        "ask" => Step::Ask,
        "invite" => Step::Invite,
        "accept" => Step::Accept,
        "withdraw" => Step::Withdraw,
        _ => return Err(AppError::field("step", "ask, invite, accept or withdraw").into()),
    };
    let person = input.account_id.map_or(ctx.member().account_id, AccountId);
    let s = st
        .app
        .initiative_step(&ctx.require()?, iid, person, step)
        .await?;
    Ok(Json(InitiativeStandingDto {
        standing: s.map(|s| s.as_str().into()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct InitiativeLeadInput {
    /// `offer` (a lead invites someone to lead), `accept` or `decline` (the invited person;
    /// a lead may also take an offer back with `decline`), `step_down` (a lead, for themself).
    #[schema(schema_with = super::limits::initiative_lead_step)]
    step: String,
    /// Whom the step is about; yourself when left out.
    #[serde(default)]
    account_id: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeLeadDto {
    /// `starter`, `lead`, `member`, or null when not in it.
    part: Option<String>,
    /// Whether an invitation to lead waits for their answer.
    lead_offered: bool,
}

/// A step towards or away from leading: nobody leads but by accepting an invitation to lead.
#[utoipa::path(post, path = "/api/v1/communities/{slug}/initiatives/{iid}/lead", params(("slug" = String, Path), ("iid" = i32, Path)), request_body = InitiativeLeadInput, responses((status = 200, body = InitiativeLeadDto), (status = 409, body = ErrorDto)))]
pub async fn initiative_lead(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(InitiativeIdPath { iid }): Ids<InitiativeIdPath>,
    ApiJson(input): ApiJson<InitiativeLeadInput>,
) -> ApiResult<Json<InitiativeLeadDto>> {
    let step = match input.step.as_str() {
        "offer" => LeadStep::Offer,
        "accept" => LeadStep::Accept,
        "decline" => LeadStep::Decline,
        "step_down" => LeadStep::StepDown,
        _ => return Err(AppError::field("step", "offer, accept, decline or step_down").into()),
    };
    let person = input.account_id.map_or(ctx.member().account_id, AccountId);
    let s = st
        .app
        .initiative_lead_step(&ctx.require()?, iid, person, step)
        .await?;
    Ok(Json(InitiativeLeadDto {
        part: s.part.map(|p| p.as_str().into()),
        lead_offered: s.offered,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct InitiativeTextInput {
    #[schema(schema_with = super::limits::post_body)]
    body: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/initiatives/{iid}/updates", params(("slug" = String, Path), ("iid" = i32, Path)), request_body = InitiativeTextInput, responses((status = 204)))]
pub async fn initiative_update(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(InitiativeIdPath { iid }): Ids<InitiativeIdPath>,
    ApiJson(input): ApiJson<InitiativeTextInput>,
) -> ApiResult<StatusCode> {
    let body = PostBody::parse(&input.body)?;
    st.app
        .post_initiative_update(&ctx.require()?, iid, &body)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/initiatives/{iid}/asks", params(("slug" = String, Path), ("iid" = i32, Path)), request_body = InitiativeTextInput, responses((status = 204)))]
pub async fn initiative_ask(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(InitiativeIdPath { iid }): Ids<InitiativeIdPath>,
    ApiJson(input): ApiJson<InitiativeTextInput>,
) -> ApiResult<StatusCode> {
    let text = AskText::parse(&input.body)?;
    st.app.ask_for_help(&ctx.require()?, iid, &text).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct InitiativeAskStatusInput {
    /// `taken` (you take it on), `open` or `done`.
    #[schema(schema_with = super::limits::ask_status)]
    status: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/initiatives/{iid}/asks/{ask}", params(("slug" = String, Path), ("iid" = i32, Path), ("ask" = i32, Path)), request_body = InitiativeAskStatusInput, responses((status = 204), (status = 409, body = ErrorDto)))]
pub async fn initiative_ask_status(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(InitiativeAskPath { iid, ask }): Ids<InitiativeAskPath>,
    ApiJson(input): ApiJson<InitiativeAskStatusInput>,
) -> ApiResult<StatusCode> {
    let status = AskStatus::parse(&input.status)
        .ok_or_else(|| AppError::field("status", "open, taken or done"))?;
    st.app
        .set_ask_status(&ctx.require()?, iid, ask, status)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
