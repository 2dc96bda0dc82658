//! Who may reuse a work and where it came from: an SPDX [`License`], a [`WebUrl`], and the
//! [`Source`]s of the attribution chain (`derived_from`).

use crate::text::{Line, TextError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An SPDX license expression made of ids from the SPDX list (`CC-BY-SA-4.0`,
/// `CC-BY-4.0 OR MIT`); unknown ids are refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct License(String);

impl License {
    /// What the library's own works carry, and what a work without a license gets.
    pub const DEFAULT: &'static str = "CC-BY-SA-4.0";

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(TextError::Empty);
        }
        if s.len() > 200 {
            return Err(TextError::TooLong { max: 200 });
        }
        spdx::Expression::parse(s)
            .map_err(|_| TextError::Invalid("must be an SPDX license expression"))?;
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_default(&self) -> bool {
        self.0 == Self::DEFAULT
    }
}

impl Default for License {
    fn default() -> Self {
        Self(Self::DEFAULT.to_owned())
    }
}

impl TryFrom<String> for License {
    type Error = TextError;
    fn try_from(s: String) -> Result<Self, TextError> {
        Self::parse(&s)
    }
}

impl From<License> for String {
    fn from(v: License) -> String {
        v.0
    }
}

impl fmt::Display for License {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An absolute `http` or `https` URL, kept in its normalized form (so it round-trips).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebUrl(String);

impl WebUrl {
    pub const MAX: usize = 2000;

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(TextError::Empty);
        }
        if s.len() > Self::MAX {
            return Err(TextError::TooLong { max: Self::MAX });
        }
        let url = url::Url::parse(s).map_err(|_| TextError::Invalid("must be a URL"))?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(TextError::Invalid("must be an http or https URL"));
        }
        // A link shown to everyone must not carry someone's credentials.
        if !url.username().is_empty() || url.password().is_some() {
            return Err(TextError::Invalid(
                "must not contain a user name or password",
            ));
        }
        let normal = String::from(url);
        if normal.len() > Self::MAX {
            return Err(TextError::TooLong { max: Self::MAX });
        }
        Ok(Self(normal))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for WebUrl {
    type Error = TextError;
    fn try_from(s: String) -> Result<Self, TextError> {
        Self::parse(&s)
    }
}

impl From<WebUrl> for String {
    fn from(v: WebUrl) -> String {
        v.0
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One work this one was derived from: where it is, what it is called, who made it, and
/// under which license. A remix appends its original to the original's own chain.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub source: WebUrl,
    pub title: Line,
    pub author: Line,
    pub license: License,
}

impl Source {
    /// The source for a work at `at` by `authors` ("Ana, Bo"; the first "et al." when that
    /// is too long; "unknown" when there are none).
    pub fn of(at: WebUrl, title: Line, authors: &[Line], license: License) -> Self {
        let names: Vec<&str> = authors.iter().map(Line::as_str).collect();
        let author = Line::parse(&names.join(", "))
            .or_else(|_| Line::parse(&format!("{} et al.", names.first().copied().unwrap_or(""))))
            .unwrap_or_else(|_| Line::constant("unknown"));
        Self {
            source: at,
            title,
            author,
            license,
        }
    }
}

/// A link for further reading.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: Line,
    pub url: WebUrl,
}
