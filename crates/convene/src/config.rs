//! Configuration: built-in defaults, then a TOML file, then `CONVENE_*` environment variables,
//! then command-line flags (clap reads the last two; later wins).

use serde::Deserialize;
use std::path::Path;

/// Everything that can be set in `convene.toml`. Every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub listen: Option<String>,
    pub public_url: Option<String>,
    pub signin_per_minute: Option<u32>,
    pub redeem_per_minute: Option<u32>,
    pub body_limit_bytes: Option<usize>,
    pub header_timeout_secs: Option<u64>,
    pub request_timeout_secs: Option<u64>,
    pub max_connections: Option<usize>,
    pub metrics_listen: Option<String>,
    pub metrics_token: Option<String>,
    pub session_days: Option<i64>,
    pub anyone_creates_communities: Option<bool>,
    pub library_fetch_private: Option<bool>,
    pub smtp_host: Option<String>,
    pub smtp_port: Option<u16>,
    pub smtp_tls: Option<bool>,
    pub mail_from: Option<String>,
    /// OpenID Connect providers: `[[oidc]]` tables.
    #[serde(default)]
    pub oidc: Vec<OidcConfig>,
}

/// One `[[oidc]]` table. The client secret comes from a file or an environment variable,
/// never from this file (which is often readable, or kept in version control).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcConfig {
    pub id: String,
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret_file: Option<std::path::PathBuf>,
    pub client_secret_env: Option<String>,
}

impl OidcConfig {
    /// The provider as the app takes it, its secret read and its callback under `public_url`.
    pub fn resolve(&self, public_url: &str) -> anyhow::Result<convene_app::oidc::ProviderConfig> {
        let secret = match (&self.client_secret_file, &self.client_secret_env) {
            (Some(_), Some(_)) => anyhow::bail!(
                "OIDC provider {}: give client_secret_file or client_secret_env, not both",
                self.id
            ),
            (Some(path), None) => Some(
                std::fs::read_to_string(path)
                    .map_err(|e| {
                        anyhow::anyhow!("OIDC provider {}: {}: {e}", self.id, path.display())
                    })?
                    .trim()
                    .to_owned(),
            ),
            (None, Some(var)) => Some(std::env::var(var).map_err(|_| {
                anyhow::anyhow!(
                    "OIDC provider {}: environment variable {var} is not set",
                    self.id
                )
            })?),
            // A public client (PKCE alone).
            (None, None) => None,
        };
        Ok(convene_app::oidc::ProviderConfig {
            id: self.id.clone(),
            name: self.name.clone(),
            issuer: self.issuer.clone(),
            client_id: self.client_id.clone(),
            client_secret: secret.filter(|s| !s.is_empty()),
            redirect_url: format!(
                "{}/signin/oidc/{}/callback",
                public_url.trim_end_matches('/'),
                self.id
            ),
        })
    }
}

impl FileConfig {
    /// Reads the file if given; `convene.toml` in the working directory if present; else empty.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let (path, required) = match path {
            Some(p) => (p, true),
            None => (Path::new("convene.toml"), false),
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
            }
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(anyhow::anyhow!("{}: {e}", path.display())),
        }
    }
}

pub const DEFAULT_DB: &str = "sqlite://./convene-data/convene.db?mode=rwc";
pub const DEMO_DB: &str = "sqlite://./convene-data/demo.db?mode=rwc";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
