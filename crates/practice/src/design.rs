//! A [`Design`]: a meeting composed as a timed sequence of blocks, each a practice from the
//! library or a free block (a break, a welcome), from which start times are computed.

use crate::attribution::{License, Source, WebUrl};
use crate::bounded::{List, TooMany};
use crate::format::{Document, FormatName, Tag};
use crate::measure::Minutes;
use crate::text::{Line, Slug, Text};
use serde::{Deserialize, Serialize};

/// The format's name and version, first in every design file.
pub const DESIGN_FORMAT: &str = "convene-design/1";

/// The `format` marker of a design.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DesignTag;

impl FormatName for DesignTag {
    const NAME: &'static str = DESIGN_FORMAT;
}

/// What a block runs: a practice (optionally under a title of its own), or a free block
/// with a title.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Activity {
    Practice { practice: Slug, title: Option<Line> },
    Free { title: Line },
}

/// One block of a design.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawBlock", into = "RawBlock")]
pub struct Block {
    pub activity: Activity,
    pub minutes: Minutes,
    pub notes: Option<Text>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    practice: Option<Slug>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Line>,
    minutes: Minutes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notes: Option<Text>,
}

impl TryFrom<RawBlock> for Block {
    type Error = &'static str;
    fn try_from(r: RawBlock) -> Result<Self, Self::Error> {
        let activity = match (r.practice, r.title) {
            (Some(practice), title) => Activity::Practice { practice, title },
            (None, Some(title)) => Activity::Free { title },
            (None, None) => return Err("a block needs a practice or a title"),
        };
        Ok(Self {
            activity,
            minutes: r.minutes,
            notes: r.notes,
        })
    }
}

impl From<Block> for RawBlock {
    fn from(b: Block) -> Self {
        let (practice, title) = match b.activity {
            Activity::Practice { practice, title } => (Some(practice), title),
            Activity::Free { title } => (None, Some(title)),
        };
        Self {
            practice,
            title,
            minutes: b.minutes,
            notes: b.notes,
        }
    }
}

impl Block {
    /// The practice the block runs, if it runs one.
    pub fn practice(&self) -> Option<&Slug> {
        match &self.activity {
            Activity::Practice { practice, .. } => Some(practice),
            Activity::Free { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    pub format: Tag<DesignTag>,
    pub slug: Slug,
    pub title: Line,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Text>,
    #[serde(default)]
    pub license: License,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub authors: List<Line, 50>,
    /// The attribution chain, oldest first: a fork appends the design it was forked from.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub derived_from: List<Source, 100>,
    pub blocks: List<Block, 100>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Text>,
}

/// A block placed in time: it starts `start` minutes after the design begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed<'a> {
    pub start: u32,
    pub end: u32,
    pub block: &'a Block,
}

impl Design {
    /// The blocks with their start and end, in minutes from the beginning, one after another.
    pub fn schedule(&self) -> Vec<Placed<'_>> {
        let mut at = 0;
        self.blocks
            .iter()
            .map(|block| {
                let start = at;
                at += block.minutes.get();
                Placed {
                    start,
                    end: at,
                    block,
                }
            })
            .collect()
    }

    /// The length of the whole design in minutes.
    pub fn total_minutes(&self) -> u32 {
        self.blocks.iter().map(|b| b.minutes.get()).sum()
    }

    /// The practices the design runs, in order, each once.
    pub fn practices(&self) -> Vec<&Slug> {
        let mut seen = Vec::new();
        for slug in self.blocks.iter().filter_map(Block::practice) {
            if !seen.contains(&slug) {
                seen.push(slug);
            }
        }
        seen
    }
}

impl Design {
    /// A copy to change under a new slug and authors, keeping the license (share-alike) and
    /// adding this design, published at `at`, to the end of the attribution chain.
    pub fn remix(&self, slug: Slug, authors: List<Line, 50>, at: WebUrl) -> Result<Self, TooMany> {
        let mut chain = self.derived_from.clone();
        chain
            .push(Source::of(
                at,
                self.title.clone(),
                &self.authors,
                self.license.clone(),
            ))
            .map_err(|_| TooMany { max: 100 })?;
        Ok(Self {
            slug,
            authors,
            derived_from: chain,
            ..self.clone()
        })
    }
}

impl Document for Design {
    fn body(&self) -> Option<&Text> {
        self.body.as_ref()
    }
    fn set_body(&mut self, body: Option<Text>) {
        self.body = body;
    }
}
