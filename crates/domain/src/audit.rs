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

    fn head(c: &[Stored]) -> Option<(Id, String)> {
        c.last().map(|e| (e.record.id, e.hash.clone()))
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
