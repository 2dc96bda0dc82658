//! Importing an Open Practice Library file: front matter with `title`, `subtitle`, `authors`,
//! `area`, `perspectives`, `difficulty`, `participants`, `people`, `time` (and the newer
//! `whatIs` / `whyDo` / `howTo`, `resources`), and a body with "What", "Why" and "How"
//! sections.
//!
//! Every field that maps is mapped; one that does not (an unknown name, or a value that does
//! not read, such as `people: lots`) is kept in `extra` under its name and reported. The
//! body's "What …", "Why …", "How …" and "Materials …" sections become fields when those are
//! still empty (materials only if the section is a plain list); the rest stays in the body,
//! in order.

use crate::attribution::{License, Resource, WebUrl};
use crate::bounded::List;
use crate::extra::Extra;
use crate::format::ReadError;
use crate::import::Imported;
use crate::measure::{Minutes, People, Range};
use crate::practice::{Practice, Role};
use crate::text::{Line, Slug, Text};
use serde_json::{Map, Value};

pub(crate) fn import(
    mut fields: Map<String, Value>,
    body: Option<Text>,
) -> Result<Imported<Practice>, ReadError> {
    let title = match fields.remove("title") {
        Some(Value::String(t)) => {
            Line::parse(&t).map_err(|e| ReadError::Invalid(format!("title {e}")))?
        }
        _ => {
            return Err(ReadError::Invalid(
                "an imported practice needs a `title`".into(),
            ));
        }
    };
    let mut assumed = Vec::new();
    let slug = match fields.remove("slug") {
        Some(Value::String(s)) => {
            Slug::parse(&s).map_err(|e| ReadError::Invalid(format!("slug {e}")))?
        }
        _ => {
            assumed.push("slug");
            Slug::from_title(title.as_str()).ok_or_else(|| {
                ReadError::Invalid("the title has too few letters for a slug".into())
            })?
        }
    };
    let mut p = Practice::new(slug, title);
    let mut unmapped = Vec::new();
    let mut extra = Extra::new();
    let mut keep = |name: String, value: Value, unmapped: &mut Vec<String>| {
        extra
            .insert(&name, value)
            .map_err(|e| ReadError::Invalid(format!("{name}: {e}")))?;
        unmapped.push(name);
        Ok::<_, ReadError>(())
    };
    for (name, value) in fields {
        if !map_field(&mut p, &name, &value) {
            keep(name, value, &mut unmapped)?;
        }
    }
    if p.license.is_default() && !unmapped.iter().any(|n| n == "license") {
        assumed.push("license");
    }
    p.extra = extra;
    if let Some(body) = body {
        p.body = map_sections(&mut p, &body);
    }
    Ok(Imported {
        value: p,
        unmapped,
        assumed,
    })
}

/// Maps one front-matter field; false if its name is unknown or its value does not read.
fn map_field(p: &mut Practice, name: &str, value: &Value) -> bool {
    let text = || value.as_str().and_then(|s| Text::parse(s).ok());
    match name {
        "subtitle" => set(
            &mut p.subtitle,
            value.as_str().and_then(|s| Line::parse(s).ok()),
        ),
        "whatIs" | "what" => set(&mut p.summary, text()),
        "whyDo" | "why" => set(&mut p.purpose, text()),
        "howTo" | "how" => set(&mut p.elements.sequence, text()),
        "license" => set_value(
            &mut p.license,
            value.as_str().and_then(|s| License::parse(s).ok()),
        ),
        "authors" => set_value(&mut p.authors, lines(value)),
        "participants" => set_value(
            &mut p.roles,
            lines::<20>(value).and_then(|names| {
                List::try_from(
                    names
                        .iter()
                        .map(|name| Role {
                            name: name.clone(),
                            does: None,
                        })
                        .collect::<Vec<_>>(),
                )
                .ok()
            }),
        ),
        "people" => set(&mut p.group_size, scalar(value).and_then(|s| people(&s))),
        "time" => set(
            &mut p.duration_minutes,
            scalar(value).and_then(|s| minutes(&s)),
        ),
        "resources" => set_value(&mut p.resources, resources(value)),
        _ => false,
    }
}

fn set<T>(slot: &mut Option<T>, v: Option<T>) -> bool {
    match v {
        Some(v) if slot.is_none() => {
            *slot = Some(v);
            true
        }
        _ => false,
    }
}

fn set_value<T>(slot: &mut T, v: Option<T>) -> bool {
    v.map(|v| *slot = v).is_some()
}

/// A number or a string, as text.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A list of one-line strings (or a single one); none if any item does not read.
fn lines<const N: usize>(v: &Value) -> Option<List<Line, N>> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::String(_) => vec![v],
        _ => return None,
    };
    let parsed: Option<Vec<Line>> = items
        .into_iter()
        .map(|i| i.as_str().and_then(|s| Line::parse(s).ok()))
        .collect();
    List::try_from(parsed?).ok()
}

/// Resources as `{description|title, link|url}` objects; none if any does not read.
fn resources(v: &Value) -> Option<List<Resource, 30>> {
    let parsed: Option<Vec<Resource>> = v
        .as_array()?
        .iter()
        .map(|r| {
            let get = |keys: [&str; 2]| keys.iter().find_map(|k| r.get(k)?.as_str());
            let url = WebUrl::parse(get(["link", "url"])?).ok()?;
            let title = match get(["description", "title"]) {
                Some(t) => Line::parse(t).ok()?,
                None => Line::parse(url.as_str()).ok()?,
            };
            Some(Resource { title, url })
        })
        .collect();
    List::try_from(parsed?).ok()
}

/// "3+", "2-15", "5 – 10 people", "8".
fn people(s: &str) -> Option<Range<People>> {
    let (lo, hi, open) = numbers(s, &["people", "persons", "participants"])?;
    let (lo, hi) = (round(lo)?, hi.map(round));
    let hi = match hi {
        Some(h) => Some(People::new(h?)?),
        None if open => None,
        None => Some(People::new(lo)?),
    };
    Range::new(People::new(lo)?, hi)
}

/// "30+ min", "1 hour", "1-2 hours", "60–90 minutes", "1.5h", "2 days".
fn minutes(s: &str) -> Option<Range<Minutes>> {
    const UNITS: [(&str, f64); 12] = [
        ("minutes", 1.0),
        ("minute", 1.0),
        ("mins", 1.0),
        ("min", 1.0),
        ("m", 1.0),
        ("hours", 60.0),
        ("hour", 60.0),
        ("hrs", 60.0),
        ("hr", 60.0),
        ("h", 60.0),
        ("days", 1440.0),
        ("day", 1440.0),
    ];
    let lower = s.trim().to_lowercase();
    let (unit, factor) = UNITS.iter().find(|(u, _)| lower.ends_with(u))?;
    let (lo, hi, open) = numbers(&lower[..lower.len() - unit.len()], &[])?;
    let to = |x: f64| Minutes::new(round(x * factor)?);
    let hi = match hi {
        Some(h) => Some(to(h)?),
        None if open => None,
        None => Some(to(lo)?),
    };
    Range::new(to(lo)?, hi)
}

/// `a`, `a+` or `a-b` (also with an en dash or "to"), after removing trailing words.
fn numbers(s: &str, words: &[&str]) -> Option<(f64, Option<f64>, bool)> {
    let mut s = s.trim().to_lowercase();
    for w in words {
        if let Some(rest) = s.strip_suffix(w) {
            s = rest.trim().to_owned();
        }
    }
    let s = s.replace(['–', '—'], "-").replace(" to ", "-");
    let num = |t: &str| {
        t.trim()
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite() && *x >= 0.0)
    };
    if let Some(lo) = s.strip_suffix('+') {
        return Some((num(lo)?, None, true));
    }
    match s.split_once('-') {
        Some((lo, hi)) => Some((num(lo)?, Some(num(hi)?), false)),
        None => Some((num(&s)?, None, false)),
    }
}

fn round(x: f64) -> Option<u32> {
    let r = x.round();
    ((x - r).abs() < 1e-9 && r <= f64::from(u32::MAX)).then_some(r as u32)
}

/// Moves the body's "What", "Why", "How" and "Materials" sections into fields that are still
/// empty; returns what is left of the body.
fn map_sections(p: &mut Practice, body: &Text) -> Option<Text> {
    let mut left = String::new();
    for (heading, content) in sections(body.as_str()) {
        let mapped = heading.is_some_and(|h| map_section(p, &h.to_lowercase(), content));
        if !mapped {
            if let Some(h) = heading {
                left.push_str("## ");
                left.push_str(h);
                left.push_str("\n\n");
            }
            left.push_str(content);
            left.push_str("\n\n");
        }
    }
    Text::parse(&left).ok()
}

fn map_section(p: &mut Practice, heading: &str, content: &str) -> bool {
    let text = Text::parse(content).ok();
    if heading.starts_with("what") {
        set(&mut p.summary, text)
    } else if heading.starts_with("why") {
        set(&mut p.purpose, text)
    } else if heading.starts_with("how") {
        set(&mut p.elements.sequence, text)
    } else if heading.starts_with("materials") || heading.starts_with("you will need") {
        p.materials.is_empty() && set_value(&mut p.materials, bullets(content))
    } else {
        false
    }
}

/// The body cut at its `## ` headings: (heading, content), the text before the first one
/// without a heading. Headings inside fenced code blocks do not cut.
fn sections(body: &str) -> Vec<(Option<&str>, &str)> {
    let mut out = Vec::new();
    let (mut heading, mut start, mut at, mut fenced) = (None, 0, 0, false);
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        }
        if let Some(h) = trimmed.strip_prefix("## ").filter(|_| !fenced) {
            out.push((heading, body[start..at].trim()));
            heading = Some(h.trim());
            start = at + line.len();
        }
        at += line.len();
    }
    out.push((heading, body[start..].trim()));
    out.retain(|(h, c)| h.is_some() || !c.is_empty());
    out
}

/// A Markdown list of one-line items (`* x`, `- x`); none if anything else is there.
fn bullets<const N: usize>(content: &str) -> Option<List<Line, N>> {
    let items: Option<Vec<Line>> = content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let item = l
                .trim()
                .strip_prefix("* ")
                .or_else(|| l.trim().strip_prefix("- "))?;
            Line::parse(item).ok()
        })
        .collect();
    items
        .filter(|i| !i.is_empty())
        .and_then(|i| List::try_from(i).ok())
}
