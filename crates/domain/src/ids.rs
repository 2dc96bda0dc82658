//! Row ids, one type per table that is named in a signature next to another: a session id
//! cannot be passed where a gathering id is expected. They parse from URL segments through
//! serde (a malformed one is "not found" at the edge) and are plain integers underneath:
//! authorization, not obscurity, protects them.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl $name {
            pub const fn get(self) -> i32 {
                self.0
            }
        }

        impl From<i32> for $name {
            fn from(id: i32) -> Self {
                Self(id)
            }
        }

        impl From<$name> for i32 {
            fn from(id: $name) -> i32 {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

ids! {
    AccountId,
    CommunityId,
    OrganizationId,
    MembershipId,
    InvitationId,
    TokenId,
    GatheringId,
    SpaceId,
    SlotId,
    SessionId,
    ActionId,
    ContentId,
    ThreadId,
    ReplyId,
    /// A moderation case (the flags on one piece of content until decided).
    CaseId,
    /// A Lean Coffee topic.
    TopicId,
    InitiativeId,
    /// A contribution submitted for the public page.
    ContributionId,
    /// One row of a person's inbox.
    NotificationId,
    /// A decision on a change to the community's rules or roles.
    DecisionId,
    /// One version of one of a community's policies.
    PolicyVersionId,
    /// A steward's or curator's term.
    MandateId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_numbers_on_the_wire() {
        let id: SessionId = serde_json::from_str("42").expect("parses");
        assert_eq!(id, SessionId(42));
        assert_eq!(serde_json::to_string(&GatheringId(7)).expect("json"), "7");
        assert!(serde_json::from_str::<SessionId>("\"x\"").is_err());
    }
}
