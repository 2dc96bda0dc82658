//! The planning engine against an independent checker, exhaustive search on small instances,
//! and the generator's contract.

use convene_plan::agenda::exact;
use convene_plan::agenda::generate::{Spec, generate, reference};
use convene_plan::agenda::{
    Budget, Infeasible, Instance, InstanceError, Labels, Objective, Options, Pin, evaluate,
    explain, solve,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

#[path = "plan/fuzz.rs"]
mod fuzz;

fn opts(seed: u64, iterations: u64) -> Options {
    Options {
        seed,
        budget: Budget {
            iterations: Some(iterations),
            ..Budget::default()
        },
        ..Options::default()
    }
}

/// Every placement of sessions into distinct free cells, each session possibly left in the
/// marketplace: the best value (None if none is feasible).
fn exhaustive(inst: &Instance, objective: Objective) -> Option<u64> {
    let cells: Vec<[usize; 2]> = (0..inst.slots)
        .flat_map(|t| (0..inst.rooms).map(move |r| [t, r]))
        .filter(|c| !inst.locked_cells.contains(c))
        .collect();
    let mut best = None;
    let mut placement = vec![None; inst.sessions];
    let mut used = vec![false; cells.len()];
    fn rec(
        i: usize,
        inst: &Instance,
        cells: &[[usize; 2]],
        used: &mut [bool],
        placement: &mut Vec<Option<[usize; 2]>>,
        best: &mut Option<u64>,
        objective: Objective,
    ) {
        if i == inst.sessions {
            if let Ok(score) = evaluate(inst, placement, None) {
                let v = score.value(objective, 0);
                if best.is_none_or(|b| v < b) {
                    *best = Some(v);
                }
            }
            return;
        }
        placement[i] = None;
        rec(i + 1, inst, cells, used, placement, best, objective);
        for (k, c) in cells.iter().enumerate() {
            if !used[k] {
                used[k] = true;
                placement[i] = Some(*c);
                rec(i + 1, inst, cells, used, placement, best, objective);
                used[k] = false;
            }
        }
        placement[i] = None;
    }
    rec(
        0,
        inst,
        &cells,
        &mut used,
        &mut placement,
        &mut best,
        objective,
    );
    best
}

fn small(seed: u64, sessions: usize, rooms: usize, slots: usize) -> Instance {
    let mut inst = generate(&Spec {
        sessions,
        rooms,
        slots,
        participants: 12,
        k: 3.0,
        zipf_a: 1.0,
        seed,
    });
    inst.room_capacity = (0..rooms).map(|r| 2 + 2 * r as u32).collect();
    inst
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]
    /// Up to twice as many sessions as the six (or four) cells: the engine's choice of which
    /// sessions wait in the marketplace is optimal too.
    #[test]
    fn finds_the_optimum_of_small_instances(
        seed in 0u64..10_000,
        sessions in 3usize..9,
        slots in 2usize..4,
        pairs_objective: bool,
    ) {
        let inst = small(seed, sessions, 2, slots);
        let objective = if pairs_objective { Objective::Pairs } else { Objective::Missed };
        let optimum = exhaustive(&inst, objective);
        let sol = solve(&inst, &Options { objective, ..opts(seed, 20_000) }).expect("solves");
        let checked = evaluate(&inst, &sol.placement, None).expect("feasible");
        prop_assert_eq!(checked.value(objective, 0), sol.tracked_value, "incremental bookkeeping agrees with the checker");
        prop_assert_eq!(Some(sol.score.value(objective, 0)), optimum);
        let cells = 2 * slots;
        prop_assert!(checked.unplaced as usize >= sessions.saturating_sub(cells));
        // A session waits beside a free cell it may use only where placing it costs more.
        for (s, at) in sol.placement.iter().enumerate() {
            if at.is_some() {
                continue;
            }
            for t in 0..slots {
                for r in 0..2 {
                    if sol.placement.contains(&Some([t, r])) {
                        continue;
                    }
                    let mut placed = sol.placement.clone();
                    placed[s] = Some([t, r]);
                    if let Ok(there) = evaluate(&inst, &placed, None) {
                        prop_assert!(there.value(objective, 0) > checked.value(objective, 0), "session {s} could take [{t}, {r}] at no cost");
                    }
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    /// The exact branch and bound (from a deliberately weak start: 10 moves of the search)
    /// proves the optimum exhaustive search finds, with pins and locked cells too; its agenda
    /// passes the checker at that value.
    #[test]
    fn exact_search_matches_exhaustive_search(
        seed in 0u64..10_000,
        sessions in 3usize..9,
        slots in 2usize..4,
        pin: bool,
        lock: bool,
    ) {
        let mut inst = small(seed, sessions, 2, slots);
        if lock {
            inst.locked_cells.push([slots - 1, 1]);
        }
        if pin {
            inst.pinned.push(Pin { session: 0, slot: 0, room: 0 });
            let c = inst.convener[0];
            inst.convener_unavailable_slots.remove(&c.to_string());
            // Another session of the same convener may not share the pinned slot.
        }
        prop_assume!(inst.check().is_ok());
        let optimum = exhaustive(&inst, Objective::Missed);
        let found = exact::optimum(&inst, &opts(seed, 10), None).expect("solves");
        prop_assert!(found.proven);
        let checked = evaluate(&inst, &found.placement, None).expect("feasible");
        prop_assert_eq!(Some(checked.value(Objective::Missed, 0)), optimum);
        prop_assert_eq!(found.value, checked.value(Objective::Missed, 0));
    }
}

/// The objective by hand: a wanted session left in the marketplace counts like a clash, and
/// overflow counts only placed sessions.
#[test]
fn sessions_left_out_count_as_missed() {
    let mut inst = Instance {
        sessions: 3,
        rooms: 1,
        slots: 1,
        participants: 3,
        room_capacity: vec![2],
        convener: vec![0, 1, 2],
        convener_unavailable_slots: BTreeMap::new(),
        // Person 0 wants all three sessions, person 1 the first two, person 2 the first.
        interests: vec![vec![0, 1, 2], vec![0, 1], vec![0]],
        locked_cells: Vec::new(),
        pinned: Vec::new(),
    };
    let score = evaluate(&inst, &[Some([0, 0]), None, None], None).expect("feasible");
    // Person 0 misses 2 (three wanted, one slot), person 1 misses 1; three want session 0 in
    // a room for two.
    assert_eq!((score.missed, score.overflow, score.unplaced), (3, 1, 2));
    assert_eq!(
        score.pairs, 3,
        "no two wanted sessions share a slot; 3 left out"
    );
    let none = evaluate(&inst, &[None, None, None], None).expect("feasible");
    assert_eq!(
        (none.missed, none.overflow, none.unplaced),
        (6, 0, 3),
        "nothing placed: everyone misses everything, nobody stands"
    );
    // With three seats the one cell goes to session 0 (3 missed), not 1 (4) or 2 (5).
    inst.room_capacity = vec![3];
    let sol = solve(&inst, &opts(1, 5_000)).expect("solves");
    assert_eq!(sol.placement, vec![Some([0, 0]), None, None]);
    assert_eq!(sol.score.value(Objective::Missed, 0), 3);
    assert_eq!(sol.score.unplaced, 2);
}

#[test]
fn reference_instances_are_feasible_and_deterministic() {
    for name in ["os20", "os60", "os120", "os300"] {
        let spec = reference(name, 1.0, 1).expect("reference");
        let inst = generate(&spec);
        assert_eq!(inst, generate(&spec), "{name}: same seed, same instance");
        inst.check().expect("valid");
        let sizes: Vec<usize> = inst.interests.iter().map(Vec::len).collect();
        assert!(
            sizes.iter().all(|&n| n >= 2 && n as f64 <= 3.0 * spec.k),
            "{name}"
        );
        assert!(inst.room_capacity.iter().all(|&c| c >= 10));
        let first = solve(&inst, &opts(7, 20_000)).expect("solves");
        let again = solve(&inst, &opts(7, 20_000)).expect("solves");
        assert_eq!(
            first.placement, again.placement,
            "{name}: same seed, same agenda"
        );
        assert_eq!(
            evaluate(&inst, &first.placement, None).map(|s| s.value(Objective::Missed, 0)),
            Ok(first.tracked_value)
        );
    }
    assert_ne!(
        generate(&reference("os60", 1.0, 1).expect("spec")),
        generate(&reference("os60", 1.0, 2).expect("spec"))
    );
}

#[test]
fn search_improves_on_its_start() {
    let inst = generate(&reference("os60", 1.0, 1).expect("spec"));
    let short = solve(&inst, &opts(1, 1_000))
        .expect("solves")
        .score
        .value(Objective::Missed, 0);
    let long = solve(&inst, &opts(1, 400_000))
        .expect("solves")
        .score
        .value(Objective::Missed, 0);
    assert!(long < short, "longer search is better: {long} vs {short}");
}

#[test]
fn pins_locks_and_conveners_are_respected() {
    let mut inst = generate(&Spec {
        sessions: 10,
        rooms: 3,
        slots: 5,
        participants: 30,
        k: 4.0,
        zipf_a: 1.0,
        seed: 3,
    });
    inst.locked_cells = vec![[0, 0], [0, 1], [0, 2]];
    inst.pinned = vec![Pin {
        session: 4,
        slot: 2,
        room: 1,
    }];
    inst.convener[1] = inst.convener[0];
    inst.convener_unavailable_slots = BTreeMap::from([(inst.convener[0].to_string(), vec![1])]);
    let sol = solve(&inst, &opts(5, 50_000)).expect("solves");
    assert_eq!(sol.placement[4], Some([2, 1]));
    let slot = |s: usize| sol.placement[s].expect("ten sessions, twelve free cells")[0];
    assert!(
        (0..10).all(|s| slot(s) != 0),
        "the locked plenary slot stays empty"
    );
    assert_ne!(slot(0), slot(1), "one convener, two slots");
    assert!(
        slot(0) != 1 && slot(1) != 1,
        "the convener is away in slot 1"
    );
    assert_eq!(
        evaluate(&inst, &sol.placement, None).map(|s| s.value(Objective::Missed, 0)),
        Ok(sol.tracked_value)
    );
}

#[test]
fn the_checker_names_what_is_wrong() {
    let inst = small(1, 4, 2, 3);
    let ok = solve(&inst, &opts(1, 5_000)).expect("solves").placement;
    let mut shared = ok.clone();
    shared[1] = shared[0];
    assert!(matches!(
        evaluate(&inst, &shared, None),
        Err(Infeasible::SharedCell { .. })
    ));
    let mut outside = ok.clone();
    outside[0] = Some([9, 0]);
    assert_eq!(
        evaluate(&inst, &outside, None),
        Err(Infeasible::OutOfGrid { session: 0 })
    );
    assert!(matches!(
        evaluate(&inst, &ok[..3], None),
        Err(Infeasible::Length { .. })
    ));
    let current: Vec<Option<[usize; 2]>> = shared.clone();
    let moved = evaluate(&inst, &ok, Some(&current))
        .expect("feasible")
        .moves;
    assert_eq!(moved, 1);
    // Taking a session off the wall is a move too; placing one from the marketplace is not.
    let mut off = ok.clone();
    off[2] = None;
    let current: Vec<Option<[usize; 2]>> = ok.clone();
    assert_eq!(
        evaluate(&inst, &off, Some(&current))
            .expect("feasible")
            .moves,
        1
    );
    let mut from_market = ok.clone();
    from_market[3] = None;
    assert_eq!(
        evaluate(&inst, &ok, Some(&from_market))
            .expect("feasible")
            .moves,
        0
    );
}

#[test]
fn bad_instances_are_refused() {
    let mut inst = small(2, 4, 2, 3);
    inst.convener[0] = 999;
    assert!(matches!(
        solve(&inst, &opts(1, 10)),
        Err(InstanceError::OutOfRange { .. })
    ));
    let mut inst = small(2, 4, 2, 3);
    inst.room_capacity.pop();
    assert!(matches!(
        inst.check(),
        Err(InstanceError::Capacities { .. })
    ));
}

/// More sessions than free cells, or a convener with more sessions than slots: the engine
/// places what it can and says which sessions wait in the marketplace.
#[test]
fn sessions_that_do_not_fit_wait_in_the_marketplace() {
    let mut inst = small(2, 9, 2, 3);
    inst.locked_cells = vec![[0, 0]];
    let sol = solve(&inst, &opts(1, 20_000)).expect("solves");
    assert_eq!(sol.score.unplaced, 4, "nine sessions, five free cells");
    assert_eq!(sol.placement.iter().flatten().count(), 5);
    assert_eq!(
        evaluate(&inst, &sol.placement, None).map(|s| s.value(Objective::Missed, 0)),
        Ok(sol.tracked_value)
    );
    // One convener with four sessions and three slots: one waits.
    let mut inst = small(2, 4, 2, 3);
    inst.convener = vec![0; 4];
    let sol = solve(&inst, &opts(1, 1_000)).expect("solves");
    assert_eq!(sol.score.unplaced, 1);
    evaluate(&inst, &sol.placement, None).expect("one convener, one session a slot");
    // Asked to fill cells, the engine leaves none free while a session that may use it
    // waits, even where the room is too small: here nine sessions everyone wants, rooms for
    // one, and every placed session beyond the first in a slot only adds overflow.
    let mut crowded = small(4, 9, 2, 3);
    crowded.interests = vec![(0..9).collect(); 12];
    crowded.room_capacity = vec![1, 1];
    let lean = solve(&crowded, &opts(1, 20_000)).expect("solves");
    assert_eq!(
        lean.score.unplaced, 6,
        "one session a slot: more only overflows"
    );
    let filled = solve(
        &crowded,
        &Options {
            fill_cells: true,
            ..opts(1, 20_000)
        },
    )
    .expect("solves");
    assert_eq!(filled.score.unplaced, 3, "six cells, six sessions placed");
    assert_eq!(
        evaluate(&crowded, &filled.placement, None).map(|s| s.value(Objective::Missed, 0)),
        Ok(filled.tracked_value)
    );
    // Pinned sessions never wait.
    let mut inst = small(3, 8, 2, 2);
    inst.pinned = vec![Pin {
        session: 7,
        slot: 1,
        room: 0,
    }];
    let sol = solve(&inst, &opts(1, 5_000)).expect("solves");
    assert_eq!(sol.placement[7], Some([1, 0]));
    assert_eq!(sol.score.unplaced, 4);
}

#[test]
fn explanations_name_short_rooms() {
    let mut inst = small(4, 4, 2, 3);
    inst.room_capacity = vec![1, 1];
    let sol = solve(&inst, &opts(1, 5_000)).expect("solves");
    let notes = explain(&inst, &sol.placement, &Labels::default());
    assert!(notes.iter().any(|n| n.contains("seats short")), "{notes:?}");
}

#[test]
fn instances_read_from_json() {
    let inst = small(9, 4, 2, 3);
    let json = serde_json::to_string(&inst).expect("json");
    let back: Instance = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, inst);
}

/// Re-planning: a room is lost or a session is added; the new agenda moves few sessions.
#[test]
fn replanning_moves_few_sessions() {
    let inst = generate(&Spec {
        sessions: 40,
        rooms: 6,
        slots: 8,
        participants: 200,
        k: 5.0,
        zipf_a: 1.0,
        seed: 11,
    });
    let first = solve(&inst, &opts(1, 200_000)).expect("solves").placement;
    let current: Vec<Option<[usize; 2]>> = first.clone();
    // Room 5 is lost for the whole gathering.
    let mut lost = inst.clone();
    lost.locked_cells = (0..lost.slots).map(|t| [t, 5]).collect();
    let displaced = first.iter().flatten().filter(|c| c[1] == 5).count() as u64;
    let replan = |weight: u64| {
        let o = Options {
            current: Some(current.clone()),
            move_weight: weight,
            ..opts(2, 100_000)
        };
        let sol = solve(&lost, &o).expect("re-plans");
        let checked = evaluate(&lost, &sol.placement, Some(&current)).expect("feasible");
        assert_eq!(checked, sol.score);
        checked
    };
    let free = replan(0);
    let careful = replan(1_000);
    assert!(
        careful.moves <= free.moves,
        "{} vs {}",
        careful.moves,
        free.moves
    );
    assert!(
        careful.moves <= 2 * displaced,
        "moves {} for {displaced} displaced sessions",
        careful.moves
    );
    assert!(
        careful.moves >= displaced,
        "the displaced sessions had to move"
    );
    // A new session with nowhere it must be: nothing else needs to move.
    let mut added = inst.clone();
    added.sessions += 1;
    added.convener.push(0);
    added.interests[0].push(40);
    let mut with_new = current.clone();
    with_new.push(None);
    let o = Options {
        current: Some(with_new.clone()),
        move_weight: 1_000,
        ..opts(3, 50_000)
    };
    let sol = solve(&added, &o).expect("re-plans");
    assert_eq!(
        evaluate(&added, &sol.placement, Some(&with_new))
            .expect("feasible")
            .moves,
        0
    );
}

mod tables {
    use convene_plan::agenda::Budget;
    use convene_plan::tables::{Problem, Seating, TableScore, evaluate, solve_tables};
    use proptest::prelude::*;

    fn iterations(n: u64) -> Budget {
        Budget {
            iterations: Some(n),
            ..Budget::default()
        }
    }

    fn golfers(groups: usize, size: usize, rounds: usize) -> Problem {
        Problem::golfers(groups, size, rounds)
    }

    fn key(s: &TableScore) -> (u64, u64, u64) {
        (s.apart, s.repeats, s.same_organization)
    }

    #[test]
    fn constructions_never_repeat_a_pair() {
        // (people, table size, rounds, construction)
        let cases = [
            (4, 2, 3, "affine geometry"),
            (9, 3, 4, "affine geometry"),
            (16, 4, 5, "affine geometry"), // GF(4)
            (25, 5, 6, "affine geometry"),
            (49, 7, 8, "affine geometry"),
            (64, 8, 9, "affine geometry"),  // GF(8)
            (81, 9, 10, "affine geometry"), // GF(9)
            (27, 3, 13, "affine geometry"), // AG(3, 3): a Kirkman triple system on 27
            (64, 4, 21, "affine geometry"), // AG(3, 4)
            (10, 2, 9, "round robin"),
            (9, 2, 9, "round robin"),
            (32, 4, 9, "partial spread of planes"),
        ];
        for (people, k, rounds, name) in cases {
            let p = Problem {
                people,
                ..golfers(1, k, rounds)
            };
            let sol = solve_tables(&p, 1, &iterations(0)).expect("solves");
            assert_eq!(sol.construction, name, "{people}-{k}-{rounds}");
            let score = evaluate(&p, &sol.seating).expect("valid");
            assert_eq!(score.repeats, 0, "{people}-{k}-{rounds}");
        }
    }

    #[test]
    fn constructions_seat_hosts_at_their_tables() {
        let p = Problem {
            hosts: vec![(7, 3)],
            ..golfers(5, 5, 6)
        };
        let sol = solve_tables(&p, 1, &iterations(0)).expect("solves");
        assert_eq!(sol.construction, "affine geometry");
        assert_eq!(
            evaluate(&p, &sol.seating).expect("host in place").repeats,
            0
        );
        // Two hosts never meet, but in a full affine plane every pair meets: search instead.
        let p = Problem {
            hosts: vec![(7, 3), (0, 0)],
            ..golfers(5, 5, 6)
        };
        let sol = solve_tables(&p, 1, &iterations(100)).expect("solves");
        assert_ne!(sol.construction, "affine geometry");
        evaluate(&p, &sol.seating).expect("hosts in place");
    }

    #[test]
    fn search_finds_schedules_without_repeats() {
        for (g, k, r) in [(4, 4, 3), (5, 3, 5), (6, 2, 5), (6, 3, 6), (10, 10, 3)] {
            let p = golfers(g, k, r);
            let sol = solve_tables(&p, 3, &iterations(50_000)).expect("solves");
            let score = evaluate(&p, &sol.seating).expect("valid");
            assert_eq!(score.repeats, 0, "{g}-{k}-{r}");
            assert_eq!(score, sol.score);
        }
    }

    #[test]
    fn search_reduces_repeats_on_harder_instances() {
        let p = golfers(6, 5, 6);
        let start = solve_tables(&p, 3, &iterations(0)).expect("start");
        let searched = solve_tables(&p, 3, &iterations(5_000)).expect("solves");
        assert!(
            searched.score.repeats < start.score.repeats,
            "{} < {}",
            searched.score.repeats,
            start.score.repeats
        );
        let again = solve_tables(&p, 3, &iterations(5_000)).expect("solves");
        assert_eq!(again.seating, searched.seating, "same seed, same seating");
    }

    #[test]
    fn more_rounds_than_a_construction_gives_start_from_it() {
        // 32 people at tables of 4: nine rounds by construction, the tenth by search.
        let p = golfers(8, 4, 10);
        let sol = solve_tables(&p, 1, &iterations(0)).expect("solves");
        assert!(sol.score.repeats <= 24, "{}", sol.score.repeats);
        // 5-5-7 is impossible: everyone meets 28 people but there are only 24 others.
        let p = golfers(5, 5, 7);
        let sol = solve_tables(&p, 1, &iterations(10_000)).expect("solves");
        assert_eq!(p.repeats_lower_bound(), 50);
        assert_eq!(sol.score.repeats, 50, "reaches the lower bound");
        assert!(sol.iterations < 10_000, "and stops there");
    }

    #[test]
    fn same_organization_lower_bound_counts_both_relaxations() {
        // 10 people of two organizations (8 and 2) at two tables of 5: a table alone could
        // split 3 + 2 (4 pairs, 8 for both tables), but the 8 must split 4 + 4 (12 pairs)
        // and the 2 split 1 + 1: the larger, 12, counts, and it is reached.
        let mut p = Problem::golfers(2, 5, 1);
        p.organization = Some(vec![0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
        assert_eq!(p.same_organization_lower_bound(), 12);
        let sol = solve_tables(&p, 1, &iterations(1_000)).expect("solves");
        assert_eq!(sol.score.same_organization, 12, "the bound is reached");
        // Five organizations of equal size at tables of 8: each table holds at least three
        // pairs of one organization (2 + 2 + 2 + 1 + 1), whichever relaxation counts.
        let mut p = Problem::golfers(5, 8, 2);
        p.organization = Some((0..40).map(|x| x % 5).collect());
        assert_eq!(p.same_organization_lower_bound(), 2 * 5 * 3);
        p.organization = None;
        assert_eq!(p.same_organization_lower_bound(), 0);
    }

    #[test]
    fn a_large_cafe_with_organizations_stops_at_both_lower_bounds() {
        // 300 people at tables of 7 for 5 rounds, a host fixed at each table, the last 30
        // arriving after round 1, five organizations: the search stops when repeats and
        // same-organization pairs are both at their lower bounds, long before its budget.
        let (n, k, r) = (300, 7, 5);
        let p = Problem {
            people: n,
            table_size: k,
            rounds: r,
            hosts: (0..n.div_ceil(k)).map(|t| (t, t)).collect(),
            organization: Some((0..n).map(|x| (x % 5) as u32).collect()),
            keep_apart: vec![],
            absent: (n - n / 10..n).map(|x| (x, 0)).collect(),
        };
        let budget = 100_000;
        let sol = solve_tables(&p, 1, &iterations(budget)).expect("solves");
        let checked = evaluate(&p, &sol.seating).expect("the checker accepts");
        assert_eq!(checked, sol.score);
        assert_eq!(checked.repeats, p.repeats_lower_bound());
        assert_eq!(checked.same_organization, p.same_organization_lower_bound());
        assert!(sol.iterations < budget, "{} steps", sol.iterations);
    }

    #[test]
    fn uneven_tables_hosts_and_organizations() {
        let p = Problem {
            people: 26,
            table_size: 5,
            rounds: 4,
            hosts: vec![(0, 0), (1, 1)],
            organization: Some((0..26).map(|i| (i % 3) as u32).collect()),
            ..golfers(1, 5, 4)
        };
        assert_eq!(p.sizes(), vec![5, 5, 4, 4, 4, 4]);
        let sol = solve_tables(&p, 9, &iterations(2_000)).expect("solves");
        let score =
            evaluate(&p, &sol.seating).expect("valid: sizes, everyone once, hosts in place");
        assert_eq!(score.repeats, 0);
        let random = solve_tables(
            &Problem {
                organization: None,
                ..p.clone()
            },
            9,
            &iterations(0),
        )
        .expect("start");
        let random_mix = evaluate(&p, &random.seating)
            .expect("valid")
            .same_organization;
        assert!(
            score.same_organization < random_mix,
            "mixing improves on a start that ignores it: {} vs {random_mix}",
            score.same_organization
        );
    }

    #[test]
    fn keep_apart_and_absences() {
        let p = Problem {
            keep_apart: vec![(0, 1, 0), (0, 1, 1), (0, 1, 2), (2, 3, 1)],
            absent: vec![(4, 0), (4, 1), (5, 2)],
            ..golfers(5, 4, 3)
        };
        assert_eq!(
            p.round_sizes(),
            vec![
                vec![4, 4, 4, 4, 3],
                vec![4, 4, 4, 4, 3],
                vec![4, 4, 4, 4, 3]
            ]
        );
        let sol = solve_tables(&p, 2, &iterations(20_000)).expect("solves");
        let score = evaluate(&p, &sol.seating).expect("valid: the absent are not seated");
        assert_eq!(key(&score), (0, 0, 0));
        assert!(!sol.seating[0].iter().flatten().any(|&x| x == 4));
        // Seating someone absent, or a kept-apart pair together, is seen by the checker.
        let mut wrong = sol.seating.clone();
        let t = wrong[0]
            .iter()
            .position(|t| t.contains(&0))
            .expect("seated");
        let at = wrong[0][t].iter().position(|&x| x == 0).expect("there");
        wrong[0][t][at] = 4;
        assert!(evaluate(&p, &wrong).is_err());
        let mut together = sol.seating.clone();
        let (t0, t1) = (
            together[0].iter().position(|t| t.contains(&0)).expect("0"),
            together[0].iter().position(|t| t.contains(&1)).expect("1"),
        );
        let i = together[0][t1].iter().position(|&x| x == 1).expect("1");
        let j = together[0][t0]
            .iter()
            .position(|&x| x != 0)
            .expect("someone");
        let other = together[0][t0][j];
        together[0][t0][j] = 1;
        together[0][t1][i] = other;
        assert_eq!(evaluate(&p, &together).expect("valid shape").apart, 1);
    }

    #[test]
    fn bad_problems_are_refused() {
        assert!(solve_tables(&golfers(1, 1, 1), 1, &iterations(1)).is_err());
        let p = Problem {
            hosts: vec![(0, 0), (1, 0)],
            ..golfers(3, 3, 2)
        };
        assert!(p.check().is_err(), "two hosts at one table");
        let p = Problem {
            organization: Some(vec![0; 3]),
            ..golfers(3, 3, 2)
        };
        assert!(p.check().is_err());
        let p = Problem {
            absent: vec![(0, 2)],
            ..golfers(3, 3, 2)
        };
        assert!(p.check().is_err(), "round out of range");
        let mut sol = solve_tables(&golfers(3, 3, 2), 1, &iterations(1))
            .expect("solves")
            .seating;
        sol[0][0][0] = sol[0][1][0];
        assert!(
            evaluate(&golfers(3, 3, 2), &sol).is_err(),
            "someone seated twice"
        );
    }

    /// Every seating of a tiny problem (tables labelled, so hosts count), best score.
    fn exhaustive(p: &Problem) -> (u64, u64, u64) {
        let sizes = p.round_sizes();
        let present = p.present();
        let g = p.tables();
        // Every way to seat one round: each present person at a table, sizes as required.
        let rounds: Vec<Vec<Vec<Vec<usize>>>> = (0..p.rounds)
            .map(|w| {
                let people: Vec<usize> = (0..p.people).filter(|&x| present[w][x]).collect();
                let mut all = Vec::new();
                let total = g.pow(people.len() as u32);
                for code in 0..total {
                    let mut round = vec![Vec::new(); g];
                    let mut c = code;
                    for &x in &people {
                        round[c % g].push(x);
                        c /= g;
                    }
                    let mut got: Vec<usize> = round.iter().map(Vec::len).collect();
                    got.sort_unstable_by(|a, b| b.cmp(a));
                    if got == sizes[w] {
                        all.push(round);
                    }
                }
                all
            })
            .collect();
        let mut best = (u64::MAX, u64::MAX, u64::MAX);
        let mut pick = vec![0; p.rounds];
        loop {
            let seating: Seating = (0..p.rounds).map(|w| rounds[w][pick[w]].clone()).collect();
            if let Ok(score) = evaluate(p, &seating) {
                best = best.min(key(&score));
            }
            let mut w = 0;
            while w < p.rounds {
                pick[w] += 1;
                if pick[w] < rounds[w].len() {
                    break;
                }
                pick[w] = 0;
                w += 1;
            }
            if w == p.rounds {
                return best;
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]
        #[test]
        fn finds_the_optimum_of_tiny_problems(
            seed in 0u64..1_000,
            k in 2usize..4,
            rounds in 2usize..4,
            orgs in proptest::collection::vec(0u32..3, 8),
            apart in proptest::collection::vec((0usize..8, 0usize..8, 0usize..3), 0..3),
            absent in proptest::collection::vec((0usize..8, 0usize..3), 0..2),
            host: bool,
        ) {
            let people = 2 * k;
            let clip = |x: usize| x % people;
            let p = Problem {
                people,
                table_size: k,
                rounds,
                hosts: if host && absent.is_empty() { vec![(0, 1)] } else { vec![] },
                organization: Some(orgs[..people].to_vec()),
                keep_apart: apart.iter().map(|&(a, b, w)| (clip(a), clip(b), w % rounds)).collect(),
                absent: absent.iter().map(|&(x, w)| (clip(x), w % rounds)).collect(),
            };
            let sol = solve_tables(&p, seed, &iterations(20_000)).expect("solves");
            let checked = evaluate(&p, &sol.seating).expect("valid");
            prop_assert_eq!(checked, sol.score);
            prop_assert!(checked.repeats >= p.repeats_lower_bound());
            prop_assert!(checked.same_organization >= p.same_organization_lower_bound());
            prop_assert_eq!(key(&checked), exhaustive(&p));
        }
    }
}
