//! Greedy start (after Triska and Musliu, "An effective greedy heuristic for the Social Golfer
//! Problem", 2012): round by round, table by table, seat the pair that costs least with the
//! people already there and, among those, keeps the most freedom: the most people neither of
//! the two has met, who could still sit with them later.

use super::search::{ABSENT, State};
use rand::Rng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// First people of a pair tried per pick when many remain (the partner is always searched in
/// full), so a pick stays O(n) on large gatherings.
const SAMPLE: usize = 48;

/// Seats every round; the rounds of `given` (a seating of the first rounds, from a
/// construction) as they are.
pub(super) fn seat_all(s: &mut State, given: &[Vec<Vec<usize>>], rng: &mut ChaCha8Rng) {
    let (n, g) = (s.n, s.g);
    let words = n.div_ceil(64);
    // `known[x * words ..]`: bitset of the people x has met (and x).
    let mut known = vec![0u64; n * words];
    for x in 0..n {
        known[x * words + x / 64] |= 1 << (x % 64);
    }
    for w in 0..s.p.rounds {
        if let Some(round) = given.get(w) {
            for (t, table) in round.iter().enumerate() {
                for &x in table {
                    s.seat(w, x, t);
                }
            }
        } else {
            seat_round(s, w, &known, rng);
        }
        for t in 0..g {
            let table = &s.members[w * g + t];
            for &a in table {
                for &b in table {
                    known[a * words + b / 64] |= 1 << (b % 64);
                }
            }
        }
    }
}

/// One round, table by table, pair by pair.
fn seat_round(s: &mut State, w: usize, known: &[u64], rng: &mut ChaCha8Rng) {
    let (n, g) = (s.n, s.g);
    let words = n.div_ceil(64);
    let present = s.p.present();
    let sizes = s.p.round_sizes();
    // Host tables take the largest sizes, so a host present always has a seat.
    let hosts: Vec<(usize, usize)> =
        s.p.hosts
            .iter()
            .copied()
            .filter(|&(h, _)| present[w][h])
            .collect();
    let mut order: Vec<usize> = hosts.iter().map(|&(_, t)| t).collect();
    let others: Vec<usize> = (0..g).filter(|t| !order.contains(t)).collect();
    order.extend(others);
    let mut free = vec![0; g];
    for (i, &t) in order.iter().enumerate() {
        free[t] = sizes[w][i];
    }
    for &(h, t) in &hosts {
        s.seat(w, h, t);
        free[t] -= 1;
    }
    let mut rest: Vec<usize> = (0..n)
        .filter(|&x| present[w][x] && s.table[w * n + x] == ABSENT)
        .collect();
    rest.shuffle(rng);
    for &t in &order {
        while free[t] > 0 {
            let cost: Vec<i64> = rest
                .iter()
                .map(|&a| {
                    s.members[w * g + t]
                        .iter()
                        .map(|&z| s.join_cost(w, a, z))
                        .sum()
                })
                .collect();
            let freedom = |a: usize, b: usize| -> u32 {
                let (ka, kb) = (&known[a * words..][..words], &known[b * words..][..words]);
                ka.iter()
                    .zip(kb)
                    .map(|(x, y)| (!(x | y)).count_ones())
                    .sum()
            };
            // Key: least cost, then most freedom; ties at random.
            let mut best: Option<((i64, u32), usize, Option<usize>)> = None;
            let mut ties = 0u32;
            let mut consider = |key: (i64, u32), i: usize, j: Option<usize>| {
                let better = match best {
                    None => true,
                    Some((bk, ..)) if key.0 < bk.0 || (key.0 == bk.0 && key.1 > bk.1) => true,
                    Some((bk, ..)) if key == bk => {
                        ties += 1;
                        rng.gen_range(0..=ties) == 0
                    }
                    _ => false,
                };
                if better {
                    if best.is_none_or(|(bk, ..)| bk != key) {
                        ties = 0;
                    }
                    best = Some((key, i, j));
                }
            };
            let firsts = rest.len().min(SAMPLE);
            if free[t] >= 2 && rest.len() >= 2 {
                for i in 0..firsts {
                    for j in 0..rest.len() {
                        if j == i || (j < firsts && j < i) {
                            continue;
                        }
                        let (a, b) = (rest[i], rest[j]);
                        let c = cost[i] + cost[j] + s.join_cost(w, a, b);
                        consider((c, freedom(a, b)), i, Some(j));
                    }
                }
            } else {
                for i in 0..rest.len() {
                    consider((cost[i], freedom(rest[i], rest[i])), i, None);
                }
            }
            let Some((_, i, j)) = best else { break };
            let mut picked = vec![rest[i]];
            picked.extend(j.map(|j| rest[j]));
            for &x in &picked {
                s.seat(w, x, t);
                free[t] -= 1;
            }
            rest.retain(|x| !picked.contains(x));
        }
    }
}
