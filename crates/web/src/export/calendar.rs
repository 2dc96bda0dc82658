//! iCalendar feeds of an agenda (RFC 5545), in UTC. A session's UID never changes; SEQUENCE is
//! the gathering's version, which every change to the gathering (every move included) raises,
//! so a subscribed calendar takes the newest copy; URL leads back to the session.

use icalendar::{Calendar, Component, Event, EventLike};

pub struct Entry {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub starts: i64,
    pub ends: i64,
    /// The gathering's version: higher after every change.
    pub sequence: i64,
    /// The session's page, if the entry is a session.
    pub url: Option<String>,
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
        let mut event = Event::new();
        event
            .uid(&e.uid)
            .summary(&e.summary)
            .description(&e.description)
            .location(&e.location)
            .starts(starts)
            .ends(ends)
            .sequence(u32::try_from(e.sequence).unwrap_or(u32::MAX));
        if let Some(url) = &e.url {
            event.url(url);
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}
