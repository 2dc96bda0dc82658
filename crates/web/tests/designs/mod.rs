//! A community's library over the API: every catalog practice exported, imported into a
//! community and exported again byte for byte; an Open Practice Library file with its
//! unmapped fields named; bounded imports with clear errors (and a fuzzer that never gets a
//! 5xx); designs composed, forked by another member (the attribution chain), published at a
//! stable URL for anyone, round-tripped into another community, checked by Python's
//! jsonschema; and a gathering run from a design with the facilitator's timer.

mod agenda;
mod lifecycle;
mod timer;

use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_practice::catalog;
use serde_json::{Value, json};

pub const OPL: &str = "---
title: Walking Review
subtitle: Look back on a piece of work while walking in pairs
authors:
  - someone
time: 30-45 min
people: 4+
icon: /images/walk.png
difficulty: easy
mascot: a heron
---
## What is it?

Pairs walk a short loop and talk about one piece of work they finished.
";

pub fn three_block_design(slug: &str) -> Value {
    json!({
        "format": "convene-design/1",
        "slug": slug,
        "title": "A morning of open conversation",
        "purpose": "Arrive, talk about what matters, leave with next steps.",
        "license": "CC-BY-SA-4.0",
        "blocks": [
            {"practice": "check-in-circle", "minutes": 15, "notes": "Everyone says one word."},
            {"practice": "1-2-4-all", "minutes": 20},
            {"title": "Break", "minutes": 10},
            {"practice": "what-so-what-now-what", "minutes": 25, "notes": "Harvest on the wall."}
        ]
    })
}

pub fn v(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_catalog_practice_round_trips_through_a_community_byte_for_byte() {
    let h = Harness::sqlite().await;
    let a = h.world("lib-md").await;
    let b = h.world("lib-json").await;
    let c = catalog().expect("catalog");
    for p in c.practices.values() {
        let slug = p.slug.as_str();
        for (w, format, mime) in [
            (&a, "md", "text/markdown"),
            (&b, "json", "application/json"),
        ] {
            let (s, file) = h
                .api(
                    "GET",
                    &format!("/api/v1/practices/{slug}/export?format={format}"),
                    &w.steward.token,
                    None,
                )
                .await;
            assert_eq!(s, StatusCode::OK, "{slug}");
            let base = format!("/api/v1/communities/{}/practices", w.slug);
            let (s, body) = h
                .api_file(
                    "POST",
                    &format!("{base}/import"),
                    &w.steward.token,
                    &file,
                    mime,
                )
                .await;
            assert_eq!(s, StatusCode::CREATED, "{slug} {format}: {body}");
            assert_eq!(v(&body), json!({"slug": slug, "unmapped": []}), "{slug}");
            let (s, again) = h
                .api(
                    "GET",
                    &format!("{base}/{slug}/export?format={format}"),
                    &w.steward.token,
                    None,
                )
                .await;
            assert_eq!(s, StatusCode::OK);
            assert_eq!(again, file, "{slug} as {format}");
        }
    }
    // The community's library lists them beside the catalog (which the page also shows).
    let (_, list) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/practices", a.slug),
            &a.steward.token,
            None,
        )
        .await;
    assert_eq!(v(&list).as_array().map(Vec::len), Some(c.practices.len()));
    // A second import of the same slug is a conflict, and nothing changes.
    let (_, file) = h
        .api(
            "GET",
            "/api/v1/practices/open-space/export",
            &a.steward.token,
            None,
        )
        .await;
    let (s, body) = h
        .api_file(
            "POST",
            &format!("/api/v1/communities/{}/practices/import", a.slug),
            &a.steward.token,
            &file,
            "text/markdown",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body.contains("open-space"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_opl_file_imports_with_its_unmapped_fields_named() {
    let h = Harness::sqlite().await;
    let w = h.world("opl").await;
    let base = format!("/api/v1/communities/{}/practices", w.slug);
    let (s, body) = h
        .api_file(
            "POST",
            &format!("{base}/import"),
            &w.steward.token,
            OPL,
            "text/markdown",
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let got = v(&body);
    assert_eq!(got["slug"], "walking-review");
    let unmapped: Vec<&str> = got["unmapped"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for f in ["icon", "difficulty", "mascot"] {
        assert!(unmapped.contains(&f), "{f} in {unmapped:?}");
    }
    for f in ["title", "subtitle", "authors", "time", "people"] {
        assert!(!unmapped.contains(&f), "{f} is mapped: {unmapped:?}");
    }
    // What was not mapped is kept: the export carries it.
    let (_, md) = h
        .api(
            "GET",
            &format!("{base}/walking-review/export"),
            &w.steward.token,
            None,
        )
        .await;
    assert!(md.contains("mascot") && md.contains("a heron"), "{md}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imports_are_bounded_and_say_what_is_wrong() {
    let h = Harness::sqlite().await;
    let w = h.world("bounds").await;
    let t = &w.steward.token;
    let url = format!("/api/v1/communities/{}/designs/import", w.slug);
    let (s, body) = h.api_file("POST", &url, t, "hello", "image/png").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("text/markdown or application/json"), "{body}");
    let (s, body) = h
        .api_file("POST", &url, t, "no front matter", "text/markdown")
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("front matter"), "{body}");
    let (s, body) = h
        .api_file(
            "POST",
            &url,
            t,
            "{\"format\": \"convene-design/1\"}",
            "application/json",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(v(&body)["field"], "file", "{body}");
    let big = format!("---\ntitle: x\n---\n\n{}", "a".repeat(300 * 1024));
    let (s, _) = h.api_file("POST", &url, t, &big, "text/markdown").await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    // An outsider's community does not exist for them.
    let other = h.world("elsewhere").await;
    let design = three_block_design("x").to_string();
    let (s, _) = h
        .api_file(
            "POST",
            &url,
            &other.steward.token,
            &design,
            "application/json",
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, list) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/designs", w.slug),
            t,
            None,
        )
        .await;
    assert_eq!(v(&list), json!([]));
}

/// Damaged files (from a real export, bytes cut, doubled and replaced) never make a 5xx.
#[test]
fn fuzzed_imports_never_fail_the_server() {
    use proptest::prelude::*;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (h, w, seed) = rt.block_on(async {
        let h = Harness::sqlite().await;
        let w = h.world("fuzz").await;
        let (_, seed) = h
            .api(
                "GET",
                "/api/v1/practices/world-cafe/export",
                &w.steward.token,
                None,
            )
            .await;
        (h, w, seed)
    });
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(48);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(cases));
    let strategy = (
        0..seed.len(),
        0..seed.len(),
        prop::sample::select(vec![
            "",
            "---\n",
            "{",
            "\u{0}",
            "&a [*a, *a]",
            "- - - - - -",
            "format: convene-practice/1\n",
            "é",
        ]),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(at, len, insert, json)| {
            let mut text = seed.clone();
            let at = (0..=at)
                .rev()
                .find(|i| text.is_char_boundary(*i))
                .unwrap_or(0);
            let end = (at..=(at + len / 8).min(text.len()))
                .rev()
                .find(|i| text.is_char_boundary(*i))
                .unwrap_or(at);
            text.replace_range(at..end, insert);
            let (mime, kind) = if json {
                ("application/json", "designs")
            } else {
                ("text/markdown", "practices")
            };
            let url = format!("/api/v1/communities/{}/{kind}/import", w.slug);
            let (s, body) = rt.block_on(h.api_file("POST", &url, &w.steward.token, &text, mime));
            prop_assert!(!s.is_server_error(), "{s}: {body}");
            prop_assert!(matches!(s.as_u16(), 201 | 409 | 413 | 422), "{s}: {body}");
            Ok(())
        })
        .expect("no 5xx");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_remixed_design_keeps_its_chain_is_published_and_round_trips() {
    let h = Harness::sqlite().await;
    let w = h.world("remix").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let base = format!("/api/v1/communities/{}/designs", w.slug);
    let (s, body) = h
        .api(
            "POST",
            &base,
            &ana.token,
            Some(&three_block_design("morning").to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    assert_eq!(v(&body), json!({"slug": "morning"}));
    let (s, d) = h
        .api("GET", &format!("{base}/morning"), &ana.token, None)
        .await;
    assert_eq!(s, StatusCode::OK, "{d}");
    let d = v(&d);
    assert_eq!(d["starts"], json!([0, 15, 35, 45]));
    assert_eq!(d["total_minutes"], 70);
    assert_eq!(d["design"]["authors"], json!([ana.name]));

    // Ben forks it: by Ben, same license, Ana's design at the end of the chain.
    let (s, body) = h
        .api(
            "POST",
            &format!("{base}/morning/fork"),
            &ben.token,
            Some(r#"{"slug":"morning-remix"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let (_, fork) = h
        .api("GET", &format!("{base}/morning-remix"), &ben.token, None)
        .await;
    let fork = v(&fork);
    let original_url = format!("{ORIGIN}/library/c/{}/designs/morning", w.slug);
    assert_eq!(
        fork["derived_from"],
        json!([{"source": original_url, "title": "A morning of open conversation", "author": ana.name, "license": "CC-BY-SA-4.0"}])
    );
    assert_eq!(fork["design"]["authors"], json!([ben.name]));
    let (_, original) = h
        .api("GET", &format!("{base}/morning"), &ana.token, None)
        .await;
    assert_eq!(
        v(&original)["forks"],
        json!([{"slug": "morning-remix", "title": "A morning of open conversation", "depth": 1, "deleted": false}])
    );

    // Only who added it (or a steward) changes or publishes it.
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/morning/publish"),
            &ben.token,
            Some("{}"),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Ben changes his fork on top of version 1; a second save on 1 is stale.
    let mut changed = fork["design"].clone();
    changed["title"] = json!("A shorter morning");
    let save = json!({"version": 1, "design": changed}).to_string();
    let (s, body) = h
        .api(
            "PUT",
            &format!("{base}/morning-remix"),
            &ben.token,
            Some(&save),
        )
        .await;
    assert_eq!((s, v(&body)), (StatusCode::OK, json!({"version": 2})));
    let (s, _) = h
        .api(
            "PUT",
            &format!("{base}/morning-remix"),
            &ben.token,
            Some(&save),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);

    // Unpublished: nobody outside sees the file at its stable URL. Published: anyone does.
    let public = format!("/library/c/{}/designs/morning-remix/export.json", w.slug);
    let (s, _) = h.get(&public, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, body) = h
        .api(
            "POST",
            &format!("{base}/morning-remix/publish"),
            &ben.token,
            Some(r#"{"license":"CC-BY-SA-4.0 OR MIT"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let (s, file) = h.get(&public, None).await;
    assert_eq!(s, StatusCode::OK, "{file}");
    let (_, exported) = h
        .api(
            "GET",
            &format!("{base}/morning-remix/export?format=json"),
            &ben.token,
            None,
        )
        .await;
    assert_eq!(file, exported);
    assert_eq!(v(&file)["license"], "CC-BY-SA-4.0 OR MIT");

    // The remix, exported and imported into another community, round-trips byte for byte.
    let other = h.world("remix-elsewhere").await;
    for (format, mime) in [("md", "text/markdown"), ("json", "application/json")] {
        let (_, file) = h
            .api(
                "GET",
                &format!("{base}/morning-remix/export?format={format}"),
                &ben.token,
                None,
            )
            .await;
        let slug = format!("remix-{format}");
        let file2 = file
            .replace("slug: morning-remix", &format!("slug: {slug}"))
            .replace(
                "\"slug\": \"morning-remix\"",
                &format!("\"slug\": \"{slug}\""),
            );
        let obase = format!("/api/v1/communities/{}/designs", other.slug);
        let (s, body) = h
            .api_file(
                "POST",
                &format!("{obase}/import"),
                &other.steward.token,
                &file2,
                mime,
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{body}");
        let (_, again) = h
            .api(
                "GET",
                &format!("{obase}/{slug}/export?format={format}"),
                &other.steward.token,
                None,
            )
            .await;
        assert_eq!(again, file2, "{format}");
        assert!(again.contains(&original_url), "the chain travels: {again}");
    }
    // And the same file imported as it is, too.
    let (_, md) = h
        .api(
            "GET",
            &format!("{base}/morning-remix/export"),
            &ben.token,
            None,
        )
        .await;
    let obase = format!("/api/v1/communities/{}/designs", other.slug);
    let (s, _) = h
        .api_file(
            "POST",
            &format!("{obase}/import"),
            &other.steward.token,
            &md,
            "text/markdown",
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, again) = h
        .api(
            "GET",
            &format!("{obase}/morning-remix/export"),
            &other.steward.token,
            None,
        )
        .await;
    assert_eq!(again, md);

    schema_check(&h, &w, &ben.token).await;
}

/// Python's jsonschema validates every exported file of a community against the schemas
/// served at `/schema/*.json`.
async fn schema_check(h: &Harness, w: &World, token: &str) {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import jsonschema"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "pip install jsonschema"
        );
        eprintln!("skipped: python3 jsonschema is missing");
        return;
    }
    let dir = std::env::temp_dir().join(format!("convene-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    for kind in ["practice", "design"] {
        let (s, schema) = h.get(&format!("/schema/{kind}.json"), None).await;
        assert_eq!(s, StatusCode::OK);
        std::fs::write(dir.join(format!("{kind}.schema.json")), schema).expect("write");
    }
    let mut files = Vec::new();
    let c = catalog().expect("catalog");
    for p in c.practices.values() {
        let (_, f) = h
            .api(
                "GET",
                &format!("/api/v1/practices/{}/export?format=json", p.slug.as_str()),
                token,
                None,
            )
            .await;
        let path = dir.join(format!("practice-{}.json", p.slug.as_str()));
        std::fs::write(&path, f).expect("write");
        files.push(path);
    }
    let (_, list) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/designs", w.slug),
            token,
            None,
        )
        .await;
    for d in v(&list).as_array().expect("list") {
        let slug = d["slug"].as_str().expect("slug");
        let (_, f) = h
            .api(
                "GET",
                &format!(
                    "/api/v1/communities/{}/designs/{slug}/export?format=json",
                    w.slug
                ),
                token,
                None,
            )
            .await;
        let path = dir.join(format!("design-{slug}.json"));
        std::fs::write(&path, f).expect("write");
        files.push(path);
    }
    let script = "import json,sys,pathlib\nfrom jsonschema import Draft202012Validator as V\nd=pathlib.Path(sys.argv[1])\nbad=0\nfor f in sys.argv[2:]:\n    k=pathlib.Path(f).name.split('-')[0]\n    v=V(json.loads((d/(k+'.schema.json')).read_text()))\n    for e in v.iter_errors(json.loads(pathlib.Path(f).read_text())):\n        print(f, e.message); bad+=1\nprint('checked', len(sys.argv)-2)\nsys.exit(1 if bad else 0)\n";
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&dir)
        .args(&files)
        .output()
        .expect("python3");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains(&format!("checked {}", files.len())), "{text}");
    assert!(
        files.len() > c.practices.len(),
        "the designs were checked too"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_library_api_is_in_the_openapi_document() {
    let h = Harness::sqlite().await;
    let (s, body) = h.get("/api/v1/openapi.json", None).await;
    assert_eq!(s, StatusCode::OK);
    let doc = v(&body);
    let c = "/api/v1/communities/{slug}";
    for (path, method) in [
        (format!("{c}/practices/import"), "post"),
        (format!("{c}/designs/import"), "post"),
        (format!("{c}/designs"), "get"),
        (format!("{c}/designs"), "post"),
        (format!("{c}/designs/{{work}}"), "put"),
        (format!("{c}/designs/{{work}}/export"), "get"),
        (format!("{c}/designs/{{work}}/fork"), "post"),
        (format!("{c}/designs/import-url"), "post"),
        (format!("{c}/gatherings/{{id}}/run"), "post"),
        (format!("{c}/gatherings/{{id}}/timer"), "post"),
    ] {
        assert!(doc["paths"][&path][method].is_object(), "{method} {path}");
    }
    for schema in ["DesignCreated", "LibraryImported", "TimerDto", "DesignDto"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
}

/// The design's pages for members: the community library beside the catalog, the design with
/// its start times and lineage, the printable sheet, and its PDF read back by pdftotext.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_design_pages_and_the_facilitators_sheet() {
    let h = Harness::sqlite().await;
    let w = h.world("sheet").await;
    let c = Some(w.steward.cookie.as_str());
    let base = format!("/api/v1/communities/{}/designs", w.slug);
    let mut d = three_block_design("morning");
    d["blocks"][1]["notes"] = json!("<script>alert(1)</script> pairs");
    let (s, _) = h
        .api("POST", &base, &w.steward.token, Some(&d.to_string()))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, page) = h.get(&format!("/c/{}/library", w.slug), c).await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(page.contains("/library/designs/morning\""), "{page}");
    assert!(page.contains("practices of the open catalog"), "{page}");
    let (s, page) = h
        .get(&format!("/c/{}/library/designs/morning", w.slug), c)
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    for seen in [
        "at 0 min",
        "at 15 min",
        "at 35 min",
        "at 45 min",
        "1 h 10 min in 4 blocks",
        "<svg",
        "An original",
    ] {
        assert!(page.contains(seen), "{seen}: {page}");
    }
    assert!(
        !page.contains("<script>alert(1)"),
        "notes are escaped: {page}"
    );
    let (s, sheet) = h
        .get(&format!("/c/{}/library/designs/morning/sheet", w.slug), c)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(sheet.contains("<caption>Blocks"), "{sheet}");
    let pdf = h
        .get_bytes(
            &format!("/c/{}/library/designs/morning/sheet.pdf", w.slug),
            c,
        )
        .await;
    assert!(pdf.starts_with(b"%PDF-"));
    let path = std::env::temp_dir().join(format!("convene-sheet-{}.pdf", std::process::id()));
    std::fs::write(&path, &pdf).expect("write");
    match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            for seen in [
                "A morning of open conversation",
                "At 15 min, 20 min: 1-2-4-All",
                "Break",
                "CC-BY-SA-4.0",
            ] {
                assert!(text.contains(seen), "{seen}: {text}");
            }
        }
        Err(_) => assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "pdftotext is missing"
        ),
    }
    let _ = std::fs::remove_file(&path);
    // Signed out: the members' pages ask to sign in; an unpublished design is not public.
    let (s, _) = h
        .get(&format!("/library/c/{}/designs/morning", w.slug), None)
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, page) = h.get("/library/published", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Nothing is published yet"), "{page}");
}
