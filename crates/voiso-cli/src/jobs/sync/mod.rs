//! `voiso cdrs sync --into DEST`: keep a table (or dated files) of every
//! CDR current, incrementally; `voiso cdrs verify` compares it with Voiso
//! day by day; `voiso cdrs schema` prints the table's DDL.
//!
//! A run reads `[from, now)` with the export's engine (count-sized
//! blocks by cursor, order checks, pacing, `--parallel`, progress), newest
//! first, into the destination: rows keyed by CDR `id`, so rereading never
//! duplicates. `from` is the first run's `--since`; later, the high-water
//! mark minus `--lookback` (the API has no `updated_at` filter: late
//! changes show up only there). The high-water mark becomes `now` of the
//! run in the transaction of its last rows, and only then: a run killed
//! at any point leaves the mark where it was, and the rerun reads the
//! whole window again, upserting. The destination's lock keeps to one run.

// Built without a driver, what only it uses goes unused (CI builds both).
#![cfg_attr(
    not(all(feature = "sqlite", feature = "postgres")),
    allow(dead_code, unused_imports, unused_variables)
)]

pub mod columns;
pub mod dest;
pub mod dir;
#[cfg(feature = "postgres")]
pub mod postgres;
#[cfg(feature = "sqlite")]
pub mod sqlite;
mod verify;

use std::process::ExitCode;

use chrono::{DateTime, Utc};

use crate::args::{CdrSchema, CdrSync, Dialect, ExportFormat};
use crate::exit::{self, Failure};
use crate::jobs::cdr_export::checkpoint::{self, Checkpoint, Job};
use crate::jobs::cdr_export::driver::{Driver, Ended};
use crate::jobs::cdr_export::lines::Format;
use crate::jobs::cdr_export::plan::Plan;
use crate::jobs::cdr_export::progress::Progress;
use crate::jobs::cdr_export::requests::Stop;
use crate::output::warn;
use crate::time_arg::parse_at;
use dest::{Dest, Pipe, Target};

pub use verify::verify;

pub fn schema(args: &CdrSchema) -> Result<ExitCode, Failure> {
    let ddl = match args.dialect {
        Dialect::Sqlite => columns::SQLITE_DDL,
        Dialect::Postgres => columns::POSTGRES_DDL,
    };
    print!("{ddl}{}", dest::STATE_DDL);
    Ok(ExitCode::SUCCESS)
}

pub async fn sync(client: &voiso::Client, args: CdrSync) -> Result<ExitCode, Failure> {
    let now = Utc::now();
    let target = Target::parse(&args.into)?;
    let since = match &args.since {
        Some(since) => {
            Some(parse_at(since, now).map_err(|e| Failure::Usage(format!("--since: {e}")))?)
        }
        None => None,
    };
    let lookback = chrono::Duration::from_std(args.lookback)
        .map_err(|e| Failure::Usage(format!("--lookback: {e}")))?;
    let mut dest = Dest::open(&target).await?;
    let state = dest.state().await?;
    let default_since = now - chrono::Duration::days(30);
    let from = match state {
        // A --since before anything synced so far fills in that history;
        // otherwise (a cron job's `--since 30d`) it was the first run's.
        Some(state) => {
            let resume = match state.high_water {
                Some(high_water) => high_water - lookback,
                None => state.since,
            };
            since
                .filter(|since| *since < state.since)
                .map_or(resume, |since| since.min(resume))
        }
        None => since.unwrap_or(default_since),
    };
    if from > now {
        return Err(Failure::Usage(format!(
            "--since {} is after now: nothing to sync",
            from.to_rfc3339()
        )));
    }
    dest.start(from).await?;
    dest.window(from, now, false).await?;
    let (mut dest, ended, records, progress) =
        read_window(client, dest, from, now, args.parallel).await;
    let what = target.describe();
    match ended {
        Ok(Ended::Done) => {
            dest.finish(Some(now)).await?;
            warn(format_args!(
                "done: {records} records of [{}, {}) synced into {what} in {:.1}s; the next run \
                 reads from {}",
                from.to_rfc3339(),
                now.to_rfc3339(),
                progress.started.elapsed().as_secs_f64(),
                (now - lookback).to_rfc3339(),
            ));
            Ok(ExitCode::SUCCESS)
        }
        Ok(Ended::Interrupted) => {
            dest.stop().await?;
            warn(format_args!(
                "interrupted: {records} records written into {what}; rerun the same command to \
                 sync the window again (rows already there are updated, never repeated)"
            ));
            Ok(ExitCode::from(exit::INTERRUPTED))
        }
        Err(stop) => {
            // What was read stays: rows are keyed by id, the mark is unmoved.
            let _ = dest.stop().await;
            Err(stopped(stop, records, &what))
        }
    }
}

fn stopped(stop: Stop, records: u64, what: &str) -> Failure {
    match stop {
        Stop::Api(error) if error.is_auth() => Failure::Auth(error),
        Stop::Api(error) => Failure::Failed(format!(
            "fetching CDRs failed: {error}; {records} records written into {what} (its \
             high-water mark is unchanged); rerun the same command to sync the window again"
        )),
        Stop::Local(failure) => failure,
    }
}

/// Reads `[from, until)` into `dest` with the export's engine, `dest`
/// written on a task of its own.
async fn read_window(
    client: &voiso::Client,
    dest: Dest,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    parallel: u16,
) -> (Dest, Result<Ended, Stop>, u64, Progress) {
    let format = Format {
        format: ExportFormat::Ndjson,
        types: Vec::new().into(),
        encode: Some(dest.encoder()),
    };
    let mut plan = Plan::new(from, usize::from(parallel), format.clone());
    plan.push_block(until, None, 0);
    let mut driver = Driver::new(client.clone(), from, None, format);
    // The engine's own record of where it is; a sync resumes from its
    // destination's state instead.
    let mut state = Checkpoint {
        version: checkpoint::VERSION,
        job: Job {
            since_arg: from.to_rfc3339(),
            since: from,
            until_arg: None,
            until,
            types: Vec::new(),
            output: ExportFormat::Ndjson,
            out: Default::default(),
            columns: Vec::new(),
        },
        bytes: 0,
        records: 0,
        current: None,
        rest_until: until,
        partial: None,
    };
    let mut progress = Progress::new(0).labelled("cdrs sync");
    let (pages, mut arriving) = tokio::sync::mpsc::channel::<(Vec<u8>, u64)>(Pipe::DEPTH);
    let writer = tokio::spawn(async move {
        let mut dest = dest;
        while let Some((lines, records)) = arriving.recv().await {
            if let Err(failure) = dest.write(&lines, records).await {
                return (dest, Err(failure));
            }
        }
        (dest, Ok(()))
    });
    let mut pipe = Pipe { pages };
    let ended = if from < until {
        driver
            .drive(&mut plan, &mut pipe, &mut state, &mut progress)
            .await
    } else {
        Ok(Ended::Done)
    };
    drop(pipe);
    progress.finish();
    let (dest, written) = writer
        .await
        .expect("the destination's writer does not panic");
    let ended = match written {
        Err(failure) => Err(Stop::Local(failure)),
        Ok(()) => ended,
    };
    (dest, ended, state.records, progress)
}
