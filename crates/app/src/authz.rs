//! Authorization the compiler checks. A use-case takes proof of the permission it needs: an
//! [`Allowed<P>`] that only [`Ctx::require`] makes (so only for a member whose roles allow
//! `P`), or, for background jobs, a [`System`] that only the binary's wiring gets (from
//! [`App::new`](crate::App::new)). Writes re-check the permission inside their transaction
//! ([`App::change`](crate::App::change)), so a role taken away a moment ago cannot be used.

use convene_domain::permission::can::Power;
use convene_domain::{Denied, Member, Permission};
use convene_store::Community;
use std::marker::PhantomData;
use std::ops::Deref;

/// A signed-in person inside one community, as [`App::ctx`](crate::App::ctx) found them.
/// Only this crate makes one, so roles cannot be made up on the way to `require`.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub(crate) community: Community,
    pub(crate) member: Member,
    /// The roles whose powers may be used now: without Steward and Curator while the
    /// community requires a second factor the member has not enrolled (they keep the roles).
    pub(crate) usable: convene_domain::RoleSet,
    /// The member has current policies to accept: they read but do not post until they do
    /// (held in `App::change`).
    pub(crate) policies_pending: bool,
    /// A suspension in force: until when, and why (every write but an appeal is refused).
    pub(crate) suspended: Option<(i64, String)>,
}

impl Ctx {
    pub fn community(&self) -> &Community {
        &self.community
    }

    pub fn member(&self) -> &Member {
        &self.member
    }

    /// Whether the member's roles allow `p` (to decide what a page offers; the use-case
    /// still asks for its proof).
    pub fn may(&self, p: Permission) -> bool {
        self.usable.allows(p)
    }

    /// Whether the member holds Steward or Curator but may not use it until they enrol a
    /// second factor (the community requires one).
    pub fn needs_second_factor(&self) -> bool {
        self.usable != self.member.roles
    }

    /// Whether the member must accept the current policies before posting.
    pub fn policies_pending(&self) -> bool {
        self.policies_pending
    }

    /// The suspension in force for the member, if any: until when (Unix seconds) and why.
    pub fn suspended(&self) -> Option<(i64, &str)> {
        self.suspended.as_ref().map(|(t, r)| (*t, r.as_str()))
    }

    /// The proof that this member may do `P` here.
    pub fn require<P: Power>(&self) -> Result<Allowed<P>, Denied> {
        if self.may(P::PERMISSION) {
            Ok(Allowed {
                ctx: self.clone(),
                _power: PhantomData,
            })
        } else {
            Err(Denied(P::PERMISSION))
        }
    }
}

/// Proof that a member may use power `P` in their community. Reads as the [`Ctx`] it came from.
#[derive(Debug, Clone)]
pub struct Allowed<P: Power> {
    ctx: Ctx,
    _power: PhantomData<fn() -> P>,
}

impl<P: Power> Allowed<P> {
    pub fn permission(&self) -> Permission {
        P::PERMISSION
    }
}

impl<P: Power> Deref for Allowed<P> {
    type Target = Ctx;

    fn deref(&self) -> &Ctx {
        &self.ctx
    }
}

/// Proof that the caller is the system itself (background jobs, the demo filler, the command
/// line): made once, by [`App::new`](crate::App::new), for the binary's wiring. The HTTP layer
/// is handed the `App` only, so no request can act as the system.
#[derive(Debug)]
pub struct System {
    _private: (),
}

impl System {
    pub(crate) fn new() -> Self {
        System { _private: () }
    }
}
