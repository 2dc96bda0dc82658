#!/usr/bin/env python3
"""Write the networkx reference values that crates/graph/tests/graph.rs checks convene against.

Run from the repository root with the venv that has networkx, numpy and scipy:

    python3 -m venv target/graph-venv
    target/graph-venv/bin/pip install networkx scipy numpy
    target/graph-venv/bin/python bench/graph/fixtures.py [NAME ...]   # only those fixtures

Each fixture is one JSON file in crates/graph/tests/fixtures/: the nodes (in networkx's node
order, which is convene's dense id order), the edges as index triples, and every metric as
networkx computes it, with weight="weight" (distance="weight") when the graph has weights and
None otherwise. NaN is written as null; a metric networkx refuses (core numbers with self-loops,
eigenvector centrality that does not converge) is null as a whole.
"""

import json
import math
import random
import sys
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parents[2] / "crates" / "graph" / "tests" / "fixtures"


def parse_edge_list(text, directed):
    """The edge-list format of `convene graph`, read the way crates/graph/src/parse.rs documents."""
    G = nx.DiGraph() if directed else nx.Graph()
    for line in text.splitlines():
        tokens = line.split("#", 1)[0].split()
        if len(tokens) == 1:
            G.add_node(tokens[0])
        elif len(tokens) in (2, 3):
            w = float(tokens[2]) if len(tokens) == 3 else 1.0
            G.add_edge(tokens[0], tokens[1], weight=w)
        elif tokens:
            raise ValueError(line)
    return G


def clean(values):
    return [None if isinstance(x, float) and math.isnan(x) else x for x in values]


def metrics(G, weighted):
    w = "weight" if weighted else None
    nodes = list(G)

    def ordered(d):
        return clean([float(d[v]) for v in nodes])

    out = {
        "degree": ordered(dict(G.degree(weight=w))),
        "betweenness": ordered(nx.betweenness_centrality(G, weight=w)),
        "closeness": ordered(nx.closeness_centrality(G, distance=w)),
        "harmonic": ordered(nx.harmonic_centrality(G, distance=w)),
        "pagerank": ordered(nx.pagerank(G, weight=w)),
        "clustering": ordered(nx.clustering(G, weight=w)),
        "constraint": ordered(nx.constraint(G, weight=w)),
        # Per-node path on purpose: networkx 3.6's all-nodes sparse path divides m_uw by the
        # largest weight of w instead of u, which is not Burt's (or its own) definition.
        "effective_size": ordered(nx.effective_size(G, nodes=nodes, weight=w)),
    }
    try:
        out["eigenvector"] = ordered(nx.eigenvector_centrality(G, weight=w))
    except nx.PowerIterationFailedConvergence:
        out["eigenvector"] = None
    try:
        out["kcore"] = [nx.core_number(G)[v] for v in nodes]
    except nx.NetworkXNotImplemented:
        out["kcore"] = None
    comps = nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    cid = {}
    for i, c in enumerate(comps):
        for v in c:
            cid[v] = i
    out["components"] = [cid[v] for v in nodes]
    return out


def write(name, G, text=None):
    if ONLY and name not in ONLY:
        return
    weighted = any(d.get("weight", 1) != 1 for _, _, d in G.edges(data=True))
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    edges = [[index[u], index[v], float(d.get("weight", 1))] for u, v, d in G.edges(data=True)]
    fixture = {
        "name": name,
        "networkx": nx.__version__,
        "directed": G.is_directed(),
        "nodes": [str(v) for v in nodes],
        "edges": edges,
        "metrics": metrics(G, weighted),
    }
    if text is not None:
        fixture["text"] = text
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(fixture, separators=(",", ":")) + "\n")
    print(f"{name}: {len(nodes)} nodes, {len(edges)} edges, weighted={weighted}", file=sys.stderr)


def unweighted(G):
    H = G.__class__()
    H.add_nodes_from(G)
    H.add_edges_from(G.edges())
    return H


def with_weights(G, rng, choices):
    for u, v in G.edges():
        G[u][v]["weight"] = float(rng.choice(choices))
    return G


def structured(seed):
    """Small random cores joined by bridges and shared articulation points, with pendant trees
    and open and closed twins: every reduction the exact betweenness makes, for networkx to
    check."""
    rng = random.Random(seed)
    G = nx.Graph()
    n = 0
    for k in range(6):
        size = rng.randint(3, 8)
        core = nx.gnp_random_graph(size, 0.5, seed=seed * 10 + k)
        G.add_nodes_from(range(n, n + size))
        G.add_edges_from((n + a, n + b) for a, b in core.edges())
        if n > 0:
            if rng.random() < 0.5:
                G.add_edge(rng.randrange(n), n)
            else:
                G = nx.contracted_nodes(G, rng.randrange(n), n, self_loops=False, copy=True)
        n += size
    for _ in range(12):
        at = rng.choice(sorted(G))
        for _ in range(rng.randint(1, 3)):
            G.add_edge(at, n)
            at, n = n, n + 1
    for _ in range(8):
        x = rng.choice(sorted(G))
        G.add_edges_from((n, y) for y in list(G[x]))
        if rng.random() < 0.5:
            G.add_edge(n, x)
        n += 1
    return nx.convert_node_labels_to_integers(G, ordering="sorted")


def main():
    karate = nx.karate_club_graph()
    write("karate_weighted", karate)
    write("karate", unweighted(karate))
    write("florentine", nx.florentine_families_graph())
    write("les_miserables", nx.les_miserables_graph())
    davis = nx.davis_southern_women_graph()
    write("davis_women", nx.bipartite.weighted_projected_graph(davis, davis.graph["top"]))

    rng = random.Random(7)
    write("gnp40", nx.gnp_random_graph(40, 0.12, seed=1))
    # Small integer weights make many weighted shortest paths tie.
    write("gnm40_weighted", with_weights(nx.gnm_random_graph(40, 90, seed=2), rng, [1, 2, 3]))
    write("ba60", nx.barabasi_albert_graph(60, 2, seed=3))
    write("directed30", nx.gnp_random_graph(30, 0.1, seed=4, directed=True))
    write("directed30_weighted", with_weights(nx.gnp_random_graph(30, 0.15, seed=5, directed=True), rng, [1, 2, 4]))
    cycle = nx.DiGraph(nx.cycle_graph(12).to_directed())
    cycle.add_edges_from([(0, 6), (3, 9)])
    write("directed_reciprocal", cycle)

    parts = nx.disjoint_union_all([nx.path_graph(5), nx.complete_graph(4), nx.star_graph(3)])
    parts.add_nodes_from([100, 101])
    write("disconnected", parts)

    loops = nx.gnp_random_graph(25, 0.2, seed=6)
    loops.add_edges_from([(0, 0), (3, 3), (7, 7)])
    loops.add_node(99)
    loops.add_edge(99, 99)
    write("self_loops", loops)
    loops_w = with_weights(nx.gnp_random_graph(20, 0.25, seed=8), rng, [1, 2, 3])
    loops_w.add_edge(2, 2, weight=2.0)
    loops_w.add_edge(5, 5, weight=1.0)
    write("self_loops_weighted", loops_w)

    # Parsed from text: duplicates (the last weight wins, u v == v u), an isolate, comments.
    text = (
        "# collaboration minutes\n"
        "ana ben 3\nben cy 2\ncy ana 1   # triangle\nben ana 5\n"
        "cy dee\ndee eve 2\neve cy 4\neve dee 1\n"
        "fay\n"
        "123456789012345678901234567890 ana 2\n"
    )
    write("parsed_duplicates", parse_edge_list(text, directed=False), text)

    write("structured", structured(11))
    write("structured_weighted", with_weights(structured(12), random.Random(13), [1, 2, 3]))


ONLY = set(sys.argv[1:])  # fixture names to write (default: all)

if __name__ == "__main__":
    main()
