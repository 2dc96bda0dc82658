//! "Suggest an agenda": the planning engine proposes cells for the sessions from the interest
//! people signalled and the rooms' capacities; the host sees the resulting wall first and
//! applies it as one change. Sessions already on the wall stay unless moving them clearly helps
//! (each move costs `MOVE_WEIGHT` in the engine's objective). With more sessions than free cells
//! (the usual marketplace, or a room lost) the engine chooses which sessions wait, and says so;
//! a session waits only if no free cell can take it.
//! Sessions are placed, never people.

use crate::Message;
use crate::gathering::{phase_of, zone_of};
use crate::{Allowed, can};
use crate::{App, AppError, Result};
use convene_domain::gathering::{SlotKind, Zone};
use convene_domain::ids::*;
use convene_plan::agenda::{self, Budget, Instance, Labels, Options, Score};
use convene_store::{gatherings, sessions};
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

/// What one moved session cost in the engine's objective, against one person missing a session.
const MOVE_WEIGHT: u64 = 2;

/// The worst spots a preview names; more would not be read.
const NOTES: usize = 8;

/// A `(space, slot)` cell.
pub type CellId = (i32, i32);

/// A session and where it goes: a cell, or back to the marketplace (`None`).
pub type CellMove = (i32, Option<CellId>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub session: i32,
    pub title: String,
    pub from: Option<CellId>,
    pub to: Option<CellId>,
    /// `from` and `to` in words: "Garden, Tue 10:30" or "the marketplace".
    pub from_text: String,
    pub to_text: String,
}

#[derive(Debug, Clone)]
pub struct Suggestion {
    /// The gathering's version the suggestion was made from; applying checks it.
    pub version: i64,
    pub moves: Vec<Move>,
    /// The wall as it is and as suggested, scored alike: a person who wants a session still
    /// in the marketplace misses it, now and after.
    pub before: Score,
    pub after: Score,
    /// The engine's words for the host, with names and local times ("Big Hall is 12 seats
    /// short for “Climate” (Tue 10:30).").
    pub notes: Vec<String>,
    /// Where each session would be (`None`: it waits in the marketplace).
    pub plan: HashMap<i32, Option<CellId>>,
    /// Sessions the suggestion leaves in the marketplace, most wanted first.
    pub waiting: Vec<String>,
    /// Free session cells left with the suggestion applied.
    pub free_after: usize,
}

impl Suggestion {
    /// Why sessions wait and what the host can do, or `None` if every session has a cell.
    pub fn waiting_note(&self) -> Option<String> {
        let n = self.waiting.len();
        if n == 0 {
            return None;
        }
        let (count, verb) = if n == 1 {
            ("1 session".to_owned(), "stays")
        } else {
            (format!("{n} sessions"), "stay")
        };
        let why = match self.free_after {
            0 => String::new(),
            1 => " although 1 cell is free (its conveners run another session then)".to_owned(),
            f => format!(" although {f} cells are free (their conveners run another session then)"),
        };
        let them = if n == 1 { "it" } else { "them" };
        Some(format!(
            "{count} {verb} in the marketplace{why}: add a slot or a room to place {them}."
        ))
    }
}

impl App {
    /// Asks the planning engine for an agenda (about a second of search, off the async runtime).
    pub async fn suggest_agenda(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
    ) -> Result<Suggestion> {
        let db = self.store.conn();
        let g = gatherings::get(db, ctx.community.id, gathering_id.get()).await?;
        if !phase_of(&g)?.allows_convening() {
            return Err(Message::t("error-agenda-closed").conflict());
        }
        let zone = zone_of(&g)?;
        let spaces = gatherings::spaces(db, g.id).await?;
        let slots: Vec<_> = gatherings::slots(db, g.id)
            .await?
            .into_iter()
            .filter(|s| s.kind == SlotKind::Sessions.as_str())
            .collect();
        let locked = gatherings::locked_cells(db, g.id).await?;
        let list = sessions::list(db, g.id).await?;
        let interests = sessions::interests(db, g.id).await?;
        if list.is_empty() {
            return Err(Message::t("error-suggest-no-sessions").conflict());
        }
        let room_of: HashMap<i32, usize> =
            spaces.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let slot_of: HashMap<i32, usize> =
            slots.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let locked_cells: Vec<[usize; 2]> = locked
            .iter()
            .filter_map(|l| Some([*slot_of.get(&l.slot_id)?, *room_of.get(&l.space_id)?]))
            .collect();
        let cells = spaces.len() * slots.len() - locked_cells.len();
        if cells == 0 {
            return Err(Message::t("error-suggest-no-cell").conflict());
        }
        // People are indexes: conveners and everyone who signalled interest.
        let mut person: BTreeMap<i32, usize> = BTreeMap::new();
        let index = |id: i32, person: &mut BTreeMap<i32, usize>| {
            let n = person.len();
            *person.entry(id).or_insert(n)
        };
        let convener: Vec<usize> = list
            .iter()
            .map(|s| index(s.convener_id.unwrap_or(-s.id), &mut person))
            .collect();
        let session_index: HashMap<i32, usize> =
            list.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let mut wants: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in &interests {
            let p = index(i.account_id, &mut person);
            if let Some(s) = session_index.get(&i.session_id) {
                wants.entry(p).or_default().push(*s);
            }
        }
        let inst = Instance {
            sessions: list.len(),
            rooms: spaces.len(),
            slots: slots.len(),
            participants: person.len(),
            room_capacity: spaces.iter().map(|s| s.capacity.max(0) as u32).collect(),
            convener,
            convener_unavailable_slots: BTreeMap::new(),
            interests: (0..person.len())
                .map(|p| wants.remove(&p).unwrap_or_default())
                .collect(),
            locked_cells,
            pinned: Vec::new(),
        };
        let current: Vec<Option<[usize; 2]>> = list
            .iter()
            .map(|s| Some([*slot_of.get(&s.slot_id?)?, *room_of.get(&s.space_id?)?]))
            .collect();
        let opts = Options {
            seed: (g.id as u64) << 32 | g.version as u64,
            budget: Budget {
                iterations: Some(400_000),
                time: Some(Duration::from_secs(1)),
                cancel: None,
            },
            current: Some(current.clone()),
            move_weight: MOVE_WEIGHT,
            fill_cells: true,
            ..Options::default()
        };
        let names: Vec<String> = list.iter().map(|s| s.title.clone()).collect();
        let rooms: Vec<String> = spaces.iter().map(|s| s.name.clone()).collect();
        let times = slot_times(
            &zone,
            &slots.iter().map(|s| s.starts_at).collect::<Vec<_>>(),
        );
        let slot_labels = times.clone();
        let (solution, before, notes) = tokio::task::spawn_blocking(move || {
            let solution = agenda::solve(&inst, &opts);
            // The wall as it is, scored by the same rule as the suggestion.
            let before = agenda::score(&inst, &current, None);
            let labels = Labels {
                sessions: Some(&names),
                rooms: Some(&rooms),
                slots: Some(&slot_labels),
            };
            let notes = solution
                .as_ref()
                .map(|s| agenda::explain(&inst, &s.placement, &labels))
                .unwrap_or_default()
                .into_iter()
                .take(NOTES)
                .collect::<Vec<_>>();
            (solution, before, notes)
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
        let solution = solution.map_err(|e| AppError::Internal(format!("planner: {e}")))?;
        let cell_of = |at: Option<[usize; 2]>| at.map(|[t, r]| (spaces[r].id, slots[t].id));
        let words = |cell: Option<CellId>| match cell {
            None => "the marketplace".to_owned(),
            Some((space, slot)) => {
                let room = spaces
                    .iter()
                    .find(|s| s.id == space)
                    .map(|s| s.name.as_str());
                let time = slot_of.get(&slot).map_or("", |&t| times[t].as_str());
                format!("{}, {time}", room.unwrap_or("?"))
            }
        };
        let mut moves = Vec::new();
        let mut plan = HashMap::new();
        for (s, at) in list.iter().zip(&solution.placement) {
            let to = cell_of(*at);
            plan.insert(s.id, to);
            let from = s.space_id.zip(s.slot_id);
            if from != to {
                moves.push(Move {
                    session: s.id,
                    title: s.title.clone(),
                    from,
                    to,
                    from_text: words(from),
                    to_text: words(to),
                });
            }
        }
        let demand = {
            let mut d: HashMap<i32, usize> = HashMap::new();
            for i in &interests {
                *d.entry(i.session_id).or_default() += 1;
            }
            d
        };
        let mut waiting: Vec<&convene_store::Session> = list
            .iter()
            .filter(|s| plan.get(&s.id).is_some_and(Option::is_none))
            .collect();
        waiting.sort_by_key(|s| std::cmp::Reverse(demand.get(&s.id).copied().unwrap_or(0)));
        Ok(Suggestion {
            version: g.version,
            moves,
            before,
            free_after: cells - (list.len() - waiting.len()),
            waiting: waiting.into_iter().map(|s| s.title.clone()).collect(),
            after: solution.score,
            notes,
            plan,
        })
    }

    /// Applies a previewed suggestion as one change, if the wall has not changed since.
    pub async fn apply_suggestion(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        version: i64,
        moves: &[CellMove],
    ) -> Result<()> {
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        // `change` bumped the version once: the preview must have been of the one before.
        if gathering.version != version + 1 {
            return Err(Message::t("error-suggest-wall-changed").conflict());
        }
        for (sid, _) in moves {
            sessions::get(&c.tx, gathering_id.get(), *sid).await?;
            sessions::place(&c.tx, *sid, None).await?;
        }
        for (sid, cell) in moves {
            if let Some(cell) = cell {
                self.check_cell(&c.tx, gathering_id.get(), *cell).await?;
                sessions::place(&c.tx, *sid, Some(*cell)).await?;
            }
        }
        let waiting = moves.iter().filter(|(_, cell)| cell.is_none()).count();
        c.audit(
            "suggestion.apply",
            convene_domain::audit::Subject::new(
                convene_domain::audit::SubjectKind::Gathering,
                gathering_id.get(),
            ),
            &format!(
                "{} sessions moved, {waiting} to the marketplace",
                moves.len() - waiting
            ),
            "",
        );
        self.commit(c).await
    }
}

/// Slot start times as a host reads them: "Tue 10:30", with the date too ("Tue 1 Dec 10:30")
/// when the slots span a week or more, so no two days read alike.
fn slot_times(zone: &Zone, starts: &[i64]) -> Vec<String> {
    let span = starts.iter().max().zip(starts.iter().min());
    let long = span.is_some_and(|(hi, lo)| hi - lo >= 6 * 24 * 3600);
    let format = if long { "%a %-d %b %H:%M" } else { "%a %H:%M" };
    let tz = jiff::tz::TimeZone::get(zone.name()).unwrap_or(jiff::tz::TimeZone::UTC);
    starts
        .iter()
        .map(|&ts| {
            jiff::Timestamp::from_second(ts)
                .map(|t| t.to_zoned(tz.clone()).strftime(format).to_string())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_times_read_as_weekday_and_time() {
        let zone = Zone::parse("Europe/Berlin").expect("zone");
        // 2026-12-01 is a Tuesday; 09:30 UTC is 10:30 in Berlin.
        let tue = 1_796_117_400;
        assert_eq!(
            slot_times(&zone, &[tue, tue + 3600]),
            vec!["Tue 10:30", "Tue 11:30"]
        );
        assert_eq!(
            slot_times(&zone, &[tue, tue + 7 * 24 * 3600]),
            vec!["Tue 1 Dec 10:30", "Tue 8 Dec 10:30"]
        );
    }

    fn suggestion(waiting: usize, free_after: usize) -> Suggestion {
        Suggestion {
            version: 1,
            moves: Vec::new(),
            before: Score::default(),
            after: Score::default(),
            notes: Vec::new(),
            plan: HashMap::new(),
            waiting: (0..waiting).map(|i| format!("S{i}")).collect(),
            free_after,
        }
    }

    #[test]
    fn the_waiting_note_says_what_to_do() {
        assert_eq!(suggestion(0, 3).waiting_note(), None);
        assert_eq!(
            suggestion(3, 0).waiting_note().as_deref(),
            Some("3 sessions stay in the marketplace: add a slot or a room to place them.")
        );
        assert_eq!(
            suggestion(1, 0).waiting_note().as_deref(),
            Some("1 session stays in the marketplace: add a slot or a room to place it.")
        );
        assert!(
            suggestion(2, 1)
                .waiting_note()
                .is_some_and(|n| n.contains("although 1 cell is free"))
        );
    }
}
