//! Governance pages: the overview (policies to accept, rules per kind of change, decisions,
//! mandates, the governance log), a policy's versions with a diff, proposing a change, and a
//! decision with its responses (consent, a ballot, advice, answers to objections, closing).
//! Every action returns to where it was started and says what happened.

use super::{Nav, render, settle, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids};
use crate::i18n::Val;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::governance::{DecisionView, DiffLine, Overview};
use convene_app::store::governance::PolicyVersion;
use convene_app::{AppError, Ctx, can};
use convene_domain::decision::{Ballot, Change, ChangeKind, Process, Rule, Stance};
use convene_domain::ids::{AccountId, DecisionId};
use convene_domain::moderation::Sentence;
use convene_domain::policy::Document;
use convene_i18n::Tr;
use serde::Deserialize;
use std::collections::HashMap;

/// `/…/governance/decisions/{decision_id}/…`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct DecisionPath {
    pub decision_id: DecisionId,
}

/// `/…/governance/policies/{document}`
#[derive(Debug, Clone, Deserialize)]
pub struct DocumentPath {
    pub document: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    pub done: Option<String>,
}

/// What a `done` key says (never text from the URL itself).
fn said(tr: Tr, done: Option<&str>) -> Option<String> {
    Some(tr.t(match done? {
        "accepted" => "govern-said-accepted",
        "proposed" => "govern-said-proposed",
        "responded" => "govern-said-responded",
        "answered" => "govern-said-answered",
        "advice" => "govern-said-advice",
        "closed" => "govern-said-closed",
        "rule" => "govern-said-rule",
        _ => return None,
    }))
}

/// A kind of change as a word.
pub fn kind_label(tr: impl Val<Tr>, k: impl Val<ChangeKind>) -> String {
    tr.val().t(match k.val() {
        ChangeKind::Policy => "govern-kind-policy",
        ChangeKind::Threshold => "govern-kind-threshold",
        ChangeKind::NewSteward => "govern-kind-new-steward",
        ChangeKind::MandateRenewal => "govern-kind-mandate-renewal",
        ChangeKind::Boundary => "govern-kind-boundary",
    })
}

/// A decision process as a name.
pub fn process_label(tr: impl Val<Tr>, p: impl Val<Process>) -> String {
    tr.val().t(match p.val() {
        Process::Consent => "govern-process-consent",
        Process::Advice => "govern-process-advice",
        Process::Majority => "govern-process-majority",
        Process::Dot => "govern-process-dot",
        Process::RankedChoice => "govern-process-ranked",
    })
}

/// A decision process inside a sentence (“… by consent”), its code selecting the words.
pub fn process_in_sentence(tr: impl Val<Tr>, p: impl Val<Process>) -> String {
    tr.val()
        .t1("govern-process-in-sentence", "process", p.val().as_str())
}

/// A policy document's name.
pub fn document_label(tr: impl Val<Tr>, d: impl Val<Document>) -> String {
    tr.val().t(match d.val() {
        Document::CodeOfConduct => "govern-document-code-of-conduct",
        Document::SocialMedia => "govern-document-social-media",
        Document::DataSharing => "govern-document-data-sharing",
    })
}

impl Val<ChangeKind> for ChangeKind {
    fn val(&self) -> ChangeKind {
        *self
    }
}
impl Val<Process> for Process {
    fn val(&self) -> Process {
        *self
    }
}
impl Val<Document> for Document {
    fn val(&self) -> Document {
        *self
    }
}

/// A consent stance as a word.
pub fn stance_label(tr: Tr, s: Stance) -> String {
    tr.t(match s {
        Stance::Agree => "govern-stance-agree",
        Stance::Abstain => "govern-stance-abstain",
        Stance::Object => "govern-stance-object",
        Stance::Block => "govern-stance-block",
    })
}

/// A closed decision's status (`passed`, `failed`) as a word.
pub fn status_word(tr: impl Val<Tr>, code: &str) -> String {
    tr.val().t1("govern-status", "status", code)
}

/// A mandate's role (steward, curator) inside a sentence.
pub fn role_word(tr: impl Val<Tr>, code: &str) -> String {
    tr.val().t1("govern-role", "role", code)
}

async fn finish<T>(
    account: &convene_app::store::Account,
    ctx: &Ctx,
    back: String,
    r: Result<T, AppError>,
    done: &str,
) -> Result<Response, PageError> {
    let nav = Nav::inside(account, ctx);
    let sep = if back.contains('?') { '&' } else { '?' };
    let to = format!("{back}{sep}done={done}");
    settle(r, super::to(to), |message| async move {
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

fn base(ctx: &Ctx) -> String {
    format!("/c/{}/governance", ctx.community().slug)
}

#[derive(Template)]
#[template(path = "governance.html")]
pub struct GovernancePage {
    pub nav: Nav,
    pub slug: String,
    pub o: Overview,
    pub said: Option<String>,
    pub deliberate: bool,
    pub steward: bool,
    pub now: i64,
    pub kinds: Vec<(&'static str, String)>,
    pub processes: Vec<(&'static str, String)>,
}

impl GovernancePage {
    fn at(&self, t: &i64) -> String {
        when(self.nav.tr, *t)
    }
    fn days_left(&self, t: &i64) -> i64 {
        (t - self.now).div_euclid(86_400)
    }
    fn threshold(&self) -> String {
        super::moderation::tenths(self.nav.tr, self.o.threshold)
    }
    fn action(&self, a: &str) -> String {
        self.nav.t(match a {
            "opened" => "govern-action-opened",
            "passed" => "govern-action-passed",
            "failed" => "govern-action-failed",
            "applied" => "govern-action-applied",
            "rule_set" => "govern-action-rule-set",
            "reminded" => "govern-action-reminded",
            "extended" => "govern-action-extended",
            "ended" => "govern-action-ended",
            _ => "govern-reason-other",
        })
    }
    /// The policies still to accept, in a sentence's list.
    fn pending(&self) -> String {
        let tr = self.nav.tr;
        let items: Vec<String> = self
            .o
            .pending
            .iter()
            .map(|v| {
                tr.t2(
                    "govern-pending-item",
                    "document",
                    v.document.as_str(),
                    "number",
                    v.number,
                )
            })
            .collect();
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                tr.t2("govern-and", "list", rest.join(", "), "last", last.as_str())
            }
            _ => items.concat(),
        }
    }
}

pub async fn overview_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::ViewGovernance>,
    Query(d): Query<Done>,
) -> Result<Response, PageError> {
    let o = st.app.governance(&ctx).await?;
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    Ok(render(&GovernancePage {
        nav,
        slug: ctx.community().slug.clone(),
        o,
        said: said(tr, d.done.as_deref()),
        deliberate: ctx.may(convene_domain::Permission::Deliberate),
        steward: ctx.may(convene_domain::Permission::EditSettings),
        now: st.app.now(),
        kinds: ChangeKind::ALL
            .iter()
            .map(|k| (k.as_str(), kind_label(tr, *k)))
            .collect(),
        processes: Process::ALL
            .iter()
            .map(|p| (p.as_str(), process_label(tr, *p)))
            .collect(),
    }))
}

pub async fn accept_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::AcceptPolicy>,
) -> Result<Response, PageError> {
    let r = st.app.accept_policies(&ctx).await;
    finish(&account, &ctx, base(&ctx), r, "accepted").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RuleForm {
    pub kind: String,
    pub process: String,
    pub quorum: String,
    pub days: String,
    pub reason: String,
}

pub async fn rule_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(f): Form<RuleForm>,
) -> Result<Response, PageError> {
    let r = async {
        let n = |s: &str, field| {
            s.trim()
                .parse::<u32>()
                .map_err(|_| AppError::field(field, "a whole number"))
        };
        let rule = Rule::new(
            ChangeKind::parse(&f.kind)?,
            Process::parse(&f.process)?,
            n(&f.quorum, "quorum")?,
            n(&f.days, "days")?,
        )?;
        let reason = Sentence::parse("reason", &f.reason)?;
        st.app.set_decision_rule(&ctx, rule, &reason).await
    }
    .await;
    finish(&account, &ctx, base(&ctx), r, "rule").await
}

#[derive(Template)]
#[template(path = "governance_policy.html")]
pub struct PolicyPage {
    pub nav: Nav,
    pub slug: String,
    pub document: Document,
    pub versions: Vec<PolicyVersion>,
    pub diff: Vec<DiffLine>,
    pub from: i32,
    pub to: i32,
}

impl PolicyPage {
    fn at(&self, t: &i64) -> String {
        when(self.nav.tr, *t)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DiffQuery {
    pub from: Option<i32>,
    pub to: Option<i32>,
}

pub async fn policy_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::ViewGovernance>,
    Ids(DocumentPath { document }): Ids<DocumentPath>,
    Query(q): Query<DiffQuery>,
) -> Result<Response, PageError> {
    let document = Document::parse(&document).map_err(|_| AppError::NotFound)?;
    let versions: Vec<PolicyVersion> = st
        .app
        .policy_versions(&ctx.require()?)
        .await?
        .into_iter()
        .filter(|v| v.document == document)
        .collect();
    let newest = versions.last().map_or(0, |v| v.number);
    let to = q.to.unwrap_or(newest);
    let from = q.from.unwrap_or(to - 1);
    let diff = if from >= 1 && from != to {
        st.app
            .policy_diff(&ctx.require()?, document, from, to)
            .await?
    } else {
        Vec::new()
    };
    Ok(render(&PolicyPage {
        nav: Nav::inside(&account, &ctx),
        slug: ctx.community().slug.clone(),
        document,
        versions,
        diff,
        from,
        to,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub rationale: String,
    pub kind: String,
    pub document: String,
    pub text: String,
    pub threshold: String,
    pub account_id: String,
    pub mandate_id: String,
    pub days: String,
    pub open: String,
}

impl ProposalForm {
    pub(crate) fn change(&self) -> Result<Change, AppError> {
        let num = |s: &str, field: &'static str| {
            s.trim()
                .parse::<i64>()
                .map_err(|_| AppError::field(field, "a whole number"))
        };
        let days = if self.days.trim().is_empty() {
            convene_domain::mandate::TERM_DAYS
        } else {
            num(&self.days, "days")?
        };
        let int = |s: &str, field| {
            num(s, field)
                .and_then(|n| i32::try_from(n).map_err(|_| AppError::field(field, "too large")))
        };
        Ok(match ChangeKind::parse(&self.kind)? {
            ChangeKind::Policy => Change::Policy {
                document: Document::parse(&self.document)?,
                text: convene_domain::policy::parse_text(&self.text)?,
            },
            ChangeKind::Threshold => {
                // People think in flags: "3" is three members' flags.
                let t: f64 = self
                    .threshold
                    .trim()
                    .replace(',', ".")
                    .parse()
                    .map_err(|_| AppError::field("threshold", "a number such as 3 or 2.5"))?;
                if !(1.0..=20.0).contains(&t) {
                    return Err(AppError::field("threshold", "between 1 and 20"));
                }
                Change::Threshold {
                    threshold: (t * 10.0).round() as i32,
                }
            }
            ChangeKind::NewSteward => Change::NewSteward {
                account_id: int(&self.account_id, "account_id")?,
                days,
            },
            ChangeKind::MandateRenewal => Change::MandateRenewal {
                mandate_id: int(&self.mandate_id, "mandate_id")?,
                days,
            },
            ChangeKind::Boundary => Change::Boundary {
                open: self.open == "open",
            },
        })
    }
}

pub async fn propose_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Deliberate>,
    Form(f): Form<ProposalForm>,
) -> Result<Response, PageError> {
    let r = async {
        let rationale = Sentence::parse("rationale", &f.rationale)?;
        let change = f.change()?;
        st.app
            .propose(&ctx, &f.title, &rationale, vec![change])
            .await
    }
    .await;
    let back = match &r {
        Ok(id) => format!("{}/decisions/{id}", base(&ctx)),
        Err(_) => base(&ctx),
    };
    finish(&account, &ctx, back, r, "proposed").await
}

#[derive(Template)]
#[template(path = "governance_decision.html")]
pub struct DecisionPage {
    pub nav: Nav,
    pub slug: String,
    pub v: DecisionView,
    pub said: Option<String>,
    pub deliberate: bool,
    pub advisers: Vec<(AccountId, String)>,
    pub stances: Vec<(&'static str, String)>,
    pub open: bool,
    /// The Lean Coffee topic it was proposed from: (gathering, topic, title).
    pub from_topic: Option<(i32, i32, String)>,
}

impl DecisionPage {
    fn at(&self, t: &i64) -> String {
        when(self.nav.tr, *t)
    }
    fn process(&self) -> &'static str {
        self.v.decision.process.as_str()
    }
    fn stance(&self, s: &Option<Stance>) -> String {
        s.map_or_else(String::new, |s| stance_label(self.nav.tr, s))
    }
    fn objects(&self, s: &Option<Stance>) -> bool {
        *s == Some(Stance::Object)
    }
    fn checked(&self, s: &str) -> bool {
        self.v
            .mine
            .as_ref()
            .and_then(|m| m.stance)
            .is_some_and(|m| m.as_str() == s)
    }
}

pub async fn decision_get(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::ViewGovernance>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    Query(d): Query<Done>,
) -> Result<Response, PageError> {
    let v = st.app.decision(&ctx, decision_id).await?;
    let deliberate = ctx.may(convene_domain::Permission::Deliberate);
    let advisers = match ctx.require::<can::Deliberate>() {
        Ok(p) if v.proposer && v.decision.process == Process::Advice => {
            st.app.advisers(&p, decision_id).await?
        }
        _ => Vec::new(),
    };
    let open = v.decision.status == convene_app::store::governance::Status::Open
        && (st.app.now() < v.decision.deadline || v.decision.process == Process::Advice);
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    Ok(render(&DecisionPage {
        nav,
        slug: ctx.community().slug.clone(),
        said: said(tr, d.done.as_deref()),
        deliberate,
        advisers,
        stances: Stance::ALL
            .iter()
            .map(|s| (s.as_str(), stance_label(tr, *s)))
            .collect(),
        open,
        from_topic: st.app.topic_of_decision(&ctx, decision_id).await?,
        v,
    }))
}

fn decision_back(ctx: &Ctx, id: DecisionId) -> String {
    format!("{}/decisions/{id}", base(ctx))
}

/// A consent response (`stance`, `reason`) or a ballot: `choice`, `dot_N` or `rank_N`.
pub async fn respond_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Deliberate>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let get = |k: &str| f.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
    let r = async {
        if let Some(s) = f.get("stance") {
            let stance = Stance::parse(s)?;
            return st
                .app
                .consent(&ctx, decision_id, stance, &get("reason"))
                .await;
        }
        let ballot = if f.contains_key("choice") {
            Ballot::Choice(
                get("choice")
                    .parse()
                    .map_err(|_| AppError::field("choice", "choose an option"))?,
            )
        } else {
            let numbered = |prefix: &str| -> Result<Vec<u32>, AppError> {
                (0..=10)
                    .map_while(|i| f.get(&format!("{prefix}{i}")))
                    .map(|v| {
                        let v = v.trim();
                        if v.is_empty() {
                            Ok(0)
                        } else {
                            v.parse::<u32>()
                                .map_err(|_| AppError::field("ballot", "whole numbers only"))
                        }
                    })
                    .collect()
            };
            let dots = numbered("dot_")?;
            if !dots.is_empty() {
                Ballot::Dots(dots)
            } else {
                // rank_N = the place (1 = first) given to option N; blank = not ranked.
                let ranks = numbered("rank_")?;
                let mut placed: Vec<(u32, usize)> = ranks
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| **r > 0)
                    .map(|(o, r)| (*r, o))
                    .collect();
                placed.sort_unstable();
                if placed.windows(2).any(|w| w[0].0 == w[1].0) {
                    return Err(AppError::field("ballot", "give each place only once"));
                }
                Ballot::Ranking(placed.into_iter().map(|(_, o)| o).collect())
            }
        };
        st.app.cast_ballot(&ctx, decision_id, &ballot).await
    }
    .await;
    finish(
        &account,
        &ctx,
        decision_back(&ctx, decision_id),
        r,
        "responded",
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    pub objector: i32,
    pub answer: String,
}

pub async fn answer_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Deliberate>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, PageError> {
    let r = match Sentence::parse("answer", &f.answer) {
        Ok(a) => {
            st.app
                .answer_objection(&ctx, decision_id, AccountId(f.objector), &a)
                .await
        }
        Err(e) => Err(e.into()),
    };
    finish(
        &account,
        &ctx,
        decision_back(&ctx, decision_id),
        r,
        "answered",
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdviceForm {
    pub adviser: i32,
    pub heard: String,
}

pub async fn advice_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Deliberate>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    Form(f): Form<AdviceForm>,
) -> Result<Response, PageError> {
    let r = match Sentence::parse("heard", &f.heard) {
        Ok(h) => {
            st.app
                .record_advice(&ctx, decision_id, AccountId(f.adviser), &h)
                .await
        }
        Err(e) => Err(e.into()),
    };
    finish(
        &account,
        &ctx,
        decision_back(&ctx, decision_id),
        r,
        "advice",
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseForm {
    pub go_ahead: String,
}

pub async fn close_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::Deliberate>,
    Ids(DecisionPath { decision_id }): Ids<DecisionPath>,
    Form(f): Form<CloseForm>,
) -> Result<Response, PageError> {
    let r = st
        .app
        .close_decision(&ctx, decision_id, f.go_ahead == "yes")
        .await;
    finish(
        &account,
        &ctx,
        decision_back(&ctx, decision_id),
        r,
        "closed",
    )
    .await
}
