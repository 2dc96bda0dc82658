//! The proceedings PDF in the scripts of a global community: Poppler's pdftotext reads every
//! script back, and pdffonts finds every font embedded, as a subset, with a ToUnicode map.

use super::{convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

/// Four session titles (two rooms, two slots) in Latin with diacritics, Greek, Cyrillic,
/// Arabic, Hebrew, Chinese, Japanese, Korean, Devanagari and emoji.
const TITLES: [&str; 4] = [
    "Ökologie „Wasser“ · Ποτάμια κοινότητες · Реки люди",
    "مرحبا بالعالم · שלום עולם",
    "河流与社区 · 川とコミュニティ · 강과 공동체",
    "नदी और समुदाय · Rivers 🌊 and 🌍",
];

/// Words pdftotext must give back, and whether the built-in fonts draw them (the others need
/// installed fonts: `.ci/run` installs Noto CJK, Noto core and Symbola).
const WORDS: [(&str, bool); 12] = [
    ("Ökologie", true),
    ("„Wasser“", true),
    ("Ποτάμια", true),
    ("Реки", true),
    ("مرحبا", true),
    ("بالعالم", true),
    ("שלום", true),
    ("עולם", true),
    ("河流与社区", false),
    ("川とコミュニティ", false),
    ("공동체", false),
    ("समुदाय", false),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proceedings_pdf_prints_every_script() {
    let h = Harness::sqlite().await;
    let w = h.world("scripts").await;
    let os = open_space(&h, &w).await;
    let cells = os
        .rooms
        .iter()
        .flat_map(|r| os.slots[1..].iter().map(move |s| (*r, *s)));
    let ana = h.person_with_role(&w, Role::Member).await;
    for (title, (room, slot)) in TITLES.iter().zip(cells) {
        // One convener per session: a person convenes one session per slot.
        let who = h.person_with_role(&w, Role::Member).await;
        let id = convene(&h, &os, &who, title).await;
        let (s, b) = h
            .post(
                &format!("{}/s/{id}/place", os.base),
                Some(&who.cookie),
                &format!("cell={room}%3A{slot}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let (s, md) = h
        .get(&format!("{}/proceedings.md", os.base), Some(&ana.cookie))
        .await;
    assert_eq!(s, StatusCode::OK);
    let pdf = h
        .get_bytes(&format!("{}/proceedings.pdf", os.base), Some(&ana.cookie))
        .await;
    assert!(pdf.starts_with(b"%PDF-"));
    let Some(text) = poppler("pdftotext", &pdf, &["-"]) else {
        return;
    };
    let installed = |needle: &str| {
        std::process::Command::new("fc-list")
            .arg(format!(
                ":charset={:x}",
                needle.chars().next().map_or(0, u32::from)
            ))
            .output()
            .is_ok_and(|o| !o.stdout.is_empty())
    };
    for title in TITLES {
        assert!(md.contains(title), "{md}");
    }
    for (word, built_in) in WORDS {
        if built_in || ci() || installed(word) {
            assert!(text.contains(word), "{word:?} missing from:\n{text}");
        }
    }
    // The emoji come from an installed font (Symbola) and are not in every one.
    if ci() {
        assert!(text.contains('🌊') && text.contains('🌍'), "{text}");
    }
    let fonts = poppler("pdffonts", &pdf, &[]).expect("pdffonts");
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in rows {
        // name type encoding emb sub uni object id
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "{row}");
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "embedded, subset, ToUnicode: {row}"
        );
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "a subset's name: {row}"
        );
    }
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Runs a Poppler tool on the PDF; `None` when Poppler is not installed (outside CI).
fn poppler(tool: &str, pdf: &[u8], args: &[&str]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("convene-{tool}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("p.pdf");
    std::fs::write(&path, pdf).expect("write");
    match std::process::Command::new(tool)
        .arg(&path)
        .args(args)
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "{tool} failed: {out:?}");
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(_) if ci() => panic!("CI=true but {tool} (poppler-utils) is missing"),
        Err(_) => {
            eprintln!("skipping the PDF check: install poppler-utils");
            None
        }
    }
}
