//! What people are told about: the kinds of notification, and how each reaches a person by
//! e-mail (at once, in a daily digest, or never). Who is told is decided in `app::notify`,
//! always through the read filter, at delivery and again at display.

/// The kinds of notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Someone mentioned me in a thread or a reply I may read.
    Mention,
    /// A reply in a thread I watch.
    Reply,
    /// A contribution waits for curation (curators).
    Curation,
    /// A curator decided on my contribution.
    Decision,
    /// I am invited to a gathering.
    Invitation,
    /// An action of mine is due in 3 days.
    ActionDue,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Mention,
        Kind::Reply,
        Kind::Curation,
        Kind::Decision,
        Kind::Invitation,
        Kind::ActionDue,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Mention => "mention",
            Kind::Reply => "reply",
            Kind::Curation => "curation",
            Kind::Decision => "decision",
            Kind::Invitation => "invitation",
            Kind::ActionDue => "action_due",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// What the setting is about, as a person reads it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Mention => "Someone mentions me",
            Kind::Reply => "A reply in a thread I watch",
            Kind::Curation => "A contribution waits for curation (curators)",
            Kind::Decision => "A decision on my contribution",
            Kind::Invitation => "An invitation to a gathering",
            Kind::ActionDue => "An action of mine is due in 3 days",
        }
    }

    /// How it reaches a person who chose nothing.
    pub fn default_mode(self) -> MailMode {
        match self {
            Kind::Reply | Kind::ActionDue => MailMode::Digest,
            _ => MailMode::Now,
        }
    }
}

/// How a kind of notification reaches a person by e-mail (the inbox has them all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailMode {
    Now,
    Digest,
    Never,
}

impl MailMode {
    pub const ALL: [MailMode; 3] = [MailMode::Now, MailMode::Digest, MailMode::Never];

    pub fn as_str(self) -> &'static str {
        match self {
            MailMode::Now => "now",
            MailMode::Digest => "digest",
            MailMode::Never => "never",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            MailMode::Now => "E-mail at once",
            MailMode::Digest => "In the daily digest",
            MailMode::Never => "No e-mail",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        for m in MailMode::ALL {
            assert_eq!(MailMode::parse(m.as_str()), Some(m));
        }
        assert_eq!(Kind::parse("all"), None);
    }
}
