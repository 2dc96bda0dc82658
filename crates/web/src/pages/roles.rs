//! Roles: who holds which, the permission matrix, and changing someone's roles with a reason.

use super::listing::ListQuery;
use super::{Nav, checked, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids, Inside, MemberPath};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::AppError;
use convene_app::Ctx;
use convene_app::can;
use convene_app::store::Account;
use convene_domain::text::Reason;
use convene_domain::{Permission, Role, RoleSet};
use convene_i18n::Tr;
use serde::Deserialize;

/// A role's name in the reader's language.
pub fn role_name(tr: Tr, r: Role) -> String {
    tr.t(match r {
        Role::Steward => "people-role-steward",
        Role::Host => "people-role-host",
        Role::Curator => "people-role-curator",
        Role::CommunityBuilder => "people-role-community-builder",
        Role::NetworkAnalyst => "people-role-network-analyst",
        Role::Member => "people-role-member",
        Role::Guest => "people-role-guest",
    })
}

/// What a permission allows, in words, for the matrix.
fn permission_name(tr: Tr, p: Permission) -> String {
    // By the code's name, so a permission added later shows as its name until it has words.
    let code = format!("{p:?}");
    tr.t(match code.as_str() {
        "ViewCommunity" => "people-can-view-community",
        "ViewMembers" => "people-can-view-members",
        "ViewInvitations" => "people-can-view-invitations",
        "CreateInvitation" => "people-can-create-invitation",
        "RevokeInvitation" => "people-can-revoke-invitation",
        "ChangeRoles" => "people-can-change-roles",
        "RemoveMember" => "people-can-remove-member",
        "EditSettings" => "people-can-edit-settings",
        "IssuePasswordReset" => "people-can-issue-reset",
        "ViewAuditLog" => "people-can-view-audit",
        "TakePart" => "people-can-take-part",
        "HostGathering" => "people-can-host",
        "ViewNetwork" => "people-can-view-network",
        "AnalyseNetwork" => "people-can-analyse-network",
        "Flag" => "people-can-flag",
        "Moderate" => "people-can-moderate",
        "HearAppeal" => "people-can-hear-appeal",
        "ViewModerationLog" => "people-can-view-moderation-log",
        "CurateContributions" => "people-can-curate",
        "ViewGovernance" => "people-can-view-governance",
        "Deliberate" => "people-can-deliberate",
        "AcceptPolicy" => "people-can-accept-policy",
        "SuggestEdit" => "people-can-suggest-edit",
        "ReviewEdits" => "people-can-review-edits",
        _ => return format!("{p:?}"),
    })
}

/// Roles as one line: "Steward, Host".
pub fn role_names(tr: Tr, roles: impl Iterator<Item = Role>) -> String {
    roles
        .map(|r| role_name(tr, r))
        .collect::<Vec<_>>()
        .join(", ")
}

pub struct RoleRow {
    pub id: i32,
    pub name: String,
    pub organization: String,
    pub guest: bool,
    pub current: String,
    pub has: Vec<(String, String, bool)>,
}

#[derive(Template)]
#[template(path = "roles.html")]
pub struct RolesPage {
    pub nav: Nav,
    pub slug: String,
    pub rows: Vec<RoleRow>,
    pub pager: super::listing::Pager,
    pub matrix: Vec<(String, Vec<bool>)>,
    pub role_names: Vec<String>,
    pub error: Option<String>,
}

async fn roles_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    query: &ListQuery,
    error: Option<String>,
) -> Result<RolesPage, PageError> {
    ctx.member()
        .require(Permission::ChangeRoles)
        .map_err(AppError::from)?;
    let slug = ctx.community().slug.clone();
    let mut members = st.app.members(&ctx.require()?).await?;
    // Those holding roles first; the sort is stable, so names stay in order within each group.
    members.sort_by_key(|r| r.roles.named().next().is_none());
    let (members, pager) = super::listing::paged(members, query, format!("/c/{slug}/roles"), |r| {
        vec![
            r.account.display_name.as_str(),
            r.account.email.as_str(),
            r.organization.name.as_str(),
        ]
    });
    let nav = Nav::inside(account, ctx);
    let tr = nav.tr;
    let rows: Vec<RoleRow> = members
        .into_iter()
        .map(|r| {
            let roles = r.roles;
            RoleRow {
                id: r.membership.id,
                name: r.account.display_name,
                organization: r.organization.name,
                guest: roles.is_guest(),
                current: role_names(tr, roles.named()),
                has: Role::NAMED
                    .iter()
                    .map(|n| (n.as_str().to_owned(), role_name(tr, *n), roles.contains(*n)))
                    .collect(),
            }
        })
        .collect();
    Ok(RolesPage {
        nav,
        slug,
        rows,
        pager,
        matrix: convene_domain::permission::MATRIX
            .iter()
            .map(|(p, allowed)| {
                (
                    permission_name(tr, *p),
                    Role::ALL.iter().map(|r| allowed.contains(r)).collect(),
                )
            })
            .collect(),
        role_names: Role::ALL.iter().map(|r| role_name(tr, *r)).collect(),
        error,
    })
}

pub async fn roles_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &roles_page(&st, &account, &ctx, &query, None).await?,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RolesForm {
    pub guest: Option<String>,
    pub steward: Option<String>,
    pub host: Option<String>,
    pub curator: Option<String>,
    pub community_builder: Option<String>,
    pub network_analyst: Option<String>,
    pub reason: String,
}

impl RolesForm {
    pub fn roles(&self) -> RoleSet {
        let named = [
            (Role::Steward, &self.steward),
            (Role::Host, &self.host),
            (Role::Curator, &self.curator),
            (Role::CommunityBuilder, &self.community_builder),
            (Role::NetworkAnalyst, &self.network_analyst),
        ];
        RoleSet::new(
            checked(&self.guest),
            named
                .into_iter()
                .filter(|(_, v)| checked(v))
                .map(|(r, _)| r),
        )
    }
}

pub async fn roles_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::ChangeRoles>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    Form(form): Form<RolesForm>,
) -> Result<Response, PageError> {
    let result = match Reason::parse(&form.reason) {
        Ok(r) => st.app.change_roles(&ctx, id, form.roles(), &r).await,
        Err(e) => Err(e.into()),
    };
    let to = format!("/c/{}/roles", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        roles_page(&st, &account, &ctx, &super::listing::FIRST, Some(msg))
    })
    .await
}
