//! Gathering rules: phases in order, RSVP answers, the grid of spaces and slots, and the warnings
//! an agenda wall shows. Open Space places sessions, never people.

use crate::text::TextError;
use crate::{Id, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The phases of an Open Space, in the order a host moves through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Invitation,
    Marketplace,
    Sessions,
    Convergence,
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a gathering moves from {from} to {expected} next, not to {to}")]
pub struct OutOfOrder {
    pub from: &'static str,
    pub expected: &'static str,
    pub to: &'static str,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Invitation,
        Phase::Marketplace,
        Phase::Sessions,
        Phase::Convergence,
        Phase::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Invitation => "invitation",
            Phase::Marketplace => "marketplace",
            Phase::Sessions => "sessions",
            Phase::Convergence => "convergence",
            Phase::Closed => "closed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Phase::Invitation => "Invitation",
            Phase::Marketplace => "Marketplace",
            Phase::Sessions => "Sessions",
            Phase::Convergence => "Convergence",
            Phase::Closed => "Closed",
        }
    }

    pub fn parse(s: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == s.trim())
    }

    pub fn next(self) -> Option<Phase> {
        Phase::ALL.into_iter().skip_while(|p| *p != self).nth(1)
    }

    /// Phases only move forward, one step at a time.
    pub fn advance_to(self, to: Phase) -> Result<Phase, OutOfOrder> {
        match self.next() {
            Some(n) if n == to => Ok(to),
            n => Err(OutOfOrder {
                from: self.as_str(),
                expected: n.map_or("nothing (it is closed)", Phase::as_str),
                to: to.as_str(),
            }),
        }
    }

    pub fn previous(self) -> Option<Phase> {
        Phase::ALL.into_iter().take_while(|p| *p != self).last()
    }

    /// One step back (a phase moved on too early); only ever the previous phase.
    pub fn back_to(self, to: Phase) -> Result<Phase, OutOfOrder> {
        match self.previous() {
            Some(p) if p == to => Ok(to),
            p => Err(OutOfOrder {
                from: self.as_str(),
                expected: p.map_or("nothing (it is the first phase)", Phase::as_str),
                to: to.as_str(),
            }),
        }
    }

    /// What moving into this phase opens or closes, in one sentence for the confirm step.
    pub fn opens(self) -> &'static str {
        match self {
            Phase::Invitation => "People answer the invitation; nobody can announce sessions yet.",
            Phase::Marketplace => {
                "Everyone who said yes can announce sessions and place them on the wall."
            }
            Phase::Sessions => "Sessions run: people check in and out, and reports can be written.",
            Phase::Convergence => {
                "Check-in ends; people give their dots and volunteer for actions."
            }
            Phase::Closed => {
                "The gathering closes: no more answers, sessions or votes; reports can still be finished."
            }
        }
    }

    /// Sessions are announced and placed in the marketplace, and still while sessions run
    /// (an Open Space agenda stays open until the last slot).
    pub fn allows_convening(self) -> bool {
        matches!(self, Phase::Marketplace | Phase::Sessions)
    }

    /// The law of two feet applies while sessions run.
    pub fn allows_presence(self) -> bool {
        self == Phase::Sessions
    }

    /// Dot voting happens in convergence.
    pub fn allows_voting(self) -> bool {
        self == Phase::Convergence
    }

    /// Reports are written from the sessions on, and may be finished after the gathering.
    pub fn allows_harvest(self) -> bool {
        self >= Phase::Sessions
    }

    pub fn allows_rsvp(self) -> bool {
        self < Phase::Closed
    }
}

/// An answer to a gathering's invitation. Declining costs nothing and is never listed by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rsvp {
    Yes,
    Maybe,
    No,
}

impl Rsvp {
    pub fn as_str(self) -> &'static str {
        match self {
            Rsvp::Yes => "yes",
            Rsvp::Maybe => "maybe",
            Rsvp::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<Rsvp> {
        [Rsvp::Yes, Rsvp::Maybe, Rsvp::No]
            .into_iter()
            .find(|r| r.as_str() == s.trim())
    }
}

/// What a row of the grid holds: open for sessions, or a locked plenary or break for every space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotKind {
    Sessions,
    Plenary,
    Break,
}

impl SlotKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SlotKind::Sessions => "sessions",
            SlotKind::Plenary => "plenary",
            SlotKind::Break => "break",
        }
    }

    pub fn parse(s: &str) -> Option<SlotKind> {
        [SlotKind::Sessions, SlotKind::Plenary, SlotKind::Break]
            .into_iter()
            .find(|k| k.as_str() == s.trim())
    }
}

/// Seats in a space: 1 to 10,000.
pub fn capacity(raw: &str) -> Result<i32, TextError> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=10_000).contains(&n) => Ok(n),
        _ => Err(TextError::Invalid {
            field: "capacity",
            hint: "a whole number from 1 to 10,000",
        }),
    }
}

/// Dots each person may give in convergence: 1 to 20.
pub fn dots(raw: &str) -> Result<i32, TextError> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=20).contains(&n) => Ok(n),
        _ => Err(TextError::Invalid {
            field: "dots per person",
            hint: "a whole number from 1 to 20",
        }),
    }
}

/// Features of a space or needs of a session: up to 8 comma-separated words such as
/// "projector, accessible", lower-cased and sorted so they compare as sets.
pub fn features(raw: &str) -> Result<String, TextError> {
    const FIELD: &str = "features";
    let set: BTreeSet<String> = raw
        .split(',')
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    if set.len() > 8 {
        return Err(TextError::Invalid {
            field: FIELD,
            hint: "at most 8, separated by commas",
        });
    }
    for w in &set {
        if w.chars().count() > 30 || !w.chars().all(|c| c.is_alphanumeric() || " -".contains(c)) {
            return Err(TextError::Invalid {
                field: FIELD,
                hint: "short words of letters, digits, spaces and hyphens",
            });
        }
    }
    Ok(set.into_iter().collect::<Vec<_>>().join(", "))
}

/// Every time zone name [`Zone::parse`] accepts, sorted.
pub fn zone_names() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.to_string())
        .filter(|n| jiff::tz::TimeZone::get(n).is_ok())
        .collect();
    names.sort();
    names
}

/// An IANA time zone name such as `Europe/Berlin`, checked against the bundled database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    name: String,
    tz: jiff::tz::TimeZone,
}

impl Zone {
    pub fn parse(raw: &str) -> Result<Zone, TextError> {
        let name = raw.trim();
        jiff::tz::TimeZone::get(name)
            .map(|tz| Zone {
                name: name.to_owned(),
                tz,
            })
            .map_err(|_| TextError::Invalid {
                field: "time zone",
                hint: "a name such as Europe/Berlin or UTC",
            })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// `2026-12-01` and `09:30` in this zone, as Unix seconds.
    pub fn timestamp(&self, date: &str, time: &str) -> Result<Timestamp, TextError> {
        let bad = TextError::Invalid {
            field: "date and time",
            hint: "a date like 2026-12-01 and a time like 09:30",
        };
        let dt: jiff::civil::DateTime = format!("{}T{}", date.trim(), time.trim())
            .parse()
            .map_err(|_| bad.clone())?;
        dt.to_zoned(self.tz.clone())
            .map(|z| z.timestamp().as_second())
            .map_err(|_| bad)
    }

    /// The same local time `days` later (or earlier) in `to`: a gathering moved to other dates
    /// or into another time zone keeps its slots' clock times.
    pub fn shift(&self, ts: Timestamp, days: i64, to: &Zone) -> Result<Timestamp, TextError> {
        let bad = TextError::Invalid {
            field: "dates",
            hint: "a date like 2026-12-01 within a few years",
        };
        let t = jiff::Timestamp::from_second(ts).map_err(|_| bad.clone())?;
        let civil = t.to_zoned(self.tz.clone()).datetime();
        let moved = civil
            .checked_add(jiff::Span::new().days(days))
            .map_err(|_| bad.clone())?;
        moved
            .to_zoned(to.tz.clone())
            .map(|z| z.timestamp().as_second())
            .map_err(|_| bad)
    }

    /// Days from `from` to `to`, both `2026-12-01`.
    pub fn days_between(from: &str, to: &str) -> Result<i64, TextError> {
        let bad = TextError::Invalid {
            field: "first day",
            hint: "a date like 2026-12-01",
        };
        let a: jiff::civil::Date = from.trim().parse().map_err(|_| bad.clone())?;
        let b: jiff::civil::Date = to.trim().parse().map_err(|_| bad.clone())?;
        let span = a.until(b).map_err(|_| bad.clone())?;
        let days = i64::from(span.get_days());
        if days.abs() > 3 * 366 {
            return Err(bad);
        }
        Ok(days)
    }

    /// Unix seconds as (`2026-12-01`, `09:30`) in this zone.
    pub fn local(&self, ts: Timestamp) -> (String, String) {
        match jiff::Timestamp::from_second(ts) {
            Ok(t) => {
                let z = t.to_zoned(self.tz.clone());
                (
                    z.strftime("%Y-%m-%d").to_string(),
                    z.strftime("%H:%M").to_string(),
                )
            }
            Err(_) => (String::new(), String::new()),
        }
    }

    /// Unix seconds as `2026-12-01 10:00 +01:00`: local time with its offset stated, for exports.
    pub fn stamp(&self, ts: Timestamp) -> String {
        jiff::Timestamp::from_second(ts)
            .map(|t| {
                t.to_zoned(self.tz.clone())
                    .strftime("%Y-%m-%d %H:%M %:z")
                    .to_string()
            })
            .unwrap_or_default()
    }
}

/// A slot's interval: it ends after it starts and lasts at most 12 hours.
pub fn slot_interval(starts: Timestamp, ends: Timestamp) -> Result<(), TextError> {
    if ends <= starts || ends - starts > 12 * 3600 {
        return Err(TextError::Invalid {
            field: "slot",
            hint: "it must end after it starts and last at most 12 hours",
        });
    }
    Ok(())
}

/// A slot as the grid rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridSlot {
    pub id: Id,
    pub starts: Timestamp,
    pub ends: Timestamp,
    pub kind: SlotKind,
}

/// Why a slot does not fit the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GridError {
    /// It overlaps another slot (touching ends are fine).
    #[error("it overlaps another slot")]
    Overlap { other: Id },
    /// A session slot that starts before the opening circle (the first plenary) ends.
    #[error("a session slot cannot start before the opening circle ends")]
    BeforeOpening { opening: Id },
}

/// The grid with `slot` added or changed (matched by id): no two slots overlap, and no session
/// slot starts before the first plenary of the gathering (its opening circle) has ended.
pub fn check_grid(others: &[GridSlot], slot: GridSlot) -> Result<(), GridError> {
    let mut all: Vec<GridSlot> = others.iter().filter(|s| s.id != slot.id).copied().collect();
    if let Some(o) = all
        .iter()
        .find(|o| o.starts < slot.ends && slot.starts < o.ends)
    {
        return Err(GridError::Overlap { other: o.id });
    }
    all.push(slot);
    let opening = all
        .iter()
        .filter(|s| s.kind == SlotKind::Plenary)
        .min_by_key(|s| (s.starts, s.id));
    if let Some(open) = opening
        && all
            .iter()
            .any(|s| s.kind == SlotKind::Sessions && s.starts < open.ends)
    {
        return Err(GridError::BeforeOpening { opening: open.id });
    }
    Ok(())
}

/// A placed session as the wall sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub session: Id,
    pub slot: Id,
    pub capacity: i32,
    pub interested: BTreeSet<Id>,
}

/// What a host and conveners should look at on the wall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// More people want the session than its room holds.
    OverCapacity {
        session: Id,
        interested: usize,
        capacity: i32,
    },
    /// Two sessions in one slot that the same people want.
    SharedInterest { a: Id, b: Id, people: usize },
}

/// Over-capacity sessions, then clashes of shared interest within each slot (the pairs with
/// the most people first).
pub fn warnings(placed: &[Placed]) -> Vec<Warning> {
    let mut out: Vec<Warning> = placed
        .iter()
        .filter(|p| p.interested.len() > p.capacity as usize)
        .map(|p| Warning::OverCapacity {
            session: p.session,
            interested: p.interested.len(),
            capacity: p.capacity,
        })
        .collect();
    let mut by_slot: BTreeMap<Id, Vec<&Placed>> = BTreeMap::new();
    for p in placed {
        by_slot.entry(p.slot).or_default().push(p);
    }
    let mut clashes = Vec::new();
    for group in by_slot.values() {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                let people = a.interested.intersection(&b.interested).count();
                if people > 0 {
                    let (a, b) = (a.session.min(b.session), a.session.max(b.session));
                    clashes.push(Warning::SharedInterest { a, b, people });
                }
            }
        }
    }
    clashes.sort_by_key(|w| match w {
        Warning::SharedInterest { people, .. } => std::cmp::Reverse(*people),
        Warning::OverCapacity { .. } => std::cmp::Reverse(0),
    });
    out.extend(clashes);
    out
}

/// A session's needs its space does not have ("projector" in a room without one), both as
/// [`features`] writes them.
pub fn unmet_needs(needs: &str, has: &str) -> Vec<String> {
    let has: BTreeSet<&str> = has.split(',').map(str::trim).collect();
    needs
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty() && !has.contains(n))
        .map(str::to_owned)
        .collect()
}

/// Checking in opens this long before a session starts.
pub const CHECK_IN_EARLY: Timestamp = 10 * 60;

/// Whether one may check in to a session in a slot at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckIn {
    /// More than [`CHECK_IN_EARLY`] before it starts.
    TooEarly,
    Open,
    Over,
}

/// Check-in is open while a session runs and in the 10 minutes before it starts.
pub fn check_in(now: Timestamp, starts: Timestamp, ends: Timestamp) -> CheckIn {
    if now < starts - CHECK_IN_EARLY {
        CheckIn::TooEarly
    } else if now < ends {
        CheckIn::Open
    } else {
        CheckIn::Over
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn needs_are_unmet_where_the_space_lacks_them() {
        assert_eq!(
            unmet_needs("accessible, projector", "projector"),
            ["accessible"]
        );
        assert!(unmet_needs("", "").is_empty());
        assert!(unmet_needs("projector", "projector, whiteboard").is_empty());
    }

    #[test]
    fn check_in_opens_ten_minutes_before_and_closes_at_the_end() {
        assert_eq!(check_in(1000 - 601, 1000, 2000), CheckIn::TooEarly);
        assert_eq!(check_in(1000 - 600, 1000, 2000), CheckIn::Open);
        assert_eq!(check_in(1999, 1000, 2000), CheckIn::Open);
        assert_eq!(check_in(2000, 1000, 2000), CheckIn::Over);
    }

    #[test]
    fn phases_move_forward_one_step() {
        assert_eq!(
            Phase::Invitation.advance_to(Phase::Marketplace),
            Ok(Phase::Marketplace)
        );
        let e = Phase::Invitation
            .advance_to(Phase::Sessions)
            .expect_err("skips a phase");
        assert_eq!(e.expected, "marketplace");
        assert!(Phase::Sessions.advance_to(Phase::Marketplace).is_err());
        assert!(Phase::Closed.advance_to(Phase::Closed).is_err());
        assert_eq!(Phase::Closed.next(), None);
        assert_eq!(
            Phase::Sessions.back_to(Phase::Marketplace),
            Ok(Phase::Marketplace)
        );
        assert!(Phase::Sessions.back_to(Phase::Invitation).is_err());
        assert!(Phase::Invitation.back_to(Phase::Invitation).is_err());
        assert_eq!(Phase::Invitation.previous(), None);
    }

    #[test]
    fn zones_convert_both_ways_across_daylight_saving() {
        let berlin = Zone::parse("Europe/Berlin").expect("zone");
        let winter = berlin.timestamp("2026-12-01", "09:30").expect("time");
        assert_eq!(winter, 1_796_113_800); // 08:30 UTC
        assert_eq!(berlin.local(winter), ("2026-12-01".into(), "09:30".into()));
        let summer = berlin.timestamp("2026-07-01", "09:30").expect("time");
        assert_eq!(berlin.local(summer).1, "09:30");
        assert_eq!(berlin.stamp(winter), "2026-12-01 09:30 +01:00");
        assert_eq!(berlin.stamp(summer), "2026-07-01 09:30 +02:00");
        assert!(Zone::parse("Mars/Olympus").is_err());
        assert!(berlin.timestamp("2026-13-01", "09:30").is_err());
    }

    #[test]
    fn features_are_a_sorted_set() {
        assert_eq!(
            features(" Projector,accessible, projector,").expect("ok"),
            "accessible, projector"
        );
        assert!(features("<script>").is_err());
        assert!(features("a,b,c,d,e,f,g,h,i").is_err());
    }

    #[test]
    fn warnings_name_overflow_and_clashes() {
        let set = |v: &[Id]| v.iter().copied().collect::<BTreeSet<_>>();
        let placed = vec![
            Placed {
                session: 1,
                slot: 10,
                capacity: 2,
                interested: set(&[1, 2, 3]),
            },
            Placed {
                session: 2,
                slot: 10,
                capacity: 9,
                interested: set(&[3]),
            },
            Placed {
                session: 3,
                slot: 11,
                capacity: 9,
                interested: set(&[1, 2]),
            },
        ];
        assert_eq!(
            warnings(&placed),
            vec![
                Warning::OverCapacity {
                    session: 1,
                    interested: 3,
                    capacity: 2
                },
                Warning::SharedInterest {
                    a: 1,
                    b: 2,
                    people: 1
                },
            ]
        );
    }

    #[test]
    fn the_grid_refuses_overlaps_and_sessions_before_the_opening() {
        let s = |id, starts, ends, kind| GridSlot {
            id,
            starts,
            ends,
            kind,
        };
        let open = s(1, 900, 945, SlotKind::Plenary);
        let grid = [open, s(2, 1000, 1100, SlotKind::Sessions)];
        assert_eq!(
            check_grid(&grid, s(3, 1030, 1130, SlotKind::Sessions)),
            Err(GridError::Overlap { other: 2 })
        );
        assert_eq!(
            check_grid(&grid, s(3, 1100, 1200, SlotKind::Sessions)),
            Ok(())
        );
        assert_eq!(
            check_grid(&grid, s(3, 800, 850, SlotKind::Sessions)),
            Err(GridError::BeforeOpening { opening: 1 })
        );
        // Editing a slot does not clash with itself; a closing circle is a later plenary.
        assert_eq!(
            check_grid(&grid, s(2, 1000, 1130, SlotKind::Sessions)),
            Ok(())
        );
        assert_eq!(
            check_grid(&grid, s(4, 1700, 1800, SlotKind::Plenary)),
            Ok(())
        );
    }

    proptest! {
        #[test]
        fn capacity_accepts_exactly_its_range(n in -5i64..20_000) {
            prop_assert_eq!(capacity(&n.to_string()).is_ok(), (1..=10_000).contains(&n));
        }

        #[test]
        fn a_clash_is_reported_only_within_a_slot(
            slots in proptest::collection::vec(0i32..3, 1..6),
            people in proptest::collection::vec(proptest::collection::btree_set(0i32..6, 0..4), 1..6),
        ) {
            let placed: Vec<Placed> = slots.iter().zip(&people).enumerate().map(|(i, (s, p))| Placed {
                session: i as Id, slot: *s, capacity: 100, interested: p.clone(),
            }).collect();
            for w in warnings(&placed) {
                if let Warning::SharedInterest { a, b, people } = w {
                    let (pa, pb) = (&placed[a as usize], &placed[b as usize]);
                    prop_assert_eq!(pa.slot, pb.slot);
                    prop_assert_eq!(people, pa.interested.intersection(&pb.interested).count());
                    prop_assert!(people > 0);
                }
            }
        }
    }
}
