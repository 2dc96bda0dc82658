//! The community's audit log, names looked up only for the page.

use super::roles::role_names;
use super::{Nav, render, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Inside;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_i18n::Tr;
use serde::Deserialize;
use std::collections::HashMap;

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
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    // Who an id names once they are no longer a member (or their account is gone).
    let left = tr.t("people-audit-left");
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
                        .unwrap_or_else(|| left.clone()),
                ),
                SubjectKind::Account => {
                    Some(names.get(&s.id).cloned().unwrap_or_else(|| left.clone()))
                }
                SubjectKind::Organization => {
                    orgs.iter().find(|o| o.id == s.id).map(|o| o.name.clone())
                }
                SubjectKind::Community => Some(ctx.community().name.clone()),
                SubjectKind::Gathering => gatherings.get(&s.id).cloned(),
                _ => None,
            }
            .unwrap_or_else(|| format!("{} #{}", s.kind.as_str(), s.id));
            let detail = readable_detail(tr, detail);
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
        nav,
        entries: entries
            .into_iter()
            .map(|e| AuditView {
                id: e.id,
                at: when(tr, e.at),
                actor: e.actor_id.map_or_else(
                    || tr.t("people-audit-system"),
                    |id| names.get(&id).cloned().unwrap_or_else(|| left.clone()),
                ),
                what: action_words(tr, &e.action),
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
fn readable_detail(tr: Tr, detail: &str) -> String {
    use convene_domain::{Role, RoleSet};
    if let Some((a, b)) = detail.split_once(" → ")
        && let (Ok(a), Ok(b)) = (RoleSet::decode(a), RoleSet::decode(b))
    {
        let words = |r: RoleSet| {
            let base = if r.is_guest() {
                Role::Guest
            } else {
                Role::Member
            };
            role_names(tr, std::iter::once(base).chain(r.named()))
        };
        return format!("{} → {}", words(a), words(b));
    }
    detail.to_owned()
}

/// What an action is called on the page (the code stays beside it).
fn action_words(tr: Tr, action: &str) -> String {
    tr.t(match action {
        "role.change" => "people-audit-role-change",
        "member.remove" => "people-audit-member-remove",
        "member.account_deleted" => "people-audit-member-account-deleted",
        "account.delete" => "people-audit-account-delete",
        "invitation.create" => "people-audit-invitation-create",
        "invitation.revoke" => "people-audit-invitation-revoke",
        "password.reset_issued" => "people-audit-password-reset-issued",
        "settings.change" => "people-audit-settings-change",
        "organization.add" => "people-audit-organization-add",
        "community.create" => "people-audit-community-create",
        "instance.setup" => "people-audit-instance-setup",
        "session.merge" => "people-audit-session-merge",
        "session.place" => "people-audit-session-place",
        "suggestion.apply" => "people-audit-suggestion-apply",
        "gathering.phase" => "people-audit-gathering-phase",
        "gathering.phase.back" => "people-audit-gathering-phase-back",
        "gathering.edit" => "people-audit-gathering-edit",
        "space.add" => "people-audit-space-add",
        "space.edit" => "people-audit-space-edit",
        "space.remove" => "people-audit-space-remove",
        "slot.add" => "people-audit-slot-add",
        "slot.edit" => "people-audit-slot-edit",
        "slot.remove" => "people-audit-slot-remove",
        "cell.lock" => "people-audit-cell-lock",
        "session.withdraw" => "people-audit-session-withdraw",
        other => return other.to_owned(),
    })
}
