//! Table models. Repository modules (one per aggregate) are the only users.

pub mod account;
pub mod audit_head;
pub mod audit_log;
pub mod community;
pub mod invitation;
pub mod membership;
pub mod organization;
pub mod secret;
