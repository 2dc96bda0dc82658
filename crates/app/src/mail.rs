//! Sending e-mail over SMTP with lettre. Only the job runner sends (never a request), so a
//! slow or absent mail server delays mail and nothing else; failures are retried by the runner.

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Where mail goes, from the configuration (`smtp_host`, `smtp_port`, `mail_from`, `smtp_tls`).
#[derive(Clone, Debug)]
pub struct MailSettings {
    pub host: String,
    pub port: u16,
    /// The sender, e.g. `convene <convene@example.org>`.
    pub from: String,
    /// STARTTLS required; off only for a local relay or a test server.
    pub tls: bool,
    /// The address links in messages start with, e.g. `https://convene.example.org`.
    pub public_url: String,
}

/// One message, in plain text and HTML.
#[derive(Clone, Debug)]
pub struct Letter {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// A one-click unsubscribe address (RFC 8058): sent as `List-Unsubscribe` with
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
    pub unsubscribe: Option<String>,
}

type Transport = AsyncSmtpTransport<Tokio1Executor>;
/// A mail server as the settings name it: host, port, STARTTLS.
type Server = (String, u16, bool);

/// SMTP connections kept open to one mail server, each sending one message at a time. Many,
/// because each message waits about 40 ms on its connection: lettre 0.11.23 writes the closing
/// dot apart from the body with Nagle's algorithm on, so the dot waits for the server's
/// delayed ACK (fixed upstream by lettre pull request 1159, not yet released).
pub const CONNECTIONS: u32 = 24;

/// Sends mail through one pooled SMTP transport per mail server, kept for the application's
/// life: a burst of notifications reuses open connections instead of a TCP and SMTP
/// handshake per message (a connection that went stale is dropped by the pool).
#[derive(Clone, Default)]
pub struct Mailer {
    transports: Arc<Mutex<HashMap<Server, Transport>>>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Mailer")
    }
}

impl Mailer {
    /// Sends one message; the error is a sentence for the inviter and the operator.
    pub async fn send(&self, s: &MailSettings, letter: &Letter) -> Result<(), String> {
        let message = message(s, letter)?;
        let transport = self.transport(s)?;
        transport.send(message).await.map(|_| ()).map_err(|e| {
            format!(
                "the mail server at {}:{} refused or failed: {e}",
                s.host, s.port
            )
        })
    }

    fn transport(&self, s: &MailSettings) -> Result<Transport, String> {
        let key = (s.host.clone(), s.port, s.tls);
        let mut all = self.transports.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = all.get(&key) {
            return Ok(t.clone());
        }
        let tls = if s.tls {
            let params = TlsParameters::new(s.host.clone())
                .map_err(|e| format!("TLS for {} could not be set up: {e}", s.host))?;
            Tls::Required(params)
        } else {
            Tls::None
        };
        let t = Transport::builder_dangerous(s.host.clone())
            .port(s.port)
            .tls(tls)
            .timeout(Some(Duration::from_secs(20)))
            .pool_config(PoolConfig::new().max_size(CONNECTIONS))
            .build();
        all.insert(key, t.clone());
        Ok(t)
    }
}

fn message(s: &MailSettings, letter: &Letter) -> Result<Message, String> {
    let from: Mailbox = s
        .from
        .parse()
        .map_err(|e| format!("the sender address is not valid: {e}"))?;
    let to: Mailbox = letter
        .to
        .parse()
        .map_err(|e| format!("the address {} is not valid: {e}", letter.to))?;
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(letter.subject.clone());
    if let Some(u) = &letter.unsubscribe {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{u}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            letter.text.clone(),
            letter.html.clone(),
        ))
        .map_err(|e| format!("the message could not be built: {e}"))
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(
            super::escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
