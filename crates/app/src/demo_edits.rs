//! The demo's peer editing: one suggestion accepted by the session's convener (now a revision
//! credited to the suggester) and one waiting for a decision.

use crate::Result;
use crate::unit::Unit;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentState, Saved};
use convene_domain::ids::{AccountId, CommunityId};
use convene_domain::{Role, RoleSet};
use convene_store::contents::{self, Save};
use convene_store::suggestions::{self, NewSuggestion, State};

/// `people`: (account, organization, roles), as the demo made them.
pub(crate) async fn fill(
    u: &mut Unit,
    community: CommunityId,
    people: &[(i32, i32, RoleSet)],
    now: i64,
) -> Result<()> {
    let sessions = contents::of_community(&u.tx, community, ContentKind::Session).await?;
    let members: Vec<AccountId> = people
        .iter()
        .filter(|p| p.2 == RoleSet::member() || p.2.contains(Role::Curator))
        .map(|p| AccountId(p.0))
        .collect();
    let mut open = sessions.iter().filter(|c| {
        c.state == ContentState::Visible && c.visibility.is_shared() && !c.body.is_empty()
    });
    for (accept, c) in [true, false].into_iter().zip(open.by_ref()) {
        let Some(&by) = members.iter().find(|m| Some(**m) != c.author) else {
            continue;
        };
        let body = format!(
            "{}\n\nBring what you have made or mended; we will look at it together.",
            c.body.trim_end()
        );
        let at = now - if accept { 5 * 86_400 } else { 86_400 };
        let s = suggestions::create(
            &u.tx,
            NewSuggestion {
                community,
                content: c.id,
                author: by,
                base_version: c.version,
                body: &body,
                note: "Says what to bring, so nobody comes empty-handed.",
                now: at,
            },
        )
        .await?;
        if !accept {
            continue;
        }
        let Some(author) = c.author else { continue };
        let Saved::Written(v) = contents::save(
            &u.tx,
            Save {
                community,
                of: c.of,
                body: &body,
                base: c.version,
                author: by,
                now: at + 3600,
            },
        )
        .await?
        else {
            continue;
        };
        suggestions::decide(&u.tx, s.id, State::Accepted, author, "", Some(v), at + 3600).await?;
        u.audit_at(
            at + 3600,
            Some(community),
            Some(author),
            "content.suggestion.accept",
            Subject::new(SubjectKind::Content, c.id.get()),
            &format!("suggestion {} became version {v}", s.id),
            "",
        );
    }
    Ok(())
}
