//! Invitations: created by those who may invite, answered in one click by anyone holding the link.
//! Declining needs no account and records no name. Who invited whom is kept on the membership.

use crate::unit::{Job, Unit};
use crate::{Allowed, App, AppError, Message, Result, auth, can};
use convene_domain::RoleSet;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::{CommunityId, InvitationId};
use convene_domain::invitation::{InvitationKind, Terms, Unusable, Usage};
use convene_domain::text::{CallingQuestion, Email, NewPerson, Reason};
use convene_store::accounts::{self, NewAccount};
use convene_store::communities::{self, NewMembership};
use convene_store::invitations::{self, NewInvitation};
use convene_store::{Account, Community, Invitation, Tx};

pub struct NewInvitationForm {
    pub kind: InvitationKind,
    pub email: Option<Email>,
    pub calling_question: CallingQuestion,
    pub organization_id: i32,
    pub guest: bool,
    pub max_uses: i64,
    pub days: i64,
    /// A gathering of this community the invitation is for.
    pub gathering_id: Option<i32>,
}

/// What the invitee sees before answering.
#[derive(Debug, Clone)]
pub struct InvitationView {
    pub invitation: Invitation,
    pub community: Community,
    pub inviter: Option<String>,
    pub organization: String,
    /// (id, title) of the gathering the invitation is for.
    pub gathering: Option<(i32, String)>,
}

pub fn usage(i: &Invitation) -> Usage {
    Usage {
        kind: InvitationKind::parse(&i.kind).unwrap_or(InvitationKind::Personal),
        max_uses: i.max_uses,
        uses: i.uses,
        declines: i.declines,
        expires_at: i.expires_at,
        revoked: i.revoked_at.is_some(),
    }
}

impl App {
    /// Creates an invitation and returns it with its token (shown once, then only its hash exists).
    pub async fn create_invitation(
        &self,
        ctx: &Allowed<can::CreateInvitation>,
        form: &NewInvitationForm,
    ) -> Result<(Invitation, String)> {
        let now = self.now();
        let terms = Terms::parse(form.kind, form.max_uses, form.days, now)
            .map_err(|e| AppError::field("terms", e.to_string()))?;
        let mut u = self.change(ctx).await?;
        // The organization must be one of this community's.
        communities::organization(&u.tx, ctx.community.id, form.organization_id)
            .await
            .map_err(|_| Message::t("error-choose-organization").field("organization"))?;
        if let Some(g) = form.gathering_id {
            convene_store::gatherings::get(&u.tx, ctx.community.id, g)
                .await
                .map_err(|_| Message::t("error-choose-gathering").field("gathering"))?;
        }
        let (token, hash) = auth::new_token();
        let inv = invitations::create(
            &u.tx,
            NewInvitation {
                community_id: ctx.community.id,
                token_hash: &hash,
                kind: terms.kind.as_str(),
                email: form.email.as_ref().map(Email::as_str),
                calling_question: form.calling_question.as_str(),
                organization_id: form.organization_id,
                // A guest (even one who hosts) can only bring in guests: no one widens the
                // boundary past what they themselves see.
                guest: form.guest || ctx.member.roles.is_guest(),
                max_uses: terms.max_uses,
                expires_at: terms.expires_at,
                created_by: Some(ctx.member.account_id.get()),
                now,
                gathering_id: form.gathering_id,
            },
        )
        .await?;
        u.audit(
            "invitation.create",
            Subject::new(SubjectKind::Invitation, inv.id),
            terms.kind.as_str(),
            "",
        );
        self.queue_invitation_mail(&mut u, &inv, &token).await?;
        self.tell_gathering_invitation(&mut u, &inv, ctx.member.account_id)
            .await?;
        self.commit(u).await?;
        Ok((inv, token))
    }

    pub async fn invitations(
        &self,
        ctx: &Allowed<can::ViewInvitations>,
    ) -> Result<Vec<Invitation>> {
        Ok(invitations::list(self.store.conn(), ctx.community.id).await?)
    }

    pub async fn revoke_invitation(
        &self,
        ctx: &Allowed<can::RevokeInvitation>,
        id: InvitationId,
        reason: &Reason,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let inv = invitations::get(&u.tx, ctx.community.id, id.get()).await?;
        if !invitations::revoke(&u.tx, inv.id, self.now()).await? {
            return Err(Message::t("error-invitation-already-revoked").conflict());
        }
        u.audit(
            "invitation.revoke",
            Subject::new(SubjectKind::Invitation, id),
            "",
            reason.as_str(),
        );
        self.commit(u).await
    }

    /// The invitation behind a link, if it can still be answered.
    pub async fn invitation_view(&self, token: &str) -> Result<InvitationView> {
        let db = self.store.conn();
        let invitation = invitations::by_token_hash(db, &auth::token_hash(token)).await?;
        usage(&invitation).check(self.now())?;
        let community = communities::get(db, invitation.community_id).await?;
        let inviter = match invitation.created_by {
            Some(id) => accounts::get(db, id).await.ok().map(|a| a.display_name),
            None => None,
        };
        let organization = communities::organization(db, community.id, invitation.organization_id)
            .await?
            .name;
        let gathering = match invitation.gathering_id {
            Some(id) => convene_store::gatherings::get(db, community.id, id)
                .await
                .ok()
                .map(|g| (g.id, g.title)),
            None => None,
        };
        Ok(InvitationView {
            invitation,
            community,
            inviter,
            organization,
            gathering,
        })
    }

    /// Inside a write transaction: takes one use and adds the membership.
    async fn redeem(&self, u: &mut Unit, token: &str, account_id: i32) -> Result<Community> {
        self.redeem_hash(u, &auth::token_hash(token), account_id)
            .await
    }

    /// As `redeem`, by the token's hash (an OIDC sign-in keeps only the hash while it is away).
    pub(crate) async fn redeem_hash(
        &self,
        u: &mut Unit,
        token_hash: &str,
        account_id: i32,
    ) -> Result<Community> {
        let now = self.now();
        let tx = &u.tx;
        let inv = invitations::by_token_hash(tx, token_hash).await?;
        usage(&inv).check(now)?;
        if communities::membership(tx, inv.community_id, account_id)
            .await?
            .is_some()
        {
            return Err(Message::t("error-already-member").conflict());
        }
        if !invitations::take_use(tx, inv.id, now).await? {
            // Someone else took the last use between our read and our write.
            return Err(AppError::Unusable(Unusable::UsedUp));
        }
        let roles = if inv.guest {
            RoleSet::guest()
        } else {
            RoleSet::member()
        };
        communities::add_membership(
            tx,
            NewMembership {
                community_id: inv.community_id,
                account_id,
                // A provider the community tied to an organization decides where one lands.
                organization_id: self
                    .landing_organization(tx, inv.community_id, account_id, inv.organization_id)
                    .await?,
                roles,
                invited_by: inv.created_by,
                invitation_id: Some(inv.id),
                now,
            },
        )
        .await?;
        let c = communities::get(tx, inv.community_id).await?;
        u.job(Job::Network(CommunityId(c.id)));
        Ok(c)
    }

    /// A signed-in person accepts.
    pub async fn accept_invitation(&self, token: &str, account: &Account) -> Result<Community> {
        let mut u = self.change_as(account).await?;
        let c = self.redeem(&mut u, token, account.id).await?;
        self.commit(u).await?;
        Ok(c)
    }

    /// A new person accepts by creating their account; returns the community and a session.
    pub async fn accept_invitation_new_account(
        &self,
        token: &str,
        person: &NewPerson,
    ) -> Result<(Community, String)> {
        // Fail fast (and without an Argon2 round) on a closed link.
        self.invitation_view(token).await?;
        let hash = self.hash_password(&person.password).await?;
        let mut u = self.change_public().await?;
        let account = self.create_account_in(&u.tx, person, hash, false).await?;
        let c = self.redeem(&mut u, token, account.id).await?;
        self.commit(u).await?;
        let session = self.start_session(account.id).await?;
        Ok((c, session))
    }

    /// A new account inside the caller's transaction (setup, an invitation or an open
    /// community). The password is hashed before the transaction; a taken e-mail is a form error.
    pub(crate) async fn create_account_in(
        &self,
        tx: &Tx,
        person: &NewPerson,
        password_hash: String,
        is_operator: bool,
    ) -> Result<Account> {
        accounts::create(
            tx,
            NewAccount {
                email: person.email.as_str(),
                display_name: person.name.as_str(),
                password_hash: Some(password_hash),
                is_operator,
                now: self.now(),
            },
        )
        .await
        .map_err(|e| match e {
            convene_store::StoreError::Duplicate(_) => {
                Message::t("error-account-exists").field("email")
            }
            e => e.into(),
        })
    }

    /// Declines: counts one decline, records nothing about who.
    pub async fn decline_invitation(&self, token: &str) -> Result<Community> {
        let u = self.change_public().await?;
        let inv = invitations::by_token_hash(&u.tx, &auth::token_hash(token)).await?;
        usage(&inv).check(self.now())?;
        if !invitations::record_decline(&u.tx, inv.id, self.now()).await? {
            return Err(AppError::Unusable(Unusable::UsedUp));
        }
        let c = communities::get(&u.tx, inv.community_id).await?;
        self.commit(u).await?;
        Ok(c)
    }
}
