//! `voiso webhooks listen`: a receiver for Voiso's webhook deliveries that
//! loses none and stores none twice. Every request is verified (401, and
//! nothing stored, otherwise), its event appended to `--out` and fsynced
//! before the 200, and an event whose dedup key the file already holds is
//! answered 200 without being written again.

mod server;
mod store;

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use voiso::events::Verifier;

use crate::exit::Failure;
use crate::output::{text, warn};

pub use server::{Counts, Listener};
use store::{EventStore, StoreError};

/// The flags of `voiso webhooks listen`.
#[derive(clap::Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("auth").required(true).multiple(true).args(["secret", "basic", "header"]))]
pub struct ListenArgs {
    /// Address to listen on; port 0 picks a free port (the first line on
    /// stdout says which).
    #[arg(long, default_value = "127.0.0.1:8090")]
    pub addr: SocketAddr,
    /// Accept bodies whose `secret` (legacy `key`) is this (repeat it while
    /// rotating). Prefer $VOISO_WEBHOOK_SECRET: flags show in `ps`.
    #[arg(
        long,
        value_name = "SECRET",
        env = "VOISO_WEBHOOK_SECRET",
        hide_env_values = true
    )]
    pub secret: Vec<String>,
    /// Require HTTP Basic credentials.
    #[arg(long, value_name = "USER:PASS", value_parser = parse_basic)]
    pub basic: Option<(String, String)>,
    /// Require this header with this value (repeatable).
    #[arg(long, value_name = "NAME:VALUE", value_parser = parse_header)]
    pub header: Vec<(String, String)>,
    /// Append each event here, one JSON object a line (NDJSON), without its
    /// secret. The events it already holds are not stored again. One
    /// listener at a time per file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

fn parse_basic(s: &str) -> Result<(String, String), String> {
    match s.split_once(':') {
        Some((user, pass)) if !user.is_empty() => Ok((user.to_owned(), pass.to_owned())),
        _ => Err("expected USER:PASS".into()),
    }
}

fn parse_header(s: &str) -> Result<(String, String), String> {
    match s.split_once(':') {
        Some((name, value))
            if !name.trim().is_empty()
                && name
                    .trim()
                    .bytes()
                    .all(|b| b.is_ascii_graphic() && b != b':') =>
        {
            Ok((name.trim().to_owned(), value.trim().to_owned()))
        }
        _ => Err("expected NAME:VALUE, e.g. X-Token:abc".into()),
    }
}

impl ListenArgs {
    pub fn verifier(&self) -> Verifier {
        let mut verifier = Verifier::new();
        for secret in &self.secret {
            verifier = verifier.secret(secret);
        }
        if let Some((user, pass)) = &self.basic {
            verifier = verifier.basic(user, pass);
        }
        for (name, value) in &self.header {
            verifier = verifier.header(name, value);
        }
        verifier
    }
}

/// A listener serving in this process (the demo's, the benchmark's).
pub struct Running {
    addr: SocketAddr,
    counts: Counts,
    /// Events the file held on start.
    pub events_on_start: usize,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn counts(&self) -> &Counts {
        &self.counts
    }

    /// Stops taking requests, lets those in flight be stored and
    /// answered, and returns once the file is closed and unlocked.
    pub async fn stop(self) -> std::io::Result<()> {
        let _ = self.stop.send(());
        self.task.await.map_err(std::io::Error::other)?
    }

    /// Waits for SIGINT or SIGTERM (or a write error), then stops.
    async fn until_signal(mut self) -> std::io::Result<()> {
        tokio::select! {
            () = shutdown_signal() => self.stop().await,
            ended = &mut self.task => ended.map_err(std::io::Error::other)?,
        }
    }
}

/// Opens `out` and serves on `addr`. Exit 2 (a usage error) when `out` is
/// held by another run or is not a listener's file; 1 when the address
/// cannot be bound.
pub async fn start(
    addr: SocketAddr,
    verifier: Verifier,
    out: &std::path::Path,
) -> Result<Running, Failure> {
    let name = out.display().to_string();
    let opened = EventStore::open(out).map_err(|e| match e {
        StoreError::Locked => Failure::Usage(format!(
            "{name} is in use by another run (one listener per file); stop it or choose another --out"
        )),
        StoreError::Foreign { line, why } => Failure::Usage(format!(
            "{name} is not a file of stored events (line {line}: {why}); choose another --out"
        )),
        StoreError::Io(e) => Failure::Usage(format!("cannot open {name}: {e}")),
    })?;
    if opened.torn > 0 {
        warn(format_args!(
            "note: {name} holds {} line(s) cut short by a crash; those events were never \
             acknowledged, so Voiso sends them again",
            opened.torn
        ));
    }
    let listener = Listener::bind(addr, Arc::new(verifier), opened.store)
        .await
        .map_err(|e| Failure::Failed(format!("cannot listen on {addr}: {e}")))?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let writer = opened.writer;
    let (addr, counts) = (listener.addr(), listener.counts());
    let task = tokio::spawn(async move {
        let served = listener
            .serve(async move {
                let _ = stopped.await;
            })
            .await;
        // The server and its handles are gone: the writer finishes what
        // is queued and closes the file.
        let _ = tokio::task::spawn_blocking(move || writer.join()).await;
        served
    });
    Ok(Running {
        addr,
        counts,
        events_on_start: opened.events,
        stop,
        task,
    })
}

/// Runs the listener until SIGINT or SIGTERM. Exit 2 when `--out` is held
/// by another run or is not a listener's file; 1 when the address cannot
/// be bound or a write fails (nothing is acknowledged after that).
pub async fn run(args: ListenArgs) -> Result<ExitCode, Failure> {
    let out = args.out.display().to_string();
    let running = start(args.addr, args.verifier(), &args.out).await?;
    text(format_args!("listening on http://{}", running.addr()));
    eprintln!("{} event(s) already in {out}", running.events_on_start);
    let counts = running.counts().clone();
    let progress = std::io::stderr()
        .is_terminal()
        .then(|| tokio::spawn(progress(counts.clone())));
    let outcome = running.until_signal().await;
    if let Some(progress) = progress {
        progress.abort();
        eprintln!();
    }
    let c = counts.snapshot();
    eprintln!(
        "stopped: {} stored, {} duplicate(s) answered without storing, {} refused",
        c.stored, c.duplicates, c.refused
    );
    outcome
        .map(|()| ExitCode::SUCCESS)
        .map_err(|e| Failure::Failed(format!("cannot write {out}: {e}; stopped")))
}

/// One line on the terminal, rewritten as events come in.
async fn progress(counts: Counts) {
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(250));
    loop {
        tick.tick().await;
        let c = counts.snapshot();
        eprint!(
            "\r{} stored · {} duplicate(s) · {} refused ",
            c.stored, c.duplicates, c.refused
        );
    }
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}
