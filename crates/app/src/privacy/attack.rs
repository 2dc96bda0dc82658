//! The differencing attack as a property test: random small communities and consent patterns,
//! everything every route publishes about the network, and an attacker who subtracts.
//!
//! The attacker knows every published figure and the member list (so everyone's organization)
//! and can see who took part in which month (participants see each other). Each published
//! aggregate is a sum over a *population*: the people (for all-time figures) or the people in
//! a month (for month rows and the network at a month's end) it is computed over. People shown
//! by name are known, so what a figure says is about the unnamed part of its population; the
//! attacker may add and subtract figures of one family, so the test asks, by exact rank over
//! the rationals, whether any combination of the published populations of a family is
//! supported on 1 to 4 unnamed people. It is its own checker: brute force over every set of at
//! most four people, independent of the suppression in `privacy`.

use super::Release;
use crate::leadership::{CommunityMetrics, analyse, history, month_bounds};
use crate::network::{Network, build, window};
use crate::network_health::POOLED;
use crate::network_health::{GroupRow, Health};
use crate::network_map::{MIN_GROUP, NetworkMap, NodeKind};
use convene_store::Session;
use convene_store::network::Activity;
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// 2026-11-15 12:00 UTC: the current month is November 2026.
const NOW: i64 = 1_794_744_000;

/// A community: its activity, who opted out and who agreed to be shown.
#[derive(Debug)]
pub(super) struct Community {
    pub activity: Activity,
    pub left_out: BTreeSet<i32>,
    pub sharing: BTreeSet<i32>,
}

fn session(id: i32, gathering_id: i32, convener_id: Option<i32>) -> Session {
    Session {
        id,
        gathering_id,
        convener_id,
        title: String::new(),
        needs: String::new(),
        space_id: None,
        slot_id: None,
        created_at: 0,
        merge_into: None,
        merged_into: None,
        withdrawn_at: None,
    }
}

/// A random community of `people` in up to three organizations, with a few gatherings over
/// the last year (and perhaps one to come), sessions people sat in, convened, wrote up and
/// took actions from, and everyone's choices.
pub(super) fn community(seed: u64, people: i32) -> Community {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let orgs = rng.gen_range(1..=3);
    let members: Vec<(i32, i32, Option<i32>)> = (1..=people)
        .map(|a| {
            let by = (a > 1 && rng.gen_bool(0.5)).then(|| rng.gen_range(1..a));
            (a, rng.gen_range(1..=orgs), by)
        })
        .collect();
    let bounds = month_bounds(NOW);
    let mut activity = Activity {
        members,
        ..Activity::default()
    };
    let (mut next_session, mut next_action) = (1, 1);
    for g in 1..=rng.gen_range(1..=4) {
        // Any of the twelve months, earlier, or a gathering still to come.
        let k = rng.gen_range(0..=13usize);
        let at = match k {
            0 => bounds[0] - 86_400 * 40,
            13 => NOW + 86_400 * 60,
            k => bounds[k - 1] + 86_400 * rng.gen_range(0..27),
        };
        activity.gatherings.push((g, at));
        // Who comes: a random share of the members.
        let share = rng.gen_range(0.2..0.9);
        let came: Vec<i32> = (1..=people).filter(|_| rng.gen_bool(share)).collect();
        for _ in 0..rng.gen_range(1..=3) {
            let s = next_session;
            next_session += 1;
            let here: Vec<i32> = came.iter().copied().filter(|_| rng.gen_bool(0.5)).collect();
            let convener = here.first().copied().filter(|_| rng.gen_bool(0.8));
            activity.sessions.push(session(s, g, convener));
            if here.len() > 1 && rng.gen_bool(0.3) {
                activity.co_conveners.push((s, here[1]));
            }
            for &a in &here {
                let since = at + 60 * rng.gen_range(0..30);
                activity
                    .presence
                    .push((s, a, since, since + 60 * rng.gen_range(10..90)));
                if rng.gen_bool(0.15) {
                    activity.report_authors.push((s, a));
                }
            }
            if !here.is_empty() && rng.gen_bool(0.5) {
                let act = next_action;
                next_action += 1;
                activity.actions.push((act, g));
                for &a in here.iter().filter(|_| rng.gen_bool(0.3)) {
                    activity.action_owners.push((act, a));
                }
            }
        }
    }
    let agree = rng.gen_range(0.2..0.95);
    let sharing = (1..=people).filter(|_| rng.gen_bool(agree)).collect();
    let left_out = (1..=people).filter(|_| rng.gen_bool(0.08)).collect();
    Community {
        activity,
        left_out,
        sharing,
    }
}

/// Everything published about the network, for the test to attack.
pub(super) struct Published {
    pub map: NetworkMap,
    pub health: Option<Health>,
    /// (label, row) of the analyst's rows by organization and by cluster.
    pub organizations: Vec<GroupRow>,
    pub clusters: Vec<GroupRow>,
    /// What each person's "My network" shows them.
    pub mine: BTreeMap<i32, Mine>,
    /// The published number of each engine cluster that appears.
    pub numbers: HashMap<u32, u32>,
}

use super::Mine;

fn org_name(o: i32) -> String {
    format!("Organization {o}")
}

fn names(m: &CommunityMetrics) -> HashMap<i32, String> {
    m.per_person
        .keys()
        .map(|a| (*a, format!("Person {a}")))
        .collect()
}

/// The metrics, as the background job computes them.
pub(super) fn metrics(c: &Community) -> CommunityMetrics {
    let net = build(&c.activity, &c.left_out);
    analyse(net, history(&c.activity, &c.left_out, NOW), NOW)
}

/// What every route publishes, through the one release.
pub(super) fn publish(m: &CommunityMetrics, sharing: &BTreeSet<i32>) -> Published {
    let orgs: HashMap<i32, String> = (1..=3).map(|o| (o, org_name(o))).collect();
    let release = Release::new(m, sharing);
    let map = crate::network_map::draw("c", &release, &names(m), &orgs);
    let health = crate::network_health::health(&release);
    let groups = crate::network_health::groups(&release, &names(m), &orgs);
    let mine = m
        .per_person
        .keys()
        .map(|a| (*a, release.mine(*a, false)))
        .collect();
    Published {
        map,
        health,
        organizations: groups.organizations,
        clusters: groups.clusters,
        mine,
        numbers: m
            .per_person
            .values()
            .filter_map(|p| Some((p.cluster, release.cluster_number(p.cluster)?)))
            .collect(),
    }
}

/// Exact rank over the rationals (fraction-free elimination, rows kept small by their gcd).
fn rank(mut rows: Vec<Vec<i128>>) -> usize {
    fn gcd(a: i128, b: i128) -> i128 {
        if b == 0 { a.abs() } else { gcd(b, a % b) }
    }
    let cols = rows.first().map_or(0, Vec::len);
    let mut r = 0;
    for c in 0..cols {
        let Some(p) = (r..rows.len()).find(|&i| rows[i][c] != 0) else {
            continue;
        };
        rows.swap(r, p);
        let pivot = rows[r].clone();
        for row in rows.iter_mut().skip(r + 1) {
            if row[c] != 0 {
                let (a, b) = (pivot[c], row[c]);
                for k in 0..cols {
                    row[k] = row[k] * a - pivot[k] * b;
                }
                let g = row.iter().fold(0, |g, v| gcd(g, *v));
                if g > 1 {
                    row.iter_mut().for_each(|v| *v /= g);
                }
            }
        }
        r += 1;
    }
    r
}

/// A family of published populations: sets of coordinates (a person, or a person in a
/// month), each belonging to one person.
struct Family<K> {
    name: &'static str,
    cells: Vec<(String, BTreeSet<K>)>,
}

impl<K: Ord + Clone> Family<K> {
    fn new(name: &'static str) -> Self {
        Family {
            name,
            cells: Vec::new(),
        }
    }

    fn add(&mut self, what: impl Into<String>, cell: BTreeSet<K>) {
        self.cells.push((what.into(), cell));
    }

    /// The first set of 1 to 4 people that a combination of the cells describes alone.
    fn leak(&self, person: impl Fn(&K) -> i32) -> Option<BTreeSet<i32>> {
        // One column per coordinate, identical columns of one person merged.
        let keys: BTreeSet<K> = self
            .cells
            .iter()
            .flat_map(|c| c.1.iter().cloned())
            .collect();
        let mut columns: BTreeMap<(i32, Vec<bool>), ()> = BTreeMap::new();
        for k in &keys {
            let sig = self.cells.iter().map(|c| c.1.contains(k)).collect();
            columns.insert((person(k), sig), ());
        }
        let columns: Vec<(i32, Vec<bool>)> = columns.into_keys().collect();
        let matrix = |without: &BTreeSet<i32>| -> Vec<Vec<i128>> {
            (0..self.cells.len())
                .map(|r| {
                    columns
                        .iter()
                        .filter(|c| !without.contains(&c.0))
                        .map(|c| i128::from(c.1[r]))
                        .collect()
                })
                .collect()
        };
        let full = rank(matrix(&BTreeSet::new()));
        let people: Vec<i32> = columns
            .iter()
            .map(|c| c.0)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut found = None;
        subsets(&people, MIN_GROUP - 1, &mut |s| {
            if found.is_none() && rank(matrix(s)) < full {
                found = Some(s.clone());
            }
        });
        found
    }
}

/// Calls `f` with every non-empty subset of `items` of at most `k` elements, smallest first.
fn subsets(items: &[i32], k: usize, f: &mut impl FnMut(&BTreeSet<i32>)) {
    fn go(
        items: &[i32],
        size: usize,
        from: usize,
        cur: &mut BTreeSet<i32>,
        f: &mut impl FnMut(&BTreeSet<i32>),
    ) {
        if cur.len() == size {
            f(cur);
            return;
        }
        for i in from..items.len() {
            cur.insert(items[i]);
            go(items, size, i + 1, cur, f);
            cur.remove(&items[i]);
        }
    }
    for size in 1..=k {
        go(items, size, 0, &mut BTreeSet::new(), f);
    }
}

/// The ground truth the attacker does not have, to say which people each figure covers.
struct Truth<'a> {
    m: &'a CommunityMetrics,
    /// People shown by name on the map.
    named: BTreeSet<i32>,
    /// Everyone else in the network.
    unnamed: BTreeSet<i32>,
    /// Published cluster number of each person (none for a cluster that does not appear).
    cluster: HashMap<i32, Option<u32>>,
    /// Who took part in each period: 0 before the twelve months, 1..=12 the months, 13 after.
    periods: Vec<BTreeSet<i32>>,
}

impl<'a> Truth<'a> {
    fn new(c: &Community, m: &'a CommunityMetrics, p: &Published) -> Self {
        let named: BTreeSet<i32> = p
            .map
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Person)
            .map(|n| {
                n.label
                    .strip_prefix("Person ")
                    .and_then(|a| a.parse().ok())
                    .expect("a person's label is their name")
            })
            .collect();
        let unnamed = m
            .per_person
            .keys()
            .copied()
            .filter(|a| !named.contains(a))
            .collect();
        let bounds = month_bounds(NOW);
        let mut edges = vec![i64::MIN];
        edges.extend(&bounds);
        edges.push(i64::MAX);
        let periods = edges
            .windows(2)
            .map(|w| build(&window(&c.activity, w[0], w[1]), &c.left_out).took_part)
            .collect();
        let cluster = m
            .per_person
            .iter()
            .map(|(a, pm)| (*a, p.numbers.get(&pm.cluster).copied()))
            .collect();
        Truth {
            m,
            named,
            unnamed,
            cluster,
            periods,
        }
    }

    fn unnamed_where(&self, f: impl Fn(i32) -> bool) -> BTreeSet<i32> {
        self.unnamed.iter().copied().filter(|a| f(*a)).collect()
    }

    fn org(&self, a: i32) -> i32 {
        self.m.per_person[&a].organization
    }

    /// Unnamed people in the periods `ks`, as (person, period) coordinates.
    fn active(&self, ks: impl Iterator<Item = usize>) -> BTreeSet<(i32, usize)> {
        ks.flat_map(|k| {
            self.periods[k]
                .iter()
                .filter(|a| self.unnamed.contains(a))
                .map(move |a| (*a, k))
        })
        .collect()
    }
}

/// The populations of rows keyed by `key`: a row labelled `label(k)` covers the unnamed with
/// that key; the pooled row covers the unnamed of every key without a row of its own.
fn row_cells(
    t: &Truth,
    rows: &[GroupRow],
    key: impl Fn(i32) -> String,
    pooled: &str,
    family: &mut Family<i32>,
    route: &str,
) -> Result<(), String> {
    let labels: BTreeSet<&str> = rows.iter().map(|r| r.label.as_str()).collect();
    for r in rows {
        let (all, cell): (BTreeSet<i32>, BTreeSet<i32>) = if r.label == pooled {
            let all =
                t.m.per_person
                    .keys()
                    .copied()
                    .filter(|a| !labels.contains(key(*a).as_str()))
                    .collect();
            (all, t.unnamed_where(|a| !labels.contains(key(a).as_str())))
        } else {
            let all =
                t.m.per_person
                    .keys()
                    .copied()
                    .filter(|a| key(*a) == r.label)
                    .collect();
            (all, t.unnamed_where(|a| key(a) == r.label))
        };
        if r.people != all.len() && r.people != cell.len() {
            return Err(format!(
                "{route} row {:?}: {} people, but {} in all and {} unnamed",
                r.label,
                r.people,
                all.len(),
                cell.len()
            ));
        }
        let over = if r.people == cell.len() { &cell } else { &all };
        let took_part = over
            .iter()
            .filter(|a| t.m.network.took_part.contains(a))
            .count();
        if took_part != r.took_part {
            return Err(format!(
                "{route} row {:?}: {} took part, its people {took_part}",
                r.label, r.took_part
            ));
        }
        family.add(format!("{route} row {}", r.label), cell);
    }
    Ok(())
}

/// Everything that is wrong with what `p` publishes about `c`, or nothing.
pub(super) fn attack(c: &Community, m: &CommunityMetrics, p: &Published) -> Result<(), String> {
    let t = Truth::new(c, m, p);
    if let Some(a) = t.named.iter().find(|a| !c.sharing.contains(a)) {
        return Err(format!("person {a} is named on the map without agreeing"));
    }
    // The numbering is what the map says of its named people, one number per cluster.
    for n in p.map.nodes.iter().filter(|n| n.kind == NodeKind::Person) {
        let a: i32 = n.label[7..].parse().expect("id");
        if t.cluster[&a] != Some(n.cluster).filter(|c| *c > 0) {
            return Err(format!(
                "{} is in cluster {} on the map",
                n.label, n.cluster
            ));
        }
    }
    let distinct: BTreeSet<u32> = p.numbers.values().copied().collect();
    if distinct.len() != p.numbers.len() || distinct.contains(&0) {
        return Err(format!(
            "cluster numbers are not one per cluster: {:?}",
            p.numbers
        ));
    }
    let mut all_time: Family<i32> = Family::new("all-time figures");
    let mut leadership: Family<(i32, usize)> = Family::new("leadership by month");
    let mut months: Family<(i32, usize)> = Family::new("the network at each month's end");

    // The map: groups of unnamed people by cluster, the rest pooled; the hidden, counted.
    let mut in_groups: BTreeSet<i32> = BTreeSet::new();
    let mut group_cells: HashMap<String, BTreeSet<i32>> = HashMap::new();
    let groups: Vec<_> = p
        .map
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Group)
        .collect();
    for n in groups.iter().filter(|n| n.cluster > 0) {
        let cell = t.unnamed_where(|a| t.cluster[&a] == Some(n.cluster));
        if cell.len() != n.size {
            return Err(format!(
                "map group {:?} has {} people; cluster {} has {} unnamed",
                n.label,
                n.size,
                n.cluster,
                cell.len()
            ));
        }
        in_groups.extend(&cell);
        group_cells.insert(n.id.clone(), cell);
    }
    for n in groups.iter().filter(|n| n.cluster == 0) {
        let cell: BTreeSet<i32> = t.unnamed.difference(&in_groups).copied().collect();
        if cell.len() != n.size {
            return Err(format!(
                "map pool has {} people, {} left",
                n.size,
                cell.len()
            ));
        }
        group_cells.insert(n.id.clone(), cell.clone());
    }
    for (id, cell) in &group_cells {
        all_time.add(format!("map group {id}"), cell.clone());
    }
    // Each edge sums the ties between the people of its two nodes, and nothing else.
    let mut people_of: HashMap<&str, BTreeSet<i32>> = HashMap::new();
    for n in &p.map.nodes {
        let cell = match n.kind {
            NodeKind::Person => BTreeSet::from([n.label[7..].parse::<i32>().expect("id")]),
            NodeKind::Group => group_cells[&n.id].clone(),
        };
        people_of.insert(n.id.as_str(), cell);
    }
    for e in &p.map.edges {
        let (x, y) = (&people_of[e.source.as_str()], &people_of[e.target.as_str()]);
        let ties = m
            .network
            .ties
            .keys()
            .filter(|(a, b)| (x.contains(a) && y.contains(b)) || (x.contains(b) && y.contains(a)))
            .count();
        if ties != e.ties {
            return Err(format!(
                "edge {}-{} says {} ties, its people have {ties}",
                e.source, e.target, e.ties
            ));
        }
    }
    let grouped: BTreeSet<i32> = group_cells.values().flatten().copied().collect();
    let hidden: BTreeSet<i32> = t.unnamed.difference(&grouped).copied().collect();
    if p.map.hidden != hidden.len() {
        return Err(format!("map hidden {} vs {}", p.map.hidden, hidden.len()));
    }
    // Every named person's ties: to each group as a published edge (or none), and in all.
    let has_named_metrics = p.map.nodes.iter().any(|n| n.metrics.is_some());
    if has_named_metrics {
        all_time.add("named people's ties to everyone", t.unnamed.clone());
    }
    // How many are in the network is public (the member list minus who left); a count of some
    // of them in no node would be a figure about those.
    if p.map.hidden > 0 && p.map.hidden != p.map.people {
        all_time.add("map: people in no node (counted)", hidden);
    }

    // Health: the whole network now, and month by month.
    if let Some(h) = &p.health {
        all_time.add("health totals", t.unnamed.clone());
        months.add("health totals (the network now)", t.active(0..14));
        leadership.add("health totals (everyone who took part)", t.active(0..14));
        for (i, row) in h.months.iter().enumerate() {
            let k = i + 1;
            if row.leader_share.is_some() || row.took_part.is_some() {
                leadership.add(
                    format!("month {} leadership", row.month),
                    t.active(k..k + 1),
                );
            }
            if row.ties.is_some() || row.isolates.is_some() || row.clusters.is_some() {
                months.add(format!("month {} network", row.month), t.active(0..k + 1));
            }
        }
    }
    for (a, mine) in &p.mine {
        if mine.totals.is_some() {
            all_time.add(format!("my network of {a}: totals"), t.unnamed.clone());
            months.add(format!("my network of {a}: totals"), t.active(0..14));
            leadership.add(format!("my network of {a}: totals"), t.active(0..14));
        }
        if let Some(size) = mine.cluster_size {
            let c = m.per_person[a].cluster;
            let everyone: BTreeSet<i32> = m
                .per_person
                .iter()
                .filter(|(_, pm)| pm.cluster == c)
                .map(|(b, _)| *b)
                .collect();
            if size != everyone.len() {
                return Err(format!("cluster size of {a}: {size}"));
            }
            all_time.add(
                format!("my network of {a}: cluster size"),
                everyone.intersection(&t.unnamed).copied().collect(),
            );
        }
        // Suggestions count only mutual contacts shown by name, and are in that order.
        let ties: BTreeSet<(i32, i32)> = m.network.ties.keys().copied().collect();
        let tied = |x: i32, y: i32| ties.contains(&(x.min(y), x.max(y)));
        for sug in &mine.suggestions {
            let s = &sug.account;
            if !t.named.contains(s) {
                return Err(format!("{a} is suggested unnamed {s}"));
            }
            let named_common: BTreeSet<i32> = t
                .named
                .iter()
                .copied()
                .filter(|b| tied(*a, *b) && tied(*s, *b))
                .collect();
            let told: BTreeSet<i32> = sug.through.iter().copied().collect();
            if told != named_common || told.len() != sug.through.len() || tied(*a, *s) {
                return Err(format!(
                    "{a} is told {told:?} as mutual contacts with {s}; shown by name: {named_common:?}"
                ));
            }
        }
        if mine
            .suggestions
            .windows(2)
            .any(|w| w[0].through.len() < w[1].through.len())
        {
            return Err(format!("suggestions of {a} are not in order"));
        }
    }

    // The analyst's rows, by organization and by cluster.
    row_cells(
        &t,
        &p.organizations,
        |a| org_name(t.org(a)),
        POOLED,
        &mut all_time,
        "organizations",
    )?;
    row_cells(
        &t,
        &p.clusters,
        |a| t.cluster[&a].map_or(String::new(), |c| format!("Cluster {c}")),
        POOLED,
        &mut all_time,
        "clusters",
    )?;
    if let Some(s) = all_time.leak(|a| *a) {
        return Err(format!(
            "{}: a combination describes {} unnamed people alone: {s:?}; published: {:?}",
            all_time.name,
            s.len(),
            all_time
                .cells
                .iter()
                .map(|c| (c.0.as_str(), c.1.len()))
                .collect::<Vec<_>>()
        ));
    }
    for family in [&leadership, &months] {
        if let Some(s) = family.leak(|k| k.0) {
            return Err(format!(
                "{}: a combination describes {} unnamed people alone: {s:?}; published: {:?}",
                family.name,
                s.len(),
                family
                    .cells
                    .iter()
                    .map(|c| (c.0.as_str(), c.1.len()))
                    .collect::<Vec<_>>()
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn no_two_published_figures_single_out_fewer_than_five(seed in any::<u64>(), people in 6..=18i32) {
        let c = community(seed, people);
        let m = metrics(&c);
        let p = publish(&m, &c.sharing);
        if let Err(e) = attack(&c, &m, &p) {
            prop_assert!(false, "{e}");
        }
    }
}

#[test]
fn the_checker_finds_a_difference_of_two_groups() {
    // Groups {1..6} and {1..5}: their difference is person 6.
    let mut f: Family<i32> = Family::new("t");
    f.add("a", (1..=6).collect());
    f.add("b", (1..=5).collect());
    assert_eq!(f.leak(|a| *a), Some(BTreeSet::from([6])));
    // {1..5}, {6..10} and their union: nothing smaller than five.
    let mut f: Family<i32> = Family::new("t");
    f.add("a", (1..=5).collect());
    f.add("b", (6..=10).collect());
    f.add("c", (1..=10).collect());
    assert_eq!(f.leak(|a| *a), None);
    // Two crossing partitions of ten: rows {1..5}, {6..10}; columns {1..4, 6}, {5, 7..10}.
    let mut f: Family<i32> = Family::new("t");
    f.add("r1", (1..=5).collect());
    f.add("r2", (6..=10).collect());
    f.add("c1", BTreeSet::from([1, 2, 3, 4, 6]));
    f.add("c2", BTreeSet::from([5, 7, 8, 9, 10]));
    assert_eq!(
        f.leak(|a| *a),
        Some(BTreeSet::from([5, 6])),
        "r1 - c1 = 5 - 6"
    );
    let _ = Network::default();
}

/// Issue 16, 1: a partner organization of five, four of whom agreed. Its row minus the four
/// named rows was the fifth person's ties, whether they led and took part.
#[test]
fn a_partner_organization_of_five_with_four_named_gives_no_one_away() {
    let at = month_bounds(NOW)[9] + 86_400;
    // Twelve people of organization 1 (none agreed) and five of organization 2 (13 to 17).
    let members = (1..=17)
        .map(|a| (a, if a <= 12 { 1 } else { 2 }, None))
        .collect();
    let mut activity = Activity {
        members,
        gatherings: vec![(1, at)],
        ..Activity::default()
    };
    for (s, people) in [(1, 1..=9), (2, 8..=17)] {
        activity.sessions.push(session(s, 1, Some(*people.start())));
        for a in people {
            activity.presence.push((s, a, at, at + 3_600));
        }
    }
    let c = Community {
        activity,
        left_out: BTreeSet::new(),
        sharing: (13..=16).collect(),
    };
    let m = metrics(&c);
    let p = publish(&m, &c.sharing);
    attack(&c, &m, &p).expect("no one singled out");
    assert!(
        p.organizations.iter().all(|r| r.label != org_name(2)),
        "the partner's row would describe one person"
    );
}
