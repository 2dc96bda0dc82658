use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each message's source text (its value and indented continuation lines), by id.
fn messages(lang: Lang) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (_, text) in sources(lang) {
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                if let Some((k, v)) = line.split_once('=') {
                    let k = k.trim().to_owned();
                    out.insert(k.clone(), v.to_owned());
                    current = Some(k);
                }
            } else if !line.trim().is_empty() && !line.starts_with(['#', '-']) {
                // Indented lines, and a select's closing brace, continue the message.
                if let Some(k) = &current {
                    out.entry(k.clone()).or_default().push_str(line);
                }
            } else {
                current = None;
            }
        }
    }
    out
}

/// The `$variables` a message's text uses.
fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

#[test]
fn every_catalogue_parses() {
    for lang in Lang::ALL {
        let files = sources(lang);
        assert!(!files.is_empty(), "no catalogue for {lang}");
        for (path, text) in files {
            if let Err((_, errors)) = FluentResource::try_new(text.to_owned()) {
                panic!("{path}: {errors:?}");
            }
        }
    }
}

#[test]
fn every_key_is_in_every_language_with_the_same_variables() {
    let en = messages(Lang::En);
    assert!(en.len() > 100, "{} English messages", en.len());
    for lang in Lang::ALL {
        let m = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !m.contains_key(*k)).collect();
        let extra: Vec<_> = m.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
        assert!(extra.is_empty(), "only in {lang}: {extra:?}");
        for (k, text) in &m {
            assert_eq!(variables(text), variables(&en[k]), "{lang} {k}: {text}");
            assert!(!text.trim().is_empty(), "{lang} {k} is empty");
        }
        assert_eq!(keys(lang), m.keys().cloned().collect::<BTreeSet<_>>());
    }
}

#[test]
fn every_message_formats_without_errors() {
    for lang in Lang::ALL {
        let b = &BUNDLES[lang.index()];
        for (k, text) in messages(lang) {
            for n in [0.0, 1.0, 2.0, 5.0, 21.0] {
                let mut args = FluentArgs::new();
                for v in variables(&text) {
                    args.set(v, FluentValue::from(n));
                }
                args.set("named", FluentValue::from("yes"));
                let msg = b.get_message(&k).expect("message");
                let mut errors = vec![];
                let out = b.format_pattern(msg.value().expect("value"), Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang} {k}: {errors:?}");
                assert!(!out.contains('{'), "{lang} {k}: {out}");
            }
        }
    }
}

/// Every file of the code that may look text up: templates and Rust sources.
fn code_files() -> Vec<PathBuf> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = vec![];
    let mut dirs = vec![
        crates.join("web/templates"),
        crates.join("web/src"),
        crates.join("app/src"),
        crates.join("i18n/src"),
    ];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("a source folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs" || x == "html")
                && !p.ends_with("i18n/src/tests.rs")
            {
                out.push(p);
            }
        }
    }
    out
}

/// The literal keys passed to `t`, `t1`, `t2`, `t3` and `args` in `text`.
fn looked_up(text: &str) -> Vec<String> {
    let mut out = vec![];
    for call in ["t(\"", "t1(\"", "t2(\"", "t3(\"", "args(\""] {
        for (at, _) in text.match_indices(call) {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + call.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_owned());
            }
        }
    }
    out
}

#[test]
fn every_key_is_used_and_every_key_used_exists() {
    let files = code_files();
    assert!(files.len() > 50, "{} files", files.len());
    let code: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            (p, text)
        })
        .collect();
    let keys = keys(Lang::En);
    for (path, text) in &code {
        for key in looked_up(text) {
            // `Tr::args(key, …)` itself, and lookups that are not of catalogue keys.
            if key.is_empty() || !key.contains('-') {
                continue;
            }
            assert!(
                keys.contains(&key),
                "{}: {key} is in no catalogue",
                path.display()
            );
        }
    }
    let unused: Vec<_> = keys
        .iter()
        .filter(|k| {
            let quoted = format!("\"{k}\"");
            !code.iter().any(|(_, text)| text.contains(&quoted))
        })
        .collect();
    assert!(unused.is_empty(), "unused in the code: {unused:?}");
}

#[test]
fn the_reader_gets_their_language() {
    assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
    assert_eq!(Lang::parse("fr_CH"), Some(Lang::Fr));
    assert_eq!(Lang::parse("pt-BR"), None);
    assert_eq!(Lang::parse("<script>"), None);
    assert_eq!(
        from_accept_language("de-DE,de;q=0.9,en;q=0.8"),
        Some(Lang::De)
    );
    assert_eq!(
        from_accept_language("pt-BR, es;q=0.5, fr;q=0.7"),
        Some(Lang::Fr)
    );
    assert_eq!(from_accept_language("fr;q=0, es;q=0.1"), Some(Lang::Es));
    assert_eq!(from_accept_language("*, ja"), None);
    assert_eq!(from_accept_language("en;q=abc, de;q=1.5"), None);
    assert_eq!(from_accept_language(""), None);
    // The account's setting first, then the browser, then the community.
    assert_eq!(
        Lang::choose(Some("es"), Some(Lang::De), Some("fr")),
        Lang::Es
    );
    assert_eq!(Lang::choose(None, Some(Lang::De), Some("fr")), Lang::De);
    assert_eq!(Lang::choose(None, None, Some("fr")), Lang::Fr);
    assert_eq!(Lang::choose(Some("xx"), None, None), Lang::En);
}

#[test]
fn numbers_dates_and_plurals_follow_the_locale() {
    let [en, de, fr, es] = Lang::ALL.map(Tr);
    assert_eq!(en.number(1234567), "1,234,567");
    assert_eq!(de.number(1234567), "1.234.567");
    assert_eq!(fr.number(-1234), "-1\u{202f}234");
    assert_eq!(es.number(1234), "1234");
    assert_eq!(es.number(12345), "12.345");
    assert_eq!(de.t1("wall-seats", "count", 1), "1 Platz");
    assert_eq!(de.t1("wall-seats", "count", 2500), "2.500 Plätze");
    assert_eq!(fr.t1("wall-seats", "count", 0), "0 place");
    assert_eq!(en.t1("wall-seats", "count", 0), "0 seats");
    let d = jiff::civil::date(2026, 12, 1);
    assert_eq!(en.date(d), "1 December 2026");
    assert_eq!(de.date(d), "1. Dezember 2026");
    assert_eq!(fr.date(d), "1er décembre 2026");
    assert_eq!(es.date(d), "1 de diciembre de 2026");
    assert_eq!(de.weekday_date(d), "Dienstag, 1. Dezember 2026");
    assert_eq!(fr.date(jiff::civil::date(2027, 3, 21)), "21 mars 2027");
    assert_eq!(es.iso_date("2026-12-01"), "1 de diciembre de 2026");
    // 2026-12-01 14:30 UTC.
    let ts = 1_796_135_400;
    assert_eq!(en.moment(ts), "1 December 2026, 14:30 UTC");
    assert_eq!(de.moment(ts), "1. Dezember 2026, 14:30 Uhr UTC");
    assert_eq!(fr.moment(ts), "1er décembre 2026 à 14:30 UTC");
    assert_eq!(es.moment(ts), "1 de diciembre de 2026, a las 14:30 UTC");
    assert_eq!(es.iso_date("not a date"), "not a date");
    assert_eq!(en.t("no-such-key"), "no-such-key");
    assert_eq!(en.decimal(1234.5678, 2), "1,234.57");
    assert_eq!(de.decimal(0.125, 3), "0,125");
    assert_eq!(fr.decimal(-0.0001, 2), "0,00");
    assert_eq!(es.decimal(-1.5, 1), "-1,5");
}
