//! Communities: creating and configuring them, their organizations, members, roles and audit log.

use crate::{App, AppError, Result};
use convene_domain::audit::{self as chain, Broken};
use convene_domain::text::{CommunityName, NewPerson, OrgName, Purpose, Reason, Slug};
use convene_domain::{Member, Permission, Role, RoleSet};
use convene_store::audit::{self, NewEntry};
use convene_store::communities::{self, MemberRow, NewCommunity, NewMembership};
use convene_store::store_db::ConnectionTrait;
use convene_store::{Account, AuditEntry, Community, Organization, Tx};

/// A signed-in person inside one community: what every community use-case starts from.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub community: Community,
    pub member: Member,
}

/// What a new community needs.
pub struct NewCommunityForm {
    pub name: CommunityName,
    pub slug: Slug,
    pub purpose: Purpose,
    pub open: bool,
    pub home_organization: OrgName,
}

/// Audit entries per page.
pub const AUDIT_PAGE: u64 = 50;

impl App {
    /// Creates a community; its creator becomes its first steward, in the home organization.
    pub async fn create_community(
        &self,
        account: &Account,
        form: &NewCommunityForm,
    ) -> Result<Community> {
        if !self.may_create_community(account) {
            return Err(AppError::Denied(convene_domain::Denied(
                Permission::EditSettings,
            )));
        }
        let now = self.now();
        let tx = self.store.write().await?;
        let community = communities::create(
            &tx,
            NewCommunity {
                slug: form.slug.as_str(),
                name: form.name.as_str(),
                purpose: form.purpose.as_str(),
                open: form.open,
                now,
            },
        )
        .await?;
        let home =
            communities::add_organization(&tx, community.id, form.home_organization.as_str(), true)
                .await?;
        communities::add_membership(
            &tx,
            NewMembership {
                community_id: community.id,
                account_id: account.id,
                organization_id: home.id,
                roles: RoleSet::only(Role::Steward).encode(),
                invited_by: None,
                invitation_id: None,
                now,
            },
        )
        .await?;
        audit::append(
            &tx,
            NewEntry {
                community_id: Some(community.id),
                actor_id: Some(account.id),
                action: "community.create",
                target: &format!("community {}", community.slug),
                reason: "created the community",
                now,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(community)
    }

    /// The caller's place in a community. A community they do not belong to is "not found":
    /// nothing about it, not even its existence, leaks to outsiders.
    pub async fn ctx(&self, account: &Account, slug: &str) -> Result<Ctx> {
        let community = communities::by_slug(self.store.conn(), slug).await?;
        let m = communities::membership(self.store.conn(), community.id, account.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let roles = RoleSet::decode(&m.roles).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(Ctx {
            member: Member {
                account_id: account.id,
                community_id: community.id,
                membership_id: m.id,
                roles,
            },
            community,
        })
    }

    /// As [`App::ctx`], refusing at once a member whose roles do not allow `permission`: for
    /// handlers that must answer 403 before they look at the request's input.
    pub async fn ctx_requiring(
        &self,
        account: &Account,
        slug: &str,
        permission: Permission,
    ) -> Result<Ctx> {
        let ctx = self.ctx(account, slug).await?;
        ctx.member.require(permission)?;
        Ok(ctx)
    }

    /// An open community, shown to a signed-in non-member so they can join.
    pub async fn open_community(&self, slug: &str) -> Result<Community> {
        let c = communities::by_slug(self.store.conn(), slug).await?;
        if c.open {
            Ok(c)
        } else {
            Err(AppError::NotFound)
        }
    }

    /// Joins an open community as a member of its home organization.
    pub async fn join_open(&self, account: &Account, slug: &str) -> Result<Community> {
        let tx = self.store.write().await?;
        let c = self.join_open_in(&tx, account.id, slug).await?;
        tx.commit().await?;
        Ok(c)
    }

    /// Signs up and joins an open community in one step; returns the community and a session.
    pub async fn join_open_new_account(
        &self,
        slug: &str,
        person: &NewPerson,
    ) -> Result<(Community, String)> {
        self.open_community(slug).await?;
        let hash = self.hash_password(&person.password).await?;
        let tx = self.store.write().await?;
        let account = self.create_account_in(&tx, person, hash, false).await?;
        let c = self.join_open_in(&tx, account.id, slug).await?;
        tx.commit().await?;
        let session = self.start_session(account.id).await?;
        Ok((c, session))
    }

    async fn join_open_in(&self, tx: &Tx, account_id: i32, slug: &str) -> Result<Community> {
        let c = self.open_community(slug).await?;
        let home = communities::organizations(tx, c.id)
            .await?
            .into_iter()
            .find(|o| o.is_home)
            .ok_or(AppError::NotFound)?;
        communities::add_membership(
            tx,
            NewMembership {
                community_id: c.id,
                account_id,
                organization_id: home.id,
                roles: RoleSet::member().encode(),
                invited_by: None,
                invitation_id: None,
                now: self.now(),
            },
        )
        .await
        .map_err(|e| match e {
            convene_store::StoreError::Duplicate(_) => {
                AppError::Conflict("You are already a member of this community.".into())
            }
            e => e.into(),
        })?;
        Ok(c)
    }

    pub async fn my_communities(&self, account: &Account) -> Result<Vec<(Community, RoleSet)>> {
        Ok(communities::of_account(self.store.conn(), account.id)
            .await?
            .into_iter()
            .map(|(m, c)| {
                (
                    c,
                    RoleSet::decode(&m.roles).unwrap_or_else(|_| RoleSet::guest()),
                )
            })
            .collect())
    }

    /// Organizations and the member count, for the community page.
    pub async fn overview(&self, ctx: &Ctx) -> Result<(Vec<Organization>, u64)> {
        ctx.member.require(Permission::ViewCommunity)?;
        let orgs = communities::organizations(self.store.conn(), ctx.community.id).await?;
        let n = communities::member_count(self.store.conn(), ctx.community.id).await?;
        Ok((orgs, n))
    }

    pub async fn members(&self, ctx: &Ctx) -> Result<Vec<MemberRow>> {
        ctx.member.require(Permission::ViewMembers)?;
        Ok(communities::members(self.store.conn(), ctx.community.id).await?)
    }

    pub async fn update_settings(
        &self,
        ctx: &Ctx,
        name: &CommunityName,
        purpose: &Purpose,
        open: bool,
        reason: &Reason,
    ) -> Result<Community> {
        ctx.member.require(Permission::EditSettings)?;
        let c = &ctx.community;
        let tx = self.store.write().await?;
        self.authorize_in(&tx, ctx, Permission::EditSettings)
            .await?;
        let updated = communities::update(&tx, c.id, name.as_str(), purpose.as_str(), open).await?;
        let mut changes = Vec::new();
        if c.name != updated.name {
            changes.push(format!("name: {} → {}", c.name, updated.name));
        }
        if c.purpose != updated.purpose {
            changes.push("purpose".to_owned());
        }
        if c.open != updated.open {
            changes.push(format!("open: {} → {}", c.open, updated.open));
        }
        if !changes.is_empty() {
            audit::append(
                &tx,
                NewEntry {
                    community_id: Some(c.id),
                    actor_id: Some(ctx.member.account_id),
                    action: "settings.change",
                    target: &truncate(&changes.join("; "), 200),
                    reason: reason.as_str(),
                    now: self.now(),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(updated)
    }

    pub async fn add_partner(
        &self,
        ctx: &Ctx,
        name: &OrgName,
        reason: &Reason,
    ) -> Result<Organization> {
        ctx.member.require(Permission::EditSettings)?;
        let tx = self.store.write().await?;
        self.authorize_in(&tx, ctx, Permission::EditSettings)
            .await?;
        let org =
            communities::add_organization(&tx, ctx.community.id, name.as_str(), false).await?;
        self.record(
            &tx,
            ctx,
            "organization.add",
            &format!("organization {}", org.name),
            reason,
        )
        .await?;
        tx.commit().await?;
        Ok(org)
    }

    /// Replaces a member's roles. A community always keeps at least one steward.
    pub async fn change_roles(
        &self,
        ctx: &Ctx,
        membership_id: i32,
        roles: RoleSet,
        reason: &Reason,
    ) -> Result<()> {
        ctx.member.require(Permission::ChangeRoles)?;
        let tx = self.store.write().await?;
        self.authorize_in(&tx, ctx, Permission::ChangeRoles).await?;
        let target = communities::membership_by_id(&tx, ctx.community.id, membership_id).await?;
        let old = RoleSet::decode(&target.roles).map_err(|e| AppError::Internal(e.to_string()))?;
        if old == roles {
            return Ok(());
        }
        if old.contains(Role::Steward)
            && !roles.contains(Role::Steward)
            && self.steward_count(&tx, ctx.community.id).await? <= 1
        {
            return Err(AppError::Conflict(
                "A community needs at least one steward: give the role to someone else first."
                    .into(),
            ));
        }
        communities::set_roles(&tx, membership_id, roles.encode()).await?;
        self.record(
            &tx,
            ctx,
            "role.change",
            &format!(
                "member #{membership_id}: {} → {}",
                old.encode(),
                roles.encode()
            ),
            reason,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_member(
        &self,
        ctx: &Ctx,
        membership_id: i32,
        reason: &Reason,
    ) -> Result<()> {
        ctx.member.require(Permission::RemoveMember)?;
        let tx = self.store.write().await?;
        self.authorize_in(&tx, ctx, Permission::RemoveMember)
            .await?;
        let target = communities::membership_by_id(&tx, ctx.community.id, membership_id).await?;
        let roles =
            RoleSet::decode(&target.roles).map_err(|e| AppError::Internal(e.to_string()))?;
        if roles.contains(Role::Steward) && self.steward_count(&tx, ctx.community.id).await? <= 1 {
            return Err(AppError::Conflict(
                "The last steward cannot be removed.".into(),
            ));
        }
        communities::remove_membership(&tx, membership_id).await?;
        self.record(
            &tx,
            ctx,
            "member.remove",
            &format!("member #{membership_id}"),
            reason,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The community's audit entries, newest first.
    pub async fn audit_log(&self, ctx: &Ctx, before: Option<i32>) -> Result<Vec<AuditEntry>> {
        ctx.member.require(Permission::ViewAuditLog)?;
        Ok(audit::page(self.store.conn(), ctx.community.id, before, AUDIT_PAGE).await?)
    }

    /// Checks the whole chain; `Ok(n)` entries intact, or the first broken entry.
    pub async fn verify_audit(&self) -> Result<Result<usize, Broken>> {
        let tx = self.store.snapshot().await?;
        let (entries, head) = audit::whole_chain(&tx).await?;
        tx.commit().await?;
        Ok(chain::verify(entries, head))
    }
}

impl App {
    /// Appends a use of vertical power by `ctx`'s member to the community's audit log, inside
    /// the transaction of the action itself.
    pub(crate) async fn record(
        &self,
        tx: &Tx,
        ctx: &Ctx,
        action: &str,
        target: &str,
        reason: &Reason,
    ) -> Result<()> {
        audit::append(
            tx,
            NewEntry {
                community_id: Some(ctx.community.id),
                actor_id: Some(ctx.member.account_id),
                action,
                target,
                reason: reason.as_str(),
                now: self.now(),
            },
        )
        .await?;
        Ok(())
    }

    /// How many stewards a community has (checks that keep one in place).
    pub(crate) async fn steward_count(
        &self,
        db: &impl ConnectionTrait,
        community_id: i32,
    ) -> Result<usize> {
        Ok(
            communities::with_role(db, community_id, Role::Steward.as_str())
                .await?
                .len(),
        )
    }

    /// Inside a write transaction: locks the community and re-reads the caller's roles, so a
    /// role taken away a moment ago cannot be used, and checks such as "one steward remains"
    /// run against settled state on both databases.
    pub(crate) async fn authorize_in(
        &self,
        tx: &Tx,
        ctx: &Ctx,
        permission: Permission,
    ) -> Result<()> {
        communities::lock(tx, ctx.community.id).await?;
        let m = communities::membership(tx, ctx.community.id, ctx.member.account_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let roles = RoleSet::decode(&m.roles).map_err(|e| AppError::Internal(e.to_string()))?;
        if roles.allows(permission) {
            Ok(())
        } else {
            Err(AppError::denied(permission))
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
