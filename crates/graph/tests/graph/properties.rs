//! Invariants on random graphs: sums, relabeling, disjoint unions, self-loops and duplicates,
//! the degenerate graphs, and thread counts.

use super::*;

/// Up to 14 nodes, each possible edge with probability about 0.3, weights 1 or small integers.
fn edges() -> impl Strategy<Value = (usize, Vec<(u32, u32, f64)>, bool)> {
    (1usize..14, any::<bool>(), any::<bool>()).prop_flat_map(|(n, directed, weighted)| {
        let edge = (0..n as u32, 0..n as u32, 1u8..4)
            .prop_map(move |(u, v, w)| (u, v, if weighted { f64::from(w) } else { 1.0 }));
        (
            Just(n),
            prop::collection::vec(edge, 0..n * 3),
            Just(directed),
        )
    })
}

fn loopless(edges: &[(u32, u32, f64)]) -> Vec<(u32, u32, f64)> {
    edges.iter().copied().filter(|&(u, v, _)| u != v).collect()
}

/// Unweighted distances by a plain BFS, for the sum invariant.
fn bfs(g: &Graph, s: u32) -> Vec<Option<usize>> {
    let mut dist = vec![None; g.node_count()];
    dist[s as usize] = Some(0);
    let mut queue = std::collections::VecDeque::from([s]);
    while let Some(v) = queue.pop_front() {
        let d = dist[v as usize].expect("queued nodes have distances");
        for &w in g.neighbors(v) {
            if dist[w as usize].is_none() {
                dist[w as usize] = Some(d + 1);
                queue.push_back(w);
            }
        }
    }
    dist
}

fn all_metrics(g: &Graph) -> Vec<(&'static str, Vec<f64>, f64)> {
    let mut out = vec![
        ("strength", strength(g), 1e-9),
        ("betweenness", betweenness(g), 1e-9),
        ("closeness", closeness(g), 1e-9),
        ("harmonic", harmonic(g), 1e-9),
        ("clustering", clustering(g), 1e-9),
        ("constraint", constraint(g), 1e-9),
        ("effective_size", effective_size(g), 1e-9),
        (
            "pagerank",
            pagerank(g, ALPHA, MAX_ITER, TOL).expect("PageRank converges"),
            1e-6,
        ),
    ];
    if let Ok(e) = eigenvector(g, MAX_ITER, TOL) {
        out.push(("eigenvector", e, 1e-6));
    }
    if let Ok(k) = core_number(g) {
        out.push(("kcore", k.iter().map(|&k| f64::from(k)).collect(), 0.0));
    }
    out
}

fn same(a: f64, b: f64, tol: f64) -> bool {
    (a.is_nan() && b.is_nan()) || (a - b).abs() <= tol * b.abs().max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Without weights, the dependencies of all nodes sum to the interior nodes of all shortest
    /// paths: sum over reachable ordered pairs of (d(s, t) - 1).
    #[test]
    fn betweenness_sums_to_interior_path_lengths((n, edges, directed) in edges()) {
        let plain: Vec<_> = edges.iter().map(|&(u, v, _)| (u, v, 1.0)).collect();
        let g = Graph::from_edges(n, &plain, directed);
        let interior: usize = (0..n as u32)
            .flat_map(|s| bfs(&g, s).into_iter().flatten().filter(|&d| d > 0).map(|d| d - 1).collect::<Vec<_>>())
            .sum();
        let total: f64 = betweenness(&g).iter().sum();
        let expected = if n > 2 { interior as f64 / ((n - 1) * (n - 2)) as f64 } else { 0.0 };
        prop_assert!((total - expected).abs() < 1e-9, "{total} vs {expected}");
    }

    #[test]
    fn relabeling_permutes_every_metric((n, edges, directed) in edges(), seed in any::<u64>()) {
        let mut perm: Vec<u32> = (0..n as u32).collect();
        let mut state = seed;
        for i in (1..n).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            perm.swap(i, (state >> 33) as usize % (i + 1));
        }
        let g = Graph::from_edges(n, &edges, directed);
        let moved: Vec<_> = edges.iter().map(|&(u, v, w)| (perm[u as usize], perm[v as usize], w)).collect();
        let h = Graph::from_edges(n, &moved, directed);
        for ((name, a, tol), (_, b, _)) in all_metrics(&g).into_iter().zip(all_metrics(&h)) {
            for v in 0..n {
                let (x, y) = (a[v], b[perm[v] as usize]);
                prop_assert!(same(x, y, tol), "{name} node {v}: {x} vs {y}");
            }
        }
        let (cg, ch) = (components(&g), components(&h));
        for u in 0..n {
            for v in 0..n {
                prop_assert_eq!(cg[u] == cg[v], ch[perm[u] as usize] == ch[perm[v] as usize]);
            }
        }
    }

    /// A disjoint union keeps each part's raw betweenness, closeness sums and components apart.
    #[test]
    fn disjoint_union_keeps_parts_apart((n, edges, directed) in edges()) {
        let g = Graph::from_edges(n, &edges, directed);
        let shifted: Vec<_> = edges.iter().map(|&(u, v, w)| (u + n as u32, v + n as u32, w)).collect();
        let both: Vec<_> = edges.iter().copied().chain(shifted).collect();
        let u = Graph::from_edges(2 * n, &both, directed);
        let raw = |b: Vec<f64>, n: usize| -> Vec<f64> {
            let scale = if n > 2 { ((n - 1) * (n - 2)) as f64 } else { 1.0 };
            b.into_iter().map(|x| x * scale).collect()
        };
        let (part, union) = (raw(betweenness(&g), n), raw(betweenness(&u), 2 * n));
        let (hp, hu) = (harmonic(&g), harmonic(&u));
        let (cp, cu) = (components(&g), components(&u));
        let parts = cp.iter().copied().max().map_or(0, |m| m + 1);
        for v in 0..n {
            prop_assert!(same(part[v], union[v], 1e-9) && same(part[v], union[v + n], 1e-9));
            prop_assert!(same(hp[v], hu[v], 1e-9) && same(hp[v], hu[v + n], 1e-9));
            prop_assert_eq!(cu[v], cp[v]);
            prop_assert_eq!(cu[v + n], cp[v] + parts);
        }
    }

    /// Repeating edges keeps one edge with the last weight; self-loops change no path metric.
    #[test]
    fn duplicates_and_self_loops_as_networkx((n, edges, directed) in edges()) {
        let g = Graph::from_edges(n, &edges, directed);
        let mut twice: Vec<_> = edges.iter().map(|&(u, v, _)| (u, v, 9.0)).collect();
        twice.extend(edges.iter().copied());
        prop_assert_eq!(&Graph::from_edges(n, &twice, directed), &g);
        if !directed {
            let flipped: Vec<_> = twice.iter().map(|&(u, v, w)| (v, u, w)).collect();
            prop_assert_eq!(&Graph::from_edges(n, &flipped, directed), &g);
        }
        let h = Graph::from_edges(n, &loopless(&edges), directed);
        // A self-loop of weight != 1 makes g weighted; compare only when both use the same search.
        if g.is_weighted() == h.is_weighted() {
            let mut pairs = vec![
                ("betweenness", betweenness(&g), betweenness(&h)),
                ("closeness", closeness(&g), closeness(&h)),
                ("harmonic", harmonic(&g), harmonic(&h)),
            ];
            // Weighted clustering divides by the largest weight, self-loops included.
            if !g.is_weighted() {
                pairs.push(("clustering", clustering(&g), clustering(&h)));
            }
            for (name, a, b) in pairs {
                for v in 0..n {
                    prop_assert!(same(a[v], b[v], 1e-9), "{name} node {v}: {} vs {}", a[v], b[v]);
                }
            }
        }
    }

    #[test]
    fn thread_count_does_not_change_betweenness((n, edges, directed) in edges()) {
        let g = Graph::from_edges(n, &edges, directed);
        let pool = |t| rayon::ThreadPoolBuilder::new().num_threads(t).build().expect("thread pool");
        let one = pool(1).install(|| betweenness(&g));
        let two = pool(2).install(|| betweenness(&g));
        for v in 0..n {
            prop_assert!(same(one[v], two[v], 1e-12));
        }
    }
}

#[test]
fn empty_and_one_node_graphs() {
    let empty = Graph::from_edges(0, &[], false);
    assert!(betweenness(&empty).is_empty());
    assert!(closeness(&empty).is_empty());
    assert!(
        pagerank(&empty, ALPHA, MAX_ITER, TOL)
            .expect("empty PageRank")
            .is_empty()
    );
    assert!(
        eigenvector(&empty, MAX_ITER, TOL).is_err(),
        "networkx refuses the empty graph"
    );
    assert!(core_number(&empty).expect("no self-loops").is_empty());
    assert!(components(&empty).is_empty());
    for directed in [false, true] {
        let one = Graph::from_edges(1, &[], directed);
        assert_eq!(betweenness(&one), [0.0]);
        assert_eq!(closeness(&one), [0.0]);
        assert_eq!(harmonic(&one), [0.0]);
        assert_eq!(
            pagerank(&one, ALPHA, MAX_ITER, TOL).expect("one node"),
            [1.0]
        );
        assert_eq!(eigenvector(&one, MAX_ITER, TOL).expect("one node"), [1.0]);
        assert_eq!(core_number(&one).expect("no self-loops"), [0]);
        assert_eq!(clustering(&one), [0.0]);
        assert!(constraint(&one)[0].is_nan() && effective_size(&one)[0].is_nan());
        assert_eq!(components(&one), [0]);
        let looped = Graph::from_edges(1, &[(0, 0, 1.0)], directed);
        assert_eq!(
            degree(&looped),
            [2],
            "a self-loop counts twice, as in networkx"
        );
        assert!(core_number(&looped).is_err());
    }
}

/// Graphs full of what the exact betweenness takes apart: small random cores joined by
/// bridges and shared articulation points, pendant trees, and open and closed twins.
fn structured() -> impl Strategy<Value = (usize, Vec<(u32, u32, f64)>)> {
    let core = (2usize..7, prop::collection::vec((0u32..7, 0u32..7), 1..14));
    (
        prop::collection::vec(core, 1..5),
        prop::collection::vec((any::<u32>(), 0u8..3), 0..12),
        prop::collection::vec((any::<u32>(), any::<bool>()), 0..6),
        any::<bool>(),
        any::<u64>(),
    )
        .prop_map(|(cores, pendants, twins, weighted, seed)| {
            let mut state = seed;
            let mut rand = move |k: u32| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (state >> 33) as u32 % k.max(1)
            };
            let mut edges: Vec<(u32, u32, f64)> = Vec::new();
            let mut n = 0u32;
            for (size, pairs) in cores {
                let base = n;
                for (a, b) in pairs {
                    let (a, b) = (a % size as u32, b % size as u32);
                    if a != b {
                        edges.push((base + a, base + b, 1.0));
                    }
                }
                if base > 0 {
                    // Join to the graph so far: a bridge, or a shared articulation point.
                    let old = rand(base);
                    if rand(2) == 0 {
                        edges.push((old, base, 1.0));
                    } else {
                        for e in edges.iter_mut().filter(|e| e.0 == base || e.1 == base) {
                            if e.0 == base { e.0 = old } else { e.1 = old }
                        }
                    }
                }
                n = base + size as u32;
            }
            for (at, depth) in pendants {
                // A path of 1..3 nodes hanging off a node.
                let mut from = at % n;
                for _ in 0..=depth {
                    edges.push((from, n, 1.0));
                    from = n;
                    n += 1;
                }
            }
            for (of, closed) in twins {
                let x = of % n;
                let row: Vec<u32> = edges
                    .iter()
                    .filter_map(|&(a, b, _)| {
                        if a == x {
                            Some(b)
                        } else if b == x {
                            Some(a)
                        } else {
                            None
                        }
                    })
                    .collect();
                for y in row {
                    edges.push((n, y, 1.0));
                }
                if closed {
                    edges.push((n, x, 1.0));
                }
                n += 1;
            }
            if weighted {
                for e in edges.iter_mut() {
                    e.2 = f64::from(1 + rand(3));
                }
            }
            (n as usize, edges)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Blocks, pendant folding and twins change nothing: the reduced betweenness is plain
    /// Brandes's, on one thread and on two.
    #[test]
    fn reductions_equal_plain_brandes((n, edges) in structured()) {
        let g = Graph::from_edges(n, &edges, false);
        let plain = betweenness_plain(&g);
        let pool = |t| rayon::ThreadPoolBuilder::new().num_threads(t).build().expect("thread pool");
        for threads in [1, 2] {
            let reduced = pool(threads).install(|| betweenness_reduced(&g));
            for v in 0..n {
                prop_assert!(same(reduced[v], plain[v], 1e-12), "node {v}: {} vs {}", reduced[v], plain[v]);
            }
        }
    }
}

/// Textbook Brandes (queue, predecessor lists, stack), unweighted, for the kernel check below:
/// it shares no code with the engine's bit rows, bitmaps and direction switching.
fn textbook_betweenness(g: &Graph) -> Vec<f64> {
    let n = g.node_count();
    let mut bc = vec![0.0; n];
    for s in 0..n {
        let mut dist = vec![usize::MAX; n];
        let mut sigma = vec![0.0f64; n];
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut stack = Vec::new();
        let mut queue = std::collections::VecDeque::from([s]);
        dist[s] = 0;
        sigma[s] = 1.0;
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in g.neighbors(v as u32) {
                let w = w as usize;
                if dist[w] == usize::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        let mut delta = vec![0.0; n];
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                bc[w] += delta[w];
            }
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        bc.iter_mut().for_each(|b| *b *= scale);
    }
    bc
}

/// Random graphs big enough for the engine's fast paths: dense ones (bit rows), sparse ones
/// whose middle levels are found bottom-up, pendant trees and twins on top; node counts across
/// 64-bit word boundaries.
fn larger() -> impl Strategy<Value = (usize, Vec<(u32, u32, f64)>, bool)> {
    (16usize..300, 1u32..40, any::<u64>(), any::<bool>()).prop_map(
        |(n, density, seed, directed)| {
            let mut state = seed;
            let mut rand = move |k: u64| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (state >> 33) % k.max(1)
            };
            let mut edges = Vec::new();
            // A preferential core: each node ties to about `density / 4 + 1` earlier ones, or
            // (dense) to each earlier one with probability density / 40.
            let dense = n < 130 && density > 20;
            for v in 1..n as u64 {
                if dense {
                    for u in 0..v {
                        if rand(40) < u64::from(density) {
                            edges.push((u as u32, v as u32, 1.0));
                        }
                    }
                } else if rand(8) == 0 {
                    // A pendant node or the twin of an earlier one.
                    let u = rand(v);
                    edges.push((u as u32, v as u32, 1.0));
                } else {
                    for _ in 0..=density / 4 {
                        let u = rand(v);
                        edges.push((u as u32, v as u32, 1.0));
                    }
                }
            }
            (n, edges, directed)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The engine's betweenness, reduced and plain, equals textbook Brandes to 1e-12.
    #[test]
    fn betweenness_equals_textbook_brandes((n, edges, directed) in larger()) {
        let g = Graph::from_edges(n, &edges, directed);
        let want = textbook_betweenness(&g);
        let mut runs = vec![("default", betweenness(&g)), ("plain", betweenness_plain(&g))];
        if !directed {
            runs.push(("reduced", betweenness_reduced(&g)));
        }
        for (what, got) in runs {
            for v in 0..n {
                prop_assert!(same(got[v], want[v], 1e-12), "{what} node {v}: {} vs {}", got[v], want[v]);
            }
        }
    }
}
