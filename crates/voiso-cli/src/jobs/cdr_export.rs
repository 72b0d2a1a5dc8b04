//! `voiso cdrs export`: CDRs of a time range to NDJSON or CSV.
//!
//! The range is read newest first, as blocks of up to N pages: a block is
//! the first pages of `[since, top)`, all requested at once by offset
//! (Voiso serves offsets over the first 10,000 records of a query). Once
//! they are all in hand they are judged together (`export/block.rs`): when
//! their totals and sizes agree and their records come newest first, the
//! block keeps its records down to its oldest instant, and the next block
//! is `[since, that instant)`, starting with the records of that instant.
//! So blocks follow the records' density, whatever the busy hours, each
//! page is requested once, and N requests are in flight nearly always.
//!
//! Where blocks cannot be trusted, the export says why and reads the rest
//! by cursor, one page after another (`export/window.rs`): pages without
//! `metadata.total` (an inferred field), a range that keeps changing while
//! it is read, records out of order (the order relied on, newest first, is
//! inferred), or one instant with more than a block of records.
//!
//! The output has one order, whatever `--parallel`: the API's, newest
//! first; at most N pages are in memory, in flight or waiting.
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

use chrono::{DateTime, Utc};
use futures::StreamExt;
use futures::stream::FuturesUnordered;

use crate::args::{CdrExport, CdrType, ExportFormat};
use crate::exit::{self, Failure};
use crate::output::warn;
use crate::time_arg::parse_at;
use block::{Page, Settled, settle};
use checkpoint::{Checkpoint, Current, Job};
use sink::{Progress, Sink};
use window::{Pages, Window};

/// Records per page: the most Voiso serves.
const PAGE_LIMIT: u32 = 1000;
/// The most pages in a block: offsets reach the first 10,000 records.
const MAX_BLOCK_PAGES: usize = (voiso::MAX_CDR_OFFSET / PAGE_LIMIT) as usize;
/// A block whose pages disagree is read again this many times, then the
/// rest of the range by cursor.
const REREADS: u32 = 3;

/// A request of a block's page or a window's next page, on its own task so
/// that pages parse in parallel.
type Fetch = tokio::task::JoinHandle<(
    Key,
    Option<Pages>,
    Option<Result<(Page, Lines), voiso::Error>>,
)>;

#[derive(Debug, Clone, Copy)]
enum Key {
    Window(u64),
    Block(u64, usize),
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
    let keep_types_arc: std::sync::Arc<[String]> = keep_types.clone().into();
    let mut export = Export {
        client: client.clone(),
        since: job.since,
        kind,
        keep_types,
        parallel: usize::from(args.parallel),
        segments: VecDeque::new(),
        next_id: 0,
        buffered: 0,
        in_flight: FuturesUnordered::new(),
        format: args.output,
        types: keep_types_arc,
        said_why: false,
        counted: false,
    };
    if let Some(current) = &state.current {
        let pages = export.pages(
            current.query_since,
            current.query_until,
            Some(current.cursor.clone()),
        );
        export.push_window(Window::new(
            current.query_since,
            current.query_until,
            current.keep_since,
            pages,
        ));
    }
    if job.since < state.rest_until {
        export.push_block(state.rest_until, None);
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

/// A page ready to be written: its records, and where a rerun would go on
/// from after it.
struct Fetched {
    lines: Vec<u8>,
    records: u64,
    resume: Resume,
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

enum Resume {
    /// By this cursor, in the segment's query, down to its lower bound.
    At(Current),
    /// The segment ends with this page.
    End,
    /// Nowhere a checkpoint can name (an offset page without a cursor):
    /// the checkpoint stays where it was until the block's last page.
    Unknown,
}

/// Part of the range, in output order.
enum Segment {
    Block(Block),
    Window {
        id: u64,
        window: Window,
        in_flight: bool,
        ready: VecDeque<Fetched>,
    },
}

impl Segment {
    /// Where the range still to read after it ends.
    fn rest_until(&self) -> Option<DateTime<Utc>> {
        match self {
            Segment::Block(block) => block.rest_until,
            Segment::Window { window, .. } => Some(window.keep_since),
        }
    }

    fn ready(&mut self) -> &mut VecDeque<Fetched> {
        match self {
            Segment::Block(block) => &mut block.ready,
            Segment::Window { ready, .. } => ready,
        }
    }

    fn done(&self) -> bool {
        match self {
            Segment::Block(block) => block.settled && block.ready.is_empty(),
            Segment::Window { window, ready, .. } => window.done && ready.is_empty(),
        }
    }
}

/// The first pages of `[since, top)`, requested at once by offset.
struct Block {
    id: u64,
    top: DateTime<Utc>,
    /// Its pages, by offset; `None` until each arrives.
    pages: Vec<Option<(Page, Lines)>>,
    requested: usize,
    rereads: u32,
    /// Judged, and its records moved to `ready`.
    settled: bool,
    /// The lower bound of its records, once judged: the next block's top.
    rest_until: Option<DateTime<Utc>>,
    ready: VecDeque<Fetched>,
}

struct Export {
    client: voiso::Client,
    since: DateTime<Utc>,
    kind: Option<String>,
    keep_types: Vec<String>,
    parallel: usize,
    segments: VecDeque<Segment>,
    next_id: u64,
    /// Pages fetched and not written yet.
    buffered: usize,
    in_flight: FuturesUnordered<Fetch>,
    format: ExportFormat,
    /// `keep_types`, for the tasks that format pages.
    types: std::sync::Arc<[String]>,
    /// The export said why it reads by cursor.
    said_why: bool,
    /// The progress knows how many records to expect.
    counted: bool,
}

impl Export {
    fn list(&self, since: DateTime<Utc>, until: DateTime<Utc>) -> voiso::ListCdrs {
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
        list
    }

    fn pages(&self, since: DateTime<Utc>, until: DateTime<Utc>, cursor: Option<String>) -> Pages {
        let mut list = self.list(since, until);
        if let Some(cursor) = cursor {
            list = list.cursor(cursor);
        }
        list.pages().boxed()
    }

    fn push_window(&mut self, window: Window) {
        self.next_id += 1;
        self.segments.push_back(Segment::Window {
            id: self.next_id,
            window,
            in_flight: false,
            ready: VecDeque::new(),
        });
    }

    /// A block of `[since, top)`, sized for the `left` records expected
    /// there (one page when nothing says).
    fn push_block(&mut self, top: DateTime<Utc>, left: Option<u64>) {
        let most = self.parallel.clamp(1, MAX_BLOCK_PAGES);
        let pages = match left {
            None => 1,
            Some(left) => (left.div_ceil(u64::from(PAGE_LIMIT)) as usize).clamp(1, most),
        };
        self.next_id += 1;
        self.segments.push_back(Segment::Block(Block {
            id: self.next_id,
            top,
            pages: (0..pages).map(|_| None).collect(),
            requested: 0,
            rereads: 0,
            settled: false,
            rest_until: None,
            ready: VecDeque::new(),
        }));
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
                        let page = page.transpose().map_err(Stop::Api)?;
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

    /// Writes the pages of the segments at the front, in order, each
    /// freeing room for a request as it goes.
    fn write_ready(
        &mut self,
        sink: &mut Sink,
        state: &mut Checkpoint,
        progress: &mut Progress,
    ) -> Result<(), Failure> {
        while let Some(head) = self.segments.front_mut() {
            let rest_until = head.rest_until();
            let Some(page) = head.ready().pop_front() else {
                if head.done() {
                    self.segments.pop_front();
                    continue;
                }
                return Ok(());
            };
            self.buffered -= 1;
            self.schedule();
            sink.write(&page.lines)?;
            state.bytes = sink.bytes;
            state.records += page.records;
            progress.page(page.records);
            let current = match page.resume {
                Resume::At(current) => Some(current),
                Resume::End => None,
                Resume::Unknown => continue,
            };
            state.current = current;
            state.rest_until = rest_until.unwrap_or(self.since);
            sink.commit(state)?;
        }
        Ok(())
    }

    /// Starts requests while fewer than N pages are in memory: the
    /// segments' in output order.
    fn schedule(&mut self) {
        for index in 0..self.segments.len() {
            if self.buffered + self.in_flight.len() >= self.parallel {
                return;
            }
            match &mut self.segments[index] {
                Segment::Window {
                    id,
                    window,
                    in_flight,
                    ..
                } => {
                    if *in_flight || window.done {
                        continue;
                    }
                    let Some(mut pages) = window.pages.take() else {
                        continue;
                    };
                    *in_flight = true;
                    let key = Key::Window(*id);
                    self.in_flight.push(tokio::spawn(async move {
                        let page = pages
                            .next()
                            .await
                            .map(|p| p.map(|p| (Page::from(p), Lines::default())));
                        (key, Some(pages), page)
                    }));
                }
                Segment::Block(block) => {
                    let room = self.parallel - self.buffered - self.in_flight.len();
                    let from = block.requested;
                    let to = (from + room).min(block.pages.len());
                    block.requested = to;
                    let (id, top, last) = (block.id, block.top, block.pages.len() - 1);
                    for k in from..to {
                        // The last page first: the next block starts below it.
                        let index = if k == 0 { last } else { k - 1 };
                        let list = self.list(self.since, top).offset(index as u32 * PAGE_LIMIT);
                        let key = Key::Block(id, index);
                        let (format, types) = (self.format, self.types.clone());
                        self.in_flight.push(tokio::spawn(async move {
                            let page = list.pages().next().await.map(|p| {
                                p.map(|p| {
                                    let lines = Lines::of(&p.items, format, &types);
                                    (Page::from(p), lines)
                                })
                            });
                            (key, None, page)
                        }));
                    }
                }
            }
        }
    }

    /// A page (or the end) of a segment.
    fn arrived(
        &mut self,
        key: Key,
        pages: Option<Pages>,
        page: Option<(Page, Lines)>,
        progress: &mut Progress,
    ) {
        let (page, lines) = page.unwrap_or_default();
        match key {
            Key::Window(id) => self.window_page(id, pages, page),
            Key::Block(id, index) => {
                let Some(position) = self
                    .segments
                    .iter()
                    .position(|s| matches!(s, Segment::Block(b) if b.id == id))
                else {
                    return;
                };
                let Segment::Block(block) = &mut self.segments[position] else {
                    return;
                };
                block.pages[index] = Some((page, lines));
                self.buffered += 1;
                if block.pages.iter().all(Option::is_some) {
                    self.settle(position, progress);
                }
            }
        }
    }

    fn window_page(&mut self, id: u64, pages: Option<Pages>, page: Page) {
        let format = self.format;
        let keep_types = &self.keep_types;
        let Some(Segment::Window {
            window,
            in_flight,
            ready,
            ..
        }) = self
            .segments
            .iter_mut()
            .find(|s| matches!(s, Segment::Window { id: i, .. } if *i == id))
        else {
            return;
        };
        *in_flight = false;
        let (records, ends) = window.take(page.items, page.next_cursor.as_deref());
        let resume = match (&page.next_cursor, ends) {
            (Some(cursor), false) => Resume::At(Current {
                query_since: window.query_since,
                query_until: window.query_until,
                keep_since: window.keep_since,
                cursor: cursor.clone(),
            }),
            _ => Resume::End,
        };
        if !ends {
            window.pages = pages;
        }
        let records = keep(records, keep_types);
        let mut lines = Vec::new();
        for cdr in &records {
            format::write_record(format, cdr, &mut lines);
        }
        ready.push_back(Fetched {
            lines,
            records: records.len() as u64,
            resume,
        });
        self.buffered += 1;
    }

    /// Judges the block at `position`, all its pages in hand: writes it
    /// and queues the next, or reads it again, or reads the rest by cursor.
    fn settle(&mut self, position: usize, progress: &mut Progress) {
        let since = self.since;
        let Segment::Block(block) = &mut self.segments[position] else {
            return;
        };
        let (pages, lines): (Vec<Page>, Vec<Lines>) = block
            .pages
            .iter_mut()
            .map(|p| p.take().unwrap_or_default())
            .unzip();
        let verdict = settle(&pages, u64::from(PAGE_LIMIT));
        let why = match verdict {
            Settled::Last | Settled::Cut { .. } => {
                if !self.counted {
                    self.counted = true;
                    if let Some(total) = pages.first().and_then(|p| p.total) {
                        progress.expect(total);
                    }
                }
                let (kept, rest_until) = match verdict {
                    Settled::Cut {
                        kept, keep_since, ..
                    } => (kept, keep_since),
                    _ => (usize::MAX, since),
                };
                block.settled = true;
                block.rest_until = Some(rest_until);
                let (top, last) = (block.top, pages.len() - 1);
                let mut left = kept;
                for (index, (page, lines)) in pages.into_iter().zip(lines).enumerate() {
                    let count = page.items.len().min(left);
                    left -= count;
                    let (lines, records) = lines.first(count);
                    let resume = match page.next_cursor {
                        _ if index == last => Resume::End,
                        Some(cursor) => Resume::At(Current {
                            query_since: since,
                            query_until: top,
                            keep_since: rest_until,
                            cursor,
                        }),
                        None => Resume::Unknown,
                    };
                    block.ready.push_back(Fetched {
                        lines,
                        records,
                        resume,
                    });
                }
                if let Settled::Cut {
                    keep_since, left, ..
                } = verdict
                {
                    self.push_block(keep_since, Some(left));
                }
                return;
            }
            Settled::Changed if block.rereads < REREADS => {
                block.rereads += 1;
                block.requested = 0;
                self.buffered -= pages.len();
                return;
            }
            Settled::Changed => format!(
                "the range kept changing while it was read ({} times)",
                REREADS + 1
            ),
            Settled::NoTotal => {
                "the API gives no metadata.total to check pages read at once against".into()
            }
            Settled::Disordered { id, started, after } => format!(
                "CDR {id} (started {}) came after one started {}: the API's order is not newest first",
                started.to_rfc3339(),
                after.to_rfc3339()
            ),
            Settled::OneInstant => format!(
                "more than {} records started at one instant",
                pages.len() * PAGE_LIMIT as usize
            ),
        };
        let top = block.top;
        self.buffered -= pages.len();
        self.segments.remove(position);
        if !self.said_why {
            self.said_why = true;
            warn(format_args!(
                "warning: {why}; the CDRs before {} are read one page at a time, by cursor",
                top.to_rfc3339()
            ));
        }
        let pages = self.pages(since, top, None);
        self.push_window(Window::new(since, top, since, pages));
    }
}

/// The records of the types asked for, when more than one was (the API
/// filters one type only).
fn keep(records: Vec<voiso::Cdr>, types: &[String]) -> Vec<voiso::Cdr> {
    if types.is_empty() {
        return records;
    }
    records
        .into_iter()
        .filter(|c| types.contains(&c.type_))
        .collect()
}
