//! `convene audit …`: verify the hash chain, and anchor it outside the database with signed
//! checkpoints. The signing key (ed25519, 32 random bytes in base64) lives in a file or the
//! environment, never in the database: whoever can rewrite the database cannot sign.

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use clap::{Args, Subcommand};
use convene_app::{App, System};
use convene_domain::audit::{Anchor, GENESIS};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

const FORMAT: &str = "convene-audit-checkpoint/1";

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain; exits 1 and names the first broken entry if it was tampered with.
    /// With --checkpoint, also that the log still extends that checkpoint.
    Verify {
        /// A checkpoint printed by `convene audit checkpoint` earlier.
        #[arg(long)]
        checkpoint: Option<PathBuf>,
        #[command(flatten)]
        key: KeyArgs,
        /// The public key that signed the checkpoint (base64), when the signing key is not here.
        #[arg(long, env = "CONVENE_AUDIT_PUBLIC_KEY")]
        public_key: Option<String>,
    },
    /// Verify the chain and print a checkpoint of its head, signed with the audit key, to keep
    /// outside the database.
    Checkpoint {
        #[command(flatten)]
        key: KeyArgs,
    },
    /// Print a new audit signing key (keep it outside the database); its public key goes to stderr.
    Keygen,
}

#[derive(Args)]
pub struct KeyArgs {
    /// File holding the audit signing key (default: the CONVENE_AUDIT_KEY variable).
    #[arg(long, env = "CONVENE_AUDIT_KEY_FILE")]
    key_file: Option<PathBuf>,
}

/// A signed statement: entry `entry` of the log had `hash`, and the log had `entries` entries.
#[derive(Serialize, Deserialize)]
struct Checkpoint {
    format: String,
    entry: i32,
    hash: String,
    entries: usize,
    taken_at: i64,
    public_key: String,
    signature: String,
}

impl Checkpoint {
    fn message(&self) -> String {
        format!(
            "{FORMAT}\n{}\n{}\n{}\n{}",
            self.entry, self.hash, self.entries, self.taken_at
        )
    }
}

fn signing_key(args: &KeyArgs) -> anyhow::Result<Option<SigningKey>> {
    let text = match &args.key_file {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the audit key {}", path.display()))?,
        ),
        None => std::env::var("CONVENE_AUDIT_KEY").ok(),
    };
    let Some(text) = text else { return Ok(None) };
    let bytes = B64
        .decode(text.trim())
        .context("the audit key is not base64")?;
    let seed: [u8; 32] = bytes.try_into().map_err(|_| {
        anyhow::anyhow!("the audit key must be 32 bytes (make one with `convene audit keygen`)")
    })?;
    Ok(Some(SigningKey::from_bytes(&seed)))
}

/// Runs before the database is opened.
pub fn keygen() {
    let mut seed = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut seed);
    let key = SigningKey::from_bytes(&seed);
    println!("{}", B64.encode(seed));
    eprintln!("public key: {}", B64.encode(key.verifying_key().as_bytes()));
}

pub async fn run(
    app: &App,
    system: &System,
    command: AuditCommand,
    now: i64,
) -> anyhow::Result<()> {
    match command {
        AuditCommand::Keygen => keygen(),
        AuditCommand::Checkpoint { key } => {
            let Some(key) = signing_key(&key)? else {
                bail!(
                    "a checkpoint needs the audit signing key: --key-file FILE or CONVENE_AUDIT_KEY (make one with `convene audit keygen`)"
                );
            };
            let verified = match app.verify_audit_extending(system, None).await? {
                Ok(v) => v,
                Err(broken) => broken_exit(&broken.to_string()),
            };
            let (entry, hash) = verified.last.unwrap_or((0, GENESIS.to_owned()));
            let mut cp = Checkpoint {
                format: FORMAT.into(),
                entry,
                hash,
                entries: verified.entries,
                taken_at: now,
                public_key: B64.encode(key.verifying_key().as_bytes()),
                signature: String::new(),
            };
            cp.signature = B64.encode(key.sign(cp.message().as_bytes()).to_bytes());
            println!("{}", serde_json::to_string_pretty(&cp)?);
        }
        AuditCommand::Verify {
            checkpoint,
            key,
            public_key,
        } => {
            let anchor = match checkpoint {
                Some(path) => Some(read_checkpoint(&path, &key, public_key.as_deref())?),
                None => None,
            };
            // A checkpoint of an empty log is extended by every log.
            let anchor = anchor.filter(|a| a.id > 0);
            match app.verify_audit_extending(system, anchor.as_ref()).await? {
                Ok(v) => match anchor {
                    Some(a) => println!(
                        "audit log intact: {} entries verified; it extends the checkpoint at entry {}",
                        v.entries, a.id
                    ),
                    None => println!("audit log intact: {} entries verified", v.entries),
                },
                Err(broken) => broken_exit(&broken.to_string()),
            }
        }
    }
    Ok(())
}

fn broken_exit(why: &str) -> ! {
    eprintln!("audit log BROKEN: {why}");
    std::process::exit(1)
}

/// The checkpoint's anchor, once its signature is checked against a key we trust.
fn read_checkpoint(
    path: &std::path::Path,
    key: &KeyArgs,
    public_key: Option<&str>,
) -> anyhow::Result<Anchor> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the checkpoint {}", path.display()))?;
    let cp: Checkpoint = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a convene audit checkpoint", path.display()))?;
    if cp.format != FORMAT {
        bail!(
            "{}: unknown checkpoint format {:?}",
            path.display(),
            cp.format
        );
    }
    let trusted = match (signing_key(key)?, public_key) {
        (Some(k), _) => k.verifying_key(),
        (None, Some(p)) => {
            let bytes: [u8; 32] = B64
                .decode(p.trim())
                .ok()
                .and_then(|b| b.try_into().ok())
                .context("the public key must be 32 bytes in base64")?;
            VerifyingKey::from_bytes(&bytes).context("not an ed25519 public key")?
        }
        (None, None) => bail!(
            "checking a checkpoint needs the key that signed it: --key-file, CONVENE_AUDIT_KEY or --public-key"
        ),
    };
    let signature = B64
        .decode(cp.signature.trim())
        .ok()
        .and_then(|b| Signature::from_slice(&b).ok());
    if signature.is_none_or(|s| trusted.verify(cp.message().as_bytes(), &s).is_err()) {
        eprintln!(
            "audit checkpoint REFUSED: {} is not signed by the audit key (altered, or signed with another key)",
            path.display()
        );
        std::process::exit(1);
    }
    Ok(Anchor {
        id: cp.entry,
        hash: cp.hash,
    })
}
