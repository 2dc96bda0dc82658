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

/// Actions a report proposes, to offer for one-click proposing: the list items under a heading
/// that names actions ("Proposed actions", "Next steps"), and any line that starts with
/// "Action:" or "TODO:". Each is trimmed of its list marker, checkbox and emphasis; empty or
/// over-long ones (more than an action title holds) are left out; no duplicates.
pub fn proposed_actions(report: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_section = false;
    let mut fence = false;
    for raw in report.lines() {
        let line = raw.trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            fence = !fence;
            continue;
        }
        if fence {
            continue;
        }
        if let Some(h) = line.strip_prefix('#') {
            let h = h.trim_start_matches('#').trim().to_lowercase();
            in_section = h.contains("action") || h.contains("next step");
            continue;
        }
        let item = strip_marker(line);
        let tagged = ["action:", "todo:"].iter().find_map(|p| {
            item.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .and_then(|_| item.get(p.len()..))
                .map(str::trim)
        });
        let text = match (tagged, item.len() < line.len()) {
            (Some(t), _) => t,
            (None, true) if in_section => item,
            _ => continue,
        };
        let text = text.trim_matches(|c| c == '*' || c == '_').trim();
        let fits = crate::text::ActionTitle::parse(text).is_ok();
        if fits && !out.iter().any(|o| o.eq_ignore_ascii_case(text)) {
            out.push(text.to_owned());
        }
    }
    out
}

/// A list item's text without its marker (`- `, `* `, `+ `, `1. `, `1) `) and checkbox.
fn strip_marker(line: &str) -> &str {
    let rest = if let Some(r) = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("* "))
        .or_else(|| line.strip_prefix("+ "))
    {
        r
    } else {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        match line[digits..]
            .strip_prefix(". ")
            .or_else(|| line[digits..].strip_prefix(") "))
        {
            Some(r) if digits > 0 => r,
            _ => return line,
        }
    };
    let rest = rest.trim_start();
    ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find_map(|b| rest.strip_prefix(b))
        .unwrap_or(rest)
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_propose_actions() {
        let report = "# Key points\n\n- willows hold the bank\n\n## Proposed actions\n\n\
                      - Plant willows by March\n- [ ] **Ask the council**\n1. Map the beavers\n\n\
                      ## Insights\n\n- not an action\nAction: write to the mayor\n\
                      - TODO: count the fish\n- plant willows by march\n";
        assert_eq!(
            proposed_actions(report),
            [
                "Plant willows by March",
                "Ask the council",
                "Map the beavers",
                "write to the mayor",
                "count the fish"
            ]
        );
        assert!(proposed_actions("Just text.\n\n- a list").is_empty());
    }

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
