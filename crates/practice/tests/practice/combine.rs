//! Which patterns combine most often: counted once per design, from the catalog practices'
//! patterns, checked against a count made here by hand from the catalog's own lists.

use convene_practice::combine::{combinations, patterns_of};
use convene_practice::*;
use std::collections::BTreeSet;

fn design(slug: &str, practices: &[&str]) -> Design {
    let mut md = format!(
        "---\nformat: convene-design/1\nslug: {slug}\ntitle: {slug}\nlicense: CC-BY-SA-4.0\nblocks:\n"
    );
    for p in practices {
        md.push_str(&format!("- practice: {p}\n  minutes: 30\n"));
    }
    md.push_str("- title: Lunch\n  minutes: 45\n---\n");
    Design::from_markdown(&md).expect("a design")
}

fn pats(c: &Catalog, practice: &str) -> BTreeSet<Slug> {
    c.practices[&Slug::parse(practice).expect("slug")]
        .patterns
        .iter()
        .cloned()
        .collect()
}

#[test]
fn pairs_are_counted_once_per_design_most_often_first() {
    let c = catalog().expect("catalog");
    let a = design("des-a", &["open-space", "harvest", "open-space"]);
    let b = design("des-b", &["open-space", "dot-voting"]);
    let free = design("free", &[]);
    let got = combinations([&a, &b, &free], &c);
    assert_eq!(got.designs, 3);
    assert_eq!(
        got.combining, 2,
        "the design of free blocks combines nothing"
    );

    // By hand: the patterns of each design, and every pair within one.
    let pa: BTreeSet<Slug> = &pats(&c, "open-space") | &pats(&c, "harvest");
    let pb: BTreeSet<Slug> = &pats(&c, "open-space") | &pats(&c, "dot-voting");
    assert_eq!(patterns_of(&a, &c), pa);
    assert_eq!(patterns_of(&b, &c), pb);
    let count = |x: &Slug, y: &Slug| {
        [&pa, &pb]
            .iter()
            .filter(|s| s.contains(x) && s.contains(y))
            .count()
    };
    let expected_pairs = |s: &BTreeSet<Slug>| s.len() * (s.len() - 1) / 2;
    let both: BTreeSet<Slug> = &pa | &pb;
    let mut n = 0;
    for p in &got.pairs {
        assert!(p.a < p.b, "each pair once, in order");
        assert_eq!(
            p.designs,
            count(&p.a, &p.b),
            "{} + {}",
            p.a.as_str(),
            p.b.as_str()
        );
        assert!(p.designs > 0);
        n += 1;
    }
    let shared: BTreeSet<Slug> = &pa & &pb;
    assert_eq!(
        n,
        expected_pairs(&pa) + expected_pairs(&pb)
            - shared.len() * shared.len().saturating_sub(1) / 2
    );
    assert!(both.len() >= 2);
    // Most often first: the pairs of Open Space's own patterns are in both designs.
    assert!(got.pairs.windows(2).all(|w| w[0].designs >= w[1].designs));
    if shared.len() >= 2 {
        assert_eq!(got.pairs[0].designs, 2);
    }
    for (p, k) in &got.uses {
        assert_eq!(*k, [&pa, &pb].iter().filter(|s| s.contains(p)).count());
    }
    assert_eq!(got.uses.len(), both.len());
    let first = shared.iter().next().expect("open space has patterns");
    for (other, k) in got.with(first) {
        assert_eq!(k, count(first, &other));
    }
}
