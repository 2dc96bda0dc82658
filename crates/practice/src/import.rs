//! Reading a practice from outside: the open format (Markdown or JSON), or an Open Practice
//! Library file, told apart by the `format` field.

use crate::design::Design;
use crate::format::{self, Document, ReadError};
use crate::practice::{PRACTICE_FORMAT, Practice};
use serde_json::{Map, Value};

/// What an import produced, and what it could not place.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported<T> {
    pub value: T,
    /// The fields the import could not map, by their names in the file; each is kept in the
    /// value's `extra` (or its body), so nothing is lost.
    pub unmapped: Vec<String>,
    /// The fields the file did not give that the import filled in (`slug` from the title,
    /// `license` as CC-BY-SA-4.0).
    pub assumed: Vec<&'static str>,
}

impl<T> Imported<T> {
    /// A value read in the open format: everything mapped, nothing assumed.
    pub fn exact(value: T) -> Self {
        Self {
            value,
            unmapped: Vec::new(),
            assumed: Vec::new(),
        }
    }
}

/// Reads a practice: JSON (the text starts with `{`) or Markdown with front matter. A front
/// matter that declares `format: convene-practice/1` is read strictly; one without `format`
/// is read as an Open Practice Library file.
pub fn import_practice(input: &str) -> Result<Imported<Practice>, ReadError> {
    format::check_size(input)?;
    if input.trim_start().starts_with('{') {
        return Practice::from_json(input).map(Imported::exact);
    }
    let (front, body) = format::split(input)?;
    let fields: Map<String, Value> = format::from_yaml(front)?;
    match fields.get("format") {
        None => crate::opl::import(fields, body),
        Some(Value::String(f)) if f == PRACTICE_FORMAT => {
            Practice::from_markdown(input).map(Imported::exact)
        }
        Some(other) => Err(ReadError::Invalid(format!(
            "format must be `{PRACTICE_FORMAT}`, not {other}"
        ))),
    }
}

/// Reads a design: JSON (the text starts with `{`) or Markdown, both in the open format only.
pub fn import_design(input: &str) -> Result<Imported<Design>, ReadError> {
    format::check_size(input)?;
    let design = if input.trim_start().starts_with('{') {
        Design::from_json(input)?
    } else {
        Design::from_markdown(input)?
    };
    Ok(Imported::exact(design))
}
