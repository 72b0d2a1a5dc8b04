//! What the export tells while it runs.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use crate::output::warn;

/// A bar on a terminal; otherwise a plain line on stderr now and then
/// (every 2 s, or `VOISO_PROGRESS_INTERVAL_MS`, which tests shorten).
/// Rates and times are this run's: records an earlier run wrote (before a
/// resume) are counted in the totals, never in the rate.
pub struct Progress {
    bar: Option<ProgressBar>,
    pub started: Instant,
    last_line: Instant,
    every: Duration,
    records: u64,
    new_records: u64,
    pages: u64,
    /// The records the export should end with, once the API said.
    expected: Option<u64>,
}

impl Progress {
    pub fn new(records: u64) -> Self {
        // The bar counts this run's records: indicatif's own rate would
        // count a resumed run's earlier records as done in its first second.
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) =
                ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} records {msg}")
            {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        let every = std::env::var("VOISO_PROGRESS_INTERVAL_MS")
            .ok()
            .and_then(|ms| ms.parse().ok())
            .map_or(Duration::from_secs(2), Duration::from_millis);
        Progress {
            bar,
            started: Instant::now(),
            last_line: Instant::now(),
            every,
            records,
            new_records: 0,
            pages: 0,
            expected: None,
        }
    }

    /// `more` records are still to come, by the API's count: the bar gets
    /// a length and an estimate of the time left.
    pub fn expect(&mut self, more: u64) {
        let expected = self.records + more;
        self.expected = Some(expected);
        if let Some(bar) = &self.bar {
            bar.set_length(expected.saturating_sub(self.records - self.new_records));
            if let Ok(style) =
                ProgressStyle::with_template("{bar:30} {pos}/{len} records ({eta} left) {msg}")
            {
                bar.set_style(style);
            }
        }
    }

    pub fn page(&mut self, records: u64) {
        self.records += records;
        self.new_records += records;
        self.pages += 1;
        match &self.bar {
            Some(bar) => {
                bar.set_position(self.new_records);
                let earlier = match self.records - self.new_records {
                    0 => String::new(),
                    n => format!(", {n} from earlier runs"),
                };
                bar.set_message(format!(
                    "{} records/s, {} pages{earlier}",
                    self.rate(),
                    self.pages
                ));
            }
            None if self.last_line.elapsed() >= self.every => {
                self.last_line = Instant::now();
                let rate = self.rate();
                let of = self.expected.map_or(String::new(), |e| format!(" of {e}"));
                let pages = match self.pages {
                    1 => "1 page".to_string(),
                    n => format!("{n} pages"),
                };
                warn(format_args!(
                    "cdrs export: {}{of} records, {pages}, {rate} records/s",
                    self.records
                ));
            }
            None => {}
        }
    }

    /// Records a second in this run, as a whole number.
    pub fn rate(&self) -> u64 {
        let secs = self.started.elapsed().as_secs_f64();
        if secs > 0.0 {
            (self.new_records as f64 / secs).round() as u64
        } else {
            0
        }
    }

    /// Records this run wrote (not an earlier run's before a resume).
    pub fn this_run(&self) -> u64 {
        self.new_records
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
