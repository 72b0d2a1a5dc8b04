//! `voiso cdrs export`: CDRs of a time range to NDJSON or CSV.
//!
//! `[since, until)` is read as time windows, each paged by its own cursor,
//! up to N requests at once. It starts as one window; once a page shows how
//! much time a page of records covers there, windows are split again
//! whenever a slot is free: the first window (in output order) with more
//! than about a page left keeps about a page below the `started_at` of the
//! last record it returned, and the rest becomes a window of its own, cut
//! into pieces of about a page from its newest end as slots free up. So a
//! busy hour is read by every worker, each piece mostly in one request, and
//! the pieces read are always the next ones to write. That relies on the
//! API's order (newest first, inferred), checked record by record: a window
//! that breaks it is not split again and is read to its last page, keeping
//! only its own records, so none is lost or written twice.
//!
//! The output has one order, whatever `--parallel`: newest first. Windows
//! are written from the newest to the oldest, each window's records as the
//! API returned them; at most N pages are in memory (in flight or waiting
//! for the windows before theirs), and the window being written always has
//! a slot, so it never waits on the ones behind it.
//!
//! With `--checkpoint`, each page is written, flushed and fsynced, then the
//! checkpoint records the output's length, the window being written (its
//! bounds and next cursor) and where the untouched rest of the range ends.
//! A rerun truncates the output to that length and goes on from there.

#[path = "export/checkpoint.rs"]
mod checkpoint;
#[path = "export/format.rs"]
mod format;

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{IsTerminal, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use futures::stream::{BoxStream, FuturesUnordered};
use indicatif::{ProgressBar, ProgressStyle};

use crate::args::{CdrExport, CdrType, ExportFormat};
use crate::exit::{self, Failure};
use crate::output::warn;
use crate::time_arg::parse_at;
use checkpoint::{Checkpoint, Current, Job};

/// Records per page: the most Voiso serves.
const PAGE_LIMIT: u32 = 1000;
/// A window split off covers this fraction of the time the last page
/// covered: a little less than a page, so that most take one request.
const PIECE: (i32, i32) = (8, 10);
/// No window split off is shorter than this.
const MIN_SPLIT: chrono::TimeDelta = chrono::TimeDelta::seconds(1);

type Pages = BoxStream<'static, Result<voiso::CursorPage<voiso::Cdr>, voiso::Error>>;
/// A request of one window, on its own task so pages parse in parallel.
type Fetch = tokio::task::JoinHandle<(
    u64,
    Pages,
    Option<Result<voiso::CursorPage<voiso::Cdr>, voiso::Error>>,
)>;

pub async fn run(client: &voiso::Client, args: CdrExport) -> Result<ExitCode, Failure> {
    let now = Utc::now();
    let since = parse_at(&args.since, now).map_err(|e| Failure::Usage(format!("--since: {e}")))?;
    let until = match &args.until {
        Some(until) => parse_at(until, now).map_err(|e| Failure::Usage(format!("--until: {e}")))?,
        None => now,
    };
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

    // Where to start: from the checkpoint, or from nothing.
    let saved = match &args.checkpoint {
        Some(path) => Checkpoint::load(path).map_err(Failure::Usage)?,
        None => None,
    };
    if let Some(saved) = &saved {
        let differ = job.differences(&saved.job);
        if !differ.is_empty() {
            return Err(Failure::Usage(format!(
                "the checkpoint {} belongs to another export: {} differ{} (it has {}); \
                 rerun with the same arguments, or use another checkpoint file",
                args.checkpoint
                    .as_deref()
                    .unwrap_or(Path::new(""))
                    .display(),
                differ.join(", "),
                if differ.len() == 1 { "s" } else { "" },
                describe(&saved.job),
            )));
        }
        // Relative times mean what they meant on the first run.
        job = saved.job.clone();
    }
    if job.since >= job.until {
        return Err(Failure::Usage(format!(
            "--since ({}) must be before --until ({})",
            job.since.to_rfc3339(),
            job.until.to_rfc3339()
        )));
    }

    let mut sink = Sink::open(&args, saved.as_ref())?;
    let mut state = match saved {
        Some(saved) => saved,
        None => {
            let mut state = Checkpoint {
                version: checkpoint::VERSION,
                job: job.clone(),
                bytes: 0,
                records: 0,
                current: None,
                rest_until: job.until,
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
    let mut export = Export {
        client: client.clone(),
        kind,
        keep_types,
        parallel: usize::from(args.parallel),
        windows: VecDeque::new(),
        next_id: 0,
        buffered: 0,
        in_flight: FuturesUnordered::new(),
        format: args.output,
        page_span: None,
    };
    if let Some(current) = &state.current {
        export.push_window(
            current.query_since,
            current.query_until,
            current.keep_since,
            Some(current.cursor.clone()),
        );
    }
    if job.since < state.rest_until {
        export.push_window(job.since, state.rest_until, job.since, None);
    }

    let mut progress = Progress::new(state.records);
    let outcome = export.drive(&mut sink, &mut state, &mut progress).await;
    progress.finish();
    let resume = match &args.checkpoint {
        Some(path) => format!(
            "rerun the same command to resume from the checkpoint {}",
            path.display()
        ),
        None => "rerun with --checkpoint FILE (and --out) to make the export resumable".into(),
    };
    let written = format!(
        "{} records written to {}",
        state.records,
        args.out
            .as_deref()
            .map_or("stdout".into(), |p| p.display().to_string())
    );
    match outcome {
        Ok(Ended::Done) => {
            warn(format_args!(
                "done: {written} in {:.1}s",
                progress.started.elapsed().as_secs_f64()
            ));
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

/// Why an export stopped early.
enum Stop {
    Api(voiso::Error),
    Local(Failure),
}

impl From<Failure> for Stop {
    fn from(failure: Failure) -> Self {
        Stop::Local(failure)
    }
}

enum Ended {
    Done,
    Interrupted,
}

/// A page fetched and waiting to be written.
struct Fetched {
    records: Vec<voiso::Cdr>,
    next_cursor: Option<String>,
    /// The window has nothing after this page.
    ends: bool,
}

/// A time window, paged by its own cursor.
struct Window {
    id: u64,
    query_since: DateTime<Utc>,
    query_until: DateTime<Utc>,
    /// Records below this belong to a later window (after a split).
    keep_since: DateTime<Utc>,
    /// Its pages; `None` while a request is in flight or once it is done.
    pages: Option<Pages>,
    /// Not requested yet, and to be cut into pieces before it is.
    lazy: bool,
    in_flight: bool,
    done: bool,
    /// `started_at` of the last record it returned.
    last: Option<DateTime<Utc>>,
    /// Its upper bound, when it starts from the top (not from a cursor).
    top: Option<DateTime<Utc>>,
    /// The time a page of its records covered.
    span: Option<chrono::TimeDelta>,
    /// Newest first so far.
    ordered: bool,
    fetched: VecDeque<Fetched>,
}

impl Window {
    /// The newest time it may still return records of: unknown for a
    /// window resumed at a cursor until it returns a page.
    fn upper(&self) -> Option<DateTime<Utc>> {
        self.last.or(self.top)
    }
}

struct Export {
    client: voiso::Client,
    kind: Option<String>,
    keep_types: Vec<String>,
    parallel: usize,
    windows: VecDeque<Window>,
    next_id: u64,
    /// Pages fetched and not written yet.
    buffered: usize,
    in_flight: FuturesUnordered<Fetch>,
    format: ExportFormat,
    /// The time a page of records covered lately (the split size).
    page_span: Option<chrono::TimeDelta>,
}

impl Export {
    fn pages(&self, since: DateTime<Utc>, until: DateTime<Utc>, cursor: Option<String>) -> Pages {
        let mut list = self
            .client
            .cdrs()
            .list()
            .started_since(since)
            .started_before(until)
            .limit(PAGE_LIMIT);
        if let Some(kind) = &self.kind {
            list = list.kind(kind.clone());
        }
        if let Some(cursor) = cursor {
            list = list.cursor(cursor);
        }
        list.pages().boxed()
    }

    fn new_window(
        &mut self,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
        keep_since: DateTime<Utc>,
        cursor: Option<String>,
    ) -> Window {
        self.next_id += 1;
        Window {
            top: cursor.is_none().then_some(until),
            span: None,
            id: self.next_id,
            query_since: since,
            query_until: until,
            keep_since,
            pages: Some(self.pages(since, until, cursor)),
            lazy: false,
            in_flight: false,
            done: false,
            last: None,
            ordered: true,
            fetched: VecDeque::new(),
        }
    }

    fn push_window(
        &mut self,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
        keep_since: DateTime<Utc>,
        cursor: Option<String>,
    ) {
        let window = self.new_window(since, until, keep_since, cursor);
        self.windows.push_back(window);
    }

    async fn drive(
        &mut self,
        sink: &mut Sink,
        state: &mut Checkpoint,
        progress: &mut Progress,
    ) -> Result<Ended, Stop> {
        let mut ctrl_c = std::pin::pin!(tokio::signal::ctrl_c());
        loop {
            self.write_ready(sink, state, progress)?;
            if self.windows.is_empty() {
                return Ok(Ended::Done);
            }
            self.schedule();
            tokio::select! {
                biased;
                _ = &mut ctrl_c => return Ok(Ended::Interrupted),
                next = self.in_flight.next() => match next {
                    Some(Ok((id, pages, page))) => self.arrived(id, pages, page)?,
                    Some(Err(e)) => {
                        return Err(Stop::Local(Failure::Failed(format!("a request task failed: {e}"))));
                    }
                    // The window being written always has a slot: never here.
                    None => {
                        return Err(Stop::Local(Failure::Failed(
                            "cdrs export stalled with windows left and none being read".into(),
                        )));
                    }
                },
            }
        }
    }

    /// Writes the pages of the windows at the front, in order.
    fn write_ready(
        &mut self,
        sink: &mut Sink,
        state: &mut Checkpoint,
        progress: &mut Progress,
    ) -> Result<(), Failure> {
        let mut line = Vec::new();
        while let Some(head) = self.windows.front_mut() {
            while let Some(page) = head.fetched.pop_front() {
                self.buffered -= 1;
                line.clear();
                let mut count = 0;
                for cdr in page
                    .records
                    .iter()
                    .filter(|c| c.started_at >= head.keep_since)
                {
                    format::write_record(self.format, cdr, &mut line);
                    count += 1;
                }
                sink.write(&line)?;
                state.bytes = sink.bytes;
                state.records += count;
                if page.ends {
                    state.current = None;
                } else {
                    state.current = Some(Current {
                        query_since: head.query_since,
                        query_until: head.query_until,
                        keep_since: head.keep_since,
                        cursor: page.next_cursor.clone().unwrap_or_default(),
                    });
                }
                state.rest_until = head.keep_since;
                sink.commit(state)?;
                progress.page(count);
            }
            if head.done {
                self.windows.pop_front();
            } else {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Starts requests while there is room: the window being written
    /// first, then the next ones in order, then, when every window is busy,
    /// a new one split off the window with the most left to read.
    fn schedule(&mut self) {
        loop {
            let used = self.buffered + self.in_flight.len();
            if used >= self.parallel {
                return;
            }
            let head_waits = self
                .windows
                .front()
                .is_some_and(|w| !w.done && !w.in_flight);
            let pick = if head_waits {
                Some(0)
            } else {
                self.windows
                    .iter()
                    .position(|w| !w.done && !w.in_flight && !w.lazy)
            };
            let index = match pick {
                Some(index) => index,
                None if self.split() => continue,
                None => match self.windows.iter().position(|w| w.lazy) {
                    Some(index) => index,
                    None => return,
                },
            };
            if self.windows[index].pages.is_none() {
                let window = &self.windows[index];
                let pages = self.pages(window.query_since, window.query_until, None);
                let window = &mut self.windows[index];
                window.pages = Some(pages);
                window.lazy = false;
            }
            let window = &mut self.windows[index];
            let mut pages = window.pages.take().expect("an idle window has its pages");
            window.in_flight = true;
            let id = window.id;
            self.in_flight.push(tokio::spawn(async move {
                let page = pages.next().await;
                (id, pages, page)
            }));
        }
    }

    /// Splits the first window (in output order) with more than about
    /// `PIECE` of a page left to read. One being read keeps that much below
    /// the last record it returned (its top, before its first page), and a
    /// lazy window after it takes the rest; a lazy window gives its newest
    /// piece to a new window before it. False when none has that much left.
    fn split(&mut self) -> bool {
        // The records' density where a window is cut: what the nearest
        // page read at or before it saw, or else the latest page.
        let mut local = self.page_span;
        let mut found = None;
        for (index, w) in self.windows.iter().enumerate() {
            local = w.span.or(local);
            let Some(span) = local else { continue };
            let piece = (span * PIECE.0 / PIECE.1).max(MIN_SPLIT);
            if !w.done
                && w.ordered
                && w.upper()
                    .is_some_and(|upper| upper - w.keep_since > piece + piece / 2)
            {
                found = Some((index, piece));
                break;
            }
        }
        let Some((index, piece)) = found else {
            return false;
        };
        let window = &self.windows[index];
        let Some(upper) = window.upper() else {
            return false;
        };
        let at = upper - piece;
        let at = DateTime::from_timestamp_millis(at.timestamp_millis()).unwrap_or(at);
        let (old_keep, lazy) = (window.keep_since, window.lazy);
        if at <= old_keep || at >= upper {
            return false;
        }
        if lazy {
            let piece = self.new_window(at, upper, at, None);
            let rest = &mut self.windows[index];
            rest.query_until = at;
            rest.top = Some(at);
            self.windows.insert(index, piece);
        } else {
            self.windows[index].keep_since = at;
            let mut rest = self.new_window(old_keep, at, old_keep, None);
            rest.pages = None;
            rest.lazy = true;
            self.windows.insert(index + 1, rest);
        }
        true
    }

    /// A page (or the end, or an error) of window `id`.
    fn arrived(
        &mut self,
        id: u64,
        pages: Pages,
        page: Option<Result<voiso::CursorPage<voiso::Cdr>, voiso::Error>>,
    ) -> Result<(), Stop> {
        let (items, next_cursor) = match page {
            None => (Vec::new(), None),
            Some(page) => {
                let page = page.map_err(Stop::Api)?;
                (page.items, page.next_cursor)
            }
        };
        self.take(id, pages, items, next_cursor);
        Ok(())
    }

    /// Window `id`'s page: checks the order, keeps the window's own
    /// records, and ends the window at its last page, or at its lower bound
    /// while it is in order.
    fn take(&mut self, id: u64, pages: Pages, items: Vec<voiso::Cdr>, next_cursor: Option<String>) {
        let window = self
            .windows
            .iter_mut()
            .find(|w| w.id == id)
            .expect("a window in flight is listed");
        window.in_flight = false;
        let upper = window.upper();
        let mut below = false;
        for cdr in &items {
            if let Some(last) = window.last
                && cdr.started_at > last
                && window.ordered
            {
                window.ordered = false;
                warn(format_args!(
                    "warning: CDR {} (started {}) came after one started {} in the window \
                     [{}, {}): the API's order is not newest first there; that window is read \
                     to its last page and not split again",
                    serde_json::to_string(&cdr.id).unwrap_or_default(),
                    cdr.started_at.to_rfc3339(),
                    last.to_rfc3339(),
                    window.query_since.to_rfc3339(),
                    window.query_until.to_rfc3339()
                ));
            }
            window.last = Some(cdr.started_at);
            below |= cdr.started_at < window.keep_since;
        }
        // Past its lower bound, a window in order has nothing more to give:
        // the records below belong to the window split off it.
        let ends = next_cursor.is_none() || (below && window.ordered);
        // How much time a page covers here: the size of the next split.
        if window.ordered {
            if let (Some(first), Some(last)) = (items.first(), items.last())
                && items.len() >= PAGE_LIMIT as usize
            {
                self.page_span = Some(first.started_at - last.started_at);
                window.span = self.page_span;
            } else if let (None, Some(upper)) = (&next_cursor, upper) {
                let covered = upper - window.keep_since;
                self.page_span = Some(covered * PAGE_LIMIT as i32 / items.len().max(1) as i32);
                window.span = self.page_span;
            }
        }
        let keep_since = window.keep_since;
        let keep_types = &self.keep_types;
        let records: Vec<voiso::Cdr> = items
            .into_iter()
            .filter(|c| c.started_at >= keep_since)
            .filter(|c| keep_types.is_empty() || keep_types.contains(&c.type_))
            .collect();
        window.fetched.push_back(Fetched {
            records,
            next_cursor,
            ends,
        });
        self.buffered += 1;
        if ends {
            window.done = true;
        } else {
            window.pages = Some(pages);
        }
    }
}

/// Where the records go: a file (fsynced before each checkpoint) or stdout.
struct Sink {
    file: Option<File>,
    checkpoint: Option<PathBuf>,
    bytes: u64,
}

impl Sink {
    fn open(args: &CdrExport, saved: Option<&Checkpoint>) -> Result<Sink, Failure> {
        let Some(path) = &args.out else {
            return Ok(Sink {
                file: None,
                checkpoint: None,
                bytes: 0,
            });
        };
        let cannot =
            |e: std::io::Error| Failure::Failed(format!("cannot open {}: {e}", path.display()));
        let (file, bytes) = match saved {
            Some(saved) => {
                let mut file = OpenOptions::new().write(true).open(path).map_err(cannot)?;
                let len = file.metadata().map_err(cannot)?.len();
                if len < saved.bytes {
                    return Err(Failure::Failed(format!(
                        "{} holds {len} bytes but the checkpoint recorded {}: the output \
                         changed since; remove the checkpoint to export again from the start",
                        path.display(),
                        saved.bytes
                    )));
                }
                file.set_len(saved.bytes).map_err(cannot)?;
                file.seek(SeekFrom::End(0)).map_err(cannot)?;
                (file, saved.bytes)
            }
            None => (File::create(path).map_err(cannot)?, 0),
        };
        Ok(Sink {
            file: Some(file),
            checkpoint: args.checkpoint.clone(),
            bytes,
        })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        match &mut self.file {
            Some(file) => file.write_all(bytes).map_err(Failure::from)?,
            None => {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(bytes)?;
                stdout.flush()?;
            }
        }
        self.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Makes what is written durable, then records it in the checkpoint.
    fn commit(&mut self, state: &Checkpoint) -> Result<(), Failure> {
        let (Some(file), Some(path)) = (&self.file, &self.checkpoint) else {
            return Ok(());
        };
        file.sync_data()?;
        state.save(path).map_err(|e| {
            Failure::Failed(format!(
                "cannot write the checkpoint {}: {e}",
                path.display()
            ))
        })
    }
}

/// A bar on a terminal; otherwise a plain line on stderr now and then.
struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    last_line: Instant,
    records: u64,
    new_records: u64,
    pages: u64,
}

impl Progress {
    fn new(records: u64) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} {elapsed_precise} {pos} records ({per_sec}) {msg}",
            ) {
                bar.set_style(style);
            }
            bar.set_position(records);
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            last_line: Instant::now(),
            records,
            new_records: 0,
            pages: 0,
        }
    }

    fn page(&mut self, records: u64) {
        self.records += records;
        self.new_records += records;
        self.pages += 1;
        match &self.bar {
            Some(bar) => {
                bar.inc(records);
                bar.set_message(format!("{} pages", self.pages));
            }
            None if self.last_line.elapsed() >= Duration::from_secs(2) => {
                self.last_line = Instant::now();
                let rate = self.new_records as f64 / self.started.elapsed().as_secs_f64();
                warn(format_args!(
                    "cdrs export: {} records, {} pages, {rate:.0} records/s",
                    self.records, self.pages
                ));
            }
            None => {}
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hour: u32) -> DateTime<Utc> {
        format!("2026-03-15T{hour:02}:00:00Z").parse().unwrap()
    }

    fn cdrs(hours: &[u32]) -> Vec<voiso::Cdr> {
        hours
            .iter()
            .map(|h| {
                serde_json::from_value(serde_json::json!({
                    "id": format!("r{h}"),
                    "type": "call",
                    "started_at": at(*h),
                }))
                .unwrap()
            })
            .collect()
    }

    fn export() -> Export {
        let client = voiso::Client::builder()
            .base_url("http://127.0.0.1:9")
            .api_key("k")
            .build()
            .unwrap();
        Export {
            client,
            kind: None,
            keep_types: Vec::new(),
            parallel: 4,
            windows: VecDeque::new(),
            next_id: 0,
            buffered: 0,
            in_flight: FuturesUnordered::new(),
            format: ExportFormat::Ndjson,
            page_span: None,
        }
    }

    fn kept(export: &mut Export, index: usize) -> Vec<String> {
        let window = &mut export.windows[index];
        let keep = window.keep_since;
        window
            .fetched
            .drain(..)
            .flat_map(|page| page.records)
            .filter(|c| c.started_at >= keep)
            .map(|c| c.id.to_string())
            .collect()
    }

    #[test]
    fn a_window_in_order_is_split_and_ends_at_its_lower_bound() {
        let mut export = export();
        export.push_window(at(0), at(23), at(0), None);
        let id = export.windows[0].id;
        let pages = || futures::stream::empty().boxed();
        export.take(id, pages(), cdrs(&[22, 21, 20]), Some("c1".into()));
        export.page_span = Some(chrono::TimeDelta::hours(4));
        assert!(export.split());
        // It keeps 0.8 × 4 hours below its last record, 20:00.
        let keep = export.windows[0].keep_since;
        assert_eq!(
            keep,
            "2026-03-15T16:48:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert!(export.windows[1].lazy);
        assert_eq!(export.windows[1].query_until, keep);
        export.take(id, pages(), cdrs(&[19, 18, 17, 16]), Some("c2".into()));
        assert!(export.windows[0].done, "ends past its lower bound");
        assert_eq!(
            kept(&mut export, 0),
            ["r22", "r21", "r20", "r19", "r18", "r17"]
        );
    }

    #[test]
    fn a_window_out_of_order_is_read_to_its_end_and_not_split_again() {
        let mut export = export();
        export.push_window(at(0), at(23), at(0), None);
        let id = export.windows[0].id;
        let pages = || futures::stream::empty().boxed();
        export.take(id, pages(), cdrs(&[22, 21, 20]), Some("c1".into()));
        export.page_span = Some(chrono::TimeDelta::hours(4));
        assert!(export.split());
        let keep = export.windows[0].keep_since;
        // 16:00 is below its bound, but 19:00 comes after it: out of order.
        export.take(id, pages(), cdrs(&[16, 19, 15]), Some("c2".into()));
        assert!(!export.windows[0].ordered);
        assert!(!export.windows[0].done, "read on to its last page");
        export.take(id, pages(), cdrs(&[18, 3]), None);
        assert!(export.windows[0].done);
        // Nothing below its bound (the split-off window's), nothing lost above.
        assert_eq!(kept(&mut export, 0), ["r22", "r21", "r20", "r19", "r18"]);
        assert!(at(18) >= keep);
        // The rest is split, never this window again.
        export.windows[0].done = false;
        export.windows[1].lazy = false;
        export.windows[1].done = true;
        assert!(!export.split());
    }
}
