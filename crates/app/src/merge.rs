//! Merging two sessions: by agreement of both conveners (one proposes, the other accepts), or
//! by a host, which is a use of vertical power and goes to the audit log with its reason.

use crate::{Allowed, can};
use crate::{App, Message, Result};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::*;
use convene_domain::text::Reason;
use convene_store::sessions;

/// Two sessions to merge: `from` joins `into` (named, so no call can swap them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub from: SessionId,
    pub into: SessionId,
}

impl App {
    /// Proposes to merge `from` into `into` (or withdraws the proposal with `None`).
    pub async fn propose_merge(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        from: SessionId,
        into: Option<SessionId>,
    ) -> Result<()> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id.get(), from.get()).await?;
        self.may_edit(&c.tx, c.editor(), &s).await?;
        self.merge_open(&gathering)?;
        if let Some(target) = into {
            if target == from {
                return Err(Message::t("error-merge-another").field("merge"));
            }
            sessions::get(&c.tx, gathering_id.get(), target.get()).await?;
        }
        sessions::propose_merge(&c.tx, from.get(), into.map(SessionId::get)).await?;
        self.commit(c).await
    }

    /// Accepts a proposal to merge `from` into `into`, as one who may edit `into`.
    pub async fn accept_merge(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        Merge { from, into }: Merge,
    ) -> Result<()> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let target = sessions::get(&c.tx, gathering_id.get(), into.get()).await?;
        self.may_edit(&c.tx, c.editor(), &target).await?;
        self.merge_open(&gathering)?;
        let source = sessions::get(&c.tx, gathering_id.get(), from.get()).await?;
        if source.merge_into != Some(into.get()) {
            return Err(Message::t("error-merge-not-proposed").conflict());
        }
        sessions::merge(&c.tx, &source, &target).await?;
        self.commit(c).await
    }

    /// A host merges two sessions without the conveners' agreement; recorded with its reason.
    pub async fn host_merge(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering_id: GatheringId,
        Merge { from, into }: Merge,
        reason: &Reason,
    ) -> Result<()> {
        let (mut c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        self.merge_open(&gathering)?;
        if from == into {
            return Err(Message::t("error-merge-another").field("merge"));
        }
        let source = sessions::get(&c.tx, gathering_id.get(), from.get()).await?;
        let target = sessions::get(&c.tx, gathering_id.get(), into.get()).await?;
        sessions::merge(&c.tx, &source, &target).await?;
        c.audit(
            "session.merge",
            Subject::new(SubjectKind::Session, from.get()),
            &format!("into session:{into}"),
            reason.as_str(),
        );
        self.commit(c).await
    }

    /// Proposals around one session: others asking to merge into it, and its own proposal.
    pub async fn merge_proposals(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
    ) -> Result<(Vec<(i32, String)>, Option<(i32, String)>)> {
        let g =
            convene_store::gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get())
                .await?;
        let list = sessions::list(self.store.conn(), g.id).await?;
        let incoming = list
            .iter()
            .filter(|s| s.merge_into == Some(session_id.get()))
            .map(|s| (s.id, s.title.clone()))
            .collect();
        let own = list
            .iter()
            .find(|s| s.id == session_id.get())
            .and_then(|s| s.merge_into)
            .and_then(|t| list.iter().find(|s| s.id == t))
            .map(|s| (s.id, s.title.clone()));
        Ok((incoming, own))
    }

    fn merge_open(&self, g: &convene_store::Gathering) -> Result<()> {
        if crate::gathering::phase_of(g)?.allows_convening() {
            Ok(())
        } else {
            Err(Message::t("error-merge-closed").conflict())
        }
    }
}
