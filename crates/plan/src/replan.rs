//! Re-planning a table rotation between rounds, moving only the people it concerns: people who
//! leave are taken out of the rounds still to come, people who arrive late are given a seat in
//! each of them, and everyone else keeps the table they were shown. A new plan from
//! [`crate::tables::solve_tables`] could lower repeats further, but it would send people who
//! already know their next table somewhere else.
//!
//! Each arrival takes, round by round, the table that adds the fewest repeated encounters
//! (with everyone they sat with in earlier rounds, and with other arrivals seated so far), then
//! the fewest people of their organization, then the fewest people; a table at capacity is
//! taken only when every table is (the table sizes then say so to the host).

use crate::tables::Seating;

/// A plan to change: `plan[round][table]` lists people; rounds before `from_round` have
/// happened (they count for who met whom) and are never changed.
#[derive(Debug, Clone)]
pub struct Replan<'a> {
    pub people: usize,
    pub plan: &'a Seating,
    /// Each table's capacity (the number of tables is its length).
    pub capacity: &'a [usize],
    pub from_round: usize,
    /// Organization of each person (optional), for mixing.
    pub organization: Option<&'a [u32]>,
    /// Hosts stay at their table: `(person, table)`; an arriving host goes there.
    pub hosts: &'a [(usize, usize)],
    /// People to seat in every round from `from_round` on (who are not seated there yet).
    pub arrivals: &'a [usize],
    /// People to take out of every round from `from_round` on.
    pub departures: &'a [usize],
}

/// The new plan, and who was moved: `(person, round)` for every seat that changed.
pub fn replan(r: &Replan<'_>) -> (Seating, Vec<(usize, usize)>) {
    let tables = r.capacity.len();
    let mut plan = r.plan.clone();
    for round in &mut plan {
        round.resize(tables, Vec::new());
    }
    let mut changed = Vec::new();
    let leaving = |x: &usize| r.departures.contains(x);
    for (w, round) in plan.iter_mut().enumerate().skip(r.from_round) {
        for table in round.iter_mut() {
            for &x in table.iter().filter(|x| leaving(x)) {
                changed.push((x, w));
            }
            table.retain(|x| !leaving(x));
        }
    }
    // met[a][b]: rounds a and b share a table in, over the whole plan as it stands.
    let mut met = vec![0u16; r.people * r.people];
    let idx = |a: usize, b: usize| a * r.people + b;
    for round in &plan {
        for table in round {
            for &a in table {
                for &b in table {
                    if a != b && a < r.people && b < r.people {
                        met[idx(a, b)] += 1;
                    }
                }
            }
        }
    }
    let arriving: Vec<usize> = r
        .arrivals
        .iter()
        .copied()
        .filter(|x| *x < r.people && !leaving(x))
        .collect();
    for (w, round) in plan.iter_mut().enumerate().skip(r.from_round) {
        for &x in &arriving {
            if round.iter().any(|t| t.contains(&x)) {
                continue;
            }
            let host_table = r.hosts.iter().find(|h| h.0 == x).map(|h| h.1);
            let best = match host_table {
                Some(t) if t < tables => t,
                _ => (0..tables)
                    .min_by_key(|&t| {
                        let people = &round[t];
                        let full = people.len() >= r.capacity[t];
                        let repeats: u32 = people.iter().map(|&y| u32::from(met[idx(x, y)])).sum();
                        let same = r
                            .organization
                            .map_or(0, |o| people.iter().filter(|&&y| o[y] == o[x]).count());
                        (full, repeats, same, people.len(), t)
                    })
                    .unwrap_or(0),
            };
            if tables == 0 {
                break;
            }
            for &y in &round[best] {
                met[idx(x, y)] += 1;
                met[idx(y, x)] += 1;
            }
            round[best].push(x);
            changed.push((x, w));
        }
    }
    (plan, changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::Budget;
    use crate::tables::{Problem, evaluate, solve_tables};

    fn table_of(plan: &Seating, w: usize, x: usize) -> Option<usize> {
        plan[w].iter().position(|t| t.contains(&x))
    }

    #[test]
    fn arrivals_and_departures_move_only_themselves() {
        // 24 people expected, 3 more arrive after round 1, two leave; hosts 0..4 at tables 0..4.
        let hosts: Vec<(usize, usize)> = (0..4).map(|t| (t, t)).collect();
        let p = Problem {
            people: 24,
            table_size: 6,
            rounds: 4,
            hosts: hosts.clone(),
            organization: Some((0..24).map(|x| (x % 3) as u32).collect()),
            keep_apart: vec![],
            absent: vec![],
        };
        let budget = Budget {
            iterations: Some(2_000),
            ..Budget::default()
        };
        let s = solve_tables(&p, 1, &budget).expect("solves");
        evaluate(&p, &s.seating).expect("the engine's checker accepts the plan");
        let orgs: Vec<u32> = (0..27).map(|x| (x % 3) as u32).collect();
        let (plan, moved) = replan(&Replan {
            people: 27,
            plan: &s.seating,
            capacity: &[8, 8, 8, 8],
            from_round: 1,
            organization: Some(&orgs),
            hosts: &hosts,
            arrivals: &[24, 25, 26],
            departures: &[7, 13],
        });
        for w in 0..4 {
            for x in 0..24 {
                if [7, 13].contains(&x) && w >= 1 {
                    assert_eq!(table_of(&plan, w, x), None);
                } else {
                    assert_eq!(
                        table_of(&plan, w, x),
                        table_of(&s.seating, w, x),
                        "{x} moved"
                    );
                }
            }
            for x in 24..27 {
                assert_eq!(table_of(&plan, w, x).is_some(), w >= 1);
            }
        }
        assert_eq!(moved.len(), 3 * 3 + 2 * 3);
        // The arrivals spread over the tables and no table passes its capacity.
        assert!(plan.iter().flatten().all(|t| t.len() <= 8));
        for round in &plan[1..] {
            let sizes: Vec<usize> = round.iter().map(Vec::len).collect();
            let (lo, hi) = (
                sizes.iter().min().expect("tables"),
                sizes.iter().max().expect("tables"),
            );
            assert!(hi - lo <= 2, "{sizes:?}");
        }
        // Every person there sits once per round, nobody who left is seated.
        for (w, round) in plan.iter().enumerate() {
            let mut seated: Vec<usize> = round.iter().flatten().copied().collect();
            seated.sort_unstable();
            let expected: Vec<usize> = if w == 0 {
                (0..24).collect()
            } else {
                (0..27).filter(|x| ![7, 13].contains(x)).collect()
            };
            assert_eq!(seated, expected, "round {w}");
        }
    }

    #[test]
    fn a_late_host_goes_to_their_table_and_full_tables_wait() {
        let plan: Seating = vec![vec![vec![0, 1], vec![2, 3]]; 2];
        let (out, _) = replan(&Replan {
            people: 6,
            plan: &plan,
            capacity: &[2, 3],
            from_round: 0,
            organization: None,
            hosts: &[(5, 0)],
            arrivals: &[4, 5],
            departures: &[],
        });
        assert_eq!(out[0][0], vec![0, 1, 5], "the host goes to their own table");
        assert_eq!(
            out[0][1],
            vec![2, 3, 4],
            "the traveller takes the table with room"
        );
    }
}
