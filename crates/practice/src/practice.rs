//! A [`Practice`]: one way of meeting (Open Space, 1-2-4-All ...), described by the five
//! design elements, with its steps and timings, roles, materials, variations and the
//! patterns it is made of.

use crate::attribution::{License, Resource, Source};
use crate::bounded::List;
use crate::extra::Extra;
use crate::measure::{Minutes, People, Range};
use crate::text::{Line, Slug, Text};
use serde::{Deserialize, Serialize};

/// The five design elements by which Liberating Structures describe a structure; each is
/// optional so an imported practice can say what it knows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Elements {
    /// The invitation: what people are asked, and how it is put to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<Text>,
    /// How the space is arranged and what materials are needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<Text>,
    /// How participation is distributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation: Option<Text>,
    /// How groups are configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<Text>,
    /// The sequence of steps and the time given to each, in prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<Text>,
}

impl Elements {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Someone with a part to play (facilitator, table host, note taker).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub name: Line,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub does: Option<Text>,
}

/// One step of the sequence: what happens, for how long.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: Line,
    pub minutes: Minutes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<Text>,
}

/// Another way to run the practice.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variation {
    pub name: Line,
    pub how: Text,
}

/// The format's name and version, first in every practice file.
pub const PRACTICE_FORMAT: &str = "convene-practice/1";

/// A practice as the open format carries it. Every field but `format`, `slug`, `title` and
/// `license` may be absent; `body` is the Markdown after the front matter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub format: crate::format::Tag<PracticeTag>,
    pub slug: Slug,
    pub title: Line,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<Line>,
    /// What it is, in a paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_to_use: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_size: Option<Range<People>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<Range<Minutes>>,
    #[serde(default, skip_serializing_if = "Elements::is_empty")]
    pub elements: Elements,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub roles: List<Role, 20>,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub steps: List<Step, 60>,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub materials: List<Line, 50>,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub variations: List<Variation, 20>,
    /// The patterns it is made of, by slug; each pattern lists this practice back.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub patterns: List<Slug, 40>,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub resources: List<Resource, 30>,
    #[serde(default)]
    pub license: License,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub authors: List<Line, 50>,
    /// The attribution chain, oldest first.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub derived_from: List<Source, 100>,
    /// Fields an import could not map, kept as they were.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Text>,
}

/// The `format` marker of a practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PracticeTag;

impl crate::format::FormatName for PracticeTag {
    const NAME: &'static str = PRACTICE_FORMAT;
}

impl Practice {
    /// A practice with nothing but its name, licensed CC-BY-SA-4.0.
    pub fn new(slug: Slug, title: Line) -> Self {
        Self {
            format: Default::default(),
            slug,
            title,
            subtitle: None,
            summary: None,
            purpose: None,
            when_to_use: None,
            group_size: None,
            duration_minutes: None,
            elements: Elements::default(),
            roles: List::new(),
            steps: List::new(),
            materials: List::new(),
            variations: List::new(),
            patterns: List::new(),
            resources: List::new(),
            license: License::default(),
            authors: List::new(),
            derived_from: List::new(),
            extra: Extra::new(),
            body: None,
        }
    }

    /// The minutes of all steps together.
    pub fn steps_minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.minutes.get()).sum()
    }
}

impl crate::format::Document for Practice {
    fn body(&self) -> Option<&Text> {
        self.body.as_ref()
    }
    fn set_body(&mut self, body: Option<Text>) {
        self.body = body;
    }
}
