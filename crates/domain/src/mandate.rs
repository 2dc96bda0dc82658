//! Mandates: a steward's or curator's term ends on a date unless a decision renews it. An
//! ended term takes the role's powers away at once (the next request is checked), except that a
//! community never ends with no steward: the last steward's term runs on until a successor is
//! decided.

use crate::{Role, RoleSet, Timestamp};

/// Roles that hold vertical power and therefore have terms.
pub const TERMED: [Role; 2] = [Role::Steward, Role::Curator];
/// A new term (a new steward, a renewal) lasts this long unless the decision says otherwise.
pub const TERM_DAYS: i64 = 365;
/// The holder and the stewards are reminded this many days before a term ends.
pub const REMIND_DAYS: i64 = 30;

/// One role's term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub role: Role,
    pub ends_at: Timestamp,
}

/// The roles in force now: `roles` without a termed role whose term ended. A steward whose
/// term ended keeps the role while `other_stewards` (stewards whose terms still run, or who have
/// none) is zero; the second value says the term runs on for that reason.
pub fn in_force(
    roles: RoleSet,
    terms: &[Term],
    now: Timestamp,
    other_stewards: usize,
) -> (RoleSet, bool) {
    let mut extended = false;
    let ended = |r: Role| terms.iter().any(|t| t.role == r && t.ends_at <= now);
    let kept = roles.iter().filter(|&r| {
        if !TERMED.contains(&r) || !ended(r) {
            return true;
        }
        if r == Role::Steward && other_stewards == 0 {
            extended = true;
            return true;
        }
        false
    });
    (
        RoleSet::new(roles.is_guest(), kept.collect::<Vec<_>>()),
        extended,
    )
}

/// Whether a reminder is due for a term ending at `ends_at`.
pub fn reminder_due(ends_at: Timestamp, now: Timestamp) -> bool {
    now < ends_at && ends_at - now <= REMIND_DAYS * 86_400
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ended_term_takes_the_role_except_the_last_stewards() {
        let roles = RoleSet::new(false, [Role::Steward, Role::Curator, Role::Host]);
        let terms = [
            Term {
                role: Role::Steward,
                ends_at: 100,
            },
            Term {
                role: Role::Curator,
                ends_at: 200,
            },
        ];
        assert_eq!(in_force(roles, &terms, 99, 1), (roles, false));
        let (r, ext) = in_force(roles, &terms, 100, 1);
        assert!(!r.contains(Role::Steward) && r.contains(Role::Curator) && r.contains(Role::Host));
        assert!(!ext);
        let (r, ext) = in_force(roles, &terms, 300, 0);
        assert!(r.contains(Role::Steward) && !r.contains(Role::Curator) && ext);
        assert!(r.contains(Role::Member));
        assert!(reminder_due(100 + 86_400, 100) && !reminder_due(100, 100));
    }
}
