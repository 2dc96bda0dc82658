//! Seeded generator of agenda instances, as specified for the reference sizes:
//! - session popularity is Zipf(a) over a random permutation of the sessions;
//! - each participant wants Poisson(k) sessions, clipped to [2, 3k], drawn by popularity
//!   without replacement;
//! - room capacities run linearly from 2.0 to 0.5 (relative), scaled so that the rooms seat
//!   about one participant each per slot, at least 10 seats a room;
//! - 15% of sessions share their convener with another session;
//! - each convener is unavailable in about 10% of slots (never so many that their sessions
//!   cannot all be placed).
//!
//! [`Spec::extra_sessions`] turns a size into a marketplace with more sessions than cells (the
//! usual state before the wall fills, or after a room is lost): only the session count grows.

use super::Instance;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    pub sessions: usize,
    pub rooms: usize,
    pub slots: usize,
    pub participants: usize,
    /// Mean number of sessions a participant wants.
    pub k: f64,
    pub zipf_a: f64,
    pub seed: u64,
}

/// The reference sizes os20, os60, os120 and os300.
pub fn reference(name: &str, zipf_a: f64, seed: u64) -> Option<Spec> {
    let (sessions, rooms, slots, participants, k) = match name {
        "os20" => (20, 4, 5, 50, 5.0),
        "os60" => (60, 6, 10, 500, 8.0),
        "os120" => (120, 10, 12, 1500, 8.0),
        "os300" => (300, 15, 20, 5000, 10.0),
        _ => return None,
    };
    Some(Spec {
        sessions,
        rooms,
        slots,
        participants,
        k,
        zipf_a,
        seed,
    })
}

impl Spec {
    /// The same gathering with `percent` % more sessions than (slot, room) cells.
    pub fn extra_sessions(self, percent: u32) -> Self {
        let cells = self.rooms * self.slots;
        Self {
            sessions: (cells * (100 + percent as usize)).div_ceil(100),
            ..self
        }
    }
}

fn poisson(rng: &mut ChaCha8Rng, mean: f64) -> usize {
    // Knuth's method: fine for the small means used here.
    let limit = (-mean).exp();
    let mut p = 1.0;
    let mut n = 0;
    loop {
        p *= rng.r#gen::<f64>();
        if p <= limit {
            return n;
        }
        n += 1;
    }
}

pub fn generate(spec: &Spec) -> Instance {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let (s_n, p_n, t_n, r_n) = (spec.sessions, spec.participants, spec.slots, spec.rooms);
    let mut order: Vec<usize> = (0..s_n).collect();
    order.shuffle(&mut rng);
    let mut weight = vec![0.0; s_n];
    for (rank, &s) in order.iter().enumerate() {
        weight[s] = 1.0 / ((rank + 1) as f64).powf(spec.zipf_a);
    }
    let hi = ((3.0 * spec.k).round() as usize).min(s_n);
    let interests = (0..p_n)
        .map(|_| {
            let n = poisson(&mut rng, spec.k).clamp(2.min(s_n), hi.max(2.min(s_n)));
            // Weighted sampling without replacement (Efraimidis–Spirakis keys u^(1/w)).
            let mut keyed: Vec<(f64, usize)> = (0..s_n)
                .map(|s| (rng.r#gen::<f64>().powf(1.0 / weight[s]), s))
                .collect();
            keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
            let mut wants: Vec<usize> = keyed.into_iter().take(n).map(|(_, s)| s).collect();
            wants.sort_unstable();
            wants
        })
        .collect();
    let rel: Vec<f64> = (0..r_n)
        .map(|r| {
            if r_n == 1 {
                1.0
            } else {
                2.0 - 1.5 * r as f64 / (r_n - 1) as f64
            }
        })
        .collect();
    let total: f64 = rel.iter().sum();
    let room_capacity = rel
        .iter()
        .map(|x| ((x * p_n as f64 / total).round() as u32).max(10))
        .collect();
    let mut people: Vec<usize> = (0..p_n).collect();
    people.shuffle(&mut rng);
    let mut convener: Vec<usize> = (0..s_n).map(|s| people[s % p_n]).collect();
    let shared = (0.15 * s_n as f64).round() as usize;
    let mut sessions: Vec<usize> = (0..s_n).collect();
    sessions.shuffle(&mut rng);
    for &s in sessions.iter().take(shared) {
        let other = sessions[rng.gen_range(shared..s_n.max(shared + 1)).min(s_n - 1)];
        convener[s] = convener[other];
    }
    let mut per_convener: BTreeMap<usize, usize> = BTreeMap::new();
    for &c in &convener {
        *per_convener.entry(c).or_default() += 1;
    }
    let mut convener_unavailable_slots = BTreeMap::new();
    for (&c, &n) in &per_convener {
        let mut away: Vec<usize> = (0..t_n).filter(|_| rng.gen_bool(0.1)).collect();
        away.truncate(t_n.saturating_sub(n));
        if !away.is_empty() {
            convener_unavailable_slots.insert(c.to_string(), away);
        }
    }
    Instance {
        sessions: s_n,
        rooms: r_n,
        slots: t_n,
        participants: p_n,
        room_capacity,
        convener,
        convener_unavailable_slots,
        interests,
        locked_cells: Vec::new(),
        pinned: Vec::new(),
    }
}
