//! A design run as the gathering's agenda: one plenary slot per block, labelled with the
//! block's title, at computed start times; every timer action moves them (a block started
//! early or late, extended, or left for the next one), so the gathering page, its live wall
//! and the kiosk show when each block really runs. The slots a run made are remembered
//! (`design_run_slots`), so a new run replaces only them, never the host's own slots.

use crate::{App, Message, Result};
use convene_domain::Timestamp;
use convene_domain::gathering::{GridError, GridSlot, SlotKind, Zone, check_grid};
use convene_domain::text::CellLabel;
use convene_domain::timer::Timer;
use convene_practice::{Activity, Block, Catalog, Design};
use convene_store::library;
use convene_store::store_db::ConnectionTrait;
use convene_store::{Gathering, gatherings};
use std::sync::OnceLock;

/// No block's slot is shorter than this, even one left the moment it started.
pub const MIN_SLOT_SECS: i64 = 60;

/// The blocks one after another from `start`: (start, end) in seconds.
pub fn plan(start: Timestamp, durations: &[i64]) -> Vec<(Timestamp, Timestamp)> {
    let mut at = start;
    durations
        .iter()
        .map(|d| {
            let s = at;
            at += d;
            (s, at)
        })
        .collect()
}

/// Where the blocks sit after a timer action took the timer from `before` to `after` at
/// `now`, given where they sat (`prev`): blocks done keep their times, except that the one
/// just left ends now; the current block starts now if it has just been started for the
/// first time, and ends when its time (with extensions) is up, counted from now once it has
/// run at all; the blocks after it follow one another.
pub fn retime(
    prev: &[(Timestamp, Timestamp)],
    before: &Timer,
    after: &Timer,
    durations: &[i64],
    now: Timestamp,
) -> Vec<(Timestamp, Timestamp)> {
    let mut t = prev.to_vec();
    let n = t.len().min(durations.len());
    let (b0, b1) = (before.block as usize, after.block as usize);
    if b1 > b0 && b0 < n {
        t[b0].1 = now.max(t[b0].0 + MIN_SLOT_SECS);
        if b1 < n {
            t[b1].0 = t[b0].1;
        }
    }
    if b1 >= n {
        return t;
    }
    let fresh = b1 == b0
        && before.running_since.is_none()
        && before.spent == 0
        && after.running_since.is_some();
    if fresh {
        let after_previous = if b1 > 0 { t[b1 - 1].1 } else { now };
        t[b1].0 = now.max(after_previous);
    }
    let planned = durations[b1] + after.extra;
    let started = after.running_since.is_some() || after.spent > 0;
    t[b1].1 = if started {
        let left = planned - after.spent_at(now);
        (now + left.max(0)).max(t[b1].0 + MIN_SLOT_SECS)
    } else {
        t[b1].0 + planned
    };
    for i in b1 + 1..n {
        t[i].0 = t[i - 1].1;
        t[i].1 = t[i].0 + durations[i];
    }
    t
}

fn catalog() -> Option<&'static Catalog> {
    static CATALOG: OnceLock<Option<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| convene_practice::catalog().ok())
        .as_ref()
}

/// A block's name on the agenda: its own title, else its practice's title (at most 80
/// characters, as every slot label).
pub fn label(b: &Block) -> String {
    let title: String = match &b.activity {
        Activity::Free { title } => title.as_str().into(),
        Activity::Practice { title: Some(t), .. } => t.as_str().into(),
        Activity::Practice {
            practice,
            title: None,
        } => catalog()
            .and_then(|c| c.practices.get(practice))
            .map_or_else(|| practice.as_str().into(), |p| p.title.as_str().into()),
    };
    let short: String = title.chars().take(80).collect();
    CellLabel::parse(&short).map_or_else(|_| String::new(), |l| l.as_str().to_owned())
}

/// Whether the blocks at `times` fit among the host's slots (`grid`), as
/// `domain::gathering::check_grid` says; else which block clashes with which slot.
fn fits(grid: &[GridSlot], times: &[(Timestamp, Timestamp)]) -> Result<(), (usize, i32)> {
    let mut all = grid.to_vec();
    for (i, &(starts, ends)) in times.iter().enumerate() {
        // Ids below zero stand for the blocks not saved yet.
        let this = GridSlot {
            id: -1 - i32::try_from(i).unwrap_or(0),
            starts,
            ends,
            kind: SlotKind::Plenary,
        };
        check_grid(&all, this).map_err(|e| match e {
            GridError::Overlap { other } | GridError::BeforeOpening { opening: other } => {
                (i, other)
            }
        })?;
        all.push(this);
    }
    Ok(())
}

impl App {
    /// Removes the slots the gathering's run made (before a new run replaces it).
    pub(crate) async fn clear_run(&self, db: &impl ConnectionTrait, gathering: i32) -> Result<()> {
        for (_, slot) in library::run_slots(db, gathering).await? {
            gatherings::remove_slot(db, gathering, slot).await?;
        }
        Ok(())
    }

    /// Lays out one plenary slot per block of `design` (after [`App::clear_run`]),
    /// from `start`, checked against the host's own slots; without a start, from the first
    /// moment from `now` on (now, or the end of one of the host's slots) where they all fit.
    pub(crate) async fn lay_out_run(
        &self,
        db: &impl ConnectionTrait,
        g: &Gathering,
        zone: &Zone,
        design: &Design,
        start: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<()> {
        let durations: Vec<i64> = design
            .blocks
            .iter()
            .map(|b| i64::from(b.minutes.get()) * 60)
            .collect();
        let slots = gatherings::slots(db, g.id).await?;
        let grid: Vec<GridSlot> = slots
            .iter()
            .map(|s| GridSlot {
                id: s.id,
                starts: s.starts_at,
                ends: s.ends_at,
                kind: SlotKind::parse(&s.kind).unwrap_or(SlotKind::Sessions),
            })
            .collect();
        let candidates: Vec<Timestamp> = match start {
            Some(s) => vec![s],
            None => {
                let mut c: Vec<Timestamp> = std::iter::once(now)
                    .chain(slots.iter().map(|s| s.ends_at).filter(|e| *e > now))
                    .collect();
                c.sort_unstable();
                c.dedup();
                c
            }
        };
        let mut clash = None;
        let mut chosen = None;
        for c in candidates {
            let times = plan(c, &durations);
            match fits(&grid, &times) {
                Ok(()) => {
                    chosen = Some(times);
                    break;
                }
                Err(e) => clash = Some((times, e)),
            }
        }
        let Some(times) = chosen else {
            let (times, (block, other)) = clash.unwrap_or_default();
            let named = slots.iter().find(|x| x.id == other).map_or_else(
                || "another block".to_owned(),
                |x| {
                    let (d, a) = zone.local(x.starts_at);
                    let (_, z) = zone.local(x.ends_at);
                    let what = if x.label.is_empty() {
                        &x.kind
                    } else {
                        &x.label
                    };
                    format!("the slot {d} {a}–{z} ({what})")
                },
            );
            let (d, a) = times
                .get(block)
                .map_or_else(|| (String::new(), String::new()), |t| zone.local(t.0));
            return Err(Message::t("error-block-clash")
                .text("block", block + 1)
                .text("date", d)
                .text("time", a)
                .text("named", named)
                .field("starts"));
        };
        for (i, ((s, e), b)) in times.into_iter().zip(&design.blocks).enumerate() {
            let slot =
                gatherings::add_slot(db, g.id, (s, e), SlotKind::Plenary.as_str(), &label(b))
                    .await?;
            library::add_run_slot(db, g.id, i32::try_from(i).unwrap_or(i32::MAX), slot.id).await?;
        }
        Ok(())
    }

    /// Moves the run's slots after a timer action (a slot the host removed stays removed).
    pub(crate) async fn retime_run(
        &self,
        db: &impl ConnectionTrait,
        gathering: i32,
        design: &Design,
        before: &Timer,
        after: &Timer,
        now: Timestamp,
    ) -> Result<()> {
        let made = library::run_slots(db, gathering).await?;
        if made.is_empty() {
            return Ok(());
        }
        let slots = gatherings::slots(db, gathering).await?;
        let durations: Vec<i64> = design
            .blocks
            .iter()
            .map(|b| i64::from(b.minutes.get()) * 60)
            .collect();
        // Where each block sat: its slot, else where it would follow the one before.
        let mut prev = Vec::with_capacity(durations.len());
        let mut at = slots.first().map_or(now, |s| s.starts_at);
        for (i, d) in durations.iter().enumerate() {
            let known = made
                .iter()
                .find(|(b, _)| *b as usize == i)
                .and_then(|(_, id)| slots.iter().find(|s| s.id == *id));
            let here = known.map_or((at, at + d), |s| (s.starts_at, s.ends_at));
            at = here.1;
            prev.push(here);
        }
        let next = retime(&prev, before, after, &durations, now);
        for (b, id) in made {
            let (Some(&(s, e)), Some(slot)) =
                (next.get(b as usize), slots.iter().find(|x| x.id == id))
            else {
                continue;
            };
            if (s, e) != (slot.starts_at, slot.ends_at) {
                gatherings::update_slot(db, gathering, id, (s, e), &slot.kind, &slot.label).await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: [i64; 3] = [600, 300, 900];

    fn step(t: &mut Timer, f: impl FnOnce(&mut Timer)) -> (Timer, Timer) {
        let before = *t;
        f(t);
        (before, *t)
    }

    #[test]
    fn the_agenda_follows_the_timer() {
        let start = 10_000;
        let planned = plan(start, &D);
        assert_eq!(
            planned,
            vec![(10_000, 10_600), (10_600, 10_900), (10_900, 11_800)]
        );

        // Started 100 s early: the first block starts then, the rest follow.
        let mut t = Timer::default();
        let (a, b) = step(&mut t, |t| t.start(9_900, 3).expect("start"));
        let s1 = retime(&planned, &a, &b, &D, 9_900);
        assert_eq!(
            s1,
            vec![(9_900, 10_500), (10_500, 10_800), (10_800, 11_700)]
        );

        // Paused after 200 s for 50 s: its end is projected from now.
        let (a, b) = step(&mut t, |t| t.pause(10_100).expect("pause"));
        let s2 = retime(&s1, &a, &b, &D, 10_100);
        assert_eq!(s2[0], (9_900, 10_500));
        let (a, b) = step(&mut t, |t| t.start(10_150, 3).expect("resume"));
        let s3 = retime(&s2, &a, &b, &D, 10_150);
        assert_eq!(s3[0], (9_900, 10_550), "400 s were left when it resumed");
        assert_eq!(s3[1].0, 10_550);

        // Extended by 5 minutes: it and everything after move by 300 s.
        let (a, b) = step(&mut t, |t| t.extend(300, 3).expect("extend"));
        let s4 = retime(&s3, &a, &b, &D, 10_200);
        assert_eq!(
            s4,
            vec![(9_900, 10_850), (10_850, 11_150), (11_150, 12_050)]
        );

        // Next block early: the first ends now, the second starts now and runs its time.
        let (a, b) = step(&mut t, |t| t.next(10_400, 3).expect("next"));
        let s5 = retime(&s4, &a, &b, &D, 10_400);
        assert_eq!(
            s5,
            vec![(9_900, 10_400), (10_400, 10_700), (10_700, 11_600)]
        );

        // The second runs 100 s over: the third starts when the host moves on.
        let (a, b) = step(&mut t, |t| t.next(10_800, 3).expect("next"));
        let s6 = retime(&s5, &a, &b, &D, 10_800);
        assert_eq!(s6[1], (10_400, 10_800));
        assert_eq!(s6[2], (10_800, 11_700));

        // The last block left: it ends now, nothing else moves.
        let (a, b) = step(&mut t, |t| t.next(11_000, 3).expect("next"));
        let s7 = retime(&s6, &a, &b, &D, 11_000);
        assert_eq!(s7[..2], s6[..2]);
        assert_eq!(s7[2], (10_800, 11_000));
    }

    #[test]
    fn before_the_start_only_extensions_move_the_plan_and_slots_never_collapse() {
        let planned = plan(50_000, &D);
        let mut t = Timer::default();
        let (a, b) = step(&mut t, |t| t.extend(120, 3).expect("extend"));
        let s = retime(&planned, &a, &b, &D, 1_000);
        assert_eq!(s[0], (50_000, 50_720), "the plan keeps its start");
        assert_eq!(s[1].0, 50_720);
        // Leaving a block the moment it started still gives it a minute on the agenda.
        let (a, b) = step(&mut t, |t| t.next(1_000, 3).expect("next"));
        let s = retime(&s, &a, &b, &D, 1_000);
        assert_eq!(s[0], (50_000, 50_060));
        for w in s.windows(2) {
            assert!(w[0].1 <= w[1].0 && w[0].0 < w[0].1, "{s:?}");
        }
    }
}
