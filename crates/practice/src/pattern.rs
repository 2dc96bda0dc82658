//! A [`Pattern`]: a recurring piece that practices are made of (an invitation, a timebox,
//! the law of two feet), with the practices that use it.

use crate::attribution::{License, Source};
use crate::bounded::List;
use crate::format::{Document, FormatName, Tag};
use crate::text::{Line, Slug, Text};
use serde::{Deserialize, Serialize};

/// The format's name and version, first in every pattern file.
pub const PATTERN_FORMAT: &str = "convene-pattern/1";

/// The `format` marker of a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PatternTag;

impl FormatName for PatternTag {
    const NAME: &'static str = PATTERN_FORMAT;
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub format: Tag<PatternTag>,
    pub slug: Slug,
    pub title: Line,
    /// The pattern in one or two sentences.
    pub summary: Text,
    /// The practices that use it, by slug; each lists this pattern back.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub practices: List<Slug, 100>,
    /// Patterns that go well with it.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub related: List<Slug, 30>,
    #[serde(default)]
    pub license: License,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub authors: List<Line, 50>,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub derived_from: List<Source, 100>,
    /// How to bring the pattern into a meeting, and what to watch for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Text>,
}

impl Document for Pattern {
    fn body(&self) -> Option<&Text> {
        self.body.as_ref()
    }
    fn set_body(&mut self, body: Option<Text>) {
        self.body = body;
    }
}
