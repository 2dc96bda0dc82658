//! Agenda suggestion: the instance, the score and an independent checker. The solver lives in
//! [`solve`], the reference-instance generator in [`generate`].

pub mod generate;
pub mod solve;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use solve::{Budget, Options, solve};

/// What to minimize besides room overflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Σ over people and slots of max(0, wanted sessions in the slot − 1): sessions missed.
    #[default]
    Missed,
    /// Σ over people and slots of pairs of wanted sessions in the same slot.
    Pairs,
}

/// A session fixed to a cell by its convener or the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pin {
    pub session: usize,
    pub slot: usize,
    pub room: usize,
}

/// An Open Space agenda problem. Ids are indexes: sessions 0..sessions, rooms 0..rooms,
/// slots 0..slots, participants 0..participants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    pub sessions: usize,
    pub rooms: usize,
    pub slots: usize,
    pub participants: usize,
    pub room_capacity: Vec<u32>,
    /// The convener (a participant id) of each session.
    pub convener: Vec<usize>,
    /// Slots each convener cannot make, keyed by convener id (JSON object keys are strings).
    #[serde(default)]
    pub convener_unavailable_slots: BTreeMap<String, Vec<usize>>,
    /// The sessions each participant wants to attend.
    pub interests: Vec<Vec<usize>>,
    /// Cells no session may use (plenaries, breaks), as `[slot, room]`.
    #[serde(default)]
    pub locked_cells: Vec<[usize; 2]>,
    /// Sessions that must stay where they are.
    #[serde(default)]
    pub pinned: Vec<Pin>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    #[error("room_capacity has {got} entries for {rooms} rooms")]
    Capacities { got: usize, rooms: usize },
    #[error("convener has {got} entries for {sessions} sessions")]
    Conveners { got: usize, sessions: usize },
    #[error("interests has {got} entries for {participants} participants")]
    Interests { got: usize, participants: usize },
    #[error("{what} {id} is out of range")]
    OutOfRange { what: &'static str, id: String },
    #[error("{sessions} sessions do not fit in {cells} free cells")]
    TooManySessions { sessions: usize, cells: usize },
    #[error("pinned sessions collide: {0}")]
    BadPin(String),
    #[error("no agenda satisfies the conveners' constraints (found none after repair)")]
    NoFeasibleStart,
}

/// A placement: `[slot, room]` for each session.
pub type Placement = Vec<[usize; 2]>;

/// The parts of the objective, all computed from scratch by [`evaluate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    pub missed: u64,
    pub pairs: u64,
    pub overflow: u64,
    /// Sessions placed elsewhere than in the given current agenda (re-planning).
    pub moves: u64,
}

impl Score {
    /// The value minimized: the chosen co-interest term plus overflow (plus weighted moves).
    pub fn value(&self, objective: Objective, move_weight: u64) -> u64 {
        let clash = match objective {
            Objective::Missed => self.missed,
            Objective::Pairs => self.pairs,
        };
        clash + self.overflow + move_weight * self.moves
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Infeasible {
    #[error("placement has {got} entries for {sessions} sessions")]
    Length { got: usize, sessions: usize },
    #[error("session {session} is outside the grid")]
    OutOfGrid { session: usize },
    #[error("sessions {a} and {b} share cell [{slot}, {room}]")]
    SharedCell {
        a: usize,
        b: usize,
        slot: usize,
        room: usize,
    },
    #[error("session {session} uses locked cell [{slot}, {room}]")]
    Locked {
        session: usize,
        slot: usize,
        room: usize,
    },
    #[error("convener {convener} has two sessions in slot {slot}")]
    ConvenerTwice { convener: usize, slot: usize },
    #[error("convener {convener} is unavailable in slot {slot}")]
    ConvenerAway { convener: usize, slot: usize },
    #[error("pinned session {session} was moved")]
    PinMoved { session: usize },
}

impl Instance {
    pub fn check(&self) -> Result<(), InstanceError> {
        if self.room_capacity.len() != self.rooms {
            return Err(InstanceError::Capacities {
                got: self.room_capacity.len(),
                rooms: self.rooms,
            });
        }
        if self.convener.len() != self.sessions {
            return Err(InstanceError::Conveners {
                got: self.convener.len(),
                sessions: self.sessions,
            });
        }
        if self.interests.len() != self.participants {
            return Err(InstanceError::Interests {
                got: self.interests.len(),
                participants: self.participants,
            });
        }
        let out = |what, id: String| InstanceError::OutOfRange { what, id };
        if let Some(c) = self.convener.iter().find(|c| **c >= self.participants) {
            return Err(out("convener", c.to_string()));
        }
        for (c, slots) in &self.convener_unavailable_slots {
            if c.parse::<usize>().map_or(true, |c| c >= self.participants) {
                return Err(out("convener", c.clone()));
            }
            if let Some(t) = slots.iter().find(|t| **t >= self.slots) {
                return Err(out("slot", t.to_string()));
            }
        }
        if let Some(s) = self
            .interests
            .iter()
            .flatten()
            .find(|s| **s >= self.sessions)
        {
            return Err(out("session", s.to_string()));
        }
        for [t, r] in &self.locked_cells {
            if *t >= self.slots || *r >= self.rooms {
                return Err(out("locked cell", format!("[{t}, {r}]")));
            }
        }
        let mut taken = std::collections::BTreeSet::new();
        let mut pinned = std::collections::BTreeSet::new();
        for p in &self.pinned {
            if p.session >= self.sessions || p.slot >= self.slots || p.room >= self.rooms {
                return Err(out("pin", format!("{p:?}")));
            }
            if self.locked_cells.contains(&[p.slot, p.room])
                || !taken.insert((p.slot, p.room))
                || !pinned.insert(p.session)
            {
                return Err(InstanceError::BadPin(format!("{p:?}")));
            }
        }
        let cells = self.slots * self.rooms
            - self
                .locked_cells
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len();
        if self.sessions > cells {
            return Err(InstanceError::TooManySessions {
                sessions: self.sessions,
                cells,
            });
        }
        Ok(())
    }

    /// Unavailable slots per convener id, as a dense lookup.
    pub(crate) fn unavailable(&self) -> BTreeMap<usize, Vec<usize>> {
        self.convener_unavailable_slots
            .iter()
            .filter_map(|(c, slots)| c.parse().ok().map(|c| (c, slots.clone())))
            .collect()
    }

    /// How many participants want each session.
    pub fn demand(&self) -> Vec<u32> {
        let mut d = vec![0u32; self.sessions];
        for wants in &self.interests {
            let mut seen = wants.clone();
            seen.sort_unstable();
            seen.dedup();
            for s in seen {
                d[s] += 1;
            }
        }
        d
    }
}

/// Recomputes feasibility and every part of the score from scratch. `current` is the agenda
/// being re-planned, if any. Independent of the solver's incremental bookkeeping.
pub fn evaluate(
    inst: &Instance,
    placement: &[[usize; 2]],
    current: Option<&[Option<[usize; 2]>]>,
) -> Result<Score, Infeasible> {
    if placement.len() != inst.sessions {
        return Err(Infeasible::Length {
            got: placement.len(),
            sessions: inst.sessions,
        });
    }
    let mut cell: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut convener_slot: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let unavailable = inst.unavailable();
    for (s, &[t, r]) in placement.iter().enumerate() {
        if t >= inst.slots || r >= inst.rooms {
            return Err(Infeasible::OutOfGrid { session: s });
        }
        if let Some(a) = cell.insert((t, r), s) {
            return Err(Infeasible::SharedCell {
                a,
                b: s,
                slot: t,
                room: r,
            });
        }
        if inst.locked_cells.contains(&[t, r]) {
            return Err(Infeasible::Locked {
                session: s,
                slot: t,
                room: r,
            });
        }
        let c = inst.convener[s];
        if convener_slot.insert((c, t), s).is_some() {
            return Err(Infeasible::ConvenerTwice {
                convener: c,
                slot: t,
            });
        }
        if unavailable.get(&c).is_some_and(|u| u.contains(&t)) {
            return Err(Infeasible::ConvenerAway {
                convener: c,
                slot: t,
            });
        }
    }
    for p in &inst.pinned {
        if placement[p.session] != [p.slot, p.room] {
            return Err(Infeasible::PinMoved { session: p.session });
        }
    }
    let mut score = Score::default();
    for wants in &inst.interests {
        let mut per_slot = vec![0u64; inst.slots];
        let mut seen = wants.clone();
        seen.sort_unstable();
        seen.dedup();
        for s in seen {
            per_slot[placement[s][0]] += 1;
        }
        for c in per_slot {
            score.missed += c.saturating_sub(1);
            score.pairs += c * c.saturating_sub(1) / 2;
        }
    }
    for (s, d) in inst.demand().into_iter().enumerate() {
        score.overflow += u64::from(d.saturating_sub(inst.room_capacity[placement[s][1]]));
    }
    if let Some(cur) = current {
        score.moves = placement
            .iter()
            .zip(cur)
            .filter(|(a, b)| b.is_some_and(|b| **a != b))
            .count() as u64;
    }
    Ok(score)
}

/// Sentences a host can read about the weak spots of an agenda, worst first.
pub fn explain(inst: &Instance, placement: &[[usize; 2]], names: Option<&[String]>) -> Vec<String> {
    let name = |s: usize| {
        names
            .and_then(|n| n.get(s).cloned())
            .unwrap_or_else(|| format!("session {s}"))
    };
    let demand = inst.demand();
    let mut notes: Vec<(u64, String)> = Vec::new();
    for (s, &[t, r]) in placement.iter().enumerate() {
        let short = demand[s].saturating_sub(inst.room_capacity[r]);
        if short > 0 {
            notes.push((
                u64::from(short),
                format!(
                    "Room {r} is {short} seats short for '{}' (slot {t}).",
                    name(s)
                ),
            ));
        }
    }
    let mut clash: BTreeMap<(usize, usize), u64> = BTreeMap::new();
    for wants in &inst.interests {
        for (i, &a) in wants.iter().enumerate() {
            for &b in &wants[i + 1..] {
                if a != b && placement[a][0] == placement[b][0] {
                    *clash.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
    }
    for ((a, b), n) in clash {
        notes.push((
            n,
            format!(
                "{n} people want both '{}' and '{}', which share slot {}.",
                name(a),
                name(b),
                placement[a][0]
            ),
        ));
    }
    notes.sort_by_key(|n| std::cmp::Reverse(n.0));
    notes.into_iter().map(|(_, s)| s).collect()
}
