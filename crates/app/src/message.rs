//! A sentence for a person that the web layer words in the reader's language: a catalogue
//! key (`error-…` in `locales/*/errors.ftl`) with its arguments. Its `Display` is the English
//! text, so logs, the CLI and tests read what they read before. Free text (`From<String>`,
//! `From<&str>`) is kept as it is, in English: a message not yet in the catalogues still works.

use crate::{AppError, Kind};
use convene_i18n::{Arg, Lang, Tr};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(Inner);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Inner {
    Text(String),
    Key(&'static str, Vec<(&'static str, Value)>),
}

/// A message's argument: text as written (names, titles), a number (written by locale and
/// choosing plural forms), or a word that is itself a catalogue key.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Text(String),
    Number(i64),
    Word(&'static str),
    Moment(i64),
}

impl Message {
    /// The catalogue's message `key`; named `t` like every other look-up, so the catalogue
    /// test checks that the key exists.
    pub fn t(key: &'static str) -> Self {
        Message(Inner::Key(key, Vec::new()))
    }

    /// Text as written (a name, a title) for the variable `name`.
    pub fn text(self, name: &'static str, value: impl fmt::Display) -> Self {
        self.with(name, Value::Text(value.to_string()))
    }

    /// A number for `name`: grouped by locale, and the plural form follows it.
    pub fn number(self, name: &'static str, value: impl Into<i64>) -> Self {
        self.with(name, Value::Number(value.into()))
    }

    /// A catalogue word (`key`) for `name`, looked up in the same language.
    pub fn word(self, name: &'static str, key: &'static str) -> Self {
        self.with(name, Value::Word(key))
    }

    /// A moment (Unix seconds) for `name`, written as the reader's locale writes a day and
    /// a time (`date-moment`).
    pub fn moment(self, name: &'static str, ts: i64) -> Self {
        self.with(name, Value::Moment(ts))
    }

    fn with(mut self, name: &'static str, value: Value) -> Self {
        if let Inner::Key(_, args) = &mut self.0 {
            args.push((name, value));
        }
        self
    }

    /// The catalogue key, if the message has one.
    pub fn key(&self) -> Option<&'static str> {
        match &self.0 {
            Inner::Key(k, _) => Some(k),
            Inner::Text(_) => None,
        }
    }

    /// The message in `tr`'s language (free text as it is).
    pub fn tr(&self, tr: Tr) -> String {
        match &self.0 {
            Inner::Text(s) => s.clone(),
            Inner::Key(key, args) => {
                let args: Vec<_> = args
                    .iter()
                    .map(|(n, v)| {
                        let v = match v {
                            Value::Text(s) => s.value(),
                            Value::Number(n) => n.value(),
                            Value::Word(k) => tr.t(k).value(),
                            Value::Moment(ts) => tr.moment(*ts).value(),
                        };
                        (*n, v)
                    })
                    .collect();
                tr.args(key, &args)
            }
        }
    }
}

/// The error a message answers with.
impl Message {
    pub fn refused(self) -> AppError {
        AppError::Said {
            kind: Kind::Refused,
            message: self,
        }
    }

    pub fn conflict(self) -> AppError {
        AppError::Said {
            kind: Kind::Conflict,
            message: self,
        }
    }

    pub fn field(self, field: &'static str) -> AppError {
        AppError::Said {
            kind: Kind::Field(field),
            message: self,
        }
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tr(Tr(Lang::En)))
    }
}

impl From<String> for Message {
    fn from(s: String) -> Self {
        Message(Inner::Text(s))
    }
}

impl From<&str> for Message {
    fn from(s: &str) -> Self {
        Message(Inner::Text(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyed_message_reads_in_each_language_and_free_text_stays() {
        let m = Message::t("error-only-steward-of").text("community", "Rivers");
        assert_eq!(
            m.to_string(),
            "You are the only steward of Rivers: give the role to someone else first."
        );
        assert_eq!(m.key(), Some("error-only-steward-of"));
        assert!(m.tr(Tr(Lang::De)).contains("Rivers"));
        assert_ne!(m.tr(Tr(Lang::De)), m.to_string());
        let free = Message::from(format!("{} stays", "this"));
        assert_eq!(free.tr(Tr(Lang::Fr)), "this stays");
        assert_eq!(free.key(), None);
    }
}
