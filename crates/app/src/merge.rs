//! Merging two sessions: by agreement of both conveners (one proposes, the other accepts), or
//! by a host, which is a use of vertical power and goes to the audit log with its reason.

use crate::community::Ctx;
use crate::{App, AppError, Result};
use convene_domain::Permission;
use convene_domain::text::Reason;
use convene_store::sessions;

impl App {
    /// Proposes to merge `from` into `into` (or withdraws the proposal with `None`).
    pub async fn propose_merge(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        from: i32,
        into: Option<i32>,
    ) -> Result<()> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id, from).await?;
        self.may_edit(&c.tx, ctx, &s).await?;
        self.merge_open(&c.gathering)?;
        if let Some(target) = into {
            if target == from {
                return Err(AppError::field("merge", "choose another session"));
            }
            sessions::get(&c.tx, gathering_id, target).await?;
        }
        sessions::propose_merge(&c.tx, from, into).await?;
        self.commit(c).await
    }

    /// Accepts a proposal to merge `from` into `into`, as one who may edit `into`.
    pub async fn accept_merge(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        into: i32,
        from: i32,
    ) -> Result<()> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        let target = sessions::get(&c.tx, gathering_id, into).await?;
        self.may_edit(&c.tx, ctx, &target).await?;
        self.merge_open(&c.gathering)?;
        let source = sessions::get(&c.tx, gathering_id, from).await?;
        if source.merge_into != Some(into) {
            return Err(AppError::Conflict(
                "That merge was not proposed, or was withdrawn.".into(),
            ));
        }
        sessions::merge(&c.tx, &source, &target).await?;
        self.commit(c).await
    }

    /// A host merges two sessions without the conveners' agreement; recorded with its reason.
    pub async fn host_merge(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        (from, into): (i32, i32),
        reason: &Reason,
    ) -> Result<()> {
        ctx.member.require(Permission::HostGathering)?;
        let c = self.change(ctx, gathering_id).await?;
        self.merge_open(&c.gathering)?;
        if from == into {
            return Err(AppError::field("merge", "choose another session"));
        }
        let source = sessions::get(&c.tx, gathering_id, from).await?;
        let target = sessions::get(&c.tx, gathering_id, into).await?;
        sessions::merge(&c.tx, &source, &target).await?;
        let what = format!("gathering {gathering_id}: session {from} into {into}");
        self.record(&c.tx, ctx, "session.merge", &what, reason)
            .await?;
        self.commit(c).await
    }

    /// Proposals around one session: others asking to merge into it, and its own proposal.
    pub async fn merge_proposals(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        session_id: i32,
    ) -> Result<(Vec<(i32, String)>, Option<(i32, String)>)> {
        ctx.member.require(Permission::TakePart)?;
        let g = convene_store::gatherings::get(self.store.conn(), ctx.community.id, gathering_id)
            .await?;
        let list = sessions::list(self.store.conn(), g.id).await?;
        let incoming = list
            .iter()
            .filter(|s| s.merge_into == Some(session_id))
            .map(|s| (s.id, s.title.clone()))
            .collect();
        let own = list
            .iter()
            .find(|s| s.id == session_id)
            .and_then(|s| s.merge_into)
            .and_then(|t| list.iter().find(|s| s.id == t))
            .map(|s| (s.id, s.title.clone()));
        Ok((incoming, own))
    }

    fn merge_open(&self, g: &convene_store::Gathering) -> Result<()> {
        if crate::gathering::phase_of(g)?.allows_convening() {
            Ok(())
        } else {
            Err(AppError::Conflict(
                "Sessions are merged in the marketplace and sessions phases only.".into(),
            ))
        }
    }
}
