//! `convene graph`: the network analytics engine from the command line, so anyone can check it
//! against networkx or another library.

use anyhow::{Context, bail};
use convene_graph::spectral::{ALPHA, MAX_ITER, TOL};
use convene_graph::{
    Graph, betweenness, brokerage, clustering, community, cores, parse, paths, spectral,
};
use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;

/// One metric per node of an edge list, printed as `node<TAB>value` in order of first
/// appearance. Values are defined as networkx 3.6 defines them; when the file has weights
/// (any other than 1) they are used as networkx does with weight="weight": as distances for
/// betweenness, closeness and harmonic, as strengths otherwise (`degree` prints the strength).
#[derive(clap::Args)]
pub struct GraphArgs {
    #[arg(value_enum)]
    metric: Metric,
    /// Edge list: `u v` or `u v w` per line, `#` comments, a lone token is an isolated node;
    /// `-` reads standard input.
    edges: PathBuf,
    /// Read `u v` as an edge from u to v (default: undirected).
    #[arg(long)]
    directed: bool,
    /// Ignore the weights in the file.
    #[arg(long)]
    unweighted: bool,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Seed for sampled betweenness and for communities.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Betweenness from this many sampled sources instead of all (an approximation).
    #[arg(long)]
    samples: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, clap::ValueEnum)]
enum Metric {
    Degree,
    Betweenness,
    Closeness,
    Harmonic,
    Pagerank,
    Eigenvector,
    Kcore,
    Clustering,
    Constraint,
    #[value(name = "effective_size")]
    EffectiveSize,
    Components,
    Communities,
}

pub fn run(args: GraphArgs) -> anyhow::Result<()> {
    if args.samples.is_some() && args.metric != Metric::Betweenness {
        bail!("--samples applies to betweenness only");
    }
    let text = if args.edges.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read standard input")?;
        text
    } else {
        std::fs::read_to_string(&args.edges)
            .with_context(|| format!("cannot read {}", args.edges.display()))?
    };
    let mut list = parse::parse(&text).with_context(|| format!("{}", args.edges.display()))?;
    if args.unweighted {
        list.edges.iter_mut().for_each(|e| e.2 = 1.0);
    }
    let g = list.graph(args.directed);
    let values = match args.threads {
        Some(0) => bail!("--threads must be at least 1"),
        Some(threads) => convene_graph::with_threads(threads, || compute(&g, &args))
            .context("cannot start the worker threads")??,
        None => compute(&g, &args)?,
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (name, value) in list.names.iter().zip(&values.per_node) {
        writeln!(out, "{name}\t{value}")?;
    }
    if let Some(q) = values.modularity {
        writeln!(out, "# modularity {q}")?;
    }
    out.flush()?;
    Ok(())
}

/// A metric's values as text, one per node, and for communities the partition's modularity.
struct Values {
    per_node: Vec<String>,
    modularity: Option<f64>,
}

fn compute(g: &Graph, args: &GraphArgs) -> anyhow::Result<Values> {
    let text = |v: Vec<f64>| v.into_iter().map(|x| x.to_string()).collect();
    let ids = |v: Vec<u32>| v.iter().map(u32::to_string).collect();
    let mut modularity = None;
    let per_node = match args.metric {
        Metric::Degree => text(cores::strength(g)),
        Metric::Betweenness => text(match args.samples {
            Some(k) => betweenness::betweenness_sampled(g, k, args.seed),
            None => betweenness::betweenness(g),
        }),
        Metric::Closeness => text(paths::closeness(g)),
        Metric::Harmonic => text(paths::harmonic(g)),
        Metric::Pagerank => text(spectral::pagerank(g, ALPHA, MAX_ITER, TOL)?),
        Metric::Eigenvector => text(spectral::eigenvector(g, MAX_ITER, TOL)?),
        Metric::Kcore => ids(cores::core_number(g)?),
        Metric::Clustering => text(clustering::clustering(g)),
        Metric::Constraint => text(brokerage::constraint(g)),
        Metric::EffectiveSize => text(brokerage::effective_size(g)),
        Metric::Components => ids(cores::components(g)),
        Metric::Communities => {
            let membership = community::communities(g, args.seed);
            modularity = Some(community::modularity(g, &membership));
            ids(membership)
        }
    };
    Ok(Values {
        per_node,
        modularity,
    })
}
