//! A [`Practice`]: one way of meeting (Open Space, 1-2-4-All ...), described by the five
//! design elements, with its steps and timings, roles, materials, variations and the
//! patterns it is made of.

use crate::attribution::{License, Resource, Source};
use crate::bounded::List;
use crate::extra::Extra;
use crate::text::{Line, Slug, Text};
use serde::{Deserialize, Serialize};

/// Whole minutes, 1 to 10 080 (a week).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Minutes(u32);

impl Minutes {
    pub const MAX: u32 = 7 * 24 * 60;

    pub fn new(n: u32) -> Option<Self> {
        (1..=Self::MAX).contains(&n).then_some(Self(n))
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<u32> for Minutes {
    type Error = String;
    fn try_from(n: u32) -> Result<Self, String> {
        Self::new(n).ok_or_else(|| format!("minutes must be 1 to {}, not {n}", Self::MAX))
    }
}

impl From<Minutes> for u32 {
    fn from(m: Minutes) -> u32 {
        m.0
    }
}

/// A range with a lower bound and an optional upper bound (`max` absent: no upper limit);
/// `min <= max` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawRange<T>", into = "RawRange<T>")]
#[serde(bound(
    serialize = "T: Serialize + Copy",
    deserialize = "T: Deserialize<'de> + Ord + Copy"
))]
pub struct Range<T> {
    min: T,
    max: Option<T>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange<T> {
    min: T,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    max: Option<T>,
}

fn none<T>() -> Option<T> {
    None
}

impl<T: Ord + Copy> Range<T> {
    pub fn new(min: T, max: Option<T>) -> Option<Self> {
        match max {
            Some(max) if max < min => None,
            _ => Some(Self { min, max }),
        }
    }
    pub fn min(&self) -> T {
        self.min
    }
    pub fn max(&self) -> Option<T> {
        self.max
    }
    /// Whether `x` lies in the range.
    pub fn contains(&self, x: T) -> bool {
        self.min <= x && self.max.is_none_or(|m| x <= m)
    }
}

impl<T: Ord + Copy> TryFrom<RawRange<T>> for Range<T> {
    type Error = &'static str;
    fn try_from(r: RawRange<T>) -> Result<Self, Self::Error> {
        Self::new(r.min, r.max).ok_or("max must not be less than min")
    }
}

impl<T> From<Range<T>> for RawRange<T> {
    fn from(r: Range<T>) -> Self {
        Self {
            min: r.min,
            max: r.max,
        }
    }
}

/// How many people, at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct People(u32);

impl People {
    pub const MAX: u32 = 1_000_000;
    pub fn new(n: u32) -> Option<Self> {
        (1..=Self::MAX).contains(&n).then_some(Self(n))
    }
    pub fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<u32> for People {
    type Error = String;
    fn try_from(n: u32) -> Result<Self, String> {
        Self::new(n).ok_or_else(|| format!("people must be 1 to {}, not {n}", Self::MAX))
    }
}

impl From<People> for u32 {
    fn from(p: People) -> u32 {
        p.0
    }
}

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
