//! What may be published about a community's network, decided in one place: every route (the
//! map, its JSON and exports, the health page and its months, the analyst's groups, the API and
//! "My network") publishes through one [`Release`].
//!
//! The promise (README, "Privacy"): nobody who is not shown by name can be learned about except
//! inside a group of at least [`MIN_GROUP`] such people, even by subtracting published figures.
//! The attacker knows every published figure, the member list (everyone's organization) and
//! who took part in which month. So:
//!
//! - People are shown by name only if they agreed; everyone else is *unnamed*. Aggregates over
//!   groups (the map's groups, the analyst's rows) are over the unnamed only, so a group's
//!   figure never needs its named members subtracted.
//! - Complementary suppression: if 1 to 4 people would be unnamed (or 1 to 4 unnamed took part
//!   in anything), the weakest people who agreed are not named either, until at least five are
//!   (or nothing aggregate is published). Clusters whose unnamed part is under five are pooled;
//!   a pool under five takes the smallest group in. So the unnamed are all inside groups of at
//!   least five and the totals minus the groups leave no one.
//! - The analyst's rows by organization cross the map's clusters; a row is published only if no
//!   combination of it with the groups, the totals and the rows before it describes 1 to 4
//!   people (exact rank over the rows' atoms, [`describes_few`]); the others are pooled.
//! - Months: a month's leadership is shown if none or at least five unnamed people took part
//!   in it (and the months not shown together hold none or at least five); the network at a
//!   month's end is shown only if none or at least five unnamed people took part between it and
//!   the next shown month's end (or now), so no two shown months, nor a month and the totals,
//!   differ by fewer than five (see `date`).
//! - Suggestions and introductions are drawn from what is published: mutual contacts count only
//!   people shown by name, and introductions come from the map's own graph.
//! - Cluster numbers follow what is published (named members and group size), not the true
//!   size, whose order would bound the unnamed part of a pooled cluster.

use crate::leadership::{CommunityMetrics, PersonMetrics};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[cfg(test)]
mod attack;

/// No aggregate describes fewer unnamed people than this (PRODUCT.md: groups of at least 5).
pub const MIN_GROUP: usize = 5;

/// At most this many people are drawn one by one (those with the strongest ties); everyone
/// else who agreed is drawn inside their cluster's group, so the map stays readable.
pub const MAP_PEOPLE: usize = 1_500;

/// Between one and four: a number of unnamed people that may not be described alone.
pub fn too_few(n: usize) -> bool {
    (1..MIN_GROUP).contains(&n)
}

/// A group of unnamed people on the map and in the analyst's cluster rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Published cluster number; 0 for the pool of everyone not in a cluster group.
    pub cluster: u32,
    pub people: Vec<i32>,
}

/// Which parts of one month row may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthShown {
    /// Leadership among the people who took part in the month.
    pub leadership: bool,
    /// The network at the month's end.
    pub network: bool,
}

/// The community-wide totals "My network" repeats: (people, ties, clusters, isolates).
pub type Totals = (usize, usize, usize, usize);

/// What one person's "My network" may show.
#[derive(Debug, Clone, PartialEq)]
pub struct Mine {
    /// None until computed or when nothing aggregate may be published.
    pub totals: Option<Totals>,
    /// The person's own metrics (their own to see), if they are in the network.
    pub metrics: Option<PersonMetrics>,
    /// Shown by name to others (they agreed, and naming them singles no one else out).
    pub named: bool,
    /// Their cluster's published number, and its size when that is published too.
    pub cluster: Option<u32>,
    pub cluster_size: Option<usize>,
    /// People shown by name to meet, most mutual contacts first.
    pub suggestions: Vec<Suggestion>,
    /// Typical ranges over the people shown by name.
    pub typical: crate::network_map::Typical,
}

/// Someone shown by name whom the person has not worked with yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub account: i32,
    /// People shown by name whom both worked with, strongest first: who could introduce them.
    pub through: Vec<i32>,
}

/// Suggestions shown to a person.
const SUGGESTIONS: usize = 5;

/// The decision of what may be published from one computation and one set of choices.
#[derive(Debug, Clone)]
pub struct Release<'a> {
    m: &'a CommunityMetrics,
    /// Shown by name, strongest first.
    named: Vec<i32>,
    named_set: BTreeSet<i32>,
    unnamed: BTreeSet<i32>,
    /// Too few people to group: nothing aggregate and no one's metrics are published.
    withheld: bool,
    number: HashMap<u32, u32>,
    groups: Vec<Group>,
    /// (organization, people); `None` is the row of everyone else together.
    organizations: Vec<(Option<i32>, Vec<i32>)>,
    months: Vec<MonthShown>,
}

impl<'a> Release<'a> {
    /// Decides what may be published of `m`, given who agreed to be shown (`sharing`).
    pub fn new(m: &'a CommunityMetrics, sharing: &BTreeSet<i32>) -> Self {
        let mut named: Vec<i32> = m
            .per_person
            .keys()
            .copied()
            .filter(|a| sharing.contains(a))
            .collect();
        let strength = |a: &i32| m.per_person[a].strength;
        named.sort_by(|a, b| strength(b).total_cmp(&strength(a)).then(a.cmp(b)));
        named.truncate(MAP_PEOPLE);
        let active = &m.network.took_part;
        let mut named_set: BTreeSet<i32> = named.iter().copied().collect();
        let mut unnamed: BTreeSet<i32> = m
            .per_person
            .keys()
            .copied()
            .filter(|a| !named_set.contains(a))
            .collect();
        // Complementary suppression: unname the weakest who agreed until the unnamed, and the
        // unnamed who took part, are none or at least five.
        let mut withheld = false;
        loop {
            let took_part = unnamed.iter().filter(|a| active.contains(a)).count();
            let (few, few_active) = (too_few(unnamed.len()), too_few(took_part));
            if !few && !few_active {
                break;
            }
            let pick = named
                .iter()
                .rposition(|a| active.contains(a) == few_active)
                .or_else(|| named.len().checked_sub(1));
            let Some(i) = pick else {
                withheld = true;
                break;
            };
            let a = named.remove(i);
            named_set.remove(&a);
            unnamed.insert(a);
        }
        if withheld {
            named.clear();
            named_set.clear();
            unnamed = m.per_person.keys().copied().collect();
        }
        let mut r = Release {
            m,
            named,
            named_set,
            unnamed,
            withheld,
            number: HashMap::new(),
            groups: Vec::new(),
            organizations: Vec::new(),
            months: vec![
                MonthShown {
                    leadership: false,
                    network: false,
                };
                m.history.months.len()
            ],
        };
        if !withheld {
            r.group();
            r.organize();
            r.date();
        }
        r
    }

    /// The map's groups: the unnamed of each cluster with at least five of them, the rest
    /// pooled; a pool under five takes in the smallest group. Then the published numbering.
    fn group(&mut self) {
        let mut by_cluster: BTreeMap<u32, Vec<i32>> = BTreeMap::new();
        for a in &self.unnamed {
            by_cluster
                .entry(self.m.per_person[a].cluster)
                .or_default()
                .push(*a);
        }
        let (mut own, small): (Vec<(u32, Vec<i32>)>, Vec<_>) = by_cluster
            .into_iter()
            .partition(|(_, p)| p.len() >= MIN_GROUP);
        let mut pool: Vec<i32> = small.into_iter().flat_map(|(_, p)| p).collect();
        while too_few(pool.len()) {
            let Some(i) = (0..own.len()).min_by_key(|i| (own[*i].1.len(), own[*i].0)) else {
                break;
            };
            pool.extend(own.remove(i).1);
        }
        // Number the clusters that appear, by what is published of them: named members plus
        // the group's size, largest first.
        // People without ties are in no cluster worth a number (each is one on their own).
        let mut shown: BTreeMap<u32, usize> = BTreeMap::new();
        for p in self.named.iter().map(|a| &self.m.per_person[a]) {
            if p.ties > 0 {
                *shown.entry(p.cluster).or_default() += 1;
            }
        }
        for (c, p) in &own {
            *shown.entry(*c).or_default() += p.len();
        }
        let mut order: Vec<(u32, usize)> = shown.into_iter().collect();
        order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        self.number = order
            .iter()
            .enumerate()
            .map(|(k, (c, _))| (*c, k as u32 + 1))
            .collect();
        let mut groups: Vec<Group> = own
            .into_iter()
            .map(|(c, people)| Group {
                cluster: self.number[&c],
                people,
            })
            .collect();
        groups.sort_by_key(|g| g.cluster);
        if !pool.is_empty() {
            pool.sort_unstable();
            groups.push(Group {
                cluster: 0,
                people: pool,
            });
        }
        self.groups = groups;
    }

    /// The analyst's rows by organization, over the unnamed: largest first, each only if it
    /// singles no one out together with what is already published; the rest together.
    fn organize(&mut self) {
        let mut by_org: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
        for a in &self.unnamed {
            by_org
                .entry(self.m.per_person[a].organization)
                .or_default()
                .push(*a);
        }
        let mut candidates: Vec<(i32, Vec<i32>)> = by_org
            .into_iter()
            .filter(|(_, p)| p.len() >= MIN_GROUP)
            .collect();
        candidates.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        let mut cells: Vec<BTreeSet<i32>> = vec![self.unnamed.clone()];
        cells.extend(
            self.groups
                .iter()
                .map(|g| g.people.iter().copied().collect()),
        );
        let mut rows: Vec<(i32, Vec<i32>)> = Vec::new();
        for (o, people) in candidates {
            cells.push(people.iter().copied().collect());
            if describes_few(&cells) {
                cells.pop();
            } else {
                rows.push((o, people));
            }
        }
        // The rest together: what the totals minus the rows leave, none or at least five.
        loop {
            let in_rows: usize = rows.iter().map(|r| r.1.len()).sum();
            if !too_few(self.unnamed.len() - in_rows) {
                break;
            }
            rows.pop();
        }
        let in_rows: BTreeSet<i32> = rows.iter().flat_map(|r| r.1.iter().copied()).collect();
        let rest: Vec<i32> = self
            .unnamed
            .iter()
            .copied()
            .filter(|a| !in_rows.contains(a))
            .collect();
        self.organizations = rows.into_iter().map(|(o, p)| (Some(o), p)).collect();
        if !rest.is_empty() {
            self.organizations.push((None, rest));
        }
    }

    /// Which months' rows may be shown; see the module's comment. Two families:
    ///
    /// - Leadership: the totals' leadership is over everyone who ever took part, a month's over
    ///   its own people. Shown months are blocks of none or at least five unnamed people, and so
    ///   must be the rest (everyone in months not shown, before and after), or the totals minus
    ///   the shown months would describe it: then the smallest shown month is hidden too.
    /// - The network at a month's end, and now (the totals): every difference of two shown ends
    ///   is the activity between them, so between any two consecutive shown ends (and below the
    ///   first) none or at least five unnamed people took part. The ends are chosen by dynamic
    ///   programming, finished months with activity counting most.
    fn date(&mut self) {
        let h = &self.m.history;
        let n = h.months.len();
        let unnamed = &self.unnamed;
        let took_part = |i: usize| -> BTreeSet<i32> {
            h.months[i]
                .took_part
                .intersection(unnamed)
                .copied()
                .collect()
        };
        let outside: BTreeSet<i32> = h.before.union(&h.after).copied().collect();
        let outside: BTreeSet<i32> = outside.intersection(unnamed).copied().collect();
        let mut lead: Vec<bool> = (0..n)
            .map(|i| !h.months[i].took_part.is_empty() && !too_few(took_part(i).len()))
            .collect();
        loop {
            let mut rest = outside.clone();
            for i in (0..n).filter(|i| !lead[*i]) {
                rest.extend(took_part(i));
            }
            if !too_few(rest.len()) {
                break;
            }
            let Some(i) = (0..n)
                .filter(|i| lead[*i])
                .min_by_key(|i| took_part(*i).len())
            else {
                break;
            };
            lead[i] = false;
        }
        // Ends: 0 is the beginning, 1..=n month k - 1's end, n + 1 now.
        let between = |lo: usize, hi: usize| {
            let mut people: BTreeSet<i32> = BTreeSet::new();
            for i in lo..hi.min(n) {
                people.extend(took_part(i));
            }
            if lo == 0 {
                people.extend(h.before.intersection(unnamed));
            }
            if hi == n + 1 {
                people.extend(h.after.intersection(unnamed));
            }
            !too_few(people.len())
        };
        let partial = |i: usize| {
            let end = h.months.get(i + 1).map_or(i64::MAX, |m| m.start);
            (h.months[i].start..end).contains(&self.m.computed_at)
        };
        let worth = |e: usize| match e {
            0 => 0,
            e if e == n + 1 => 0,
            e if h.months[e - 1].took_part.is_empty() => 1,
            e if partial(e - 1) => 5,
            _ => 10,
        };
        // best[e]: the most worth of a chain of shown ends from the beginning up to end e.
        let mut best: Vec<Option<(u32, usize)>> = vec![None; n + 2];
        best[0] = Some((0, 0));
        for e in 1..=n + 1 {
            best[e] = (0..e)
                .filter_map(|d| Some((best[d]?.0, d)))
                .filter(|(_, d)| between(*d, e))
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
                .map(|(w, d)| (w + worth(e), d));
        }
        let mut kept: BTreeSet<usize> = BTreeSet::new();
        let mut e = n + 1;
        while e > 0 {
            let Some((_, d)) = best[e] else { break };
            if d > 0 {
                kept.insert(d - 1);
            }
            e = d;
        }
        for (i, shown) in self.months.iter_mut().enumerate() {
            shown.leadership = lead[i];
            shown.network = kept.contains(&i);
        }
    }

    pub fn metrics(&self) -> &'a CommunityMetrics {
        self.m
    }

    /// Shown by name, strongest first.
    pub fn named(&self) -> &[i32] {
        &self.named
    }

    pub fn is_named(&self, a: i32) -> bool {
        self.named_set.contains(&a)
    }

    /// Nothing aggregate may be published, and no one's metrics but to themselves.
    pub fn withheld(&self) -> bool {
        self.withheld
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    pub fn organizations(&self) -> &[(Option<i32>, Vec<i32>)] {
        &self.organizations
    }

    /// One entry per month of the history.
    pub fn months(&self) -> &[MonthShown] {
        &self.months
    }

    /// The published number of an engine cluster, if it appears at all.
    pub fn cluster_number(&self, engine: u32) -> Option<u32> {
        self.number.get(&engine).copied()
    }

    /// The community-wide totals, if they may be published.
    pub fn totals(&self) -> Option<Totals> {
        (!self.withheld).then_some((self.m.people, self.m.ties, self.m.clusters, self.m.isolates))
    }

    /// What `me`'s "My network" shows; guests get no suggestions (they do not see the member
    /// directory).
    pub fn mine(&self, me: i32, guest: bool) -> Mine {
        let metrics = self.m.per_person.get(&me).cloned();
        let engine = metrics.as_ref().map(|p| p.cluster);
        let cluster = engine.and_then(|c| self.cluster_number(c));
        // The cluster's size is published if its unnamed part is none or a group of its own.
        let cluster_size = cluster.and_then(|n| {
            let c = engine?;
            let named = self
                .named
                .iter()
                .filter(|a| self.m.per_person[*a].cluster == c)
                .count();
            let unnamed = self
                .unnamed
                .iter()
                .filter(|a| self.m.per_person[*a].cluster == c)
                .count();
            let group = self.groups.iter().find(|g| g.cluster == n);
            match (unnamed, group) {
                (0, _) => Some(named),
                (u, Some(g)) if g.people.len() == u => Some(named + u),
                _ => None,
            }
        });
        let suggestions = if guest || metrics.is_none() {
            Vec::new()
        } else {
            self.suggestions(me)
        };
        let typical = crate::network_map::Typical::of(self.named.iter().map(|a| {
            let p = &self.m.per_person[a];
            crate::network_map::MapMetrics {
                ties: p.ties,
                strength: p.strength,
                betweenness: p.betweenness,
                constraint: p.constraint,
                led: p.led,
            }
        }));
        Mine {
            totals: self.totals(),
            named: self.is_named(me),
            metrics,
            cluster,
            cluster_size,
            suggestions,
            typical,
        }
    }

    /// People shown by name whom `me` has not worked with, by how many people shown by name
    /// they both worked with: what the map and one's own ties already tell.
    fn suggestions(&self, me: i32) -> Vec<Suggestion> {
        let mut neighbours: HashMap<i32, BTreeSet<i32>> = HashMap::new();
        for (a, b) in self.m.network.ties.keys() {
            neighbours.entry(*a).or_default().insert(*b);
            neighbours.entry(*b).or_default().insert(*a);
        }
        let empty = BTreeSet::new();
        let mine = neighbours.get(&me).unwrap_or(&empty);
        let mut through: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
        // Named contacts strongest first, so each list of mutual contacts is too.
        for b in self.named.iter().filter(|b| mine.contains(b)) {
            for c in neighbours.get(b).unwrap_or(&empty) {
                if *c != me && !mine.contains(c) && self.named_set.contains(c) {
                    through.entry(*c).or_default().push(*b);
                }
            }
        }
        let mut out: Vec<Suggestion> = through
            .into_iter()
            .map(|(account, through)| Suggestion { account, through })
            .collect();
        let strength = |a: i32| self.m.per_person.get(&a).map_or(0.0, |p| p.strength);
        out.sort_by(|a, b| {
            b.through
                .len()
                .cmp(&a.through.len())
                .then(strength(b.account).total_cmp(&strength(a.account)))
                .then(a.account.cmp(&b.account))
        });
        out.truncate(SUGGESTIONS);
        out
    }
}

/// Whether some combination (sums and differences) of `cells`, sets of unnamed people, is
/// about 1 to 4 people alone. Exact: people with the same membership in every cell form an
/// atom, every combination is constant on atoms, so it is enough to try each set of small atoms
/// (1 to 4 people in all) and ask whether leaving them out lowers the rank. Too many small
/// atoms to try count as describing few (the caller then publishes less).
pub fn describes_few(cells: &[BTreeSet<i32>]) -> bool {
    let mut atoms: BTreeMap<Vec<bool>, usize> = BTreeMap::new();
    let people: BTreeSet<i32> = cells.iter().flatten().copied().collect();
    for a in &people {
        *atoms
            .entry(cells.iter().map(|c| c.contains(a)).collect())
            .or_default() += 1;
    }
    let atoms: Vec<(Vec<bool>, usize)> = atoms.into_iter().collect();
    let small: Vec<usize> = (0..atoms.len())
        .filter(|i| atoms[*i].1 < MIN_GROUP)
        .collect();
    if small.is_empty() {
        return false;
    }
    if small.len() > 16 {
        return true;
    }
    let rank_without = |left_out: &[usize]| {
        let rows: Vec<Vec<i128>> = (0..cells.len())
            .map(|r| {
                (0..atoms.len())
                    .filter(|i| !left_out.contains(i))
                    .map(|i| i128::from(atoms[i].0[r]))
                    .collect()
            })
            .collect();
        rank(rows)
    };
    let full = rank_without(&[]);
    // Every set of small atoms with at most MIN_GROUP - 1 people in all.
    let mut stack: Vec<(Vec<usize>, usize, usize)> = vec![(Vec::new(), 0, 0)];
    while let Some((chosen, from, size)) = stack.pop() {
        if !chosen.is_empty() && rank_without(&chosen) < full {
            return true;
        }
        for (k, &i) in small.iter().enumerate().skip(from) {
            if size + atoms[i].1 < MIN_GROUP {
                let mut next = chosen.clone();
                next.push(i);
                stack.push((next, k + 1, size + atoms[i].1));
            }
        }
    }
    false
}

/// Rank over the rationals by fraction-free elimination.
fn rank(mut rows: Vec<Vec<i128>>) -> usize {
    fn gcd(a: i128, b: i128) -> i128 {
        let (mut a, mut b) = (a.abs(), b.abs());
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    }
    let cols = rows.first().map_or(0, Vec::len);
    let mut r = 0;
    for c in 0..cols {
        let Some(p) = (r..rows.len()).find(|i| rows[*i][c] != 0) else {
            continue;
        };
        rows.swap(r, p);
        let (head, tail) = rows.split_at_mut(r + 1);
        let pivot = &head[r];
        for row in tail.iter_mut().filter(|row| row[c] != 0) {
            let (a, b) = (pivot[c], row[c]);
            for k in 0..cols {
                row[k] = row[k] * a - pivot[k] * b;
            }
            let g = row.iter().fold(0, |g, v| gcd(g, *v));
            if g > 1 {
                row.iter_mut().for_each(|v| *v /= g);
            }
        }
        r += 1;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(r: std::ops::RangeInclusive<i32>) -> BTreeSet<i32> {
        r.collect()
    }

    #[test]
    fn a_difference_of_two_cells_or_of_crossing_rows_is_found() {
        assert!(describes_few(&[set(1..=6), set(1..=5)]));
        assert!(!describes_few(&[set(1..=5), set(6..=10), set(1..=10)]));
        // Rows {1..5}, {6..10} and columns {1..4, 6}, {5, 7..10}: r1 - c1 is 5 - 6.
        assert!(describes_few(&[
            set(1..=5),
            set(6..=10),
            BTreeSet::from([1, 2, 3, 4, 6]),
            BTreeSet::from([5, 7, 8, 9, 10]),
        ]));
        // A small atom that no combination isolates: {1..5} and {1..4, 6..9} only.
        assert!(!describes_few(&[
            set(1..=5),
            BTreeSet::from([1, 2, 3, 4, 6, 7, 8, 9])
        ]));
    }
}
