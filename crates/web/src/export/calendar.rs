//! iCalendar feeds of an agenda (RFC 5545), in UTC.

use icalendar::{Calendar, Component, Event, EventLike};

pub struct Entry {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub starts: i64,
    pub ends: i64,
}

pub fn ics(name: &str, entries: &[Entry]) -> String {
    let mut cal = Calendar::new();
    cal.name(name);
    for e in entries {
        let (Some(starts), Some(ends)) = (
            chrono::DateTime::from_timestamp(e.starts, 0),
            chrono::DateTime::from_timestamp(e.ends, 0),
        ) else {
            continue;
        };
        cal.push(
            Event::new()
                .uid(&e.uid)
                .summary(&e.summary)
                .description(&e.description)
                .location(&e.location)
                .starts(starts)
                .ends(ends)
                .done(),
        );
    }
    cal.done().to_string()
}
