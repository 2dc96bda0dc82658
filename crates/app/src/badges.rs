//! The inbox badge for many open streams at once. A fan-out wakes every watcher's stream in
//! the same moment; each counting alone reads its rows and checks each one (~10 queries a
//! stream, 10,000 for a thousand streams). Asked through one counter task, the streams that
//! wait together are counted together ([`crate::notify::unread_counts`]: one read of the rows,
//! one check per distinct thing they are about). Each answer is read after its question was
//! asked, so it is never older than the change that woke the stream.

use crate::{AppError, Result};
use convene_store::Store;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use tokio::sync::{mpsc, oneshot};

type Ask = (i32, oneshot::Sender<std::result::Result<u64, String>>);

/// The counter task's mailbox, started on first use (it ends when the last `App` clone goes).
#[derive(Debug, Clone, Default)]
pub struct Badges {
    asks: Arc<OnceLock<mpsc::UnboundedSender<Ask>>>,
}

impl Badges {
    /// The badge of `account`, counted with whoever asks at the same time.
    pub async fn count(&self, store: &Store, account: i32) -> Result<u64> {
        let asks = self.asks.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(serve(store.clone(), rx));
            tx
        });
        let (tx, rx) = oneshot::channel();
        asks.send((account, tx))
            .map_err(|_| AppError::Internal("the badge counter stopped".into()))?;
        rx.await
            .map_err(|_| AppError::Internal("the badge counter stopped".into()))?
            .map_err(AppError::Internal)
    }
}

async fn serve(store: Store, mut asks: mpsc::UnboundedReceiver<Ask>) {
    while let Some(first) = asks.recv().await {
        // Let the other streams woken with this one ask before counting.
        tokio::task::yield_now().await;
        let mut waiting = vec![first];
        while let Ok(ask) = asks.try_recv() {
            waiting.push(ask);
        }
        let mut people: Vec<i32> = waiting.iter().map(|(a, _)| *a).collect();
        people.sort_unstable();
        people.dedup();
        let counts: std::result::Result<HashMap<i32, u64>, String> =
            crate::notify::unread_counts(store.conn(), &people)
                .await
                .map_err(|e| e.to_string());
        for (account, reply) in waiting {
            let answer = match &counts {
                Ok(c) => Ok(c.get(&account).copied().unwrap_or(0)),
                Err(e) => Err(e.clone()),
            };
            // A stream that went away meanwhile dropped its receiver: nothing to tell.
            let _ = reply.send(answer);
        }
    }
}
