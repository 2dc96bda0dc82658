//! Open formats out of convene: proceedings as Markdown and PDF, calendars as iCalendar,
//! tables as CSV, the network as GraphML, GEXF and CSV. Each is checked by an independent
//! reader in the tests.

pub mod calendar;
mod fonts;
pub mod lean;
pub mod network;
pub mod pdf;
pub mod proceedings;
mod shape;
pub mod table;
