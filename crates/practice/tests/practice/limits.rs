//! Untrusted input: arbitrary bytes never panic, and every limit is refused with a message
//! that names it.

use convene_practice::format::MAX_BYTES;
use convene_practice::*;
use proptest::prelude::*;

fn head(extra: &str) -> String {
    format!(
        "---\nformat: convene-practice/1\nslug: some-practice\ntitle: Some practice\n{extra}---\n"
    )
}

fn refused(input: &str) -> String {
    match import_practice(input) {
        Ok(p) => panic!("accepted: {p:?}"),
        Err(e) => e.to_string(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = import_practice(&text);
        let _ = Design::from_markdown(&text);
        let _ = Design::from_json(&text);
        let _ = Pattern::from_markdown(&text);
    }

    #[test]
    fn damaged_files_never_panic(
        p in super::gen_::practice(),
        cut in any::<prop::sample::Index>(),
        junk in "[-:#|>{}\\[\\]'\"\n !&*]{0,6}",
    ) {
        // A real file with a piece cut out and junk put in its place.
        for text in [p.to_markdown().expect("md"), p.to_json().expect("json")] {
            let at = cut.index(text.len() + 1);
            let at = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let damaged = format!("{}{junk}{}", &text[..at], &text[at..].chars().skip(3).collect::<String>());
            let _ = import_practice(&damaged);
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let big = head(&format!("summary: {}\n", "a".repeat(MAX_BYTES)));
    assert!(
        refused(&big).contains("at most 262144"),
        "{}",
        refused(&big)
    );
    let json = format!("{{\"x\": \"{}\"}}", "a".repeat(MAX_BYTES));
    assert!(refused(&json).contains("at most"));
}

#[test]
fn too_many_steps_are_refused_by_name_of_the_limit() {
    let steps: String = (0..61)
        .map(|i| format!("- title: Step {i}\n  minutes: 1\n"))
        .collect();
    let e = refused(&head(&format!("steps:\n{steps}")));
    assert!(e.contains("more than 60 items"), "{e}");
    let ok: String = (0..60)
        .map(|i| format!("- title: Step {i}\n  minutes: 1\n"))
        .collect();
    let p = import_practice(&head(&format!("steps:\n{ok}"))).expect("60 steps are fine");
    assert_eq!(p.value.steps.len(), 60);
}

#[test]
fn too_many_blocks_are_refused() {
    let blocks: String = (0..101)
        .map(|_| "- title: Talk\n  minutes: 5\n".to_owned())
        .collect();
    let text = format!(
        "---\nformat: convene-design/1\nslug: long-day\ntitle: Long day\nblocks:\n{blocks}---\n"
    );
    let e = Design::from_markdown(&text).expect_err("101 blocks");
    assert!(e.to_string().contains("more than 100 items"), "{e}");
}

#[test]
fn deep_nesting_is_refused() {
    let deep = format!("extra:\n  x: {}1{}\n", "[".repeat(40), "]".repeat(40));
    let e = refused(&head(&deep));
    assert!(e.contains("budget breached: Depth"), "{e}");
    let json = format!(
        "{{\"format\":\"convene-practice/1\",\"slug\":\"abc\",\"title\":\"A\",\"extra\":{{\"x\":{}1{}}}}}",
        "[".repeat(10),
        "]".repeat(10)
    );
    let e = refused(&json);
    assert!(e.contains("nested too deep"), "{e}");
}

#[test]
fn alias_bombs_are_refused() {
    let mut yaml = String::from("extra:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let prev = i - 1;
        yaml.push_str(&format!(
            "  a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
        ));
    }
    let e = refused(&head(&yaml));
    assert!(e.contains("budget breached: Nodes"), "{e}");
}

#[test]
fn bad_fields_say_what_is_wrong() {
    let cases = [
        ("unknown: 1\n", "unknown"),
        ("license: Not-A-License\n", "SPDX"),
        (
            "group_size: {min: 10, max: 2}\n",
            "max must not be less than min",
        ),
        (
            "steps:\n- title: Long\n  minutes: 20000\n",
            "minutes must be 1 to 10080",
        ),
        ("patterns: [Open Space]\n", "a-z, 0-9"),
        (
            "derived_from:\n- source: ftp://x.example/\n  title: T\n  author: A\n  license: MIT\n",
            "http or https",
        ),
        ("body: text\n", "after the front matter"),
    ];
    for (yaml, want) in cases {
        let e = refused(&head(yaml));
        assert!(e.contains(want), "{yaml}: {e}");
    }
    assert!(refused("no front matter").contains("front matter line"));
    assert!(refused("---\ntitle: x\n").contains("no closing"));
    let e = refused("---\nformat: convene-design/1\nslug: abc\ntitle: A\nblocks: []\n---\n");
    assert!(e.contains("format must be `convene-practice/1`"), "{e}");
    let e = Design::from_markdown(
        "---\nformat: convene-design/1\nslug: abc\ntitle: A\nblocks:\n- minutes: 5\n---\n",
    )
    .expect_err("a block without practice or title");
    assert!(e.to_string().contains("a practice or a title"), "{e}");
}
