//! Positions for the map, computed here from the clusters so that the browser only draws and
//! every screen shows the same picture: each cluster an island (its group in the middle, its
//! people around it, the strongest nearest), islands placed one by one beside those they share
//! most ties with, and everyone without ties in a corner of their own.

use super::{MapEdge, MapNode, NodeKind};
use std::collections::{BTreeMap, HashMap};

/// Radius of a person's dot, in layout units (pixels at zoom 1).
const PERSON: f64 = 12.0;
/// Space between the dots of one island, and between islands.
const GAP: f64 = 8.0;
const ISLAND_GAP: f64 = 36.0;
/// Spacing of the sunflower spiral inside an island.
const SPREAD: f64 = 15.0;
const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;

/// The radius a node is drawn with (the map script uses the same sizes).
pub fn radius(n: &MapNode) -> f64 {
    match n.kind {
        NodeKind::Person => PERSON,
        NodeKind::Group => 10.0 + 4.0 * (n.size as f64).sqrt(),
    }
}

struct Island {
    members: Vec<usize>,
    /// Positions relative to the island's centre.
    local: Vec<(f64, f64)>,
    radius: f64,
}

/// Sets `x` and `y` of every node.
pub fn layout(nodes: &mut [MapNode], edges: &[MapEdge]) {
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let ends: Vec<(usize, usize, f64)> = edges
        .iter()
        .filter_map(|e| {
            Some((
                *index.get(e.source.as_str())?,
                *index.get(e.target.as_str())?,
                e.weight,
            ))
        })
        .collect();
    let mut degree = vec![0usize; nodes.len()];
    for (a, b, _) in &ends {
        degree[*a] += 1;
        degree[*b] += 1;
    }
    let strength = |i: usize| nodes[i].metrics.as_ref().map_or(0.0, |m| m.strength);
    let mut by_cluster: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    let mut alone: Vec<usize> = Vec::new();
    for i in 0..nodes.len() {
        if degree[i] == 0 {
            alone.push(i);
        } else {
            by_cluster.entry(nodes[i].cluster).or_default().push(i);
        }
    }
    let mut islands: Vec<Island> = by_cluster
        .into_values()
        .map(|mut members| {
            // The group first, in the middle; then people, strongest first.
            members.sort_by(|a, b| {
                let group = |i: usize| nodes[i].kind == NodeKind::Group;
                group(*b)
                    .cmp(&group(*a))
                    .then(strength(*b).total_cmp(&strength(*a)))
                    .then(a.cmp(b))
            });
            let inner = radius(&nodes[members[0]]);
            let mut local = Vec::with_capacity(members.len());
            let mut extent: f64 = 0.0;
            for (k, i) in members.iter().enumerate() {
                let (x, y) = if k == 0 {
                    (0.0, 0.0)
                } else {
                    let rho = inner + GAP + SPREAD * (k as f64).sqrt();
                    let t = k as f64 * GOLDEN_ANGLE;
                    (rho * t.cos(), rho * t.sin())
                };
                extent = extent.max((x * x + y * y).sqrt() + radius(&nodes[*i]));
                local.push((x, y));
            }
            Island {
                members,
                local,
                radius: extent,
            }
        })
        .collect();
    // Largest islands first; then each next to those it has most ties with.
    islands.sort_by(|a, b| {
        b.radius
            .total_cmp(&a.radius)
            .then(a.members.cmp(&b.members))
    });
    let island_of: HashMap<usize, usize> = islands
        .iter()
        .enumerate()
        .flat_map(|(k, isl)| isl.members.iter().map(move |i| (*i, k)))
        .collect();
    let mut between: HashMap<(usize, usize), f64> = HashMap::new();
    for (a, b, w) in &ends {
        if let (Some(&x), Some(&y)) = (island_of.get(a), island_of.get(b))
            && x != y
        {
            *between.entry((x.min(y), x.max(y))).or_default() += w;
        }
    }
    let weight = |x: usize, y: usize| between.get(&(x.min(y), x.max(y))).copied().unwrap_or(0.0);
    let mut centre: Vec<Option<(f64, f64)>> = vec![None; islands.len()];
    for _ in 0..islands.len() {
        let Some(next) = (0..islands.len())
            .filter(|k| centre[*k].is_none())
            .max_by(|a, b| {
                let pull = |k: usize| {
                    (0..islands.len())
                        .filter(|j| centre[*j].is_some())
                        .map(|j| weight(k, j))
                        .sum::<f64>()
                };
                pull(*a).total_cmp(&pull(*b)).then(b.cmp(a))
            })
        else {
            break;
        };
        // Aim at the weighted centre of the placed islands it is tied to, then spiral out to
        // the first place where it overlaps none.
        let (mut tx, mut ty, mut tw) = (0.0, 0.0, 0.0);
        for (j, c) in centre.iter().enumerate() {
            if let Some((x, y)) = c {
                let w = weight(next, j);
                tx += w * x;
                ty += w * y;
                tw += w;
            }
        }
        let target = if tw > 0.0 {
            (tx / tw, ty / tw)
        } else {
            (0.0, 0.0)
        };
        let r = islands[next].radius;
        let free = |p: (f64, f64)| {
            centre.iter().enumerate().all(|(j, c)| {
                c.is_none_or(|(x, y)| {
                    let d = ((p.0 - x).powi(2) + (p.1 - y).powi(2)).sqrt();
                    d >= r + islands[j].radius + ISLAND_GAP
                })
            })
        };
        let mut t = 0.0f64;
        let mut p = target;
        while !free(p) && t < 10_000.0 {
            t += 0.25;
            p = (target.0 + 6.0 * t * t.cos(), target.1 + 6.0 * t * t.sin());
        }
        centre[next] = Some(p);
    }
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for (k, isl) in islands.iter().enumerate() {
        let (cx, cy) = centre[k].unwrap_or_default();
        for (i, (x, y)) in isl.members.iter().zip(&isl.local) {
            nodes[*i].x = cx + x;
            nodes[*i].y = cy + y;
        }
        min_x = min_x.min(cx - isl.radius);
        min_y = min_y.min(cy - isl.radius);
        max_x = max_x.max(cx + isl.radius);
        max_y = max_y.max(cy + isl.radius);
    }
    // Everyone without ties: a grid in the bottom right corner, beside the islands.
    if !alone.is_empty() {
        let cell = alone
            .iter()
            .map(|i| 2.0 * radius(&nodes[*i]))
            .fold(2.0 * PERSON, f64::max)
            + GAP;
        let columns = (alone.len() as f64).sqrt().ceil().max(1.0) as usize;
        let rows = alone.len().div_ceil(columns);
        let (x0, y0) = if islands.is_empty() {
            (0.0, 0.0)
        } else {
            (
                max_x + ISLAND_GAP + cell / 2.0,
                max_y - (rows as f64 - 0.5) * cell,
            )
        };
        for (k, i) in alone.iter().enumerate() {
            nodes[*i].x = x0 + (k % columns) as f64 * cell;
            nodes[*i].y = y0 + (k / columns) as f64 * cell;
        }
    }
    // Non-negative coordinates, rounded: the JSON stays short.
    let (ox, oy) = nodes
        .iter()
        .fold((min_x, min_y), |(x, y), n| (x.min(n.x), y.min(n.y)));
    for n in nodes.iter_mut() {
        n.x = (n.x - ox + PERSON * 4.0).round();
        n.y = (n.y - oy + PERSON * 4.0).round();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network_map::MapMetrics;

    fn person(id: &str, cluster: u32, ties: usize) -> MapNode {
        MapNode {
            id: id.into(),
            label: id.into(),
            kind: NodeKind::Person,
            organization: None,
            cluster,
            size: 1,
            metrics: Some(MapMetrics {
                ties,
                strength: ties as f64,
                betweenness: 0.0,
                constraint: 0.0,
                led: 0,
            }),
            x: 0.0,
            y: 0.0,
        }
    }

    fn edge(a: &str, b: &str) -> MapEdge {
        MapEdge {
            source: a.into(),
            target: b.into(),
            weight: 1.0,
            ties: 1,
        }
    }

    #[test]
    fn clusters_are_apart_nothing_overlaps_and_people_without_ties_sit_in_a_corner() {
        // Two triangles (clusters 1 and 2) joined by one tie, and three people without ties.
        let mut nodes: Vec<MapNode> = ["a1", "a2", "a3"]
            .iter()
            .map(|id| person(id, 1, 2))
            .chain(["b1", "b2", "b3"].iter().map(|id| person(id, 2, 2)))
            .chain(["i1", "i2", "i3"].iter().map(|id| person(id, 3, 0)))
            .collect();
        let mut edges = vec![edge("a1", "a2"), edge("a2", "a3"), edge("a1", "a3")];
        edges.extend([
            edge("b1", "b2"),
            edge("b2", "b3"),
            edge("b1", "b3"),
            edge("a3", "b1"),
        ]);
        layout(&mut nodes, &edges);
        for (i, a) in nodes.iter().enumerate() {
            assert!(a.x >= 0.0 && a.y >= 0.0);
            for b in &nodes[i + 1..] {
                let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                assert!(d >= 2.0 * PERSON, "{} and {} overlap", a.id, b.id);
            }
        }
        let centre = |prefix: char| {
            let ns: Vec<&MapNode> = nodes.iter().filter(|n| n.id.starts_with(prefix)).collect();
            let k = ns.len() as f64;
            (
                ns.iter().map(|n| n.x).sum::<f64>() / k,
                ns.iter().map(|n| n.y).sum::<f64>() / k,
            )
        };
        let spread = |prefix: char| {
            let (cx, cy) = centre(prefix);
            nodes
                .iter()
                .filter(|n| n.id.starts_with(prefix))
                .map(|n| ((n.x - cx).powi(2) + (n.y - cy).powi(2)).sqrt())
                .fold(0.0, f64::max)
        };
        let (a, b) = (centre('a'), centre('b'));
        let apart = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        assert!(
            apart > spread('a') + spread('b'),
            "the clusters are separate islands"
        );
        // People without ties: right of and not above every island's lowest point.
        let right = nodes
            .iter()
            .filter(|n| !n.id.starts_with('i'))
            .map(|n| n.x)
            .fold(0.0, f64::max);
        assert!(
            nodes
                .iter()
                .filter(|n| n.id.starts_with('i'))
                .all(|n| n.x > right)
        );
    }
}
