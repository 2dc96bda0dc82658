//! Pure types and rules: no I/O, no async. Everything that crosses into convene from outside
//! becomes one of these types first ("parse, don't validate").

pub mod audit;
pub mod cafe;
pub mod content;
pub mod contribution;
pub mod decision;
pub mod gathering;
pub mod harvest;
pub mod health;
pub mod ids;
pub mod initiative;
pub mod invitation;
pub mod lean;
pub mod mandate;
pub mod moderation;
pub mod notify;
pub mod permission;
pub mod policy;
pub mod role;
pub mod search;
pub mod text;
pub mod thread;
pub mod timer;

pub use ids::*;
pub use permission::{Denied, Member, Permission};
pub use role::{Role, RoleSet};

/// Database row ids. Plain integers: authorization, not obscurity, protects them.
pub type Id = i32;

/// Seconds since the Unix epoch. Time is always passed in, never read here.
pub type Timestamp = i64;
