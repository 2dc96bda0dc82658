//! The community's audit log, names looked up only for the page.

use super::{Nav, render, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Inside;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

pub struct AuditView {
    pub id: i32,
    pub at: String,
    pub actor: String,
    pub action: String,
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
    let names: std::collections::HashMap<i32, String> = members
        .iter()
        .map(|r| (r.account.id, r.account.display_name.clone()))
        .collect();
    let by_membership: std::collections::HashMap<i32, String> = members
        .iter()
        .map(|r| (r.membership.id, r.account.display_name.clone()))
        .collect();
    let (orgs, _) = st.app.overview(&ctx.require()?).await?;
    // Subjects are ids in the chain; names are looked up only now, for the page.
    let shown = |target: &str| match Subject::of_target(target) {
        Some((s, detail)) => {
            let name = match s.kind {
                SubjectKind::Membership => by_membership.get(&s.id).cloned(),
                SubjectKind::Organization => {
                    orgs.iter().find(|o| o.id == s.id).map(|o| o.name.clone())
                }
                SubjectKind::Community => Some(ctx.community().name.clone()),
                _ => None,
            }
            .unwrap_or_else(|| format!("{} #{}", s.kind.as_str(), s.id));
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
                    |id| {
                        names
                            .get(&id)
                            .cloned()
                            .unwrap_or_else(|| format!("account #{id}"))
                    },
                ),
                action: e.action,
                target: shown(&e.target),
                reason: e.reason,
            })
            .collect(),
        older,
    }))
}
