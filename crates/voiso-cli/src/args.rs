//! The command line, as clap sees it.

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use voiso::{CampaignId, QueueId, UserId};

pub const EXIT_CODES: &str = "\
Configuration: --api-key, --cluster-id or --base-url flags, else the environment
variables VOISO_API_KEY, VOISO_CLUSTER_ID or VOISO_BASE_URL, else the profile
(--profile, $VOISO_PROFILE, or `default`) of $XDG_CONFIG_HOME/voiso/config.toml.
`voiso auth status` shows what is in use.

Exit codes:
  0  success (for a bulk retrigger: no ID failed; for a pause: also if already paused)
  1  some IDs failed, or a request failed (or a call may have started: never retried)
  2  usage or configuration error, or another run holds the --journal file
  3  authentication or authorization error (401/403)
  130 interrupted: a bulk run stopped by Ctrl-C before every ID was done (in-flight
      requests finish and are journaled; rerun with the same --journal to finish).
      A second Ctrl-C quits at once.";

#[derive(Parser, Debug)]
#[command(
    name = "voiso",
    version,
    about = "Voiso's contact-center API on the command line: webhook failures, users, queues, \
             canned messages, campaigns and calls.",
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
    /// Profile of $XDG_CONFIG_HOME/voiso/config.toml to fill in what flags and environment
    /// leave out (default: $VOISO_PROFILE, else the profile `default` if there is one).
    #[arg(long, global = true, value_name = "NAME", help_heading = "Connection")]
    pub profile: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Webhook deliveries that failed.
    #[command(subcommand)]
    Failures(Failures),
    /// Configured webhooks.
    #[command(subcommand)]
    Webhooks(Webhooks),
    /// Users: agents, supervisors and the rest.
    #[command(subcommand)]
    Users(Users),
    /// Inbound routing queues and their users.
    #[command(subcommand)]
    Queues(Queues),
    /// Pre-written replies for messaging.
    #[command(subcommand)]
    CannedMessages(CannedMessages),
    /// Dialer campaigns: list, inspect, pause.
    #[command(subcommand)]
    Campaigns(Campaigns),
    /// Calls: start one for an agent.
    #[command(subcommand)]
    Calls(Calls),
    /// Call detail records: export them to a file.
    #[command(subcommand)]
    Cdrs(Cdrs),
    /// Run a local Voiso mock server in the foreground (same flags as voiso-mock).
    #[cfg(feature = "mock")]
    Mock(voiso_mock::MockArgs),
    /// Start an embedded mock, list its failures and retrigger them all. No account needed.
    #[cfg(feature = "mock")]
    Demo,
    /// The connection in use: where the key, host and timeout come from, and the key's scopes.
    #[command(subcommand)]
    Auth(Auth),
    /// Call any API path with the key, host, retries and deadline in use (like `gh api`):
    /// for what the SDK has no command for yet, e.g. `voiso api routing/queues`.
    Api(ApiArgs),
    /// Print the completion script for bash, zsh, fish or powershell.
    Completions(crate::commands::completions::CompletionsArgs),
    /// Print the manual page (roff), or write one page per command with --out-dir.
    Man(crate::commands::manual::ManArgs),
}

#[derive(Args, Debug)]
pub struct ApiArgs {
    /// The path: /api/v4/... or relative to it (routing/queues). The host comes from
    /// --cluster-id or --base-url, never from the path.
    pub path: String,
    /// The HTTP method (default: GET, or POST with --input).
    #[arg(short = 'X', long, value_name = "METHOD")]
    pub method: Option<String>,
    /// A query pair (repeatable, in order).
    #[arg(short = 'q', long = "query", value_name = "KEY=VALUE", value_parser = parse_query_pair)]
    pub query: Vec<(String, String)>,
    /// Send this file's JSON as the body (`-` reads stdin).
    #[arg(long, value_name = "FILE")]
    pub input: Option<std::path::PathBuf>,
    /// How a failed attempt may be repeated (default: idempotent for GET, never otherwise:
    /// a write whose answer is lost is not sent again).
    #[arg(long, value_enum, value_name = "CLASS")]
    pub retry: Option<ApiRetry>,
}

/// The retry classes a request outside the spec may take (conflict-then-read needs a
/// read-back only the spec's operations have).
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ApiRetry {
    /// Safe to repeat: a read.
    Idempotent,
    /// Repeats are reported as duplicates by the server.
    Deduplicated,
    /// Never repeated once it may have reached Voiso.
    Never,
}

impl ApiRetry {
    pub fn name(self) -> &'static str {
        match self {
            ApiRetry::Idempotent => "idempotent",
            ApiRetry::Deduplicated => "deduplicated",
            ApiRetry::Never => "never",
        }
    }
}

fn parse_query_pair(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("{text:?} is not KEY=VALUE (e.g. -q limit=100)")),
    }
}

#[derive(Subcommand, Debug)]
pub enum Auth {
    /// Show which key (its source, never the key), cluster or base URL and profile are in
    /// use, and which scopes the key is granted (one cheap GET per scope area).
    Status(AuthStatus),
}

#[derive(Args, Debug)]
#[command(after_help = crate::commands::auth::PROFILES_HELP)]
pub struct AuthStatus {
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<Output>,
}

#[derive(Subcommand, Debug)]
pub enum Failures {
    /// List failures, newest first, across every page.
    List(ListFailures),
    /// Show one failure, field by field.
    Get {
        /// The failure's ID, as `voiso failures list` prints it.
        id: String,
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(short = 'o', long, value_enum)]
        output: Option<Output>,
    },
    /// Retrigger the given failures, or every matching one with --all.
    Retrigger(Retrigger),
}

#[derive(Args, Debug)]
pub struct ListFailures {
    #[command(flatten)]
    pub window: Window,
    /// Only failures with this status: inactive, pending or delivered (default: any).
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Stop after this many failures.
    #[arg(long, value_name = "N")]
    pub max: Option<u64>,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<Output>,
}

/// A creation-time window; the forms a time takes are in `time_arg`.
#[derive(Args, Debug, Default)]
pub struct Window {
    /// Only failures created at or after this time: 2026-12-01T10:00:00Z (any offset: +01:00, +0100), 2026-12-01 (midnight UTC), 2026-12-01T10:00 (local time), 1764547200 (epoch seconds), 24h or 7d (back from now), today, yesterday (midnight UTC).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only failures created before this time (the forms of --since).
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

#[derive(Args, Debug)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["ids", "all"]))]
// Two lines, so a refused filter next to IDs shows where the filters go.
#[command(override_usage = "voiso failures retrigger [OPTIONS] <ID>...\n       \
    voiso failures retrigger [OPTIONS] --all [--since <TIME>] [--until <TIME>] [--status <STATUS>]")]
pub struct Retrigger {
    /// Failure IDs to retrigger. One that is not found counts as failed (exit 1).
    #[arg(value_name = "ID", conflicts_with_all = ["since", "until", "status"])]
    pub ids: Vec<String>,
    /// Retrigger every failure matching --since, --until and --status.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub window: Window,
    /// With --all: only failures with this status.
    // Refused next to IDs by their `conflicts_with_all`: a `requires` of
    // `--all` would pass, its `false` default counting as present.
    #[arg(long, value_name = "STATUS", default_value = "inactive")]
    pub status: String,
    /// List what would be retriggered; send no POST.
    #[arg(long)]
    pub dry_run: bool,
    /// Requests in flight at once (the client still slows down on 429).
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Record each ID's intent and outcome here as they happen; rerun with the same
    /// file to resume without sending anything twice (one run at a time per file).
    /// `auto` keeps it under $XDG_STATE_HOME/voiso/journals (else
    /// ~/.local/state/voiso/journals), named by the IDs given or by --all's
    /// filters, so the same command run again finds it; its path goes to stderr.
    #[arg(long, value_name = "FILE|auto", value_parser = crate::journal::parse_journal_arg)]
    pub journal: Option<crate::journal::JournalArg>,
    /// Output format: a line per ID and a summary (table), or one JSON object per ID and one
    /// for the summary, a line each (json, ndjson).
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<Output>,
}

#[derive(Subcommand, Debug)]
pub enum Webhooks {
    /// List configured webhooks.
    List {
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(short = 'o', long, value_enum)]
        output: Option<Output>,
    },
    /// Show one webhook, field by field: its events, URL and headers.
    Get {
        /// The webhook's ID (a UUID), as `voiso webhooks list` prints it.
        id: String,
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(short = 'o', long, value_enum)]
        output: Option<Output>,
    },
    /// Receive webhook deliveries: verify each, store it once in --out
    /// (fsynced before the 200), until Ctrl-C or SIGTERM.
    #[cfg(feature = "listen")]
    Listen(crate::jobs::listen::ListenArgs),
}

/// How a list is printed, and how much of it.
#[derive(Args, Debug, Default)]
pub struct ListOutput {
    /// Stop after this many items.
    #[arg(long, value_name = "N")]
    pub max: Option<u64>,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<Output>,
}

#[derive(Subcommand, Debug)]
pub enum Users {
    /// List users across every page.
    List(ListUsers),
}

#[derive(Args, Debug)]
pub struct ListUsers {
    /// Only users with this name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only users with this e-mail address.
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Only users with this SIP account (username@domain).
    #[arg(long, value_name = "ACCOUNT")]
    pub sip_account: Option<String>,
    /// Only users of this security access group.
    #[arg(long, value_name = "ID")]
    pub security_access_group_id: Option<i64>,
    /// Only users with this extension.
    #[arg(long, value_name = "EXTENSION")]
    pub extension: Option<String>,
    /// Only users with this caller ID.
    #[arg(long, value_name = "CALLER_ID")]
    pub caller_id: Option<String>,
    /// Only users in this time zone (e.g. America/New_York).
    #[arg(long, value_name = "TZ")]
    pub timezone: Option<String>,
    #[command(flatten)]
    pub list: ListOutput,
}

#[derive(Subcommand, Debug)]
pub enum Queues {
    /// Show one queue, field by field. Voiso documents no queue listing: `voiso api
    /// routing/queues` lists them (an undocumented endpoint), or see Routing > Queues in the
    /// Voiso web app.
    Get {
        /// The queue's ID (an integer).
        id: QueueId,
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(short = 'o', long, value_enum)]
        output: Option<Output>,
    },
    /// List the users assigned to a queue.
    Users {
        /// The queue's ID (an integer).
        id: QueueId,
        #[command(flatten)]
        list: ListOutput,
    },
}

#[derive(Subcommand, Debug)]
pub enum CannedMessages {
    /// List canned messages.
    List(ListOutput),
}

#[derive(Subcommand, Debug)]
pub enum Campaigns {
    /// List campaigns across every page.
    List(ListCampaigns),
    /// Show one campaign: its whole record.
    Get {
        /// The campaign's ID (an integer, as `voiso campaigns list` prints it).
        id: CampaignId,
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(short = 'o', long, value_enum)]
        output: Option<Output>,
    },
    /// Pause an active campaign. One already paused (or pausing) is left as it is (exit 0).
    Pause {
        /// The campaign's ID (an integer, as `voiso campaigns list` prints it).
        id: CampaignId,
        /// Output format: a sentence (table), or one JSON object with the outcome (json, ndjson).
        #[arg(short = 'o', long, value_enum)]
        output: Option<Output>,
    },
    /// A campaign's leads.
    #[command(subcommand)]
    Leads(Leads),
}

#[derive(Subcommand, Debug)]
pub enum Leads {
    /// Import leads from a CSV or NDJSON file, checked first, in batches of 1,000 spaced
    /// 2 s apart; resumable with --journal.
    Import(LeadImport),
}

/// The exit codes of `campaigns leads import`: a stopped import is told
/// apart from one that finished with bad rows.
pub const LEAD_IMPORT_EXIT_CODES: &str = "\
Exit codes:
  0  every valid row was created, or was already in the campaign
  1  finished, but some rows were invalid (never sent) or rejected by Voiso
  2  usage error, an unreadable file, or a --journal that is another run's or does
     not match the file (a batch it recorded now holds other phone numbers)
  3  authentication or authorization error (401/403)
  4  stopped before finishing (Ctrl-C, the --timeout ran out resending a batch whose
     answers were lost, or an error Voiso will not change its mind on): rerun with
     the same --journal; the summary ends with the exact command.
A lost answer does not stop an import: a batch is resent until it is answered or the
--timeout runs out (safe: leads it already created come back as duplicates).";

#[derive(Args, Debug)]
#[command(after_help = LEAD_IMPORT_EXIT_CODES)]
pub struct LeadImport {
    /// The campaign's ID (an integer, as `voiso campaigns list` prints it).
    #[arg(value_name = "CAMPAIGN")]
    pub campaign: CampaignId,
    /// CSV with a header `phone_number,name,priority,active,source_system,source_url` (plus
    /// any `X-...` columns, sent as context headers), or NDJSON of lead objects.
    #[arg(long, value_name = "FILE")]
    pub file: PathBuf,
    /// Record each batch before it is sent and its result after; rerun with the same file
    /// to resume without sending anything twice.
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,
    /// Write one NDJSON line per row of the file to FILE (line, phone_number, outcome,
    /// batch, reason), as each batch is answered. The summary lists only rows not created.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Check the file and show the batches; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The CSV field separator: `,` `;` or `tab` (default: whichever of them the header line
    /// holds most of).
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// Read the file's column (or NDJSON key) COLUMN as the lead field FIELD, e.g.
    /// `--map Phone=phone_number` (repeatable).
    #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = parse_map)]
    pub map: Vec<(String, String)>,
    /// Skip this column (or NDJSON key) of the file, e.g. a CRM's `email` (repeatable).
    #[arg(long = "ignore-column", value_name = "NAME")]
    pub ignore_columns: Vec<String>,
    /// Output format of the summary, which lists only the rows not created, plus counts
    /// (default: table on a terminal, json otherwise).
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<SummaryOutput>,
}

fn parse_delimiter(value: &str) -> Result<u8, String> {
    match value {
        "," | "comma" => Ok(b','),
        ";" | "semicolon" => Ok(b';'),
        "\t" | "tab" | "\\t" => Ok(b'\t'),
        "|" | "pipe" => Ok(b'|'),
        other => Err(format!(
            "`{other}` is not a delimiter: use `,` `;` `tab` or `|`"
        )),
    }
}

fn parse_map(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((column, field)) if !column.trim().is_empty() && !field.trim().is_empty() => {
            Ok((column.trim().to_string(), field.trim().to_string()))
        }
        _ => Err(format!(
            "`{value}` is not COLUMN=FIELD, e.g. --map Phone=phone_number"
        )),
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryOutput {
    Table,
    Json,
    Ndjson,
}

#[derive(Subcommand, Debug)]
pub enum Cdrs {
    /// Export CDRs in a time range, newest first, N pages at once, resumable with --checkpoint.
    Export(CdrExport),
    /// Keep a SQLite or PostgreSQL table, or dated NDJSON files, of every CDR: each run reads
    /// from where the last ended (less --lookback), rows keyed by CDR id.
    Sync(CdrSync),
    /// Compare, per UTC day, the CDRs Voiso counts with the rows a sync destination holds;
    /// exit 1 naming the days that differ (--repair reads them again).
    Verify(CdrVerify),
    /// Print the CDR table's CREATE TABLE (from the spec's Cdr schema) for a SQL dialect.
    Schema(CdrSchema),
}

#[derive(Args, Debug)]
pub struct CdrSync {
    /// Where: sqlite:PATH (a file, created if need be), postgres://USER@HOST[:PORT]/DB (or postgresql://), or dir:PATH (one YYYY-MM-DD.ndjson per UTC day).
    #[arg(long, value_name = "DEST")]
    pub into: String,
    /// Where the first run starts (the forms of `cdrs export --since`; default 30d). Later runs start at the stored high-water mark less --lookback; a --since before the first run's start reads that history too.
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// How far before the high-water mark each later run reads again, for calls that changed or were listed late (the API has no updated_at filter).
    #[arg(long, value_name = "DURATION", default_value = "2h", value_parser = humantime::parse_duration)]
    pub lookback: std::time::Duration,
    /// Pages fetched at once (also the most pages held in memory).
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
}

#[derive(Args, Debug)]
pub struct CdrVerify {
    /// The sync destination (the forms of `cdrs sync --into`).
    #[arg(long, value_name = "DEST")]
    pub into: String,
    /// The first day to check (the forms of `cdrs export --since`); the last is the high-water mark's.
    #[arg(long, value_name = "TIME", default_value = "7d")]
    pub since: String,
    /// Read each day that differs again, replacing what the destination holds for it.
    #[arg(long)]
    pub repair: bool,
    /// Output format: a line per day (table), or an object per day with `day`, `voiso`, `destination`, `matches` (json, ndjson). Default: table on a terminal, json otherwise.
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<Output>,
    /// Pages fetched at once by --repair.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
}

#[derive(Args, Debug)]
pub struct CdrSchema {
    /// The SQL dialect.
    #[arg(long, value_enum)]
    pub dialect: Dialect,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

#[derive(Args, Debug)]
pub struct CdrExport {
    /// Only records that started at or after this time: 2026-12-01T10:00:00Z (any offset: +01:00, +0100), 2026-12-01 (midnight UTC), 2026-12-01T10:00 (local time), 1764547200 (epoch seconds), 24h or 7d (back from now), today, yesterday (midnight UTC).
    #[arg(long, value_name = "TIME")]
    pub since: String,
    /// Only records that started before this time (the forms of --since; default: now).
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Only records of this type (repeatable).
    #[arg(long = "type", value_name = "TYPE", value_enum)]
    pub types: Vec<CdrType>,
    /// Output format.
    #[arg(short = 'o', long, value_enum, default_value = "ndjson")]
    pub output: ExportFormat,
    /// Write here instead of stdout: to a partial file beside it (FILE.partial*), renamed over FILE once every record is in, so a failed run leaves FILE as it was.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Pages fetched at once (also the most pages held in memory).
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
    /// Record progress here after each page; rerun with the same file to resume. One run at a time holds it; once complete, it covers its window only (give each window its own).
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<PathBuf>,
    /// CSV columns, comma-separated: id, type, started_at, ended_at, data, extra (see `voiso cdrs schema`), or data.KEY for a field of a record's data (data.direction, data.duration, ...). Default: id,type,started_at,ended_at,data.
    #[arg(long, value_name = "A,B,...")]
    pub columns: Option<String>,
}

#[derive(
    ValueEnum,
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CdrType {
    Call,
    Conversation,
    Sms,
    #[value(name = "hlr_lookup")]
    HlrLookup,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Ndjson,
    Csv,
}

#[derive(Args, Debug)]
pub struct ListCampaigns {
    /// Only campaigns whose name contains this (Voiso: typically a partial match).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only campaigns in this state.
    #[arg(long, value_name = "STATUS", value_parser = clap::builder::PossibleValuesParser::new(voiso::CampaignStatus::KNOWN))]
    pub status: Option<String>,
    /// Only campaigns with this dialing strategy (simple, predictive_ai, ...).
    #[arg(long, value_name = "STRATEGY")]
    pub strategy: Option<String>,
    /// Only campaigns with this dialing method (progressive, preview, predictive, ...).
    #[arg(long, value_name = "METHOD")]
    pub method: Option<String>,
    /// Only campaigns with live on (true) or off (false).
    #[arg(long, value_name = "BOOL", action = ArgAction::Set)]
    pub live: Option<bool>,
    #[command(flatten)]
    pub list: ListOutput,
}

#[derive(Subcommand, Debug)]
pub enum Calls {
    /// Start a call from an agent to a phone number and print its ID. Never repeated: if
    /// Voiso's answer is lost, it says the call may have started and exits 1.
    Start(StartCall),
}

#[derive(Args, Debug)]
pub struct StartCall {
    /// The agent: a user's ID (a UUID, as `voiso users list` prints it).
    #[arg(long, value_name = "USER_ID")]
    pub user: UserId,
    /// The number to call: digits with the country code, no `+`.
    #[arg(long, value_name = "NUMBER")]
    pub phone: String,
    /// The number (or identifier) the callee sees.
    #[arg(long, value_name = "CALLER_ID")]
    pub caller_id: Option<String>,
    /// Output format: the call's ID alone (table), or one JSON object with the outcome (json,
    /// ndjson).
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<Output>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Table,
    Json,
    Ndjson,
}
