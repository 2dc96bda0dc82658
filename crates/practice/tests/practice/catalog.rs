//! The built-in catalog: every file reads, is canonical, links both ways, and describes a
//! practice a facilitator could run from.

use convene_practice::catalog::embedded;
use convene_practice::*;

/// The practices issue 14 names, by slug.
const REQUIRED: [&str; 24] = [
    "open-space",
    "world-cafe",
    "lean-coffee",
    "pro-action-cafe",
    "fishbowl",
    "1-2-4-all",
    "troika-consulting",
    "appreciative-interview",
    "knowledge-cafe",
    "randomized-coffee-pairs",
    "consent-decision",
    "advice-process",
    "check-in-circle",
    "check-out-circle",
    "harvest",
    "action-planning",
    "15-percent-solutions",
    "what-so-what-now-what",
    "impromptu-networking",
    "wise-crowds",
    "conversation-cafe",
    "circle",
    "dot-voting",
    "future-search-short",
];

#[test]
fn every_file_reads_and_is_in_canonical_form() {
    let (practices, patterns) = embedded();
    assert!(practices.len() >= 24, "{} practices", practices.len());
    assert!(patterns.len() >= 30, "{} patterns", patterns.len());
    for (name, text) in &practices {
        let text = &text.expect("UTF-8");
        let p = Practice::from_markdown(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            &p.to_markdown().expect("md"),
            text,
            "{name} is not canonical: run the canonical example"
        );
        assert_eq!(
            Practice::from_json(&p.to_json().expect("json")).expect("json"),
            p,
            "{name}"
        );
    }
    for (name, text) in &patterns {
        let text = &text.expect("UTF-8");
        let p = Pattern::from_markdown(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            &p.to_markdown().expect("md"),
            text,
            "{name} is not canonical: run the canonical example"
        );
        assert_eq!(
            Pattern::from_json(&p.to_json().expect("json")).expect("json"),
            p,
            "{name}"
        );
    }
}

#[test]
fn the_catalog_has_the_named_practices_and_links_both_ways() {
    let c = catalog().expect("the catalog reads and its links check");
    for slug in REQUIRED {
        assert!(
            c.practices.keys().any(|s| s.as_str() == slug),
            "{slug} is missing"
        );
    }
    // catalog() refuses one-way and dangling links; check the same here independently.
    for p in c.practices.values() {
        for s in &p.patterns {
            let pattern = &c.patterns[s];
            assert!(
                pattern.practices.contains(&p.slug),
                "{} → {s} has no way back",
                p.slug
            );
        }
    }
    for pattern in c.patterns.values() {
        assert!(
            !pattern.practices.is_empty(),
            "{} is used by no practice",
            pattern.slug
        );
        for s in &pattern.practices {
            assert!(
                c.practices[s].patterns.contains(&pattern.slug),
                "{} → {s} has no way back",
                pattern.slug
            );
        }
        let users: Vec<&Slug> = c.practices_using(&pattern.slug).map(|p| &p.slug).collect();
        let mut listed: Vec<&Slug> = pattern.practices.iter().collect();
        listed.sort();
        assert_eq!(users, listed, "{}", pattern.slug);
    }
}

#[test]
fn every_practice_is_complete_enough_to_run() {
    let c = catalog().expect("reads");
    for p in c.practices.values() {
        let at = p.slug.as_str();
        assert!(
            p.summary.is_some() && p.purpose.is_some() && p.when_to_use.is_some(),
            "{at}: summary, purpose, when"
        );
        let e = &p.elements;
        assert!(
            e.invitation.is_some()
                && e.space.is_some()
                && e.participation.is_some()
                && e.configuration.is_some()
                && e.sequence.is_some(),
            "{at}: all five design elements"
        );
        assert!(p.steps.len() >= 3, "{at}: at least three steps");
        assert!(
            p.steps.iter().all(|s| s.how.is_some()),
            "{at}: every step says how"
        );
        assert!(
            !p.roles.is_empty() && !p.materials.is_empty(),
            "{at}: roles and materials"
        );
        assert!(p.patterns.len() >= 2, "{at}: made of patterns");
        let size = p.group_size.unwrap_or_else(|| panic!("{at}: group size"));
        let time = p
            .duration_minutes
            .unwrap_or_else(|| panic!("{at}: duration"));
        // The steps fit the stated duration.
        let steps = p.steps_minutes();
        assert!(
            steps >= time.min().get() && time.max().is_none_or(|m| steps <= m.get()),
            "{at}: steps take {steps} min, the duration is {:?}–{:?}",
            time.min(),
            time.max()
        );
        assert!(size.min().get() >= 1);
        assert_eq!(p.license.as_str(), "CC-BY-SA-4.0", "{at}");
        assert_eq!(
            p.authors.iter().map(Line::as_str).collect::<Vec<_>>(),
            ["convene contributors"],
            "{at}"
        );
        assert!(
            p.derived_from.is_empty() && p.extra.is_empty(),
            "{at}: our own words"
        );
    }
    for p in c.patterns.values() {
        assert_eq!(p.license.as_str(), "CC-BY-SA-4.0", "{}", p.slug);
        assert_eq!(
            p.authors.iter().map(Line::as_str).collect::<Vec<_>>(),
            ["convene contributors"]
        );
        assert!(p.body.is_some(), "{}: says how to use it", p.slug);
    }
}

#[test]
fn a_one_way_link_is_refused_by_name() {
    let practice = "---\nformat: convene-practice/1\nslug: tiny\ntitle: Tiny\npatterns:\n- timebox\nlicense: CC-BY-SA-4.0\n---\n";
    let lonely = "---\nformat: convene-pattern/1\nslug: timebox\ntitle: Timebox\nsummary: Fixed time.\nlicense: CC-BY-SA-4.0\n---\n";
    let e = Catalog::from_files(
        vec![("tiny.md".into(), Some(practice))],
        vec![("timebox.md".into(), Some(lonely))],
    )
    .expect_err("one way");
    assert_eq!(
        e.to_string(),
        "practice `tiny` links to pattern `timebox`, which does not link back"
    );
    let e = Catalog::from_files(vec![("tiny.md".into(), Some(practice))], vec![])
        .expect_err("dangling");
    assert_eq!(
        e.to_string(),
        "practice `tiny` links to `timebox`, which is not in the catalog"
    );
    let e =
        Catalog::from_files(vec![("other.md".into(), Some(practice))], vec![]).expect_err("name");
    assert!(
        e.to_string().contains("does not match the file name"),
        "{e}"
    );
}
