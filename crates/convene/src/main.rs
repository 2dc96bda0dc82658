//! The convene binary: `serve`, `demo`, `migrate`, `audit verify|checkpoint|keygen`.

mod audit;
mod config;
mod graph;
mod listen;
mod plan;

use anyhow::Context;
use clap::{Parser, Subcommand};
use config::FileConfig;
use convene_app::{App, Clock, Settings, System};
use convene_web::WebConfig;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How long the network job waits after a change before computing, so a burst counts once.
const NETWORK_SETTLE: std::time::Duration = std::time::Duration::from_secs(5);
/// How often the job runner looks for due jobs it was not woken for (retries, other servers).
const JOB_POLL: std::time::Duration = std::time::Duration::from_secs(5);

#[derive(Parser)]
#[command(
    name = "convene",
    version,
    about = "Open Space, network leadership and open governance for communities"
)]
struct Cli {
    /// TOML configuration file (default: ./convene.toml if it exists).
    #[arg(long, global = true, env = "CONVENE_CONFIG")]
    config: Option<PathBuf>,
    /// sqlite://path?mode=rwc or postgres://user@host/db (default: ./convene-data/convene.db).
    #[arg(long, global = true, env = "CONVENE_DATABASE_URL")]
    database_url: Option<String>,
    /// How long a sign-in lasts, in days (default 30).
    #[arg(long, global = true, env = "CONVENE_SESSION_DAYS")]
    session_days: Option<i64>,
    /// Whether anyone signed in may create a community (default: only the operator).
    #[arg(long, global = true, env = "CONVENE_ANYONE_CREATES_COMMUNITIES")]
    anyone_creates_communities: Option<bool>,
    /// Whether importing by URL may fetch loopback and private addresses (default: no; tests
    /// and closed networks only).
    #[arg(long, global = true, env = "CONVENE_LIBRARY_FETCH_PRIVATE")]
    library_fetch_private: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve {
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long, env = "CONVENE_LISTEN")]
        listen: Option<String>,
        /// The address people use, e.g. https://convene.example.org (default: http://<listen>).
        #[arg(long, env = "CONVENE_PUBLIC_URL")]
        public_url: Option<String>,
        /// Fill the database with the demo community first (default database: ./convene-data/demo.db).
        #[arg(long)]
        demo: bool,
        #[arg(long, env = "CONVENE_SIGNIN_PER_MINUTE")]
        signin_per_minute: Option<u32>,
        #[arg(long, env = "CONVENE_REDEEM_PER_MINUTE")]
        redeem_per_minute: Option<u32>,
        /// Largest request body in bytes (default 65536).
        #[arg(long, env = "CONVENE_BODY_LIMIT_BYTES")]
        body_limit_bytes: Option<usize>,
        /// Seconds a client has to send a request's headers; also how long an idle
        /// kept-alive connection stays open (default 10).
        #[arg(long, env = "CONVENE_HEADER_TIMEOUT_SECS")]
        header_timeout_secs: Option<u64>,
        /// Seconds a request may take, its body included, before it gets 408 (default 30).
        #[arg(long, env = "CONVENE_REQUEST_TIMEOUT_SECS")]
        request_timeout_secs: Option<u64>,
        /// Connections served at once; more wait until one closes (default 1024).
        #[arg(long, env = "CONVENE_MAX_CONNECTIONS")]
        max_connections: Option<usize>,
        /// Serve /metrics (without a token) on this separate address, e.g. 127.0.0.1:9090.
        #[arg(long, env = "CONVENE_METRICS_LISTEN")]
        metrics_listen: Option<String>,
        /// Serve /metrics on the main address to `Authorization: Bearer <token>` only.
        #[arg(long, env = "CONVENE_METRICS_TOKEN", hide_env_values = true)]
        metrics_token: Option<String>,
        /// SMTP server for invitation e-mails (no mail is sent without it).
        #[arg(long, env = "CONVENE_SMTP_HOST")]
        smtp_host: Option<String>,
        /// SMTP port (default 587 with TLS, 25 without).
        #[arg(long, env = "CONVENE_SMTP_PORT")]
        smtp_port: Option<u16>,
        /// STARTTLS to the SMTP server (default true; false only for a local relay).
        #[arg(long, env = "CONVENE_SMTP_TLS")]
        smtp_tls: Option<bool>,
        /// The sender of e-mails, e.g. "convene <convene@example.org>".
        #[arg(long, env = "CONVENE_MAIL_FROM")]
        mail_from: Option<String>,
    },
    /// Fill the database with the demo community and print the accounts to sign in with.
    Demo,
    /// Apply database migrations and exit.
    Migrate,
    /// The planning engine: agenda suggestion for Open Space gatherings.
    Plan {
        #[command(subcommand)]
        command: plan::PlanCommand,
    },
    /// The network analytics engine: one metric per node of an edge list.
    Graph {
        #[command(flatten)]
        args: graph::GraphArgs,
    },
    /// The tamper-evident audit log.
    Audit {
        #[command(subcommand)]
        command: audit::AuditCommand,
    },
    /// The search index.
    Search {
        #[command(subcommand)]
        command: SearchCommand,
    },
}

#[derive(Subcommand)]
enum SearchCommand {
    /// Index all content again (a running server keeps it up to date by itself).
    Rebuild,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "convene=info,tower_http=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    // The engines need no database or configuration.
    if let Command::Plan { command } = cli.command {
        return plan::run(command);
    }
    if let Command::Graph { args } = cli.command {
        return graph::run(args);
    }
    if let Command::Audit {
        command: audit::AuditCommand::Keygen,
    } = cli.command
    {
        audit::keygen();
        return Ok(());
    }
    let file = FileConfig::load(cli.config.as_deref())?;
    let demo_db = matches!(
        cli.command,
        Command::Demo | Command::Serve { demo: true, .. }
    );
    let db_url = cli
        .database_url
        .clone()
        .or(file.database_url.clone())
        .unwrap_or_else(|| {
            if demo_db {
                config::DEMO_DB
            } else {
                config::DEFAULT_DB
            }
            .to_owned()
        });
    let session_days = cli.session_days.or(file.session_days).unwrap_or(30);
    anyhow::ensure!(
        (1..=365).contains(&session_days),
        "session_days must be between 1 and 365"
    );
    let settings = Settings {
        session_ttl: session_days * 86_400,
        anyone_creates_communities: cli
            .anyone_creates_communities
            .or(file.anyone_creates_communities)
            .unwrap_or(false),
        library_fetch: convene_app::fetch::FetchPolicy {
            allow_private: cli
                .library_fetch_private
                .or(file.library_fetch_private)
                .unwrap_or(false),
            ..Default::default()
        },
        ..Settings::default()
    };
    let store = convene_app::store::Store::connect(&db_url)
        .await
        .with_context(|| format!("cannot open the database at {}", redact(&db_url)))?;
    store.migrate().await.context("migrations failed")?;
    // The one `System` value: only this wiring may start jobs and act as the system.
    let (mut app, system) = App::new(store, Clock::System, settings);

    match cli.command {
        Command::Migrate => {
            println!("database is up to date: {}", redact(&db_url));
        }
        Command::Demo => {
            print_demo(&app, &system, "http://127.0.0.1:8080").await?;
            println!(
                "Start it with: convene serve --demo (or --database-url {})",
                redact(&db_url)
            );
        }
        Command::Search {
            command: SearchCommand::Rebuild,
        } => {
            let n = app.rebuild_search(&system).await?;
            println!("indexed {n} pieces of content");
        }
        Command::Plan { .. } => unreachable!("handled before the database is opened"),
        Command::Graph { .. } => unreachable!("handled before the database is opened"),
        Command::Audit { command } => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            audit::run(&app, &system, command, now).await?;
        }
        Command::Serve {
            listen,
            public_url,
            demo,
            signin_per_minute,
            redeem_per_minute,
            body_limit_bytes,
            header_timeout_secs,
            request_timeout_secs,
            max_connections,
            metrics_listen,
            metrics_token,
            smtp_host,
            smtp_port,
            smtp_tls,
            mail_from,
        } => {
            let listen = listen
                .or(file.listen)
                .unwrap_or_else(|| config::DEFAULT_LISTEN.to_owned());
            let addr: SocketAddr = listen
                .parse()
                .with_context(|| format!("bad listen address {listen}"))?;
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("cannot listen on {addr}"))?;
            let addr = listener.local_addr()?;
            let public_url = public_url
                .or(file.public_url)
                .unwrap_or_else(|| format!("http://{addr}"));
            let defaults = WebConfig::default();
            let web = WebConfig {
                public_url: public_url.trim_end_matches('/').to_owned(),
                signin_per_minute: signin_per_minute
                    .or(file.signin_per_minute)
                    .unwrap_or(defaults.signin_per_minute),
                redeem_per_minute: redeem_per_minute
                    .or(file.redeem_per_minute)
                    .unwrap_or(defaults.redeem_per_minute),
                body_limit: body_limit_bytes
                    .or(file.body_limit_bytes)
                    .unwrap_or(defaults.body_limit),
                request_timeout: request_timeout_secs
                    .or(file.request_timeout_secs)
                    .map_or(defaults.request_timeout, Duration::from_secs),
                metrics_token: metrics_token
                    .or(file.metrics_token)
                    .filter(|t| !t.trim().is_empty()),
                ..WebConfig::default()
            };
            let conns = listen::ConnLimits {
                header_timeout: Duration::from_secs(
                    header_timeout_secs
                        .or(file.header_timeout_secs)
                        .unwrap_or(10)
                        .max(1),
                ),
                max_connections: max_connections.or(file.max_connections).unwrap_or(1024),
            };
            if let Some(host) = smtp_host
                .or(file.smtp_host)
                .filter(|h| !h.trim().is_empty())
            {
                let tls = smtp_tls.or(file.smtp_tls).unwrap_or(true);
                app.settings.mail = Some(convene_app::mail::MailSettings {
                    host,
                    port: smtp_port
                        .or(file.smtp_port)
                        .unwrap_or(if tls { 587 } else { 25 }),
                    from: mail_from
                        .or(file.mail_from)
                        .context("mail_from is needed when smtp_host is set")?,
                    tls,
                    public_url: web.public_url.clone(),
                });
            }
            let providers = file
                .oidc
                .iter()
                .map(|p| p.resolve(&web.public_url))
                .collect::<anyhow::Result<Vec<_>>>()?;
            app.settings.oidc =
                convene_app::oidc::Providers::new(providers).map_err(anyhow::Error::msg)?;
            // Passkeys belong to the public URL's host; browsers refuse them for an IP address.
            app.settings.passkeys = match convene_app::passkey::RelyingParty::new(&web.public_url) {
                Ok(rp) => Some(rp),
                Err(e) => {
                    eprintln!("Passkeys are off: {e}");
                    None
                }
            };
            if demo {
                print_demo(&app, &system, &web.public_url).await?;
            }
            if let Some(token) = app.setup_token(&system).await? {
                println!(
                    "Nobody has an account yet. Open this one-time link to become the first steward:"
                );
                println!("  {}/setup/{token}", web.public_url);
            }
            let metrics = match metrics_listen.or(file.metrics_listen) {
                Some(m) => {
                    let addr: SocketAddr = m
                        .parse()
                        .with_context(|| format!("bad metrics address {m}"))?;
                    let l = tokio::net::TcpListener::bind(addr)
                        .await
                        .with_context(|| format!("cannot listen on {addr}"))?;
                    println!("metrics at http://{}/metrics", l.local_addr()?);
                    Some(l)
                }
                None => None,
            };
            println!("convene is running at {}/", web.public_url);
            serve(app, system, web, listener, conns, metrics).await?;
        }
    }
    Ok(())
}

async fn print_demo(app: &App, system: &System, url: &str) -> anyhow::Result<()> {
    let info = app.demo(system).await?;
    println!(
        "Demo community {} at {url}/c/{}",
        if info.created {
            "created"
        } else {
            "already present"
        },
        info.slug
    );
    println!(
        "Sign in at {url}/signin with any of these (password for all: {}):",
        info.password
    );
    for (role, email) in &info.accounts {
        println!("  {:<18} {email}", role.label());
    }
    Ok(())
}

async fn serve(
    app: App,
    system: System,
    mut web: WebConfig,
    listener: tokio::net::TcpListener,
    conns: listen::ConnLimits,
    metrics: Option<tokio::net::TcpListener>,
) -> anyhow::Result<()> {
    let system = Arc::new(system);
    let shutdown = CancellationToken::new();
    web.shutdown = shutdown.clone();
    // Other servers' changes reach this one's live walls and network job (PostgreSQL only).
    let bridge = tokio::spawn({
        let hub = app.live.clone();
        let store = app.store.clone();
        let stop = shutdown.clone();
        async move { hub.bridge(store, stop).await }
    });
    // The job runner reads the outbox the unit of work writes: woken after a commit that
    // wrote jobs, and every few seconds for retries and other servers' jobs.
    let runner = {
        let (app, system, stop) = (app.clone(), system.clone(), shutdown.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(JOB_POLL);
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tick.tick() => {}
                    _ = app.jobs.woken() => {}
                }
                if let Err(e) = app.run_jobs(&system).await {
                    tracing::warn!(error = %e, "running jobs failed");
                }
            }
        })
    };
    // Network metrics are computed here, in the background, never on a request: every
    // community at start (nothing is in memory), then only the communities whose activity or
    // network choices changed (the network job marks them, here and on the other servers),
    // a few seconds after the change so a burst is computed once.
    let analyst = {
        let (app, system, stop) = (app.clone(), system.clone(), shutdown.clone());
        tokio::spawn(async move {
            if let Err(e) = app.recompute_networks(&system).await {
                tracing::warn!(error = %e, "computing network metrics failed");
            }
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = app.live.network_wanted() => {}
                }
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(NETWORK_SETTLE) => {}
                }
                for community in app.live.take_dirty() {
                    if let Err(e) = app.recompute_network(&system, community).await {
                        tracing::warn!(error = %e, community = community.get(), "computing network metrics failed");
                        // Try again with the next change (or the next start).
                        app.live.mark(community);
                    }
                }
            }
        })
    };
    let sweeper = {
        let (app, system, stop) = (app.clone(), system.clone(), shutdown.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tick.tick() => {
                        if let Err(e) = app.sweep_expired(&system).await {
                            tracing::warn!(error = %e, "sweeping expired sessions failed");
                        }
                        // Decisions past their deadline close; terms remind, end or run on.
                        if let Err(e) = app.govern(&system).await {
                            tracing::warn!(error = %e, "governance sweep failed");
                        }
                        // Owners of actions due within 3 days are told, once per due date.
                        if let Err(e) = app.remind_due_actions(&system).await {
                            tracing::warn!(error = %e, "due-action sweep failed");
                        }
                    }
                }
            }
        })
    };
    let metrics = metrics.map(|l| {
        let router = convene_web::metrics_router(app.clone());
        tokio::spawn(listen::serve(l, router, conns, shutdown.clone()))
    });
    let router = convene_web::router(app, web);
    let stop = shutdown.clone();
    tokio::spawn(async move {
        wait_for_signal().await;
        stop.cancel();
    });
    listen::serve(listener, router, conns, shutdown.clone()).await?;
    shutdown.cancel();
    if let Some(m) = metrics {
        let _ = m.await;
    }
    let _ = sweeper.await;
    let _ = runner.await;
    let _ = analyst.await;
    let _ = bridge.await;
    Ok(())
}

async fn wait_for_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}
