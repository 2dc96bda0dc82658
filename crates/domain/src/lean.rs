//! Lean Coffee rules: topics anyone proposes, a few votes each, three columns (to discuss,
//! discussing, done), a timebox per topic (on the one timer, `crate::timer`) and the Roman vote
//! to continue. Pure: time is passed in.

use crate::Id;
use crate::text::TextError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Where a topic stands. `Merged` topics left the board: their votes moved to another topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicState {
    ToDiscuss,
    Discussing,
    Done,
    Merged,
}

impl TopicState {
    pub const ALL: [TopicState; 4] = [
        TopicState::ToDiscuss,
        TopicState::Discussing,
        TopicState::Done,
        TopicState::Merged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TopicState::ToDiscuss => "to_discuss",
            TopicState::Discussing => "discussing",
            TopicState::Done => "done",
            TopicState::Merged => "merged",
        }
    }

    /// The column's heading on the board.
    pub fn label(self) -> &'static str {
        match self {
            TopicState::ToDiscuss => "To discuss",
            TopicState::Discussing => "Discussing",
            TopicState::Done => "Done",
            TopicState::Merged => "Merged",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s.trim())
    }
}

/// One hand in the Roman vote: thumb up (go on), sideways (either way), down (move on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Thumb {
    Up,
    Sideways,
    Down,
}

impl Thumb {
    pub const ALL: [Thumb; 3] = [Thumb::Up, Thumb::Sideways, Thumb::Down];

    pub fn as_str(self) -> &'static str {
        match self {
            Thumb::Up => "up",
            Thumb::Sideways => "sideways",
            Thumb::Down => "down",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Thumb::Up => "Continue",
            Thumb::Sideways => "Either way",
            Thumb::Down => "Move on",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s.trim())
    }
}

/// The hands of one Roman vote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub up: u32,
    pub sideways: u32,
    pub down: u32,
}

impl Tally {
    pub fn of(thumbs: impl IntoIterator<Item = Thumb>) -> Self {
        let mut t = Tally::default();
        for th in thumbs {
            match th {
                Thumb::Up => t.up += 1,
                Thumb::Sideways => t.sideways += 1,
                Thumb::Down => t.down += 1,
            }
        }
        t
    }

    pub fn total(self) -> u32 {
        self.up + self.sideways + self.down
    }

    /// The rule: the topic continues while ups outnumber downs. Sideways hands do not decide;
    /// they are shown as a signal (the group is lukewarm).
    pub fn continues(self) -> bool {
        self.up > self.down
    }
}

/// Votes each person may give: 1 to 10.
pub fn votes_per_person(raw: &str) -> Result<i32, TextError> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=10).contains(&n) => Ok(n),
        _ => Err(TextError::Invalid {
            field: "votes per person",
            hint: "a whole number from 1 to 10",
        }),
    }
}

/// Minutes in a topic's timebox (and in each continuation): 1 to 20.
pub fn timebox_minutes(raw: &str) -> Result<i32, TextError> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=20).contains(&n) => Ok(n),
        _ => Err(TextError::Invalid {
            field: "minutes per topic",
            hint: "a whole number from 1 to 20",
        }),
    }
}

/// Whether one more vote fits: `used` votes given out of `allowed`, and not on this topic yet
/// (one vote per person per topic).
pub fn vote_fits(used: i32, allowed: i32, already_on_topic: bool) -> Result<(), TextError> {
    if already_on_topic {
        return Err(TextError::Invalid {
            field: "vote",
            hint: "you have voted for this topic already",
        });
    }
    if used < allowed {
        Ok(())
    } else {
        Err(TextError::Invalid {
            field: "votes",
            hint: "you have used all your votes; take one back first",
        })
    }
}

/// Merging topic `from` into `into`: every voter keeps one vote on the merged topic. Returns
/// the voters whose vote moves over, and those who had voted for both (their second vote comes
/// back to them: no double votes after a merge).
pub fn merge_votes(into: &BTreeSet<Id>, from: &BTreeSet<Id>) -> (Vec<Id>, Vec<Id>) {
    let moved = from.difference(into).copied().collect();
    let returned = from.intersection(into).copied().collect();
    (moved, returned)
}

/// The topic to discuss next: the most votes, then the one proposed first.
pub fn next_topic(waiting: &[(Id, u32)]) -> Option<Id> {
    waiting
        .iter()
        .min_by_key(|(id, votes)| (std::cmp::Reverse(*votes), *id))
        .map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ups_must_outnumber_downs_to_continue() {
        let t = |up, sideways, down| Tally { up, sideways, down };
        assert!(t(3, 0, 2).continues());
        assert!(!t(2, 0, 2).continues(), "a tie ends the topic");
        assert!(
            !t(1, 5, 2).continues(),
            "sideways hands do not count for going on"
        );
        assert!(t(1, 9, 0).continues(), "nor against it");
        assert!(!t(0, 0, 0).continues(), "nobody voted");
        assert_eq!(
            Tally::of([Thumb::Up, Thumb::Sideways, Thumb::Up, Thumb::Down]),
            t(2, 1, 1)
        );
    }

    #[test]
    fn votes_stop_at_the_allowance_and_once_per_topic() {
        assert!(vote_fits(2, 3, false).is_ok());
        assert!(vote_fits(3, 3, false).is_err());
        assert!(vote_fits(0, 3, true).is_err());
        assert!(votes_per_person("0").is_err());
        assert_eq!(votes_per_person(" 3 "), Ok(3));
        assert!(timebox_minutes("21").is_err());
    }

    #[test]
    fn a_merge_keeps_one_vote_per_person() {
        let into = BTreeSet::from([1, 2]);
        let from = BTreeSet::from([2, 3]);
        assert_eq!(merge_votes(&into, &from), (vec![3], vec![2]));
    }

    #[test]
    fn the_next_topic_has_the_most_votes_then_came_first() {
        assert_eq!(next_topic(&[(5, 2), (3, 4), (4, 4)]), Some(3));
        assert_eq!(next_topic(&[]), None);
    }

    proptest! {
        #[test]
        fn merging_never_counts_a_person_twice(
            into in proptest::collection::btree_set(0i32..20, 0..10),
            from in proptest::collection::btree_set(0i32..20, 0..10),
        ) {
            let (moved, returned) = merge_votes(&into, &from);
            let after: Vec<i32> = into.iter().copied().chain(moved.iter().copied()).collect();
            let unique: BTreeSet<i32> = after.iter().copied().collect();
            prop_assert_eq!(after.len(), unique.len());
            prop_assert_eq!(unique, into.union(&from).copied().collect::<BTreeSet<_>>());
            prop_assert_eq!(moved.len() + returned.len(), from.len());
        }

        #[test]
        fn continuing_is_exactly_more_up_than_down(up in 0u32..50, side in 0u32..50, down in 0u32..50) {
            let t = Tally { up, sideways: side, down };
            prop_assert_eq!(t.continues(), up > down);
        }
    }
}
