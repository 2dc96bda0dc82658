//! The planning engine. No I/O, no async: callers pass the instance, a seed and a budget.
//!
//! - [`agenda`]: place Open Space sessions into (slot, room) cells so that few people face two
//!   sessions they want at once and few rooms are too small. Sessions are placed, never people.

pub mod agenda;
pub mod replan;
pub mod tables;
