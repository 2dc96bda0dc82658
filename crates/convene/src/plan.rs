//! `convene plan`: the planning engine from the command line, so anyone can check it.

use anyhow::{Context, bail};
use clap::Subcommand;
use convene_plan::agenda::generate::{generate, reference};
use convene_plan::agenda::{Budget, Instance, Labels, Objective, Options, explain, solve};
use serde_json::json;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Suggest an agenda for an instance (JSON); prints the placement and its score as JSON.
    Agenda {
        instance: PathBuf,
        #[command(flatten)]
        search: SearchArgs,
        #[arg(long, value_enum, default_value = "missed")]
        objective: ObjectiveArg,
        /// Re-plan from this agenda (an earlier output, or a list of [slot, room] or null).
        #[arg(long)]
        current: Option<PathBuf>,
        /// What moving one already announced session costs, in missed sessions.
        #[arg(long, default_value_t = 1)]
        move_weight: u64,
        /// Leave no free cell empty while a session that may use it waits, even where that
        /// costs (as convene's "suggest an agenda" does); otherwise only the objective counts.
        #[arg(long)]
        fill_cells: bool,
    },
    /// Re-score a placement (JSON with a "placement" field, or a bare list of [slot, room] or
    /// null for a session left in the marketplace) with convene's independent checker.
    Score {
        instance: PathBuf,
        solution: PathBuf,
    },
    /// Seat people at tables for several rounds so that they meet as many new people as possible.
    /// People, tables and rounds count from 0.
    Tables {
        #[arg(long, required_unless_present = "input")]
        people: Option<usize>,
        #[arg(long, required_unless_present = "input")]
        table_size: Option<usize>,
        #[arg(long, required_unless_present = "input")]
        rounds: Option<usize>,
        /// A whole problem as JSON (people, table_size, rounds, hosts, organization,
        /// keep_apart, absent); the other flags add to it.
        #[arg(long)]
        input: Option<PathBuf>,
        /// A host who stays at one table: PERSON@TABLE (repeatable).
        #[arg(long, value_name = "PERSON@TABLE")]
        host: Vec<String>,
        /// Two people not to seat together: A,B (every round) or A,B@R1,R2 (repeatable).
        #[arg(long, value_name = "A,B[@ROUNDS]")]
        keep_apart: Vec<String>,
        /// Someone missing from some rounds (arriving late, leaving early): PERSON@R1,R2
        /// (repeatable).
        #[arg(long, value_name = "PERSON@ROUNDS")]
        absent: Vec<String>,
        #[command(flatten)]
        search: SearchArgs,
    },
    /// Write a reference instance (os20, os60, os120, os300) as JSON to standard output.
    Generate {
        name: String,
        #[arg(long, default_value_t = 1.0)]
        zipf: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Announce this many percent more sessions than there are cells (some must wait).
        #[arg(long, default_value_t = 0, value_name = "PERCENT")]
        extra_sessions: u32,
    },
}

/// How long and from which seed a planner searches.
#[derive(clap::Args)]
pub struct SearchArgs {
    /// Stop after this long, e.g. 1s or 500ms (default 1s unless --iterations is given).
    #[arg(long)]
    time_limit: Option<String>,
    /// Stop after this many moves; with a seed, the result is then fully reproducible.
    #[arg(long)]
    iterations: Option<u64>,
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ObjectiveArg {
    Missed,
    Pairs,
}

impl SearchArgs {
    /// A given time limit, else none when an iteration count bounds the run, else one second.
    fn time(&self) -> anyhow::Result<Option<Duration>> {
        match (&self.time_limit, self.iterations) {
            (Some(t), _) => Ok(Some(duration(t)?)),
            (None, Some(_)) => Ok(None),
            (None, None) => Ok(Some(Duration::from_secs(1))),
        }
    }
}

/// `1s`, `2.5s`, `500ms`.
fn duration(raw: &str) -> anyhow::Result<Duration> {
    let raw = raw.trim();
    let (num, scale) = if let Some(ms) = raw.strip_suffix("ms") {
        (ms, 0.001)
    } else if let Some(s) = raw.strip_suffix('s') {
        (s, 1.0)
    } else {
        (raw, 1.0)
    };
    let v: f64 = num
        .parse()
        .with_context(|| format!("bad duration {raw:?}: use e.g. 1s or 500ms"))?;
    if !(v.is_finite() && v > 0.0 && v * scale <= 3600.0) {
        bail!("duration {raw:?} must be between 1ms and 1h");
    }
    Ok(Duration::from_secs_f64(v * scale))
}

pub fn run(cmd: PlanCommand) -> anyhow::Result<()> {
    match cmd {
        PlanCommand::Generate {
            name,
            zipf,
            seed,
            extra_sessions,
        } => {
            anyhow::ensure!(
                extra_sessions <= 1000,
                "--extra-sessions is a percentage up to 1000"
            );
            let spec = reference(&name, zipf, seed)
                .with_context(|| format!("unknown instance {name:?}: os20, os60, os120 or os300"))?
                .extra_sessions(extra_sessions);
            println!("{}", serde_json::to_string(&generate(&spec))?);
        }
        PlanCommand::Tables {
            people,
            table_size,
            rounds,
            input,
            host,
            keep_apart,
            absent,
            search,
        } => {
            let mut problem = match input {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    serde_json::from_str(&text).with_context(|| {
                        format!("{} is not a table-rotation problem", path.display())
                    })?
                }
                None => convene_plan::tables::Problem::golfers(0, 0, 0),
            };
            problem.people = people.unwrap_or(problem.people);
            problem.table_size = table_size.unwrap_or(problem.table_size);
            problem.rounds = rounds.unwrap_or(problem.rounds);
            for h in &host {
                let (person, table) = split_at(h, "--host")?;
                problem
                    .hosts
                    .push((one(person, "--host")?, one(table, "--host")?));
            }
            for pair in &keep_apart {
                let (people, rounds) = match pair.split_once('@') {
                    Some((p, r)) => (p, list(r, "--keep-apart")?),
                    None => (pair.as_str(), (0..problem.rounds).collect()),
                };
                let ab = list(people, "--keep-apart")?;
                let [a, b] = ab[..] else {
                    bail!("--keep-apart {pair:?}: expected two people, e.g. 3,7@0,1");
                };
                problem.keep_apart.extend(rounds.iter().map(|&w| (a, b, w)));
            }
            for entry in &absent {
                let (person, rounds) = split_at(entry, "--absent")?;
                let person = one(person, "--absent")?;
                problem
                    .absent
                    .extend(list(rounds, "--absent")?.into_iter().map(|w| (person, w)));
            }
            let budget = Budget {
                iterations: search.iterations,
                time: search.time()?,
                cancel: None,
            };
            let start = Instant::now();
            let sol = convene_plan::tables::solve_tables(&problem, search.seed, &budget)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&json!({
                    "seating": sol.seating,
                    "score": sol.score,
                    "repeats_lower_bound": problem.repeats_lower_bound(),
                    "construction": sol.construction,
                    "iterations": sol.iterations,
                    "seconds": start.elapsed().as_secs_f64(),
                }))?
            );
        }
        PlanCommand::Score { instance, solution } => {
            let inst = read_instance(&instance)?;
            let raw: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&solution)?)?;
            let placement: Vec<Option<[usize; 2]>> =
                serde_json::from_value(raw.get("placement").cloned().unwrap_or(raw))
                    .context("expected a placement: a list of [slot, room] or null")?;
            match convene_plan::agenda::evaluate(&inst, &placement, None) {
                Ok(score) => println!(
                    "{}",
                    json!({"feasible": true, "placement": placement, "score": score, "missed_overflow": score.value(Objective::Missed, 0), "pairs_overflow": score.value(Objective::Pairs, 0)})
                ),
                Err(e) => {
                    println!("{}", json!({"feasible": false, "error": e.to_string()}));
                    std::process::exit(1);
                }
            }
        }
        PlanCommand::Agenda {
            instance,
            search,
            objective,
            current,
            move_weight,
            fill_cells,
        } => {
            let inst = read_instance(&instance)?;
            let objective = match objective {
                ObjectiveArg::Missed => Objective::Missed,
                ObjectiveArg::Pairs => Objective::Pairs,
            };
            let current = match current {
                Some(path) => Some(read_current(&path, inst.sessions)?),
                None => None,
            };
            let weight = if current.is_some() { move_weight } else { 0 };
            let opts = Options {
                objective,
                seed: search.seed,
                budget: Budget {
                    iterations: search.iterations,
                    time: search.time()?,
                    cancel: None,
                },
                current,
                move_weight: weight,
                fill_cells,
            };
            let start = Instant::now();
            let sol = solve(&inst, &opts)?;
            let seconds = start.elapsed().as_secs_f64();
            let notes: Vec<String> = explain(&inst, &sol.placement, &Labels::default())
                .into_iter()
                .take(10)
                .collect();
            let unplaced: Vec<usize> = (0..inst.sessions)
                .filter(|&s| sol.placement[s].is_none())
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&json!({
                    "placement": sol.placement,
                    "unplaced": unplaced,
                    "score": sol.score,
                    "value": sol.score.value(objective, weight),
                    "objective": match objective { Objective::Missed => "missed", Objective::Pairs => "pairs" },
                    "iterations": sol.iterations,
                    "seconds": seconds,
                    "explanation": notes,
                }))?
            );
        }
    }
    Ok(())
}

/// `X@Y` into its two sides.
fn split_at<'a>(raw: &'a str, flag: &str) -> anyhow::Result<(&'a str, &'a str)> {
    raw.split_once('@')
        .with_context(|| format!("{flag} {raw:?}: expected X@Y"))
}

fn one(raw: &str, flag: &str) -> anyhow::Result<usize> {
    raw.trim()
        .parse()
        .with_context(|| format!("{flag}: {raw:?} is not a number"))
}

/// `1,2,5` into numbers.
fn list(raw: &str, flag: &str) -> anyhow::Result<Vec<usize>> {
    raw.split(',').map(|x| one(x, flag)).collect()
}

fn read_instance(path: &std::path::Path) -> anyhow::Result<Instance> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text)
        .with_context(|| format!("{} is not an agenda instance", path.display()))
}

/// An agenda to re-plan from: an earlier output of `plan agenda`, or a bare list whose entries
/// are `[slot, room]` or `null` (a session not placed yet).
fn read_current(
    path: &std::path::Path,
    sessions: usize,
) -> anyhow::Result<Vec<Option<[usize; 2]>>> {
    let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let cells: Vec<Option<[usize; 2]>> =
        serde_json::from_value(raw.get("placement").cloned().unwrap_or(raw))
            .context("--current: expected a list of [slot, room] or null")?;
    anyhow::ensure!(
        cells.len() == sessions,
        "--current has {} sessions, the instance {sessions}",
        cells.len()
    );
    Ok(cells)
}
