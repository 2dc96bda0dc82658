//! Decisions (rules per kind of change, proposals, responses, advice), policy versions and
//! acceptances, mandates and the governance log (migration m0041). Closing a decision is a
//! conditional update, so exactly one close applies its change.

use crate::entity::{
    decision, decision_advice, decision_response, decision_rule, governance_entry, mandate,
    policy_acceptance, policy_version,
};
use crate::{Result, StoreError, unique};
use convene_domain::Role;
use convene_domain::decision::{Change, ChangeKind, Process, Rule, Stance};
use convene_domain::ids::{AccountId, CommunityId, DecisionId, MandateId, PolicyVersionId};
use convene_domain::policy::Document;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

fn bad(what: &str) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("unreadable {what}")))
}

/// The rule for one kind of change (consent of three in seven days until the community sets
/// one).
pub async fn rule(
    db: &impl ConnectionTrait,
    community: CommunityId,
    kind: ChangeKind,
) -> Result<Rule> {
    Ok(
        decision_rule::Entity::find_by_id((community.get(), kind.as_str().to_owned()))
            .one(db)
            .await?
            .and_then(|r| rule_of(&r))
            .unwrap_or_else(|| Rule::default_for(kind)),
    )
}

fn rule_of(r: &decision_rule::Model) -> Option<Rule> {
    Some(Rule {
        kind: ChangeKind::parse(&r.kind).ok()?,
        process: Process::parse(&r.process).ok()?,
        quorum: u32::try_from(r.quorum).ok()?,
        days: u32::try_from(r.days).ok()?,
    })
}

/// The rule for every kind of change, in [`ChangeKind::ALL`] order.
pub async fn rules(db: &impl ConnectionTrait, community: CommunityId) -> Result<Vec<Rule>> {
    let set: HashMap<ChangeKind, Rule> = decision_rule::Entity::find()
        .filter(decision_rule::Column::CommunityId.eq(community.get()))
        .all(db)
        .await?
        .iter()
        .filter_map(rule_of)
        .map(|r| (r.kind, r))
        .collect();
    Ok(ChangeKind::ALL
        .into_iter()
        .map(|k| set.get(&k).copied().unwrap_or_else(|| Rule::default_for(k)))
        .collect())
}

pub async fn set_rule(db: &impl ConnectionTrait, community: CommunityId, r: &Rule) -> Result<()> {
    decision_rule::Entity::delete_by_id((community.get(), r.kind.as_str().to_owned()))
        .exec(db)
        .await?;
    decision_rule::ActiveModel {
        community_id: Set(community.get()),
        kind: Set(r.kind.as_str().into()),
        process: Set(r.process.as_str().into()),
        quorum: Set(i32::try_from(r.quorum).unwrap_or(1)),
        days: Set(i32::try_from(r.days).unwrap_or(7)),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Where a decision stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Passed,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Passed => "passed",
            Status::Failed => "failed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub id: DecisionId,
    pub community: CommunityId,
    pub kind: ChangeKind,
    pub process: Process,
    pub quorum: u32,
    /// The rule that governs it, as a sentence, fixed when it opened.
    pub rule: String,
    pub title: String,
    pub rationale: String,
    /// Option 1.. (0, "keep as it is", is not stored).
    pub options: Vec<Change>,
    pub opened_by: AccountId,
    pub opened_at: i64,
    pub deadline: i64,
    pub status: Status,
    pub winner: Option<usize>,
    pub outcome: String,
    pub go_ahead: Option<bool>,
    pub closed_at: Option<i64>,
}

fn decision_of(r: decision::Model) -> Result<Decision> {
    Ok(Decision {
        id: DecisionId(r.id),
        community: CommunityId(r.community_id),
        kind: ChangeKind::parse(&r.kind).map_err(|_| bad("kind"))?,
        process: Process::parse(&r.process).map_err(|_| bad("process"))?,
        quorum: u32::try_from(r.quorum).unwrap_or(1),
        rule: r.rule,
        title: r.title,
        rationale: r.rationale,
        options: serde_json::from_str(&r.options).map_err(|_| bad("options"))?,
        opened_by: AccountId(r.opened_by),
        opened_at: r.opened_at,
        deadline: r.deadline,
        status: match r.status.as_str() {
            "passed" => Status::Passed,
            "failed" => Status::Failed,
            _ => Status::Open,
        },
        winner: r.winner.and_then(|w| usize::try_from(w).ok()),
        outcome: r.outcome,
        go_ahead: r.go_ahead,
        closed_at: r.closed_at,
    })
}

pub struct NewDecision<'a> {
    pub community: CommunityId,
    pub rule: &'a Rule,
    pub title: &'a str,
    pub rationale: &'a str,
    pub options: &'a [Change],
    pub opened_by: AccountId,
    pub now: i64,
}

pub async fn open_decision(db: &impl ConnectionTrait, n: NewDecision<'_>) -> Result<Decision> {
    let options = serde_json::to_string(n.options).map_err(|_| bad("options"))?;
    let row = decision::ActiveModel {
        community_id: Set(n.community.get()),
        kind: Set(n.rule.kind.as_str().into()),
        process: Set(n.rule.process.as_str().into()),
        quorum: Set(i32::try_from(n.rule.quorum).unwrap_or(1)),
        rule: Set(n.rule.describe()),
        title: Set(n.title.into()),
        rationale: Set(n.rationale.into()),
        options: Set(options),
        opened_by: Set(n.opened_by.get()),
        opened_at: Set(n.now),
        deadline: Set(n.now + i64::from(n.rule.days) * 86_400),
        status: Set("open".into()),
        outcome: Set(String::new()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    decision_of(row)
}

pub async fn decision(
    db: &impl ConnectionTrait,
    community: CommunityId,
    id: DecisionId,
) -> Result<Decision> {
    decision_of(
        decision::Entity::find_by_id(id.get())
            .filter(decision::Column::CommunityId.eq(community.get()))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)?,
    )
}

/// A community's decisions, newest first.
pub async fn decisions(db: &impl ConnectionTrait, community: CommunityId) -> Result<Vec<Decision>> {
    decision::Entity::find()
        .filter(decision::Column::CommunityId.eq(community.get()))
        .order_by_desc(decision::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(decision_of)
        .collect()
}

/// Open decisions whose deadline has passed, in any community.
pub async fn due(db: &impl ConnectionTrait, now: i64) -> Result<Vec<(CommunityId, DecisionId)>> {
    Ok(decision::Entity::find()
        .filter(decision::Column::Status.eq("open"))
        .filter(decision::Column::Deadline.lte(now))
        .order_by_asc(decision::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|d| (CommunityId(d.community_id), DecisionId(d.id)))
        .collect())
}

/// Closes an open decision; false when it was closed already (exactly one close wins).
pub async fn close(
    db: &impl ConnectionTrait,
    id: DecisionId,
    status: Status,
    winner: Option<usize>,
    outcome: &str,
    go_ahead: Option<bool>,
    now: i64,
) -> Result<bool> {
    use decision::Column as C;
    let done = decision::Entity::update_many()
        .col_expr(C::Status, Expr::value(status.as_str()))
        .col_expr(
            C::Winner,
            Expr::value(winner.and_then(|w| i32::try_from(w).ok())),
        )
        .col_expr(C::Outcome, Expr::value(outcome))
        .col_expr(C::GoAhead, Expr::value(go_ahead))
        .col_expr(C::ClosedAt, Expr::value(now))
        .filter(C::Id.eq(id.get()))
        .filter(C::Status.eq("open"))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// One person's response to a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub account: AccountId,
    pub stance: Option<Stance>,
    /// A ballot as JSON: an option index, dots per option or a ranking.
    pub ballot: String,
    pub reason: String,
    /// The proposer's answer to an objection.
    pub answer: Option<String>,
    pub at: i64,
}

/// Records (or replaces) someone's response while the decision is open.
pub async fn respond(
    db: &impl ConnectionTrait,
    id: DecisionId,
    account: AccountId,
    stance: Option<Stance>,
    ballot: &str,
    reason: &str,
    now: i64,
) -> Result<()> {
    decision_response::Entity::delete_by_id((id.get(), account.get()))
        .exec(db)
        .await?;
    decision_response::ActiveModel {
        decision_id: Set(id.get()),
        account_id: Set(account.get()),
        stance: Set(stance.map(|s| s.as_str().to_owned())),
        ballot: Set(ballot.into()),
        reason: Set(reason.into()),
        answer: Set(None),
        at: Set(now),
    }
    .insert(db)
    .await
    .map_err(unique("response"))?;
    Ok(())
}

pub async fn responses(db: &impl ConnectionTrait, id: DecisionId) -> Result<Vec<Response>> {
    Ok(decision_response::Entity::find()
        .filter(decision_response::Column::DecisionId.eq(id.get()))
        .order_by_asc(decision_response::Column::At)
        .all(db)
        .await?
        .into_iter()
        .map(|r| Response {
            account: AccountId(r.account_id),
            stance: r.stance.as_deref().and_then(|s| Stance::parse(s).ok()),
            ballot: r.ballot,
            reason: r.reason,
            answer: r.answer,
            at: r.at,
        })
        .collect())
}

/// The proposer answers someone's objection; false when there is no objection by them.
pub async fn answer(
    db: &impl ConnectionTrait,
    id: DecisionId,
    objector: AccountId,
    text: &str,
) -> Result<bool> {
    use decision_response::Column as C;
    let done = decision_response::Entity::update_many()
        .col_expr(C::Answer, Expr::value(text))
        .filter(C::DecisionId.eq(id.get()))
        .filter(C::AccountId.eq(objector.get()))
        .filter(C::Stance.eq("object"))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Whom the decider asked and what they heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub adviser: AccountId,
    pub heard: String,
    pub at: i64,
}

pub async fn add_advice(
    db: &impl ConnectionTrait,
    id: DecisionId,
    adviser: AccountId,
    heard: &str,
    now: i64,
) -> Result<()> {
    decision_advice::ActiveModel {
        decision_id: Set(id.get()),
        adviser_id: Set(adviser.get()),
        heard: Set(heard.into()),
        at: Set(now),
    }
    .insert(db)
    .await
    .map_err(unique("advice"))?;
    Ok(())
}

pub async fn advice(db: &impl ConnectionTrait, id: DecisionId) -> Result<Vec<Advice>> {
    Ok(decision_advice::Entity::find()
        .filter(decision_advice::Column::DecisionId.eq(id.get()))
        .order_by_asc(decision_advice::Column::At)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Advice {
            adviser: AccountId(a.adviser_id),
            heard: a.heard,
            at: a.at,
        })
        .collect())
}

/// One version of a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyVersion {
    pub id: PolicyVersionId,
    pub community: CommunityId,
    pub document: Document,
    pub number: i32,
    pub text: String,
    /// The decision that made it (none for a community's first version).
    pub decision: Option<DecisionId>,
    pub created_at: i64,
}

fn version_of(r: policy_version::Model) -> Result<PolicyVersion> {
    Ok(PolicyVersion {
        id: PolicyVersionId(r.id),
        community: CommunityId(r.community_id),
        document: Document::parse(&r.document).map_err(|_| bad("document"))?,
        number: r.number,
        text: r.text,
        decision: r.decision_id.map(DecisionId),
        created_at: r.created_at,
    })
}

/// Every version of every policy of a community, oldest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<PolicyVersion>> {
    policy_version::Entity::find()
        .filter(policy_version::Column::CommunityId.eq(community.get()))
        .order_by_asc(policy_version::Column::Document)
        .order_by_asc(policy_version::Column::Number)
        .all(db)
        .await?
        .into_iter()
        .map(version_of)
        .collect()
}

/// The newest version of each policy.
pub async fn current(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<PolicyVersion>> {
    let mut newest: Vec<PolicyVersion> = Vec::new();
    for v in versions(db, community).await? {
        match newest.iter_mut().find(|n| n.document == v.document) {
            Some(n) => *n = v,
            None => newest.push(v),
        }
    }
    Ok(newest)
}

/// Adds the next version of a policy (numbered after the newest).
pub async fn add_version(
    db: &impl ConnectionTrait,
    community: CommunityId,
    document: Document,
    text: &str,
    decision: Option<DecisionId>,
    now: i64,
) -> Result<PolicyVersion> {
    let number = current(db, community)
        .await?
        .iter()
        .find(|v| v.document == document)
        .map_or(1, |v| v.number + 1);
    let row = policy_version::ActiveModel {
        community_id: Set(community.get()),
        document: Set(document.as_str().into()),
        number: Set(number),
        text: Set(text.into()),
        decision_id: Set(decision.map(DecisionId::get)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("policy version"))?;
    version_of(row)
}

/// Records that someone accepted a version (accepting twice is one acceptance).
pub async fn accept(
    db: &impl ConnectionTrait,
    community: CommunityId,
    version: PolicyVersionId,
    account: AccountId,
    now: i64,
) -> Result<()> {
    if policy_acceptance::Entity::find_by_id((version.get(), account.get()))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    policy_acceptance::ActiveModel {
        version_id: Set(version.get()),
        account_id: Set(account.get()),
        community_id: Set(community.get()),
        at: Set(now),
    }
    .insert(db)
    .await
    .map_err(unique("acceptance"))?;
    Ok(())
}

/// The current versions this person has not accepted yet.
pub async fn pending(
    db: &impl ConnectionTrait,
    community: CommunityId,
    account: AccountId,
) -> Result<Vec<PolicyVersion>> {
    let current = current(db, community).await?;
    if current.is_empty() {
        return Ok(current);
    }
    let accepted: Vec<i32> = policy_acceptance::Entity::find()
        .filter(policy_acceptance::Column::CommunityId.eq(community.get()))
        .filter(policy_acceptance::Column::AccountId.eq(account.get()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.version_id)
        .collect();
    Ok(current
        .into_iter()
        .filter(|v| !accepted.contains(&v.id.get()))
        .collect())
}

/// Whether [`pending`] is not empty, without reading the policies' texts: it is asked on every
/// request inside a community.
pub async fn has_pending(
    db: &impl ConnectionTrait,
    community: CommunityId,
    account: AccountId,
) -> Result<bool> {
    let versions: Vec<(i32, String, i32)> = policy_version::Entity::find()
        .select_only()
        .columns([
            policy_version::Column::Id,
            policy_version::Column::Document,
            policy_version::Column::Number,
        ])
        .filter(policy_version::Column::CommunityId.eq(community.get()))
        .into_tuple()
        .all(db)
        .await?;
    let newest: Vec<i32> = versions
        .iter()
        .filter(|(_, doc, n)| !versions.iter().any(|(_, d, m)| d == doc && m > n))
        .map(|(id, _, _)| *id)
        .collect();
    if newest.is_empty() {
        return Ok(false);
    }
    let accepted = policy_acceptance::Entity::find()
        .filter(policy_acceptance::Column::AccountId.eq(account.get()))
        .filter(policy_acceptance::Column::VersionId.is_in(newest.clone()))
        .count(db)
        .await?;
    Ok((accepted as usize) < newest.len())
}

/// A steward's or curator's term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mandate {
    pub id: MandateId,
    pub community: CommunityId,
    pub account: AccountId,
    pub role: Role,
    pub starts_at: i64,
    pub ends_at: i64,
    pub reminded_at: Option<i64>,
    /// When the log said that this last steward's term runs on.
    pub extended_at: Option<i64>,
    pub decision: Option<DecisionId>,
}

fn mandate_of(r: mandate::Model) -> Result<Mandate> {
    Ok(Mandate {
        id: MandateId(r.id),
        community: CommunityId(r.community_id),
        account: AccountId(r.account_id),
        role: Role::parse(&r.role).ok_or_else(|| bad("role"))?,
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        reminded_at: r.reminded_at,
        extended_at: r.extended_at,
        decision: r.decision_id.map(DecisionId),
    })
}

/// Gives someone a term in a role, replacing the one they had.
pub async fn set_mandate(
    db: &impl ConnectionTrait,
    community: CommunityId,
    account: AccountId,
    role: Role,
    (starts_at, ends_at): (i64, i64),
    decision: Option<DecisionId>,
) -> Result<Mandate> {
    mandate::Entity::delete_many()
        .filter(mandate::Column::CommunityId.eq(community.get()))
        .filter(mandate::Column::AccountId.eq(account.get()))
        .filter(mandate::Column::Role.eq(role.as_str()))
        .exec(db)
        .await?;
    let row = mandate::ActiveModel {
        community_id: Set(community.get()),
        account_id: Set(account.get()),
        role: Set(role.as_str().into()),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        decision_id: Set(decision.map(DecisionId::get)),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("mandate"))?;
    mandate_of(row)
}

/// A community's mandates, the soonest to end first.
pub async fn mandates(db: &impl ConnectionTrait, community: CommunityId) -> Result<Vec<Mandate>> {
    mandate::Entity::find()
        .filter(mandate::Column::CommunityId.eq(community.get()))
        .order_by_asc(mandate::Column::EndsAt)
        .order_by_asc(mandate::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(mandate_of)
        .collect()
}

/// Every mandate that ends before `before`, in any community (the sweep).
pub async fn ending_before(db: &impl ConnectionTrait, before: i64) -> Result<Vec<Mandate>> {
    mandate::Entity::find()
        .filter(mandate::Column::EndsAt.lt(before))
        .order_by_asc(mandate::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(mandate_of)
        .collect()
}

pub async fn mandate(
    db: &impl ConnectionTrait,
    community: CommunityId,
    id: MandateId,
) -> Result<Mandate> {
    mandate_of(
        mandate::Entity::find_by_id(id.get())
            .filter(mandate::Column::CommunityId.eq(community.get()))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)?,
    )
}

/// A renewal: the term now ends at `ends_at` (reminder and run-on notes start afresh).
pub async fn renew(
    db: &impl ConnectionTrait,
    id: MandateId,
    ends_at: i64,
    decision: DecisionId,
) -> Result<()> {
    use mandate::Column as C;
    mandate::Entity::update_many()
        .col_expr(C::EndsAt, Expr::value(ends_at))
        .col_expr(C::DecisionId, Expr::value(decision.get()))
        .col_expr(C::RemindedAt, Expr::value(Option::<i64>::None))
        .col_expr(C::ExtendedAt, Expr::value(Option::<i64>::None))
        .filter(C::Id.eq(id.get()))
        .exec(db)
        .await?;
    Ok(())
}

/// Notes the reminder once; false when it was sent already.
pub async fn mark_reminded(db: &impl ConnectionTrait, id: MandateId, now: i64) -> Result<bool> {
    use mandate::Column as C;
    let done = mandate::Entity::update_many()
        .col_expr(C::RemindedAt, Expr::value(now))
        .filter(C::Id.eq(id.get()))
        .filter(C::RemindedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Notes once that this last steward's term runs on; false when noted already.
pub async fn mark_extended(db: &impl ConnectionTrait, id: MandateId, now: i64) -> Result<bool> {
    use mandate::Column as C;
    let done = mandate::Entity::update_many()
        .col_expr(C::ExtendedAt, Expr::value(now))
        .filter(C::Id.eq(id.get()))
        .filter(C::ExtendedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

pub async fn end_mandate(db: &impl ConnectionTrait, id: MandateId) -> Result<()> {
    mandate::Entity::delete_by_id(id.get()).exec(db).await?;
    Ok(())
}

/// One line of the governance log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: i64,
    pub action: String,
    pub decision: Option<DecisionId>,
    pub account: Option<AccountId>,
    pub reason: String,
}

pub async fn log(
    db: &impl ConnectionTrait,
    community: CommunityId,
    at: i64,
    action: &str,
    decision: Option<DecisionId>,
    account: Option<AccountId>,
    reason: &str,
) -> Result<()> {
    governance_entry::ActiveModel {
        community_id: Set(community.get()),
        at: Set(at),
        action: Set(action.into()),
        decision_id: Set(decision.map(DecisionId::get)),
        account_id: Set(account.map(AccountId::get)),
        reason: Set(reason.into()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The governance log, newest first.
pub async fn entries(db: &impl ConnectionTrait, community: CommunityId) -> Result<Vec<Entry>> {
    Ok(governance_entry::Entity::find()
        .filter(governance_entry::Column::CommunityId.eq(community.get()))
        .order_by_desc(governance_entry::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| Entry {
            at: e.at,
            action: e.action,
            decision: e.decision_id.map(DecisionId),
            account: e.account_id.map(AccountId),
            reason: e.reason,
        })
        .collect())
}
