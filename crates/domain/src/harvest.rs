//! Harvest rules: report size, action status and due dates, dot votes.

use crate::text::TextError;
use serde::{Deserialize, Serialize};

/// What dot votes go to: a session (its report) or a proposed action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoteTarget {
    Session,
    Action,
}

impl VoteTarget {
    pub fn as_str(self) -> &'static str {
        match self {
            VoteTarget::Session => "session",
            VoteTarget::Action => "action",
        }
    }

    pub fn parse(s: &str) -> Option<VoteTarget> {
        [VoteTarget::Session, VoteTarget::Action]
            .into_iter()
            .find(|t| t.as_str() == s.trim())
    }
}

/// Where an action stands. People volunteer for actions; nobody is assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    Doing,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::Doing,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Doing => "doing",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<ActionStatus> {
        ActionStatus::ALL
            .into_iter()
            .find(|a| a.as_str() == s.trim())
    }
}

/// A calendar date `2026-12-01`, or `None` for an empty field.
pub fn due_on(raw: &str) -> Result<Option<String>, TextError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<jiff::civil::Date>()
        .map(|d| Some(d.to_string()))
        .map_err(|_| TextError::Invalid {
            field: "due date",
            hint: "a date like 2026-12-01",
        })
}

/// Whether one more dot fits: `used` dots given so far out of `allowed`.
pub fn dot_fits(used: i32, allowed: i32) -> Result<(), TextError> {
    if used < allowed {
        Ok(())
    } else {
        Err(TextError::Invalid {
            field: "dots",
            hint: "you have used all your dots; take one back first",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_dates_are_calendar_dates() {
        assert_eq!(
            due_on(" 2026-12-01 ").expect("ok"),
            Some("2026-12-01".into())
        );
        assert_eq!(due_on("").expect("ok"), None);
        assert!(due_on("2026-02-30").is_err());
        assert!(due_on("tomorrow").is_err());
    }

    #[test]
    fn dots_stop_at_the_allowance() {
        assert!(dot_fits(2, 3).is_ok());
        assert!(dot_fits(3, 3).is_err());
    }
}
