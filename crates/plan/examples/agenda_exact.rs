//! The exact optimum of small generated instances (branch and bound, `agenda::exact`), and
//! what the 1 s search finds on them:
//! `cargo run --release -p convene-plan --example agenda_exact -- os20 --zipf 0.5,1.0,1.5
//! --seeds 1-4 --extra-sessions 0 --limit 300` (seconds for the exact search per instance;
//! `--search S` seconds for each search run, `--write DIR` keeps each instance as JSON).
//! Prints one JSON line per instance: optimum (or best found), proven, nodes, seconds, and the
//! search's value (`--search` seconds, default 1) for solver seeds 1-5.

use convene_plan::agenda::generate::{generate, reference};
use convene_plan::agenda::{Budget, Objective, Options, evaluate, exact, solve};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut seeds, mut zipf, mut extras, mut names) =
        ((1..=4u64), vec![1.0], vec![0u32], Vec::new());
    let mut limit = 300.0;
    let mut search = 1.0;
    let mut write: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let next = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--seeds" => {
                let (a, b) = next.split_once('-').unwrap_or((&next, &next));
                seeds = a.parse().unwrap_or(1)..=b.parse().unwrap_or(4);
                i += 1;
            }
            "--zipf" => {
                zipf = next.split(',').filter_map(|x| x.parse().ok()).collect();
                i += 1;
            }
            "--extra-sessions" => {
                extras = next.split(',').filter_map(|x| x.parse().ok()).collect();
                i += 1;
            }
            "--limit" => {
                limit = next.parse().unwrap_or(300.0);
                i += 1;
            }
            "--write" => {
                write = Some(next.clone());
                i += 1;
            }
            "--search" => {
                search = next.parse().unwrap_or(1.0);
                i += 1;
            }
            name => names.push(name.to_string()),
        }
        i += 1;
    }
    for name in &names {
        for &extra in &extras {
            for &a in &zipf {
                for seed in seeds.clone() {
                    let Some(spec) = reference(name, a, seed) else {
                        continue;
                    };
                    let inst = generate(&spec.extra_sessions(extra));
                    let file = format!("{name}-x{extra}-a{a}-s{seed}.json");
                    if let Some(dir) = &write {
                        let json = serde_json::to_string(&inst).expect("serializes");
                        std::fs::write(format!("{dir}/{file}"), json).expect("writes the instance");
                    }
                    let timed = |s: u64, secs: f64| Options {
                        seed: s,
                        budget: Budget {
                            time: Some(Duration::from_secs_f64(secs)),
                            ..Budget::default()
                        },
                        ..Options::default()
                    };
                    let quick: Vec<u64> = (1..=5)
                        .map(|s| {
                            let sol = solve(&inst, &timed(s, search)).expect("solves");
                            evaluate(&inst, &sol.placement, None)
                                .expect("feasible")
                                .value(Objective::Missed, 0)
                        })
                        .collect();
                    let start = Instant::now();
                    let ex =
                        exact::optimum(&inst, &timed(1, 1.0), Some(Duration::from_secs_f64(limit)))
                            .expect("solves");
                    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
                    println!(
                        "{{\"instance\": \"{name} +{extra}% a={a} seed {seed}\", \"file\": \"{file}\", \"sessions\": {}, \"optimum\": {}, \"proven\": {}, \"nodes\": {}, \"seconds\": {:.1}, \"search\": {:?}, \"load\": {}}}",
                        inst.sessions,
                        ex.value,
                        ex.proven,
                        ex.nodes,
                        start.elapsed().as_secs_f64(),
                        quick,
                        load.split_whitespace().next().unwrap_or("?")
                    );
                }
            }
        }
    }
}
