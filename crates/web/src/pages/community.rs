use super::{MessagePage, Nav, PersonForm, checked, render, settle, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids, Inside, MemberPath};
use crate::security::{Bucket, ClientAddr};
use crate::session::{MaybeAccount, session_cookie};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use convene_app::AppError;
use convene_app::Ctx;
use convene_app::can;
use convene_app::store::{Account, Community};
use convene_domain::text::{CommunityName, OrgName, Purpose, Reason};
use convene_domain::{Permission, Role, RoleSet};
use serde::Deserialize;

pub struct OrgView {
    pub name: String,
    pub home: bool,
}

#[derive(Template)]
#[template(path = "community.html")]
pub struct CommunityPage {
    pub nav: Nav,
    pub name: String,
    pub purpose: String,
    pub open: bool,
    pub organizations: Vec<OrgView>,
    pub member_count: u64,
    pub my_roles: String,
}

#[derive(Template)]
#[template(path = "join.html")]
pub struct JoinPage {
    pub nav: Nav,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub signed_in: bool,
    pub form: PersonForm,
    pub error: Option<String>,
}

impl JoinPage {
    fn new(
        account: Option<&Account>,
        c: Community,
        form: PersonForm,
        error: Option<String>,
    ) -> Self {
        JoinPage {
            nav: account.map(Nav::of).unwrap_or_default(),
            slug: c.slug,
            name: c.name,
            purpose: c.purpose,
            signed_in: account.is_some(),
            form,
            error,
        }
    }
}

/// A member sees the community; a signed-in outsider of an open community sees how to join;
/// an anonymous visitor of an open community may sign up; anyone else finds nothing.
pub async fn community_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let Some(account) = account else {
        return match st.app.open_community(&slug).await {
            Ok(c) => Ok(render(&JoinPage::new(None, c, PersonForm::default(), None))),
            Err(_) => Err(AppError::Unauthenticated.into()),
        };
    };
    let ctx = match st.app.ctx(&account, &slug).await {
        Ok(ctx) => ctx,
        Err(AppError::NotFound) => {
            let c = st.app.open_community(&slug).await?;
            return Ok(render(&JoinPage::new(
                Some(&account),
                c,
                PersonForm::default(),
                None,
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let (orgs, member_count) = st.app.overview(&ctx.require()?).await?;
    Ok(render(&CommunityPage {
        nav: Nav::inside(&account, &ctx),
        name: ctx.community().name.clone(),
        purpose: ctx.community().purpose.clone(),
        open: ctx.community().open,
        organizations: orgs
            .into_iter()
            .map(|o| OrgView {
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        member_count,
        my_roles: ctx
            .member()
            .roles
            .iter()
            .map(Role::label)
            .collect::<Vec<_>>()
            .join(", "),
    }))
}

pub async fn join_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    MaybeAccount(account): MaybeAccount,
    Path(slug): Path<String>,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    if let Some(account) = account {
        let c = st.app.join_open(&account, &slug).await?;
        return Ok(Redirect::to(&format!("/c/{}", c.slug)).into_response());
    }
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    let parsed = form.person();
    let result = match parsed {
        Ok(person) => st.app.join_open_new_account(&slug, &person).await,
        Err(e) => Err(e),
    };
    settle(
        result,
        async |(c, session)| {
            Ok((
                jar.add(session_cookie(&st, session)),
                Redirect::to(&format!("/c/{}", c.slug)),
            )
                .into_response())
        },
        async |msg| {
            let c = st.app.open_community(&slug).await?;
            Ok(JoinPage::new(None, c, form.redisplay(), Some(msg)))
        },
    )
    .await
}

pub struct MemberView {
    pub id: i32,
    pub name: String,
    pub organization: String,
    pub roles: String,
    pub guest: bool,
    pub joined: String,
    pub is_me: bool,
}

#[derive(Template)]
#[template(path = "members.html")]
pub struct MembersPage {
    pub nav: Nav,
    pub slug: String,
    pub members: Vec<MemberView>,
    pub can_remove: bool,
    pub can_reset: bool,
    pub error: Option<String>,
}

async fn members_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    error: Option<String>,
) -> Result<MembersPage, PageError> {
    let rows = st.app.members(&ctx.require()?).await?;
    Ok(MembersPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        members: rows
            .into_iter()
            .map(|r| {
                let roles = r.roles;
                MemberView {
                    id: r.membership.id,
                    name: r.account.display_name,
                    organization: r.organization.name,
                    roles: roles
                        .named()
                        .map(Role::label)
                        .collect::<Vec<_>>()
                        .join(", "),
                    guest: roles.is_guest(),
                    joined: when(r.membership.joined_at),
                    is_me: r.account.id == account.id,
                }
            })
            .collect(),
        can_remove: ctx.member().roles.allows(Permission::RemoveMember),
        can_reset: ctx.member().roles.allows(Permission::IssuePasswordReset),
        error,
    })
}

pub async fn members_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    Ok(render(&members_page(&st, &account, &ctx, None).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

/// A steward's action with its reason: permission is checked by the extractor before the
/// input is read, so a denied request is 403 whatever it carries.
pub async fn member_remove_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::RemoveMember>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, PageError> {
    let result = match Reason::parse(&form.reason) {
        Ok(r) => st.app.remove_member(&ctx, id, &r).await,
        Err(e) => Err(e.into()),
    };
    let to = format!("/c/{}/members", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        members_page(&st, &account, &ctx, Some(msg))
    })
    .await
}

pub async fn reset_issue_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::IssuePasswordReset>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, PageError> {
    let result = match Reason::parse(&form.reason) {
        Ok(r) => st.app.issue_password_reset(&ctx, id, &r).await,
        Err(e) => Err(e.into()),
    };
    let done = async |token| {
        Ok(render(&MessagePage {
            nav: Nav::inside(&account, &ctx),
            title: "Password reset link".into(),
            message: "Give this link to the person yourself. It works once, for one day. It is \
                      shown only now."
                .into(),
            link: Some(format!("{}/reset/{token}", st.cfg.origin())),
            back: None,
        }))
    };
    settle(result, done, |msg| {
        members_page(&st, &account, &ctx, Some(msg))
    })
    .await
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
    pub matrix: Vec<(String, Vec<bool>)>,
    pub role_names: Vec<String>,
    pub error: Option<String>,
}

async fn roles_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    error: Option<String>,
) -> Result<RolesPage, PageError> {
    ctx.member()
        .require(Permission::ChangeRoles)
        .map_err(AppError::from)?;
    let mut rows: Vec<RoleRow> = st
        .app
        .members(&ctx.require()?)
        .await?
        .into_iter()
        .map(|r| {
            let roles = r.roles;
            RoleRow {
                id: r.membership.id,
                name: r.account.display_name,
                organization: r.organization.name,
                guest: roles.is_guest(),
                current: roles
                    .named()
                    .map(Role::label)
                    .collect::<Vec<_>>()
                    .join(", "),
                has: Role::NAMED
                    .iter()
                    .map(|n| {
                        (
                            n.as_str().to_owned(),
                            n.label().to_owned(),
                            roles.contains(*n),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    // Those holding roles first; the sort is stable, so names stay in order within each group.
    rows.sort_by_key(|r| r.current.is_empty());
    Ok(RolesPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        rows,
        matrix: convene_domain::permission::MATRIX
            .iter()
            .map(|(p, allowed)| {
                (
                    format!("{p:?}"),
                    Role::ALL.iter().map(|r| allowed.contains(r)).collect(),
                )
            })
            .collect(),
        role_names: Role::ALL.iter().map(|r| r.label().to_owned()).collect(),
        error,
    })
}

pub async fn roles_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    Ok(render(&roles_page(&st, &account, &ctx, None).await?))
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
        roles_page(&st, &account, &ctx, Some(msg))
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    pub name: String,
    pub purpose: String,
    pub open: Option<String>,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "settings.html")]
pub struct SettingsPage {
    pub nav: Nav,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub open: bool,
    pub organizations: Vec<OrgView>,
    pub error: Option<String>,
}

async fn settings_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    form: Option<&SettingsForm>,
    error: Option<String>,
) -> Result<SettingsPage, PageError> {
    ctx.require::<can::EditSettings>()?;
    let (orgs, _) = st.app.overview(&ctx.require()?).await?;
    let c = ctx.community();
    Ok(SettingsPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        name: form.map_or_else(|| c.name.clone(), |f| f.name.clone()),
        purpose: form.map_or_else(|| c.purpose.clone(), |f| f.purpose.clone()),
        open: form.map_or(c.open, |f| checked(&f.open)),
        organizations: orgs
            .into_iter()
            .map(|o| OrgView {
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        error,
    })
}

pub async fn settings_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    Ok(render(
        &settings_page(&st, &account, &ctx, None, None).await?,
    ))
}

pub async fn settings_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(form): Form<SettingsForm>,
) -> Result<Response, PageError> {
    let result = async {
        let reason = Reason::parse(&form.reason)?;
        let name = CommunityName::parse(&form.name)?;
        let purpose = Purpose::parse(&form.purpose)?;
        st.app
            .update_settings(&ctx, &name, &purpose, checked(&form.open), &reason)
            .await
    }
    .await;
    let to = format!("/c/{}/settings", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        settings_page(&st, &account, &ctx, Some(&form), Some(msg))
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OrganizationForm {
    pub name: String,
    pub reason: String,
}

pub async fn organization_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(form): Form<OrganizationForm>,
) -> Result<Response, PageError> {
    let result = async {
        let reason = Reason::parse(&form.reason)?;
        let name = OrgName::parse(&form.name)?;
        st.app.add_partner(&ctx, &name, &reason).await
    }
    .await;
    let to = format!("/c/{}/settings", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        settings_page(&st, &account, &ctx, None, Some(msg))
    })
    .await
}

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
