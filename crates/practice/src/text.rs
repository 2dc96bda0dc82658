//! Parsed text values: a [`Slug`], a one-line [`Line`] and a Markdown [`Text`].
//!
//! Each is normalized when parsed (trimmed, line endings and trailing spaces removed), so a
//! value written out and read back is the same value, which is what makes export canonical.
//! Control characters and Unicode line separators are refused: YAML readers disagree on them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a piece of text was refused; the field is named by the caller.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("is empty")]
    Empty,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("must be one line")]
    Multiline,
    #[error("contains a control character (U+{0:04X})")]
    Control(u32),
    #[error("{0}")]
    Invalid(&'static str),
}

/// Refuses what YAML 1.1 and 1.2 readers treat differently, and every control character
/// except the newline (and the tab in [`Text`]).
fn check_chars(s: &str, tab: bool) -> Result<(), TextError> {
    match s.chars().find(|&c| {
        (c.is_control() && c != '\n' && !(tab && c == '\t'))
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
    }) {
        Some(c) => Err(TextError::Control(u32::from(c))),
        None => Ok(()),
    }
}

macro_rules! string_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl TryFrom<String> for $name {
            type Error = TextError;
            fn try_from(s: String) -> Result<Self, TextError> {
                Self::parse(&s)
            }
        }
        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

string_type!(
    /// A practice's, pattern's or design's handle: 3 to 60 characters of a-z, 0-9 and single
    /// inner hyphens (`open-space`, `1-2-4-all`).
    Slug
);
string_type!(
    /// One line of plain text (a title, a name, a material): trimmed, 1 to 200 characters.
    Line
);
string_type!(
    /// A passage of Markdown: trimmed, lines without trailing spaces, `\n` line endings,
    /// 1 to 20 000 characters.
    Text
);

impl Slug {
    pub const MIN: usize = 3;
    pub const MAX: usize = 60;

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(TextError::Empty);
        }
        if s.len() > Self::MAX {
            return Err(TextError::TooLong { max: Self::MAX });
        }
        let ok = s.len() >= Self::MIN
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if !ok {
            return Err(TextError::Invalid(
                "must be 3 or more of a-z, 0-9 and single inner hyphens",
            ));
        }
        Ok(Self(s.to_owned()))
    }

    /// A slug made from a title ("Lean Coffee" → `lean-coffee`), if the title has enough
    /// letters or digits for one.
    pub fn from_title(title: &str) -> Option<Self> {
        let mut s = String::new();
        for c in title.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                s.push(c);
            } else if let Some(plain) = latin(c) {
                s.push_str(plain);
            } else if !s.is_empty() && !s.ends_with('-') {
                s.push('-');
            }
            if s.len() >= Self::MAX {
                break;
            }
        }
        s.truncate(Self::MAX);
        Self::parse(s.trim_end_matches('-')).ok()
    }
}

/// The plain letters for a lowercase Latin letter with a diacritic ("é" → "e").
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        _ => return None,
    })
}

impl Line {
    pub const MAX: usize = 200;

    /// A line known to be one: a literal in this crate.
    pub(crate) fn constant(s: &'static str) -> Self {
        debug_assert!(
            Self::parse(s).is_ok_and(|l| l.0 == s),
            "{s:?} is not a line"
        );
        Self(s.to_owned())
    }

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(TextError::Empty);
        }
        if s.contains(['\n', '\r']) {
            return Err(TextError::Multiline);
        }
        check_chars(s, false)?;
        if s.chars().count() > Self::MAX {
            return Err(TextError::TooLong { max: Self::MAX });
        }
        Ok(Self(s.to_owned()))
    }
}

impl Text {
    pub const MAX: usize = 20_000;

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
        let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
        let s = lines.join("\n");
        let s = s.trim_matches('\n').trim_end();
        // Leading spaces on the first line would be lost to YAML's block indentation rules
        // in some readers; Markdown gives them no meaning at the start of a passage either.
        let s = s.trim_start();
        if s.is_empty() {
            return Err(TextError::Empty);
        }
        check_chars(s, true)?;
        if s.chars().count() > Self::MAX {
            return Err(TextError::TooLong { max: Self::MAX });
        }
        Ok(Self(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_normalized_so_it_writes_back_the_same() {
        let t = Text::parse("\r\n  First line  \r\n\n\tcode\t\nlast   \n\n").expect("text");
        assert_eq!(t.as_str(), "First line\n\n\tcode\nlast");
        assert_eq!(Text::parse(t.as_str()), Ok(t));
        assert_eq!(Text::parse(" \n\t\n"), Err(TextError::Empty));
        assert_eq!(Text::parse("a\u{0}b"), Err(TextError::Control(0)));
        assert_eq!(Text::parse("a\u{2028}b"), Err(TextError::Control(0x2028)));
        assert!(Text::parse(&"x".repeat(Text::MAX)).is_ok());
        assert_eq!(
            Text::parse(&"x".repeat(Text::MAX + 1)),
            Err(TextError::TooLong { max: Text::MAX })
        );
    }

    #[test]
    fn lines_are_one_trimmed_line_without_tabs() {
        assert_eq!(
            Line::parse("  Lean Coffee ").map(String::from),
            Ok("Lean Coffee".into())
        );
        assert_eq!(Line::parse("a\nb"), Err(TextError::Multiline));
        assert_eq!(Line::parse("a\tb"), Err(TextError::Control(9)));
        assert_eq!(Line::parse(""), Err(TextError::Empty));
        assert!(
            Line::parse(&"é".repeat(Line::MAX)).is_ok(),
            "characters, not bytes"
        );
    }

    #[test]
    fn slugs_follow_the_rule_and_come_from_titles() {
        for ok in ["open-space", "1-2-4-all", "abc"] {
            assert!(Slug::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "ab",
            "-abc",
            "abc-",
            "a--b",
            "Open",
            "a b c",
            &"a".repeat(61),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
        let from = |t: &str| Slug::from_title(t).map(String::from);
        assert_eq!(from("World Café"), Some("world-cafe".into()));
        assert_eq!(from("Straße"), Some("strasse".into()));
        assert_eq!(
            from("What, So What, Now What"),
            Some("what-so-what-now-what".into())
        );
        assert_eq!(from("15 % Solutions"), Some("15-solutions".into()));
        assert_eq!(from("!!"), None);
        assert_eq!(from(&"ß".repeat(40)).map(|s| s.len()), Some(Slug::MAX));
    }
}
