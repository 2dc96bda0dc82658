//! Export → import → export gives the same value and the same bytes, in both spellings.

use super::gen_;
use convene_practice::*;
use proptest::prelude::*;

/// Markdown and JSON each read back to `doc` and write out to the very same bytes.
fn round_trips<D: Document + PartialEq + std::fmt::Debug>(doc: &D) -> Result<(), TestCaseError> {
    let md = doc.to_markdown().expect("writes");
    let back = D::from_markdown(&md).map_err(|e| TestCaseError::fail(format!("{e}\n{md}")))?;
    prop_assert_eq!(&back, doc, "markdown:\n{}", md);
    prop_assert_eq!(back.to_markdown().expect("writes"), md);
    let json = doc.to_json().expect("writes");
    let back = D::from_json(&json).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
    prop_assert_eq!(&back, doc, "json:\n{}", json);
    prop_assert_eq!(back.to_json().expect("writes"), json);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn practices_round_trip(p in gen_::practice()) {
        round_trips(&p)?;
        // The strict reader of the open format is also what an import uses.
        let imported = import_practice(&p.to_markdown().expect("writes")).expect("imports");
        prop_assert_eq!(imported, Imported::exact(p));
    }

    #[test]
    fn patterns_round_trip(p in gen_::pattern()) {
        round_trips(&p)?;
    }

    #[test]
    fn designs_round_trip(d in gen_::design()) {
        round_trips(&d)?;
    }

    #[test]
    fn a_design_starts_each_block_when_the_one_before_ends(d in gen_::design()) {
        let placed = d.schedule();
        prop_assert_eq!(placed.len(), d.blocks.len());
        let mut at = 0;
        for (p, b) in placed.iter().zip(d.blocks.iter()) {
            prop_assert_eq!(p.start, at);
            prop_assert_eq!(p.end, at + b.minutes.get());
            at = p.end;
        }
        prop_assert_eq!(d.total_minutes(), at);
    }
}

#[test]
fn a_remix_appends_its_original_to_the_chain_and_round_trips() {
    let original = Design::from_markdown(
        "---\nformat: convene-design/1\nslug: team-day\ntitle: Team day\nlicense: CC-BY-SA-4.0\n\
         authors:\n- Ana\n- Bo\nderived_from:\n- source: https://one.example/designs/older\n  \
         title: Older day\n  author: Cy\n  license: CC-BY-4.0\nblocks:\n- title: Welcome\n  \
         minutes: 15\n- practice: open-space\n  minutes: 120\n  notes: Calling question ready.\n\
         - title: Lunch\n  minutes: 45\n- practice: 1-2-4-all\n  title: What do we take home?\n  \
         minutes: 15\n---\n",
    )
    .expect("reads");
    let at = WebUrl::parse("https://one.example/designs/team-day").expect("url");
    let remix = original.remix(
        Slug::parse("team-day-2").expect("slug"),
        List::try_from(vec![Line::parse("Dee").expect("line")]).expect("one"),
        at.clone(),
    );
    let remix = remix.expect("room in the chain");
    assert_eq!(remix.derived_from.len(), 2);
    let last = &remix.derived_from[1];
    assert_eq!(
        (last.source.as_str(), last.title.as_str()),
        (at.as_str(), "Team day")
    );
    assert_eq!(
        (last.author.as_str(), last.license.as_str()),
        ("Ana, Bo", "CC-BY-SA-4.0")
    );
    assert_eq!(
        remix.license, original.license,
        "share-alike keeps the license"
    );
    assert_eq!(remix.blocks, original.blocks);
    let starts: Vec<u32> = remix.schedule().iter().map(|p| p.start).collect();
    assert_eq!(starts, [0, 15, 135, 180]);
    for text in [
        remix.to_markdown().expect("md"),
        remix.to_json().expect("json"),
    ] {
        let back = if text.starts_with('{') {
            Design::from_json(&text)
        } else {
            Design::from_markdown(&text)
        };
        assert_eq!(back.expect("reads"), remix, "{text}");
    }
    let md = remix.to_markdown().expect("md");
    assert_eq!(
        Design::from_markdown(&md)
            .expect("reads")
            .to_markdown()
            .expect("md"),
        md
    );
}
