//! The open format's two spellings and the limits on reading it.
//!
//! Markdown: `---\n`, the fields as YAML, `---\n`, then (if there is one) a blank line and the
//! body. JSON: the same fields with the body as `body`, pretty-printed, ending in a newline.
//! Both are canonical: what [`Document::to_markdown`] or [`Document::to_json`] writes, the
//! matching reader reads back to the same value, and writing that again gives the same bytes.
//!
//! A file may come from another server, so reading is bounded: its size ([`MAX_BYTES`]),
//! YAML's nesting, nodes and aliases, and every list's length (see [`crate::bounded`]).

use crate::text::Text;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::marker::PhantomData;

/// The largest file read, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;
/// The deepest nesting of YAML collections read (the format needs 4; `extra` a few more).
pub const MAX_DEPTH: usize = 12;
/// The most YAML nodes (scalars and collections) read.
pub const MAX_NODES: usize = 50_000;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("the file has {found} bytes; at most {max} are read")]
    TooLarge { found: usize, max: usize },
    #[error("the file does not start with a front matter line `---`")]
    NoFrontMatter,
    #[error("the front matter has no closing `---` line")]
    UnclosedFrontMatter,
    #[error("the body belongs after the front matter, not in a `body` field")]
    BodyInFrontMatter,
    #[error("the body: {0}")]
    Body(crate::text::TextError),
    #[error("the front matter: {0}")]
    Yaml(String),
    #[error("the JSON: {0}")]
    Json(String),
    #[error("{0}")]
    Invalid(String),
}

/// Why a value could not be written (which the crate's own types never give).
#[derive(Debug, thiserror::Error)]
#[error("could not write the {0}")]
pub struct WriteError(String);

/// The name and version a file declares in its `format` field.
pub trait FormatName {
    const NAME: &'static str;
}

/// A `format` field: written as `N::NAME`, and nothing else is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Tag<N>(PhantomData<N>);

impl<N: FormatName> Serialize for Tag<N> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(N::NAME)
    }
}

impl<'de, N: FormatName> Deserialize<'de> for Tag<N> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == N::NAME {
            Ok(Self(PhantomData))
        } else {
            Err(serde::de::Error::custom(format!(
                "format must be `{}`, not `{s}`",
                N::NAME
            )))
        }
    }
}

/// A practice, pattern or design: a set of fields and a Markdown body.
pub trait Document: Serialize + DeserializeOwned + Clone {
    fn body(&self) -> Option<&Text>;
    fn set_body(&mut self, body: Option<Text>);

    /// The canonical Markdown file.
    fn to_markdown(&self) -> Result<String, WriteError> {
        let mut fields = self.clone();
        let body = fields.body().cloned();
        fields.set_body(None);
        let yaml = serde_saphyr::to_string_with_options(
            &fields,
            serde_saphyr::SerializerOptions::default(),
        )
        .map_err(|e| WriteError(e.to_string()))?;
        let mut out = String::with_capacity(yaml.len() + 64);
        out.push_str("---\n");
        out.push_str(&yaml);
        if !yaml.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("---\n");
        if let Some(body) = body {
            out.push('\n');
            out.push_str(body.as_str());
            out.push('\n');
        }
        Ok(out)
    }

    /// The canonical JSON file.
    fn to_json(&self) -> Result<String, WriteError> {
        let mut s = serde_json::to_string_pretty(self).map_err(|e| WriteError(e.to_string()))?;
        s.push('\n');
        Ok(s)
    }

    /// Reads a Markdown file in this format.
    fn from_markdown(input: &str) -> Result<Self, ReadError> {
        let (front, body) = split(input)?;
        let mut doc: Self = from_yaml(front)?;
        if doc.body().is_some() {
            return Err(ReadError::BodyInFrontMatter);
        }
        doc.set_body(body);
        Ok(doc)
    }

    /// Reads a JSON file in this format.
    fn from_json(input: &str) -> Result<Self, ReadError> {
        check_size(input)?;
        serde_json::from_str(input).map_err(|e| ReadError::Json(e.to_string()))
    }
}

pub(crate) fn check_size(input: &str) -> Result<(), ReadError> {
    if input.len() > MAX_BYTES {
        return Err(ReadError::TooLarge {
            found: input.len(),
            max: MAX_BYTES,
        });
    }
    Ok(())
}

/// The front matter's YAML and the body (absent when there is only whitespace).
pub(crate) fn split(input: &str) -> Result<(&str, Option<Text>), ReadError> {
    check_size(input)?;
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let rest = input
        .strip_prefix("---\n")
        .or_else(|| input.strip_prefix("---\r\n"))
        .ok_or(ReadError::NoFrontMatter)?;
    // The first line that is exactly `---` closes the front matter: YAML reads such a line
    // as a document marker wherever it stands, so no field's value can contain one.
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']) == "---" {
            let body = &rest[at + line.len()..];
            let body = if body.trim().is_empty() {
                None
            } else {
                Some(Text::parse(body).map_err(ReadError::Body)?)
            };
            return Ok((&rest[..at], body));
        }
        at += line.len();
    }
    Err(ReadError::UnclosedFrontMatter)
}

/// Reads YAML within the budget.
pub(crate) fn from_yaml<T: DeserializeOwned>(yaml: &str) -> Result<T, ReadError> {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_nodes = MAX_NODES;
    budget.max_aliases = 100;
    budget.max_anchors = 100;
    budget.max_documents = 1;
    budget.max_total_scalar_bytes = MAX_BYTES;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    serde_saphyr::from_str_with_options(yaml, options).map_err(|e| ReadError::Yaml(short(&e)))
}

/// The first lines of a YAML error: its message and where, without a long snippet.
fn short(e: &serde_saphyr::Error) -> String {
    let text = e.to_string();
    let lines: Vec<&str> = text.lines().take(8).collect();
    lines.join("\n")
}
