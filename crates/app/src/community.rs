//! Communities: creating and configuring them, their organizations, members, roles and audit log.

use crate::unit::{Job, Unit};
use crate::{Allowed, App, AppError, Ctx, Message, Result, can};
use convene_domain::audit::{self as chain, Broken, Subject, SubjectKind};
use convene_domain::ids::{CommunityId, MembershipId, OrganizationId};
use convene_domain::text::{CommunityName, NewPerson, OrgName, Purpose, Reason, Slug};
use convene_domain::{Member, Permission, Role, RoleSet};
use convene_i18n::Lang;
use convene_store::audit;
use convene_store::communities::{self, MemberRow, NewCommunity, NewMembership};
use convene_store::store_db::ConnectionTrait;
use convene_store::{Account, AuditEntry, Community, Organization};

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
            return Err(AppError::denied(Permission::EditSettings));
        }
        let now = self.now();
        let mut u = self.change_as(account).await?;
        let community = communities::create(
            &u.tx,
            NewCommunity {
                slug: form.slug.as_str(),
                name: form.name.as_str(),
                purpose: form.purpose.as_str(),
                open: form.open,
                now,
            },
        )
        .await?;
        let home = communities::add_organization(
            &u.tx,
            community.id,
            form.home_organization.as_str(),
            true,
        )
        .await?;
        communities::add_membership(
            &u.tx,
            NewMembership {
                community_id: community.id,
                account_id: account.id,
                organization_id: home.id,
                roles: RoleSet::only(Role::Steward),
                invited_by: None,
                invitation_id: None,
                now,
            },
        )
        .await?;
        u.audit_in(
            Some(CommunityId(community.id)),
            Some(account.id.into()),
            "community.create",
            Subject::new(SubjectKind::Community, community.id),
            "",
            "created the community",
        );
        self.commit(u).await?;
        Ok(community)
    }

    /// The caller's place in a community. A community they do not belong to is "not found":
    /// nothing about it, not even its existence, leaks to outsiders.
    pub async fn ctx(&self, account: &Account, slug: &str) -> Result<Ctx> {
        let db = self.store.conn();
        let community = communities::by_slug(db, slug).await?;
        let m = communities::membership(db, community.id, account.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (roles, usable) = self
            .member_roles(db, community.id, account.id, m.id)
            .await?;
        let policies_pending = self.policies_pending(db, community.id, account.id).await?;
        let suspended = convene_store::moderation::suspended(
            db,
            CommunityId(community.id),
            account.id.into(),
            self.now(),
        )
        .await?;
        Ok(Ctx {
            usable,
            policies_pending,
            suspended,
            member: Member {
                account_id: account.id.into(),
                community_id: CommunityId(community.id),
                membership_id: MembershipId(m.id),
                organization_id: OrganizationId(m.organization_id),
                roles,
            },
            community,
        })
    }

    /// A member's roles as held now and the part of them usable now: the one reading behind
    /// both `App::ctx` (every request) and `App::change` (inside each write), so a role whose
    /// term ended, or a vertical role waiting for a second factor, is never usable in either.
    pub(crate) async fn member_roles(
        &self,
        db: &impl ConnectionTrait,
        community: i32,
        account: i32,
        membership: i32,
    ) -> Result<(RoleSet, RoleSet)> {
        let roles = communities::roles(db, membership).await?;
        // A term that ended takes its role on the next request, sessions and tokens alike.
        let held = self.roles_in_force(db, community, account, roles).await?;
        let usable = self.usable_roles(db, community, account, held).await?;
        Ok((held, usable))
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
        let mut u = self.change_as(account).await?;
        let c = self.join_open_in(&mut u, account.id, slug).await?;
        self.commit(u).await?;
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
        let mut u = self.change_public().await?;
        let account = self.create_account_in(&u.tx, person, hash, false).await?;
        let c = self.join_open_in(&mut u, account.id, slug).await?;
        self.commit(u).await?;
        let session = self.start_session(account.id).await?;
        Ok((c, session))
    }

    async fn join_open_in(&self, u: &mut Unit, account_id: i32, slug: &str) -> Result<Community> {
        let c = self.open_community(slug).await?;
        let home = communities::organizations(&u.tx, c.id)
            .await?
            .into_iter()
            .find(|o| o.is_home)
            .ok_or(AppError::NotFound)?;
        communities::add_membership(
            &u.tx,
            NewMembership {
                community_id: c.id,
                account_id,
                organization_id: home.id,
                roles: RoleSet::member(),
                invited_by: None,
                invitation_id: None,
                now: self.now(),
            },
        )
        .await
        .map_err(|e| match e {
            convene_store::StoreError::Duplicate(_) => {
                Message::t("error-already-member").conflict()
            }
            e => e.into(),
        })?;
        u.job(Job::Network(CommunityId(c.id)));
        Ok(c)
    }

    pub async fn my_communities(&self, account: &Account) -> Result<Vec<(Community, RoleSet)>> {
        Ok(communities::of_account(self.store.conn(), account.id)
            .await?
            .into_iter()
            .map(|b| (b.community, b.roles))
            .collect())
    }

    /// Organizations and the member count, for the community page.
    pub async fn overview(
        &self,
        ctx: &Allowed<can::ViewCommunity>,
    ) -> Result<(Vec<Organization>, u64)> {
        let orgs = communities::organizations(self.store.conn(), ctx.community.id).await?;
        let n = communities::member_count(self.store.conn(), ctx.community.id).await?;
        Ok((orgs, n))
    }

    pub async fn members(&self, ctx: &Allowed<can::ViewMembers>) -> Result<Vec<MemberRow>> {
        Ok(communities::members(self.store.conn(), ctx.community.id).await?)
    }

    pub async fn update_settings(
        &self,
        ctx: &Allowed<can::EditSettings>,
        name: &CommunityName,
        purpose: &Purpose,
        open: bool,
        reason: &Reason,
    ) -> Result<Community> {
        let c = &ctx.community;
        let mut u = self.change(ctx).await?;
        let updated =
            communities::update(&u.tx, c.id, name.as_str(), purpose.as_str(), open).await?;
        let mut changes = Vec::new();
        if c.name != updated.name {
            changes.push("name");
        }
        if c.purpose != updated.purpose {
            changes.push("purpose");
        }
        if c.open != updated.open {
            changes.push(if updated.open { "opened" } else { "closed" });
        }
        if !changes.is_empty() {
            u.audit(
                "settings.change",
                Subject::new(SubjectKind::Community, c.id),
                &changes.join(", "),
                reason.as_str(),
            );
        }
        self.commit(u).await?;
        Ok(updated)
    }

    /// The community's default language, for readers who chose none and whose browser asks
    /// for none convene speaks; `None` is English. Audited as a settings change.
    pub async fn set_community_language(
        &self,
        ctx: &Allowed<can::EditSettings>,
        language: Option<Lang>,
    ) -> Result<()> {
        let c = &ctx.community;
        let mut u = self.change(ctx).await?;
        let code = language.map(Lang::code);
        if c.language.as_deref() != code {
            communities::set_language(&u.tx, c.id, code).await?;
            u.audit(
                "settings.change",
                Subject::new(SubjectKind::Community, c.id),
                &format!("language: {}", code.unwrap_or("none")),
                "",
            );
        }
        self.commit(u).await
    }

    pub async fn add_partner(
        &self,
        ctx: &Allowed<can::EditSettings>,
        name: &OrgName,
        reason: &Reason,
    ) -> Result<Organization> {
        let mut u = self.change(ctx).await?;
        let org =
            communities::add_organization(&u.tx, ctx.community.id, name.as_str(), false).await?;
        u.audit(
            "organization.add",
            Subject::new(SubjectKind::Organization, org.id),
            "",
            reason.as_str(),
        );
        self.commit(u).await?;
        Ok(org)
    }

    /// Replaces a member's roles. A community always keeps at least one steward.
    pub async fn change_roles(
        &self,
        ctx: &Allowed<can::ChangeRoles>,
        membership_id: MembershipId,
        roles: RoleSet,
        reason: &Reason,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let target =
            communities::membership_by_id(&u.tx, ctx.community.id, membership_id.get()).await?;
        let old = communities::roles(&u.tx, target.id).await?;
        if old == roles {
            return Ok(());
        }
        if old.contains(Role::Steward)
            && !roles.contains(Role::Steward)
            && self.steward_count(&u.tx, ctx.community.id).await? <= 1
        {
            return Err(Message::t("error-last-steward-role").conflict());
        }
        communities::set_roles(&u.tx, target.id, roles).await?;
        u.audit(
            "role.change",
            Subject::new(SubjectKind::Membership, membership_id.get()),
            &format!("{} → {}", old.encode(), roles.encode()),
            reason.as_str(),
        );
        self.commit(u).await
    }

    pub async fn remove_member(
        &self,
        ctx: &Allowed<can::RemoveMember>,
        membership_id: MembershipId,
        reason: &Reason,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let target =
            communities::membership_by_id(&u.tx, ctx.community.id, membership_id.get()).await?;
        let roles = communities::roles(&u.tx, target.id).await?;
        if roles.contains(Role::Steward) && self.steward_count(&u.tx, ctx.community.id).await? <= 1
        {
            return Err(Message::t("error-last-steward-remove").conflict());
        }
        communities::remove_membership(&u.tx, target.id).await?;
        u.audit(
            "member.remove",
            Subject::new(SubjectKind::Membership, membership_id.get()),
            "",
            reason.as_str(),
        );
        u.job(Job::Network(CommunityId(ctx.community.id)));
        self.commit(u).await
    }

    /// The community's audit entries, newest first.
    pub async fn audit_log(
        &self,
        ctx: &Allowed<can::ViewAuditLog>,
        before: Option<i32>,
    ) -> Result<Vec<AuditEntry>> {
        Ok(audit::page(self.store.conn(), ctx.community.id, before, AUDIT_PAGE).await?)
    }

    /// Checks the whole chain; `Ok(n)` entries intact, or the first broken entry.
    pub async fn verify_audit(&self, _: &crate::System) -> Result<Result<usize, Broken>> {
        let tx = self.store.snapshot().await?;
        let (entries, head) = audit::whole_chain(&tx).await?;
        tx.commit().await?;
        Ok(chain::verify(entries, head))
    }

    /// Checks the whole chain and that it still extends `anchor` (a checkpoint's entry and
    /// hash); `Ok` says how many entries and which is last, for a new checkpoint.
    pub async fn verify_audit_extending(
        &self,
        _: &crate::System,
        anchor: Option<&chain::Anchor>,
    ) -> Result<Result<chain::Verified, Broken>> {
        let tx = self.store.snapshot().await?;
        let (entries, head) = audit::whole_chain(&tx).await?;
        tx.commit().await?;
        Ok(chain::verify_extending(entries, head, anchor))
    }

    /// How many stewards a community has (checks that keep one in place).
    pub(crate) async fn steward_count(
        &self,
        db: &impl ConnectionTrait,
        community_id: i32,
    ) -> Result<usize> {
        Ok(communities::with_role(db, community_id, Role::Steward)
            .await?
            .len())
    }
}
