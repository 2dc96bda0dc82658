//! A community's policies: versioned documents members accept on joining and on each new
//! version; a new version comes only through the decision process mapped to policy changes.

use crate::text::TextError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Document {
    CodeOfConduct,
    SocialMedia,
    DataSharing,
}

impl Document {
    pub const ALL: [Document; 3] = [
        Document::CodeOfConduct,
        Document::SocialMedia,
        Document::DataSharing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Document::CodeOfConduct => "code_of_conduct",
            Document::SocialMedia => "social_media",
            Document::DataSharing => "data_sharing",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Document::CodeOfConduct => "Code of conduct",
            Document::SocialMedia => "Social-media policy",
            Document::DataSharing => "Data-sharing policy",
        }
    }

    pub fn parse(s: &str) -> Result<Self, TextError> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str() == s.trim())
            .ok_or(TextError::Invalid {
                field: "document",
                hint: "one of code_of_conduct, social_media, data_sharing",
            })
    }
}

/// The longest policy text.
pub const MAX_TEXT: usize = 20_000;

/// A policy's text: not empty, at most [`MAX_TEXT`] characters, no control characters but
/// line breaks and tabs; line endings made `\n`.
pub fn parse_text(raw: &str) -> Result<String, TextError> {
    let s = raw.replace("\r\n", "\n");
    let s = s.trim();
    if s.is_empty() {
        return Err(TextError::Empty { field: "text" });
    }
    if s.chars().count() > MAX_TEXT {
        return Err(TextError::TooLong {
            field: "text",
            max: MAX_TEXT,
        });
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Err(TextError::BadChars { field: "text" });
    }
    Ok(s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_names() {
        assert_eq!(parse_text(" a\r\nb "), Ok("a\nb".into()));
        assert!(parse_text("  ").is_err());
        assert!(parse_text("a\u{7}").is_err());
        for d in Document::ALL {
            assert_eq!(Document::parse(d.as_str()), Ok(d));
        }
    }
}
