//! Open Practice Library files: what maps becomes a field, what does not is kept (in `extra`
//! or the body) and named.

use convene_practice::*;
use serde_json::json;

/// An OPL-style file, written for this test.
const WALKING_REVIEW: &str = "---
title: Walking Review
subtitle: Look back on a piece of work while walking in pairs
date: 2021-03-04T10:00:00.000Z
authors:
  - someone
  - someone-else
area: foundation-culture-and-collaboration
perspectives: []
time: 30-45 min
difficulty: easy
participants:
  - Team members
  - Facilitator
people: 4+
icon: /images/walk.png
resources:
  - description: A note on walking meetings
    link: https://walk.example/notes
---
## What is it?

Pairs walk a short loop and talk about one piece of work they finished.

## Why use it?

* Moving loosens talk
* Side by side feels safer than face to face

## Materials needed

* A route of about ten minutes
* A card with three questions per pair

## How to use it

1. Form pairs.
2. Walk and talk, one question per leg.
3. Come back and share one thing per pair.

## Further information

* [Why walk](https://walk.example/why)
";

#[test]
fn an_opl_file_maps_its_fields_and_names_the_rest() {
    let imported = import_practice(WALKING_REVIEW).expect("imports");
    let p = &imported.value;
    assert_eq!(p.slug.as_str(), "walking-review");
    assert_eq!(p.title.as_str(), "Walking Review");
    assert_eq!(
        p.subtitle.as_ref().map(Line::as_str),
        Some("Look back on a piece of work while walking in pairs")
    );
    let authors: Vec<&str> = p.authors.iter().map(Line::as_str).collect();
    assert_eq!(authors, ["someone", "someone-else"]);
    let roles: Vec<&str> = p.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(roles, ["Team members", "Facilitator"]);
    let size = p.group_size.expect("people: 4+");
    assert_eq!((size.min().get(), size.max()), (4, None));
    let time = p.duration_minutes.expect("time: 30-45 min");
    assert_eq!(
        (time.min().get(), time.max().map(Minutes::get)),
        (30, Some(45))
    );
    assert_eq!(p.resources[0].url.as_str(), "https://walk.example/notes");
    assert_eq!(p.resources[0].title.as_str(), "A note on walking meetings");
    assert!(
        p.summary
            .as_ref()
            .is_some_and(|s| s.as_str().starts_with("Pairs walk"))
    );
    assert!(
        p.purpose
            .as_ref()
            .is_some_and(|s| s.as_str().contains("Moving loosens talk"))
    );
    assert!(
        p.elements
            .sequence
            .as_ref()
            .is_some_and(|s| s.as_str().starts_with("1. Form pairs."))
    );
    let materials: Vec<&str> = p.materials.iter().map(Line::as_str).collect();
    assert_eq!(
        materials,
        [
            "A route of about ten minutes",
            "A card with three questions per pair"
        ]
    );

    // What did not map is named and kept with its value.
    assert_eq!(
        imported.unmapped,
        ["area", "date", "difficulty", "icon", "perspectives"]
    );
    assert_eq!(
        p.extra.get("area"),
        Some(&json!("foundation-culture-and-collaboration"))
    );
    assert_eq!(p.extra.get("perspectives"), Some(&json!([])));
    assert_eq!(p.extra.get("difficulty"), Some(&json!("easy")));
    assert_eq!(imported.assumed, ["slug", "license"]);
    // Body sections without a field stay in the body.
    assert_eq!(
        p.body.as_ref().map(Text::as_str),
        Some("## Further information\n\n* [Why walk](https://walk.example/why)")
    );

    // Exported, it is a practice in the open format, and reads back exactly.
    let md = p.to_markdown().expect("md");
    let again = import_practice(&md).expect("reads");
    assert_eq!(again, Imported::exact(p.clone()));
    assert_eq!(again.value.to_markdown().expect("md"), md);
}

#[test]
fn values_that_do_not_read_are_kept_and_named() {
    let text = "---\ntitle: Odd one\npeople: lots\ntime: a while\nauthors: {name: x}\n---\n\
                ## Materials\n\nSome paper, and:\n\n- pens\n";
    let imported = import_practice(text).expect("imports");
    assert_eq!(imported.unmapped, ["authors", "people", "time"]);
    let p = &imported.value;
    assert_eq!(p.extra.get("people"), Some(&json!("lots")));
    assert_eq!(p.extra.get("time"), Some(&json!("a while")));
    assert_eq!(p.extra.get("authors"), Some(&json!({"name": "x"})));
    assert!(p.group_size.is_none() && p.duration_minutes.is_none());
    // The materials section is not a plain list, so it stays in the body as it was.
    assert!(p.materials.is_empty());
    assert_eq!(
        p.body.as_ref().map(Text::as_str),
        Some("## Materials\n\nSome paper, and:\n\n- pens")
    );
}

#[test]
fn newer_opl_fields_and_time_spellings_map() {
    for (time, want) in [
        ("1 hour", (60, Some(60))),
        ("1-2 hours", (60, Some(120))),
        ("90+ minutes", (90, None)),
        ("1.5h", (90, Some(90))),
        ("2 days", (2880, Some(2880))),
        ("20 – 30 mins", (20, Some(30))),
    ] {
        let text = format!(
            "---\ntitle: Newer\nwhatIs: It is new.\nwhyDo: To try.\nhowTo: Just do it.\ntime: {time}\npeople: 2-15\n---\n"
        );
        let imported = import_practice(&text).expect("imports");
        assert!(
            imported.unmapped.is_empty(),
            "{time}: {:?}",
            imported.unmapped
        );
        let p = imported.value;
        let d = p.duration_minutes.expect("time");
        assert_eq!((d.min().get(), d.max().map(Minutes::get)), want, "{time}");
        let g = p.group_size.expect("people");
        assert_eq!((g.min().get(), g.max().map(People::get)), (2, Some(15)));
        assert_eq!(p.summary.map(String::from).as_deref(), Some("It is new."));
        assert_eq!(p.purpose.map(String::from).as_deref(), Some("To try."));
        assert_eq!(
            p.elements.sequence.map(String::from).as_deref(),
            Some("Just do it.")
        );
    }
}

#[test]
fn an_opl_file_without_a_title_is_refused() {
    let e = import_practice("---\nsubtitle: x\n---\n").expect_err("no title");
    assert!(e.to_string().contains("needs a `title`"), "{e}");
}
