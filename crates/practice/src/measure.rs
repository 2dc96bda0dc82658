//! Quantities in the format: [`Minutes`], [`People`], and a [`Range`] of either.

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
