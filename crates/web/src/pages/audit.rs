//! The community's audit log, names looked up only for the page.

use super::{Nav, render, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Inside;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use std::collections::HashMap;

/// Who an id names once they are no longer a member (or their account is gone).
pub const LEFT: &str = "a member who left";

pub struct AuditView {
    pub id: i32,
    pub at: String,
    pub actor: String,
    pub action: String,
    /// The action in words ("Roles changed").
    pub what: String,
    pub target: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    pub nav: Nav,
    pub entries: Vec<AuditView>,
    pub older: Option<i32>,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    pub before: Option<String>,
}

pub async fn audit_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,

    Query(q): Query<AuditQuery>,
) -> Result<Response, PageError> {
    use convene_domain::audit::{Subject, SubjectKind};
    let before = q.before.as_deref().map(crate::form_id).transpose()?;
    let entries = st.app.audit_log(&ctx.require()?, before).await?;
    let members = st.app.members(&ctx.require()?).await?;
    let names: HashMap<i32, String> = members
        .iter()
        .map(|r| (r.account.id, r.account.display_name.clone()))
        .collect();
    let by_membership: HashMap<i32, String> = members
        .iter()
        .map(|r| (r.membership.id, r.account.display_name.clone()))
        .collect();
    let (orgs, _) = st.app.overview(&ctx.require()?).await?;
    let gatherings: HashMap<i32, String> = st
        .app
        .gatherings(&ctx.require()?)
        .await?
        .into_iter()
        .map(|g| (g.id, g.title))
        .collect();
    // Subjects are ids in the chain; names are looked up only now, for the page. Whoever is no
    // longer a member (or deleted their account) is "a member who left".
    let shown = |target: &str| match Subject::of_target(target) {
        Some((s, detail)) => {
            let name = match s.kind {
                SubjectKind::Membership => Some(
                    by_membership
                        .get(&s.id)
                        .cloned()
                        .unwrap_or_else(|| LEFT.to_owned()),
                ),
                SubjectKind::Account => {
                    Some(names.get(&s.id).cloned().unwrap_or_else(|| LEFT.to_owned()))
                }
                SubjectKind::Organization => {
                    orgs.iter().find(|o| o.id == s.id).map(|o| o.name.clone())
                }
                SubjectKind::Community => Some(ctx.community().name.clone()),
                SubjectKind::Gathering => gatherings.get(&s.id).cloned(),
                _ => None,
            }
            .unwrap_or_else(|| format!("{} #{}", s.kind.as_str(), s.id));
            let detail = readable_detail(detail);
            if detail.is_empty() {
                name
            } else {
                format!("{name}: {detail}")
            }
        }
        None => target.to_owned(),
    };
    let older = (entries.len() as u64 == convene_app::community::AUDIT_PAGE)
        .then(|| entries.last().map(|e| e.id))
        .flatten();
    Ok(render(&AuditPage {
        nav: Nav::inside(&account, &ctx),
        entries: entries
            .into_iter()
            .map(|e| AuditView {
                id: e.id,
                at: when(e.at),
                actor: e.actor_id.map_or_else(
                    || "system".into(),
                    |id| names.get(&id).cloned().unwrap_or_else(|| LEFT.to_owned()),
                ),
                what: action_words(&e.action).to_owned(),
                action: e.action,
                target: shown(&e.target),
                reason: e.reason,
            })
            .collect(),
        older,
    }))
}

/// A detail as people read it: role slugs become role names (`member,steward → member` reads
/// "Steward → Member").
fn readable_detail(detail: &str) -> String {
    use convene_domain::{Role, RoleSet};
    if let Some((a, b)) = detail.split_once(" → ")
        && let (Ok(a), Ok(b)) = (RoleSet::decode(a), RoleSet::decode(b))
    {
        let words = |r: RoleSet| {
            let named: Vec<&str> = r.named().map(Role::label).collect();
            let base = if r.is_guest() { "Guest" } else { "Member" };
            if named.is_empty() {
                base.to_owned()
            } else {
                format!("{base}, {}", named.join(", "))
            }
        };
        return format!("{} → {}", words(a), words(b));
    }
    detail.to_owned()
}

/// What an action is called on the page (the code stays beside it).
fn action_words(action: &str) -> &str {
    match action {
        "role.change" => "Roles changed",
        "member.remove" => "Member removed",
        "member.account_deleted" => "Account deleted",
        "account.delete" => "Account deleted",
        "invitation.create" => "Invitation created",
        "invitation.revoke" => "Invitation revoked",
        "password.reset_issued" => "Password reset link issued",
        "settings.change" => "Settings changed",
        "organization.add" => "Partner organization added",
        "community.create" => "Community created",
        "instance.setup" => "Instance set up",
        "session.merge" => "Sessions merged by a host",
        "session.place" => "Session placed by a host",
        "suggestion.apply" => "Suggested agenda applied",
        "gathering.phase" => "Phase moved on",
        "gathering.phase.back" => "Phase taken back",
        "gathering.edit" => "Gathering details changed",
        "space.add" => "Space added",
        "space.edit" => "Space changed",
        "space.remove" => "Space removed",
        "slot.add" => "Slot added",
        "slot.edit" => "Slot changed",
        "slot.remove" => "Slot removed",
        "cell.lock" => "Cell locked",
        "session.withdraw" => "Session withdrawn",
        other => other,
    }
}
