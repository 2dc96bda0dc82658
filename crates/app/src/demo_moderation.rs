//! The demo's governance history: a few flags still open, an automatic hide waiting in the
//! queue, a decided case, and a decision reversed on appeal by the second steward.

use crate::Result;
use crate::unit::Unit;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentState};
use convene_domain::ids::{AccountId, CommunityId};
use convene_domain::moderation::{AppealOutcome, FlagReason, Outcome, Policy, flag_weight};
use convene_domain::{Role, RoleSet};
use convene_store::contents;
use convene_store::moderation::{self as m, NewAppeal, NewEntry, NewFlag};

/// How many flag, who decides what, whether the author appeals, and why they flag.
type Plan = (usize, Option<(AccountId, Outcome)>, bool, FlagReason);

/// `people`: (account, organization, roles); the first is the steward, `steward2` the second.
pub(crate) async fn fill(
    u: &mut Unit,
    community: CommunityId,
    people: &[(i32, i32, RoleSet)],
    steward2: AccountId,
    now: i64,
) -> Result<()> {
    let day = 86_400;
    let policy = Policy::default();
    let steward = AccountId(people[0].0);
    let curator = people
        .iter()
        .find(|p| p.2.contains(Role::Curator))
        .map_or(steward, |p| AccountId(p.0));
    let sessions = contents::of_community(&u.tx, community, ContentKind::Session).await?;
    // Members who flag: plain members of the home organization (not the sign-in accounts).
    let flaggers: Vec<(AccountId, RoleSet)> = people
        .iter()
        .skip(7)
        .filter(|p| p.2 == RoleSet::member())
        .map(|p| (AccountId(p.0), p.2))
        .collect();
    let mut picked = sessions
        .iter()
        .filter(|c| {
            c.author
                .is_some_and(|a| a != steward && a != steward2 && a != curator)
        })
        .rev();
    let plans: [Plan; 4] = [
        (2, None, false, FlagReason::OffTopic),
        (3, None, false, FlagReason::Spam),
        (
            1,
            Some((curator, Outcome::Uphold)),
            false,
            FlagReason::LeaksInternal,
        ),
        (
            3,
            Some((steward, Outcome::Uphold)),
            true,
            FlagReason::Harmful,
        ),
    ];
    let mut next_flagger = 0;
    for (i, (n, decision, appeal, reason)) in plans.into_iter().enumerate() {
        let Some(c) = picked.next() else { break };
        let at = now - (8 - i as i64) * day;
        let case = m::open_case(&u.tx, community, c.id, c.author, at).await?;
        let mut total = 0;
        for k in 0..n {
            let Some(&(who, roles)) = flaggers.get(next_flagger) else {
                break;
            };
            next_flagger += 1;
            if c.author == Some(who) {
                continue;
            }
            total = m::add_flag(
                &u.tx,
                NewFlag {
                    community,
                    case: case.id,
                    content: c.id,
                    account: who,
                    reason,
                    note: "",
                    weight: flag_weight(roles, 0, 0, &policy),
                    now: at + k as i64 * 600,
                },
            )
            .await?;
        }
        let subject = Subject::new(SubjectKind::Content, c.id.get());
        let hidden_at = at + 3600;
        if total >= policy.threshold {
            let why = format!(
                "Hidden because flags from members ({}) reached the community's threshold; a \
                 steward or curator will review it.",
                reason.label()
            );
            contents::set_state(
                &u.tx,
                c.of,
                &ContentState::Hidden {
                    reason: why.clone(),
                },
            )
            .await?;
            m::mark_hidden(&u.tx, case.id, hidden_at).await?;
            log(
                u, community, hidden_at, "hidden", &c.id, case.id, None, None, &why,
            )
            .await?;
            u.audit_at(
                hidden_at,
                Some(community),
                None,
                "moderation.hide",
                subject,
                &format!("case {}", case.id),
                &why,
            );
        }
        let Some((decider, outcome)) = decision else {
            continue;
        };
        let decided_at = at + 2 * 3600;
        let reason_text = match reason {
            FlagReason::LeaksInternal => {
                "It names a partner's internal budget figures, which they asked us not to share."
            }
            _ => {
                "The description attacks a named person instead of the topic; that is against our code of conduct."
            }
        };
        m::claim(&u.tx, case.id, decider, decided_at - 60, 1800).await?;
        m::decide(&u.tx, case.id, decider, outcome, reason_text, decided_at).await?;
        contents::set_state(
            &u.tx,
            c.of,
            &ContentState::Hidden {
                reason: reason_text.into(),
            },
        )
        .await?;
        let role = if decider == steward {
            Role::Steward
        } else {
            Role::Curator
        };
        log(
            u,
            community,
            decided_at,
            "upheld",
            &c.id,
            case.id,
            Some(decider),
            Some(role),
            reason_text,
        )
        .await?;
        u.audit_at(
            decided_at,
            Some(community),
            Some(decider),
            "moderation.uphold",
            subject,
            &format!("case {}", case.id),
            reason_text,
        );
        if !appeal {
            continue;
        }
        let (Some(author), appealed_at) = (c.author, decided_at + day) else {
            continue;
        };
        let statement = "I quoted what was said at the session to report it, not to attack anyone; please read it again.";
        m::add_appeal(
            &u.tx,
            NewAppeal {
                community,
                case: case.id,
                decider,
                appellant: author,
                statement,
                now: appealed_at,
            },
        )
        .await?;
        log(
            u,
            community,
            appealed_at,
            "appealed",
            &c.id,
            case.id,
            Some(author),
            None,
            statement,
        )
        .await?;
        u.audit_at(
            appealed_at,
            Some(community),
            Some(author),
            "moderation.appeal",
            subject,
            &format!("case {}", case.id),
            statement,
        );
        let heard_at = appealed_at + day;
        let answer =
            "Read in context, the text reports what was said; it does not attack anyone. Restored.";
        m::hear(
            &u.tx,
            case.id,
            steward2,
            AppealOutcome::Reversed,
            answer,
            heard_at,
        )
        .await?;
        m::overturn(&u.tx, case.id).await?;
        contents::set_state(&u.tx, c.of, &ContentState::Visible).await?;
        log(
            u,
            community,
            heard_at,
            "appeal_reversed",
            &c.id,
            case.id,
            Some(steward2),
            Some(Role::Steward),
            answer,
        )
        .await?;
        u.audit_at(
            heard_at,
            Some(community),
            Some(steward2),
            "moderation.appeal_reversed",
            subject,
            &format!("case {}", case.id),
            answer,
        );
    }
    governance(u, community, people, steward2, now).await
}

const CODE_V1: &str = "We listen before we answer.\nWe speak for ourselves.\nWhat is said in a session stays with the people in it unless they agree otherwise.";
const CODE_V2: &str = "We listen before we answer.\nWe speak for ourselves.\nWhat is said in a session stays with the people in it unless they agree otherwise.\nWhen something goes wrong, any steward listens; you may also flag it.";
const SOCIAL: &str =
    "Share photos of people only with their consent.\nName the gathering, not the people in it.";

/// Policies with two versions (the second by a consent decision), a consent decision that
/// lowered the flag threshold from 4 to 3, and terms: the second steward's ends next month.
/// Everyone in the demo accepted the current policies when they joined.
async fn governance(
    u: &mut Unit,
    community: CommunityId,
    people: &[(i32, i32, RoleSet)],
    steward2: AccountId,
    now: i64,
) -> Result<()> {
    use convene_domain::decision::{Change, Process, Rule, Stance};
    use convene_domain::policy::Document;
    use convene_store::governance::{self as g, NewDecision, Status};
    let day = 86_400;
    let steward = AccountId(people[0].0);
    let voters: Vec<AccountId> = people
        .iter()
        .skip(7)
        .take(4)
        .map(|p| AccountId(p.0))
        .collect();
    g::add_version(
        &u.tx,
        community,
        Document::CodeOfConduct,
        CODE_V1,
        None,
        now - 90 * day,
    )
    .await?;
    g::add_version(
        &u.tx,
        community,
        Document::SocialMedia,
        SOCIAL,
        None,
        now - 90 * day,
    )
    .await?;
    let consent =
        |at: i64, title: &'static str, why: &'static str, change: Change| (at, title, why, change);
    let decisions = [
        consent(
            now - 40 * day,
            "Lower the flag threshold to 3",
            "Four members' flags let spam stay up for days; three is enough with appeals.",
            Change::Threshold { threshold: 30 },
        ),
        consent(
            now - 20 * day,
            "Say who listens when something goes wrong",
            "People asked whom to talk to; the code should say it.",
            Change::Policy {
                document: Document::CodeOfConduct,
                text: CODE_V2.into(),
            },
        ),
    ];
    for (at, title, why, change) in decisions {
        let rule = Rule {
            process: Process::Consent,
            ..Rule::default_for(change.kind())
        };
        let d = g::open_decision(
            &u.tx,
            NewDecision {
                community,
                rule: &rule,
                title,
                rationale: why,
                options: std::slice::from_ref(&change),
                opened_by: steward,
                now: at,
            },
        )
        .await?;
        for (i, v) in voters.iter().enumerate() {
            let stance = if i == 3 {
                Stance::Abstain
            } else {
                Stance::Agree
            };
            g::respond(&u.tx, d.id, *v, Some(stance), "", "", at + day).await?;
        }
        let closed = at + i64::from(rule.days) * day;
        let outcome = "Consent: 3 people agreed, nobody blocks, every objection was answered.";
        g::close(&u.tx, d.id, Status::Passed, Some(1), outcome, None, closed).await?;
        let what = match &change {
            Change::Policy { document, text } => {
                let v =
                    g::add_version(&u.tx, community, *document, text, Some(d.id), closed).await?;
                format!("{} version {} in force", document.label(), v.number)
            }
            _ => {
                let mut p = m::policy(&u.tx, community).await?;
                p.threshold = 30;
                m::set_policy(&u.tx, community, &p).await?;
                "flags now hide content at weight 3".into()
            }
        };
        g::log(
            &u.tx,
            community,
            at,
            "opened",
            Some(d.id),
            Some(steward),
            &format!("{title}. Rule: {}.", rule.describe()),
        )
        .await?;
        g::log(
            &u.tx,
            community,
            closed,
            "passed",
            Some(d.id),
            None,
            &format!("{title} {outcome} Rule: {}.", rule.describe()),
        )
        .await?;
        g::log(
            &u.tx,
            community,
            closed,
            "applied",
            Some(d.id),
            None,
            &format!("Applied: {what}. Rule: {}.", rule.describe()),
        )
        .await?;
        u.audit_at(
            closed,
            Some(community),
            None,
            "decision.apply",
            Subject::new(SubjectKind::Community, community.get()),
            &format!("decision {} ({}): {what}", d.id, change.kind().as_str()),
            &rule.describe(),
        );
    }
    let everyone: Vec<AccountId> = people
        .iter()
        .map(|p| AccountId(p.0))
        .chain([steward2])
        .collect();
    for v in g::current(&u.tx, community).await? {
        for who in &everyone {
            g::accept(
                &u.tx,
                community,
                v.id,
                *who,
                v.created_at.max(now - 10 * day),
            )
            .await?;
        }
    }
    // Terms: the second steward's ends next month; the curators' in half a year.
    g::set_mandate(
        &u.tx,
        community,
        steward2,
        Role::Steward,
        (now - 340 * day, now + 25 * day),
        None,
    )
    .await?;
    for p in people.iter().filter(|p| p.2.contains(Role::Curator)) {
        g::set_mandate(
            &u.tx,
            community,
            AccountId(p.0),
            Role::Curator,
            (now - 180 * day, now + 185 * day),
            None,
        )
        .await?;
    }
    Ok(())
}

#[expect(clippy::too_many_arguments, reason = "a log entry's fields, all named")]
async fn log(
    u: &Unit,
    community: CommunityId,
    at: i64,
    action: &str,
    content: &convene_domain::ids::ContentId,
    case: convene_domain::ids::CaseId,
    actor: Option<AccountId>,
    role: Option<Role>,
    reason: &str,
) -> Result<()> {
    m::log(
        &u.tx,
        NewEntry {
            community,
            at,
            action,
            content: *content,
            case: Some(case),
            actor,
            role,
            reason,
        },
    )
    .await?;
    Ok(())
}
