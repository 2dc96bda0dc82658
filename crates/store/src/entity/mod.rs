//! Table models. Repository modules (one per aggregate) are the only users.

pub mod account;
pub mod action;
pub mod action_owner;
pub mod audit_head;
pub mod audit_log;
pub mod co_convener;
pub mod community;
pub mod gathering;
pub mod interest;
pub mod invitation;
pub mod locked_cell;
pub mod membership;
pub mod network_pref;
pub mod organization;
pub mod presence;
pub mod report;
pub mod report_name;
pub mod report_revision;
pub mod rsvp;
pub mod secret;
pub mod session;
pub mod slot;
pub mod space;
pub mod vote;
