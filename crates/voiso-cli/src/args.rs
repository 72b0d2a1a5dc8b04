//! The command line, as clap sees it.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub const EXIT_CODES: &str = "\
Configuration: --api-key, --cluster-id or --base-url flags, else the environment
variables VOISO_API_KEY, VOISO_CLUSTER_ID or VOISO_BASE_URL.

Exit codes:
  0  success (for a bulk retrigger: no ID failed)
  1  some IDs failed, or a request failed
  2  usage or configuration error, or another run holds the --journal file
  3  authentication or authorization error (401/403)
  130 interrupted: a bulk run stopped by Ctrl-C before every ID was done (in-flight
      requests finish and are journaled; rerun with the same --journal to finish).
      A second Ctrl-C quits at once.";

#[derive(Parser, Debug)]
#[command(
    name = "voiso",
    version,
    about = "List, inspect and retrigger Voiso webhook failures.",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(flatten)]
    pub connection: Connection,
    #[command(subcommand)]
    pub command: Command,
}

/// Where and as whom to connect. Flags win over the environment.
#[derive(Args, Debug, Default)]
pub struct Connection {
    /// API key (default: $VOISO_API_KEY). Prefer the variable: flags show in `ps`.
    #[arg(long, global = true, value_name = "KEY", help_heading = "Connection")]
    pub api_key: Option<String>,
    /// Contact center cluster, as in https://CLUSTER.voiso.com (default: $VOISO_CLUSTER_ID).
    #[arg(
        long,
        global = true,
        value_name = "CLUSTER",
        help_heading = "Connection"
    )]
    pub cluster_id: Option<String>,
    /// Base URL instead of a cluster, e.g. a local mock (default: $VOISO_BASE_URL).
    #[arg(long, global = true, value_name = "URL", help_heading = "Connection")]
    pub base_url: Option<String>,
    /// Give up on each request after this long, retries and read-backs included: 30, 30s, 2m (default: 60s).
    #[arg(
        long,
        global = true,
        value_name = "SECONDS",
        value_parser = crate::time_arg::parse_timeout,
        help_heading = "Connection"
    )]
    pub timeout: Option<Duration>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Webhook deliveries that failed.
    #[command(subcommand)]
    Failures(Failures),
    /// Configured webhooks.
    #[command(subcommand)]
    Webhooks(Webhooks),
    /// Run a local Voiso mock server in the foreground (same flags as voiso-mock).
    Mock(voiso_mock::MockArgs),
    /// Start an embedded mock, list its failures and retrigger them all. No account needed.
    Demo,
}

#[derive(Subcommand, Debug)]
pub enum Failures {
    /// List failures, newest first, across every page.
    List(ListFailures),
    /// Show one failure.
    Get {
        id: String,
        #[arg(long, value_enum)]
        output: Option<Output>,
    },
    /// Retrigger the given failures, or every matching one with --all.
    Retrigger(Retrigger),
}

#[derive(Args, Debug)]
pub struct ListFailures {
    #[command(flatten)]
    pub window: Window,
    /// Only failures with this status (inactive, pending, ...).
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Stop after this many failures.
    #[arg(long, value_name = "N")]
    pub max: Option<u64>,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, value_enum)]
    pub output: Option<Output>,
}

/// A creation-time window. Times are RFC 3339 or a span back from now (24h, 7d).
#[derive(Args, Debug, Default)]
pub struct Window {
    /// Only failures created at or after this time.
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only failures created before this time.
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

#[derive(Args, Debug)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["ids", "all"]))]
pub struct Retrigger {
    /// Failure IDs to retrigger.
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// Retrigger every failure matching --since, --until and --status.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub window: Window,
    /// With --all: only failures with this status.
    #[arg(
        long,
        value_name = "STATUS",
        default_value = "inactive",
        requires = "all"
    )]
    pub status: String,
    /// List what would be retriggered; send no POST.
    #[arg(long)]
    pub dry_run: bool,
    /// Requests in flight at once (the client still slows down on 429).
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Record each ID's intent and outcome here as they happen; rerun with the same
    /// file to resume without sending anything twice (one run at a time per file).
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Webhooks {
    /// List configured webhooks.
    List {
        #[arg(long, value_enum)]
        output: Option<Output>,
    },
    /// Show one webhook.
    Get {
        id: String,
        #[arg(long, value_enum)]
        output: Option<Output>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Table,
    Json,
    Ndjson,
}
