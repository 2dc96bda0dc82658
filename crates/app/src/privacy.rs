//! (first step: today's rules behind one entry point, so the attack test can run against them)

use crate::leadership::CommunityMetrics;
use crate::network_health::{Groups, Health};
use crate::network_map::NetworkMap;
use std::collections::{BTreeSet, HashMap};

#[cfg(test)]
mod attack;

pub struct Release<'a> {
    m: &'a CommunityMetrics,
    sharing: &'a BTreeSet<i32>,
}

pub struct Mine {
    pub totals: Option<(usize, usize, usize, usize)>,
    pub cluster_size: Option<usize>,
    pub suggestions: Vec<(i32, u32)>,
}

impl<'a> Release<'a> {
    pub fn new(m: &'a CommunityMetrics, sharing: &'a BTreeSet<i32>) -> Self {
        Release { m, sharing }
    }
    pub fn map(
        &self,
        community: &str,
        names: &HashMap<i32, String>,
        orgs: &HashMap<i32, String>,
    ) -> NetworkMap {
        crate::network_map::draw(community, self.m, self.sharing, names, orgs)
    }
    pub fn health(&self) -> Option<Health> {
        crate::network_health::health(self.m)
    }
    pub fn groups(&self, names: &HashMap<i32, String>, orgs: &HashMap<i32, String>) -> Groups {
        crate::network_health::groups(self.m, self.sharing, names, orgs)
    }
    pub fn mine(&self, me: i32, guest: bool) -> Mine {
        let mine = self.m.per_person.get(&me);
        let mut suggestions: Vec<(i32, u32)> = mine
            .map(|p| p.suggestions.clone())
            .unwrap_or_default()
            .into_iter()
            .filter(|s| self.sharing.contains(&s.0))
            .collect();
        suggestions.truncate(5);
        if guest {
            suggestions.clear();
        }
        Mine {
            totals: Some((self.m.people, self.m.ties, self.m.clusters, self.m.isolates)),
            cluster_size: mine.map(|p| p.cluster_size),
            suggestions,
        }
    }
}

pub fn published_cluster(
    _m: &CommunityMetrics,
    _named: &BTreeSet<i32>,
    engine: u32,
    _number: &HashMap<u32, u32>,
) -> u32 {
    engine
}
