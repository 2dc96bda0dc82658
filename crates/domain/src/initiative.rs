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
}
