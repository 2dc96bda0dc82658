//! Time to solution of the table-rotation search on Social Golfer instances, several seeds:
//! `cargo run --release -p convene-plan --example tables -- 8-4-9 6-5-6 --seeds 1-5 --limit 1`
//! (g-k-r: g tables of k, r rounds, or n:k:r for n people; limit in seconds). Prints repeats,
//! seconds and thousands of moves per seed.

use convene_plan::agenda::Budget;
use convene_plan::tables::{Problem, solve_tables};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut seeds = 1..=5u64;
    let mut limit = 1.0;
    let mut iterations = None;
    let mut instances = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--seeds" => {
                let (a, b) = args[i + 1].split_once('-').unwrap_or(("1", "5"));
                seeds = a.parse().unwrap_or(1)..=b.parse().unwrap_or(5);
                i += 1;
            }
            "--iterations" => {
                iterations = args[i + 1].parse().ok();
                i += 1;
            }
            "--limit" => {
                limit = args[i + 1].parse().unwrap_or(1.0);
                i += 1;
            }
            spec if spec.contains(':') => {
                // people:k:r, for sizes that do not divide evenly.
                let v: Vec<usize> = spec.split(':').filter_map(|x| x.parse().ok()).collect();
                if let [n, k, r] = v[..] {
                    instances.push(Problem {
                        people: n,
                        ..Problem::golfers(1, k, r)
                    });
                }
            }
            spec => {
                let v: Vec<usize> = spec.split('-').filter_map(|x| x.parse().ok()).collect();
                if let [g, k, r] = v[..] {
                    instances.push(Problem::golfers(g, k, r));
                }
            }
        }
        i += 1;
    }
    for p in instances {
        let mut times = Vec::new();
        let mut line = format!(
            "{}:{}:{} (lower bound {}):",
            p.people,
            p.table_size,
            p.rounds,
            p.repeats_lower_bound()
        );
        for seed in seeds.clone() {
            let start = Instant::now();
            let budget = Budget {
                time: Some(Duration::from_secs_f64(limit)),
                iterations,
                ..Budget::default()
            };
            match solve_tables(&p, seed, &budget) {
                Ok(sol) => {
                    let secs = start.elapsed().as_secs_f64();
                    line += &format!(
                        " {}r/{secs:.3}s/{}k",
                        sol.score.repeats,
                        sol.iterations / 1000
                    );
                    times.push(if sol.score.repeats == 0 {
                        secs
                    } else {
                        f64::INFINITY
                    });
                }
                Err(e) => line += &format!(" error {e}"),
            }
        }
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
        println!("{line}  median time to 0: {median:.3}s");
    }
}
