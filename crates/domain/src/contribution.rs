//! Contributions for the public page: their curation states, the curators' outcomes (each
//! with a reason its author sees) and the licenses a contribution may carry.

/// Where a contribution is in curation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Submitted (or edited after "changes"), waiting for a curator.
    Waiting,
    /// A curator asked its author for changes.
    Changes,
    /// Published on the public page.
    Accepted,
    Declined,
}

impl State {
    pub const ALL: [State; 4] = [
        State::Waiting,
        State::Changes,
        State::Accepted,
        State::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Waiting => "waiting",
            State::Changes => "changes",
            State::Accepted => "accepted",
            State::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether its author may still edit it.
    pub fn editable(self) -> bool {
        matches!(self, State::Waiting | State::Changes)
    }
}

/// A curator's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Accept,
    Changes,
    Decline,
}

impl Outcome {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "accept" => Some(Outcome::Accept),
            "changes" => Some(Outcome::Changes),
            "decline" => Some(Outcome::Decline),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Accept => "accept",
            Outcome::Changes => "changes",
            Outcome::Decline => "decline",
        }
    }

    pub fn state(self) -> State {
        match self {
            Outcome::Accept => State::Accepted,
            Outcome::Changes => State::Changes,
            Outcome::Decline => State::Declined,
        }
    }
}

/// Licenses a contribution may carry (SPDX identifiers); the first is the default.
pub const LICENSES: [&str; 3] = ["CC-BY-SA-4.0", "CC-BY-4.0", "CC0-1.0"];
pub const DEFAULT_LICENSE: &str = LICENSES[0];

/// A license from the form or API: empty means the default.
pub fn license(raw: &str) -> Option<&'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Some(DEFAULT_LICENSE);
    }
    LICENSES.into_iter().find(|l| *l == raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_lead_to_states_and_licenses_default() {
        assert_eq!(
            Outcome::parse("accept").map(Outcome::state),
            Some(State::Accepted)
        );
        assert_eq!(
            Outcome::parse("changes").map(Outcome::state),
            Some(State::Changes)
        );
        assert_eq!(Outcome::parse("publish"), None);
        assert_eq!(license(""), Some("CC-BY-SA-4.0"));
        assert_eq!(license("CC0-1.0"), Some("CC0-1.0"));
        assert_eq!(license("GPL"), None);
        for s in State::ALL {
            assert_eq!(State::parse(s.as_str()), Some(s));
        }
    }
}
