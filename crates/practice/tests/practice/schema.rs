//! The JSON Schemas, checked by an independent validator: Python's `jsonschema` reads every
//! exported file (the JSON, and the Markdown's front matter read by PyYAML, a second YAML
//! reader) and validates it; both spellings of a document must say the same.

use super::gen_;
use convene_practice::catalog::embedded;
use convene_practice::*;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const VALIDATOR: &str = r#"
import json, sys, pathlib
import yaml
from jsonschema import Draft202012Validator

schemas = {k: Draft202012Validator(json.loads(pathlib.Path(sys.argv[1], k + ".json").read_text()))
           for k in ("practice", "pattern", "design")}
for k, v in schemas.items():
    Draft202012Validator.check_schema(v.schema)
out = {}
for name in sys.argv[2:]:
    path = pathlib.Path(name)
    kind = path.name.split(".")[0]
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        lines = text.split("\n")
        assert lines[0] == "---", name
        end = lines.index("---", 1)
        doc = yaml.safe_load("\n".join(lines[1:end]) + "\n")
    else:
        doc = json.loads(text)
    errors = sorted(e.message for e in schemas[kind].iter_errors(doc))
    out[name] = {"errors": errors, "doc": doc if path.suffix == ".md" else
                 {k: v for k, v in doc.items() if k != "body"}}
print(json.dumps(out, default=str))
"#;

/// Whether Python has jsonschema and PyYAML; in CI their absence fails the test.
fn validator() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import jsonschema, yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "jsonschema and PyYAML are needed: pip install jsonschema pyyaml (CI=true: a missing validator fails the test)"
        );
        eprintln!(
            "skipping: Python's jsonschema and PyYAML validate the exports (pip install jsonschema pyyaml)"
        );
    }
    ok
}

fn temp_dir(tag: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!(
        "convene-schema-{tag}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Validates files named `{kind}.{n}.{md|json}`; returns each file's errors and document.
fn validate(dir: &Path, files: &[(String, String)]) -> serde_json::Map<String, Value> {
    let schemas = dir.join("schemas");
    std::fs::create_dir_all(&schemas).expect("dir");
    for (name, text) in [
        ("practice", schema::PRACTICE),
        ("pattern", schema::PATTERN),
        ("design", schema::DESIGN),
    ] {
        std::fs::write(schemas.join(format!("{name}.json")), text).expect("write schema");
    }
    let mut paths = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write file");
        paths.push(path);
    }
    let out = Command::new("python3")
        .args(["-c", VALIDATOR])
        .arg(&schemas)
        .args(&paths)
        .output()
        .expect("run python3");
    let _ = std::fs::remove_dir_all(dir);
    assert!(
        out.status.success(),
        "the validator failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("the validator's JSON");
    let Value::Object(m) = v else {
        panic!("not an object")
    };
    m.into_iter()
        .map(|(k, v)| {
            (
                Path::new(&k)
                    .file_name()
                    .expect("name")
                    .to_string_lossy()
                    .into_owned(),
                v,
            )
        })
        .collect()
}

/// Both spellings of each document: valid, and the same fields.
fn assert_valid(results: &serde_json::Map<String, Value>, files: &[(String, String)]) {
    assert_eq!(results.len(), files.len());
    for (name, r) in results {
        assert_eq!(
            r["errors"],
            Value::Array(vec![]),
            "{name}: {}",
            files.iter().find(|f| &f.0 == name).map_or("", |f| &f.1)
        );
        if let Some(stem) = name.strip_suffix(".md") {
            let json = &results[&format!("{stem}.json")];
            assert_eq!(
                r["doc"], json["doc"],
                "{name}: the front matter and the JSON differ"
            );
        }
    }
}

fn both<D: Document>(kind: &str, n: usize, d: &D) -> [(String, String); 2] {
    [
        (format!("{kind}.{n}.md"), d.to_markdown().expect("md")),
        (format!("{kind}.{n}.json"), d.to_json().expect("json")),
    ]
}

#[test]
fn every_catalog_file_and_its_json_validate() {
    if !validator() {
        return;
    }
    let catalog = catalog().expect("the catalog reads");
    let mut files = Vec::new();
    for (n, p) in catalog.practices.values().enumerate() {
        files.extend(both("practice", n, p));
    }
    for (n, p) in catalog.patterns.values().enumerate() {
        files.extend(both("pattern", n, p));
    }
    let (practices, patterns) = embedded();
    assert_eq!(files.len(), 2 * (practices.len() + patterns.len()));
    let results = validate(&temp_dir("catalog"), &files);
    assert_valid(&results, &files);
}

#[test]
fn generated_documents_validate() {
    if !validator() {
        return;
    }
    let mut runner = TestRunner::deterministic();
    let mut files = Vec::new();
    for n in 0..60 {
        let p = gen_::practice()
            .new_tree(&mut runner)
            .expect("tree")
            .current();
        files.extend(both("practice", n, &p));
        let p = gen_::pattern()
            .new_tree(&mut runner)
            .expect("tree")
            .current();
        files.extend(both("pattern", n, &p));
        let d = gen_::design()
            .new_tree(&mut runner)
            .expect("tree")
            .current();
        files.extend(both("design", n, &d));
    }
    let results = validate(&temp_dir("generated"), &files);
    assert_valid(&results, &files);
}

#[test]
fn the_schemas_refuse_what_the_reader_refuses() {
    if !validator() {
        return;
    }
    let cases = [
        (
            "practice",
            r#"{"format":"convene-practice/1","slug":"abc","title":"A","unknown":1}"#,
        ),
        (
            "practice",
            r#"{"format":"convene-practice/1","slug":"Not A Slug","title":"A"}"#,
        ),
        (
            "practice",
            r#"{"format":"convene-practice/1","slug":"abc","title":"two\nlines"}"#,
        ),
        (
            "practice",
            r#"{"format":"convene-practice/1","slug":"abc","title":"A","steps":[{"title":"S","minutes":0}]}"#,
        ),
        (
            "practice",
            r#"{"format":"convene-design/1","slug":"abc","title":"A"}"#,
        ),
        (
            "pattern",
            r#"{"format":"convene-pattern/1","slug":"abc","title":"A"}"#,
        ),
        (
            "design",
            r#"{"format":"convene-design/1","slug":"abc","title":"A","blocks":[{"minutes":5}]}"#,
        ),
        (
            "design",
            r#"{"format":"convene-design/1","slug":"abc","title":"A","blocks":[{"title":"B","minutes":5,"extra":1}]}"#,
        ),
    ];
    let files: Vec<(String, String)> = cases
        .iter()
        .enumerate()
        .map(|(n, (k, j))| (format!("{k}.{n}.json"), (*j).to_owned()))
        .collect();
    for (name, text) in &files {
        let read = if name.starts_with("practice") {
            Practice::from_json(text).map(|_| ())
        } else if name.starts_with("pattern") {
            Pattern::from_json(text).map(|_| ())
        } else {
            Design::from_json(text).map(|_| ())
        };
        assert!(read.is_err(), "the reader accepted {text}");
    }
    let results = validate(&temp_dir("refused"), &files);
    for (name, r) in &results {
        assert_ne!(
            r["errors"],
            Value::Array(vec![]),
            "the schema accepted {name}"
        );
    }
}
