"""Reference values from networkx for convene-graph's community, mixing and weaving code.

Writes crates/graph/tests/fixtures/community.json: for each graph its edges (dense ids in
networkx's node order), partitions with networkx's modularity, the best modularity of
networkx's Louvain over ten seeds, a label per node with networkx's attribute assortativity,
and Adamic–Adar scores of non-adjacent pairs (unweighted graphs).

Usage: python bench/graph/fixtures_community.py   (needs networkx; run from anywhere)
"""
import json, os, random
import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "crates", "graph", "tests", "fixtures", "community.json")


def unweighted(g):
    h = g.__class__()
    h.add_nodes_from(g)
    h.add_edges_from(g.edges())
    return h


def case(name, g, labels=None, seed=0):
    rng = random.Random(seed)
    nodes = list(g.nodes())
    index = {u: i for i, u in enumerate(nodes)}
    edges = [[index[u], index[v], float(d.get("weight", 1))] for u, v, d in g.edges(data=True)]
    n = len(nodes)

    def q(membership):
        groups = {}
        for u, c in zip(nodes, membership):
            groups.setdefault(c, set()).add(u)
        return nx.community.modularity(g, list(groups.values()), weight="weight")

    parts = []
    def add(kind, membership):
        parts.append({"kind": kind, "membership": membership, "modularity": q(membership)})

    add("one", [0] * n)
    add("singletons", list(range(n)))
    # Sparse, non-dense ids: modularity must not care how communities are numbered.
    add("random", [rng.randrange(4) * 1000 + 7 for _ in range(n)])
    louvain = None
    if not g.is_directed():
        best = None
        for s in range(10):
            comms = nx.community.louvain_communities(g, weight="weight", seed=s)
            m = [0] * n
            for c, members in enumerate(comms):
                for u in members:
                    m[index[u]] = c
            value = q(m)
            if best is None or value > best[0]:
                best = (value, m)
        add("louvain", best[1])
        louvain = best[0]
        lp = list(nx.community.label_propagation_communities(g))
        m = [0] * n
        for c, members in enumerate(lp):
            for u in members:
                m[index[u]] = c
        add("label_propagation", m)

    if labels is None:
        labels = [rng.randrange(3) for _ in range(n)]
    h = g.copy()
    nx.set_node_attributes(h, {u: labels[index[u]] for u in nodes}, "org")
    assort = nx.attribute_assortativity_coefficient(h, "org")
    cross = sum(1 for u, v in g.edges() if u != v and labels[index[u]] != labels[index[v]])
    ties = sum(1 for u, v in g.edges() if u != v)

    aa = []
    if not g.is_directed() and all(d.get("weight", 1) == 1 for _, _, d in g.edges(data=True)) and nx.number_of_selfloops(g) == 0:
        pairs = [(u, v) for u in nodes for v in nodes if index[u] < index[v] and not g.has_edge(u, v)]
        rng.shuffle(pairs)
        aa = [[index[u], index[v], s] for u, v, s in nx.adamic_adar_index(g, pairs[:40])]

    return {"name": name, "directed": g.is_directed(), "n": n, "edges": edges, "partitions": parts,
            "louvain_best": louvain, "labels": labels, "assortativity": None if assort != assort else assort,
            "ties": ties, "cross_ties": cross, "adamic_adar": aa}


cases = []
karate = nx.karate_club_graph()
clubs = [0 if karate.nodes[u]["club"] == "Mr. Hi" else 1 for u in karate]
cases.append(case("karate", unweighted(karate), clubs))
cases.append(case("karate_weighted", karate, clubs))
cases.append(case("les_miserables", nx.les_miserables_graph(), seed=1))
cases.append(case("florentine", nx.florentine_families_graph(), seed=2))
davis = nx.davis_southern_women_graph()
women = [u for u, d in davis.nodes(data=True) if d["bipartite"] == 0]
cases.append(case("davis_women", nx.bipartite.weighted_projected_graph(davis, women), seed=3))
g = nx.gnp_random_graph(60, 0.08, seed=3)
r = random.Random(4)
for u, v in g.edges():
    g[u][v]["weight"] = r.randint(1, 5)
cases.append(case("gnp60_weighted", g, seed=4))
g = nx.gnm_random_graph(30, 60, seed=5)
for u in (0, 3, 7):
    g.add_edge(u, u, weight=2.5)
r = random.Random(6)
for u, v in g.edges():
    g[u][v].setdefault("weight", r.choice([1, 2, 3]))
cases.append(case("self_loops_weighted", g, seed=5))
cases.append(case("directed40", nx.gnp_random_graph(40, 0.1, seed=7, directed=True), seed=6))
g = nx.disjoint_union(nx.cycle_graph(8), nx.complete_graph(5))
g.add_nodes_from([100, 101])
cases.append(case("disconnected", g, seed=7))
cases.append(case("gnp80", nx.gnp_random_graph(80, 0.06, seed=8), seed=8))

with open(OUT, "w") as f:
    json.dump({"networkx": nx.__version__, "cases": cases}, f, indent=None, separators=(",", ":"))
print(f"wrote {len(cases)} cases to {os.path.normpath(OUT)}")
