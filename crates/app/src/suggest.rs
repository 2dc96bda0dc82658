//! "Suggest an agenda": the planning engine proposes cells for the sessions from the interest
//! people signalled and the rooms' capacities; the host sees the moves first and applies them
//! as one change. Sessions already on the wall stay unless moving them clearly helps (each move
//! costs `MOVE_WEIGHT` in the engine's objective). Sessions are placed, never people.

use crate::gathering::phase_of;
use crate::{Allowed, can};
use crate::{App, AppError, Result};
use convene_domain::gathering::SlotKind;
use convene_domain::ids::*;
use convene_plan::agenda::{self, Budget, Instance, Options, Score};
use convene_store::{gatherings, sessions};
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

/// What one moved session cost in the engine's objective, against one person missing a session.
const MOVE_WEIGHT: u64 = 2;

/// A session and the `(space, slot)` cell it goes to.
pub type CellMove = (i32, (i32, i32));

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub session: i32,
    pub title: String,
    pub from: Option<(i32, i32)>,
    pub to: (i32, i32),
}

#[derive(Debug, Clone)]
pub struct Suggestion {
    /// The gathering's version the suggestion was made from; applying checks it.
    pub version: i64,
    pub moves: Vec<Move>,
    pub before: Score,
    pub after: Score,
    /// The engine's words for the host ("Room A is 12 seats short for 'Climate'").
    pub notes: Vec<String>,
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
            return Err(AppError::Conflict(
                "The agenda can change only in the marketplace and sessions phases.".into(),
            ));
        }
        let spaces = gatherings::spaces(db, g.id).await?;
        let slots: Vec<_> = gatherings::slots(db, g.id)
            .await?
            .into_iter()
            .filter(|s| s.kind == SlotKind::Sessions.as_str())
            .collect();
        let locked = gatherings::locked_cells(db, g.id).await?;
        let list = sessions::list(db, g.id).await?;
        let interests = sessions::interests(db, g.id).await?;
        if list.is_empty() || spaces.is_empty() || slots.is_empty() {
            return Err(AppError::Conflict(
                "There is nothing to plan yet: the wall needs spaces, session slots and sessions."
                    .into(),
            ));
        }
        let room_of: HashMap<i32, usize> =
            spaces.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let slot_of: HashMap<i32, usize> =
            slots.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
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
            locked_cells: locked
                .iter()
                .filter_map(|l| Some([*slot_of.get(&l.slot_id)?, *room_of.get(&l.space_id)?]))
                .collect(),
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
            ..Options::default()
        };
        let names: Vec<String> = list.iter().map(|s| s.title.clone()).collect();
        let (solution, before, notes) = tokio::task::spawn_blocking(move || {
            let solution = agenda::solve(&inst, &opts);
            // The wall as it is, scored by the same checker (unplaced sessions count nothing).
            let placed: Vec<usize> = (0..inst.sessions)
                .filter(|s| current[*s].is_some())
                .collect();
            let sub = sub_instance(&inst, &placed);
            let before = agenda::evaluate(
                &sub,
                &placed
                    .iter()
                    .filter_map(|s| current[*s])
                    .collect::<Vec<_>>(),
                None,
            )
            .ok();
            let notes = solution
                .as_ref()
                .map(|s| agenda::explain(&inst, &s.placement, Some(&names)))
                .unwrap_or_default();
            (solution, before, notes)
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
        let solution = solution.map_err(|e| AppError::Conflict(format!("No agenda fits: {e}.")))?;
        let moves = list
            .iter()
            .zip(&solution.placement)
            .filter_map(|(s, [slot, room])| {
                let to = (spaces[*room].id, slots[*slot].id);
                let from = s.space_id.zip(s.slot_id);
                (from != Some(to)).then(|| Move {
                    session: s.id,
                    title: s.title.clone(),
                    from,
                    to,
                })
            })
            .collect();
        Ok(Suggestion {
            version: g.version,
            moves,
            before: before.unwrap_or_default(),
            after: solution.score,
            notes,
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
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        // `change` bumped the version once: the preview must have been of the one before.
        if gathering.version != version + 1 {
            return Err(AppError::Conflict(
                "The wall changed since this suggestion was made; here is a new one.".into(),
            ));
        }
        for (sid, _) in moves {
            sessions::get(&c.tx, gathering_id.get(), *sid).await?;
            sessions::place(&c.tx, *sid, None).await?;
        }
        for (sid, cell) in moves {
            self.check_cell(&c.tx, gathering_id.get(), *cell).await?;
            sessions::place(&c.tx, *sid, Some(*cell)).await?;
        }
        self.commit(c).await
    }
}

/// The instance restricted to some sessions (to score a partial wall).
fn sub_instance(inst: &Instance, keep: &[usize]) -> Instance {
    let new: HashMap<usize, usize> = keep.iter().enumerate().map(|(n, s)| (*s, n)).collect();
    Instance {
        sessions: keep.len(),
        convener: keep.iter().map(|s| inst.convener[*s]).collect(),
        interests: inst
            .interests
            .iter()
            .map(|w| w.iter().filter_map(|s| new.get(s).copied()).collect())
            .collect(),
        pinned: Vec::new(),
        ..inst.clone()
    }
}
