//! Governance over the API: the overview (rules, policies, decisions, mandates), accepting the
//! current policies, proposing a change, responding (consent or a ballot), advice, answers to
//! objections, closing a decision (which applies a passed change), and setting a rule.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiCan, Ids};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_app::can;
use convene_app::governance::DecisionView;
use convene_domain::decision::{Ballot, Change, ChangeKind, Process, Rule, Stance};
use convene_domain::ids::{AccountId, DecisionId};
use convene_domain::moderation::Sentence;
use convene_domain::policy::Document;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `/…/decisions/{decision_id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct DecisionPath {
    pub decision_id: DecisionId,
}

/// `/…/decisions/{decision_id}/objections/{account_id}/answer`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ObjectionPath {
    pub decision_id: DecisionId,
    pub account_id: AccountId,
}

/// `/…/decision-rules/{kind}`
#[derive(Debug, Clone, Deserialize)]
pub struct KindPath {
    pub kind: String,
}

#[derive(Serialize, ToSchema)]
pub struct GovernanceRuleDto {
    /// policy, threshold, new_steward, mandate_renewal or boundary
    kind: String,
    /// consent, advice, majority, dot or ranked_choice
    process: String,
    quorum: u32,
    days: u32,
    /// The rule in a sentence, as decisions record it.
    rule: String,
}

fn rule_dto(r: &Rule) -> GovernanceRuleDto {
    GovernanceRuleDto {
        kind: r.kind.as_str().into(),
        process: r.process.as_str().into(),
        quorum: r.quorum,
        days: r.days,
        rule: r.describe(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct PolicyVersionDto {
    version_id: i32,
    /// code_of_conduct, social_media or data_sharing
    document: String,
    number: i32,
    text: String,
    /// The decision that made this version (none for a first version).
    decision_id: Option<i32>,
    created_at: i64,
}

fn version_dto(v: convene_app::store::governance::PolicyVersion) -> PolicyVersionDto {
    PolicyVersionDto {
        version_id: v.id.get(),
        document: v.document.as_str().into(),
        number: v.number,
        text: v.text,
        decision_id: v.decision.map(DecisionId::get),
        created_at: v.created_at,
    }
}

#[derive(Serialize, ToSchema)]
pub struct DecisionSummaryDto {
    decision_id: i32,
    kind: String,
    process: String,
    title: String,
    /// open, passed or failed
    status: String,
    deadline: i64,
    /// The rule that governs it, as a sentence.
    rule: String,
    outcome: String,
}

fn summary(d: &convene_app::store::governance::Decision) -> DecisionSummaryDto {
    DecisionSummaryDto {
        decision_id: d.id.get(),
        kind: d.kind.as_str().into(),
        process: d.process.as_str().into(),
        title: d.title.clone(),
        status: d.status.as_str().into(),
        deadline: d.deadline,
        rule: d.rule.clone(),
        outcome: d.outcome.clone(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct MandateDto {
    mandate_id: i32,
    account_id: i32,
    name: String,
    /// steward or curator
    role: String,
    ends_at: i64,
}

#[derive(Serialize, ToSchema)]
pub struct GovernanceDto {
    rules: Vec<GovernanceRuleDto>,
    policies: Vec<PolicyVersionDto>,
    /// Current versions the caller has not accepted (they read but do not post until then).
    pending: Vec<PolicyVersionDto>,
    decisions: Vec<DecisionSummaryDto>,
    mandates: Vec<MandateDto>,
    /// Flags hide content at this weight (tenths: a member's flag is 10).
    threshold: i32,
    /// Anyone signed in may join.
    open: bool,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/governance", params(("slug" = String, Path)), responses((status = 200, body = GovernanceDto), (status = 403, body = ErrorDto)))]
pub async fn overview(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::ViewGovernance>,
) -> ApiResult<Json<GovernanceDto>> {
    let o = st.app.governance(&ctx).await?;
    Ok(Json(GovernanceDto {
        rules: o.rules.iter().map(rule_dto).collect(),
        policies: o.policies.into_iter().map(version_dto).collect(),
        pending: o.pending.into_iter().map(version_dto).collect(),
        decisions: o.decisions.iter().map(summary).collect(),
        mandates: o
            .mandates
            .into_iter()
            .map(|(m, name)| MandateDto {
                mandate_id: m.id.get(),
                account_id: m.account.get(),
                name,
                role: m.role.as_str().into(),
                ends_at: m.ends_at,
            })
            .collect(),
        threshold: o.threshold,
        open: o.open,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct AcceptedPolicies {
    /// How many versions were accepted now.
    accepted: usize,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/policies/accept", params(("slug" = String, Path)), responses((status = 200, body = AcceptedPolicies), (status = 403, body = ErrorDto)))]
pub async fn accept(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::AcceptPolicy>,
) -> ApiResult<Json<AcceptedPolicies>> {
    let accepted = st.app.accept_policies(&ctx).await?;
    Ok(Json(AcceptedPolicies { accepted }))
}

/// One change a decision may apply; which fields count depends on `change`.
#[derive(Deserialize, ToSchema)]
pub struct ChangeInput {
    /// policy, threshold, new_steward, mandate_renewal or boundary
    change: String,
    /// policy: code_of_conduct, social_media or data_sharing
    document: Option<String>,
    /// policy: the new version's text
    #[schema(max_length = 20000)]
    text: Option<String>,
    /// threshold: in tenths, 10 to 200
    threshold: Option<i32>,
    /// new_steward: the member
    account_id: Option<i32>,
    /// mandate_renewal: the mandate
    mandate_id: Option<i32>,
    /// new_steward, mandate_renewal: the term in days (1 to 1100)
    days: Option<i64>,
    /// boundary: anyone signed in may join
    open: Option<bool>,
}

fn missing(field: &'static str) -> convene_app::AppError {
    convene_app::AppError::field(field, "required for this kind of change")
}

impl ChangeInput {
    pub(crate) fn parse(self) -> Result<Change, convene_app::AppError> {
        let days = self.days.unwrap_or(convene_domain::mandate::TERM_DAYS);
        Ok(match ChangeKind::parse(&self.change)? {
            ChangeKind::Policy => Change::Policy {
                document: Document::parse(&self.document.ok_or(missing("document"))?)?,
                text: convene_domain::policy::parse_text(&self.text.ok_or(missing("text"))?)?,
            },
            ChangeKind::Threshold => Change::Threshold {
                threshold: self.threshold.ok_or(missing("threshold"))?,
            },
            ChangeKind::NewSteward => Change::NewSteward {
                account_id: self.account_id.ok_or(missing("account_id"))?,
                days,
            },
            ChangeKind::MandateRenewal => Change::MandateRenewal {
                mandate_id: self.mandate_id.ok_or(missing("mandate_id"))?,
                days,
            },
            ChangeKind::Boundary => Change::Boundary {
                open: self.open.ok_or(missing("open"))?,
            },
        })
    }
}

#[derive(Deserialize, ToSchema)]
pub struct ProposalInput {
    #[schema(max_length = 200)]
    title: String,
    /// Why, in at least a sentence.
    #[schema(max_length = 2000)]
    rationale: String,
    /// One change (consent, advice) or up to 10 of one kind (a vote).
    #[schema(max_items = 10)]
    options: Vec<ChangeInput>,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionOpened {
    decision_id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/decisions", params(("slug" = String, Path)), request_body = ProposalInput, responses((status = 201, body = DecisionOpened), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn propose(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Deliberate>,
    ApiJson(input): ApiJson<ProposalInput>,
) -> ApiResult<(StatusCode, Json<DecisionOpened>)> {
    let rationale = Sentence::parse("rationale", &input.rationale)?;
    if input.options.len() > 10 {
        return Err(convene_app::AppError::field("options", "at most 10").into());
    }
    let options = input
        .options
        .into_iter()
        .map(ChangeInput::parse)
        .collect::<Result<Vec<_>, _>>()?;
    let id = st
        .app
        .propose(&ctx, &input.title, &rationale, options)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(DecisionOpened {
            decision_id: id.get(),
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct DecisionResponseDto {
    account_id: i32,
    name: String,
    /// Consent: agree, abstain, object or block.
    stance: Option<String>,
    reason: String,
    /// The proposer's answer to an objection.
    answer: Option<String>,
    /// Votes are secret until the decision closes: only one's own ballot is shown.
    ballot: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AdviceDto {
    adviser_id: i32,
    name: String,
    heard: String,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionDto {
    decision_id: i32,
    kind: String,
    process: String,
    title: String,
    rationale: String,
    status: String,
    opened_by: String,
    opened_at: i64,
    deadline: i64,
    quorum: u32,
    /// The rule that governs it, fixed when it opened.
    rule: String,
    /// What each option does (for votes, option 0 is "keep as it is").
    options: Vec<String>,
    /// Whether it passed (or would pass if it closed now).
    passes: bool,
    /// Why, in a sentence.
    why: String,
    winner: Option<usize>,
    responses: Vec<DecisionResponseDto>,
    advice: Vec<AdviceDto>,
}

fn decision_dto(v: DecisionView, me: AccountId) -> DecisionDto {
    let d = v.decision;
    DecisionDto {
        decision_id: d.id.get(),
        kind: d.kind.as_str().into(),
        process: d.process.as_str().into(),
        title: d.title,
        rationale: d.rationale,
        status: d.status.as_str().into(),
        opened_by: v.proposer_name,
        opened_at: d.opened_at,
        deadline: d.deadline,
        quorum: d.quorum,
        rule: d.rule,
        options: v.options,
        passes: v.tally.passed,
        why: v.tally.why,
        winner: v.tally.winner,
        responses: v
            .responses
            .into_iter()
            .map(|(r, name)| DecisionResponseDto {
                account_id: r.account.get(),
                name,
                stance: r.stance.map(|s| s.as_str().to_owned()),
                reason: r.reason,
                answer: r.answer,
                ballot: (r.account == me && !r.ballot.is_empty()).then_some(r.ballot),
            })
            .collect(),
        advice: v
            .advice
            .into_iter()
            .map(|(a, name)| AdviceDto {
                adviser_id: a.adviser.get(),
                name,
                heard: a.heard,
            })
            .collect(),
    }
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/decisions/{decision_id}", params(("slug" = String, Path), ("decision_id" = i32, Path)), responses((status = 200, body = DecisionDto), (status = 404, body = ErrorDto)))]
pub async fn decision(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::ViewGovernance>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
) -> ApiResult<Json<DecisionDto>> {
    let v = st.app.decision(&ctx, decision_id).await?;
    Ok(Json(decision_dto(v, ctx.member().account_id)))
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionResponseInput {
    /// Consent: agree, abstain, object or block (an objection or block needs a reason).
    stance: Option<String>,
    #[serde(default)]
    #[schema(max_length = 2000)]
    reason: String,
    /// Majority: the option chosen (0 keeps it as it is).
    choice: Option<usize>,
    /// Dot vote: dots per option, 3 in all at most.
    #[schema(max_items = 11)]
    dots: Option<Vec<u32>>,
    /// Ranked choice: options, most preferred first.
    #[schema(max_items = 11)]
    ranking: Option<Vec<usize>>,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/decisions/{decision_id}/responses", params(("slug" = String, Path), ("decision_id" = i32, Path)), request_body = DecisionResponseInput, responses((status = 204), (status = 409, body = ErrorDto, description = "closed, past the deadline, or another process"), (status = 422, body = ErrorDto)))]
pub async fn respond(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Deliberate>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    ApiJson(input): ApiJson<DecisionResponseInput>,
) -> ApiResult<StatusCode> {
    let ballot = match (input.choice, input.dots, input.ranking) {
        (Some(c), None, None) => Some(Ballot::Choice(c)),
        (None, Some(d), None) => Some(Ballot::Dots(d)),
        (None, None, Some(r)) => Some(Ballot::Ranking(r)),
        (None, None, None) => None,
        _ => {
            return Err(
                convene_app::AppError::field("ballot", "one of choice, dots or ranking").into(),
            );
        }
    };
    match (input.stance, ballot) {
        (Some(s), None) => {
            let stance = Stance::parse(&s)?;
            st.app
                .consent(&ctx, decision_id, stance, &input.reason)
                .await?;
        }
        (None, Some(b)) => st.app.cast_ballot(&ctx, decision_id, &b).await?,
        _ => {
            return Err(convene_app::AppError::field(
                "stance",
                "a consent stance or a ballot (choice, dots or ranking)",
            )
            .into());
        }
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct AdviceInput {
    adviser_id: i32,
    /// What they said, in at least a sentence.
    #[schema(max_length = 2000)]
    heard: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/decisions/{decision_id}/advice", params(("slug" = String, Path), ("decision_id" = i32, Path)), request_body = AdviceInput, responses((status = 204), (status = 403, body = ErrorDto, description = "not the decider"), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn advice(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Deliberate>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    ApiJson(input): ApiJson<AdviceInput>,
) -> ApiResult<StatusCode> {
    let heard = Sentence::parse("heard", &input.heard)?;
    st.app
        .record_advice(&ctx, decision_id, AccountId(input.adviser_id), &heard)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ObjectionAnswerInput {
    /// At least a sentence.
    #[schema(max_length = 2000)]
    answer: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/decisions/{decision_id}/objections/{account_id}/answer", params(("slug" = String, Path), ("decision_id" = i32, Path), ("account_id" = i32, Path)), request_body = ObjectionAnswerInput, responses((status = 204), (status = 403, body = ErrorDto, description = "not the proposer"), (status = 404, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn answer(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Deliberate>,
    Ids(ObjectionPath {
        decision_id,
        account_id,
    }): Ids<ObjectionPath>,
    ApiJson(input): ApiJson<ObjectionAnswerInput>,
) -> ApiResult<StatusCode> {
    let a = Sentence::parse("answer", &input.answer)?;
    st.app
        .answer_objection(&ctx, decision_id, account_id, &a)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
pub struct CloseInput {
    /// Advice process: the decider goes ahead (true) or not.
    #[serde(default)]
    go_ahead: bool,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionClosed {
    passed: bool,
    why: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/decisions/{decision_id}/close", params(("slug" = String, Path), ("decision_id" = i32, Path)), request_body = CloseInput, responses((status = 200, body = DecisionClosed), (status = 409, body = ErrorDto, description = "before the deadline, or closed already")))]
pub async fn close(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Deliberate>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    ApiJson(input): ApiJson<CloseInput>,
) -> ApiResult<Json<DecisionClosed>> {
    let t = st
        .app
        .close_decision(&ctx, decision_id, input.go_ahead)
        .await?;
    Ok(Json(DecisionClosed {
        passed: t.passed,
        why: t.why,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionRuleInput {
    /// consent, advice, majority, dot or ranked_choice
    process: String,
    #[schema(minimum = 1, maximum = 1000)]
    quorum: u32,
    #[schema(minimum = 1, maximum = 90)]
    days: u32,
    /// Why, in at least a sentence.
    #[schema(max_length = 2000)]
    reason: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/decision-rules/{kind}", params(("slug" = String, Path), ("kind" = String, Path)), request_body = DecisionRuleInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn set_rule(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::EditSettings>,
    Ids(KindPath { kind }): Ids<KindPath>,
    ApiJson(input): ApiJson<DecisionRuleInput>,
) -> ApiResult<StatusCode> {
    let kind = ChangeKind::parse(&kind)?;
    let rule = Rule::new(
        kind,
        Process::parse(&input.process)?,
        input.quorum,
        input.days,
    )?;
    let reason = Sentence::parse("reason", &input.reason)?;
    st.app.set_decision_rule(&ctx, rule, &reason).await?;
    Ok(StatusCode::NO_CONTENT)
}
