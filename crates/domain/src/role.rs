//! Roles a member holds in one community. `Member` and `Guest` are the base (guests come from
//! outside and see less); the named roles add accountability on top and never appear on org charts.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Steward,
    Host,
    Curator,
    CommunityBuilder,
    NetworkAnalyst,
    Member,
    Guest,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Steward,
        Role::Host,
        Role::Curator,
        Role::CommunityBuilder,
        Role::NetworkAnalyst,
        Role::Member,
        Role::Guest,
    ];
    /// Roles given on top of the base role.
    pub const NAMED: [Role; 5] = [
        Role::Steward,
        Role::Host,
        Role::Curator,
        Role::CommunityBuilder,
        Role::NetworkAnalyst,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Steward => "steward",
            Role::Host => "host",
            Role::Curator => "curator",
            Role::CommunityBuilder => "community_builder",
            Role::NetworkAnalyst => "network_analyst",
            Role::Member => "member",
            Role::Guest => "guest",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Steward => "Steward",
            Role::Host => "Host",
            Role::Curator => "Curator",
            Role::CommunityBuilder => "Community builder",
            Role::NetworkAnalyst => "Network analyst",
            Role::Member => "Member",
            Role::Guest => "Guest",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A set of roles. Always holds exactly one base role (member or guest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RoleSet(u8);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}")]
pub struct UnknownRole(pub String);

impl RoleSet {
    /// A base role plus named roles; a base role among `named` is ignored.
    pub fn new(guest: bool, named: impl IntoIterator<Item = Role>) -> Self {
        let base = if guest { Role::Guest } else { Role::Member };
        let bits = named
            .into_iter()
            .filter(|r| Role::NAMED.contains(r))
            .fold(base.bit(), |acc, r| acc | r.bit());
        RoleSet(bits)
    }

    pub fn member() -> Self {
        Self::new(false, [])
    }

    pub fn guest() -> Self {
        Self::new(true, [])
    }

    /// One role alone (with the member base for a named role).
    pub fn only(role: Role) -> Self {
        Self::new(role == Role::Guest, [role])
    }

    pub fn contains(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn is_guest(self) -> bool {
        self.contains(Role::Guest)
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    /// Named roles only, for display.
    pub fn named(self) -> impl Iterator<Item = Role> {
        Role::NAMED.into_iter().filter(move |r| self.contains(*r))
    }

    /// Storage form: comma-separated role names, in a fixed order.
    pub fn encode(self) -> String {
        self.iter().map(Role::as_str).collect::<Vec<_>>().join(",")
    }

    pub fn decode(s: &str) -> Result<Self, UnknownRole> {
        let mut roles = Vec::new();
        for part in s.split(',').filter(|p| !p.trim().is_empty()) {
            roles.push(Role::parse(part).ok_or_else(|| UnknownRole(part.to_owned()))?);
        }
        Ok(Self::new(roles.contains(&Role::Guest), roles))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn encode_decode_roundtrip(guest: bool, picks in proptest::collection::vec(0usize..7, 0..7)) {
            let set = RoleSet::new(guest, picks.into_iter().map(|i| Role::ALL[i]));
            prop_assert_eq!(RoleSet::decode(&set.encode()), Ok(set));
            // exactly one base role
            prop_assert!(set.contains(Role::Member) != set.contains(Role::Guest));
        }
    }

    #[test]
    fn decode_rejects_unknown() {
        assert!(RoleSet::decode("member,king").is_err());
        assert_eq!(
            RoleSet::decode("").map(RoleSet::encode),
            Ok("member".into())
        );
    }
}
