//! Parsed text values. Each constructor trims, bounds the length and rejects control characters,
//! so a value of these types is always safe to store and (after HTML escaping) to show.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("{field} is required")]
    Empty { field: &'static str },
    #[error("{field} must be at most {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("{field} must be at least {min} characters")]
    TooShort { field: &'static str, min: usize },
    #[error("{field} contains characters that are not allowed")]
    BadChars { field: &'static str },
    #[error("{field} is not valid: {hint}")]
    Invalid {
        field: &'static str,
        hint: &'static str,
    },
}

impl TextError {
    pub fn field(&self) -> &'static str {
        match self {
            Self::Empty { field }
            | Self::TooLong { field, .. }
            | Self::TooShort { field, .. }
            | Self::BadChars { field }
            | Self::Invalid { field, .. } => field,
        }
    }
}

fn bounded(
    field: &'static str,
    raw: &str,
    max: usize,
    multiline: bool,
) -> Result<String, TextError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(TextError::Empty { field });
    }
    if s.chars().count() > max {
        return Err(TextError::TooLong { field, max });
    }
    let bad = |c: char| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t'));
    if s.chars().any(bad) {
        return Err(TextError::BadChars { field });
    }
    Ok(s.to_owned())
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $field:literal, $max:expr, $multiline:expr $(, $then:path)?) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub const MAX: usize = $max;
            pub fn parse(raw: &str) -> Result<Self, TextError> {
                bounded($field, raw, $max, $multiline)$(.and_then($then))?.map(Self)
            }
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
    };
}

text_type!(/// A person's name as they want it shown: in Unicode NFC, without characters that
    /// change the text's direction or cannot be seen ([`person_name`]).
    DisplayName, "name", 80, false, person_name);

/// Characters a name may not hold: bidirectional controls (which can reverse how the rest of a
/// line reads) and invisible ones (zero-width spaces and joiners, fillers, tags), with which a
/// name could pass for another.
fn hidden(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}' | '\u{FE00}'..='\u{FE0E}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// A name normalised to NFC (so one name has one spelling), refusing hidden characters.
fn person_name(s: String) -> Result<String, TextError> {
    use unicode_normalization::UnicodeNormalization;
    if s.chars().any(hidden) {
        return Err(TextError::Invalid {
            field: "name",
            hint: "it contains invisible or direction-changing characters (such as a zero-width \
                   space or a right-to-left override); type it again without them",
        });
    }
    let name: String = s.nfc().collect();
    // A few characters grow under NFC; the bound holds after it.
    if name.chars().count() > DisplayName::MAX {
        return Err(TextError::TooLong {
            field: "name",
            max: DisplayName::MAX,
        });
    }
    Ok(name)
}
text_type!(/// A community's name.
    CommunityName, "community name", 100, false);
text_type!(/// An organization's name.
    OrgName, "organization name", 100, false);
text_type!(/// What a community is for; several paragraphs allowed.
    Purpose, "purpose", 2000, true);
text_type!(/// The question an invitation asks people to work on.
    CallingQuestion, "calling question", 300, true);
text_type!(/// Why a privileged action was taken; recorded in the audit log.
    Reason, "reason", 500, true);
text_type!(/// A label for an API token.
    TokenName, "token name", 60, false);
text_type!(/// A gathering's name.
    GatheringTitle, "title", 120, false);
text_type!(/// The invitation to a gathering; several paragraphs allowed.
    InvitationText, "invitation", 4000, true);
text_type!(/// Where a gathering happens.
    Venue, "venue", 200, false);
text_type!(/// A room or area of a gathering.
    SpaceName, "space name", 60, false);
text_type!(/// A session's title, as its convener announces it.
    SessionTitle, "session title", 120, false);
text_type!(/// What a session is about.
    SessionDescription, "description", 2000, true);
text_type!(/// A session's report: key points, insights, proposed actions (Markdown).
    ReportBody, "report", 20_000, true);
text_type!(/// What an action item is.
    ActionTitle, "action", 200, false);
text_type!(/// A thread's title.
    ThreadTitle, "title", 200, false);
text_type!(/// What a thread opens with, or a reply (Markdown).
    PostBody, "body", 20_000, true);
text_type!(/// A label on a slot or a locked cell ("Opening circle", "Lunch").
    CellLabel, "label", 80, false);
text_type!(/// A Lean Coffee topic, as its proposer writes it on the card.
    TopicTitle, "topic", 200, false);
text_type!(/// An initiative's name.
    InitiativeTitle, "title", 120, false);
text_type!(/// An ask for help in an initiative.
    AskText, "ask", 500, true);
text_type!(/// A World Café round's question.
    CafeQuestion, "question", 300, false);
text_type!(/// A World Café table's name ("Table 3", "By the window").
    CafeTableName, "table name", 60, false);
text_type!(/// What a World Café table wrote in one round (Markdown), co-written like a report.
    CafeNoteBody, "notes", 10_000, true);
text_type!(/// A theme on a World Café's harvest wall.
    CafeThemeName, "theme", 80, false);

/// A URL-safe community handle: 3 to 40 characters of a-z, 0-9 and inner hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        const FIELD: &str = "short name";
        let s = raw.trim().to_ascii_lowercase();
        if s.is_empty() {
            return Err(TextError::Empty { field: FIELD });
        }
        if s.len() < 3 {
            return Err(TextError::TooShort {
                field: FIELD,
                min: 3,
            });
        }
        if s.len() > 40 {
            return Err(TextError::TooLong {
                field: FIELD,
                max: 40,
            });
        }
        let ok = s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if !ok {
            return Err(TextError::Invalid {
                field: FIELD,
                hint: "use lowercase letters, digits and single hyphens",
            });
        }
        Ok(Self(s))
    }

    /// A slug derived from a name, for suggestions and the demo.
    pub fn from_name(name: &str) -> Option<Self> {
        let mut s = String::new();
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                s.push(c);
            } else if !s.ends_with('-') && !s.is_empty() {
                s.push('-');
            }
        }
        let s: String = s.trim_end_matches('-').chars().take(40).collect();
        Self::parse(s.trim_end_matches('-')).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl TryFrom<String> for Slug {
    type Error = TextError;
    fn try_from(s: String) -> Result<Self, TextError> {
        Self::parse(&s)
    }
}
impl From<Slug> for String {
    fn from(v: Slug) -> String {
        v.0
    }
}
impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An e-mail address, lowercased so that uniqueness is case-insensitive.
/// Deliberately loose (one `@`, a dot in the domain, no spaces): we never send mail to prove it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub const MAX: usize = 254;
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        const FIELD: &str = "e-mail";
        let s = bounded(FIELD, raw, Self::MAX, false)?.to_lowercase();
        let invalid = TextError::Invalid {
            field: FIELD,
            hint: "expected an address like name@example.org",
        };
        let (local, domain) = s.split_once('@').ok_or(invalid.clone())?;
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || s.chars().any(|c| c.is_whitespace() || c == '<' || c == '>')
        {
            return Err(invalid);
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl TryFrom<String> for Email {
    type Error = TextError;
    fn try_from(s: String) -> Result<Self, TextError> {
        Self::parse(&s)
    }
}
impl From<Email> for String {
    fn from(v: Email) -> String {
        v.0
    }
}
impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password: 10 to 200 characters. Never stored, never logged, never shown (no Debug body).
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        const FIELD: &str = "password";
        let n = raw.chars().count();
        if n == 0 {
            return Err(TextError::Empty { field: FIELD });
        }
        if n < 10 {
            return Err(TextError::TooShort {
                field: FIELD,
                min: 10,
            });
        }
        if n > 200 {
            return Err(TextError::TooLong {
                field: FIELD,
                max: 200,
            });
        }
        Ok(Self(raw.to_owned()))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}
impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn slug_parse_is_idempotent_and_safe(raw in ".{0,60}") {
            if let Ok(s) = Slug::parse(&raw) {
                prop_assert!(s.as_str().len() >= 3 && s.as_str().len() <= 40);
                prop_assert!(s.as_str().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
                prop_assert_eq!(Slug::parse(s.as_str()).ok(), Some(s.clone()));
            }
        }

        #[test]
        fn slug_from_name_always_parses(name in "[a-zA-Z0-9 äö!-]{0,80}") {
            if let Some(s) = Slug::from_name(&name) {
                prop_assert_eq!(Slug::parse(s.as_str()).ok(), Some(s.clone()));
            }
        }

        #[test]
        fn display_name_bounds(raw in "\\PC{0,120}") {
            match DisplayName::parse(&raw) {
                Ok(n) => {
                    prop_assert!(!n.as_str().is_empty());
                    prop_assert!(n.as_str().chars().count() <= DisplayName::MAX);
                    use unicode_normalization::UnicodeNormalization;
                    prop_assert_eq!(n.as_str(), raw.trim().nfc().collect::<String>());
                }
                Err(e) => prop_assert_eq!(e.field(), "name"),
            }
        }

        #[test]
        fn email_is_lowercase_and_roundtrips(local in "[A-Za-z0-9._+-]{1,20}", domain in "[a-z0-9-]{1,20}\\.[a-z]{2,6}") {
            let raw = format!("{local}@{domain}");
            let e = Email::parse(&raw).expect("valid address");
            prop_assert_eq!(e.as_str(), raw.to_lowercase());
            prop_assert_eq!(Email::parse(e.as_str()).ok(), Some(e.clone()));
        }

        #[test]
        fn control_characters_are_rejected(prefix in "[a-z]{1,5}", c in proptest::char::range('\u{0}', '\u{1f}'), suffix in "[a-z]{1,5}") {
            let raw = format!("{prefix}{c}{suffix}");
            prop_assert!(DisplayName::parse(&raw).is_err());
        }
    }

    #[test]
    fn names_are_nfc_and_hide_nothing() {
        // "José" with a combining acute accent becomes the one precomposed "é".
        let n = DisplayName::parse("Jose\u{301}").expect("name");
        assert_eq!(n.as_str(), "Jos\u{e9}");
        for bad in [
            "Ana\u{202E}rotS",
            "A\u{200B}na",
            "Ana\u{2066}x",
            "\u{FEFF}Ana",
            "Ana\u{E0041}",
        ] {
            let e = DisplayName::parse(bad).expect_err(bad);
            assert!(
                e.to_string().contains("invisible or direction-changing"),
                "{e}"
            );
        }
        assert!(DisplayName::parse("محمد").is_ok() && DisplayName::parse("李雷").is_ok());
    }

    #[test]
    fn email_rejects_obvious_garbage() {
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@@b.org",
            "a b@c.org",
            "a@.org",
            "<a@b.org>",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(
            Email::parse(" Ana@Example.ORG ").map(String::from),
            Ok("ana@example.org".into())
        );
    }

    #[test]
    fn password_length_limits() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse(&"x".repeat(201)).is_err());
        assert!(Password::parse("long enough pass").is_ok());
        assert_eq!(
            format!("{:?}", Password::parse("long enough pass")),
            "Ok(Password(***))"
        );
    }

    #[test]
    fn multiline_only_where_allowed() {
        assert!(Purpose::parse("line one\nline two").is_ok());
        assert!(CommunityName::parse("line one\nline two").is_err());
        assert!(Purpose::parse(&"p".repeat(Purpose::MAX + 1)).is_err());
    }
}

/// Someone signing up: the three fields every sign-up form asks for, parsed together.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub name: DisplayName,
    pub email: Email,
    pub password: Password,
}

impl NewPerson {
    pub fn parse(name: &str, email: &str, password: &str) -> Result<Self, TextError> {
        Ok(Self {
            name: DisplayName::parse(name)?,
            email: Email::parse(email)?,
            password: Password::parse(password)?,
        })
    }
}
text_type!(/// A contribution's title.
    ContributionTitle, "title", 200, false);
text_type!(/// What a contribution is about, in a few sentences (shown on the public page and feed).
    Summary, "summary", 1000, true);
text_type!(/// Whom a published contribution credits (e.g. "Ada Lovelace, River Trust").
    Attribution, "attribution", 200, false);
text_type!(/// A contribution's text (Markdown).
    ContributionBody, "body", 20_000, true);
