//! Engine timing for bench/graph/compare.py: the metric's compute time measured inside the
//! process, apart from reading and parsing the edge list (which `convene graph` includes).
//!
//! `graph_timing METRIC EDGES [--threads N] [--repeat R] [--seed S] [--out FILE]`
//! prints one JSON object (load seconds, every timed run, median); `--out` writes the values
//! as `node<TAB>value` like `convene graph`. METRIC `report` runs the whole leadership report
//! (see `report`) once and prints each step's time.

use convene_graph::spectral::{ALPHA, MAX_ITER, TOL};
use convene_graph::{
    Graph, betweenness, brokerage, clustering, community, cores, mixing, parse, spectral, spread,
    weaving,
};
use std::io::Write;
use std::time::Instant;

fn main() {
    if let Err(e) = run() {
        eprintln!("graph_timing: {e}");
        std::process::exit(2);
    }
}

struct Args {
    metric: String,
    edges: String,
    threads: usize,
    repeat: usize,
    seed: u64,
    out: Option<String>,
    samples: usize,
}

fn args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let metric = it
        .next()
        .ok_or("usage: graph_timing METRIC EDGES [options]")?;
    let edges = it.next().ok_or("missing EDGES")?;
    let mut a = Args {
        metric,
        edges,
        threads: 1,
        repeat: 1,
        seed: 1,
        out: None,
        samples: 256,
    };
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let num = || value.parse::<u64>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--threads" => a.threads = num()? as usize,
            "--repeat" => a.repeat = num()?.max(1) as usize,
            "--seed" => a.seed = num()?,
            "--samples" => a.samples = num()? as usize,
            "--out" => a.out = Some(value),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(a)
}

fn run() -> Result<(), String> {
    let a = args()?;
    let start = Instant::now();
    let text = std::fs::read_to_string(&a.edges).map_err(|e| format!("{}: {e}", a.edges))?;
    let list = parse::parse(&text).map_err(|e| e.to_string())?;
    let g = list.graph(false);
    let load = start.elapsed().as_secs_f64();
    drop(text);
    let threads = a.threads;
    convene_graph::with_threads(threads, || {
        if a.metric == "report" {
            return report(&g, &a, load);
        }
        // A warm-up run first when several timed runs follow.
        let runs = if a.repeat > 1 { a.repeat + 1 } else { 1 };
        let mut times = Vec::new();
        let mut cpu = 0.0;
        let mut values = Vec::new();
        let mut extra = String::new();
        for i in 0..runs {
            // CPU first: reading it (/proc) takes tens of microseconds, as much as a small
            // graph's whole metric, and must stay outside the wall-clock interval.
            let c = cpu_seconds();
            let t = Instant::now();
            values = compute(&g, &a.metric, a.seed, a.samples)?;
            let dt = t.elapsed().as_secs_f64();
            if runs == 1 || i > 0 {
                times.push(dt);
                cpu += cpu_seconds() - c;
            }
        }
        let cpu = cpu / times.len() as f64;
        if a.metric == "communities" {
            let m: Vec<u32> = values.iter().map(|&x| x as u32).collect();
            extra = format!(
                ",\"modularity\":{},\"communities\":{}",
                community::modularity(&g, &m),
                m.iter().max().map_or(0, |x| x + 1)
            );
        }
        let mut sorted = times.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted[sorted.len() / 2];
        println!(
            "{{\"metric\":\"{}\",\"threads\":{threads},\"load\":{load},\"times\":{times:?},\"median\":{median},\"cpu\":{cpu}{extra}}}",
            a.metric
        );
        if let Some(path) = &a.out {
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?,
            );
            for (name, v) in list.names.iter().zip(&values) {
                writeln!(f, "{name}\t{v}").map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    })
    .map_err(|e| e.to_string())?
}

fn compute(g: &Graph, metric: &str, seed: u64, samples: usize) -> Result<Vec<f64>, String> {
    let ints = |v: Vec<u32>| v.into_iter().map(f64::from).collect();
    Ok(match metric {
        "betweenness" => betweenness::betweenness(g),
        "betweenness_sampled" => betweenness::betweenness_sampled(g, samples, seed),
        "pagerank" => spectral::pagerank(g, ALPHA, MAX_ITER, TOL).map_err(|e| e.to_string())?,
        "kcore" => ints(cores::core_number(g).map_err(|e| e.to_string())?),
        "components" => ints(cores::components(g)),
        "clustering" => clustering::clustering(g),
        "communities" => ints(community::communities(g, seed)),
        other => return Err(format!("unknown metric {other}")),
    })
}

/// The whole leadership report at scale: every per-node metric that runs in about linear time
/// (betweenness from sampled sources; exact closeness and harmonic need all-pairs paths and
/// are left out), communities with modularity, mixing between the communities, leadership
/// spread of degrees, introductions for the community and suggestions for 1,000 people.
/// CPU seconds (user + system) this process has used, from /proc/self/stat in clock ticks of
/// 1/100 s; 0 where that file is missing. On a machine shared with other work the wall time of
/// a step is inflated by waiting for a core, its CPU time much less.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name in parentheses: state is the first, utime the 12th.
    let rest = stat.rsplit_once(')').map_or("", |r| r.1);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn report(g: &Graph, a: &Args, load: f64) -> Result<(), String> {
    let mut steps: Vec<(&str, f64)> = vec![("load", load)];
    let mut cpu: Vec<(&str, f64)> = vec![("load", cpu_seconds())];
    let mut cpu_mark = cpu_seconds();
    let mut step = |name: &'static str, t: Instant| {
        steps.push((name, t.elapsed().as_secs_f64()));
        let now = cpu_seconds();
        cpu.push((name, now - cpu_mark));
        cpu_mark = now;
    };
    let t = Instant::now();
    let strength = cores::strength(g);
    step("strength", t);
    let t = Instant::now();
    let _ = betweenness::betweenness_sampled(g, a.samples, a.seed);
    step("betweenness_sampled", t);
    let t = Instant::now();
    spectral::pagerank(g, ALPHA, MAX_ITER, TOL).map_err(|e| e.to_string())?;
    step("pagerank", t);
    let t = Instant::now();
    let _ = spectral::eigenvector(g, MAX_ITER, TOL);
    step("eigenvector", t);
    let t = Instant::now();
    let _ = cores::core_number(g);
    step("kcore", t);
    let t = Instant::now();
    let _ = clustering::clustering(g);
    step("clustering", t);
    let t = Instant::now();
    let _ = brokerage::structural_holes(g);
    step("constraint_effective_size", t);
    let t = Instant::now();
    let _ = cores::components(g);
    step("components", t);
    let t = Instant::now();
    let m = community::communities(g, a.seed);
    let q = community::modularity(g, &m);
    step("communities", t);
    let t = Instant::now();
    let _ = mixing::attribute_assortativity(g, &m);
    let _ = mixing::cross_ties(g, &m);
    let counts: Vec<u64> = strength.iter().map(|&s| s as u64).collect();
    let _ = spread::spread(&counts);
    step("mixing_spread", t);
    let t = Instant::now();
    let _ = weaving::introductions(g, &m, 20);
    let n = g.node_count().max(1);
    for i in 0..1000usize.min(n) {
        let u = (i * (n / 1000).max(1)) as u32;
        let _ = weaving::suggest(g, u, 10);
    }
    step("weaving", t);
    let total: f64 = steps.iter().map(|s| s.1).sum();
    let body: Vec<String> = steps.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
    let cpu: Vec<String> = cpu.iter().map(|(k, v)| format!("\"{k}\":{v:.2}")).collect();
    println!(
        "{{\"metric\":\"report\",\"threads\":{},\"modularity\":{q},\"total\":{total},{},\"cpu\":{{{}}}}}",
        a.threads,
        body.join(","),
        cpu.join(",")
    );
    Ok(())
}
