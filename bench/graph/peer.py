"""One peer library, one metric, one process (run by compare.py).

Usage: peer.py LIB METRIC EDGES N REPEAT OUT.json
LIB: networkx | igraph | networkit | rustworkx; METRIC: betweenness | pagerank | kcore |
components | clustering | communities | leiden_converged (igraph) | plm (networkit).
EDGES holds `u v` lines with dense ids 0..N-1, no self-loops, no duplicates. Loading is timed
apart; with REPEAT > 1 one warm-up run precedes the timed ones. Values are written as networkx
defines them (betweenness normalized), communities as a membership list.
"""
import json, resource, sys, time

lib, metric, path, n, repeat, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]


def read_edges():
    with open(path) as f:
        return [tuple(map(int, line.split())) for line in f]


t0 = time.perf_counter()
if lib == "networkx":
    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(read_edges())
elif lib == "igraph":
    import igraph as ig
    G = ig.Graph(n=n, edges=read_edges())
elif lib == "networkit":
    import networkit as nk
    nk.setNumberOfThreads(1)
    G = nk.graphio.EdgeListReader(" ", 0, continuous=True, directed=False).read(path)
    assert G.numberOfNodes() == n
elif lib == "rustworkx":
    import rustworkx as rx
    edges = read_edges()
    if metric == "pagerank":
        # rustworkx's PageRank takes a directed graph: each edge both ways.
        G = rx.PyDiGraph()
        G.add_nodes_from(range(n))
        G.add_edges_from_no_data(edges + [(v, u) for u, v in edges])
    else:
        G = rx.PyGraph()
        G.add_nodes_from(range(n))
        G.add_edges_from_no_data(edges)
else:
    sys.exit(f"unknown library {lib}")
load = time.perf_counter() - t0
scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0


def membership(groups):
    m = [0] * n
    for c, members in enumerate(groups):
        for u in members:
            m[u] = c
    return m


def listed(d):
    """A per-node dict (or rustworkx mapping) as a list by node id, read once."""
    return [d[u] for u in range(n)]


def compute():
    if lib == "networkx":
        f = {
            "betweenness": lambda: listed(nx.betweenness_centrality(G)),
            "pagerank": lambda: listed(nx.pagerank(G)),
            "kcore": lambda: listed(nx.core_number(G)),
            "components": lambda: membership(nx.connected_components(G)),
            "clustering": lambda: listed(nx.clustering(G)),
            "communities": lambda: membership(nx.community.louvain_communities(G, seed=1)),
        }
    elif lib == "igraph":
        f = {
            "betweenness": lambda: [b * scale for b in G.betweenness()],
            "pagerank": lambda: G.pagerank(damping=0.85),
            "kcore": lambda: G.coreness(),
            "components": lambda: G.connected_components().membership,
            "clustering": lambda: G.transitivity_local_undirected(mode="zero"),
            "communities": lambda: G.community_leiden(objective_function="modularity").membership,
            "leiden_converged": lambda: G.community_leiden(objective_function="modularity", n_iterations=-1).membership,
        }
    elif lib == "networkit":
        def run(algo):
            algo.run()
            return algo

        f = {
            # NetworKit's raw undirected betweenness counts every pair twice.
            "betweenness": lambda: [b / 2 * scale for b in run(nk.centrality.Betweenness(G, normalized=False)).scores()],
            "pagerank": lambda: run(nk.centrality.PageRank(G, damp=0.85)).scores(),
            "kcore": lambda: run(nk.centrality.CoreDecomposition(G)).scores(),
            "components": lambda: run(nk.components.ConnectedComponents(G)).getPartition().getVector(),
            "clustering": lambda: run(nk.centrality.LocalClusteringCoefficient(G)).scores(),
            "communities": lambda: run(nk.community.ParallelLeiden(G)).getPartition().getVector(),
            "plm": lambda: run(nk.community.PLM(G, refine=True)).getPartition().getVector(),
        }
    else:
        f = {
            "betweenness": lambda: listed(rx.betweenness_centrality(G, normalized=True)),
            "pagerank": lambda: listed(rx.pagerank(G, alpha=0.85)),
            "kcore": lambda: listed(rx.core_number(G)),
            "components": lambda: membership(rx.connected_components(G)),
        }
    if metric not in f:
        return None
    return f[metric]


fn = compute()
if fn is None:
    json.dump({"unsupported": True}, open(out, "w"))
    sys.exit(0)
times, cpu = [], []
runs = repeat + 1 if repeat > 1 else 1
for i in range(runs):
    t, c = time.perf_counter(), time.process_time()
    values = fn()
    dt = time.perf_counter() - t
    if runs == 1 or i > 0:
        times.append(dt)
        cpu.append(time.process_time() - c)
values = [float(v) for v in values]
json.dump({"load": load, "times": times, "median": sorted(times)[len(times) // 2], "cpu": sum(cpu) / len(cpu), "values": values,
           "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}, open(out, "w"))
