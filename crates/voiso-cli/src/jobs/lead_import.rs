//! `voiso campaigns leads import`: leads from a file into a campaign.
//!
//! The file is read twice and never held: a first pass checks every row and
//! plans the batches (counts, and a hash of each batch's phone numbers); the
//! second reads it again and sends the valid leads in batches of
//! [`voiso::MAX_LEADS`], one at a time, each sent [`voiso::IMPORT_SPACING`]
//! after the previous one completed. Each row's outcome goes to `--report`
//! as its batch is answered; the summary keeps only the rows not created.
//!
//! Adding leads is deduplicated (a lead already created comes back as a
//! duplicate), so a batch whose answer was lost is sent again until it is
//! answered or the operation's deadline (`--timeout`) runs out; only that
//! or an error Voiso will not change its mind on stops the import. With
//! `--journal`, each batch's intent is recorded (and synced) before it is
//! sent and its result after, so a rerun resends only unfinished batches
//! (see `import/journal.rs`).

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;
use tokio::time::Instant;

use crate::args::{LeadImport, SummaryOutput};
use crate::exit::{self, Failure};
use crate::output::warn;

#[path = "import/journal.rs"]
mod journal;
#[path = "import/parse.rs"]
mod parse;
#[path = "import/plan.rs"]
mod plan;
#[path = "import/report.rs"]
mod report;
#[path = "import/resume.rs"]
mod resume;
#[path = "import/sniff.rs"]
mod sniff;

pub use resume::command as resume_command;

use journal::{BatchResult, Finished, ImportJournal, OpenError, Said, Start, Status};
use parse::Fnv;
use plan::Plan;
use report::{BatchLine, Ending, LOST_NOTE, MISSING, Outcome, RowOutcome, Sink};

/// A valid row waiting for its batch to be sent.
struct Pending {
    line: usize,
    phone: String,
    lead: voiso::Lead,
}

pub async fn run(client: &voiso::Client, args: LeadImport) -> Result<ExitCode, Failure> {
    let shown = args.file.display().to_string();
    let by_name = args
        .file
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("ndjson") || e.eq_ignore_ascii_case("jsonl"));
    let opts = parse::Options {
        ndjson_by_name: by_name,
        delimiter: args.delimiter,
        map: args.map.clone(),
        ignore: args.ignore_columns.clone(),
        file: shown.clone(),
    };
    let batch_size = voiso::MAX_LEADS;
    let plan = plan::plan(&args.file, &opts, batch_size)
        .map_err(|m| Failure::Usage(format!("{shown}: {m}")))?;
    if let (None, Some(d)) = (args.delimiter, plan.delimiter)
        && d != b','
    {
        warn(format_args!(
            "{shown}: read as {}-separated, as its header line is (--delimiter to force another)",
            if d == b'\t' {
                "tab".to_string()
            } else {
                (d as char).to_string()
            }
        ));
    }
    // One GET before any row is sent: a mistyped campaign is found now,
    // not after the first batch.
    // A check that cannot be made (Voiso failing, answers lost) stops
    // nothing: the batches meet the same, and are resent or journaled.
    match client.campaigns().get(args.campaign).await {
        Ok(_) => {}
        Err(e @ voiso::Error::NotFound { .. }) => {
            let what = format!("campaign {}", args.campaign);
            let next = "`voiso campaigns list` prints the IDs";
            return Err(
                match crate::messages::missing(client, e, &what, next).await {
                    Failure::Failed(m) => Failure::Usage(m),
                    other => other,
                },
            );
        }
        Err(e) if e.is_auth() => return Err(Failure::Auth(e)),
        Err(e) => warn(format_args!(
            "campaign {} could not be read before the import ({}); going on",
            args.campaign,
            crate::messages::describe(&e)
        )),
    }
    let format = args.output.unwrap_or(if std::io::stdout().is_terminal() {
        SummaryOutput::Table
    } else {
        SummaryOutput::Json
    });
    let campaign = args.campaign.to_string();

    let journal = match (&args.journal, args.dry_run) {
        (Some(path), false) => Some(open_journal(path, &campaign, &shown, &plan, batch_size)?),
        _ => None,
    };
    let report_shown = args.report.as_ref().map(|p| p.display().to_string());
    let sink = Sink::new(args.report.as_deref()).map_err(|e| {
        Failure::Usage(format!(
            "cannot create the report {}: {e}",
            report_shown.as_deref().unwrap_or_default()
        ))
    })?;
    let batches = plan
        .batches
        .iter()
        .enumerate()
        .map(|(n, b)| BatchLine {
            batch: n + 1,
            count: b.count,
            first_line: b.first_line,
            last_line: b.last_line,
            status: "to_send",
            error: None,
        })
        .collect();

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
                    std::process::exit(exit::STOPPED.into());
                }
            }
        }
    });

    let mut import = Import {
        client,
        campaign: args.campaign,
        dry_run: args.dry_run,
        plan,
        journal,
        sink,
        batches,
        last_completed: None,
        stopped: None,
        auth: None,
        interrupted,
        stop,
    };
    import.second_pass(&args.file, &opts).await;
    ctrl_c.abort();
    let Import {
        mut sink,
        batches,
        stopped,
        auth,
        interrupted,
        ..
    } = import;
    let report_error = sink.finish().err();
    if let Some(e) = auth {
        return Err(Failure::Auth(e));
    }
    let interrupted = interrupted.load(Ordering::SeqCst);
    let stopped = match (stopped, interrupted) {
        (Some(why), _) => Some(why),
        (None, true) => Some("interrupted (Ctrl-C)".to_string()),
        (None, false) => None,
    };
    let resume = stopped.as_ref().map(|_| resume::command());
    report::print_summary(
        format,
        &Ending {
            campaign: &campaign,
            file: &shown,
            dry_run: args.dry_run,
            interrupted,
            stopped: stopped.as_deref(),
            resume: resume.as_deref(),
            report: report_shown.as_deref(),
        },
        &batches,
        &sink,
    );
    if let Some(e) = &report_error {
        warn(format_args!("error: {e}"));
    }
    if let (Some(why), Some(command)) = (&stopped, &resume) {
        warn(format_args!(
            "error: stopped before finishing: {why}\nto resume: {command}{}",
            if args.journal.is_some() {
                ""
            } else {
                "\n(without --journal every batch is sent again: leads already created come back as duplicates)"
            }
        ));
        return Ok(ExitCode::from(exit::STOPPED));
    }
    let c = &sink.counts;
    Ok(
        if c.invalid + c.rejected + c.failed + c.not_sent > 0 || report_error.is_some() {
            ExitCode::from(exit::FAILED)
        } else {
            ExitCode::SUCCESS
        },
    )
}

fn open_journal(
    path: &std::path::Path,
    campaign: &str,
    shown: &str,
    plan: &Plan,
    batch_size: usize,
) -> Result<ImportJournal, Failure> {
    let start = Start::new(
        campaign.to_string(),
        shown.to_string(),
        plan.file_hash.clone(),
        plan.rows,
        plan.valid,
        plan.batches.len(),
        batch_size,
    );
    let hashes: Vec<&str> = plan
        .batches
        .iter()
        .map(|b| b.phones_hash.as_str())
        .collect();
    let journal_shown = path.display();
    let new_journal = "use a new journal (leads already in the campaign come back as duplicates)";
    match ImportJournal::open(path, &start, &hashes) {
        Ok(opened) => {
            if opened.old {
                warn(format_args!(
                    "note: the journal {journal_shown} was written by an older voiso; its batches hold the same phone numbers as this file's: resuming"
                ));
            }
            if opened.file_changed {
                warn(format_args!(
                    "note: {shown} is not byte for byte the file the journal {journal_shown} was started with, but every batch it recorded holds the same phone numbers and the counts match: resuming"
                ));
            }
            Ok(opened.journal)
        }
        Err(OpenError::Locked) => Err(Failure::Usage(format!(
            "the journal {journal_shown} is held by another run: wait for it, or use another journal"
        ))),
        Err(OpenError::Foreign(why)) => Err(Failure::Usage(format!(
            "the journal {journal_shown} is not this import's: {why}; use another journal"
        ))),
        Err(OpenError::BatchChanged(n)) => {
            let here = match plan.batches.get(n.wrapping_sub(1)) {
                Some(b) => format!(
                    "batch {n} of {shown} (lines {}-{})",
                    b.first_line, b.last_line
                ),
                None => format!("{shown}, which has only {} batches", plan.batches.len()),
            };
            Err(Failure::Usage(format!(
                "the journal {journal_shown} recorded batch {n} with other phone numbers than {here}: the file changed in rows already sent, or another version of voiso batched it differently, and resuming could skip leads never sent; {new_journal}"
            )))
        }
        Err(OpenError::CountsChanged(theirs, mine)) => Err(Failure::Usage(format!(
            "the journal {journal_shown} was started for a file of {theirs}; {shown} has {mine}: the file changed, or another version of voiso checks or batches rows differently; {new_journal}"
        ))),
        Err(OpenError::Io(e)) => Err(Failure::Usage(format!(
            "cannot open the journal {journal_shown}: {e}"
        ))),
    }
}

struct Import<'c> {
    client: &'c voiso::Client,
    campaign: voiso::CampaignId,
    dry_run: bool,
    plan: Plan,
    journal: Option<ImportJournal>,
    sink: Sink,
    batches: Vec<BatchLine>,
    last_completed: Option<Instant>,
    /// Why the run stopped sending; the rest of the file is still read, so
    /// every row is reported (as not sent).
    stopped: Option<String>,
    auth: Option<voiso::Error>,
    interrupted: Arc<AtomicBool>,
    stop: Arc<Notify>,
}

impl Import<'_> {
    /// Reads the file again, sending each batch as it fills.
    async fn second_pass(&mut self, path: &std::path::Path, opts: &parse::Options) {
        let mut rows = match plan::open(path, opts) {
            Ok(rows) => rows,
            Err(e) => {
                self.stopped = Some(format!("cannot read the file again: {e}"));
                return;
            }
        };
        let batch_size = voiso::MAX_LEADS;
        let repeated = std::mem::take(&mut self.plan.repeated);
        let mut repeats = plan::Repeats::new(&repeated);
        let mut pending = Vec::with_capacity(batch_size);
        let mut number = 0;
        loop {
            let row = match rows.next_row() {
                Ok(Some(row)) => row,
                Ok(None) => break,
                Err(e) => {
                    self.stopped = Some(format!("cannot read the file again: {e}"));
                    return;
                }
            };
            // Only valid rows count as a number's first (an invalid
            // number's key means nothing).
            let first = match &row.lead {
                Ok(_) => repeats.earlier(&row),
                Err(_) => None,
            };
            let lead = match (row.lead, first) {
                (Ok(lead), None) => lead,
                (Ok(_), Some(first)) => {
                    let reason = format!("the same phone number as line {first}");
                    self.sink.row(invalid(row.line, row.phone, reason));
                    continue;
                }
                (Err(reason), _) => {
                    self.sink.row(invalid(row.line, row.phone, reason));
                    continue;
                }
            };
            pending.push(Pending {
                line: row.line,
                phone: row.phone,
                lead,
            });
            if pending.len() == batch_size {
                number += 1;
                self.batch(number, std::mem::take(&mut pending)).await;
                if self.auth.is_some() {
                    return;
                }
            }
        }
        if !pending.is_empty() {
            number += 1;
            self.batch(number, pending).await;
        }
    }

    async fn batch(&mut self, number: usize, rows: Vec<Pending>) {
        let total = self.plan.batches.len();
        let mut fnv = Fnv::default();
        for row in &rows {
            fnv.update(row.phone.as_bytes());
            fnv.end_part();
        }
        let phones_hash = fnv.hex();
        if self
            .plan
            .batches
            .get(number - 1)
            .is_none_or(|b| b.phones_hash != phones_hash)
        {
            // The file changed between the two passes: this batch is not
            // the one the journal was checked against.
            self.stopped.get_or_insert_with(|| {
                format!("the file changed while it was being imported (batch {number} differs from the first read)")
            });
            self.rows_not_sent(number, rows);
            return;
        }
        if self.dry_run {
            for row in rows {
                self.sink
                    .row(outcome(row.line, row.phone, Outcome::ToSend, number, None));
            }
            return;
        }
        let status = match self.journal.as_ref().map(|j| j.status(number)) {
            None => Status::Fresh,
            Some(Ok(status)) => status,
            Some(Err(e)) => {
                self.stopped
                    .get_or_insert_with(|| format!("cannot read the journal: {e}"));
                self.rows_not_sent(number, rows);
                return;
            }
        };
        if let Status::Done(finished) = &status {
            self.rows_answered(number, rows, finished);
            self.batches[number - 1].status = "done_earlier";
            warn(format_args!(
                "batch {number}/{total}: already done according to the journal"
            ));
            return;
        }
        if self.stopped.is_some() || self.interrupted.load(Ordering::SeqCst) {
            self.rows_not_sent(number, rows);
            return;
        }
        // The documented rule: the next import 2 s after the previous one
        // completed (the library's 409 wait is only a fallback).
        if let Some(last) = self.last_completed {
            self.wait_until(last + voiso::IMPORT_SPACING).await;
            if self.interrupted.load(Ordering::SeqCst) {
                self.rows_not_sent(number, rows);
                return;
            }
        }
        if let Some(j) = &mut self.journal
            && let Err(e) = j.record_sending(number, rows.len(), &phones_hash)
        {
            self.stopped = Some(format!(
                "cannot write the journal: {e}; batch {number} not sent"
            ));
            self.rows_not_sent(number, rows);
            return;
        }
        let lost_before = matches!(status, Status::MaybeSent);
        let leads: Vec<voiso::Lead> = rows.iter().map(|r| r.lead.clone()).collect();
        match self.send(number, leads, lost_before).await {
            Ok((added, lost)) => {
                let result = BatchResult {
                    batch: number,
                    count: rows.len(),
                    phones_hash,
                    lost_reply: lost || added.resent,
                    created: added.created,
                    rejected: added.rejected,
                    duplicates: added.duplicates,
                    resent: lost || added.resent,
                };
                if let Some(j) = &mut self.journal
                    && let Err(e) = j.record_result(result.clone())
                {
                    self.stopped = Some(format!("cannot write the journal: {e}"));
                }
                let (c, d, r) = (
                    result.created.len(),
                    result.duplicates.len(),
                    result.rejected.len(),
                );
                let lost_reply = result.lost_reply;
                self.rows_answered(number, rows, &Finished::from(result));
                self.batches[number - 1].status = "sent";
                warn(format_args!(
                    "batch {number}/{total}: {c} created, {d} duplicates{}, {r} rejected",
                    if lost_reply {
                        " (counted as created: an earlier answer was lost)"
                    } else {
                        ""
                    }
                ));
            }
            Err((e, lost)) => {
                let message = e.to_string();
                // A refused key, or a refusal after no attempt that may have
                // acted, certainly did nothing: the batch starts afresh.
                let certain = e.is_auth() || !(lost || e.may_have_acted());
                if let Some(j) = &mut self.journal
                    && let Err(write) = j.record_failed(number, &message, certain)
                {
                    warn(format_args!("cannot write the journal: {write}"));
                }
                self.batches[number - 1].status = "failed";
                self.batches[number - 1].error = Some(message.clone());
                for row in rows {
                    let reason = format!("its batch was not answered: {message}");
                    self.sink.row(outcome(
                        row.line,
                        row.phone,
                        Outcome::Failed,
                        number,
                        Some(reason),
                    ));
                }
                if e.is_auth() {
                    self.auth = Some(e);
                    return;
                }
                self.stopped = Some(format!("batch {number}/{total}: {message}"));
            }
        }
    }

    /// Sends one batch, again after an answer that was lost or refused for
    /// now, until it is answered or the deadline runs out. The library
    /// already resends within its deadline; this loop covers what ends its
    /// resends early (the client's retry quota, spent in an outage, which
    /// one request every 2 s does not worsen). `Err` carries whether an
    /// attempt may have gone through.
    async fn send(
        &mut self,
        number: usize,
        leads: Vec<voiso::Lead>,
        lost_before: bool,
    ) -> Result<(voiso::LeadsAdded, bool), (voiso::Error, bool)> {
        let total = self.plan.batches.len();
        let deadline = Instant::now() + self.client.operation_timeout();
        let mut lost = lost_before;
        let campaigns = self.client.campaigns();
        loop {
            let call = campaigns.add_leads(self.campaign, leads.clone());
            // Cut at the batch's deadline: an attempt dropped mid-flight is
            // one more lost answer, which a rerun resends safely.
            let answer = tokio::time::timeout_at(deadline, call)
                .await
                .unwrap_or(Err(voiso::Error::Timeout));
            self.last_completed = Some(Instant::now());
            let error = match answer {
                Ok(added) => return Ok((added, lost)),
                Err(error) => error,
            };
            if !resendable(&error) {
                return Err((error, lost));
            }
            lost |= error.may_have_acted();
            let next = Instant::now() + voiso::IMPORT_SPACING;
            if next >= deadline {
                return Err((error, lost));
            }
            warn(format_args!(
                "batch {number}/{total}: {error}; sending it again (safe: leads it already created come back as duplicates)"
            ));
            self.wait_until(next).await;
            if self.interrupted.load(Ordering::SeqCst) {
                return Err((error, lost));
            }
        }
    }

    /// Sleeps until `at`, or until Ctrl-C.
    async fn wait_until(&self, at: Instant) {
        if self.interrupted.load(Ordering::SeqCst) {
            return;
        }
        tokio::select! {
            () = tokio::time::sleep_until(at) => {}
            () = self.stop.notified() => {}
        }
    }

    fn rows_not_sent(&mut self, number: usize, rows: Vec<Pending>) {
        if let Some(b) = self.batches.get_mut(number - 1)
            && b.status == "to_send"
        {
            b.status = "not_sent";
        }
        for row in rows {
            self.sink
                .row(outcome(row.line, row.phone, Outcome::NotSent, number, None));
        }
    }

    /// Folds a batch's answer into its rows' outcomes.
    fn rows_answered(&mut self, number: usize, rows: Vec<Pending>, answer: &Finished) {
        for row in rows {
            let (what, reason) = match answer.said(&row.phone) {
                Said::Created => (Outcome::Created, None),
                Said::Rejected => (Outcome::Rejected, None),
                Said::Duplicate if answer.lost_reply => {
                    (Outcome::Created, Some(LOST_NOTE.to_string()))
                }
                Said::Duplicate => (Outcome::Duplicate, None),
                Said::Missing => (Outcome::Failed, Some(MISSING.to_string())),
            };
            self.sink
                .row(outcome(row.line, row.phone, what, number, reason));
        }
    }
}

fn outcome(
    line: usize,
    phone_number: String,
    outcome: Outcome,
    batch: usize,
    reason: Option<String>,
) -> RowOutcome {
    RowOutcome {
        line,
        phone_number,
        outcome,
        batch: Some(batch),
        reason,
    }
}

fn invalid(line: usize, phone_number: String, reason: String) -> RowOutcome {
    RowOutcome {
        line,
        phone_number,
        outcome: Outcome::Invalid,
        batch: None,
        reason: Some(reason),
    }
}

/// Whether sending the same batch again may succeed: a lost or unreadable
/// answer, a transient refusal, or an import still under way.
fn resendable(error: &voiso::Error) -> bool {
    error.is_retryable()
        || matches!(error, voiso::Error::Conflict { .. })
        // A 2xx whose body could not be read: the leads went in.
        || (error.may_have_acted() && error.status().is_some_and(|s| s.is_success()))
}
