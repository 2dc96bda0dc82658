//! World Café table plans: people at tables of k for r rounds, one host fixed per table, 10 %
//! of the people arriving late (absent in round 1), five organizations. Prints repeats, the
//! repeat lower bound, same-organization pairs and their lower bound, and seconds; then re-planning for 200 people
//! after 20 arrivals before round 2, timed, checking that only the arrivals moved.
//! `cargo run --release -p convene-plan --example cafe -- --limit 2`

use convene_plan::agenda::Budget;
use convene_plan::replan::{Replan, replan};
use convene_plan::tables::{Problem, evaluate, solve_tables};
use std::time::{Duration, Instant};

fn problem(n: usize, k: usize, r: usize) -> Problem {
    let g = n.div_ceil(k);
    Problem {
        people: n,
        table_size: k,
        rounds: r,
        hosts: (0..g).map(|t| (t, t)).collect(),
        organization: Some((0..n).map(|x| (x % 5) as u32).collect()),
        keep_apart: vec![],
        // The last 10 % arrive after the first round.
        absent: (n - n / 10..n).map(|x| (x, 0)).collect(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let limit: f64 = args
        .iter()
        .position(|a| a == "--limit")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(2.0);
    println!(
        "| people | table | rounds | repeats | lower bound | same org. pairs | lower bound | seconds |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for &(n, k, r) in &[
        (24, 4, 3),
        (24, 6, 4),
        (48, 5, 4),
        (60, 6, 5),
        (120, 8, 6),
        (200, 5, 4),
        (300, 7, 5),
        (500, 8, 6),
    ] {
        let p = problem(n, k, r);
        let t = Instant::now();
        let s = solve_tables(
            &p,
            1,
            &Budget {
                time: Some(Duration::from_secs_f64(limit)),
                ..Budget::default()
            },
        )
        .expect("solves");
        let secs = t.elapsed().as_secs_f64();
        let score = evaluate(&p, &s.seating).expect("the checker accepts");
        println!(
            "| {n} | {k} | {r} | {} | {} | {} | {} | {secs:.2} |",
            score.repeats,
            p.repeats_lower_bound(),
            score.same_organization,
            p.same_organization_lower_bound()
        );
    }
    // Re-planning: 180 planned, 20 arrive before round 2; only they may move.
    let mut p = problem(180, 6, 5);
    p.absent.clear();
    let budget = Budget {
        time: Some(Duration::from_secs_f64(limit)),
        ..Budget::default()
    };
    let s = solve_tables(&p, 1, &budget).expect("solves");
    let capacity = vec![8; p.tables()];
    let arrivals: Vec<usize> = (180..200).collect();
    let orgs: Vec<u32> = (0..200).map(|x| (x % 5) as u32).collect();
    let runs = 20;
    let t = Instant::now();
    let mut out = None;
    for _ in 0..runs {
        out = Some(replan(&Replan {
            people: 200,
            plan: &s.seating,
            capacity: &capacity,
            from_round: 1,
            organization: Some(&orgs),
            hosts: &p.hosts,
            arrivals: &arrivals,
            departures: &[],
        }));
    }
    let ms = t.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    let (plan, moved) = out.expect("ran");
    let table =
        |s: &Vec<Vec<Vec<usize>>>, w: usize, x: usize| s[w].iter().position(|t| t.contains(&x));
    let others_moved = (0..5)
        .flat_map(|w| (0..180).map(move |x| (w, x)))
        .filter(|&(w, x)| table(&plan, w, x) != table(&s.seating, w, x))
        .count();
    println!();
    println!(
        "re-plan, 200 people (180 planned + 20 arrivals before round 2 of 5, tables of 6): {ms:.2} ms per re-plan (mean of {runs}); seats changed: {} (arrivals × rounds 2–5 = 80); others moved: {others_moved}",
        moved.len()
    );
}
