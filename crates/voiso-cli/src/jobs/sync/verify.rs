//! `voiso cdrs verify --into DEST --since 7d [--repair]`: per UTC day, the
//! CDRs Voiso counts against the rows the destination holds, over what
//! the sync claims to cover (from its first start to its high-water
//! mark). `--repair` reads each day that differs again, replacing what
//! the destination holds for it, and counts it again.

use std::process::ExitCode;

use chrono::{DateTime, Duration, Utc};
use futures::{StreamExt, TryStreamExt};
use serde::Serialize;

use super::dest::{Dest, Target};
use super::{read_window, stopped};
use crate::args::CdrVerify;
use crate::exit::{self, Failure};
use crate::jobs::cdr_export::driver::Ended;
use crate::output::{Row, stdout_printer, warn};
use crate::time_arg::parse_at;

#[derive(Serialize)]
struct Day {
    day: String,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    voiso: u64,
    destination: u64,
    matches: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    repaired: bool,
}

impl Row for Day {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("DAY", 10),
        ("VOISO", 9),
        ("DESTINATION", 11),
        ("STATUS", 0),
    ];
    fn cells(&self) -> Vec<String> {
        let status = match (self.matches, self.repaired) {
            (true, true) => "repaired".to_string(),
            (true, false) => "ok".to_string(),
            (false, _) if self.destination < self.voiso => {
                format!("missing {}", self.voiso - self.destination)
            }
            (false, _) => format!("{} extra", self.destination - self.voiso),
        };
        vec![
            self.day.clone(),
            self.voiso.to_string(),
            self.destination.to_string(),
            status,
        ]
    }
}

pub async fn verify(client: &voiso::Client, args: CdrVerify) -> Result<ExitCode, Failure> {
    let now = Utc::now();
    let target = Target::parse(&args.into)?;
    let since = parse_at(&args.since, now).map_err(|e| Failure::Usage(format!("--since: {e}")))?;
    let mut dest = Dest::open(&target).await?;
    let what = target.describe();
    let state = dest.state().await?;
    let Some(high_water) = state.and_then(|s| s.high_water) else {
        return Err(Failure::Failed(format!(
            "{what} holds no completed sync: run `voiso cdrs sync --into ...` first"
        )));
    };
    let start = since.max(state.map_or(since, |s| s.since));
    let mut days = Vec::new();
    let mut day_start = start
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
        .unwrap_or(start);
    while day_start < high_water {
        let day_end = day_start + Duration::days(1);
        let (a, b) = (day_start.max(start), day_end.min(high_water));
        if a < b {
            days.push((day_start.format("%Y-%m-%d").to_string(), a, b));
        }
        day_start = day_end;
    }
    let voiso: Vec<u64> = futures::stream::iter(days.iter().map(|(_, a, b)| count(client, *a, *b)))
        .buffered(4)
        .try_collect()
        .await
        .map_err(Failure::from)?;
    let mut rows = Vec::new();
    for ((day, a, b), voiso) in days.into_iter().zip(voiso) {
        let destination = dest.count(a, b).await?;
        rows.push(Day {
            day,
            since: a,
            until: b,
            voiso,
            destination,
            matches: voiso == destination,
            repaired: false,
        });
    }
    if args.repair {
        for day in rows.iter_mut().filter(|d| !d.matches) {
            dest.window(day.since, day.until, true).await?;
            let (back, ended, records, _) =
                read_window(client, dest, day.since, day.until, args.parallel).await;
            dest = back;
            match ended {
                Ok(Ended::Done) => dest.finish(None).await?,
                Ok(Ended::Interrupted) => {
                    warn(format_args!(
                        "interrupted while repairing {}: nothing of that day changed; rerun",
                        day.day
                    ));
                    return Ok(ExitCode::from(exit::INTERRUPTED));
                }
                Err(stop) => return Err(stopped(stop, records, &what)),
            }
            day.voiso = count(client, day.since, day.until).await?;
            day.destination = dest.count(day.since, day.until).await?;
            day.matches = day.voiso == day.destination;
            day.repaired = true;
        }
    }
    let mut printer = stdout_printer(args.output);
    for day in &rows {
        printer.item(day)?;
    }
    printer.finish("days")?;
    let bad: Vec<&str> = rows
        .iter()
        .filter(|d| !d.matches)
        .map(|d| d.day.as_str())
        .collect();
    if bad.is_empty() {
        warn(format_args!(
            "every day matches: {what} holds what Voiso lists up to {}",
            high_water.to_rfc3339()
        ));
        Ok(ExitCode::SUCCESS)
    } else {
        warn(format_args!(
            "{} day{} differ{}: {}; rerun with --repair to read {} again",
            bad.len(),
            if bad.len() == 1 { "" } else { "s" },
            if bad.len() == 1 { "s" } else { "" },
            bad.join(", "),
            if bad.len() == 1 { "it" } else { "them" }
        ));
        Ok(ExitCode::from(exit::FAILED))
    }
}

/// The CDRs Voiso lists as started in `[since, until)`: `metadata.total`
/// where a page gives it (an inferred field), else counted by cursor.
async fn count(
    client: &voiso::Client,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<u64, voiso::Error> {
    let list = || {
        client
            .cdrs()
            .list()
            .started_since(since)
            .started_before(until)
    };
    let mut first = list().limit(1).pages();
    if let Some(page) = first.next().await.transpose()?
        && let Some(total) = page.total
    {
        return Ok(total);
    }
    let mut pages = list().limit(1000).pages();
    let mut n = 0;
    while let Some(page) = pages.next().await.transpose()? {
        n += page.items.len() as u64;
    }
    Ok(n)
}
