//! What became of each row: streamed one NDJSON line a row to `--report`
//! (an invalid row as it is read, a batch's rows once it is answered or
//! known not sent, so lines are in file order within a batch), counted,
//! and kept in memory only for the summary's list of rows that were not
//! created (invalid, rejected, missing from an answer), at most [`LISTED`]
//! of them. Rows not sent are listed by batch, not one by one.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use serde::Serialize;

use crate::args::SummaryOutput;
use crate::output::{say, text, warn};

/// Rows the summary lists by line; beyond, it says how many more (the
/// report file, when asked for, has every row).
pub const LISTED: usize = 1000;

pub const LOST_NOTE: &str =
    "created by this batch: a duplicate after an earlier attempt whose answer was lost";

/// What became of one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Rejected,
    /// Already in the campaign before this import.
    Duplicate,
    Invalid,
    /// Its batch was sent without an answer, or the answer left it out:
    /// it may be in the campaign (a rerun with the journal resends it).
    Failed,
    /// Not sent: the run stopped first.
    NotSent,
    /// `--dry-run`: would be sent.
    ToSend,
}

#[derive(Debug, Clone, Serialize)]
pub struct RowOutcome {
    pub line: usize,
    pub phone_number: String,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Counts {
    pub rows: usize,
    pub created: usize,
    /// Of `created`: duplicates of a batch whose earlier answer was lost.
    pub created_after_lost_reply: usize,
    pub rejected: usize,
    pub duplicate: usize,
    pub invalid: usize,
    pub failed: usize,
    pub not_sent: usize,
    pub to_send: usize,
    /// Rows not created that the summary does not list (over [`LISTED`]).
    pub unlisted: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct BatchLine {
    pub batch: usize,
    pub count: usize,
    pub first_line: usize,
    pub last_line: usize,
    /// `to_send`, `sent`, `done_earlier`, `failed` or `not_sent`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Where the rows' outcomes go.
pub struct Sink {
    report: Option<(String, BufWriter<File>)>,
    report_error: Option<String>,
    pub counts: Counts,
    listed: Vec<RowOutcome>,
}

impl Sink {
    /// Creates (or empties) the report file.
    pub fn new(report: Option<&Path>) -> io::Result<Self> {
        let report = match report {
            None => None,
            Some(path) => Some((
                path.display().to_string(),
                BufWriter::new(File::create(path)?),
            )),
        };
        Ok(Sink {
            report,
            report_error: None,
            counts: Counts::default(),
            listed: Vec::new(),
        })
    }

    pub fn row(&mut self, row: RowOutcome) {
        let c = &mut self.counts;
        c.rows += 1;
        let listed = match row.outcome {
            Outcome::Created => {
                c.created += 1;
                c.created_after_lost_reply += usize::from(row.reason.is_some());
                false
            }
            Outcome::Duplicate => {
                c.duplicate += 1;
                false
            }
            Outcome::ToSend => {
                c.to_send += 1;
                false
            }
            // Listed by batch in the summary, by row in the report.
            Outcome::NotSent => {
                c.not_sent += 1;
                false
            }
            Outcome::Rejected => {
                c.rejected += 1;
                true
            }
            Outcome::Invalid => {
                c.invalid += 1;
                true
            }
            Outcome::Failed => {
                c.failed += 1;
                // A batch's failure is its line; a row an answer left out
                // is listed.
                row.reason.as_deref() == Some(MISSING)
            }
        };
        if let Some((_, out)) = &mut self.report
            && self.report_error.is_none()
            && let Err(e) = serde_json::to_writer(&mut *out, &row)
                .map_err(io::Error::other)
                .and_then(|()| out.write_all(b"\n"))
        {
            self.report_error = Some(e.to_string());
        }
        if listed {
            if self.listed.len() < LISTED {
                self.listed.push(row);
            } else {
                c.unlisted += 1;
            }
        }
    }

    /// Flushes the report; `Err` names what could not be written.
    pub fn finish(&mut self) -> Result<(), String> {
        if let Some((path, out)) = &mut self.report {
            if self.report_error.is_none()
                && let Err(e) = out.flush().and_then(|()| out.get_ref().sync_data())
            {
                self.report_error = Some(e.to_string());
            }
            if let Some(e) = &self.report_error {
                return Err(format!("cannot write the report {path}: {e}"));
            }
        }
        Ok(())
    }
}

/// Why a row of a batch that was answered is missing from the answer.
pub const MISSING: &str = "missing from the answer";

#[derive(Serialize)]
struct Summary<'a> {
    campaign: &'a str,
    file: &'a str,
    dry_run: bool,
    interrupted: bool,
    /// Stopped before every batch was answered: why.
    #[serde(skip_serializing_if = "Option::is_none")]
    stopped: Option<&'a str>,
    /// The command that resumes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    resume: Option<&'a str>,
    batches: &'a [BatchLine],
    /// Only rows not created (invalid, rejected, missing from an answer).
    leads: &'a [RowOutcome],
    counts: &'a Counts,
}

pub struct Ending<'a> {
    pub campaign: &'a str,
    pub file: &'a str,
    pub dry_run: bool,
    pub interrupted: bool,
    pub stopped: Option<&'a str>,
    pub resume: Option<&'a str>,
    pub report: Option<&'a str>,
}

pub fn print_summary(format: SummaryOutput, end: &Ending, batches: &[BatchLine], sink: &Sink) {
    let counts = &sink.counts;
    match format {
        SummaryOutput::Json | SummaryOutput::Ndjson => {
            let summary = Summary {
                campaign: end.campaign,
                file: end.file,
                dry_run: end.dry_run,
                interrupted: end.interrupted,
                stopped: end.stopped,
                resume: end.resume,
                batches,
                leads: &sink.listed,
                counts,
            };
            // NDJSON: the one summary object on one line.
            let json = if format == SummaryOutput::Ndjson {
                serde_json::to_string(&summary)
            } else {
                serde_json::to_string_pretty(&summary)
            };
            match json {
                Ok(json) => text(json),
                Err(e) => warn(format_args!("cannot print the summary: {e}")),
            }
        }
        SummaryOutput::Table => {
            // Batches not answered, a run of them on one line: a stop early
            // in a big file prints one line, not one a batch.
            let mut i = 0;
            while i < batches.len() {
                let b = &batches[i];
                let mut j = i + 1;
                while j < batches.len()
                    && b.error.is_none()
                    && batches[j].status == b.status
                    && batches[j].error.is_none()
                {
                    j += 1;
                }
                if matches!(b.status, "failed" | "not_sent" | "to_send") {
                    let last = &batches[j - 1];
                    let leads: usize = batches[i..j].iter().map(|b| b.count).sum();
                    let which = if j - i == 1 {
                        format!("batch {:>3}", b.batch)
                    } else {
                        format!("batches {}-{}", b.batch, last.batch)
                    };
                    say(format_args!(
                        "{which}: {leads:>4} leads, lines {}-{}: {}{}",
                        b.first_line,
                        last.last_line,
                        b.status.replace('_', " "),
                        b.error
                            .as_deref()
                            .map(|e| format!(" ({e})"))
                            .unwrap_or_default()
                    ));
                }
                i = j;
            }
            if !sink.listed.is_empty() {
                say(format_args!(
                    "{:<8} {:<16} {:<10} {:<6} DETAIL",
                    "LINE", "PHONE", "OUTCOME", "BATCH"
                ));
            }
            for l in &sink.listed {
                let outcome = serde_json::to_value(l.outcome)
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
            if counts.unlisted > 0 {
                say(format_args!(
                    "... and {} more rows not created{}",
                    counts.unlisted,
                    match end.report {
                        Some(path) => format!(": every row is in {path}"),
                        None => ": --report FILE lists every row".into(),
                    }
                ));
            }
            let c = counts;
            say(format_args!(
                "summary: {} rows, {} batches: {} created ({} of them after a lost answer), {} duplicates, {} rejected, {} invalid, {} failed, {} not sent{}",
                c.rows,
                batches.len(),
                c.created,
                c.created_after_lost_reply,
                c.duplicate,
                c.rejected,
                c.invalid,
                c.failed,
                c.not_sent,
                if end.dry_run {
                    format!(", {} to send (dry run: nothing sent)", c.to_send)
                } else {
                    String::new()
                }
            ));
        }
    }
}
