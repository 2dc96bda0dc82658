//! Agenda suggestion: the instance, the score and an independent checker. The solver lives in
//! [`solve`], the reference-instance generator in [`generate`].

pub mod exact;
pub mod generate;
pub mod solve;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use solve::{Budget, Options, solve};

/// What to minimize besides room overflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Σ over people of (sessions they want − distinct slots among the wanted sessions that are
    /// placed): a wanted session at the same time as another, or left in the marketplace, is
    /// one session missed.
    #[default]
    Missed,
    /// Σ over people and slots of pairs of wanted sessions in the same slot, plus each wanted
    /// session left in the marketplace.
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
    #[error("pinned sessions collide: {0}")]
    BadPin(String),
    #[error(
        "too large: at most 10,000 sessions, 1,000 rooms, 1,000 slots, 100,000 cells, 100,000 participants and 2 million interests"
    )]
    TooLarge,
}

/// A placement: `[slot, room]` for each session, `None` for a session left in the marketplace
/// (JSON `null`).
pub type Placement = Vec<Option<[usize; 2]>>;

/// The parts of the objective, all computed from scratch by [`evaluate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    pub missed: u64,
    pub pairs: u64,
    pub overflow: u64,
    /// Sessions placed elsewhere than in the given current agenda (re-planning); a session
    /// taken off the wall counts as moved.
    pub moves: u64,
    /// Sessions left in the marketplace (their wanters count in `missed` and `pairs`).
    #[serde(default)]
    pub unplaced: u64,
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
        // Bounds first: the search keeps tables of slots × rooms and sessions × slots.
        let wants: usize = self.interests.iter().map(Vec::len).sum();
        if self.sessions > 10_000
            || self.rooms > 1_000
            || self.slots > 1_000
            || self.slots * self.rooms > 100_000
            || self.participants > 100_000
            || wants > 2_000_000
        {
            return Err(InstanceError::TooLarge);
        }
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
    placement: &[Option<[usize; 2]>],
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
    for (s, at) in placement.iter().enumerate() {
        let Some([t, r]) = *at else { continue };
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
        if placement[p.session] != Some([p.slot, p.room]) {
            return Err(Infeasible::PinMoved { session: p.session });
        }
    }
    Ok(score(inst, placement, current))
}

/// The score of a placement whose cells are inside the grid, feasible or not (a wall as people
/// left it may break a rule the engine keeps). Cells outside the grid count as unplaced.
pub fn score(
    inst: &Instance,
    placement: &[Option<[usize; 2]>],
    current: Option<&[Option<[usize; 2]>]>,
) -> Score {
    let at = |s: usize| {
        placement
            .get(s)
            .copied()
            .flatten()
            .filter(|&[t, r]| t < inst.slots && r < inst.rooms)
    };
    let mut score = Score::default();
    for wants in &inst.interests {
        let mut per_slot = vec![0u64; inst.slots];
        let mut seen = wants.clone();
        seen.sort_unstable();
        seen.dedup();
        for s in seen {
            match at(s) {
                Some([t, _]) => per_slot[t] += 1,
                None => {
                    score.missed += 1;
                    score.pairs += 1;
                }
            }
        }
        for c in per_slot {
            score.missed += c.saturating_sub(1);
            score.pairs += c * c.saturating_sub(1) / 2;
        }
    }
    for (s, d) in inst.demand().into_iter().enumerate() {
        match at(s) {
            Some([_, r]) => score.overflow += u64::from(d.saturating_sub(inst.room_capacity[r])),
            None => score.unplaced += 1,
        }
    }
    if let Some(cur) = current {
        score.moves = (0..inst.sessions)
            .zip(cur)
            .filter(|(s, b)| b.is_some_and(|b| at(*s) != Some(b)))
            .count() as u64;
    }
    score
}

/// Names for sessions, rooms and slots in the sentences of [`explain`]; without them, "session
/// 3", "room 1", "slot 2".
#[derive(Debug, Clone, Copy, Default)]
pub struct Labels<'a> {
    pub sessions: Option<&'a [String]>,
    pub rooms: Option<&'a [String]>,
    pub slots: Option<&'a [String]>,
}

impl Labels<'_> {
    fn get(list: Option<&[String]>, i: usize, what: &str) -> String {
        list.and_then(|l| l.get(i).cloned())
            .unwrap_or_else(|| format!("{what} {i}"))
    }
    pub fn session(&self, s: usize) -> String {
        Self::get(self.sessions, s, "session")
    }
    pub fn room(&self, r: usize) -> String {
        Self::get(self.rooms, r, "room")
    }
    pub fn slot(&self, t: usize) -> String {
        Self::get(self.slots, t, "slot")
    }
}

/// Sentences a host can read about the weak spots of an agenda, worst first: rooms too small
/// and sessions people want at the same time. Sessions left out are the caller's to name.
pub fn explain(inst: &Instance, placement: &[Option<[usize; 2]>], labels: &Labels) -> Vec<String> {
    let demand = inst.demand();
    let mut notes: Vec<(u64, String)> = Vec::new();
    for (s, at) in placement.iter().enumerate() {
        let Some([t, r]) = *at else { continue };
        let short = demand[s].saturating_sub(inst.room_capacity[r]);
        if short > 0 {
            notes.push((
                u64::from(short),
                format!(
                    "{} is {short} {} short for “{}” ({}).",
                    labels.room(r),
                    if short == 1 { "seat" } else { "seats" },
                    labels.session(s),
                    labels.slot(t)
                ),
            ));
        }
    }
    let slot = |s: usize| placement.get(s).copied().flatten().map(|[t, _]| t);
    let mut clash: BTreeMap<(usize, usize), u64> = BTreeMap::new();
    for wants in &inst.interests {
        for (i, &a) in wants.iter().enumerate() {
            for &b in &wants[i + 1..] {
                if a != b && slot(a).is_some() && slot(a) == slot(b) {
                    *clash.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
    }
    for ((a, b), n) in clash {
        notes.push((
            n,
            format!(
                "{n} {} want both “{}” and “{}”, which both run at {}.",
                if n == 1 { "person" } else { "people" },
                labels.session(a),
                labels.session(b),
                labels.slot(slot(a).unwrap_or(0))
            ),
        ));
    }
    notes.sort_by_key(|n| std::cmp::Reverse(n.0));
    notes.into_iter().map(|(_, s)| s).collect()
}
