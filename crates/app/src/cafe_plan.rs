//! The suggested table plan of a World Café, from the planning engine: the people taking
//! part become the engine's people (in account order), the café's tables its tables, hosts
//! stay at theirs, late arrivals and people who left are absences, organizations are mixed.
//! Between rounds, an arrival or a departure re-plans only that person
//! (`convene_plan::replan`). A plan is a suggestion shown to each person; nothing here stops
//! anyone sitting anywhere.

use convene_plan::agenda::Budget;
use convene_plan::replan::{Replan, replan};
use convene_plan::tables::{Problem, Seating, solve_tables};
use convene_store::cafes::{Person, Place, Table};
use std::collections::HashMap;
use std::time::Duration;

/// What the engine needs, with the mapping back to accounts and tables.
pub struct Instance {
    pub accounts: Vec<i32>,
    pub tables: Vec<i32>,
    pub problem: Problem,
}

/// Rounds are numbered from 1 in the café and from 0 in the engine.
pub fn instance(
    people: &[Person],
    tables: &[Table],
    rounds: usize,
    organization: &HashMap<i32, i32>,
) -> Option<Instance> {
    let accounts: Vec<i32> = people.iter().map(|p| p.account_id).collect();
    let n = accounts.len();
    if n < 2 || tables.is_empty() || rounds == 0 {
        return None;
    }
    // As many tables as the café has, or fewer when there are not enough people: the
    // engine uses ceil(n / k) tables, so k is the smallest size that fits them.
    let k = n.div_ceil(tables.len()).max(2);
    let engine_tables = n.div_ceil(k);
    let index: HashMap<i32, usize> = accounts.iter().enumerate().map(|(i, a)| (*a, i)).collect();
    let mut absent = Vec::new();
    for (i, p) in people.iter().enumerate() {
        for w in 0..rounds {
            let number = w as i32 + 1;
            if number < p.from_round || p.until_round.is_some_and(|u| number > u) {
                absent.push((i, w));
            }
        }
    }
    let mut hosts = Vec::new();
    for (t, table) in tables.iter().enumerate() {
        if let Some(&h) = table.host_id.as_ref().and_then(|h| index.get(h)) {
            if t < engine_tables {
                hosts.push((h, t));
            } else {
                // A table the engine does not fill: its host stays there, outside the plan.
                absent.extend((0..rounds).map(|w| (h, w)));
            }
        }
    }
    absent.sort_unstable();
    absent.dedup();
    let org: Vec<u32> = accounts
        .iter()
        .map(|a| organization.get(a).copied().unwrap_or(0).max(0) as u32)
        .collect();
    Some(Instance {
        problem: Problem {
            people: n,
            table_size: k,
            rounds,
            hosts,
            organization: Some(org),
            keep_apart: vec![],
            absent,
        },
        accounts,
        tables: tables.iter().map(|t| t.id).collect(),
    })
}

/// A whole plan: `(round number, account, table id)` for every seat suggested.
pub fn solve(inst: &Instance) -> Result<Vec<(i32, i32, i32)>, String> {
    let budget = Budget {
        iterations: Some(50_000),
        time: Some(Duration::from_secs(2)),
        cancel: None,
    };
    let s = solve_tables(&inst.problem, 1, &budget).map_err(|e| e.to_string())?;
    Ok(rows(inst, &s.seating))
}

fn rows(inst: &Instance, seating: &Seating) -> Vec<(i32, i32, i32)> {
    let mut out = Vec::new();
    for (w, round) in seating.iter().enumerate() {
        for (t, people) in round.iter().enumerate() {
            for &x in people {
                out.push((w as i32 + 1, inst.accounts[x], inst.tables[t]));
            }
        }
    }
    out
}

/// The plan as stored, as the engine's seating (rounds from 1 to `rounds`).
pub fn seating(inst: &Instance, places: &[Place], rounds: usize) -> Seating {
    let person: HashMap<i32, usize> = inst
        .accounts
        .iter()
        .enumerate()
        .map(|(i, a)| (*a, i))
        .collect();
    let table: HashMap<i32, usize> = inst
        .tables
        .iter()
        .enumerate()
        .map(|(i, t)| (*t, i))
        .collect();
    let mut s = vec![vec![Vec::new(); inst.tables.len()]; rounds];
    for p in places {
        let (Some(t), Some(&x)) = (p.suggested_table, person.get(&p.account_id)) else {
            continue;
        };
        let w = p.round - 1;
        if let (Ok(w), Some(&t)) = (usize::try_from(w), table.get(&t))
            && w < rounds
        {
            s[w][t].push(x);
        }
    }
    s
}

/// Re-plans rounds `from` (a café round number) on for one arrival: only their seats are new.
pub fn arrive(
    inst: &Instance,
    places: &[Place],
    rounds: usize,
    capacity: &[usize],
    account: i32,
    from: i32,
) -> Vec<(i32, i32, i32)> {
    let Some(x) = inst.accounts.iter().position(|a| *a == account) else {
        return Vec::new();
    };
    let plan = seating(inst, places, rounds);
    let org: Vec<u32> = inst.problem.organization.clone().unwrap_or_default();
    let (new, moved) = replan(&Replan {
        people: inst.accounts.len(),
        plan: &plan,
        capacity,
        from_round: usize::try_from(from - 1).unwrap_or(0),
        organization: Some(&org),
        hosts: &inst.problem.hosts,
        arrivals: &[x],
        departures: &[],
    });
    moved
        .into_iter()
        .filter_map(|(y, w)| {
            let t = new[w].iter().position(|t| t.contains(&y))?;
            Some((w as i32 + 1, inst.accounts[y], inst.tables[t]))
        })
        .collect()
}
