//! Notification e-mails, one at a time or as the daily digest, worded in the language their
//! inbox items were described in (the reader's setting, then their community's default), and
//! the words for notification kinds and e-mail modes that the settings page shows.

use crate::mail::{Letter, MailSettings, escape};
use crate::notify::InboxItem;
use convene_domain::notify::{Kind, MailMode};
use convene_i18n::Tr;
use convene_store::Account;
use std::collections::BTreeMap;

/// A kind as the settings page names it.
pub fn kind_label(tr: Tr, k: Kind) -> String {
    tr.t(match k {
        Kind::Mention => "talk-kind-label-mention",
        Kind::Reply => "talk-kind-label-reply",
        Kind::Curation => "talk-kind-label-curation",
        Kind::Decision => "talk-kind-label-decision",
        Kind::Invitation => "talk-kind-label-invitation",
        Kind::ActionDue => "talk-kind-label-action-due",
    })
}

/// An e-mail mode as the settings page names it.
pub fn mode_label(tr: Tr, m: MailMode) -> String {
    tr.t(match m {
        MailMode::Now => "talk-mode-now",
        MailMode::Digest => "talk-mode-digest",
        MailMode::Never => "talk-mode-never",
    })
}

/// A kind as the digest heads its items.
fn heading(tr: Tr, k: Kind) -> String {
    tr.t(match k {
        Kind::Mention => "talk-digest-mention",
        Kind::Reply => "talk-digest-reply",
        Kind::Curation => "talk-digest-curation",
        Kind::Decision => "talk-digest-decision",
        Kind::Invitation => "talk-digest-invitation",
        Kind::ActionDue => "talk-digest-action-due",
    })
}

fn absolute(s: &MailSettings, path: &str) -> String {
    format!("{}{path}", s.public_url.trim_end_matches('/'))
}

/// The footer in text and HTML; `all` when the link stops every kind (the digest's).
fn footer(s: &MailSettings, tr: Tr, unsubscribe: &str, all: bool) -> (String, String) {
    let settings = absolute(s, "/account/notifications");
    let stop = tr.t(if all {
        "talk-mail-stop-all"
    } else {
        "talk-mail-stop-these"
    });
    (
        format!(
            "\n--\n{}\n{stop}: {unsubscribe}\n",
            tr.t1("talk-mail-why-text", "settings", settings.as_str())
        ),
        format!(
            "<hr><p>{} <a href=\"{}\">{}</a>{} <a href=\"{}\">{}</a>.</p>",
            escape(&tr.t("talk-mail-why-before")),
            escape(&settings),
            escape(&tr.t("talk-mail-why-link")),
            escape(&tr.t("talk-mail-why-after")),
            escape(unsubscribe),
            escape(&stop)
        ),
    )
}

/// One notification in plain text and HTML.
pub fn compose_one(s: &MailSettings, to: &Account, item: &InboxItem, unsubscribe: &str) -> Letter {
    let tr = Tr(item.lang);
    let link = absolute(s, &item.link);
    let (ft, fh) = footer(s, tr, unsubscribe, false);
    let open = tr.t("talk-mail-open");
    let quote = if item.excerpt.is_empty() {
        String::new()
    } else {
        format!("\n  {}\n", item.excerpt)
    };
    let text = format!(
        "{} ({})\n{quote}\n{open}: {link}\n{ft}",
        item.text, item.community
    );
    let html = format!(
        "<!doctype html><html lang=\"{}\"><body><p>{} ({})</p>{}<p><a href=\"{}\">{}</a></p>{fh}</body></html>",
        tr.lang().code(),
        escape(&item.text),
        escape(&item.community),
        if item.excerpt.is_empty() {
            String::new()
        } else {
            format!("<blockquote>{}</blockquote>", escape(&item.excerpt))
        },
        escape(&link),
        escape(&open),
    );
    Letter {
        to: to.email.clone(),
        subject: item.text.clone(),
        text,
        html,
        unsubscribe: Some(unsubscribe.to_owned()),
    }
}

/// The daily digest: grouped by community, then by kind, in the language of its first item.
pub fn compose_digest(
    s: &MailSettings,
    to: &Account,
    items: &[InboxItem],
    unsubscribe: &str,
) -> Letter {
    let tr = Tr(items.first().map(|i| i.lang).unwrap_or_default());
    let mut groups: BTreeMap<&str, BTreeMap<Kind, Vec<&InboxItem>>> = BTreeMap::new();
    for i in items {
        groups
            .entry(i.community.as_str())
            .or_default()
            .entry(i.kind)
            .or_default()
            .push(i);
    }
    let (mut text, mut html) = (
        String::new(),
        format!("<!doctype html><html lang=\"{}\"><body>", tr.lang().code()),
    );
    for (community, kinds) in &groups {
        text.push_str(&format!("# {community}\n\n"));
        html.push_str(&format!("<h1>{}</h1>", escape(community)));
        for (kind, list) in kinds {
            let heading = heading(tr, *kind);
            text.push_str(&format!("## {heading}\n"));
            html.push_str(&format!("<h2>{}</h2><ul>", escape(&heading)));
            for i in list {
                let link = absolute(s, &i.link);
                text.push_str(&format!("- {}: {link}\n", i.text));
                html.push_str(&format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    escape(&link),
                    escape(&i.text)
                ));
            }
            text.push('\n');
            html.push_str("</ul>");
        }
    }
    let (ft, fh) = footer(s, tr, unsubscribe, true);
    text.push_str(&ft);
    html.push_str(&fh);
    html.push_str("</body></html>");
    Letter {
        to: to.email.clone(),
        subject: tr.t1("talk-digest-subject", "count", items.len()),
        text,
        html,
        unsubscribe: Some(unsubscribe.to_owned()),
    }
}
