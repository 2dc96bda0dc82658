//! Instances as an outside tool or a careless hand writes them: valid ones bent by a few
//! mutations (a count set huge, an index past the end, a field of the wrong type, a list cut
//! short). The engines answer each with a solution the checker accepts or an error; they
//! never panic, abort on a huge allocation or overflow. `PROPTEST_CASES=20000` runs longer.

use convene_plan::agenda::generate::{Spec, generate};
use convene_plan::agenda::{Budget, Instance, Options, evaluate, solve};
use convene_plan::tables::{self, Problem};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A number as it might arrive: mostly small, sometimes huge, negative or not a number.
fn wild() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => (0u64..8).prop_map(Value::from),
        1 => Just(Value::from(u64::MAX)),
        1 => Just(Value::from(1u64 << 40)),
        1 => Just(Value::from(usize::MAX as u64 / 2 + 1)),
        1 => Just(Value::from(-1)),
        1 => Just(Value::from("2")),
        1 => Just(Value::Null),
    ]
}

/// One mutation: a path into the value (chosen by the indexes) and what to do there.
#[derive(Debug, Clone)]
enum Mutation {
    Set(usize, usize, Value),
    Push(usize, Value),
    Pop(usize),
    Drop(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<usize>(), wild()).prop_map(|(f, i, v)| Mutation::Set(f, i, v)),
        (any::<usize>(), wild()).prop_map(|(f, v)| Mutation::Push(f, v)),
        any::<usize>().prop_map(Mutation::Pop),
        any::<usize>().prop_map(Mutation::Drop),
    ]
}

/// Applies a mutation to one of the object's fields (or an element of a list field).
fn mutate(doc: &mut Value, m: &Mutation) {
    let Value::Object(map) = doc else { return };
    let keys: Vec<String> = map.keys().cloned().collect();
    if keys.is_empty() {
        return;
    }
    let pick = |f: usize| keys[f % keys.len()].clone();
    match m {
        Mutation::Set(f, i, v) => match map.get_mut(&pick(*f)) {
            Some(Value::Array(a)) if !a.is_empty() => {
                let n = a.len();
                match &mut a[i % n] {
                    Value::Array(inner) if !inner.is_empty() => {
                        let k = inner.len();
                        inner[i / n % k] = v.clone();
                    }
                    Value::Object(o) => {
                        if let Some(key) = o.keys().nth(i % o.len().max(1)).cloned() {
                            o.insert(key, v.clone());
                        }
                    }
                    x => *x = v.clone(),
                }
            }
            Some(x) => *x = v.clone(),
            None => {}
        },
        Mutation::Push(f, v) => {
            if let Some(Value::Array(a)) = map.get_mut(&pick(*f)) {
                a.push(v.clone());
            }
        }
        Mutation::Pop(f) => {
            if let Some(Value::Array(a)) = map.get_mut(&pick(*f)) {
                a.pop();
            }
        }
        Mutation::Drop(f) => {
            map.remove(&pick(*f));
        }
    }
}

fn agenda_doc(seed: u64, sessions: usize, rooms: usize, slots: usize) -> Value {
    let mut inst = generate(&Spec {
        sessions,
        rooms,
        slots,
        participants: 6,
        k: 2.0,
        zipf_a: 1.0,
        seed,
    });
    inst.room_capacity = vec![3; rooms];
    if sessions > 0 && slots > 0 && rooms > 0 {
        inst.pinned = vec![convene_plan::agenda::Pin {
            session: 0,
            slot: 0,
            room: 0,
        }];
        inst.locked_cells = vec![[slots - 1, rooms - 1]];
        inst.convener_unavailable_slots
            .insert("0".into(), vec![slots - 1]);
    }
    serde_json::to_value(inst).expect("serializes")
}

fn budget() -> Budget {
    Budget {
        iterations: Some(300),
        ..Budget::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_agenda_engine_answers_every_instance(
        seed in 0u64..1_000,
        sessions in 0usize..6,
        rooms in 0usize..3,
        slots in 0usize..3,
        muts in proptest::collection::vec(mutation(), 0..4),
        placement in proptest::collection::vec(proptest::option::of((wild(), wild())), 0..7),
    ) {
        let mut doc = agenda_doc(seed, sessions, rooms, slots);
        for m in &muts {
            mutate(&mut doc, m);
        }
        let Ok(inst) = serde_json::from_value::<Instance>(doc) else { return Ok(()) };
        if let Ok(sol) = solve(&inst, &Options { seed, budget: budget(), ..Options::default() }) {
            prop_assert_eq!(sol.placement.len(), inst.sessions);
            prop_assert!(evaluate(&inst, &sol.placement, None).is_ok(), "the checker refuses the engine's agenda");
        }
        // Any placement read from a file is checked, not trusted.
        let cells: Value = placement.into_iter().map(|c| c.map(|(t, r)| json!([t, r]))).collect();
        if inst.check().is_ok()
            && let Ok(cells) = serde_json::from_value::<Vec<Option<[usize; 2]>>>(cells)
        {
            let _ = evaluate(&inst, &cells, Some(&cells));
        }
    }

    #[test]
    fn the_table_engine_answers_every_problem(
        seed in 0u64..1_000,
        people in 0usize..9,
        table_size in 0usize..5,
        rounds in 0usize..4,
        muts in proptest::collection::vec(mutation(), 0..4),
    ) {
        let mut doc = json!({
            "people": people,
            "table_size": table_size,
            "rounds": rounds,
            "hosts": [[0, 0]],
            "organization": (0..people).map(|p| p % 2).collect::<Vec<_>>(),
            "keep_apart": [[0, 1, 0]],
            "absent": [[1, 0]],
        });
        for m in &muts {
            mutate(&mut doc, m);
        }
        let Ok(p) = serde_json::from_value::<Problem>(doc) else { return Ok(()) };
        if let Ok(sol) = tables::solve_tables(&p, seed, &budget()) {
            prop_assert!(tables::evaluate(&p, &sol.seating).is_ok());
        }
    }
}
