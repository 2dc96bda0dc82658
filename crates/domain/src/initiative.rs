//! Initiatives: an action or an idea that people carry on together. People join by invitation
//! (which they accept) or by asking (which the starter or a lead accepts); nobody is ever added
//! without saying yes themselves.

use serde::{Deserialize, Serialize};

/// A person's part in an initiative once they are in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Who started it (one, also a lead).
    Starter,
    /// Asked by the starter to lead with them, and accepted.
    Lead,
    Member,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Starter => "starter",
            Part::Lead => "lead",
            Part::Member => "member",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Part::Starter, Part::Lead, Part::Member]
            .into_iter()
            .find(|p| p.as_str() == s)
    }

    /// Starters and leads accept requests and invite.
    pub fn leads(self) -> bool {
        matches!(self, Part::Starter | Part::Lead)
    }
}

/// Where a person stands with an initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// A lead invited them; they have not answered.
    Invited,
    /// They asked to join; no lead has answered.
    Requested,
    /// In it, by their own yes.
    Joined,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Invited => "invited",
            Standing::Requested => "requested",
            Standing::Joined => "joined",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Standing::Invited, Standing::Requested, Standing::Joined]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// A step towards (or out of) an initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A lead invites someone.
    Invite,
    /// Someone asks to join.
    Ask,
    /// The invited person says yes, or a lead accepts a request.
    Accept,
    /// The invited person declines, a lead declines a request, or a member leaves.
    Withdraw,
}

/// Who takes a step, and about whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    /// The step is about the actor themself.
    pub is_person: bool,
    /// The actor is the initiative's starter or a lead.
    pub leads: bool,
}

/// The standing after `step` by `actor` on a person now at `now` (`None`: not in it at all),
/// or why not. Joining always takes the person's own yes: their request, or their acceptance
/// of an invitation. A lead accepting an invitation on someone's behalf is refused.
pub fn join_step(
    now: Option<Standing>,
    step: Step,
    actor: Actor,
) -> Result<Option<Standing>, &'static str> {
    use Standing::*;
    match (step, now) {
        (Step::Invite, _) if !actor.leads => Err("only the starter or a lead invites"),
        (Step::Invite, _) if actor.is_person => Err("you are in it already"),
        (Step::Invite, None) => Ok(Some(Invited)),
        (Step::Invite, Some(Requested)) => Ok(Some(Joined)),
        (Step::Invite, Some(_)) => Err("they are invited or in it already"),
        (Step::Ask, _) if !actor.is_person => Err("people ask to join for themselves"),
        (Step::Ask, None) => Ok(Some(Requested)),
        (Step::Ask, Some(Invited)) => Ok(Some(Joined)),
        (Step::Ask, Some(_)) => Err("you have asked already or are in it"),
        (Step::Accept, Some(Invited)) if actor.is_person => Ok(Some(Joined)),
        (Step::Accept, Some(Invited)) => Err("only the invited person can accept an invitation"),
        (Step::Accept, Some(Requested)) if actor.leads && !actor.is_person => Ok(Some(Joined)),
        (Step::Accept, Some(Requested)) => Err("the starter or a lead accepts a request"),
        (Step::Accept, _) => Err("there is nothing to accept"),
        (Step::Withdraw, None) => Err("there is nothing to withdraw"),
        (Step::Withdraw, Some(Invited | Requested)) if actor.is_person || actor.leads => Ok(None),
        (Step::Withdraw, Some(Joined)) if actor.is_person => Ok(None),
        (Step::Withdraw, Some(_)) => Err("people leave by themselves; nobody is removed here"),
    }
}

/// A step towards or away from leading an initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadStep {
    /// The starter or a lead invites someone to lead with them.
    Offer,
    /// The invited person says yes: only now do they lead (and are in it, by that yes).
    Accept,
    /// The invited person says no, or a lead takes the invitation back.
    Decline,
    /// A lead stops leading and stays in as a member.
    StepDown,
}

/// Where a person stands towards leading: their part if they are in it (`None`: not joined),
/// and whether an invitation to lead waits for their answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeadState {
    pub part: Option<Part>,
    pub offered: bool,
}

/// The state after `step` by `actor`, or why not. Nobody becomes a lead but by accepting an
/// invitation themselves, and nobody stops leading because someone else said so.
pub fn lead_step(now: LeadState, step: LeadStep, actor: Actor) -> Result<LeadState, &'static str> {
    let leads_now = now.part.is_some_and(Part::leads);
    match step {
        LeadStep::Offer if !actor.leads => {
            Err("only the starter or a lead invites someone to lead")
        }
        LeadStep::Offer if actor.is_person || leads_now => Err("they lead it already"),
        LeadStep::Offer if now.offered => {
            Err("an invitation to lead waits for their answer already")
        }
        LeadStep::Offer => Ok(LeadState {
            offered: true,
            ..now
        }),
        LeadStep::Accept if !now.offered => Err("there is no invitation to lead to accept"),
        LeadStep::Accept if !actor.is_person => Err("only the invited person can accept"),
        LeadStep::Accept => Ok(LeadState {
            part: Some(Part::Lead),
            offered: false,
        }),
        LeadStep::Decline if !now.offered => Err("there is no invitation to lead to decline"),
        LeadStep::Decline if actor.is_person || actor.leads => Ok(LeadState {
            offered: false,
            ..now
        }),
        LeadStep::Decline => Err("the invited person or a lead answers an invitation to lead"),
        LeadStep::StepDown if !actor.is_person => Err("nobody stops leading because others say so"),
        LeadStep::StepDown => match now.part {
            Some(Part::Lead) => Ok(LeadState {
                part: Some(Part::Member),
                ..now
            }),
            Some(Part::Starter) => Err("the starter leads what they started"),
            _ => Err("you do not lead it"),
        },
    }
}

/// Where an ask for help stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskStatus {
    Open,
    /// Someone took it on.
    Taken,
    Done,
}

impl AskStatus {
    pub const ALL: [AskStatus; 3] = [AskStatus::Open, AskStatus::Taken, AskStatus::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            AskStatus::Open => "open",
            AskStatus::Taken => "taken",
            AskStatus::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SELF: Actor = Actor {
        is_person: true,
        leads: false,
    };
    const LEAD: Actor = Actor {
        is_person: false,
        leads: true,
    };
    const OTHER: Actor = Actor {
        is_person: false,
        leads: false,
    };

    #[test]
    fn joining_takes_the_persons_own_yes() {
        use Standing::*;
        assert_eq!(join_step(None, Step::Invite, LEAD), Ok(Some(Invited)));
        assert_eq!(
            join_step(Some(Invited), Step::Accept, SELF),
            Ok(Some(Joined))
        );
        assert!(
            join_step(Some(Invited), Step::Accept, LEAD).is_err(),
            "never assigned"
        );
        assert_eq!(join_step(None, Step::Ask, SELF), Ok(Some(Requested)));
        assert_eq!(
            join_step(Some(Requested), Step::Accept, LEAD),
            Ok(Some(Joined))
        );
        assert!(join_step(Some(Requested), Step::Accept, SELF).is_err());
        assert!(
            join_step(None, Step::Ask, LEAD).is_err(),
            "nobody asks for another"
        );
        assert!(join_step(None, Step::Invite, OTHER).is_err());
        // Asked and invited meet: both said yes.
        assert_eq!(
            join_step(Some(Requested), Step::Invite, LEAD),
            Ok(Some(Joined))
        );
        assert_eq!(join_step(Some(Invited), Step::Ask, SELF), Ok(Some(Joined)));
        assert_eq!(join_step(Some(Joined), Step::Withdraw, SELF), Ok(None));
        assert!(join_step(Some(Joined), Step::Withdraw, LEAD).is_err());
        assert_eq!(join_step(Some(Invited), Step::Withdraw, SELF), Ok(None));
    }

    #[test]
    fn no_sequence_of_others_steps_makes_someone_joined() {
        // Every sequence of up to four steps by others (leads or not) from nothing.
        let steps = [Step::Invite, Step::Ask, Step::Accept, Step::Withdraw];
        let actors = [LEAD, OTHER];
        let mut frontier = vec![None];
        for _ in 0..4 {
            let mut next = Vec::new();
            for s in &frontier {
                for step in steps {
                    for a in actors {
                        if let Ok(n) = join_step(*s, step, a) {
                            assert_ne!(n, Some(Standing::Joined), "{s:?} {step:?} {a:?}");
                            next.push(n);
                        }
                    }
                }
            }
            frontier = next;
        }
    }

    #[test]
    fn leading_takes_an_invitation_and_the_persons_own_yes() {
        let none = LeadState {
            part: Some(Part::Member),
            offered: false,
        };
        let offered = lead_step(none, LeadStep::Offer, LEAD).expect("a lead invites");
        assert!(offered.offered && offered.part == Some(Part::Member));
        assert!(lead_step(none, LeadStep::Offer, OTHER).is_err());
        assert!(lead_step(offered, LeadStep::Offer, LEAD).is_err(), "once");
        assert!(
            lead_step(offered, LeadStep::Accept, LEAD).is_err(),
            "never assigned"
        );
        assert_eq!(
            lead_step(offered, LeadStep::Accept, SELF),
            Ok(LeadState {
                part: Some(Part::Lead),
                offered: false
            })
        );
        assert_eq!(lead_step(offered, LeadStep::Decline, SELF), Ok(none));
        assert_eq!(
            lead_step(offered, LeadStep::Decline, LEAD),
            Ok(none),
            "taken back"
        );
        assert!(
            lead_step(none, LeadStep::Accept, SELF).is_err(),
            "nothing offered"
        );
        // Someone not in it yet may be invited to lead; accepting is their yes to both.
        let outside = LeadState {
            part: None,
            offered: true,
        };
        assert_eq!(
            lead_step(outside, LeadStep::Accept, SELF).map(|s| s.part),
            Ok(Some(Part::Lead))
        );
        let lead = LeadState {
            part: Some(Part::Lead),
            offered: false,
        };
        assert!(
            lead_step(lead, LeadStep::Offer, LEAD).is_err(),
            "leads already"
        );
        assert!(
            lead_step(lead, LeadStep::StepDown, LEAD).is_err(),
            "not removed by others"
        );
        assert_eq!(lead_step(lead, LeadStep::StepDown, SELF), Ok(none));
        let starter = LeadState {
            part: Some(Part::Starter),
            offered: false,
        };
        assert!(lead_step(starter, LeadStep::StepDown, SELF).is_err());
    }

    use proptest::prelude::*;

    fn any_actor() -> impl Strategy<Value = Actor> {
        (any::<bool>(), any::<bool>()).prop_map(|(is_person, leads)| Actor { is_person, leads })
    }

    fn any_step() -> impl Strategy<Value = LeadStep> {
        prop_oneof![
            Just(LeadStep::Offer),
            Just(LeadStep::Accept),
            Just(LeadStep::Decline),
            Just(LeadStep::StepDown),
        ]
    }

    proptest! {
        /// Over any sequence of steps by anyone, a person becomes a lead only on their own
        /// acceptance of a waiting invitation, and stops leading only on their own step.
        #[test]
        fn only_ones_own_yes_makes_a_lead(
            start in prop_oneof![Just(None), Just(Some(Part::Member))],
            steps in proptest::collection::vec((any_step(), any_actor()), 0..30),
        ) {
            let mut s = LeadState { part: start, offered: false };
            for (step, actor) in steps {
                let Ok(next) = lead_step(s, step, actor) else { continue };
                let was = s.part == Some(Part::Lead);
                let is = next.part == Some(Part::Lead);
                if is && !was {
                    prop_assert!(step == LeadStep::Accept && actor.is_person && s.offered);
                }
                if was && !is {
                    prop_assert!(step == LeadStep::StepDown && actor.is_person);
                }
                prop_assert!(next.part != Some(Part::Starter) || s.part == Some(Part::Starter));
                s = next;
            }
        }
    }
}
