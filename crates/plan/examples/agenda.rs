//! The agenda search on generated reference instances over several seeds and Zipf values:
//! `cargo run --release -p convene-plan --example agenda -- os60 --zipf 0.5,1.0,1.5 --seeds 1-3
//! --iterations 2000000` (or `--limit 1` in seconds; `--solver-seed N`, `--extra-sessions P`).
//! Prints missed + overflow per instance.

use convene_plan::agenda::generate::{generate, reference};
use convene_plan::agenda::{Budget, Objective, Options, solve};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut seeds, mut zipf, mut names) = ((1..=3u64), vec![1.0], Vec::new());
    let mut budget = Budget::default();
    let (mut solver_seed, mut extra) = (1u64, 0u32);
    let mut i = 0;
    while i < args.len() {
        let next = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--seeds" => {
                let (a, b) = next.split_once('-').unwrap_or(("1", "3"));
                seeds = a.parse().unwrap_or(1)..=b.parse().unwrap_or(3);
                i += 1;
            }
            "--zipf" => {
                zipf = next.split(',').filter_map(|x| x.parse().ok()).collect();
                i += 1;
            }
            "--iterations" => {
                budget.iterations = next.parse().ok();
                i += 1;
            }
            "--solver-seed" => {
                solver_seed = next.parse().unwrap_or(1);
                i += 1;
            }
            "--extra-sessions" => {
                extra = next.parse().unwrap_or(0);
                i += 1;
            }
            "--limit" => {
                budget.time = next.parse().ok().map(Duration::from_secs_f64);
                i += 1;
            }
            name => names.push(name.to_string()),
        }
        i += 1;
    }
    for name in &names {
        for &a in &zipf {
            let mut line = format!("{name} a={a}:");
            let mut total = 0;
            for seed in seeds.clone() {
                let Some(spec) = reference(name, a, seed) else {
                    continue;
                };
                let inst = generate(&spec.extra_sessions(extra));
                let start = Instant::now();
                let opts = Options {
                    seed: solver_seed,
                    budget: budget.clone(),
                    ..Options::default()
                };
                match solve(&inst, &opts) {
                    Ok(sol) => {
                        let v = sol.score.value(Objective::Missed, 0);
                        total += v;
                        line += &format!(
                            " {v} ({:.1}s, {}M)",
                            start.elapsed().as_secs_f64(),
                            sol.iterations / 1_000_000
                        );
                    }
                    Err(e) => line += &format!(" error {e}"),
                }
            }
            println!("{line}  total {total}");
        }
    }
}
