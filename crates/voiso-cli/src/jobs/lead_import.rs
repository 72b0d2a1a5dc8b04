//! `voiso campaigns leads import`: leads from a file into a campaign.
//!
//! The file is read and every row checked first; invalid rows are reported
//! with their physical line and never sent. The valid leads go in batches of
//! [`voiso::MAX_LEADS`], one at a time, each sent [`voiso::IMPORT_SPACING`]
//! after the previous one completed. With `--journal`, each batch's intent is
//! recorded (and synced) before it is sent and its result after, so a rerun
//! resends only unfinished batches (see `import/journal.rs`).

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use tokio::sync::Notify;

use crate::args::{LeadImport, SummaryOutput};
use crate::exit::{self, Failure};
use crate::output::{say, text, warn};

#[path = "import/journal.rs"]
mod journal;
#[path = "import/parse.rs"]
mod parse;

use journal::{BatchResult, ImportJournal, OpenError, Start, Status};

/// What became of one row.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    Created,
    Rejected,
    /// Already in the campaign before this import.
    Duplicate,
    Invalid,
    /// Its batch failed (it may be resent with the journal).
    Failed,
    /// Not sent: the run stopped first.
    NotSent,
    /// `--dry-run`: would be sent.
    ToSend,
}

#[derive(Debug, Serialize)]
struct LeadOutcome {
    line: usize,
    phone_number: String,
    outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    batch: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

#[derive(Debug, Default, Serialize)]
struct Counts {
    created: usize,
    /// Of `created`: duplicates of a batch whose earlier answer was lost.
    created_after_lost_reply: usize,
    rejected: usize,
    duplicate: usize,
    invalid: usize,
    failed: usize,
    not_sent: usize,
    to_send: usize,
}

#[derive(Debug, Serialize)]
struct BatchLine {
    batch: usize,
    count: usize,
    first_line: usize,
    last_line: usize,
    status: &'static str,
}

#[derive(Serialize)]
struct Summary<'a> {
    campaign: String,
    file: String,
    dry_run: bool,
    interrupted: bool,
    batches: &'a [BatchLine],
    leads: &'a [LeadOutcome],
    counts: &'a Counts,
}

const LOST_NOTE: &str =
    "created by this batch: a duplicate after an earlier attempt whose answer was lost";

pub async fn run(client: &voiso::Client, args: LeadImport) -> Result<ExitCode, Failure> {
    let shown = args.file.display().to_string();
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Failure::Usage(format!("cannot read {shown}: {e}")))?;
    let by_name = args
        .file
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("ndjson") || e.eq_ignore_ascii_case("jsonl"));
    let rows =
        parse::parse(&bytes, by_name).map_err(|m| Failure::Usage(format!("{shown}: {m}")))?;

    let mut outcomes = Vec::with_capacity(rows.len());
    let mut leads = Vec::new();
    for row in rows {
        let (outcome, reason) = match row.lead {
            Ok(lead) => {
                leads.push((outcomes.len(), lead));
                (Outcome::ToSend, None)
            }
            Err(reason) => (Outcome::Invalid, Some(reason)),
        };
        outcomes.push(LeadOutcome {
            line: row.line,
            phone_number: row.phone,
            outcome,
            batch: None,
            reason,
        });
    }
    // Batches: (row indexes, leads), in file order.
    let mut batches: Vec<(Vec<usize>, Vec<voiso::Lead>)> = Vec::new();
    for chunk in leads.chunks(voiso::MAX_LEADS) {
        batches.push((
            chunk.iter().map(|(i, _)| *i).collect(),
            chunk.iter().map(|(_, l)| l.clone()).collect(),
        ));
    }
    drop(leads);
    let mut batch_lines: Vec<BatchLine> = batches
        .iter()
        .enumerate()
        .map(|(n, (rows, _))| {
            for &i in rows {
                outcomes[i].batch = Some(n + 1);
            }
            BatchLine {
                batch: n + 1,
                count: rows.len(),
                first_line: outcomes[rows[0]].line,
                last_line: outcomes[*rows.last().unwrap_or(&rows[0])].line,
                status: "to_send",
            }
        })
        .collect();
    let format = args.output.unwrap_or(if std::io::stdout().is_terminal() {
        SummaryOutput::Table
    } else {
        SummaryOutput::Json
    });
    let campaign = args.campaign.to_string();

    if args.dry_run {
        let counts = count(&outcomes);
        print_summary(
            format,
            &campaign,
            &shown,
            true,
            false,
            &batch_lines,
            &outcomes,
            &counts,
        );
        return Ok(exit_code(&counts, false));
    }

    let mut journal = match &args.journal {
        None => None,
        Some(path) => {
            let start = Start {
                campaign: campaign.clone(),
                file: shown.clone(),
                file_hash: journal::hash([&bytes[..]]),
                leads: batches.iter().map(|(r, _)| r.len()).sum(),
                batches: batches.len(),
            };
            let journal_shown = path.display();
            match ImportJournal::open(path, &start) {
                Ok(j) => Some(j),
                Err(OpenError::Locked) => {
                    return Err(Failure::Usage(format!(
                        "the journal {journal_shown} is held by another run: wait for it, or use another journal"
                    )));
                }
                Err(OpenError::Foreign(why)) => {
                    return Err(Failure::Usage(format!(
                        "the journal {journal_shown} is not this import's: {why}; use another journal"
                    )));
                }
                Err(OpenError::Io(e)) => {
                    return Err(Failure::Usage(format!(
                        "cannot open the journal {journal_shown}: {e}"
                    )));
                }
            }
        }
    };

    let interrupted = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(Notify::new());
    let ctrl_c = tokio::spawn({
        let interrupted = Arc::clone(&interrupted);
        let stop = Arc::clone(&stop);
        async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                interrupted.store(true, Ordering::SeqCst);
                warn("\ninterrupted: finishing the batch in flight (Ctrl-C again to quit now)");
                stop.notify_one();
                if tokio::signal::ctrl_c().await.is_ok() {
                    std::process::exit(exit::INTERRUPTED.into());
                }
            }
        }
    });

    let total = batches.len();
    let mut last_completed: Option<tokio::time::Instant> = None;
    let mut stopped: Option<String> = None;
    let mut auth: Option<voiso::Error> = None;
    for (n, (rows, leads)) in batches.into_iter().enumerate() {
        let number = n + 1;
        let phones_hash = journal::hash(rows.iter().map(|&i| outcomes[i].phone_number.as_bytes()));
        let status = journal.as_ref().map_or(Status::Fresh, |j| j.status(number));
        if let Status::Done(result) = &status {
            apply(&mut outcomes, &rows, result);
            batch_lines[n].status = "done_earlier";
            warn(format_args!(
                "batch {number}/{total}: already done according to the journal"
            ));
            continue;
        }
        if stopped.is_some() || interrupted.load(Ordering::SeqCst) {
            break;
        }
        // The documented rule: the next import 2 s after the previous one
        // completed (the library's 409 wait is only a fallback).
        if let Some(last) = last_completed {
            tokio::select! {
                () = tokio::time::sleep_until(last + voiso::IMPORT_SPACING) => {}
                () = stop.notified() => {}
            }
            if interrupted.load(Ordering::SeqCst) {
                break;
            }
        }
        let lost_before = matches!(status, Status::MaybeSent);
        if let Some(j) = &mut journal
            && let Err(e) = j.record_sending(number, rows.len(), &phones_hash)
        {
            stopped = Some(format!(
                "cannot write the journal: {e}; batch {number} not sent"
            ));
            break;
        }
        let answer = client.campaigns().add_leads(args.campaign, leads).await;
        last_completed = Some(tokio::time::Instant::now());
        match answer {
            Ok(added) => {
                let result = BatchResult {
                    batch: number,
                    count: rows.len(),
                    phones_hash,
                    lost_reply: lost_before || added.resent,
                    created: added.created,
                    rejected: added.rejected,
                    duplicates: added.duplicates,
                    resent: added.resent,
                };
                if let Some(j) = &mut journal
                    && let Err(e) = j.record_result(result.clone())
                {
                    stopped = Some(format!("cannot write the journal: {e}"));
                }
                let (c, d, r) = (
                    result.created.len(),
                    result.duplicates.len(),
                    result.rejected.len(),
                );
                apply(&mut outcomes, &rows, &result);
                batch_lines[n].status = "sent";
                warn(format_args!(
                    "batch {number}/{total}: {c} created, {d} duplicates{}, {r} rejected",
                    if result.lost_reply {
                        " (counted as created: an earlier answer was lost)"
                    } else {
                        ""
                    }
                ));
            }
            Err(e) => {
                let message = e.to_string();
                // A refused key certainly did nothing: the batch starts afresh.
                if let Some(j) = &mut journal
                    && let Err(write) = j.record_failed(number, &message, e.is_auth())
                {
                    warn(format_args!("cannot write the journal: {write}"));
                }
                for &i in &rows {
                    outcomes[i].outcome = Outcome::Failed;
                    outcomes[i].reason = Some(message.clone());
                }
                batch_lines[n].status = "failed";
                if e.is_auth() {
                    auth = Some(e);
                    break;
                }
                stopped = Some(format!(
                    "batch {number}/{total} failed: {message}; stopped{}",
                    if args.journal.is_some() {
                        " (rerun with the same journal to resume)"
                    } else {
                        ""
                    }
                ));
            }
        }
    }
    ctrl_c.abort();
    for o in &mut outcomes {
        if matches!(o.outcome, Outcome::ToSend) {
            o.outcome = Outcome::NotSent;
        }
    }
    for b in &mut batch_lines {
        if b.status == "to_send" {
            b.status = "not_sent";
        }
    }
    if let Some(e) = auth {
        return Err(Failure::Auth(e));
    }
    let was_interrupted = interrupted.load(Ordering::SeqCst);
    let counts = count(&outcomes);
    print_summary(
        format,
        &campaign,
        &shown,
        false,
        was_interrupted,
        &batch_lines,
        &outcomes,
        &counts,
    );
    if let Some(why) = stopped {
        warn(format_args!("error: {why}"));
    }
    Ok(exit_code(&counts, was_interrupted))
}

/// Folds a batch's answer into its rows' outcomes.
fn apply(outcomes: &mut [LeadOutcome], rows: &[usize], result: &BatchResult) {
    use std::collections::HashMap;
    let mut by_phone: HashMap<&str, (Outcome, Option<&str>)> = HashMap::new();
    for p in &result.created {
        by_phone.insert(p, (Outcome::Created, None));
    }
    for p in &result.rejected {
        by_phone.insert(p, (Outcome::Rejected, None));
    }
    for p in &result.duplicates {
        let seen = if result.lost_reply {
            (Outcome::Created, Some(LOST_NOTE))
        } else {
            (Outcome::Duplicate, None)
        };
        by_phone.insert(p, seen);
    }
    for &i in rows {
        let row = &mut outcomes[i];
        match by_phone.get(row.phone_number.as_str()) {
            Some((outcome, note)) => {
                row.outcome = outcome.clone();
                row.reason = note.map(str::to_string);
            }
            None => {
                row.outcome = Outcome::Failed;
                row.reason = Some("missing from the answer".into());
            }
        }
    }
}

fn count(outcomes: &[LeadOutcome]) -> Counts {
    let mut c = Counts::default();
    for o in outcomes {
        match o.outcome {
            Outcome::Created => {
                c.created += 1;
                if o.reason.is_some() {
                    c.created_after_lost_reply += 1;
                }
            }
            Outcome::Rejected => c.rejected += 1,
            Outcome::Duplicate => c.duplicate += 1,
            Outcome::Invalid => c.invalid += 1,
            Outcome::Failed => c.failed += 1,
            Outcome::NotSent => c.not_sent += 1,
            Outcome::ToSend => c.to_send += 1,
        }
    }
    c
}

fn exit_code(c: &Counts, interrupted: bool) -> ExitCode {
    if interrupted {
        ExitCode::from(exit::INTERRUPTED)
    } else if c.invalid + c.rejected + c.failed + c.not_sent > 0 {
        ExitCode::from(exit::FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

#[allow(clippy::too_many_arguments)]
fn print_summary(
    format: SummaryOutput,
    campaign: &str,
    file: &str,
    dry_run: bool,
    interrupted: bool,
    batches: &[BatchLine],
    leads: &[LeadOutcome],
    counts: &Counts,
) {
    match format {
        SummaryOutput::Json => {
            let summary = Summary {
                campaign: campaign.to_string(),
                file: file.to_string(),
                dry_run,
                interrupted,
                batches,
                leads,
                counts,
            };
            match serde_json::to_string_pretty(&summary) {
                Ok(json) => text(json),
                Err(e) => warn(format_args!("cannot print the summary: {e}")),
            }
        }
        SummaryOutput::Table => {
            for b in batches {
                say(format_args!(
                    "batch {:>3}: {:>4} leads, lines {}-{}: {}",
                    b.batch, b.count, b.first_line, b.last_line, b.status
                ));
            }
            say(format_args!(
                "{:<8} {:<16} {:<10} {:<6} DETAIL",
                "LINE", "PHONE", "OUTCOME", "BATCH"
            ));
            for l in leads {
                let outcome = serde_json::to_value(&l.outcome)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                say(format_args!(
                    "{:<8} {:<16} {:<10} {:<6} {}",
                    l.line,
                    l.phone_number,
                    outcome,
                    l.batch.map(|b| b.to_string()).unwrap_or_default(),
                    l.reason.as_deref().unwrap_or("")
                ));
            }
            let c = counts;
            say(format_args!(
                "summary: {} created ({} of them after a lost answer), {} duplicates, {} rejected, {} invalid, {} failed, {} not sent{}",
                c.created,
                c.created_after_lost_reply,
                c.duplicate,
                c.rejected,
                c.invalid,
                c.failed,
                c.not_sent,
                if dry_run {
                    format!(", {} to send (dry run: nothing sent)", c.to_send)
                } else {
                    String::new()
                }
            ));
        }
    }
}
