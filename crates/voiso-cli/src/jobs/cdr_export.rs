//! `voiso cdrs export`: CDRs of a time range to NDJSON or CSV.
//!
//! The range is read newest first, as blocks: a block is the first
//! records of `[since, top)`, up to 10,000 (as far as Voiso serves
//! offsets), read as pages by offset. A probe of its last 16 records says
//! where it ends, just above the oldest instant the probe sees change, and
//! the next block is `[since, that instant)`: probes run ahead while pages
//! go N at a time, in output order (`export/block.rs`). Blocks follow the
//! records' count, not time, so busy hours cost nothing, and each page is
//! requested once. Every page is checked against its probe before it is
//! written: total, size, order (newest first, inferred), lower bound.
//!
//! Where a block cannot be trusted, the export reads by cursor, one page
//! after another (`export/window.rs`): pages without `metadata.total` (an
//! inferred field) or out of order, for the rest of the range, saying why;
//! a range that changed while it was read (records added on top), from the
//! last page written down to the block's lower bound, after rereading the
//! block while none of it is written; more records of one instant than a
//! block reaches, down to that instant; a total that is no count (a probe
//! lists records past it), for the rest of the range.
//!
//! The range ends only on a null `next_cursor` (documented), never on the
//! total alone (inferred): the last block's pages are checked against
//! their cursor as they are written, at no extra request, and where the
//! two disagree the cursor wins and a warning says so (`export/segment.rs`).
//!
//! The output has one order, whatever `--parallel`: the API's, newest
//! first; at most N pages are in memory, in flight or waiting to be
//! written (and one probe of 16 records).
//!
//! The records go to a partial file beside `--out`, renamed over it once
//! complete (`export/sink.rs`): a failed run leaves `--out` as it was.
//! With `--checkpoint`, each page is written and fsynced, then the
//! checkpoint records the partial file's length, the cursor reading on
//! from that page in its block's query with the block's lower bound, and
//! where the rest of the range ends. A rerun truncates the partial file to
//! that length, reads on by that cursor to the block's end, then goes on
//! by blocks. The checkpoint is locked while a run holds it, and names the
//! window it exports: a completed one is never exported again, nor taken
//! for another window (`--since 24h` a day later).
//!
//! The plan (`export/plan.rs`) decides what to fetch and what an answer
//! means; the driver (`export/driver.rs`) runs the requests and writes.

#[path = "export/block.rs"]
mod block;
#[path = "export/checkpoint.rs"]
mod checkpoint;
#[path = "export/driver.rs"]
mod driver;
#[path = "export/format.rs"]
mod format;
#[path = "export/lines.rs"]
mod lines;
#[path = "export/plan.rs"]
mod plan;
#[path = "export/progress.rs"]
mod progress;
#[path = "export/requests.rs"]
mod requests;
#[path = "export/segment.rs"]
mod segment;
#[path = "export/sink.rs"]
mod sink;
#[path = "export/window.rs"]
mod window;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Utc;

use crate::args::{CdrExport, CdrType, ExportFormat};
use crate::exit::{self, Failure};
use crate::output::warn;
use crate::time_arg::{check_window, parse_at};
use checkpoint::{Checkpoint, CheckpointLog, Job};
use driver::{Driver, Ended};
use lines::Format;
use plan::Plan;
use progress::Progress;
use requests::Stop;
use sink::Sink;

pub async fn run(client: &voiso::Client, args: CdrExport) -> Result<ExitCode, Failure> {
    let now = Utc::now();
    let since = parse_at(&args.since, now).map_err(|e| Failure::Usage(format!("--since: {e}")))?;
    let until = match &args.until {
        Some(until) => parse_at(until, now).map_err(|e| Failure::Usage(format!("--until: {e}")))?,
        None => now,
    };
    // Before a checkpoint is opened: a typo makes no file.
    check_window(since, until, args.until.is_some()).map_err(Failure::Usage)?;
    let mut types = args.types.clone();
    types.sort();
    types.dedup();
    if args.checkpoint.is_some() && args.out.is_none() {
        return Err(Failure::Usage(
            "--checkpoint needs --out FILE: a checkpoint resumes a file, not stdout".into(),
        ));
    }
    let out_path = match &args.out {
        Some(out) => std::path::absolute(out)
            .map_err(|e| Failure::Usage(format!("--out {}: {e}", out.display())))?,
        None => PathBuf::new(),
    };
    let mut job = Job {
        since_arg: args.since.clone(),
        since,
        until_arg: args.until.clone(),
        until,
        types: types.clone(),
        output: args.output,
        out: out_path,
    };

    // Where to start: from the checkpoint (held from here on), or from
    // nothing.
    let (log, saved) = match &args.checkpoint {
        Some(path) => {
            let (log, saved) = CheckpointLog::open(path)?;
            (Some(log), saved)
        }
        None => (None, None),
    };
    if let (Some(saved), Some(log)) = (&saved, &log) {
        let differ = job.differences(&saved.job);
        if !differ.is_empty() {
            return Err(Failure::Usage(format!(
                "the checkpoint {} belongs to another export: {} differ{} (it has {}); \
                 rerun with the same arguments, or use another checkpoint file",
                log.path().display(),
                differ.join(", "),
                if differ.len() == 1 { "s" } else { "" },
                describe(&saved.job),
            )));
        }
        if saved.is_complete() {
            return already_complete(&job, saved, log.path());
        }
        if (job.since, job.until) != (saved.job.since, saved.job.until) {
            warn(format_args!(
                "resuming the checkpoint's window {}, where it stopped",
                window(&saved.job)
            ));
        }
        // Relative times mean what they meant on the first run.
        job = saved.job.clone();
    }
    // The saved window too: a checkpoint file is the user's to edit.
    check_window(job.since, job.until, job.until_arg.is_some()).map_err(Failure::Usage)?;

    let mut sink = match (&args.out, log, &saved) {
        (None, _, _) => Sink::stdout(),
        (Some(_), Some(log), Some(saved)) => Sink::resume(&job.out, log, saved)?,
        (Some(_), log, _) => Sink::create(&job.out, log)?,
    };
    let partial = sink.partial().map(Path::to_path_buf);
    let mut state = match saved {
        Some(mut saved) => {
            saved.version = checkpoint::VERSION;
            saved.partial = partial.clone();
            saved
        }
        None => {
            let mut state = Checkpoint {
                version: checkpoint::VERSION,
                job: job.clone(),
                bytes: 0,
                records: 0,
                current: None,
                rest_until: job.until,
                partial: partial.clone(),
            };
            if args.output == ExportFormat::Csv {
                sink.write(format::CSV_HEADER.as_bytes())?;
            }
            state.bytes = sink.bytes;
            sink.commit(&state)?;
            state
        }
    };

    let kind = match types.as_slice() {
        [one] => Some(type_name(*one)),
        _ => None,
    };
    let keep_types: Vec<String> = if types.len() > 1 {
        types.iter().map(|t| type_name(*t)).collect()
    } else {
        Vec::new()
    };
    let format = Format {
        format: args.output,
        types: keep_types.into(),
    };
    let mut plan = Plan::new(job.since, usize::from(args.parallel), format.clone());
    if let Some(current) = &state.current {
        plan.resume(current);
    }
    if job.since < state.rest_until {
        plan.push_block(state.rest_until, None, 0);
    }
    let mut driver = Driver::new(client.clone(), job.since, kind, format);

    let mut progress = Progress::new(state.records);
    let outcome = driver
        .drive(&mut plan, &mut sink, &mut state, &mut progress)
        .await;
    progress.finish();
    let resume = match &args.checkpoint {
        Some(path) => format!(
            "to resume from the checkpoint {}, run `{}`",
            path.display(),
            crate::output::this_command()
        ),
        None => "rerun with --checkpoint FILE (and --out) to make the export resumable".into(),
    };
    let kept = match (&args.out, &args.checkpoint, &partial) {
        (Some(out), Some(_), Some(partial)) => format!(
            " to {} ({} is unchanged until the export completes)",
            partial.display(),
            out.display()
        ),
        (Some(out), _, _) => format!(", not kept ({} is unchanged)", out.display()),
        (None, _, _) => " to stdout".into(),
    };
    let written = format!("{} records written{kept}", state.records);
    match outcome {
        Ok(Ended::Done) => {
            sink.finish()?;
            let to = args
                .out
                .as_deref()
                .map_or("stdout".into(), |p| p.display().to_string());
            let took = progress.started.elapsed().as_secs_f64();
            // After a resume, what this run did is told apart from the total.
            if progress.this_run() == state.records {
                warn(format_args!(
                    "done: {} records written to {to} in {took:.1}s",
                    state.records
                ));
            } else {
                warn(format_args!(
                    "done: {} records written to {to}; {} of them by this run, in {took:.1}s \
                     ({} records/s)",
                    state.records,
                    progress.this_run(),
                    progress.rate()
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        Ok(Ended::Interrupted) => {
            warn(format_args!("interrupted: {written}; {resume}"));
            Ok(ExitCode::from(exit::INTERRUPTED))
        }
        Err(Stop::Api(error)) if error.is_auth() => Err(Failure::Auth(error)),
        Err(Stop::Api(error)) => Err(Failure::Failed(format!(
            "fetching CDRs failed: {error}; {written}; {resume}"
        ))),
        Err(Stop::Local(failure)) => Err(failure),
    }
}

/// A rerun of a completed checkpoint: of its own window, nothing to do
/// (but the rename a crash may have cut short); of a window that moved
/// (relative times resolved again), an error, or a cron job would export
/// nothing each day and say it succeeded.
fn already_complete(job: &Job, saved: &Checkpoint, path: &Path) -> Result<ExitCode, Failure> {
    if (job.since, job.until) != (saved.job.since, saved.job.until) {
        return Err(Failure::Usage(format!(
            "the checkpoint {} completed the export of {}; this run's --since {} --until {} \
             mean {}, which it does not cover. Give each window its own checkpoint (and \
             --out), or remove this checkpoint to export the new window",
            path.display(),
            window(&saved.job),
            job.since_arg,
            job.until_arg.as_deref().unwrap_or("(now)"),
            window(job),
        )));
    }
    if let Some(partial) = &saved.partial
        && let Ok(file) = std::fs::OpenOptions::new().write(true).open(partial)
    {
        // Completed, and stopped before its partial file took --out's place.
        file.set_len(saved.bytes)
            .map_err(|e| Failure::Failed(format!("cannot open {}: {e}", partial.display())))?;
        sink::put_in_place(&file, partial, &saved.job.out)?;
    }
    warn(format_args!(
        "already complete: the checkpoint {} exported {} ({} records to {}); nothing to do",
        path.display(),
        window(&saved.job),
        saved.records,
        saved.job.out.display()
    ));
    Ok(ExitCode::SUCCESS)
}

/// `[since, until)`, as instants.
fn window(job: &Job) -> String {
    format!("[{}, {})", job.since.to_rfc3339(), job.until.to_rfc3339())
}

fn type_name(t: CdrType) -> String {
    match serde_json::to_value(t) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{t:?}"),
    }
}

fn describe(job: &Job) -> String {
    let types: Vec<String> = job.types.iter().map(|t| type_name(*t)).collect();
    format!(
        "--since {} --until {} --type {} --output {} --out {}",
        job.since_arg,
        job.until_arg.as_deref().unwrap_or("(now)"),
        if types.is_empty() {
            "(any)".to_string()
        } else {
            types.join(",")
        },
        match job.output {
            ExportFormat::Ndjson => "ndjson",
            ExportFormat::Csv => "csv",
        },
        job.out.display()
    )
}
