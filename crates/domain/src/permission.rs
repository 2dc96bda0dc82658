//! The permission matrix: which roles may take which action in a community. It is data, so the
//! HTTP test can walk every role × action from the same table the use-cases check.

use crate::ids::{AccountId, CommunityId, MembershipId, OrganizationId};
use crate::{Role, RoleSet};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    ViewCommunity,
    ViewMembers,
    ViewInvitations,
    CreateInvitation,
    RevokeInvitation,
    ChangeRoles,
    RemoveMember,
    EditSettings,
    IssuePasswordReset,
    ViewAuditLog,
    /// See gatherings, answer their invitations, convene, join and harvest sessions.
    TakePart,
    /// Create a gathering and run it: setup, phases, RSVP counts, placing any session.
    HostGathering,
    /// The community's network map, its health over time and its exports: people by name only
    /// when they agreed, everyone else in groups of at least five.
    ViewNetwork,
    /// Aggregates by organization and cluster, and the introductions that would most help.
    AnalyseNetwork,
    /// Flag content for the community's review (one flag per person per content).
    Flag,
    /// The moderation queue: claim a case, decide it with a reason.
    Moderate,
    /// Decide an appeal (only a steward who neither decided nor flagged the case).
    HearAppeal,
    /// The moderation log: every use of vertical power on content, with its reason.
    ViewModerationLog,
    /// Accept, ask for changes on, or decline contributions for the public page, with a reason.
    CurateContributions,
    /// The community's policies, decision rules, decisions, mandates and governance log.
    ViewGovernance,
    /// Propose a change to the community's rules or roles, respond to a decision, close one.
    Deliberate,
    /// Accept the community's current policies (the one write allowed before accepting).
    AcceptPolicy,
    /// Suggest an edit to content someone else wrote (its author or a curator decides).
    SuggestEdit,
    /// Accept or decline edits suggested to anyone's content, and revert it to a revision.
    ReviewEdits,
}

use Role::*;

/// Who may do what. Guests see the community but not its member directory.
pub const MATRIX: &[(Permission, &[Role])] = &[
    (
        Permission::ViewCommunity,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
            Guest,
        ],
    ),
    (
        Permission::ViewMembers,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
        ],
    ),
    (
        Permission::ViewInvitations,
        &[Steward, Host, CommunityBuilder],
    ),
    (
        Permission::CreateInvitation,
        &[Steward, Host, CommunityBuilder],
    ),
    (Permission::RevokeInvitation, &[Steward, CommunityBuilder]),
    (Permission::ChangeRoles, &[Steward]),
    (Permission::RemoveMember, &[Steward]),
    (Permission::EditSettings, &[Steward]),
    (Permission::IssuePasswordReset, &[Steward]),
    (Permission::ViewAuditLog, &[Steward]),
    (
        Permission::TakePart,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
            Guest,
        ],
    ),
    (Permission::HostGathering, &[Steward, Host]),
    (
        Permission::ViewNetwork,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
        ],
    ),
    (
        Permission::AnalyseNetwork,
        &[Steward, CommunityBuilder, NetworkAnalyst],
    ),
    (
        Permission::Flag,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
        ],
    ),
    (Permission::Moderate, &[Steward, Curator]),
    (Permission::HearAppeal, &[Steward]),
    (
        Permission::ViewModerationLog,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
        ],
    ),
    (Permission::CurateContributions, &[Steward, Curator]),
    (
        Permission::ViewGovernance,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
            Guest,
        ],
    ),
    (
        Permission::Deliberate,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
        ],
    ),
    (
        Permission::AcceptPolicy,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
            Guest,
        ],
    ),
    (
        Permission::SuggestEdit,
        &[
            Steward,
            Host,
            Curator,
            CommunityBuilder,
            NetworkAnalyst,
            Member,
        ],
    ),
    (Permission::ReviewEdits, &[Steward, Curator]),
];

impl Permission {
    pub const ALL: [Permission; 24] = [
        Permission::ViewCommunity,
        Permission::ViewMembers,
        Permission::ViewInvitations,
        Permission::CreateInvitation,
        Permission::RevokeInvitation,
        Permission::ChangeRoles,
        Permission::RemoveMember,
        Permission::EditSettings,
        Permission::IssuePasswordReset,
        Permission::ViewAuditLog,
        Permission::TakePart,
        Permission::HostGathering,
        Permission::ViewNetwork,
        Permission::AnalyseNetwork,
        Permission::Flag,
        Permission::Moderate,
        Permission::HearAppeal,
        Permission::ViewModerationLog,
        Permission::CurateContributions,
        Permission::ViewGovernance,
        Permission::Deliberate,
        Permission::AcceptPolicy,
        Permission::SuggestEdit,
        Permission::ReviewEdits,
    ];

    pub fn allowed_roles(self) -> &'static [Role] {
        MATRIX
            .iter()
            .find(|(p, _)| *p == self)
            .map_or(&[], |(_, roles)| roles)
    }

    /// Whether a single role grants this permission.
    pub fn granted_to(self, role: Role) -> bool {
        self.allowed_roles().contains(&role)
    }
}

impl RoleSet {
    pub fn allows(self, permission: Permission) -> bool {
        self.iter().any(|r| permission.granted_to(r))
    }
}

/// Permissions as types, so a use-case can state in its signature which one it needs
/// (`&Allowed<can::HostGathering>` in `app`): one zero-sized marker per [`Permission`].
pub mod can {
    use super::Permission;

    /// A permission known at compile time.
    pub trait Power: Send + Sync + 'static {
        const PERMISSION: Permission;
    }

    macro_rules! powers {
        ($($name:ident),* $(,)?) => {$(
            #[derive(Debug, Clone, Copy)]
            pub struct $name;
            impl Power for $name {
                const PERMISSION: Permission = Permission::$name;
            }
        )*};
    }

    powers!(
        ViewCommunity,
        ViewMembers,
        ViewInvitations,
        CreateInvitation,
        RevokeInvitation,
        ChangeRoles,
        RemoveMember,
        EditSettings,
        IssuePasswordReset,
        ViewAuditLog,
        TakePart,
        HostGathering,
        ViewNetwork,
        AnalyseNetwork,
        Flag,
        Moderate,
        HearAppeal,
        ViewModerationLog,
        CurateContributions,
        ViewGovernance,
        Deliberate,
        AcceptPolicy,
        SuggestEdit,
        ReviewEdits,
    );
}

/// A signed-in person acting inside one community.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub account_id: AccountId,
    pub community_id: CommunityId,
    pub membership_id: MembershipId,
    /// The member's organization inside the community (home or partner).
    pub organization_id: OrganizationId,
    pub roles: RoleSet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("you do not have permission to {0:?} in this community")]
pub struct Denied(pub Permission);

impl Member {
    /// The first line of every use-case.
    pub fn require(&self, permission: Permission) -> Result<&Self, Denied> {
        if self.roles.allows(permission) {
            Ok(self)
        } else {
            Err(Denied(permission))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_permission_is_in_the_matrix_once() {
        for p in Permission::ALL {
            assert_eq!(MATRIX.iter().filter(|(q, _)| *q == p).count(), 1, "{p:?}");
        }
        assert_eq!(MATRIX.len(), Permission::ALL.len());
    }

    #[test]
    fn steward_can_do_everything_and_guest_least() {
        for p in Permission::ALL {
            assert!(RoleSet::only(Role::Steward).allows(p));
        }
        let guest: Vec<_> = Permission::ALL
            .into_iter()
            .filter(|p| RoleSet::guest().allows(*p))
            .collect();
        assert_eq!(
            guest,
            vec![
                Permission::ViewCommunity,
                Permission::TakePart,
                Permission::ViewGovernance,
                Permission::AcceptPolicy
            ]
        );
    }

    #[test]
    fn named_role_keeps_member_rights() {
        let analyst = RoleSet::only(Role::NetworkAnalyst);
        assert!(analyst.allows(Permission::ViewMembers));
        assert!(!analyst.allows(Permission::ChangeRoles));
        let guest_host = RoleSet::new(true, [Role::Host]);
        assert!(guest_host.allows(Permission::CreateInvitation));
        assert!(
            guest_host.allows(Permission::ViewMembers),
            "host grants the directory"
        );
        assert!(!guest_host.allows(Permission::RevokeInvitation));
    }
}
