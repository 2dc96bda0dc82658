//! Governance health as figures anyone in the community may read: horizontal actions (flags,
//! peer edits) against vertical ones (moderation decisions, hides) per month, time from flag to
//! decision, appeals, and how concentrated moderation is. Pure: the app gathers the records.
//!
//! Privacy. Flaggers, people who suggest edits and people who appeal did not agree to be
//! counted, so a figure about them is shown only when at least [`MIN_PEOPLE`] different people
//! are behind it, and a total is shown only if subtracting the shown parts from it leaves
//! nobody or at least [`MIN_PEOPLE`] people (complementary suppression). Vertical actions are
//! counted from the moderation log every member already reads (role holders act accountably,
//! under a pseudonym), so those figures add nothing to what is published and are shown in
//! full. Only finished months are counted, so two visits a day apart cannot be subtracted.

use crate::ids::AccountId;
use std::collections::{BTreeMap, BTreeSet};

/// No published figure about people who did not agree is about fewer than this many.
pub const MIN_PEOPLE: usize = 5;

/// A calendar month (UTC) as `year * 12 + month - 1`, so months compare and step by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i32);

impl Month {
    /// The month of a Unix time, in UTC.
    pub fn of(at: i64) -> Month {
        let date = jiff::Timestamp::from_second(at)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        Month(i32::from(date.year()) * 12 + i32::from(date.month()) - 1)
    }

    /// Unix time of this month's first second (UTC).
    pub fn start(self) -> i64 {
        let (y, m) = (self.0.div_euclid(12), self.0.rem_euclid(12) + 1);
        let (Ok(y), Ok(m)) = (i16::try_from(y), i8::try_from(m)) else {
            return 0;
        };
        jiff::civil::date(y, m, 1)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp().as_second())
            .unwrap_or(0)
    }

    /// "2026-03".
    pub fn label(self) -> String {
        format!("{}-{:02}", self.0.div_euclid(12), self.0.rem_euclid(12) + 1)
    }
}

/// What someone did, as the health page counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Act {
    /// A member flagged content (horizontal).
    Flag,
    /// A member suggested an edit to someone's content (horizontal).
    Edit,
}

/// One horizontal action by one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Horizontal {
    pub person: AccountId,
    pub month: Month,
    pub act: Act,
}

/// One vertical action from the moderation log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vertical {
    /// A case decided by a steward or curator.
    Decision { decider: AccountId, month: Month },
    /// Content hidden (by flags reaching the threshold, or by a decision).
    Hide { month: Month },
}

/// A figure about people who did not agree: the count, or `None` when it is withheld.
pub type Cell = Option<usize>;

/// One finished month's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    pub month: Month,
    pub flags: Cell,
    pub edits: Cell,
    /// Flags and edits together.
    pub horizontal: Cell,
    pub decisions: usize,
    pub hides: usize,
}

/// A decided case: when it was first flagged and when it was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecidedCase {
    pub flagged_at: i64,
    pub decided_at: i64,
    /// The people who flagged it (the median is about them).
    pub flaggers: usize,
}

/// An appeal against a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppealRecord {
    pub appellant: AccountId,
    /// Heard and reversed; `None` while it waits.
    pub reversed: Option<bool>,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Health {
    pub months: Vec<MonthRow>,
    /// Median seconds from a case's first flag to its decision; `None` when withheld.
    pub median_to_decision: Option<i64>,
    pub decided_cases: usize,
    /// Appeals per decision and reversals per heard appeal; `None` when withheld.
    pub appeal_rate: Option<f64>,
    pub reversal_rate: Option<f64>,
    pub decisions: usize,
    /// How many different people decided cases.
    pub deciders: usize,
    /// Share of all decisions taken by the one who took most.
    pub top_share: Option<f64>,
    /// Gini coefficient over the deciders' counts (0: even, towards 1: one hand).
    pub gini: Option<f64>,
}

/// The figures for the finished months `from..until` (months before `until`, usually the
/// current month, which is not finished).
pub fn health(
    horizontal: &[Horizontal],
    vertical: &[Vertical],
    cases: &[DecidedCase],
    appeals: &[AppealRecord],
    months: std::ops::Range<Month>,
) -> Health {
    let in_range = |m: Month| months.contains(&m);
    let mut rows = Vec::new();
    for m in (months.start.0..months.end.0).map(Month) {
        let of = |act: Act| -> BTreeSet<AccountId> {
            horizontal
                .iter()
                .filter(|h| h.month == m && h.act == act)
                .map(|h| h.person)
                .collect()
        };
        let count = |act: Act| {
            horizontal
                .iter()
                .filter(|h| h.month == m && h.act == act)
                .count()
        };
        let (flag_people, edit_people) = (of(Act::Flag), of(Act::Edit));
        let flags = shown(count(Act::Flag), flag_people.len());
        let edits = shown(count(Act::Edit), edit_people.len());
        let all: BTreeSet<AccountId> = flag_people.union(&edit_people).copied().collect();
        let mut withheld = BTreeSet::new();
        if flags.is_none() {
            withheld.extend(flag_people.iter().copied());
        }
        if edits.is_none() {
            withheld.extend(edit_people.iter().copied());
        }
        let total = count(Act::Flag) + count(Act::Edit);
        let horizontal_cell = if safe(all.len()) && safe(withheld.len()) {
            Some(total)
        } else {
            None
        };
        let decisions = vertical
            .iter()
            .filter(|v| matches!(v, Vertical::Decision { month, .. } if *month == m))
            .count();
        let hides = vertical
            .iter()
            .filter(|v| matches!(v, Vertical::Hide { month } if *month == m))
            .count();
        rows.push(MonthRow {
            month: m,
            flags,
            edits,
            horizontal: horizontal_cell,
            decisions,
            hides,
        });
    }

    let mut waits: Vec<i64> = cases
        .iter()
        .filter(|c| in_range(Month::of(c.decided_at)))
        .map(|c| (c.decided_at - c.flagged_at).max(0))
        .collect();
    waits.sort_unstable();
    let flaggers: usize = cases
        .iter()
        .filter(|c| in_range(Month::of(c.decided_at)))
        .map(|c| c.flaggers)
        .sum();
    let median_to_decision = (waits.len() >= MIN_PEOPLE && flaggers >= MIN_PEOPLE)
        .then(|| median(&waits))
        .flatten();

    let mut by_decider: BTreeMap<AccountId, usize> = BTreeMap::new();
    for v in vertical {
        if let Vertical::Decision { decider, month } = v
            && in_range(*month)
        {
            *by_decider.entry(*decider).or_default() += 1;
        }
    }
    let decisions: usize = by_decider.values().sum();
    let counts: Vec<usize> = by_decider.values().copied().collect();
    let top_share = counts
        .iter()
        .max()
        .map(|top| *top as f64 / decisions as f64);
    let gini = gini(&counts);

    let appellants: BTreeSet<AccountId> = appeals.iter().map(|a| a.appellant).collect();
    let heard: Vec<bool> = appeals.iter().filter_map(|a| a.reversed).collect();
    let appeals_shown = appellants.len() >= MIN_PEOPLE && decisions > 0;
    let appeal_rate = appeals_shown.then(|| appeals.len() as f64 / decisions as f64);
    let reversal_rate = (appeals_shown && !heard.is_empty())
        .then(|| heard.iter().filter(|r| **r).count() as f64 / heard.len() as f64);

    Health {
        months: rows,
        median_to_decision,
        decided_cases: waits.len(),
        appeal_rate,
        reversal_rate,
        decisions,
        deciders: counts.len(),
        top_share,
        gini,
    }
}

/// A count about `people` different people: shown when nobody or enough are behind it.
fn shown(count: usize, people: usize) -> Cell {
    safe(people).then_some(count)
}

fn safe(people: usize) -> bool {
    people == 0 || people >= MIN_PEOPLE
}

fn median(sorted: &[i64]) -> Option<i64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

/// Gini coefficient of non-negative counts: mean absolute difference over twice the mean.
pub fn gini(counts: &[usize]) -> Option<f64> {
    let n = counts.len();
    let sum: usize = counts.iter().sum();
    if n == 0 || sum == 0 {
        return None;
    }
    let mut diff = 0usize;
    for a in counts {
        for b in counts {
            diff += a.abs_diff(*b);
        }
    }
    Some(diff as f64 / (2.0 * (n * n) as f64 * (sum as f64 / n as f64)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn person(i: i32) -> AccountId {
        AccountId(i)
    }

    #[test]
    fn months_step_and_label() {
        let m = Month::of(1_772_323_200); // 2026-03-01T00:00:00Z
        assert_eq!(m.label(), "2026-03");
        assert_eq!(m.start(), 1_772_323_200);
        assert_eq!(Month(m.0 - 1).label(), "2026-02");
        assert_eq!(Month::of(m.start() - 1), Month(m.0 - 1));
    }

    #[test]
    fn gini_is_zero_when_even_and_high_in_one_hand() {
        assert_eq!(gini(&[3, 3, 3]), Some(0.0));
        let one = gini(&[10, 0, 0, 0]).unwrap_or_default();
        assert!((one - 0.75).abs() < 1e-9, "{one}");
        assert_eq!(gini(&[]), None);
    }

    #[test]
    fn four_flaggers_are_withheld_and_so_is_the_total_they_would_leak() {
        let m = Month(24_300);
        let mut h: Vec<Horizontal> = (0..4)
            .map(|i| Horizontal {
                person: person(i),
                month: m,
                act: Act::Flag,
            })
            .collect();
        h.extend((10..16).map(|i| Horizontal {
            person: person(i),
            month: m,
            act: Act::Edit,
        }));
        let out = health(&h, &[], &[], &[], m..Month(m.0 + 1));
        assert_eq!(out.months[0].flags, None);
        assert_eq!(out.months[0].edits, Some(6));
        assert_eq!(out.months[0].horizontal, None, "10 - 6 would give the 4");
    }

    #[test]
    fn appeals_of_fewer_than_five_people_are_withheld() {
        let v: Vec<Vertical> = (0..20)
            .map(|i| Vertical::Decision {
                decider: person(i % 2),
                month: Month(10),
            })
            .collect();
        let a: Vec<AppealRecord> = (0..4)
            .map(|i| AppealRecord {
                appellant: person(100 + i),
                reversed: Some(i == 0),
            })
            .collect();
        let out = health(&[], &v, &[], &a, Month(10)..Month(11));
        assert_eq!((out.appeal_rate, out.reversal_rate), (None, None));
        assert_eq!(out.top_share, Some(0.5));
        let mut five = a.clone();
        five.push(AppealRecord {
            appellant: person(200),
            reversed: None,
        });
        let out = health(&[], &v, &[], &five, Month(10)..Month(11));
        assert_eq!(out.appeal_rate, Some(0.25));
        assert_eq!(out.reversal_rate, Some(0.25));
    }

    fn records() -> impl Strategy<Value = Vec<Horizontal>> {
        prop::collection::vec((0..12i32, 0..3i32, any::<bool>()), 0..120).prop_map(|v| {
            v.into_iter()
                .map(|(p, m, flag)| Horizontal {
                    person: person(p),
                    month: Month(m),
                    act: if flag { Act::Flag } else { Act::Edit },
                })
                .collect()
        })
    }

    proptest! {
        /// The attacker's view: within a month the published cells (flags, edits, both) are
        /// sets of actions; any two sums of published cells where one's actions contain the
        /// other's differ by actions of nobody or of at least five people. Months are
        /// disjoint, so sums across months add nothing an attacker can subtract.
        #[test]
        fn no_subtraction_of_published_cells_singles_out_fewer_than_five(h in records()) {
            let out = health(&h, &[], &[], &[], Month(0)..Month(3));
            for row in &out.months {
                let people = |act: Option<Act>| -> Vec<AccountId> {
                    h.iter()
                        .filter(|r| r.month == row.month && act.is_none_or(|a| r.act == a))
                        .map(|r| r.person)
                        .collect()
                };
                // Each published cell with the multiset of actions behind it.
                let mut cells: Vec<Vec<(Act, AccountId)>> = Vec::new();
                let tag = |act: Act, v: Vec<AccountId>| v.into_iter().map(|p| (act, p)).collect::<Vec<_>>();
                if let Some(n) = row.flags {
                    prop_assert_eq!(n, people(Some(Act::Flag)).len());
                    cells.push(tag(Act::Flag, people(Some(Act::Flag))));
                }
                if let Some(n) = row.edits {
                    prop_assert_eq!(n, people(Some(Act::Edit)).len());
                    cells.push(tag(Act::Edit, people(Some(Act::Edit))));
                }
                if let Some(n) = row.horizontal {
                    prop_assert_eq!(n, people(None).len());
                    let mut both = tag(Act::Flag, people(Some(Act::Flag)));
                    both.extend(tag(Act::Edit, people(Some(Act::Edit))));
                    cells.push(both);
                }
                // Every sum of a subset of published cells, then every nested pair.
                let sums: Vec<Vec<(Act, AccountId)>> = (1u32..(1 << cells.len()))
                    .map(|mask| {
                        let mut s: Vec<_> = cells
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| mask & (1 << i) != 0)
                            .flat_map(|(_, c)| c.iter().copied())
                            .collect();
                        s.sort();
                        s
                    })
                    .chain(std::iter::once(Vec::new()))
                    .collect();
                for a in &sums {
                    for b in &sums {
                        let Some(rest) = minus(a, b) else { continue };
                        let who: BTreeSet<AccountId> = rest.iter().map(|(_, p)| *p).collect();
                        prop_assert!(
                            who.is_empty() || who.len() >= MIN_PEOPLE,
                            "{} published cells subtract to {} people in {:?}",
                            cells.len(), who.len(), row
                        );
                    }
                }
            }
        }
    }

    /// `a - b` as multisets, when `b` is contained in `a` (both sorted).
    fn minus(a: &[(Act, AccountId)], b: &[(Act, AccountId)]) -> Option<Vec<(Act, AccountId)>> {
        let mut rest = a.to_vec();
        for x in b {
            let i = rest.iter().position(|y| y == x)?;
            rest.remove(i);
        }
        Some(rest)
    }
}
