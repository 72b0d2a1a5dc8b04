//! `voiso failures retrigger`: the operator's bulk run. Every ID it touches
//! gets one outcome, in the journal as it happens and in the summary at the
//! end; an interrupted or killed run resumes from its journal, reading any ID
//! that may have been sent before sending it again.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use tokio::sync::Notify;
use voiso::{RetriggerItem, RetriggerOutcome, RetriggerState, RetriggerTarget, WebhookFailureId};

use crate::args::Retrigger;
use crate::exit::{self, Failure};
use crate::journal::{AutoKey, Final, Journal, JournalArg, OpenError, Recorded, Status, auto_path};
use crate::output::{say, warn};
use crate::read::{Bounds, bounds, failures_in, status_filter};

pub async fn run(client: &voiso::Client, args: Retrigger) -> Result<ExitCode, Failure> {
    // Named IDs, or --all's window, are checked before anything else: a
    // typo or an empty window is refused before a journal is made for it.
    let (named, bounds) = if args.all {
        (None, bounds(&args.window)?)
    } else {
        (Some(explicit_ids(&args.ids)?), Bounds::default())
    };
    // The journal next: a second run on the same file stops before it
    // sends anything, even a listing.
    let journal = match &args.journal {
        Some(arg) => Some(open_journal(arg, &args, named.as_deref())?),
        None => None,
    };
    let found = match named {
        Some(ids) => ids,
        None => {
            let wanted = status_filter(Some(&args.status))?;
            let spinner = Listing::start();
            let found = matching(client, bounds, wanted.as_deref(), &spinner).await;
            spinner.finish();
            found?
        }
    };

    let mut done = 0;
    let mut maybe_sent = Vec::new();
    let mut targets = Vec::new();
    for (id, listed_updated_at) in found {
        match journal
            .as_ref()
            .map_or(Status::Fresh, |j| j.status(id.as_str()))
        {
            Status::Done => done += 1,
            Status::MaybeSent { sent_at, baseline } => {
                // The baseline is the journal's, from before the first POST:
                // the listing's may already show the lost retrigger.
                let mut state = RetriggerState::new().maybe_sent(sent_at);
                if let Some(baseline) = baseline {
                    state = state.with_baseline(baseline);
                }
                // Its read waits the settle interval from the earlier run's
                // last write; from now when that run died mid-flight.
                if let Some(quiet) = journal.as_ref().and_then(Journal::quiet_since) {
                    state = state.in_flight_until(quiet.into());
                }
                maybe_sent.push(id.clone());
                targets.push(RetriggerTarget::new(id, state));
            }
            Status::Fresh => {
                let mut state = RetriggerState::new();
                if let Some(updated_at) = listed_updated_at {
                    state = state.with_baseline(updated_at);
                }
                targets.push(RetriggerTarget::new(id, state));
            }
        }
    }
    if done > 0 {
        say(format_args!(
            "{} already done according to the journal; skipping them",
            plural(done, "failure")
        ));
    }
    if !maybe_sent.is_empty() {
        say(format_args!(
            "{} may have been sent by an earlier run whose answer was lost; reading each \
             before sending anything, once the settle interval ({:.1} s) has passed since \
             that run's last request",
            plural(maybe_sent.len(), "failure"),
            client.settle_interval().as_secs_f64()
        ));
    }

    if args.dry_run {
        let maybe: BTreeSet<_> = maybe_sent.iter().collect();
        for target in &targets {
            if maybe.contains(&target.id) {
                say(format_args!(
                    "would read {}, and retrigger it only if the earlier run's did not go through",
                    target.id
                ));
            } else {
                say(format_args!("would retrigger {}", target.id));
            }
        }
        say(format_args!(
            "dry run: {} would be retriggered; nothing was sent",
            plural(targets.len(), "failure")
        ));
        return Ok(ExitCode::SUCCESS);
    }

    let json = crate::output::is_json(args.output);
    let mut report = execute(
        client,
        targets,
        usize::from(args.concurrency),
        journal,
        json,
    )
    .await?;
    // An ID the operator named and Voiso does not know is a mistake to
    // report; one a listing showed may simply have gone since.
    report.not_found_fails = !args.all;
    report.json = json;
    Ok(report.print())
}

/// Opens (and locks) the journal `--journal` names; `auto` is named by the
/// IDs given or by `--all`'s filters, and its path is said once on stderr.
fn open_journal(
    arg: &JournalArg,
    args: &Retrigger,
    named: Option<&[Found]>,
) -> Result<Journal, Failure> {
    let path = match arg {
        JournalArg::File(path) => path.clone(),
        JournalArg::Auto => {
            let key = match named {
                Some(ids) => AutoKey::Ids(ids.iter().map(|(id, _)| id.as_str()).collect()),
                None => AutoKey::Filters {
                    status: &args.status,
                    since: args.window.since.as_deref(),
                    until: args.window.until.as_deref(),
                },
            };
            let path = auto_path(&key).map_err(Failure::Usage)?;
            warn(format_args!("journal: {}", path.display()));
            path
        }
    };
    Journal::open(&path).map_err(|e| match e {
        OpenError::Locked => Failure::Usage(format!(
            "another run holds the journal {} (it is locked): wait for that run to \
             finish, or stop it, then rerun",
            path.display()
        )),
        OpenError::Io(e) => {
            Failure::Usage(format!("cannot open the journal {}: {e}", path.display()))
        }
    })
}

/// An ID to retrigger, with its `updated_at` when a listing showed it.
type Found = (WebhookFailureId, Option<DateTime<Utc>>);

/// Every failure in the window whose status matches (`None`: any), newest
/// first, each once even if the server lists one twice, with its
/// `updated_at` (the baseline of a first retrigger).
async fn matching(
    client: &voiso::Client,
    bounds: Bounds,
    status: Option<&str>,
    spinner: &Listing,
) -> Result<Vec<Found>, Failure> {
    let mut stream = std::pin::pin!(failures_in(client, bounds).stream());
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    while let Some(failure) = stream.next().await {
        let failure = failure?;
        if status.is_none_or(|wanted| failure.status.as_str() == wanted)
            && seen.insert(failure.id.clone())
        {
            found.push((failure.id, Some(failure.updated_at)));
            spinner.found(found.len());
        }
    }
    Ok(found)
}

/// The IDs as given, checked before anything is sent, each once.
fn explicit_ids(raw: &[String]) -> Result<Vec<Found>, Failure> {
    let mut seen = BTreeSet::new();
    let mut ids = Vec::new();
    for id in raw {
        // A pasted ID often brings a space or a newline along.
        let id = WebhookFailureId::new(id.trim()).map_err(|e| Failure::Usage(e.to_string()))?;
        if seen.insert(id.clone()) {
            ids.push((id, None));
        }
    }
    Ok(ids)
}

/// What a bulk run's outcomes add up to.
#[derive(Debug, Default)]
pub struct Tally {
    pub retriggered: usize,
    /// Of `retriggered`: those whose redelivery already failed again.
    pub failed_again: usize,
    pub already_pending: usize,
    pub not_found: usize,
    /// With why, and whether the key was refused.
    pub failed: Vec<(WebhookFailureId, String, bool)>,
    /// Never sent, with why.
    pub not_sent: Vec<(WebhookFailureId, String)>,
    /// Of `failed`: those a POST of which may have gone through (its answer
    /// was lost and no read settled it), with what to check them against.
    pub maybe_through: Vec<(WebhookFailureId, Check)>,
}

/// What shows that a retrigger whose answer was lost went through, besides
/// a `pending` or `delivered` status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// An `updated_at` later than this one, read before any POST: Voiso's
    /// own clock against itself.
    UpdatedAfter(DateTime<Utc>),
    /// No earlier `updated_at` is known: only a change since about this
    /// time (the first POST, by this machine's clock) can tell.
    SentAt(DateTime<Utc>),
    /// Nothing but the status can tell.
    StatusOnly,
}

impl Check {
    fn of(state: &RetriggerState) -> Check {
        match (state.baseline, state.first_sent_at) {
            (Some(baseline), _) => Check::UpdatedAfter(baseline),
            (None, Some(sent)) => Check::SentAt(sent),
            (None, None) => Check::StatusOnly,
        }
    }
}

impl std::fmt::Display for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = |t: &DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        match self {
            Check::UpdatedAfter(t) => write!(
                f,
                "status pending or delivered, or updated_at later than {} (its value before \
                 the first POST), means it went through",
                at(t)
            ),
            Check::SentAt(t) => write!(
                f,
                "status pending or delivered, or updated_at after about {} (the first POST, \
                 by this machine's clock, which may differ from Voiso's), means it went through",
                at(t)
            ),
            Check::StatusOnly => write!(f, "status pending or delivered means it went through"),
        }
    }
}

impl Tally {
    fn total(&self) -> usize {
        self.retriggered
            + self.already_pending
            + self.not_found
            + self.failed.len()
            + self.not_sent.len()
    }
}

/// What a bulk run did, for the summary and the exit code.
pub struct Report {
    pub tally: Tally,
    /// The summary as one JSON object (`--output json|ndjson`).
    pub json: bool,
    /// The run stopped starting IDs because the key was refused.
    pub auth_stopped: bool,
    /// A failure not found fails the run (the operator named it).
    pub not_found_fails: bool,
    pub not_started: usize,
    pub interrupted: bool,
    pub journal: Option<String>,
    /// The journal could not be written: the run stopped starting IDs.
    pub journal_error: Option<String>,
}

/// One ID's outcome, as shown and as journaled.
struct Seen {
    line: String,
    /// The outcome as one JSON object (`--output json|ndjson`).
    object: serde_json::Value,
    record: Final,
    /// Worth a line above a progress bar.
    notable: bool,
}

/// Retriggers `targets`, journaling each ID's intent before its first POST
/// and its outcome as it arrives. The first Ctrl-C (or the first auth error:
/// every other ID would fail the same way, or a journal that cannot be
/// written) stops new requests; those in flight finish and are recorded.
pub async fn execute(
    client: &voiso::Client,
    targets: Vec<RetriggerTarget>,
    concurrency: usize,
    journal: Option<Journal>,
    json: bool,
) -> Result<Report, Failure> {
    let total = targets.len();
    let stop = Arc::new(Notify::new());
    let interrupted = Arc::new(AtomicBool::new(false));
    let ctrl_c = tokio::spawn({
        let stop = Arc::clone(&stop);
        let interrupted = Arc::clone(&interrupted);
        async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                interrupted.store(true, Ordering::SeqCst);
                warn("\ninterrupted: finishing the requests in flight (Ctrl-C again to quit now)");
                stop.notify_one();
                if tokio::signal::ctrl_c().await.is_ok() {
                    std::process::exit(130);
                }
            }
        }
    });
    let stopped = {
        let stop = Arc::clone(&stop);
        async move { stop.notified().await }
    };

    let journal = journal.map(|j| Arc::new(Mutex::new(j)));
    let journal_error: Arc<Mutex<Option<String>>> = Arc::default();
    let mut bulk = client
        .webhook_failures()
        .retrigger_many(targets)
        .concurrency(concurrency)
        // One ID's budget is the operation timeout (--timeout): a lone
        // `retrigger ID` against a server that only answers 429 ends then.
        .item_timeout(client.operation_timeout())
        .until(stopped);
    if let Some(journal) = &journal {
        let journal = Arc::clone(journal);
        let journal_error = Arc::clone(&journal_error);
        let stop = Arc::clone(&stop);
        // Durable intent before every first POST: after a crash, the rerun
        // knows which IDs may have been sent, and their baselines.
        bulk = bulk.before_first_send(move |id, state| {
            let mut journal = journal.lock().unwrap_or_else(PoisonError::into_inner);
            let mut error = journal_error.lock().unwrap_or_else(PoisonError::into_inner);
            if error.is_some() {
                return Err(std::io::Error::other("the journal could not be written"));
            }
            journal
                .record_sending(id.as_str(), state.first_sent_at, state.baseline)
                .inspect_err(|e| {
                    *error = Some(journal_failure(journal.path(), e));
                    stop.notify_one();
                })
        });
    }

    let progress = Progress::new(total as u64, json);
    let mut tally = Tally::default();
    let mut auth_stopped = false;
    let mut outcomes = std::pin::pin!(bulk.stream());
    while let Some(item) = outcomes.next().await {
        // Only a listing yields errors, and this run lists nothing itself.
        let Ok(item) = item else { continue };
        let seen = see(&item, &mut tally, journal.is_some());
        if matches!(&item.outcome, RetriggerOutcome::Failed(e) if e.is_auth()) {
            auth_stopped = true;
            stop.notify_one();
        }
        if let Some(journal) = &journal {
            let mut journal = journal.lock().unwrap_or_else(PoisonError::into_inner);
            let mut error = journal_error.lock().unwrap_or_else(PoisonError::into_inner);
            if error.is_none()
                && let Err(e) = journal.record(item.id.as_str(), seen.record.clone())
            {
                // Stop starting IDs, but keep draining: the requests in
                // flight still get their outcome in the summary.
                *error = Some(journal_failure(journal.path(), &e));
                stop.notify_one();
            }
        }
        progress.outcome(&seen);
    }
    ctrl_c.abort();
    progress.finish();
    let journal_error = journal_error
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    Ok(Report {
        json,
        auth_stopped,
        not_found_fails: false,
        not_started: total.saturating_sub(tally.total()),
        tally,
        interrupted: interrupted.load(Ordering::SeqCst),
        journal: journal.map(|j| {
            let j = j.lock().unwrap_or_else(PoisonError::into_inner);
            j.path().display().to_string()
        }),
        journal_error,
    })
}

fn journal_failure(path: &std::path::Path, e: &std::io::Error) -> String {
    format!(
        "cannot write the journal {}: {e}; stopped starting new IDs",
        path.display()
    )
}

/// Counts one outcome, and says how to show and journal it. Only with a
/// journal can a rerun judge a lost answer: without one, the line says how
/// to check by hand.
fn see(item: &RetriggerItem, tally: &mut Tally, journaled: bool) -> Seen {
    let id = &item.id;
    // A failure is certain only if no POST of this ID, in this run or an
    // earlier one, may have gone through.
    let certain = item.is_certain();
    let object = |outcome: &str, error: Option<&str>, maybe_sent: bool| {
        serde_json::json!({
            "id": id.as_str(),
            "outcome": outcome,
            "maybe_sent": maybe_sent,
            "error": error,
        })
    };
    let done = |outcome, name: &str, line: String| Seen {
        line,
        object: object(name, None, false),
        record: Final::certain(outcome),
        notable: false,
    };
    match &item.outcome {
        RetriggerOutcome::Retriggered(voiso::Retriggered::FailedAgain(_)) => {
            tally.retriggered += 1;
            tally.failed_again += 1;
            Seen {
                line: format!("retriggered (delivery failed again) {id}"),
                object: object("retriggered_failed_again", None, false),
                record: Final {
                    outcome: Recorded::Retriggered,
                    certain: true,
                    failed_again: true,
                    error: None,
                },
                notable: false,
            }
        }
        RetriggerOutcome::Retriggered(_) => {
            tally.retriggered += 1;
            done(
                Recorded::Retriggered,
                "retriggered",
                format!("retriggered {id}"),
            )
        }
        RetriggerOutcome::AlreadyPending => {
            tally.already_pending += 1;
            done(
                Recorded::AlreadyPending,
                "already_pending",
                format!("already pending {id}"),
            )
        }
        RetriggerOutcome::NotFound => {
            tally.not_found += 1;
            done(Recorded::NotFound, "not_found", format!("not found {id}"))
        }
        RetriggerOutcome::NotSent(why) => {
            tally.not_sent.push((id.clone(), why.clone()));
            Seen {
                line: format!("not sent {id}: {why}"),
                object: object("not_sent", Some(why), !certain),
                record: Final {
                    outcome: Recorded::NotSent,
                    certain,
                    failed_again: false,
                    error: Some(why.clone()),
                },
                notable: true,
            }
        }
        outcome => {
            let (why, auth) = match outcome {
                RetriggerOutcome::Failed(error) => {
                    (crate::messages::describe(error), error.is_auth())
                }
                _ => ("an outcome this CLI does not know".to_string(), false),
            };
            // Unknown outcomes are journaled as maybe sent: a rerun reads first.
            let certain = certain && matches!(outcome, RetriggerOutcome::Failed(_));
            // The same reason as the ID before it is said once: a key
            // lacking a scope fails every ID in flight alike.
            let repeated = tally.failed.last().is_some_and(|(_, last, _)| *last == why);
            let shown = if repeated {
                "the same reason as above".to_string()
            } else {
                why.clone()
            };
            let line = if certain {
                format!("failed {id}: {shown}")
            } else if journaled {
                format!(
                    "failed {id} (it may have gone through; a rerun with the same journal \
                     reads it first): {shown}"
                )
            } else {
                format!(
                    "failed {id} (it may have gone through; check it before retriggering it \
                     again, as the summary says): {shown}"
                )
            };
            if !certain {
                tally
                    .maybe_through
                    .push((id.clone(), Check::of(&item.state)));
            }
            tally.failed.push((id.clone(), why.clone(), auth));
            Seen {
                line,
                object: object("failed", Some(&why), !certain),
                record: Final {
                    outcome: Recorded::Failed,
                    certain,
                    failed_again: false,
                    error: Some(why),
                },
                notable: true,
            }
        }
    }
}

/// `(reason, IDs)` in the order each reason was first met.
fn by_reason<'a>(
    items: impl Iterator<Item = (&'a WebhookFailureId, &'a String)>,
) -> Vec<(&'a String, Vec<&'a WebhookFailureId>)> {
    let mut groups: Vec<(&String, Vec<&WebhookFailureId>)> = Vec::new();
    for (id, why) in items {
        match groups.iter_mut().find(|(w, _)| *w == why) {
            Some((_, ids)) => ids.push(id),
            None => groups.push((why, vec![id])),
        }
    }
    groups
}

impl Report {
    /// A line of the summary: on stdout, or on stderr when stdout holds JSON.
    fn say(&self, line: impl std::fmt::Display) {
        if self.json { warn(line) } else { say(line) }
    }

    /// One reason per line, with its count and IDs when several share it.
    fn say_grouped<'a>(&self, items: impl Iterator<Item = (&'a WebhookFailureId, &'a String)>) {
        for (why, ids) in by_reason(items) {
            match ids.as_slice() {
                [id] => self.say(format_args!("  {id}: {why}")),
                ids => {
                    let list: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
                    self.say(format_args!("  {} failures: {why}", ids.len()));
                    self.say(format_args!("    {}", list.join(" ")));
                }
            }
        }
    }

    /// The summary as one JSON object, after the IDs' own.
    fn summary_object(&self) {
        if !self.json {
            return;
        }
        let t = &self.tally;
        crate::output::print_outcome(&serde_json::json!({
            "summary": {
                "retriggered": t.retriggered,
                "failed_again": t.failed_again,
                "already_pending": t.already_pending,
                "not_found": t.not_found,
                "failed": t.failed.len(),
                "not_sent": t.not_sent.len(),
                "maybe_through": t.maybe_through.len(),
                "not_started": self.not_started,
                "interrupted": self.interrupted,
                "journal": self.journal,
            }
        }));
    }

    /// Prints the summary and returns the exit code it calls for.
    pub fn print(&self) -> ExitCode {
        let t = &self.tally;
        let again = if t.failed_again > 0 {
            format!(" ({} of them failed again)", t.failed_again)
        } else {
            String::new()
        };
        let not_sent = if t.not_sent.is_empty() {
            String::new()
        } else {
            format!(", {} not sent", t.not_sent.len())
        };
        self.summary_object();
        self.say(format_args!(
            "summary: {} retriggered{again}, {} already pending, {} not found, {} failed{not_sent}",
            t.retriggered,
            t.already_pending,
            t.not_found,
            t.failed.len()
        ));
        if !t.failed.is_empty() {
            self.say("failed:");
            self.say_grouped(t.failed.iter().map(|(id, why, _)| (id, why)));
        }
        if !t.not_sent.is_empty() {
            self.say("not sent:");
            self.say_grouped(t.not_sent.iter().map(|(id, why)| (id, why)));
        }
        if !t.maybe_through.is_empty() {
            let n = plural(t.maybe_through.len(), "failure");
            match &self.journal {
                Some(path) => self.say(format_args!(
                    "{n} may have gone through (an answer was lost); rerun the same command \
                     with --journal {path}: it reads each of them before sending anything"
                )),
                None => {
                    self.say(format_args!(
                        "{n} may have gone through (an answer was lost); before retriggering \
                         one again, check it with `voiso failures get ID`:"
                    ));
                    for (id, check) in &t.maybe_through {
                        self.say(format_args!("  {id}: {check}"));
                    }
                }
            }
        }
        if self.not_started > 0 {
            let again = crate::output::this_command();
            let resume = match (&self.journal, self.auth_stopped) {
                (Some(_), true) => format!(
                    "the key was refused, so the run stopped. With a key that has the scope, \
                     run `{again}` again: its journal skips what is done"
                ),
                (None, true) => format!(
                    "the key was refused, so the run stopped. With a key that has the scope, \
                     run `{again}` again"
                ),
                (Some(_), false) => format!(
                    "rerun the same command to finish: `{again}` (its journal skips what is done)"
                ),
                (None, false) => format!(
                    "to finish, run `{again}` again; add --journal auto next time to resume \
                     without reading anything twice"
                ),
            };
            self.say(format_args!(
                "{} not started; {resume}",
                plural(self.not_started, "failure")
            ));
        }
        if let Some(error) = &self.journal_error {
            warn(format_args!("error: {error}"));
        }
        let unfinished = !t.failed.is_empty()
            || !t.not_sent.is_empty()
            || (self.not_found_fails && t.not_found > 0);
        // Most specific first: a refused key says nothing will work; an
        // interrupted run wants a rerun whatever else happened.
        if t.failed.iter().any(|(_, _, auth)| *auth) {
            ExitCode::from(exit::AUTH)
        } else if self.interrupted && (self.not_started > 0 || unfinished) {
            ExitCode::from(exit::INTERRUPTED)
        } else if unfinished || self.not_started > 0 || self.journal_error.is_some() {
            ExitCode::from(exit::FAILED)
        } else {
            ExitCode::SUCCESS
        }
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// A progress bar on a terminal; otherwise one plain line per ID.
enum Progress {
    Bar(ProgressBar),
    Lines,
    /// One JSON object per ID on stdout, the bar (if any) on stderr.
    Json(Option<ProgressBar>),
}

impl Progress {
    fn new(total: u64, json: bool) -> Self {
        if json {
            return match Progress::new(total, false) {
                Progress::Bar(bar) => Progress::Json(Some(bar)),
                _ => Progress::Json(None),
            };
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(total);
            let template = if std::env::var_os("NO_COLOR").is_some() {
                "{elapsed_precise} [{bar:40}] {pos}/{len} {msg}"
            } else {
                "{elapsed_precise} [{bar:40.cyan/blue}] {pos}/{len} {msg}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            Progress::Bar(bar)
        } else {
            Progress::Lines
        }
    }

    fn outcome(&self, seen: &Seen) {
        match self {
            Progress::Bar(bar) => {
                if seen.notable {
                    bar.println(crate::output::clean(&seen.line));
                }
                bar.inc(1);
            }
            Progress::Lines => say(&seen.line),
            Progress::Json(bar) => {
                crate::output::print_outcome(&seen.object);
                if let Some(bar) = bar {
                    bar.inc(1);
                }
            }
        }
    }

    fn finish(&self) {
        if let Progress::Bar(bar) | Progress::Json(Some(bar)) = self {
            bar.finish_and_clear();
        }
    }
}

/// What `retrigger --all` shows while it lists, which can take a while
/// before the first POST: a spinner with the count so far, on a terminal.
struct Listing(Option<ProgressBar>);

impl Listing {
    fn start() -> Self {
        if !std::io::stderr().is_terminal() {
            return Listing(None);
        }
        let spinner = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} listing failures: {msg}") {
            spinner.set_style(style);
        }
        spinner.set_message("0 to retrigger so far");
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        Listing(Some(spinner))
    }

    fn found(&self, n: usize) {
        if let Some(spinner) = &self.0 {
            spinner.set_message(format!("{n} to retrigger so far"));
        }
    }

    fn finish(self) {
        if let Some(spinner) = self.0 {
            spinner.finish_and_clear();
        }
    }
}
