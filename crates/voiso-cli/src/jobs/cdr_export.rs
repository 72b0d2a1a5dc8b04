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
//! block reaches, down to that instant.
//!
//! The output has one order, whatever `--parallel`: the API's, newest
//! first; at most N pages are in memory, in flight or waiting to be
//! written (and one probe of 16 records).
//!
//! With `--checkpoint`, each page is written, flushed and fsynced, then the
//! checkpoint records the output's length, the cursor reading on from
//! that page in its block's query with the block's lower bound, and where
//! the rest of the range ends. A rerun truncates the output to that length,
//! reads on by that cursor to the block's end, then goes on by blocks.

#[path = "export/block.rs"]
mod block;
#[path = "export/checkpoint.rs"]
mod checkpoint;
#[path = "export/format.rs"]
mod format;
#[path = "export/sink.rs"]
mod sink;
#[path = "export/window.rs"]
mod window;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::StreamExt;
use futures::stream::FuturesUnordered;

use crate::args::{CdrExport, CdrType, ExportFormat};
use crate::exit::{self, Failure};
use crate::output::warn;
use crate::time_arg::parse_at;
use block::{PROBE, Page, Plan, Stamp, Verdict};
use checkpoint::{Checkpoint, Current, Job};
use sink::{Progress, Sink};
use window::{Pages, Window};

/// Records per page: the most Voiso serves.
const PAGE_LIMIT: u32 = 1000;
/// How far a block reaches: offsets serve the first 10,000 records.
const REACH: u64 = voiso::MAX_CDR_OFFSET as u64;
/// A block whose first page disagrees with its probe is probed and read
/// again this many times before it is read by cursor.
const REREADS: u32 = 3;
/// Blocks probed ahead of the one being written.
const LOOKAHEAD: usize = 4;

/// A request on its own task, so that pages parse and format in parallel.
type Fetch = tokio::task::JoinHandle<(Key, Option<Pages>, Option<Result<Got, voiso::Error>>)>;

/// What a request's task hands back: a block's page (or a probe) reduced
/// to stamps and lines, or a window's page whole.
enum Got {
    Stamped(Page, Lines),
    Whole(voiso::CursorPage<voiso::Cdr>),
}

#[derive(Debug, Clone, Copy)]
enum Key {
    Window(u64),
    Probe(u64),
    Page(u64, usize),
}

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
        since: job.since,
        kind,
        types: keep_types.into(),
        parallel: usize::from(args.parallel),
        segments: VecDeque::new(),
        next_id: 0,
        pages_in_flight: 0,
        probing: false,
        in_flight: FuturesUnordered::new(),
        format: args.output,
        said_why: false,
        counted: false,
    };
    if let Some(current) = &state.current {
        export.push_window(
            current.query_since,
            current.query_until,
            current.keep_since,
            Some(current.cursor.clone()),
        );
        if let Some(Segment::Window(reading)) = export.segments.back_mut()
            && !current.ordered
        {
            reading.window.out_of_order();
        }
    }
    if job.since < state.rest_until {
        export.push_block(state.rest_until, None, 0);
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

/// A page's records as output lines, formatted by its request's task, so
/// that the writer only copies bytes.
#[derive(Default)]
struct Lines {
    bytes: Vec<u8>,
    /// Where each record's line ends in `bytes` (an empty line: a record
    /// of a type not asked for).
    ends: Vec<usize>,
}

impl Lines {
    fn of(records: &[voiso::Cdr], format: ExportFormat, types: &[String]) -> Lines {
        let mut lines = Lines {
            bytes: Vec::with_capacity(records.len() * 512),
            ends: Vec::with_capacity(records.len()),
        };
        for cdr in records {
            if types.is_empty() || types.contains(&cdr.type_) {
                format::write_record(format, cdr, &mut lines.bytes);
            }
            lines.ends.push(lines.bytes.len());
        }
        lines
    }

    /// The lines of the first `count` records, and how many are not empty.
    fn first(mut self, count: usize) -> (Vec<u8>, u64) {
        let count = count.min(self.ends.len());
        let mut records = 0;
        let mut start = 0;
        for &end in &self.ends[..count] {
            records += u64::from(end > start);
            start = end;
        }
        self.bytes.truncate(start);
        (self.bytes, records)
    }
}

/// Where a rerun goes on from after a page.
enum Resume {
    /// By this cursor, in the segment's query, down to its lower bound.
    At(Current),
    /// After the segment, which ends with this page.
    End,
    /// Nowhere a checkpoint can name (an offset page without a cursor):
    /// the checkpoint stays where it was until the block's last page.
    Unknown,
}

/// Part of the range, in output order: a block, or a window read by
/// cursor where a block could not be trusted (or a checkpoint resumes).
enum Segment {
    Block(Block),
    Window(Reading),
}

struct Reading {
    id: u64,
    window: Window,
    in_flight: bool,
    /// Pages fetched, as lines, with their record count and resume point.
    ready: VecDeque<(Vec<u8>, u64, Resume)>,
}

enum Probe {
    Wanted,
    InFlight,
    Planned { plan: Plan, records: Vec<Stamp> },
}

enum Slot {
    Wanted,
    InFlight,
    Arrived(Page, Lines),
    Written,
}

/// The first records of `[since, top)`, read as pages by offset.
struct Block {
    id: u64,
    top: DateTime<Utc>,
    /// Records the block before says `[since, top)` holds.
    expected: Option<u64>,
    probe: Probe,
    /// Where its probe starts: the end of its reach, or the top when the
    /// API refused that offset.
    probe_at: u64,
    /// Its pages by offset: as many as the probe says (until it does, as
    /// many as `expected` fills).
    pages: Vec<Slot>,
    written: usize,
    /// The start of the last record written, and the cursor after it.
    last_started: Option<DateTime<Utc>>,
    /// The IDs of the records written that started then.
    last_ties: Vec<u64>,
    last_cursor: Option<String>,
    rereads: u32,
}

impl Block {
    fn arrived(&self) -> usize {
        self.pages
            .iter()
            .filter(|s| matches!(s, Slot::Arrived(..)))
            .count()
    }
}

struct Export {
    client: voiso::Client,
    since: DateTime<Utc>,
    kind: Option<String>,
    /// The types to keep when more than one was asked for (the API filters
    /// by one type only).
    types: Arc<[String]>,
    parallel: usize,
    segments: VecDeque<Segment>,
    next_id: u64,
    /// Requests of pages in flight (probes are not counted: 16 records).
    pages_in_flight: usize,
    probing: bool,
    in_flight: FuturesUnordered<Fetch>,
    format: ExportFormat,
    /// The export said why it reads by cursor.
    said_why: bool,
    /// The progress knows how many records to expect.
    counted: bool,
}

impl Export {
    fn list(&self, until: DateTime<Utc>) -> voiso::ListCdrs {
        let mut list = self
            .client
            .cdrs()
            .list()
            .started_since(self.since)
            .started_before(until)
            .limit(PAGE_LIMIT);
        if let Some(kind) = &self.kind {
            list = list.kind(kind.clone());
        }
        list
    }

    fn push_window(
        &mut self,
        query_since: DateTime<Utc>,
        query_until: DateTime<Utc>,
        keep_since: DateTime<Utc>,
        cursor: Option<String>,
    ) {
        let mut list = self.list(query_until).started_since(query_since);
        if let Some(cursor) = cursor {
            list = list.cursor(cursor);
        }
        self.next_id += 1;
        self.segments.push_back(Segment::Window(Reading {
            id: self.next_id,
            window: Window::new(query_since, query_until, keep_since, list.pages().boxed()),
            in_flight: false,
            ready: VecDeque::new(),
        }));
    }

    /// A block of `[since, top)`, which should hold `expected` records.
    fn push_block(&mut self, top: DateTime<Utc>, expected: Option<u64>, rereads: u32) {
        let pages = expected.map_or(1, |e| pages_for(e.min(REACH)).max(1));
        self.next_id += 1;
        self.segments.push_back(Segment::Block(Block {
            id: self.next_id,
            top,
            expected,
            probe: Probe::Wanted,
            probe_at: block::probe_offset(REACH),
            pages: (0..pages).map(|_| Slot::Wanted).collect(),
            written: 0,
            last_started: None,
            last_ties: Vec::new(),
            last_cursor: None,
            rereads,
        }));
    }

    /// Pages fetched and not written yet.
    fn buffered(&self) -> usize {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Block(block) => block.arrived(),
                Segment::Window(reading) => reading.ready.len(),
            })
            .sum()
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
            if self.segments.is_empty() {
                return Ok(Ended::Done);
            }
            self.schedule();
            tokio::select! {
                biased;
                _ = &mut ctrl_c => return Ok(Ended::Interrupted),
                next = self.in_flight.next() => match next {
                    Some(Ok((key, pages, page))) => {
                        let page = match page.transpose() {
                            Ok(page) => page,
                            Err(error) => {
                                self.refused(key, error)?;
                                continue;
                            }
                        };
                        self.arrived(key, pages, page, progress);
                    }
                    Some(Err(e)) => {
                        return Err(Stop::Local(Failure::Failed(format!("a request task failed: {e}"))));
                    }
                    // Something unwritten always has a request to make.
                    None => {
                        return Err(Stop::Local(Failure::Failed(
                            "cdrs export stalled with records left and none being read".into(),
                        )));
                    }
                },
            }
        }
    }

    /// Starts the next probe, then requests of pages, in output order,
    /// while fewer than N pages are in flight or waiting.
    fn schedule(&mut self) {
        if !self.probing
            && let Some((id, top, at)) =
                self.segments.iter().take(LOOKAHEAD).find_map(|s| match s {
                    Segment::Block(b) if matches!(b.probe, Probe::Wanted) => {
                        Some((b.id, b.top, b.probe_at))
                    }
                    _ => None,
                })
        {
            let list = self.list(top).offset(at as u32).limit(PROBE as u32);
            self.spawn(Key::Probe(id), list.pages().boxed());
            self.probing = true;
            if let Some(Segment::Block(b)) = self.segments.iter_mut().find(|s| is_block(s, id)) {
                b.probe = Probe::InFlight;
            }
        }
        let mut room = self
            .parallel
            .saturating_sub(self.pages_in_flight + self.buffered());
        // A window's next page, or a block's page by its top and index.
        enum Request {
            Window(u64, Pages),
            Page(u64, DateTime<Utc>, usize),
        }
        let mut requests = Vec::new();
        for segment in &mut self.segments {
            if room == 0 {
                break;
            }
            match segment {
                Segment::Window(reading) => {
                    if !reading.in_flight
                        && let Some(pages) = reading.window.pages.take()
                    {
                        reading.in_flight = true;
                        requests.push(Request::Window(reading.id, pages));
                        room -= 1;
                    }
                }
                Segment::Block(block) => {
                    for (index, slot) in block.pages.iter_mut().enumerate() {
                        if room == 0 {
                            break;
                        }
                        if matches!(slot, Slot::Wanted) {
                            *slot = Slot::InFlight;
                            requests.push(Request::Page(block.id, block.top, index));
                            room -= 1;
                        }
                    }
                }
            }
        }
        for request in requests {
            self.pages_in_flight += 1;
            match request {
                Request::Window(id, pages) => self.spawn(Key::Window(id), pages),
                Request::Page(id, top, index) => {
                    let list = self.list(top).offset(index as u32 * PAGE_LIMIT);
                    self.spawn(Key::Page(id, index), list.pages().boxed());
                }
            }
        }
    }

    /// Runs the next request of `pages` on its own task: a block's page is
    /// stamped and formatted there, a probe stamped, and a window's page
    /// handed back whole with the window's pages.
    fn spawn(&mut self, key: Key, mut pages: Pages) {
        let (kind, types) = (self.format, self.types.clone());
        self.in_flight.push(tokio::spawn(async move {
            let page = pages.next().await.map(|p| {
                p.map(|p| match key {
                    Key::Window(_) => Got::Whole(p),
                    Key::Page(..) => Got::Stamped(Page::of(&p), Lines::of(&p.items, kind, &types)),
                    Key::Probe(_) => Got::Stamped(Page::of(&p), Lines::default()),
                })
            });
            let pages = matches!(key, Key::Window(_)).then_some(pages);
            (key, pages, page)
        }));
    }

    /// A request that failed for good: the export stops, unless it was a
    /// probe past the end of a short range that the API refused (it may
    /// count such an offset as invalid), which is asked again from the top.
    fn refused(&mut self, key: Key, error: voiso::Error) -> Result<(), Stop> {
        let bad_request = error.status() == Some(voiso::StatusCode::BAD_REQUEST);
        match key {
            Key::Probe(id) if bad_request => {
                self.probing = false;
                match self.segments.iter_mut().find(|s| is_block(s, id)) {
                    Some(Segment::Block(b)) if b.probe_at > 0 => {
                        b.probe_at = 0;
                        b.probe = Probe::Wanted;
                        Ok(())
                    }
                    _ => Err(Stop::Api(error)),
                }
            }
            Key::Window(_) if bad_request => Err(Stop::Local(Failure::Failed(format!(
                "the API refused a cursor it gave ({error}): it may have expired; remove the \
                 checkpoint and the output and export again"
            )))),
            _ => Err(Stop::Api(error)),
        }
    }

    /// A probe, a page, or a window's page.
    fn arrived(
        &mut self,
        key: Key,
        pages: Option<Pages>,
        got: Option<Got>,
        progress: &mut Progress,
    ) {
        let (page, lines) = match got {
            Some(Got::Stamped(page, lines)) => (page, lines),
            Some(Got::Whole(whole)) => {
                self.pages_in_flight -= 1;
                if let Key::Window(id) = key {
                    self.window_page(id, pages, whole.items, whole.next_cursor);
                }
                return;
            }
            None => (Page::default(), Lines::default()),
        };
        match key {
            Key::Window(id) => {
                self.pages_in_flight -= 1;
                self.window_page(id, pages, Vec::new(), None);
            }
            Key::Page(id, index) => {
                self.pages_in_flight -= 1;
                if let Some(Segment::Block(block)) =
                    self.segments.iter_mut().find(|s| is_block(s, id))
                    && let Some(slot @ Slot::InFlight) = block.pages.get_mut(index)
                {
                    *slot = Slot::Arrived(page, lines);
                }
            }
            Key::Probe(id) => {
                self.probing = false;
                self.planned(id, page, progress);
            }
        }
    }

    fn window_page(
        &mut self,
        id: u64,
        pages: Option<Pages>,
        items: Vec<voiso::Cdr>,
        next_cursor: Option<String>,
    ) {
        let (format, types) = (self.format, self.types.clone());
        let Some(Segment::Window(reading)) = self
            .segments
            .iter_mut()
            .find(|s| matches!(s, Segment::Window(r) if r.id == id))
        else {
            return;
        };
        reading.in_flight = false;
        let window = &mut reading.window;
        let (records, ends) = window.take(items, next_cursor.as_deref());
        let resume = match (&next_cursor, ends) {
            (Some(cursor), false) => Resume::At(Current {
                query_since: window.query_since,
                query_until: window.query_until,
                keep_since: window.keep_since,
                cursor: cursor.clone(),
                ordered: window.ordered(),
            }),
            _ => Resume::End,
        };
        if !ends {
            window.pages = pages;
        }
        let lines = Lines::of(&records, format, &types);
        let count = records.len();
        let (bytes, count) = lines.first(count);
        reading.ready.push_back((bytes, count, resume));
    }

    /// Block `id`'s probe: how many pages it has, and where the next one
    /// starts (queued at once, to be probed in turn).
    fn planned(&mut self, id: u64, probe: Page, progress: &mut Progress) {
        let Some(position) = self.segments.iter().position(|s| is_block(s, id)) else {
            return;
        };
        let Segment::Block(block) = &mut self.segments[position] else {
            return;
        };
        let plan = block::plan(&probe, block.probe_at, REACH);
        let (top, expected, rereads) = (block.top, block.expected, block.rereads);
        if let (Some(expected), Some(total)) = (expected, probe.total)
            && total < expected
        {
            warn(format_args!(
                "warning: the CDRs started before {} were {expected} by the count above them \
                 and are {total} now: records went away while the range was read, or the API \
                 filters times more coarsely than it reports them; the file may lack some there",
                top.to_rfc3339()
            ));
        }
        let (pages, next) = match plan {
            Plan::Inconsistent if rereads < REREADS => {
                self.segments.truncate(position);
                self.push_block(top, expected, rereads + 1);
                return;
            }
            Plan::Inconsistent => {
                let why = "the range kept changing while it was read";
                self.read_by_cursor(position, why, None, self.since, None);
                return;
            }
            Plan::NoTotal => {
                let why = "the API gives no metadata.total to check pages read at once against";
                self.read_by_cursor(position, why, None, self.since, None);
                return;
            }
            Plan::OneInstant { at } => {
                // More records of one instant than a block reaches: that
                // block is read by cursor down to it, the rest as before.
                self.segments.truncate(position);
                self.push_window(self.since, top, at, None);
                self.push_block(at, None, 0);
                return;
            }
            Plan::Last { total } => (pages_for(total), None),
            Plan::Cut {
                total,
                kept,
                keep_since,
            } => (pages_for(kept), Some((keep_since, total - kept))),
        };
        if !self.counted
            && let Some(total) = probe.total
        {
            self.counted = true;
            progress.expect(total);
        }
        block.pages.truncate(pages);
        block.pages.resize_with(pages, || Slot::Wanted);
        block.probe = Probe::Planned {
            plan,
            records: probe.items,
        };
        if let Some((keep_since, left)) = next
            && position + 1 == self.segments.len()
        {
            self.push_block(keep_since, Some(left), 0);
        }
    }

    /// Writes what is ready at the front, in order, each page freeing room
    /// for another request once it is written.
    fn write_ready(
        &mut self,
        sink: &mut Sink,
        state: &mut Checkpoint,
        progress: &mut Progress,
    ) -> Result<(), Failure> {
        loop {
            let (bytes, records, resume, rest_until) = match self.segments.front_mut() {
                None => return Ok(()),
                Some(Segment::Window(reading)) => match reading.ready.pop_front() {
                    Some((bytes, records, resume)) => {
                        (bytes, records, resume, reading.window.keep_since)
                    }
                    None if reading.window.done && !reading.in_flight => {
                        self.segments.pop_front();
                        continue;
                    }
                    None => return Ok(()),
                },
                Some(Segment::Block(block)) => match next_of_block(block, self.since) {
                    BlockStep::Wait => return Ok(()),
                    BlockStep::Done => {
                        self.segments.pop_front();
                        continue;
                    }
                    BlockStep::Write(bytes, records, resume, rest_until) => {
                        (bytes, records, resume, rest_until)
                    }
                    BlockStep::Again(why) => {
                        self.block_failed(why)?;
                        continue;
                    }
                },
            };
            sink.write(&bytes)?;
            drop(bytes);
            state.bytes = sink.bytes;
            state.records += records;
            progress.page(records);
            let current = match resume {
                Resume::At(current) => Some(current),
                Resume::End => None,
                Resume::Unknown => {
                    self.schedule();
                    continue;
                }
            };
            state.current = current;
            state.rest_until = rest_until;
            sink.commit(state)?;
            self.schedule();
        }
    }
}

/// The head block's next page, checked.
fn next_of_block(block: &mut Block, since: DateTime<Utc>) -> BlockStep {
    {
        let Probe::Planned { plan, records } = &block.probe else {
            return BlockStep::Wait;
        };
        if block.written == block.pages.len() {
            return BlockStep::Done;
        }
        let index = block.written;
        if !matches!(block.pages[index], Slot::Arrived(..)) {
            return BlockStep::Wait;
        }
        let Slot::Arrived(page, lines) = std::mem::replace(&mut block.pages[index], Slot::Written)
        else {
            return BlockStep::Wait;
        };
        let probe = (records.as_slice(), block.probe_at);
        let verdict = block::check(
            &page,
            index as u64,
            u64::from(PAGE_LIMIT),
            plan,
            probe,
            block
                .last_started
                .map(|at| (at, block.last_ties.as_slice())),
        );
        let count = match verdict {
            Verdict::Write { count } => count,
            other => return BlockStep::Again(other),
        };
        let rest_until = match plan {
            Plan::Cut { keep_since, .. } => *keep_since,
            _ => since,
        };
        if let Some(last) = page.items[..count].last() {
            block.last_started = Some(last.started_at);
            block.last_ties = page.items[..count]
                .iter()
                .rev()
                .take_while(|c| c.started_at == last.started_at)
                .map(|c| c.id)
                .collect();
        }
        block.written += 1;
        let resume = if block.written == block.pages.len() {
            Resume::End
        } else {
            match &page.next_cursor {
                Some(cursor) => Resume::At(Current {
                    query_since: since,
                    query_until: block.top,
                    keep_since: rest_until,
                    cursor: cursor.clone(),
                    ordered: true,
                }),
                None => Resume::Unknown,
            }
        };
        block.last_cursor = page.next_cursor;
        let (bytes, records) = lines.first(count);
        BlockStep::Write(bytes, records, resume, rest_until)
    }
}

impl Export {
    /// The head block's page disagreed: read the block again from its
    /// probe when none of it is written, else read on by cursor.
    fn block_failed(&mut self, verdict: Verdict) -> Result<(), Failure> {
        let Some(Segment::Block(block)) = self.segments.front() else {
            return Ok(());
        };
        let (top, written, expected, rereads) =
            (block.top, block.written, block.expected, block.rereads);
        let cursor = block.last_cursor.clone();
        let cut = match &block.probe {
            Probe::Planned {
                plan: Plan::Cut { keep_since, .. },
                ..
            } => Some(*keep_since),
            _ => None,
        };
        if written > 0 && cursor.is_none() {
            return Err(Failure::Failed(format!(
                "the CDRs before {} changed while they were read and the API gave no cursor to \
                 read on from; export a range that has ended (an earlier --until)",
                top.to_rfc3339()
            )));
        }
        match verdict {
            Verdict::Changed if written == 0 && rereads < REREADS => {
                self.segments.clear();
                self.push_block(top, expected, rereads + 1);
            }
            Verdict::Changed => {
                // Records came or went: whatever is read on by cursor from
                // here, down to the cut, is the block's; below, blocks again.
                let why = "the range kept changing while it was read";
                let keep = cut.unwrap_or(self.since);
                self.read_by_cursor(0, why, cursor, keep, cut);
            }
            Verdict::Disordered {
                offset,
                started,
                after,
            } => {
                let why = format!(
                    "the CDR {offset} records below {} started {}, after one started {}: the \
                     API's order is not newest first",
                    top.to_rfc3339(),
                    started.to_rfc3339(),
                    after.to_rfc3339()
                );
                self.read_by_cursor(0, &why, cursor, self.since, None);
            }
            Verdict::NoTotal | Verdict::Write { .. } => {
                let why = "the API gives no metadata.total to check pages read at once against";
                self.read_by_cursor(0, why, cursor, self.since, None);
            }
        }
        Ok(())
    }

    /// Replaces the block at `position` and all after it with a window
    /// read by cursor (from `cursor`, or from its top), keeping what is at
    /// or after `keep_since`, then blocks again from `then`.
    fn read_by_cursor(
        &mut self,
        position: usize,
        why: &str,
        cursor: Option<String>,
        keep_since: DateTime<Utc>,
        then: Option<DateTime<Utc>>,
    ) {
        let Some(Segment::Block(block)) = self.segments.get(position) else {
            return;
        };
        let top = block.top;
        if !self.said_why {
            self.said_why = true;
            warn(format_args!(
                "warning: {why}; CDRs started before {} are read one page at a time, by cursor",
                top.to_rfc3339()
            ));
        }
        self.segments.truncate(position);
        self.push_window(self.since, top, keep_since, cursor);
        if let Some(then) = then {
            self.push_block(then, None, 0);
        }
    }
}

/// The head block's next step.
enum BlockStep {
    Wait,
    Done,
    Write(Vec<u8>, u64, Resume, DateTime<Utc>),
    Again(Verdict),
}

fn is_block(segment: &Segment, id: u64) -> bool {
    matches!(segment, Segment::Block(b) if b.id == id)
}

/// Pages of `records` records.
fn pages_for(records: u64) -> usize {
    records.div_ceil(u64::from(PAGE_LIMIT)) as usize
}
