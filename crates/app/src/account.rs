//! A person's own data: export it as JSON, rename, delete the account.

use crate::unit::Job;
use crate::{App, Message, Result};
use convene_domain::Role;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::CommunityId;
use convene_domain::text::DisplayName;
use convene_i18n::Lang;
use convene_store::accounts::{self, SecretKind};
use convene_store::{Account, communities, invitations, personal};
use serde_json::{Value, json};

impl App {
    /// Everything convene holds about this person, in one JSON document.
    pub async fn export_account(&self, account: &Account) -> Result<Value> {
        let db = self.store.conn();
        let mut memberships = Vec::new();
        for b in communities::of_account(db, account.id).await? {
            let (m, c) = (b.membership, b.community);
            let org = communities::organization(db, c.id, m.organization_id).await?;
            let invited_by = match m.invited_by {
                Some(id) => accounts::get(db, id).await.ok().map(|a| a.display_name),
                None => None,
            };
            let mine: Vec<Value> = invitations::list(db, c.id)
                .await?
                .into_iter()
                .filter(|i| i.created_by == Some(account.id))
                .map(|i| {
                    json!({
                        "id": i.id, "kind": i.kind, "email": i.email,
                        "calling_question": i.calling_question, "uses": i.uses,
                        "max_uses": i.max_uses, "declines": i.declines,
                        "created_at": i.created_at, "expires_at": i.expires_at,
                    })
                })
                .collect();
            memberships.push(json!({
                "community": {"slug": c.slug, "name": c.name},
                "organization": org.name,
                "roles": b.roles.iter().map(Role::as_str).collect::<Vec<_>>(),
                "joined_at": m.joined_at,
                "invited_by": invited_by,
                "invitations_sent": mine,
            }));
        }
        let tokens: Vec<Value> = accounts::secrets_of(db, SecretKind::ApiToken, account.id)
            .await?
            .into_iter()
            .map(|t| json!({"id": t.id, "name": t.label, "created_at": t.created_at}))
            .collect();
        // Every row that names this person, table by table, found from the schema (see
        // docs/export.md): check-ins (anonymous ones too), answers, interest, votes, texts and
        // their revisions, sessions convened, actions, network choices, sessions and tokens.
        let mut records = serde_json::Map::new();
        for r in personal::references(db).await? {
            let rows = personal::rows_naming(db, &r, account.id).await?;
            records.insert(format!("{}.{}", r.tbl, r.col), Value::Array(rows));
        }
        Ok(json!({
            "format": "convene-account-export/2",
            "exported_at": self.now(),
            "account": {
                "id": account.id, "email": account.email, "display_name": account.display_name,
                "created_at": account.created_at, "is_operator": account.is_operator,
                "language": account.language,
            },
            "memberships": memberships,
            "api_tokens": tokens,
            "records": records,
        }))
    }

    /// The language convene speaks to the account; `None` follows the browser (then the
    /// community's default).
    pub async fn set_language(&self, account: &Account, language: Option<Lang>) -> Result<()> {
        let u = self.change_as(account).await?;
        accounts::set_language(&u.tx, account.id, language.map(Lang::code)).await?;
        self.commit(u).await
    }

    pub async fn rename(&self, account: &Account, name: &DisplayName) -> Result<()> {
        let u = self.change_as(account).await?;
        accounts::set_display_name(&u.tx, account.id, name.as_str()).await?;
        self.commit(u).await
    }

    /// Deletes the account and everything that hangs off it. Refused while the person is the
    /// only steward of a community, so no community is left without accountability.
    ///
    /// What refuses for who the person is (operator, only steward) is said before the password
    /// is looked at, so the answer never tells a right password from a wrong one.
    pub async fn delete_account(&self, account: &Account, password: &str) -> Result<()> {
        let fresh = accounts::get(self.store.conn(), account.id).await?;
        if fresh.is_operator {
            return Err(Message::t("error-operator-undeletable").conflict());
        }
        self.refuse_sole_steward(self.store.conn(), account, false)
            .await?;
        if self
            .check_credentials(&fresh.email, password)
            .await
            .is_err()
        {
            return Err(Message::t("error-password-wrong").field("password"));
        }
        let mut u = self.change_as(account).await?;
        // Again under the communities' locks: another steward may have left meanwhile.
        let memberships = self.refuse_sole_steward(&u.tx, account, true).await?;
        // Each community's stewards see that a member left, without who it was.
        for b in &memberships {
            u.audit_in(
                Some(CommunityId(b.community.id)),
                None,
                "member.account_deleted",
                Subject::new(SubjectKind::Membership, b.membership.id),
                "",
                "the member deleted their account",
            );
            u.job(Job::Network(CommunityId(b.community.id)));
        }
        accounts::delete(&u.tx, account.id).await?;
        u.audit_in(
            None,
            Some(account.id.into()),
            "account.delete",
            Subject::new(SubjectKind::Account, account.id),
            "",
            "deleted by its owner",
        );
        self.commit(u).await
    }

    /// The person's memberships, or a conflict naming a community they alone steward.
    async fn refuse_sole_steward(
        &self,
        db: &impl convene_store::store_db::ConnectionTrait,
        account: &Account,
        lock: bool,
    ) -> Result<Vec<communities::Belonging>> {
        let memberships = communities::of_account(db, account.id).await?;
        for b in &memberships {
            if lock {
                communities::lock(db, b.community.id).await?;
            }
            if b.roles.contains(Role::Steward) && self.steward_count(db, b.community.id).await? <= 1
            {
                return Err(Message::t("error-only-steward-of")
                    .text("community", &b.community.name)
                    .conflict());
            }
        }
        Ok(memberships)
    }
}
