//! `voiso failures retrigger`: the operator's bulk run. Every ID it touches
//! gets one outcome, in the journal as it happens and in the summary at the
//! end; an interrupted run resumes from its journal.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use futures::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use tokio::sync::Notify;
use voiso::{RetriggerItem, RetriggerOutcome, RetriggerSummary, WebhookFailureId};

use crate::args::Retrigger;
use crate::exit::{self, Failure};
use crate::journal::{Journal, Recorded};
use crate::output::{say, warn};
use crate::read::{failures_in, status_filter};

pub async fn run(client: &voiso::Client, args: Retrigger) -> Result<ExitCode, Failure> {
    let ids = if args.all {
        let wanted = status_filter(Some(&args.status))?;
        matching_ids(client, &args, wanted.as_deref()).await?
    } else {
        explicit_ids(&args.ids)?
    };
    let mut journal = match &args.journal {
        Some(path) => Some(Journal::open(path).map_err(|e| {
            Failure::Usage(format!("cannot open the journal {}: {e}", path.display()))
        })?),
        None => None,
    };
    let (done, todo): (Vec<_>, Vec<_>) = ids
        .into_iter()
        .partition(|id| journal.as_ref().is_some_and(|j| j.is_done(id.as_str())));
    if !done.is_empty() {
        say(format_args!(
            "{} already done according to the journal; skipping them",
            plural(done.len(), "failure")
        ));
    }

    if args.dry_run {
        for id in &todo {
            say(format_args!("would retrigger {id}"));
        }
        say(format_args!(
            "dry run: {} would be retriggered; nothing was sent",
            plural(todo.len(), "failure")
        ));
        return Ok(ExitCode::SUCCESS);
    }

    let report = execute(
        client,
        todo,
        usize::from(args.concurrency),
        journal.as_mut(),
    )
    .await?;
    Ok(report.print())
}

/// Every failure in the window whose status matches (`None`: any), newest
/// first, each once even if the server lists one twice.
async fn matching_ids(
    client: &voiso::Client,
    args: &Retrigger,
    status: Option<&str>,
) -> Result<Vec<WebhookFailureId>, Failure> {
    let mut stream = std::pin::pin!(failures_in(client, &args.window)?.stream());
    let mut seen = BTreeSet::new();
    let mut ids = Vec::new();
    while let Some(failure) = stream.next().await {
        let failure = failure?;
        if status.is_none_or(|wanted| failure.status.as_str() == wanted)
            && seen.insert(failure.id.clone())
        {
            ids.push(failure.id);
        }
    }
    Ok(ids)
}

/// The IDs as given, checked before anything is sent, each once.
fn explicit_ids(raw: &[String]) -> Result<Vec<WebhookFailureId>, Failure> {
    let mut seen = BTreeSet::new();
    let mut ids = Vec::new();
    for id in raw {
        let id = WebhookFailureId::new(id).map_err(|e| Failure::Usage(e.to_string()))?;
        if seen.insert(id.clone()) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// What a bulk run did, for the summary and the exit code.
pub struct Report {
    pub summary: RetriggerSummary,
    pub not_started: usize,
    pub interrupted: bool,
    pub journal: Option<String>,
    /// The journal could not be written: the run stopped starting IDs.
    pub journal_error: Option<String>,
}

/// Retriggers `ids`, recording each outcome as it arrives. The first Ctrl-C
/// (or the first auth error: every other ID would fail the same way) stops
/// new requests; those in flight finish and are recorded.
pub async fn execute(
    client: &voiso::Client,
    ids: Vec<WebhookFailureId>,
    concurrency: usize,
    mut journal: Option<&mut Journal>,
) -> Result<Report, Failure> {
    let total = ids.len();
    let stop = Arc::new(Notify::new());
    let interrupted = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let ctrl_c = tokio::spawn({
        let stop = Arc::clone(&stop);
        let interrupted = Arc::clone(&interrupted);
        async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                interrupted.store(true, std::sync::atomic::Ordering::SeqCst);
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

    let progress = Progress::new(total as u64);
    let mut summary = RetriggerSummary::default();
    let mut journal_error = None;
    let mut outcomes = std::pin::pin!(
        client
            .webhook_failures()
            .retrigger_many(ids)
            .concurrency(concurrency)
            .until(stopped)
            .stream()
    );
    while let Some(item) = outcomes.next().await {
        if let Ok(RetriggerItem { id, outcome }) = &item {
            let (recorded, error) = match outcome {
                RetriggerOutcome::Retriggered(_) => (Recorded::Retriggered, None),
                RetriggerOutcome::AlreadyPending => (Recorded::AlreadyPending, None),
                RetriggerOutcome::NotFound => (Recorded::NotFound, None),
                RetriggerOutcome::Failed(error) => {
                    if error.is_auth() {
                        stop.notify_one();
                    }
                    (Recorded::Failed, Some(error.to_string()))
                }
                _ => (
                    Recorded::Failed,
                    Some("an outcome this CLI does not know".into()),
                ),
            };
            if let Some(journal) = journal.as_deref_mut().filter(|_| journal_error.is_none())
                && let Err(e) = journal.record(id.as_str(), recorded, error.as_deref())
            {
                // Stop starting IDs, but keep draining: the requests in
                // flight still get their outcome in the summary.
                journal_error = Some(format!(
                    "cannot write the journal {}: {e}; stopped starting new IDs",
                    journal.path().display()
                ));
                stop.notify_one();
            }
            progress.outcome(id, recorded, error.as_deref());
        }
        summary.record(&item);
    }
    ctrl_c.abort();
    progress.finish();
    Ok(Report {
        not_started: total - summary.total(),
        summary,
        interrupted: interrupted.load(std::sync::atomic::Ordering::SeqCst),
        journal: journal.map(|j| j.path().display().to_string()),
        journal_error,
    })
}

impl Report {
    /// Prints the summary and returns the exit code it calls for.
    pub fn print(&self) -> ExitCode {
        let s = &self.summary;
        say(format_args!(
            "summary: {} retriggered, {} already pending, {} not found, {} failed",
            s.retriggered,
            s.already_pending,
            s.not_found,
            s.failed.len()
        ));
        if !s.failed.is_empty() {
            say("failed:");
            for (id, error) in &s.failed {
                say(format_args!("  {id}: {error}"));
            }
        }
        if self.not_started > 0 {
            let resume = match &self.journal {
                Some(path) => format!("rerun the same command with --journal {path} to finish"),
                None => "rerun with --journal FILE next time to resume an interrupted run".into(),
            };
            say(format_args!(
                "{} not started; {resume}",
                plural(self.not_started, "failure")
            ));
        }
        if let Some(error) = &self.journal_error {
            warn(format_args!("error: {error}"));
        }
        // Most specific first: a refused key says nothing will work; an
        // interrupted run wants a rerun whatever else happened.
        if s.failed.iter().any(|(_, e)| e.is_auth()) {
            ExitCode::from(exit::AUTH)
        } else if self.interrupted && (self.not_started > 0 || !s.failed.is_empty()) {
            ExitCode::from(exit::INTERRUPTED)
        } else if !s.failed.is_empty() || self.not_started > 0 || self.journal_error.is_some() {
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
}

impl Progress {
    fn new(total: u64) -> Self {
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

    fn outcome(&self, id: &WebhookFailureId, recorded: Recorded, error: Option<&str>) {
        let line = match (recorded, error) {
            (Recorded::Retriggered, _) => format!("retriggered {id}"),
            (Recorded::AlreadyPending, _) => format!("already pending {id}"),
            (Recorded::NotFound, _) => format!("not found {id}"),
            (Recorded::Failed, why) => format!("failed {id}: {}", why.unwrap_or("unknown")),
        };
        match self {
            Progress::Bar(bar) => {
                if recorded == Recorded::Failed {
                    bar.println(crate::output::clean(&line));
                }
                bar.inc(1);
            }
            Progress::Lines => say(line),
        }
    }

    fn finish(&self) {
        if let Progress::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
