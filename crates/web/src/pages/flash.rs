//! After an action: a short message saying what happened, on the page the person acted
//! from, scrolled to the item they acted on. The redirect carries a fixed code (`?done=`) and
//! the item (`&s=`), never text: the page words the message itself, escaped like the rest.

use axum::response::{IntoResponse, Redirect, Response};
use convene_i18n::Tr;
use serde::Deserialize;

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    Convened,
    Placed,
    Stays,
    Unplaced,
    Swapped,
    InterestOn,
    InterestOff,
    CheckedIn,
    CheckedOut,
    Edited,
    Withdrawn,
    MergeProposed,
    MergeWithdrawn,
    Merged,
    Answered,
}

const CODES: &[(Done, &str)] = &[
    (Done::Convened, "convened"),
    (Done::Placed, "placed"),
    (Done::Stays, "stays"),
    (Done::Unplaced, "unplaced"),
    (Done::Swapped, "swapped"),
    (Done::InterestOn, "interest-on"),
    (Done::InterestOff, "interest-off"),
    (Done::CheckedIn, "checked-in"),
    (Done::CheckedOut, "checked-out"),
    (Done::Edited, "edited"),
    (Done::Withdrawn, "withdrawn"),
    (Done::MergeProposed, "merge-proposed"),
    (Done::MergeWithdrawn, "merge-withdrawn"),
    (Done::Merged, "merged"),
    (Done::Answered, "answered"),
];

impl Done {
    pub fn code(self) -> &'static str {
        CODES.iter().find(|c| c.0 == self).map_or("", |c| c.1)
    }

    pub fn parse(code: &str) -> Option<Self> {
        CODES.iter().find(|c| c.1 == code).map(|c| c.0)
    }

    /// The message's id in the catalogues (`crate::i18n`).
    fn key(self) -> &'static str {
        match self {
            Done::Convened => "flash-convened",
            Done::Placed => "flash-placed",
            Done::Stays => "flash-stays",
            Done::Unplaced => "flash-unplaced",
            Done::Swapped => "flash-swapped",
            Done::InterestOn => "flash-interest-on",
            Done::InterestOff => "flash-interest-off",
            Done::CheckedIn => "flash-checked-in",
            Done::CheckedOut => "flash-checked-out",
            Done::Edited => "flash-edited",
            Done::Withdrawn => "flash-withdrawn",
            Done::MergeProposed => "flash-merge-proposed",
            Done::MergeWithdrawn => "flash-merge-withdrawn",
            Done::Merged => "flash-merged",
            Done::Answered => "flash-answered",
        }
    }

    /// The message in the reader's language, about the session titled `t` if it can be named.
    pub fn message_in(self, tr: Tr, t: Option<&str>) -> String {
        let named = if t.is_some() { "yes" } else { "no" };
        tr.t2(self.key(), "named", named, "title", t.unwrap_or_default())
    }

    /// The English message, about the session titled `t` (if it is still there to name): the
    /// wording the English catalogue keeps, checked by the test below.
    #[cfg(test)]
    fn message(self, t: Option<&str>) -> String {
        let t = t.map_or_else(|| "The session".to_owned(), |t| format!("“{t}”"));
        match self {
            Done::Convened => {
                format!("{t} is announced in the marketplace. Open it to place it on the wall.")
            }
            Done::Placed => format!("{t} is on the wall."),
            Done::Stays => format!("{t} stays where it is."),
            Done::Unplaced => format!("{t} is back in the marketplace."),
            Done::Swapped => format!("{t} swapped cells."),
            Done::InterestOn => format!("You want to join {t}."),
            Done::InterestOff => format!("You no longer want to join {t}."),
            Done::CheckedIn => format!("You are checked in to {t}."),
            Done::CheckedOut => "You are checked out.".to_owned(),
            Done::Edited => format!("{t} is saved."),
            Done::Withdrawn => {
                "The session is withdrawn: it is off the wall and out of the marketplace."
                    .to_owned()
            }
            Done::MergeProposed => format!("Your proposal to merge {t} is sent to its convener."),
            Done::MergeWithdrawn => "Your merge proposal is withdrawn.".to_owned(),
            Done::Merged => format!("The sessions are merged into {t}."),
            Done::Answered => "Your answer is saved.".to_owned(),
        }
    }
}

/// Where the person acted from, named by a form's `back` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Back {
    /// The gathering page with the wall.
    #[default]
    Wall,
    /// The session's own page.
    Session,
    /// The phone view's "Now", "Next" or "My sessions".
    Now,
    Next,
    My,
}

impl Back {
    pub fn parse(raw: &str) -> Self {
        match raw {
            "session" => Back::Session,
            "now" => Back::Now,
            "next" => Back::Next,
            "my" => Back::My,
            _ => Back::Wall,
        }
    }

    /// The redirect: `/c/{slug}/g/{id}…?done=…&s=…#…`, scrolled to the item acted on.
    pub fn to(self, slug: &str, gathering: i32, session: Option<i32>, done: Done) -> Response {
        let g = format!("/c/{slug}/g/{gathering}");
        let page = match (self, session) {
            (Back::Session, Some(s)) => format!("{g}/s/{s}"),
            (Back::Now | Back::Next | Back::My, _) => format!("{g}/now"),
            _ => g,
        };
        let (prefix, at) = match self {
            Back::Now => ("now-", "&at=now"),
            Back::Next => ("next-", "&at=next"),
            Back::My => ("my-", "&at=my"),
            _ => ("", ""),
        };
        let url = match session {
            Some(s) => format!("{page}?done={}&s={s}{at}#{prefix}s-{s}", done.code()),
            None => format!("{page}?done={}#flash", done.code()),
        };
        Redirect::to(&url).into_response()
    }
}

/// `?done=…&s=…` on a page.
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct FlashQuery {
    pub done: Option<String>,
    pub s: Option<String>,
    /// The phone view's list the item is in (`now`, `next`, `my`).
    pub at: Option<String>,
}

/// A message ready to show, with the id of the element it is about.
#[derive(Debug, Clone)]
pub struct Flash {
    pub text: String,
    pub item: String,
}

impl FlashQuery {
    /// The message in the reader's language, naming the session through `title` (the page's
    /// own lookup, so only what the reader may read is named).
    pub fn flash_in(&self, tr: Tr, title: impl Fn(i32) -> Option<String>) -> Option<Flash> {
        let done = Done::parse(self.done.as_deref()?)?;
        let prefix = match self.at.as_deref() {
            Some("now") => "now-",
            Some("next") => "next-",
            Some("my") => "my-",
            _ => "",
        };
        let s = self.s.as_deref().and_then(|s| s.parse::<i32>().ok());
        let name = s.and_then(&title);
        Some(Flash {
            text: done.message_in(tr, name.as_deref()),
            item: s.map(|s| format!("{prefix}s-{s}")).unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back() {
        for (d, c) in CODES {
            assert_eq!(Done::parse(c), Some(*d));
            assert_eq!(d.code(), *c);
        }
        assert_eq!(Done::parse("<script>"), None);
    }

    #[test]
    fn every_message_reads_the_same_from_the_catalogue_in_english() {
        for (d, _) in CODES {
            assert_eq!(
                d.message_in(Tr::default(), Some("River")),
                d.message(Some("River")),
                "{d:?}"
            );
            // Unnamed, the catalogue says "the session" in the middle of a sentence.
            let unnamed = d.message_in(Tr::default(), None);
            assert!(
                !unnamed.contains("River") && !unnamed.contains('{'),
                "{unnamed}"
            );
        }
    }
}
