//! Personal invitations that arrive: an invitation with an e-mail address is queued for
//! sending with its creation (in the same transaction, through the outbox) and sent by the job
//! runner, retried with backoff and given up on after [`MAIL_ATTEMPTS`]; the inviter sees the
//! state on the invitations page and may resend, which makes a new link (the old one stops).

use crate::authz::System;
use crate::mail::{Letter, MailSettings, escape};
use crate::unit::{Job, Unit};
use crate::{Allowed, App, AppError, Result, auth, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::InvitationId;
use convene_i18n::{Lang, Tr};
use convene_store::invitation_mails::{self, InvitationMail, WAITING};
use convene_store::{accounts, communities, invitations};
use std::collections::HashMap;

/// Attempts before a delivery is failed for good (with the runner's backoff: about 2.5 minutes).
pub const MAIL_ATTEMPTS: i32 = 5;

/// What the inviter sees about one delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub state: String,
    pub attempts: i32,
    pub last_error: String,
    pub sent_at: Option<i64>,
}

impl From<InvitationMail> for Delivery {
    fn from(m: InvitationMail) -> Self {
        Self {
            state: m.state,
            attempts: m.attempts,
            last_error: m.last_error,
            sent_at: m.sent_at,
        }
    }
}

impl App {
    /// Inside the transaction that made the invitation (or a new link for it): queues the
    /// message if the invitation has an address and this server sends mail.
    pub(crate) async fn queue_invitation_mail(
        &self,
        u: &mut Unit,
        invitation: &convene_store::Invitation,
        token: &str,
    ) -> Result<bool> {
        if invitation.email.is_none() || self.settings.mail.is_none() {
            return Ok(false);
        }
        invitation_mails::queue(&u.tx, invitation.id, token, self.now()).await?;
        u.job(Job::InvitationMail(InvitationId(invitation.id)));
        Ok(true)
    }

    /// Sends a personal invitation again, with a new link (the earlier one stops working).
    pub async fn resend_invitation(
        &self,
        ctx: &Allowed<can::CreateInvitation>,
        id: InvitationId,
    ) -> Result<()> {
        if self.settings.mail.is_none() {
            return Err(crate::Message::t("error-no-mail").conflict());
        }
        let mut u = self.change(ctx).await?;
        let inv = invitations::get(&u.tx, ctx.community.id, id.get()).await?;
        if inv.email.is_none() {
            return Err(crate::Message::t("error-invitation-no-email").conflict());
        }
        crate::invitation::usage(&inv).check(self.now())?;
        let (token, hash) = auth::new_token();
        invitations::set_token_hash(&u.tx, inv.id, &hash).await?;
        self.queue_invitation_mail(&mut u, &inv, &token).await?;
        u.audit(
            "invitation.resend",
            Subject::new(SubjectKind::Invitation, id),
            "",
            "",
        );
        self.commit(u).await
    }

    /// The deliveries of the community's invitations, by invitation id.
    pub async fn invitation_deliveries(
        &self,
        ctx: &Allowed<can::ViewInvitations>,
    ) -> Result<HashMap<i32, Delivery>> {
        Ok(
            invitation_mails::for_community(self.store.conn(), ctx.community.id)
                .await?
                .into_iter()
                .map(|m| (m.invitation_id, m.into()))
                .collect(),
        )
    }

    /// The job: sends the message if it still waits. `Err` asks the runner to retry.
    pub(crate) async fn send_invitation_mail(
        &self,
        _: &System,
        invitation_id: i32,
        attempts: i32,
    ) -> Result<()> {
        let db = self.store.conn();
        let Some(m) = invitation_mails::get(db, invitation_id).await? else {
            return Ok(());
        };
        if m.state != WAITING || m.pending_token.is_empty() {
            return Ok(());
        }
        let now = self.now();
        let Some(settings) = &self.settings.mail else {
            invitation_mails::failed(db, m.id, attempts, "this server sends no mail", true, now)
                .await?;
            return Ok(());
        };
        let letter = match self.invitation_letter(settings, invitation_id, &m).await {
            Ok(l) => l,
            Err(reason) => {
                invitation_mails::failed(db, m.id, attempts, &reason, true, now).await?;
                return Ok(());
            }
        };
        match self.mailer.send(settings, &letter).await {
            Ok(()) => {
                invitation_mails::sent(db, m.id, attempts, self.now()).await?;
                Ok(())
            }
            Err(e) => {
                let give_up = attempts >= MAIL_ATTEMPTS;
                invitation_mails::failed(db, m.id, attempts, &e, give_up, self.now()).await?;
                if give_up {
                    Ok(())
                } else {
                    Err(AppError::Internal(e))
                }
            }
        }
    }

    /// The message; `Err` is why it will not be sent (the invitation closed meanwhile).
    async fn invitation_letter(
        &self,
        settings: &MailSettings,
        invitation_id: i32,
        m: &InvitationMail,
    ) -> std::result::Result<Letter, String> {
        let db = self.store.conn();
        let gone = |_| "the invitation is gone".to_owned();
        let inv = invitations::by_id(db, invitation_id).await.map_err(gone)?;
        if let Err(e) = crate::invitation::usage(&inv).check(self.now()) {
            return Err(format!("not sent: {e}"));
        }
        let community = communities::get(db, inv.community_id).await.map_err(gone)?;
        let to = inv.email.as_deref().unwrap_or_default();
        // The invitee's own language if they have an account here, else the community's.
        let own = match accounts::find_by_email(db, to).await {
            Ok(Some(a)) => a.language,
            _ => None,
        };
        let tr = Tr(Lang::choose(
            own.as_deref(),
            None,
            community.language.as_deref(),
        ));
        let inviter = match inv.created_by {
            Some(id) => accounts::get(db, id).await.ok().map(|a| a.display_name),
            None => None,
        }
        .unwrap_or_else(|| tr.t("mail-invite-someone"));
        let link = format!(
            "{}/invite/{}",
            settings.public_url.trim_end_matches('/'),
            m.pending_token
        );
        Ok(compose(
            tr,
            to,
            &inviter,
            &community.name,
            &inv.calling_question,
            &link,
        ))
    }
}

/// The invitation in plain text and HTML, in `tr`'s language: who invites, the calling
/// question, and the links.
pub fn compose(
    tr: Tr,
    to: &str,
    inviter: &str,
    community: &str,
    question: &str,
    link: &str,
) -> Letter {
    let decline = format!("{link}#decline");
    let intro = tr.t2(
        "mail-invite-intro",
        "inviter",
        inviter,
        "community",
        community,
    );
    let text = format!(
        "{intro}\n\n{}\n\n  {question}\n\n{}\n{link}\n\n{}\n{decline}\n",
        tr.t("mail-invite-question"),
        tr.t("mail-invite-accept-text"),
        tr.t("mail-invite-decline-text"),
    );
    // The community's name is set in bold inside the sentence, wherever the language puts it.
    let intro_html = tr.t2(
        "mail-invite-intro",
        "inviter",
        escape(inviter),
        "community",
        format!("<strong>{}</strong>", escape(community)),
    );
    let html = format!(
        "<!doctype html><html lang=\"{lang}\"><body>\
         <p>{intro_html}</p>\
         <p>{q}</p><blockquote>{question}</blockquote>\
         <p><a href=\"{link_e}\">{accept}</a></p>\
         <p>{before} <a href=\"{decline_e}\">{decline_word}</a> {after}</p>\
         </body></html>",
        lang = tr.lang().code(),
        q = escape(&tr.t("mail-invite-question")),
        accept = escape(&tr.t("mail-invite-accept")),
        before = escape(&tr.t("mail-invite-decline-before")),
        decline_word = escape(&tr.t("mail-invite-decline")),
        after = escape(&tr.t("mail-invite-decline-after")),
        question = escape(question),
        link_e = escape(link),
        decline_e = escape(&decline),
    );
    Letter {
        to: to.to_owned(),
        subject: tr.t2(
            "mail-invite-subject",
            "inviter",
            inviter,
            "community",
            community,
        ),
        text,
        html,
        unsubscribe: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invitation_speaks_the_invitees_language_and_escapes_what_people_wrote() {
        let link = "https://convene.example/invite/abc";
        let de = compose(
            Tr(Lang::De),
            "ana@example.org",
            "Ben <b>",
            "Flussgruppe & Co",
            "Wie retten wir den Fluss?",
            link,
        );
        assert_eq!(de.subject, "Ben <b> lädt dich zu Flussgruppe & Co ein");
        assert!(
            de.text
                .contains("Ben <b> lädt dich zu Flussgruppe & Co auf convene ein.")
        );
        assert!(de.text.contains("Die Frage, die uns zusammenbringt:"));
        assert!(de.text.contains(&format!("{link}#decline")));
        assert!(de.html.contains(r#"<html lang="de">"#), "{}", de.html);
        assert!(
            de.html
                .contains("Ben &lt;b&gt; lädt dich zu <strong>Flussgruppe &amp; Co</strong>"),
            "{}",
            de.html
        );
        assert!(!de.html.contains("<b>"), "{}", de.html);
        assert!(de.html.contains(">Einladung annehmen</a>"), "{}", de.html);
        let es = compose(Tr(Lang::Es), "x@example.org", "Ana", "Río", "¿Qué?", link);
        assert_eq!(es.subject, "Ana te invita a Río");
        assert!(es.html.contains(">Rechazar</a>"), "{}", es.html);
        let en = compose(Tr::default(), "x@example.org", "Ana", "River", "Why?", link);
        assert_eq!(en.subject, "Ana invites you to River");
    }
}
