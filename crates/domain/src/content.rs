//! What people write: one model for every kind of text (a session's description, its report,
//! an action; later threads, replies, contributions and designs). Each piece has a state, a
//! visibility and revisions saved on top of a named version; [`may_read`] is the one rule for
//! who may read it, used by every read path.

use crate::RoleSet;
use crate::ids::{AccountId, CommunityId, OrganizationId};
use crate::role::Role;

/// The kinds of content. A new kind is a variant here (its storage name below), and it is
/// then saved, versioned and filtered like every other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContentKind {
    /// A session's description, written by its conveners; its visibility is the session's.
    Session,
    /// A session's report, co-written by those who were there.
    Report,
    /// An action from the convergence; the content is its title.
    Action,
    /// What a thread opens with; its owner is the thread.
    Thread,
    /// A reply in a thread; its visibility is the thread's.
    Reply,
    /// A Lean Coffee topic's card; its owner is the topic.
    LeanTopic,
    /// An initiative's purpose; its owner is the initiative.
    Initiative,
    /// An update in an initiative; its owner is the update.
    InitiativeUpdate,
    /// An ask for help in an initiative; its owner is the ask.
    InitiativeAsk,
    /// A contribution's body: its author's alone until a curator accepts it (then public).
    Contribution,
    /// What one World Café table wrote in one round; its owner is the `cafe_notes` row.
    CafeNote,
    /// A practice a community imported into its library; the content is its canonical file.
    Practice,
    /// A meeting design of a community's library; the content is its canonical file.
    Design,
}

impl ContentKind {
    pub const ALL: [ContentKind; 13] = [
        ContentKind::Session,
        ContentKind::Report,
        ContentKind::Action,
        ContentKind::Thread,
        ContentKind::Reply,
        ContentKind::LeanTopic,
        ContentKind::Initiative,
        ContentKind::InitiativeUpdate,
        ContentKind::InitiativeAsk,
        ContentKind::Contribution,
        ContentKind::CafeNote,
        ContentKind::Practice,
        ContentKind::Design,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ContentKind::Session => "session",
            ContentKind::Report => "report",
            ContentKind::Action => "action",
            ContentKind::Thread => "thread",
            ContentKind::Reply => "reply",
            ContentKind::LeanTopic => "lean_topic",
            ContentKind::Initiative => "initiative",
            ContentKind::InitiativeUpdate => "init_update",
            ContentKind::InitiativeAsk => "init_ask",
            ContentKind::Contribution => "contribution",
            ContentKind::CafeNote => "cafe_note",
            ContentKind::Practice => "practice",
            ContentKind::Design => "design",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Which piece of content: its kind and the id of what it belongs to (the session for a
/// description or a report, the action for an action).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentRef {
    pub kind: ContentKind,
    pub id: i32,
}

impl ContentRef {
    pub fn new(kind: ContentKind, id: impl Into<i32>) -> Self {
        Self {
            kind,
            id: id.into(),
        }
    }
}

/// Whether content is shown. Hidden content keeps its reason (governance will show it to the
/// author and in the moderation log); removed content is gone for every reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentState {
    Visible,
    Hidden { reason: String },
    Removed,
}

impl ContentState {
    pub fn as_str(&self) -> &'static str {
        match self {
            ContentState::Visible => "visible",
            ContentState::Hidden { .. } => "hidden",
            ContentState::Removed => "removed",
        }
    }

    /// From the stored state name and reason.
    pub fn parse(state: &str, reason: &str) -> Option<Self> {
        match state {
            "visible" => Some(ContentState::Visible),
            "hidden" => Some(ContentState::Hidden {
                reason: reason.to_owned(),
            }),
            "removed" => Some(ContentState::Removed),
            _ => None,
        }
    }
}

/// Who may read a piece of content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visibility {
    /// Anyone, also people who are not signed in.
    Public,
    /// The community's members and guests (home and partner organizations alike).
    Network,
    /// Members of one organization of the community (not its guests).
    Organization(OrganizationId),
    /// The named people only (and whoever wrote it).
    Private(Vec<AccountId>),
}

impl Visibility {
    pub fn as_str(&self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Network => "network",
            Visibility::Organization(_) => "organization",
            Visibility::Private(_) => "private",
        }
    }

    /// From the stored name, the organization column and the named readers.
    pub fn parse(
        name: &str,
        organization: Option<OrganizationId>,
        readers: Vec<AccountId>,
    ) -> Option<Self> {
        match (name, organization) {
            ("public", _) => Some(Visibility::Public),
            ("network", _) => Some(Visibility::Network),
            ("organization", Some(o)) => Some(Visibility::Organization(o)),
            ("private", _) => Some(Visibility::Private(readers)),
            _ => None,
        }
    }

    /// Whether everyone who can see the community may read it: only such content goes on
    /// renderings shared by all (the live wall, the kiosk).
    pub fn is_shared(&self) -> bool {
        matches!(self, Visibility::Public | Visibility::Network)
    }
}

/// The person reading, as the read filter sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// Not signed in.
    Anonymous,
    /// Signed in but not a member of the content's community.
    Outsider(AccountId),
    /// A member or guest of the content's community.
    Member {
        account: AccountId,
        community: CommunityId,
        organization: OrganizationId,
        roles: RoleSet,
    },
}

/// A piece of content as the read filter needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readable<'a> {
    pub community: CommunityId,
    pub author: Option<AccountId>,
    pub state: &'a ContentState,
    pub visibility: &'a Visibility,
}

/// The read filter: may `reader` read this content? Removed content is read by nobody;
/// hidden content only by its author and the community's stewards and curators (who decide
/// on it); otherwise the visibility decides. A reader always reads what they wrote.
pub fn may_read(reader: &Reader, c: &Readable<'_>) -> bool {
    if *c.state == ContentState::Removed {
        return false;
    }
    let (account, member) = match *reader {
        Reader::Anonymous => {
            return *c.visibility == Visibility::Public && *c.state == ContentState::Visible;
        }
        Reader::Outsider(a) => (a, None),
        Reader::Member {
            account,
            community,
            organization,
            roles,
        } => (
            account,
            (community == c.community).then_some((organization, roles)),
        ),
    };
    let author = c.author == Some(account);
    if let ContentState::Hidden { .. } = c.state {
        let decides =
            member.is_some_and(|(_, r)| r.contains(Role::Steward) || r.contains(Role::Curator));
        return author || decides;
    }
    if author {
        return true;
    }
    match (c.visibility, member) {
        (Visibility::Public, _) => true,
        (_, None) => false,
        (Visibility::Network, Some(_)) => true,
        (Visibility::Organization(o), Some((org, roles))) => *o == org && !roles.is_guest(),
        (Visibility::Private(readers), Some(_)) => readers.contains(&account),
    }
}

/// A save of content names the version it started from; a stale save writes nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Written as this new version.
    Written(i32),
    /// Someone saved in between: theirs is the current text at `version`, yours is kept.
    Stale {
        version: i32,
        theirs: String,
        yours: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: CommunityId = CommunityId(1);
    const HOME: OrganizationId = OrganizationId(10);
    const PARTNER: OrganizationId = OrganizationId(11);

    fn member(account: i32, organization: OrganizationId, roles: RoleSet) -> Reader {
        Reader::Member {
            account: AccountId(account),
            community: C,
            organization,
            roles,
        }
    }

    fn reads(reader: &Reader, visibility: &Visibility, state: &ContentState) -> bool {
        may_read(
            reader,
            &Readable {
                community: C,
                author: Some(AccountId(1)),
                state,
                visibility,
            },
        )
    }

    #[test]
    fn each_visibility_reaches_exactly_its_readers() {
        let visible = ContentState::Visible;
        let home = member(2, HOME, RoleSet::member());
        let partner = member(3, PARTNER, RoleSet::member());
        let guest = member(4, HOME, RoleSet::guest());
        let other = Reader::Member {
            account: AccountId(5),
            community: CommunityId(2),
            organization: OrganizationId(20),
            roles: RoleSet::only(Role::Steward),
        };
        let table = [
            (Visibility::Public, [true, true, true, true, true]),
            (Visibility::Network, [true, true, true, false, false]),
            (
                Visibility::Organization(HOME),
                [true, false, false, false, false],
            ),
            (
                Visibility::Private(vec![AccountId(3)]),
                [false, true, false, false, false],
            ),
        ];
        for (v, expected) in table {
            let got = [&home, &partner, &guest, &other, &Reader::Anonymous]
                .map(|r| reads(r, &v, &visible));
            assert_eq!(got, expected, "{v:?}");
        }
    }

    #[test]
    fn authors_read_their_own_hidden_is_for_deciders_removed_for_nobody() {
        let author = member(1, PARTNER, RoleSet::guest());
        let steward = member(2, HOME, RoleSet::only(Role::Steward));
        let home = member(3, HOME, RoleSet::member());
        let private = Visibility::Private(vec![]);
        assert!(reads(&author, &private, &ContentState::Visible));
        let hidden = ContentState::Hidden {
            reason: "spam".into(),
        };
        assert!(reads(&author, &Visibility::Network, &hidden));
        assert!(reads(&steward, &Visibility::Network, &hidden));
        assert!(!reads(&home, &Visibility::Network, &hidden));
        assert!(!reads(&Reader::Anonymous, &Visibility::Public, &hidden));
        for r in [&author, &steward, &home] {
            assert!(!reads(r, &Visibility::Public, &ContentState::Removed));
        }
    }

    #[test]
    fn stored_names_round_trip() {
        for k in ContentKind::ALL {
            assert_eq!(ContentKind::parse(k.as_str()), Some(k));
        }
        for s in [
            ContentState::Visible,
            ContentState::Hidden { reason: "r".into() },
            ContentState::Removed,
        ] {
            assert_eq!(ContentState::parse(s.as_str(), "r"), Some(s));
        }
        let v = Visibility::Organization(HOME);
        assert_eq!(Visibility::parse(v.as_str(), Some(HOME), vec![]), Some(v));
        assert_eq!(Visibility::parse("organization", None, vec![]), None);
    }
}
