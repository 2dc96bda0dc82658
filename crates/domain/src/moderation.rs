//! Horizontal self-editing and vertical accountability, as rules: flag reasons, what a flag
//! weighs (role + accuracy after five decided flags), the community's threshold for the
//! automatic hide, claims that expire, decisions and appeals with reasons of at least a
//! sentence, and who may hear an appeal (nobody who decided or flagged, nor the author).

use crate::text::TextError;
use crate::{Role, RoleSet};

/// Why someone flags a piece of content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlagReason {
    Spam,
    Harmful,
    OffTopic,
    LeaksInternal,
    Other,
}

impl FlagReason {
    pub const ALL: [FlagReason; 5] = [
        FlagReason::Spam,
        FlagReason::Harmful,
        FlagReason::OffTopic,
        FlagReason::LeaksInternal,
        FlagReason::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FlagReason::Spam => "spam",
            FlagReason::Harmful => "harmful",
            FlagReason::OffTopic => "off_topic",
            FlagReason::LeaksInternal => "leaks_internal",
            FlagReason::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FlagReason::Spam => "Spam",
            FlagReason::Harmful => "Harmful",
            FlagReason::OffTopic => "Off-topic",
            FlagReason::LeaksInternal => "Leaks internal information",
            FlagReason::Other => "Other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, TextError> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or(TextError::Invalid {
                field: "reason",
                hint: "one of spam, harmful, off_topic, leaks_internal, other",
            })
    }
}

/// A flag's weight in tenths (a member's flag is 10), so accuracy can add fractions.
pub type Weight = i32;

/// The community's own rules for flags and appeals; defaults until it decides otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Content hides when its open case's flags weigh at least this (tenths).
    pub threshold: Weight,
    /// Days after a decision within which the author may appeal.
    pub appeal_days: i64,
    /// Whether members see moderators' names in the log instead of pseudonyms.
    pub full_names: bool,
    /// Minutes after the author edits hidden content before the case can be reviewed again
    /// (the cool-down, so an edit is looked at calmly and not in a loop).
    pub review_minutes: i64,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            threshold: 30,
            appeal_days: 14,
            full_names: false,
            review_minutes: 60,
        }
    }
}

/// How often someone's decided flags were upheld: counts only after this many.
pub const ACCURACY_AFTER: i64 = 5;
/// The agreement rate around which accuracy adds or takes weight (70 %, as Discourse).
const AXIS_PERCENT: i64 = 70;

/// What one flag weighs: a steward's or curator's reaches the threshold alone; a member's is
/// 1, a host's, community builder's or analyst's 2; after [`ACCURACY_AFTER`] decided flags
/// the agreement rate adds up to +1 (all upheld) or takes up to 0.5 (rarely upheld), linear
/// around 70 %. `upheld` of `decided` flags.
pub fn flag_weight(roles: RoleSet, upheld: i64, decided: i64, policy: &Policy) -> Weight {
    if roles.contains(Role::Steward) || roles.contains(Role::Curator) {
        return policy.threshold.max(10);
    }
    let named = [Role::Host, Role::CommunityBuilder, Role::NetworkAnalyst]
        .into_iter()
        .any(|r| roles.contains(r));
    let base = if named { 20 } else { 10 };
    base + accuracy_bonus(upheld, decided)
}

/// Tenths added by accuracy: 0 before enough decided flags.
pub fn accuracy_bonus(upheld: i64, decided: i64) -> Weight {
    if decided < ACCURACY_AFTER {
        return 0;
    }
    let percent = upheld.clamp(0, decided) * 100 / decided;
    let bonus = if percent >= AXIS_PERCENT {
        (percent - AXIS_PERCENT) * 10 / (100 - AXIS_PERCENT)
    } else {
        -((AXIS_PERCENT - percent) * 5 / AXIS_PERCENT)
    };
    Weight::try_from(bonus).unwrap_or(0)
}

/// Whether flags weighing `weight` hide the content.
pub fn hides(weight: Weight, policy: &Policy) -> bool {
    weight >= policy.threshold
}

/// A claim on a case lasts this long (seconds); then anyone eligible may take it.
pub const CLAIM_SECONDS: i64 = 30 * 60;

/// A moderator's decision on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The flags were right: the content is (or stays) hidden.
    Uphold,
    /// The flags were wrong: the content is shown again.
    Dismiss,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Uphold => "uphold",
            Outcome::Dismiss => "dismiss",
        }
    }

    pub fn parse(s: &str) -> Result<Self, TextError> {
        match s.trim() {
            "uphold" => Ok(Outcome::Uphold),
            "dismiss" => Ok(Outcome::Dismiss),
            _ => Err(TextError::Invalid {
                field: "outcome",
                hint: "uphold or dismiss",
            }),
        }
    }
}

/// What an upheld decision does to the author besides hiding the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sanction {
    /// A warning: recorded, shown to the author, appealable; nothing else changes.
    Warn,
    /// The author cannot post anywhere in the community until this time (Unix seconds).
    Suspend { until: i64 },
}

/// The longest suspension one decision can give (a year); longer is a matter for the
/// community's own decision process, not one moderator.
pub const MAX_SUSPENSION_DAYS: i64 = 366;

impl Sanction {
    pub fn as_str(self) -> &'static str {
        match self {
            Sanction::Warn => "warn",
            Sanction::Suspend { .. } => "suspend",
        }
    }

    /// `action` is hide, restore, warn or suspend (empty: what the outcome implies); `until`
    /// the suspension's end, later than `now` and within [`MAX_SUSPENSION_DAYS`]. Hide goes
    /// with uphold and restore with dismiss; warn and suspend uphold the flags and hide.
    pub fn parse(
        outcome: Outcome,
        action: &str,
        until: Option<i64>,
        now: i64,
    ) -> Result<Option<Self>, TextError> {
        let action = action.trim();
        let mismatch = TextError::Invalid {
            field: "action",
            hint: "hide or restore as the outcome says; warn and suspend uphold the flags",
        };
        let sanction = match action {
            "" => None,
            "hide" if outcome == Outcome::Uphold => None,
            "restore" if outcome == Outcome::Dismiss => None,
            "warn" if outcome == Outcome::Uphold => Some(Sanction::Warn),
            "suspend" if outcome == Outcome::Uphold => {
                let until = until.ok_or(TextError::Empty { field: "until" })?;
                if until <= now {
                    return Err(TextError::Invalid {
                        field: "until",
                        hint: "a date after today",
                    });
                }
                if until > now + MAX_SUSPENSION_DAYS * 86_400 {
                    return Err(TextError::Invalid {
                        field: "until",
                        hint: "at most a year from now",
                    });
                }
                Some(Sanction::Suspend { until })
            }
            "hide" | "restore" | "warn" | "suspend" => return Err(mismatch),
            _ => {
                return Err(TextError::Invalid {
                    field: "action",
                    hint: "hide, restore, warn or suspend",
                });
            }
        };
        if until.is_some() && !matches!(sanction, Some(Sanction::Suspend { .. })) {
            return Err(TextError::Invalid {
                field: "until",
                hint: "only a suspension has an end date",
            });
        }
        Ok(sanction)
    }
}

/// A steward's answer to an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppealOutcome {
    /// The decision stands.
    Upheld,
    /// The decision is undone.
    Reversed,
}

impl AppealOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            AppealOutcome::Upheld => "upheld",
            AppealOutcome::Reversed => "reversed",
        }
    }

    pub fn parse(s: &str) -> Result<Self, TextError> {
        match s.trim() {
            "upheld" => Ok(AppealOutcome::Upheld),
            "reversed" => Ok(AppealOutcome::Reversed),
            _ => Err(TextError::Invalid {
                field: "outcome",
                hint: "upheld or reversed",
            }),
        }
    }
}

/// A reason or statement of at least a sentence: three words and twelve characters or more,
/// at most 2000.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence(String);

impl Sentence {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, TextError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(TextError::Empty { field });
        }
        if s.chars().count() > 2000 {
            return Err(TextError::TooLong { field, max: 2000 });
        }
        if s.chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Err(TextError::BadChars { field });
        }
        if s.chars().count() < 12 || s.split_whitespace().count() < 3 {
            return Err(TextError::Invalid {
                field,
                hint: "write at least a sentence, so the people affected understand why",
            });
        }
        Ok(Sentence(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Someone's part in a case; one part per person per case, so nobody hears an appeal of a
/// case they wrote, flagged or decided (the database holds the same rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Author,
    Flagger,
    Decider,
    Hearer,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Author => "author",
            Part::Flagger => "flagger",
            Part::Decider => "decider",
            Part::Hearer => "hearer",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Part::Author, Part::Flagger, Part::Decider, Part::Hearer]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// A moderator's stable pseudonym: the role, then a letter by order of first appearance in
/// the log (A, B, …, Z, AA, AB, …).
pub fn pseudonym(role: Role, index: usize) -> String {
    let mut letters = String::new();
    let mut n = index + 1;
    while n > 0 {
        let r = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + u8::try_from(r).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    format!("{} {letters}", role.label())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_follow_role_and_accuracy() {
        let p = Policy::default();
        let member = RoleSet::member();
        assert_eq!(flag_weight(member, 0, 0, &p), 10);
        assert_eq!(flag_weight(RoleSet::only(Role::Host), 0, 0, &p), 20);
        assert!(hides(
            flag_weight(RoleSet::only(Role::Curator), 0, 0, &p),
            &p
        ));
        assert!(hides(
            flag_weight(RoleSet::only(Role::Steward), 0, 0, &p),
            &p
        ));
        // Four of four upheld: not yet counted; five of five: +1.
        assert_eq!(flag_weight(member, 4, 4, &p), 10);
        assert_eq!(flag_weight(member, 5, 5, &p), 20);
        assert_eq!(flag_weight(member, 0, 5, &p), 5);
        assert_eq!(accuracy_bonus(7, 10), 0);
        assert!(!hides(30 - 1, &p));
    }

    #[test]
    fn sanctions_follow_the_outcome() {
        let now = 1_000_000;
        let day = 86_400;
        assert_eq!(Sanction::parse(Outcome::Uphold, "", None, now), Ok(None));
        assert_eq!(
            Sanction::parse(Outcome::Uphold, "hide", None, now),
            Ok(None)
        );
        assert_eq!(
            Sanction::parse(Outcome::Dismiss, "restore", None, now),
            Ok(None)
        );
        assert_eq!(
            Sanction::parse(Outcome::Uphold, "warn", None, now),
            Ok(Some(Sanction::Warn))
        );
        assert_eq!(
            Sanction::parse(Outcome::Uphold, "suspend", Some(now + day), now),
            Ok(Some(Sanction::Suspend { until: now + day }))
        );
        for (o, a, u) in [
            (Outcome::Dismiss, "warn", None),
            (Outcome::Dismiss, "suspend", Some(now + day)),
            (Outcome::Dismiss, "hide", None),
            (Outcome::Uphold, "restore", None),
            (Outcome::Uphold, "suspend", None),
            (Outcome::Uphold, "suspend", Some(now)),
            (Outcome::Uphold, "suspend", Some(now + 400 * day)),
            (Outcome::Uphold, "warn", Some(now + day)),
            (Outcome::Uphold, "ban", None),
        ] {
            assert!(Sanction::parse(o, a, u, now).is_err(), "{a} {u:?}");
        }
    }

    #[test]
    fn sentences_pseudonyms_and_names() {
        assert!(Sentence::parse("reason", "spam").is_err());
        assert!(Sentence::parse("reason", "This is advertising, not a session.").is_ok());
        assert_eq!(pseudonym(Role::Steward, 2), "Steward C");
        assert_eq!(pseudonym(Role::Curator, 26), "Curator AA");
        for r in FlagReason::ALL {
            assert_eq!(FlagReason::parse(r.as_str()), Ok(r));
        }
        assert_eq!(Part::parse("hearer"), Some(Part::Hearer));
    }
}
