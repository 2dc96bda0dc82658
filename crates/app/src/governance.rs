//! Decisions on the community's own rules and roles, policies and mandates. A change applies
//! only when its decision passes, in the same unit of work that closes the decision, and the
//! record names the rule that governed it. Members accept the current policies before they
//! post (checked in [`App::change`], the one door for writes); a steward's or curator's term
//! that ended takes the role at once ([`App::roles_in_force`], in `App::ctx` and
//! `App::change`), except for the last steward, whose term runs on (and the log says so).

use crate::Message;
use crate::unit::{Job, Unit};
use crate::{Allowed, App, AppError, Result, System, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::decision::{self as rules, Ballot, Change, Process, Rule, Stance, Tally};
use convene_domain::ids::{AccountId, CommunityId, DecisionId, MandateId};
use convene_domain::mandate::{self, Term};
use convene_domain::moderation::Sentence;
use convene_domain::policy::Document;
use convene_domain::{Role, RoleSet};
use convene_store::governance::{
    self as store, Advice, Decision, Entry, Mandate, NewDecision, PolicyVersion, Response, Status,
};
use convene_store::store_db::ConnectionTrait;
use convene_store::{StoreError, accounts, communities, moderation};
use std::collections::HashMap;

/// A decision as a member reads it.
#[derive(Debug, Clone)]
pub struct DecisionView {
    pub decision: Decision,
    /// Each response with the responder's name.
    pub responses: Vec<(Response, String)>,
    pub advice: Vec<(Advice, String)>,
    /// Where the count stands now (for an open decision: as if it closed now).
    pub tally: Tally,
    pub mine: Option<Response>,
    /// The caller proposed it (answers objections; decides an advice process).
    pub proposer: bool,
    pub proposer_name: String,
    /// Whether the caller may close it now.
    pub may_close: bool,
    /// What each option would do, in words (index 0 is "keep as it is" for votes).
    pub options: Vec<String>,
}

/// The governance page: rules, policies, decisions, mandates, the log.
#[derive(Debug, Clone)]
pub struct Overview {
    pub rules: Vec<Rule>,
    pub policies: Vec<PolicyVersion>,
    /// Current versions the caller has not accepted.
    pub pending: Vec<PolicyVersion>,
    pub decisions: Vec<Decision>,
    /// Mandates with the holder's name.
    pub mandates: Vec<(Mandate, String)>,
    pub log: Vec<(Entry, String)>,
    pub threshold: i32,
    pub open: bool,
}

/// One line of a diff between two policy versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    /// '+' added, '-' removed, ' ' unchanged.
    pub tag: char,
    pub text: String,
}

/// A time in words for messages and the log (UTC).
pub fn when(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

fn community_subject(c: CommunityId) -> Subject {
    Subject::new(SubjectKind::Community, c.get())
}

fn options_count(d: &Decision) -> usize {
    d.options.len() + 1
}

/// The tally of a decision from its responses and advice; `go_ahead` is the advice
/// decider's choice.
pub fn tally(d: &Decision, responses: &[Response], advice: usize, go_ahead: bool) -> Tally {
    match d.process {
        Process::Consent => {
            let r: Vec<(Stance, bool)> = responses
                .iter()
                .filter_map(|r| Some((r.stance?, r.answer.is_some())))
                .collect();
            rules::consent(&r, d.quorum)
        }
        Process::Advice => rules::advice(advice, d.quorum, go_ahead),
        p => {
            let ballots: Vec<Ballot> = responses
                .iter()
                .filter_map(|r| serde_json::from_str(&r.ballot).ok())
                .collect();
            rules::tally_votes(p, &ballots, options_count(d), d.quorum)
        }
    }
}

impl App {
    /// The member's roles as they are in force now: a steward's or curator's role whose term
    /// ended is left out, except the last steward's.
    pub(crate) async fn roles_in_force(
        &self,
        db: &impl ConnectionTrait,
        community: i32,
        account: i32,
        roles: RoleSet,
    ) -> Result<RoleSet> {
        if !mandate::TERMED.iter().any(|r| roles.contains(*r)) {
            return Ok(roles);
        }
        let now = self.now();
        let all = store::mandates(db, CommunityId(community)).await?;
        let terms: Vec<Term> = all
            .iter()
            .filter(|m| m.account.get() == account)
            .map(|m| Term {
                role: m.role,
                ends_at: m.ends_at,
            })
            .collect();
        if !terms.iter().any(|t| t.ends_at <= now) {
            return Ok(roles);
        }
        let others = self
            .stewards_in_force(db, community, account, &all, now)
            .await?;
        Ok(mandate::in_force(roles, &terms, now, others).0)
    }

    /// Stewards other than `except` whose term still runs (or who have none).
    async fn stewards_in_force(
        &self,
        db: &impl ConnectionTrait,
        community: i32,
        except: i32,
        all: &[Mandate],
        now: i64,
    ) -> Result<usize> {
        Ok(communities::with_role(db, community, Role::Steward)
            .await?
            .iter()
            .filter(|m| m.account_id != except)
            .filter(|m| {
                !all.iter().any(|t| {
                    t.account.get() == m.account_id && t.role == Role::Steward && t.ends_at <= now
                })
            })
            .count())
    }

    /// Whether the member has current policies to accept before posting.
    pub(crate) async fn policies_pending(
        &self,
        db: &impl ConnectionTrait,
        community: i32,
        account: i32,
    ) -> Result<bool> {
        Ok(store::has_pending(db, CommunityId(community), AccountId(account)).await?)
    }

    /// The governance page.
    pub async fn governance(&self, ctx: &Allowed<can::ViewGovernance>) -> Result<Overview> {
        let db = self.store.conn();
        let community = CommunityId(ctx.community.id);
        let me = ctx.member.account_id;
        let mandates = store::mandates(db, community).await?;
        let log = store::entries(db, community).await?;
        let mut ids: Vec<i32> = mandates.iter().map(|m| m.account.get()).collect();
        ids.extend(log.iter().filter_map(|e| e.account.map(AccountId::get)));
        let names = accounts::names(db, &ids).await?;
        let name = |a: AccountId| names.get(&a.get()).cloned().unwrap_or_default();
        Ok(Overview {
            rules: store::rules(db, community).await?,
            policies: store::current(db, community).await?,
            pending: store::pending(db, community, me).await?,
            decisions: store::decisions(db, community).await?,
            mandates: mandates
                .into_iter()
                .map(|m| {
                    let n = name(m.account);
                    (m, n)
                })
                .collect(),
            log: log
                .into_iter()
                .map(|e| {
                    let n = e.account.map(name).unwrap_or_default();
                    (e, n)
                })
                .collect(),
            threshold: moderation::policy(db, community).await?.threshold,
            open: ctx.community.open,
        })
    }

    /// Every version of every policy, oldest first.
    pub async fn policy_versions(
        &self,
        ctx: &Allowed<can::ViewGovernance>,
    ) -> Result<Vec<PolicyVersion>> {
        Ok(store::versions(self.store.conn(), CommunityId(ctx.community.id)).await?)
    }

    /// The lines that changed between two versions of a policy.
    pub async fn policy_diff(
        &self,
        ctx: &Allowed<can::ViewGovernance>,
        document: Document,
        from: i32,
        to: i32,
    ) -> Result<Vec<DiffLine>> {
        let all = self.policy_versions(ctx).await?;
        let text = |n: i32| {
            all.iter()
                .find(|v| v.document == document && v.number == n)
                .map(|v| v.text.clone())
                .ok_or(AppError::NotFound)
        };
        let (a, b) = (text(from)?, text(to)?);
        Ok(diff(&a, &b))
    }

    /// Accepts every current policy (the one write allowed before accepting).
    pub async fn accept_policies(&self, ctx: &Allowed<can::AcceptPolicy>) -> Result<usize> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let me = ctx.member.account_id;
        let pending = store::pending(&u.tx, community, me).await?;
        let now = self.now();
        for v in &pending {
            store::accept(&u.tx, community, v.id, me, now).await?;
            u.audit(
                "policy.accept",
                community_subject(community),
                &format!("{} version {}", v.document.as_str(), v.number),
                "",
            );
        }
        self.commit(u).await?;
        Ok(pending.len())
    }

    /// A steward sets which process decides a kind of change (audited, with a reason).
    pub async fn set_decision_rule(
        &self,
        ctx: &Allowed<can::EditSettings>,
        rule: Rule,
        reason: &Sentence,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        store::set_rule(&u.tx, community, &rule).await?;
        store::log(
            &u.tx,
            community,
            self.now(),
            "rule_set",
            None,
            Some(ctx.member.account_id),
            &format!("{}. {}", rule.describe(), reason.as_str()),
        )
        .await?;
        u.audit(
            "governance.rule",
            community_subject(community),
            &rule.describe(),
            reason.as_str(),
        );
        self.commit(u).await
    }

    /// Opens a decision on one change (consent, advice) or among several (votes), under the
    /// rule the community set for that kind of change.
    pub async fn propose(
        &self,
        ctx: &Allowed<can::Deliberate>,
        title: &str,
        rationale: &Sentence,
        options: Vec<Change>,
    ) -> Result<DecisionId> {
        let mut u = self.change(ctx).await?;
        let d = self
            .propose_in(&mut u, ctx, title, rationale, options)
            .await?;
        self.commit(u).await?;
        Ok(d)
    }

    /// [`App::propose`] inside a unit of work that is already open, so a caller can record
    /// where the proposal came from in the same transaction (a Lean Coffee topic).
    pub(crate) async fn propose_in(
        &self,
        u: &mut Unit,
        ctx: &Allowed<can::Deliberate>,
        title: &str,
        rationale: &Sentence,
        options: Vec<Change>,
    ) -> Result<DecisionId> {
        let title = title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            return Err(Message::t("error-chars-range")
                .text("min", 1)
                .text("max", 200)
                .field("title"));
        }
        let Some(kind) = options.first().map(Change::kind) else {
            return Err(Message::t("error-options-none").field("options"));
        };
        if options.len() > 10 || options.iter().any(|o| o.kind() != kind) {
            return Err(Message::t("error-options-same-kind")
                .text("max", 10)
                .field("options"));
        }
        for o in &options {
            o.check()?;
        }
        let community = CommunityId(ctx.community.id);
        let rule = store::rule(&u.tx, community, kind).await?;
        if !rule.process.is_vote() && options.len() != 1 {
            return Err(Message::t("error-options-one").field("options"));
        }
        for o in &options {
            self.check_applicable(&u.tx, community, o).await?;
        }
        let now = self.now();
        let d = store::open_decision(
            &u.tx,
            NewDecision {
                community,
                rule: &rule,
                title,
                rationale: rationale.as_str(),
                options: &options,
                opened_by: ctx.member.account_id,
                now,
            },
        )
        .await?;
        store::log(
            &u.tx,
            community,
            now,
            "opened",
            Some(d.id),
            Some(ctx.member.account_id),
            &format!("{title}. Rule: {}.", rule.describe()),
        )
        .await?;
        u.audit(
            "decision.open",
            community_subject(community),
            &format!("decision {}: {}", d.id, rule.describe()),
            rationale.as_str(),
        );
        Ok(d.id)
    }

    /// Whether a change could apply now (the person exists here, the mandate exists).
    async fn check_applicable(
        &self,
        db: &impl ConnectionTrait,
        community: CommunityId,
        c: &Change,
    ) -> Result<()> {
        match c {
            Change::NewSteward { account_id, .. } => {
                let m = communities::membership(db, community.get(), *account_id)
                    .await?
                    .ok_or(Message::t("error-not-a-member").field("account_id"))?;
                if communities::roles(db, m.id).await?.is_guest() {
                    return Err(Message::t("error-guest-not-steward").field("account_id"));
                }
                Ok(())
            }
            Change::MandateRenewal { mandate_id, .. } => {
                store::mandate(db, community, MandateId(*mandate_id))
                    .await
                    .map_err(|_| Message::t("error-no-such-mandate").field("mandate_id"))?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    async fn open_decision_in(
        &self,
        u: &Unit,
        community: CommunityId,
        id: DecisionId,
    ) -> Result<Decision> {
        let d = store::decision(&u.tx, community, id).await?;
        if d.status != Status::Open {
            return Err(Message::t("error-decision-closed").conflict());
        }
        if self.now() >= d.deadline && d.process != Process::Advice {
            return Err(Message::t("error-decision-deadline-passed").conflict());
        }
        Ok(d)
    }

    /// A consent response (agree, abstain, object, block); an objection or a block needs a
    /// reason. Responding again replaces one's response.
    pub async fn consent(
        &self,
        ctx: &Allowed<can::Deliberate>,
        id: DecisionId,
        stance: Stance,
        reason: &str,
    ) -> Result<()> {
        let reason = reason.trim();
        if reason.chars().count() > 2000 {
            return Err(Message::t("error-at-most-chars")
                .text("max", 2000)
                .field("reason"));
        }
        if matches!(stance, Stance::Object | Stance::Block) {
            Sentence::parse("reason", reason)?;
        }
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let d = self.open_decision_in(&u, community, id).await?;
        if d.process != Process::Consent {
            return Err(Message::t("error-decision-not-consent")
                .text("process", d.process.as_str())
                .conflict());
        }
        store::respond(
            &u.tx,
            id,
            ctx.member.account_id,
            Some(stance),
            "",
            reason,
            self.now(),
        )
        .await?;
        u.audit(
            "decision.respond",
            community_subject(community),
            &format!("decision {id}: {}", stance.as_str()),
            reason,
        );
        self.commit(u).await
    }

    /// A vote (majority, dots, ranking). Voting again replaces one's ballot.
    pub async fn cast_ballot(
        &self,
        ctx: &Allowed<can::Deliberate>,
        id: DecisionId,
        ballot: &Ballot,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let d = self.open_decision_in(&u, community, id).await?;
        if !d.process.is_vote() {
            return Err(Message::t("error-decision-not-vote")
                .text("process", d.process.as_str())
                .conflict());
        }
        if !ballot.fits(d.process, options_count(&d)) {
            return Err(match d.process {
                Process::Dot => Message::t("error-ballot-dots").text("max", 3),
                Process::RankedChoice => Message::t("error-ballot-ranked"),
                _ => Message::t("error-ballot-one"),
            }
            .field("ballot"));
        }
        let json = serde_json::to_string(ballot).map_err(|e| AppError::Internal(e.to_string()))?;
        store::respond(
            &u.tx,
            id,
            ctx.member.account_id,
            None,
            &json,
            "",
            self.now(),
        )
        .await?;
        u.audit(
            "decision.vote",
            community_subject(community),
            &format!("decision {id}"),
            "",
        );
        self.commit(u).await
    }

    /// The proposer answers an objection (consent passes only when every objection is
    /// answered).
    pub async fn answer_objection(
        &self,
        ctx: &Allowed<can::Deliberate>,
        id: DecisionId,
        objector: AccountId,
        answer: &Sentence,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let d = self.open_decision_in(&u, community, id).await?;
        if d.opened_by != ctx.member.account_id {
            return Err(Message::t("error-decision-answers").refused());
        }
        if !store::answer(&u.tx, id, objector, answer.as_str()).await? {
            return Err(AppError::NotFound);
        }
        u.audit(
            "decision.answer",
            community_subject(community),
            &format!("decision {id}: objection of account {objector}"),
            answer.as_str(),
        );
        self.commit(u).await
    }

    /// The decider of an advice process records whom they asked and what they heard.
    pub async fn record_advice(
        &self,
        ctx: &Allowed<can::Deliberate>,
        id: DecisionId,
        adviser: AccountId,
        heard: &Sentence,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let d = self.open_decision_in(&u, community, id).await?;
        if d.process != Process::Advice {
            return Err(Message::t("error-advice-only").conflict());
        }
        if d.opened_by != ctx.member.account_id {
            return Err(Message::t("error-advice-decider").refused());
        }
        if adviser == ctx.member.account_id
            || communities::membership(&u.tx, community.get(), adviser.get())
                .await?
                .is_none()
        {
            return Err(Message::t("error-adviser-other").field("adviser"));
        }
        store::add_advice(&u.tx, id, adviser, heard.as_str(), self.now())
            .await
            .map_err(|e| match e {
                StoreError::Duplicate(_) => Message::t("error-advice-recorded").conflict(),
                e => e.into(),
            })?;
        u.audit(
            "decision.advice",
            community_subject(community),
            &format!("decision {id}: advice of account {adviser}"),
            heard.as_str(),
        );
        self.commit(u).await
    }

    /// People to ask for advice: those tied in the collaboration network to the decider or to
    /// a person the change names, strongest ties first, only among people who agreed that
    /// others may see them (opt-outs are not in the network at all).
    pub async fn advisers(
        &self,
        ctx: &Allowed<can::Deliberate>,
        id: DecisionId,
    ) -> Result<Vec<(AccountId, String)>> {
        let community = CommunityId(ctx.community.id);
        let db = self.store.conn();
        let d = store::decision(db, community, id).await?;
        let mut affected = vec![d.opened_by.get()];
        for o in &d.options {
            match o {
                Change::NewSteward { account_id, .. } => affected.push(*account_id),
                Change::MandateRenewal { mandate_id, .. } => {
                    if let Ok(m) = store::mandate(db, community, MandateId(*mandate_id)).await {
                        affected.push(m.account.get());
                    }
                }
                _ => {}
            }
        }
        let (activity, left_out) = self.network_input(community.get()).await?;
        let net = crate::network::build(&activity, &left_out);
        let shown = self.sharing_metrics(community.get()).await?;
        let mut weight: HashMap<i32, f64> = HashMap::new();
        for (&(a, b), &w) in &net.ties {
            for (x, y) in [(a, b), (b, a)] {
                if affected.contains(&x) && !affected.contains(&y) {
                    *weight.entry(y).or_default() += w;
                }
            }
        }
        // The people the change names are affected themselves.
        for a in &affected[1..] {
            weight.entry(*a).or_insert(f64::MAX);
        }
        let mut picks: Vec<(i32, f64)> = weight
            .into_iter()
            .filter(|(a, _)| *a != d.opened_by.get())
            .filter(|(a, _)| shown.contains(a) || affected.contains(a))
            .collect();
        picks.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        picks.truncate(10);
        let ids: Vec<i32> = picks.iter().map(|p| p.0).collect();
        let names = accounts::names(db, &ids).await?;
        Ok(picks
            .into_iter()
            .filter_map(|(a, _)| Some((AccountId(a), names.get(&a)?.clone())))
            .collect())
    }

    /// A decision with its responses and where the count stands.
    pub async fn decision(
        &self,
        ctx: &Allowed<can::ViewGovernance>,
        id: DecisionId,
    ) -> Result<DecisionView> {
        let db = self.store.conn();
        let community = CommunityId(ctx.community.id);
        let d = store::decision(db, community, id).await?;
        let responses = store::responses(db, id).await?;
        let advice = store::advice(db, id).await?;
        let mut ids: Vec<i32> = responses.iter().map(|r| r.account.get()).collect();
        ids.extend(advice.iter().map(|a| a.adviser.get()));
        ids.push(d.opened_by.get());
        let names = accounts::names(db, &ids).await?;
        let name = |a: AccountId| names.get(&a.get()).cloned().unwrap_or_default();
        let me = ctx.member.account_id;
        let proposer = d.opened_by == me;
        let tally = if d.status == Status::Open {
            tally(&d, &responses, advice.len(), true)
        } else {
            Tally {
                passed: d.status == Status::Passed,
                winner: d.winner,
                why: d.outcome.clone(),
            }
        };
        let deliberate = ctx.may(convene_domain::Permission::Deliberate);
        let may_close = deliberate
            && d.status == Status::Open
            && (self.now() >= d.deadline || (d.process == Process::Advice && proposer));
        let mut options: Vec<String> = Vec::new();
        if d.process.is_vote() {
            options.push("Keep it as it is".into());
        }
        for o in &d.options {
            options.push(self.describe_change(db, community, o).await?);
        }
        Ok(DecisionView {
            mine: responses.iter().find(|r| r.account == me).cloned(),
            responses: responses
                .into_iter()
                .map(|r| {
                    let n = name(r.account);
                    (r, n)
                })
                .collect(),
            advice: advice
                .into_iter()
                .map(|a| {
                    let n = name(a.adviser);
                    (a, n)
                })
                .collect(),
            proposer_name: name(d.opened_by),
            tally,
            proposer,
            may_close,
            options,
            decision: d,
        })
    }

    /// What a change would do, in words.
    async fn describe_change(
        &self,
        db: &impl ConnectionTrait,
        community: CommunityId,
        c: &Change,
    ) -> Result<String> {
        Ok(match c {
            Change::Policy { document, .. } => {
                format!("A new version of the {}", document.label().to_lowercase())
            }
            Change::Threshold { threshold } => format!(
                "Flags hide content at weight {} (a member's flag weighs 1)",
                f64::from(*threshold) / 10.0
            ),
            Change::NewSteward { account_id, days } => {
                let n = accounts::names(db, &[*account_id]).await?;
                format!(
                    "{} becomes a steward for {days} days",
                    n.get(account_id).cloned().unwrap_or_default()
                )
            }
            Change::MandateRenewal { mandate_id, days } => {
                match store::mandate(db, community, MandateId(*mandate_id)).await {
                    Ok(m) => {
                        let n = accounts::names(db, &[m.account.get()]).await?;
                        format!(
                            "{}'s term as {} runs {days} days longer",
                            n.get(&m.account.get()).cloned().unwrap_or_default(),
                            m.role.label().to_lowercase()
                        )
                    }
                    Err(_) => "A mandate that no longer exists".into(),
                }
            }
            Change::Boundary { open } => if *open {
                "Anyone signed in may join"
            } else {
                "People join by invitation only"
            }
            .into(),
        })
    }

    /// Closes a decision: a consent or vote after its deadline (anyone taking part may), an
    /// advice process when its decider decides (`go_ahead`) or after the deadline. When it
    /// passes, the change applies in the same unit of work.
    pub async fn close_decision(
        &self,
        ctx: &Allowed<can::Deliberate>,
        id: DecisionId,
        go_ahead: bool,
    ) -> Result<Tally> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let d = store::decision(&u.tx, community, id).await?;
        let now = self.now();
        let proposer = d.opened_by == ctx.member.account_id;
        if d.status != Status::Open {
            return Err(Message::t("error-decision-closed-already").conflict());
        }
        if now < d.deadline && !(d.process == Process::Advice && proposer) {
            return Err(Message::t("error-decision-closes-at")
                .moment("deadline", d.deadline)
                .conflict());
        }
        let t = self.close_in(&mut u, &d, go_ahead && proposer).await?;
        self.commit(u).await?;
        Ok(t)
    }

    /// Tallies, closes (a conditional update: one close wins) and, if passed, applies.
    async fn close_in(&self, u: &mut Unit, d: &Decision, go_ahead: bool) -> Result<Tally> {
        let responses = store::responses(&u.tx, d.id).await?;
        let advice = store::advice(&u.tx, d.id).await?.len();
        let mut t = tally(d, &responses, advice, go_ahead);
        let change = t
            .winner
            .filter(|_| t.passed)
            .and_then(|w| d.options.get(w.saturating_sub(1)).cloned());
        if let Some(c) = &change
            && let Err(e) = self.check_applicable(&u.tx, d.community, c).await
        {
            t = Tally {
                passed: false,
                winner: None,
                why: format!("{} But it cannot apply: {e}.", t.why),
            };
        }
        let now = self.now();
        let status = if t.passed {
            Status::Passed
        } else {
            Status::Failed
        };
        let go = (d.process == Process::Advice).then_some(go_ahead);
        if !store::close(&u.tx, d.id, status, t.winner, &t.why, go, now).await? {
            return Err(Message::t("error-decision-closed-meanwhile").conflict());
        }
        store::log(
            &u.tx,
            d.community,
            now,
            status.as_str(),
            Some(d.id),
            None,
            &format!("{} {} Rule: {}.", d.title, t.why, d.rule),
        )
        .await?;
        u.audit_in(
            Some(d.community),
            u.actor(),
            "decision.close",
            community_subject(d.community),
            &format!("decision {} {}: {}", d.id, status.as_str(), d.rule),
            &t.why,
        );
        if let (true, Some(c)) = (t.passed, change) {
            self.apply(u, d, &c).await?;
        }
        Ok(t)
    }

    /// Applies a passed decision's change, naming the rule that governed it.
    async fn apply(&self, u: &mut Unit, d: &Decision, c: &Change) -> Result<()> {
        let community = d.community;
        let now = self.now();
        let what = match c {
            Change::Policy { document, text } => {
                let v =
                    store::add_version(&u.tx, community, *document, text, Some(d.id), now).await?;
                format!("{} version {} in force", document.label(), v.number)
            }
            Change::Threshold { threshold } => {
                let mut p = moderation::policy(&u.tx, community).await?;
                p.threshold = *threshold;
                moderation::set_policy(&u.tx, community, &p).await?;
                format!(
                    "flags now hide content at weight {}",
                    f64::from(*threshold) / 10.0
                )
            }
            Change::NewSteward { account_id, days } => {
                let m = communities::membership(&u.tx, community.get(), *account_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let roles = communities::roles(&u.tx, m.id).await?;
                let with = RoleSet::new(false, roles.named().chain([Role::Steward]));
                communities::set_roles(&u.tx, m.id, with).await?;
                store::set_mandate(
                    &u.tx,
                    community,
                    AccountId(*account_id),
                    Role::Steward,
                    (now, now + days * 86_400),
                    Some(d.id),
                )
                .await?;
                format!("a new steward, for {days} days")
            }
            Change::MandateRenewal { mandate_id, days } => {
                let m = store::mandate(&u.tx, community, MandateId(*mandate_id)).await?;
                let until = m.ends_at.max(now) + days * 86_400;
                store::renew(&u.tx, m.id, until, d.id).await?;
                format!(
                    "a {} term renewed for {days} days",
                    m.role.label().to_lowercase()
                )
            }
            Change::Boundary { open } => {
                let cm = communities::get(&u.tx, community.get()).await?;
                communities::update(&u.tx, cm.id, &cm.name, &cm.purpose, *open).await?;
                if *open {
                    "anyone signed in may join".into()
                } else {
                    "joining by invitation only".into()
                }
            }
        };
        store::log(
            &u.tx,
            community,
            now,
            "applied",
            Some(d.id),
            None,
            &format!("Applied: {what}. Rule: {}.", d.rule),
        )
        .await?;
        u.audit_in(
            Some(community),
            u.actor(),
            "decision.apply",
            community_subject(community),
            &format!("decision {} ({}): {what}", d.id, d.kind.as_str()),
            &d.rule,
        );
        if matches!(c, Change::NewSteward { .. }) {
            u.job(Job::Network(community));
        }
        Ok(())
    }

    /// The background work of governance (hourly, from `serve`): closes decisions whose
    /// deadline passed, reminds holders of terms that end soon, ends terms that ended (the
    /// last steward's runs on, and the log says so). Returns how many things it did.
    pub async fn govern(&self, system: &System) -> Result<usize> {
        let mut n = 0;
        for (community, id) in store::due(self.store.conn(), self.now()).await? {
            let mut u = self.change_system(system).await?;
            let d = store::decision(&u.tx, community, id).await?;
            if d.status != Status::Open {
                continue;
            }
            match self.close_in(&mut u, &d, false).await {
                Ok(_) => {
                    self.commit(u).await?;
                    n += 1;
                }
                Err(e) if e.kind() == Some(crate::Kind::Conflict) => {}
                Err(e) => return Err(e),
            }
        }
        n += self.sweep_mandates(system).await?;
        Ok(n)
    }

    async fn sweep_mandates(&self, system: &System) -> Result<usize> {
        let now = self.now();
        let soon = now + mandate::REMIND_DAYS * 86_400;
        let mut n = 0;
        for m in store::ending_before(self.store.conn(), soon).await? {
            let mut u = self.change_system(system).await?;
            communities::lock(&u.tx, m.community.get()).await?;
            if m.ends_at > now {
                if mandate::reminder_due(m.ends_at, now)
                    && store::mark_reminded(&u.tx, m.id, now).await?
                {
                    store::log(
                        &u.tx,
                        m.community,
                        now,
                        "reminded",
                        None,
                        Some(m.account),
                        &format!(
                            "The {} term ends on {}: renew it by decision, or it ends.",
                            m.role.label().to_lowercase(),
                            when(m.ends_at)
                        ),
                    )
                    .await?;
                    u.job(Job::MandateReminder(m.id));
                    self.commit(u).await?;
                    n += 1;
                }
                continue;
            }
            let all = store::mandates(&u.tx, m.community).await?;
            let others = self
                .stewards_in_force(&u.tx, m.community.get(), m.account.get(), &all, now)
                .await?;
            if m.role == Role::Steward && others == 0 {
                if store::mark_extended(&u.tx, m.id, now).await? {
                    let why = "The last steward's term ended; it runs on until a successor is \
                               decided, so the community is never without a steward.";
                    store::log(
                        &u.tx,
                        m.community,
                        now,
                        "extended",
                        None,
                        Some(m.account),
                        why,
                    )
                    .await?;
                    u.audit_in(
                        Some(m.community),
                        None,
                        "mandate.extend",
                        Subject::new(SubjectKind::Account, m.account.get()),
                        "steward",
                        why,
                    );
                    self.commit(u).await?;
                    n += 1;
                }
                continue;
            }
            if let Some(ms) =
                communities::membership(&u.tx, m.community.get(), m.account.get()).await?
            {
                let roles = communities::roles(&u.tx, ms.id).await?;
                let without =
                    RoleSet::new(roles.is_guest(), roles.named().filter(|r| *r != m.role));
                communities::set_roles(&u.tx, ms.id, without).await?;
                u.audit_in(
                    Some(m.community),
                    None,
                    "mandate.end",
                    Subject::new(SubjectKind::Membership, ms.id),
                    m.role.as_str(),
                    "The term ended without renewal.",
                );
            }
            store::end_mandate(&u.tx, m.id).await?;
            store::log(
                &u.tx,
                m.community,
                now,
                "ended",
                None,
                Some(m.account),
                &format!(
                    "The {} term ended without renewal; the role is gone.",
                    m.role.label().to_lowercase()
                ),
            )
            .await?;
            self.commit(u).await?;
            n += 1;
        }
        Ok(n)
    }

    /// Sends the reminder that a term ends soon (the job), if this server sends mail.
    pub(crate) async fn send_mandate_reminder(&self, _: &System, id: i32) -> Result<()> {
        let Some(settings) = self.settings.mail.clone() else {
            return Ok(());
        };
        let db = self.store.conn();
        let Some(m) = store::ending_before(db, i64::MAX)
            .await?
            .into_iter()
            .find(|m| m.id.get() == id)
        else {
            return Ok(());
        };
        let account = accounts::get(db, m.account.get()).await?;
        let community = communities::get(db, m.community.get()).await?;
        let link = format!("{}/c/{}/governance", settings.public_url, community.slug);
        let tr = convene_i18n::Tr(convene_i18n::Lang::choose(
            account.language.as_deref(),
            None,
            community.language.as_deref(),
        ));
        let text = format!(
            "{}: {link}\n",
            tr.args(
                "govern-mail-term-text",
                &[
                    ("role", m.role.as_str().into()),
                    ("community", community.name.clone().into()),
                    ("ends", when(m.ends_at).into()),
                ],
            )
        );
        let letter = crate::mail::Letter {
            to: account.email.clone(),
            subject: tr.t1(
                "govern-mail-term-subject",
                "community",
                community.name.as_str(),
            ),
            html: format!("<p>{}</p>", crate::mail::escape(&text)),
            text,
            unsubscribe: None,
        };
        self.mailer
            .send(&settings, &letter)
            .await
            .map_err(AppError::Internal)
    }
}

/// Line by line, with `similar` (Myers).
pub fn diff(a: &str, b: &str) -> Vec<DiffLine> {
    use similar::{ChangeTag, TextDiff};
    TextDiff::from_lines(a, b)
        .iter_all_changes()
        .map(|c| DiffLine {
            tag: match c.tag() {
                ChangeTag::Delete => '-',
                ChangeTag::Insert => '+',
                ChangeTag::Equal => ' ',
            },
            text: c.value().trim_end_matches('\n').to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_lines() {
        let d = diff("a\nb\nc\n", "a\nc\nd\n");
        let tags: String = d.iter().map(|l| l.tag).collect();
        assert_eq!(tags, " - +");
        assert_eq!(d[3].text, "d");
    }
}
