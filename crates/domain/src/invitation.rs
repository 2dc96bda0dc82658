//! Invitation rules: the terms a host may set and whether a link can still be used.

use crate::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationKind {
    /// For one named person: one use, and a decline closes it.
    Personal,
    /// A link to share: many uses, declines are only counted.
    Link,
}

impl InvitationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Personal => "personal",
            Self::Link => "link",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "personal" => Some(Self::Personal),
            "link" => Some(Self::Link),
            _ => None,
        }
    }
}

pub const MAX_USES: i32 = 10_000;
pub const MAX_DAYS: i64 = 90;
const DAY: i64 = 86_400;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermsError {
    #[error("uses must be between 1 and {MAX_USES}")]
    Uses,
    #[error("expiry must be between 1 and {MAX_DAYS} days")]
    Days,
}

/// Use limit and expiry of a new invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terms {
    pub kind: InvitationKind,
    pub max_uses: i32,
    pub expires_at: Timestamp,
}

impl Terms {
    pub fn parse(
        kind: InvitationKind,
        max_uses: i64,
        days: i64,
        now: Timestamp,
    ) -> Result<Self, TermsError> {
        let max_uses = match kind {
            InvitationKind::Personal => 1,
            InvitationKind::Link => i32::try_from(max_uses)
                .ok()
                .filter(|n| (1..=MAX_USES).contains(n))
                .ok_or(TermsError::Uses)?,
        };
        if !(1..=MAX_DAYS).contains(&days) {
            return Err(TermsError::Days);
        }
        Ok(Self {
            kind,
            max_uses,
            expires_at: now + days * DAY,
        })
    }
}

/// Why an invitation cannot be answered any more. Each gets its own clear page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unusable {
    #[error("This invitation has expired.")]
    Expired,
    #[error("This invitation was withdrawn by the community.")]
    Revoked,
    #[error("This invitation has already been used as many times as it allows.")]
    UsedUp,
    #[error("This invitation was declined.")]
    Declined,
}

/// The state of a stored invitation, as far as answering it is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub kind: InvitationKind,
    pub max_uses: i32,
    pub uses: i32,
    pub declines: i32,
    pub expires_at: Timestamp,
    pub revoked: bool,
}

impl Usage {
    pub fn check(&self, now: Timestamp) -> Result<(), Unusable> {
        if self.revoked {
            Err(Unusable::Revoked)
        } else if now >= self.expires_at {
            Err(Unusable::Expired)
        } else if self.kind == InvitationKind::Personal && self.declines > 0 {
            Err(Unusable::Declined)
        } else if self.uses >= self.max_uses {
            Err(Unusable::UsedUp)
        } else {
            Ok(())
        }
    }

    /// What a steward reads in the list: what happened to the invitation, which outlasts its
    /// expiry (an accepted personal invitation stays "accepted", not "expired").
    pub fn status(&self, now: Timestamp) -> &'static str {
        let personal = self.kind == InvitationKind::Personal;
        if personal && self.uses > 0 {
            "accepted"
        } else if personal && self.declines > 0 {
            "declined"
        } else if self.revoked {
            "revoked"
        } else if self.uses >= self.max_uses {
            "used-up"
        } else if now >= self.expires_at {
            "expired"
        } else if personal {
            "pending"
        } else {
            "open"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usage(uses: i32, max: i32) -> Usage {
        Usage {
            kind: InvitationKind::Link,
            max_uses: max,
            uses,
            declines: 0,
            expires_at: 100,
            revoked: false,
        }
    }

    #[test]
    fn order_of_reasons() {
        assert_eq!(usage(0, 1).check(99), Ok(()));
        assert_eq!(usage(0, 1).check(100), Err(Unusable::Expired));
        assert_eq!(usage(1, 1).check(0), Err(Unusable::UsedUp));
        let revoked = Usage {
            revoked: true,
            ..usage(0, 1)
        };
        assert_eq!(revoked.check(0), Err(Unusable::Revoked));
        let declined = Usage {
            kind: InvitationKind::Personal,
            declines: 1,
            ..usage(0, 1)
        };
        assert_eq!(declined.check(0), Err(Unusable::Declined));
        let link_declined = Usage {
            declines: 5,
            ..usage(0, 3)
        };
        assert_eq!(link_declined.check(0), Ok(()));
    }

    #[test]
    fn states_say_what_happened() {
        let personal = |uses, declines, revoked| Usage {
            kind: InvitationKind::Personal,
            max_uses: 1,
            uses,
            declines,
            expires_at: 100,
            revoked,
        };
        assert_eq!(personal(1, 0, false).status(500), "accepted");
        assert_eq!(personal(0, 1, false).status(500), "declined");
        assert_eq!(personal(0, 0, true).status(50), "revoked");
        assert_eq!(personal(0, 0, false).status(500), "expired");
        assert_eq!(personal(0, 0, false).status(50), "pending");
        assert_eq!(usage(5, 5).status(500), "used-up");
        assert_eq!(usage(2, 5).status(500), "expired");
        assert_eq!(usage(2, 5).status(50), "open");
    }

    proptest! {
        #[test]
        fn terms_stay_in_bounds(uses in -5i64..20_000, days in -5i64..200, now in 0i64..2_000_000_000) {
            match Terms::parse(InvitationKind::Link, uses, days, now) {
                Ok(t) => {
                    prop_assert!((1..=MAX_USES).contains(&t.max_uses));
                    prop_assert!(t.expires_at > now && t.expires_at <= now + MAX_DAYS * DAY);
                }
                Err(_) => prop_assert!(!(1..=i64::from(MAX_USES)).contains(&uses) || !(1..=MAX_DAYS).contains(&days)),
            }
            if let Ok(t) = Terms::parse(InvitationKind::Personal, uses, days, now) {
                prop_assert_eq!(t.max_uses, 1);
            }
        }
    }
}
