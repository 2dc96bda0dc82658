//! The audit chain: each entry's hash covers its own fields and the previous entry's hash, so an
//! edited, reordered or deleted entry breaks every hash after it.

use crate::{Id, Timestamp};
use sha2::{Digest, Sha256};

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields an entry's hash covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: Id,
    pub community_id: Option<Id>,
    pub actor_id: Option<Id>,
    pub action: String,
    pub target: String,
    pub reason: String,
    pub at: Timestamp,
}

/// What an entry is about: a kind and an id, never a name (names are looked up when the log is
/// shown, so the chain holds no personal data and one object's history can be asked for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: Id,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubjectKind {
    Account,
    Community,
    Organization,
    Membership,
    Invitation,
    Gathering,
    Session,
    Content,
}

impl SubjectKind {
    pub const ALL: [SubjectKind; 8] = [
        SubjectKind::Account,
        SubjectKind::Community,
        SubjectKind::Organization,
        SubjectKind::Membership,
        SubjectKind::Invitation,
        SubjectKind::Gathering,
        SubjectKind::Session,
        SubjectKind::Content,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SubjectKind::Account => "account",
            SubjectKind::Community => "community",
            SubjectKind::Organization => "organization",
            SubjectKind::Membership => "membership",
            SubjectKind::Invitation => "invitation",
            SubjectKind::Gathering => "gathering",
            SubjectKind::Session => "session",
            SubjectKind::Content => "content",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl Subject {
    pub fn new(kind: SubjectKind, id: impl Into<Id>) -> Self {
        Self {
            kind,
            id: id.into(),
        }
    }

    /// The text an entry's hash covers: `kind:id`, then ` detail` when there is one (what
    /// changed, e.g. `member,steward → member`). Entries written before subjects were typed
    /// keep their free text, which still hashes as it did.
    pub fn target(self, detail: &str) -> String {
        let mut t = format!("{}:{}", self.kind.as_str(), self.id);
        if !detail.is_empty() {
            t.push(' ');
            t.push_str(detail);
        }
        t
    }

    /// The subject and detail of a target written by [`Subject::target`]; `None` for the free
    /// text of older entries.
    pub fn of_target(target: &str) -> Option<(Subject, &str)> {
        let (head, detail) = target.split_once(' ').unwrap_or((target, ""));
        let (kind, id) = head.split_once(':')?;
        Some((
            Subject {
                kind: SubjectKind::parse(kind)?,
                id: id.parse().ok()?,
            },
            detail,
        ))
    }
}

/// A stored entry: its record and the two hashes kept beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub record: Record,
    pub prev_hash: String,
    pub hash: String,
}

impl Record {
    /// SHA-256 over length-prefixed fields, so no two different records encode alike.
    pub fn hash(&self, prev_hash: &str) -> String {
        let mut h = Sha256::new();
        let opt = |v: Option<Id>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
        for field in [
            prev_hash.to_owned(),
            self.id.to_string(),
            opt(self.community_id),
            opt(self.actor_id),
            self.action.clone(),
            self.target.clone(),
            self.reason.clone(),
            self.at.to_string(),
        ] {
            h.update((field.len() as u64).to_be_bytes());
            h.update(field.as_bytes());
        }
        hex::encode(h.finalize())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Broken {
    #[error("entry {id}: its content does not match its hash (edited)")]
    Edited { id: Id },
    #[error(
        "entry {id}: the entry before it is missing or was changed (previous hash does not match)"
    )]
    Unlinked { id: Id },
    #[error(
        "the chain ends at entry {last:?} but the recorded head is entry {head} (entries deleted from the end)"
    )]
    Truncated { last: Option<Id>, head: Id },
    #[error("entry {id} comes after the recorded head (added outside convene)")]
    BeyondHead { id: Id },
    #[error(
        "the checkpoint covers entries 1 to {anchor} but the log {}: entries {} to {anchor} are missing (deleted, with the head rewound)",
        match last { Some(l) => format!("ends at entry {l}"), None => "is empty".to_owned() },
        last.map_or(1, |l| l + 1)
    )]
    Missing { anchor: Id, last: Option<Id> },
    #[error(
        "entry {id} is not the entry the checkpoint signed: the log was rewritten at or before it"
    )]
    Rewritten { id: Id },
}

/// A point of the chain kept outside the database (a signed checkpoint): entry `id` had `hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub id: Id,
    pub hash: String,
}

/// An intact chain: how many entries, and its last entry (id, hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub entries: usize,
    pub last: Option<(Id, String)>,
}

/// [`verify`], and then that the chain still extends `anchor`: the entry it names is there,
/// with the hash it names (so everything up to it is what it was when the anchor was taken).
pub fn verify_extending(
    entries: impl IntoIterator<Item = Stored>,
    head: Option<(Id, String)>,
    anchor: Option<&Anchor>,
) -> Result<Verified, Broken> {
    let mut at_anchor = None;
    let mut last = None;
    let walked = entries.into_iter().inspect(|e| {
        if anchor.is_some_and(|a| a.id == e.record.id) {
            at_anchor = Some(e.hash.clone());
        }
        last = Some((e.record.id, e.hash.clone()));
    });
    let n = verify(walked, head)?;
    if let Some(a) = anchor {
        match at_anchor {
            None => {
                return Err(Broken::Missing {
                    anchor: a.id,
                    last: last.as_ref().map(|l| l.0),
                });
            }
            Some(h) if h != a.hash => return Err(Broken::Rewritten { id: a.id }),
            Some(_) => {}
        }
    }
    Ok(Verified { entries: n, last })
}

/// Walks entries in id order. `head` is the last (id, hash) recorded when appending, which
/// catches deletions at the end of the chain and entries added past it. Returns the number of
/// entries checked.
pub fn verify(
    entries: impl IntoIterator<Item = Stored>,
    head: Option<(Id, String)>,
) -> Result<usize, Broken> {
    let mut prev = GENESIS.to_owned();
    let mut last = None;
    let mut n = 0;
    // No recorded head means no entry was ever appended through convene.
    let head_id = head.as_ref().map_or(0, |(id, _)| *id);
    for e in entries {
        let id = e.record.id;
        if id > head_id {
            return Err(Broken::BeyondHead { id });
        }
        if e.prev_hash != prev {
            return Err(Broken::Unlinked { id });
        }
        if e.record.hash(&e.prev_hash) != e.hash {
            return Err(Broken::Edited { id });
        }
        prev = e.hash;
        last = Some(id);
        n += 1;
    }
    if let Some((head_id, head_hash)) = head
        && (last != Some(head_id) || prev != head_hash)
    {
        return Err(Broken::Truncated {
            last,
            head: head_id,
        });
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i32) -> Vec<Stored> {
        let mut prev = GENESIS.to_owned();
        (1..=n)
            .map(|id| {
                let record = Record {
                    id,
                    community_id: Some(1),
                    actor_id: Some(7),
                    action: "role.change".into(),
                    target: format!("member {id}"),
                    reason: "why".into(),
                    at: 1000 + i64::from(id),
                };
                let hash = record.hash(&prev);
                let e = Stored {
                    record,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                e
            })
            .collect()
    }

    #[test]
    fn an_anchor_catches_truncation_rewinding_and_rewriting() {
        let c = chain(5);
        let anchor = Anchor {
            id: 4,
            hash: c[3].hash.clone(),
        };
        let ok = verify_extending(c.clone(), head(&c), Some(&anchor)).expect("extends");
        assert_eq!(ok.entries, 5);
        // Cut after entry 2 and rewind the head to it: the chain alone looks intact.
        let cut = c[..2].to_vec();
        assert_eq!(verify(cut.clone(), head(&cut)), Ok(2));
        assert_eq!(
            verify_extending(cut.clone(), head(&cut), Some(&anchor)),
            Err(Broken::Missing {
                anchor: 4,
                last: Some(2)
            })
        );
        assert_eq!(
            verify_extending(Vec::new(), None, Some(&anchor)),
            Err(Broken::Missing {
                anchor: 4,
                last: None
            })
        );
        let msg = Broken::Missing {
            anchor: 4,
            last: Some(2),
        }
        .to_string();
        assert!(msg.contains("entries 3 to 4 are missing"), "{msg}");
        // Rewritten from entry 3 on, every hash recomputed: entry 4 is not the signed one.
        let mut forged = c[..2].to_vec();
        let mut prev = forged[1].hash.clone();
        for mut e in c[2..].iter().cloned() {
            e.record.reason = "forged".into();
            e.prev_hash = prev.clone();
            e.hash = e.record.hash(&prev);
            prev = e.hash.clone();
            forged.push(e);
        }
        assert_eq!(
            verify_extending(forged.clone(), head(&forged), Some(&anchor)),
            Err(Broken::Rewritten { id: 4 })
        );
    }

    fn head(c: &[Stored]) -> Option<(Id, String)> {
        c.last().map(|e| (e.record.id, e.hash.clone()))
    }

    #[test]
    fn subjects_round_trip_through_the_hashed_text() {
        for kind in SubjectKind::ALL {
            let s = Subject::new(kind, 12);
            assert_eq!(Subject::of_target(&s.target("")), Some((s, "")));
            assert_eq!(
                Subject::of_target(&s.target("member → member,steward")),
                Some((s, "member → member,steward"))
            );
        }
        // Entries from before typed subjects keep their text and have none.
        assert_eq!(Subject::of_target("member #12: member → steward"), None);
        assert_eq!(Subject::of_target("community demo"), None);
    }

    #[test]
    fn intact_chain_verifies() {
        let c = chain(5);
        assert_eq!(verify(c.clone(), head(&c)), Ok(5));
        assert_eq!(verify(vec![], None), Ok(0));
    }

    #[test]
    fn edit_delete_and_truncation_are_named() {
        let c = chain(5);
        let h = head(&c);
        let mut edited = c.clone();
        edited[2].record.reason = "other".into();
        assert_eq!(verify(edited, h.clone()), Err(Broken::Edited { id: 3 }));
        let mut deleted = c.clone();
        deleted.remove(1);
        assert_eq!(verify(deleted, h.clone()), Err(Broken::Unlinked { id: 3 }));
        let truncated = c[..4].to_vec();
        assert_eq!(
            verify(truncated, h),
            Err(Broken::Truncated {
                last: Some(4),
                head: 5
            })
        );
    }
}
