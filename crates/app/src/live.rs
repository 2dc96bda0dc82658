//! Live updates: every committed change to a gathering bumps its version and is announced here.
//! Subscribers (the agenda walls' SSE streams) get the newest version and render from the
//! database, so a late or reconnecting client simply sees the current state. The hub also
//! keeps the communities whose network must be recomputed in this process.
//!
//! Other servers hear of both through [`convene_store::notify`] (PostgreSQL NOTIFY), and
//! [`Hub::bridge`] relays what they send to this process.

use convene_domain::ids::{AccountId, CommunityId};
use convene_store::Store;
use convene_store::notify::{self, Listener};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use tokio::sync::{Notify, watch};
use tokio_util::sync::CancellationToken;

const CHANNEL: &str = "convene_live";
/// Account ids of at most 10 digits and a comma each: 7,000 bytes and the prefix.
const INBOXES_PER_MESSAGE: usize = 636;

/// Gathering id → the newest version, watched by its walls.
#[derive(Clone, Debug)]
pub struct Hub {
    inner: Arc<Mutex<HashMap<i32, watch::Sender<i64>>>>,
    /// Tells this process's own notifications apart from the other servers'.
    instance: u64,
    /// Communities whose network changed and is not recomputed here yet.
    dirty: Arc<Mutex<BTreeSet<CommunityId>>>,
    /// Woken when a community is added to `dirty`.
    any: Arc<Notify>,
    /// Account id → a counter bumped whenever the person's inbox changes (their badge).
    inboxes: Arc<Mutex<HashMap<i32, watch::Sender<i64>>>>,
}

impl Default for Hub {
    fn default() -> Self {
        Self {
            inner: Arc::default(),
            instance: rand::random(),
            dirty: Arc::default(),
            any: Arc::default(),
            inboxes: Arc::default(),
        }
    }
}

impl Hub {
    /// A receiver that sees every newer version of the gathering (intermediate ones may be
    /// skipped: only the newest state matters to a wall).
    pub fn subscribe(&self, gathering_id: i32) -> watch::Receiver<i64> {
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, tx| tx.receiver_count() > 0);
        map.entry(gathering_id)
            .or_insert_with(|| watch::channel(0).0)
            .subscribe()
    }

    /// Announces a version in this process only.
    pub fn local(&self, gathering_id: i32, version: i64) {
        let map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = map.get(&gathering_id) {
            tx.send_if_modified(|v| {
                let newer = version > *v;
                if newer {
                    *v = version;
                }
                newer
            });
        }
    }

    /// A receiver woken whenever the person's inbox changes (what changed is read afresh).
    pub fn subscribe_inbox(&self, account: AccountId) -> watch::Receiver<i64> {
        let mut map = self.inboxes.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, tx| tx.receiver_count() > 0);
        map.entry(account.get())
            .or_insert_with(|| watch::channel(0).0)
            .subscribe()
    }

    /// A person's inbox changed, in this process only.
    pub fn inbox_local(&self, account: AccountId) {
        let map = self.inboxes.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = map.get(&account.get()) {
            tx.send_modify(|n| *n += 1);
        }
    }

    /// People's inboxes changed: here and on the other servers, many to a message (a
    /// fan-out to thousands sends a few NOTIFYs, each below PostgreSQL's 8,000-byte payload).
    pub async fn inboxes_changed(&self, store: &Store, accounts: &[AccountId]) {
        for a in accounts {
            self.inbox_local(*a);
        }
        for chunk in accounts.chunks(INBOXES_PER_MESSAGE) {
            let list: Vec<String> = chunk.iter().map(ToString::to_string).collect();
            self.tell(store, &format!("p:{}", list.join(","))).await;
        }
    }

    /// Marks a community's network for recomputation in this process.
    pub fn mark(&self, community: CommunityId) {
        self.dirty
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(community);
        self.any.notify_one();
    }

    /// Waits until some community's network changed (one marked while not waiting is kept).
    pub async fn network_wanted(&self) {
        self.any.notified().await;
    }

    /// The communities marked since the last call, emptied.
    pub fn take_dirty(&self) -> Vec<CommunityId> {
        std::mem::take(&mut *self.dirty.lock().unwrap_or_else(|e| e.into_inner()))
            .into_iter()
            .collect()
    }

    /// Announces a committed change to a gathering here and to the other servers.
    pub async fn publish(&self, store: &Store, gathering_id: i32, version: i64) {
        self.local(gathering_id, version);
        self.tell(store, &format!("g:{gathering_id}:{version}"))
            .await;
    }

    /// A community's network changed: recompute it here and on the other servers.
    pub async fn network_changed(&self, store: &Store, community: CommunityId) {
        self.mark(community);
        self.tell(store, &format!("n:{community}")).await;
    }

    async fn tell(&self, store: &Store, what: &str) {
        let payload = format!("{}:{what}", self.instance);
        if let Err(e) = notify::notify(store, CHANNEL, &payload).await {
            tracing::warn!(error = %e, "could not notify other servers of a change");
        }
    }

    /// Relays the other servers' announcements to this process until `stop`; reconnects
    /// after errors. Does nothing on SQLite (one process owns the file).
    pub async fn bridge(&self, store: Store, stop: CancellationToken) {
        while !stop.is_cancelled() {
            match self.listen(&store, &stop).await {
                Ok(false) => return,
                Ok(true) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "live bridge lost its connection; retrying");
                    tokio::select! {
                        _ = stop.cancelled() => return,
                        _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
                    }
                }
            }
        }
    }

    /// Listens until `stop` (`Ok(true)`) or an error; `Ok(false)` when there is nothing to
    /// listen to.
    async fn listen(
        &self,
        store: &Store,
        stop: &CancellationToken,
    ) -> Result<bool, convene_store::StoreError> {
        let Some(mut listener) = Listener::connect(store, CHANNEL).await? else {
            return Ok(false);
        };
        loop {
            let payload = tokio::select! {
                _ = stop.cancelled() => return Ok(true),
                p = listener.recv() => p?,
            };
            self.heard(&payload);
        }
    }

    /// One announcement from a server: `instance:g:gathering:version`, `instance:n:community`
    /// or `instance:p:account,account,…`.
    fn heard(&self, payload: &str) {
        let mut parts = payload.split(':');
        let instance = parts.next().and_then(|s| s.parse::<u64>().ok());
        if instance.is_none() || instance == Some(self.instance) {
            return;
        }
        match (parts.next(), parts.next(), parts.next()) {
            (Some("g"), Some(g), Some(v)) => {
                if let (Ok(g), Ok(v)) = (g.parse(), v.parse()) {
                    self.local(g, v);
                }
            }
            (Some("p"), Some(list), None) => {
                for a in list.split(',').filter_map(|a| a.parse().ok()) {
                    self.inbox_local(AccountId(a));
                }
            }
            (Some("n"), Some(c), None) => {
                if let Ok(c) = c.parse() {
                    self.mark(CommunityId(c));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn subscribers_see_the_newest_version_only_forward() {
        let hub = Hub::default();
        let mut rx = hub.subscribe(7);
        hub.local(7, 3);
        rx.changed().await.expect("changed");
        assert_eq!(*rx.borrow_and_update(), 3);
        hub.local(7, 2);
        hub.local(8, 9);
        assert!(
            !rx.has_changed().expect("open"),
            "older or other versions are ignored"
        );
        hub.local(7, 5);
        hub.local(7, 6);
        rx.changed().await.expect("changed");
        assert_eq!(*rx.borrow_and_update(), 6);
    }

    #[tokio::test]
    async fn a_marked_community_wakes_the_network_job_even_if_it_was_not_waiting_yet() {
        let hub = Hub::default();
        let wait = std::time::Duration::from_secs(5);
        hub.mark(CommunityId(4));
        hub.mark(CommunityId(2));
        hub.mark(CommunityId(4));
        tokio::time::timeout(wait, hub.network_wanted())
            .await
            .expect("woken");
        assert_eq!(hub.take_dirty(), vec![CommunityId(2), CommunityId(4)]);
        assert!(hub.take_dirty().is_empty());
        // Nothing new: no wake-up.
        let idle =
            tokio::time::timeout(std::time::Duration::from_millis(50), hub.network_wanted()).await;
        assert!(idle.is_err());
    }

    #[test]
    fn other_servers_announcements_are_relayed_and_our_own_ignored() {
        let hub = Hub::default();
        let mut rx = hub.subscribe(7);
        hub.heard(&format!("{}:g:7:3", hub.instance));
        hub.heard(&format!("{}:n:5", hub.instance));
        assert!(!rx.has_changed().expect("open"));
        assert!(hub.take_dirty().is_empty());
        let other = hub.instance.wrapping_add(1);
        hub.heard(&format!("{other}:g:7:3"));
        hub.heard(&format!("{other}:n:5"));
        hub.heard("garbage");
        assert_eq!(*rx.borrow_and_update(), 3);
        assert_eq!(hub.take_dirty(), vec![CommunityId(5)]);
    }

    #[test]
    fn one_announcement_wakes_many_inboxes() {
        let hub = Hub::default();
        let (mut a, mut b, c) = (
            hub.subscribe_inbox(AccountId(3)),
            hub.subscribe_inbox(AccountId(40)),
            hub.subscribe_inbox(AccountId(5)),
        );
        let other = hub.instance.wrapping_add(1);
        hub.heard(&format!("{other}:p:3,40,x"));
        assert!(a.has_changed().expect("open") && b.has_changed().expect("open"));
        assert!(!c.has_changed().expect("open"));
        a.mark_unchanged();
        b.mark_unchanged();
        hub.heard(&format!("{}:p:5", hub.instance));
        assert!(!c.has_changed().expect("open"), "our own is ignored");
    }
}
