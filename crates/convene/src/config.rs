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
