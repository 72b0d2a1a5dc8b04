//! The export's plan: the range as segments in output order (blocks read
//! by offset, windows read by cursor), what to fetch next, what each
//! answer means, and what to write next. It does no I/O: the driver
//! (`driver.rs`) makes the requests it asks for, hands the answers back
//! and writes what it is given.
//!
//! A block whose probe says the range ends in it (`Extent::Last`) is
//! planned by `metadata.total`, an inferred field; the range ends only on
//! a null `next_cursor` (documented). Where the two disagree, the cursor
//! wins and a warning says so: the pages are checked for it as they are
//! written, so agreeing ones cost no request.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};

use super::block::{self, Extent, Page, Stamp, Verdict};
use super::checkpoint::Current;
use super::lines::{Format, Lines};
use super::window::Window;
use crate::exit::Failure;

/// Records per page: the most Voiso serves.
pub const PAGE_LIMIT: u32 = 1000;
/// How far a block reaches: offsets serve the first 10,000 records.
const REACH: u64 = voiso::MAX_CDR_OFFSET as u64;
/// A block whose first page disagrees with its probe is probed and read
/// again this many times before it is read by cursor.
const REREADS: u32 = 3;
/// Blocks probed ahead of the one being written.
const LOOKAHEAD: usize = 4;

/// A request the plan wants made.
pub enum Fetch {
    /// `PROBE` records of `[since, top)` from `offset`.
    Probe {
        id: u64,
        top: DateTime<Utc>,
        offset: u64,
    },
    /// Page `index` of `[since, top)`, by offset.
    Page {
        id: u64,
        top: DateTime<Utc>,
        index: usize,
    },
    /// A window's next page: of `[query_since, query_until)`, at `cursor`
    /// (or from the top).
    Window {
        id: u64,
        query_since: DateTime<Utc>,
        query_until: DateTime<Utc>,
        cursor: Option<String>,
    },
}

impl Fetch {
    pub fn key(&self) -> Key {
        match *self {
            Fetch::Probe { id, .. } => Key::Probe(id),
            Fetch::Page { id, index, .. } => Key::Page(id, index),
            Fetch::Window { id, .. } => Key::Window(id),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Key {
    Window(u64),
    Probe(u64),
    Page(u64, usize),
}

/// An answer: a block's page (or a probe) reduced to stamps and lines on
/// its task, or a window's page whole.
pub enum Got {
    Stamped(Page, Lines),
    Whole(voiso::CursorPage<voiso::Cdr>),
}

/// Why an export stopped early.
pub enum Stop {
    Api(voiso::Error),
    Local(Failure),
}

impl From<Failure> for Stop {
    fn from(failure: Failure) -> Self {
        Stop::Local(failure)
    }
}

/// Where a rerun goes on from after a page.
pub enum Resume {
    /// By this cursor, in the segment's query, down to its lower bound.
    At(Current),
    /// After the segment, which ends with this page.
    End,
    /// Nowhere a checkpoint can name (an offset page without a cursor):
    /// the checkpoint stays where it was until the block's last page.
    Unknown,
}

/// The next lines to write, in output order.
pub struct Ready {
    pub bytes: Vec<u8>,
    pub records: u64,
    pub resume: Resume,
    /// Where the rest of the range (after the segment) ends.
    pub rest_until: DateTime<Utc>,
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
    Planned { extent: Extent, records: Vec<Stamp> },
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

/// The head block's next step.
enum BlockStep {
    Wait,
    Done,
    Write(Ready),
    Again(Verdict),
}

pub struct Plan {
    since: DateTime<Utc>,
    parallel: usize,
    format: Format,
    segments: VecDeque<Segment>,
    next_id: u64,
    /// Requests of pages in flight (probes are not counted: 16 records).
    pages_in_flight: usize,
    probing: bool,
    /// The export said why it reads by cursor.
    said_why: bool,
    /// The first total the API gave, once, for the progress.
    total: Option<Option<u64>>,
    /// Warnings for the driver to print, in order.
    notes: Vec<String>,
}

impl Plan {
    /// The plan of `[since, ...)` with at most `parallel` pages in memory.
    pub fn new(since: DateTime<Utc>, parallel: usize, format: Format) -> Plan {
        Plan {
            since,
            parallel,
            format,
            segments: VecDeque::new(),
            next_id: 0,
            pages_in_flight: 0,
            probing: false,
            said_why: false,
            total: None,
            notes: Vec::new(),
        }
    }

    /// Nothing left to read or write.
    pub fn is_done(&self) -> bool {
        self.segments.is_empty()
    }

    /// The warnings since the last call.
    pub fn notes(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notes)
    }

    /// The first `metadata.total` of a block's probe, once: how many
    /// records to expect.
    pub fn learned_total(&mut self) -> Option<u64> {
        match &mut self.total {
            Some(total) => total.take(),
            None => None,
        }
    }

    /// Resumes a checkpoint's window.
    pub fn resume(&mut self, current: &Current) {
        self.push_window(
            current.query_since,
            current.query_until,
            current.keep_since,
            Some(current.cursor.clone()),
        );
        if let Some(Segment::Window(reading)) = self.segments.back_mut()
            && !current.ordered
        {
            reading.window.out_of_order();
        }
    }

    fn push_window(
        &mut self,
        query_since: DateTime<Utc>,
        query_until: DateTime<Utc>,
        keep_since: DateTime<Utc>,
        cursor: Option<String>,
    ) {
        self.next_id += 1;
        self.segments.push_back(Segment::Window(Reading {
            id: self.next_id,
            window: Window::new(query_since, query_until, keep_since, cursor),
            in_flight: false,
            ready: VecDeque::new(),
        }));
    }

    /// A block of `[since, top)`, which should hold `expected` records.
    pub fn push_block(&mut self, top: DateTime<Utc>, expected: Option<u64>, rereads: u32) {
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

    /// The next probe, then pages, in output order, while fewer than N
    /// pages are in flight or waiting to be written; each is marked in
    /// flight.
    pub fn fetches(&mut self) -> Vec<Fetch> {
        let mut fetches = Vec::new();
        if !self.probing
            && let Some(block) = self
                .segments
                .iter_mut()
                .take(LOOKAHEAD)
                .find_map(|s| match s {
                    Segment::Block(b) if matches!(b.probe, Probe::Wanted) => Some(b),
                    _ => None,
                })
        {
            block.probe = Probe::InFlight;
            self.probing = true;
            fetches.push(Fetch::Probe {
                id: block.id,
                top: block.top,
                offset: block.probe_at,
            });
        }
        let mut room = self
            .parallel
            .saturating_sub(self.pages_in_flight + self.buffered());
        for segment in &mut self.segments {
            if room == 0 {
                break;
            }
            match segment {
                Segment::Window(reading) => {
                    if !reading.in_flight && !reading.window.done {
                        reading.in_flight = true;
                        fetches.push(Fetch::Window {
                            id: reading.id,
                            query_since: reading.window.query_since,
                            query_until: reading.window.query_until,
                            cursor: reading.window.cursor.clone(),
                        });
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
                            fetches.push(Fetch::Page {
                                id: block.id,
                                top: block.top,
                                index,
                            });
                            room -= 1;
                        }
                    }
                }
            }
        }
        self.pages_in_flight += fetches
            .iter()
            .filter(|f| !matches!(f, Fetch::Probe { .. }))
            .count();
        fetches
    }

    /// A request that failed for good: the export stops, unless it was a
    /// probe past the end of a short range that the API refused (it may
    /// count such an offset as invalid), which is asked again from the top.
    pub fn refused(&mut self, key: Key, error: voiso::Error) -> Result<(), Stop> {
        let bad_request = error.status() == Some(voiso::StatusCode::BAD_REQUEST);
        match key {
            Key::Probe(id) if bad_request => {
                self.probing = false;
                match self.block_mut(id) {
                    Some(b) if b.probe_at > 0 => {
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

    fn block_mut(&mut self, id: u64) -> Option<&mut Block> {
        self.segments.iter_mut().find_map(|s| match s {
            Segment::Block(b) if b.id == id => Some(b),
            _ => None,
        })
    }

    /// A probe, a page, or a window's page (`None`: the request had
    /// nothing to give).
    pub fn arrived(&mut self, key: Key, got: Option<Got>) -> Result<(), Stop> {
        if !matches!(key, Key::Probe(_)) {
            self.pages_in_flight -= 1;
        }
        match (key, got) {
            (Key::Window(id), Some(Got::Whole(page))) => {
                self.window_page(id, page.items, page.next_cursor)?
            }
            (Key::Window(id), _) => self.window_page(id, Vec::new(), None)?,
            (Key::Page(id, index), got) => {
                let (page, lines) = match got {
                    Some(Got::Stamped(page, lines)) => (page, lines),
                    _ => (Page::default(), Lines::default()),
                };
                if let Some(block) = self.block_mut(id)
                    && let Some(slot @ Slot::InFlight) = block.pages.get_mut(index)
                {
                    *slot = Slot::Arrived(page, lines);
                }
            }
            (Key::Probe(id), got) => {
                self.probing = false;
                let page = match got {
                    Some(Got::Stamped(page, _)) => page,
                    _ => Page::default(),
                };
                self.planned(id, page);
            }
        }
        Ok(())
    }

    fn window_page(
        &mut self,
        id: u64,
        items: Vec<voiso::Cdr>,
        next_cursor: Option<String>,
    ) -> Result<(), Stop> {
        let Some(Segment::Window(reading)) = self
            .segments
            .iter_mut()
            .find(|s| matches!(s, Segment::Window(r) if r.id == id))
        else {
            return Ok(());
        };
        reading.in_flight = false;
        let window = &mut reading.window;
        let (records, ends) = window
            .take(items, next_cursor.as_deref(), &mut self.notes)
            .map_err(|e| Stop::Local(Failure::Failed(e)))?;
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
        let lines = Lines::of(&records, &self.format);
        let (bytes, count) = lines.first(records.len());
        reading.ready.push_back((bytes, count, resume));
        Ok(())
    }

    /// Block `id`'s probe: how many pages it has, and where the next one
    /// starts (queued at once, to be probed in turn).
    fn planned(&mut self, id: u64, probe: Page) {
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
        let extent = block::extent(&probe, block.probe_at, REACH);
        let (top, expected, rereads) = (block.top, block.expected, block.rereads);
        if let (Some(expected), Some(total)) = (expected, probe.total)
            && total < expected
        {
            self.notes.push(format!(
                "warning: the CDRs started before {} were {expected} by the count above them \
                 and are {total} now: records went away while the range was read, or the API \
                 filters times more coarsely than it reports them; the file may lack some there",
                top.to_rfc3339()
            ));
        }
        let (pages, next) = match extent {
            Extent::Inconsistent if rereads < REREADS => {
                self.segments.truncate(position);
                self.push_block(top, expected, rereads + 1);
                return;
            }
            Extent::Inconsistent => {
                let why = "the range kept changing while it was read";
                self.read_by_cursor(position, why, None, self.since, None);
                return;
            }
            Extent::NoTotal => {
                let why = "the API gives no metadata.total to check pages read at once against";
                self.read_by_cursor(position, why, None, self.since, None);
                return;
            }
            Extent::Understated { total, listed } => {
                let why = format!(
                    "metadata.total says {total} CDRs started before {}, but the API lists \
                     {listed} or more: the total (an inferred field) is no count there and the \
                     cursor wins",
                    top.to_rfc3339()
                );
                self.read_by_cursor(position, &why, None, self.since, None);
                return;
            }
            Extent::OneInstant { at } => {
                // More records of one instant than a block reaches: that
                // block is read by cursor down to it, the rest as before.
                self.segments.truncate(position);
                self.push_window(self.since, top, at, None);
                self.push_block(at, None, 0);
                return;
            }
            // At least one page, even of an empty range: only its cursor
            // can say the range ends.
            Extent::Last { total } => (pages_for(total).max(1), None),
            Extent::Cut {
                total,
                kept,
                keep_since,
            } => (pages_for(kept), Some((keep_since, total - kept))),
        };
        if self.total.is_none() {
            self.total = Some(probe.total);
        }
        block.pages.truncate(pages);
        block.pages.resize_with(pages, || Slot::Wanted);
        block.probe = Probe::Planned {
            extent,
            records: probe.items,
        };
        if let Some((keep_since, left)) = next
            && position + 1 == self.segments.len()
        {
            self.push_block(keep_since, Some(left), 0);
        }
    }

    /// What is ready at the front, in order (`None`: nothing yet).
    pub fn next_ready(&mut self) -> Result<Option<Ready>, Failure> {
        loop {
            match self.segments.front_mut() {
                None => return Ok(None),
                Some(Segment::Window(reading)) => match reading.ready.pop_front() {
                    Some((bytes, records, resume)) => {
                        return Ok(Some(Ready {
                            bytes,
                            records,
                            resume,
                            rest_until: reading.window.keep_since,
                        }));
                    }
                    None if reading.window.done && !reading.in_flight => {
                        self.segments.pop_front();
                    }
                    None => return Ok(None),
                },
                Some(Segment::Block(block)) => {
                    match next_of_block(block, self.since, &mut self.notes) {
                        BlockStep::Wait => return Ok(None),
                        BlockStep::Done => {
                            self.segments.pop_front();
                        }
                        BlockStep::Write(ready) => {
                            if let Resume::At(current) = &ready.resume
                                && block.written == block.pages.len()
                            {
                                // The cursor went on past the total: the
                                // rest of the range is read by it.
                                let (top, cursor) = (block.top, current.cursor.clone());
                                self.segments.pop_front();
                                self.push_front_window(top, cursor);
                            }
                            return Ok(Some(ready));
                        }
                        BlockStep::Again(why) => self.block_failed(why)?,
                    }
                }
            }
        }
    }

    /// A window of `[since, top)` from `cursor` to the end of the range,
    /// in place of the head block (which is the range's last).
    fn push_front_window(&mut self, top: DateTime<Utc>, cursor: String) {
        self.next_id += 1;
        self.segments.push_front(Segment::Window(Reading {
            id: self.next_id,
            window: Window::new(self.since, top, self.since, Some(cursor)),
            in_flight: false,
            ready: VecDeque::new(),
        }));
    }

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
                extent: Extent::Cut { keep_since, .. },
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
            Verdict::NoTotal
            | Verdict::Write { .. }
            | Verdict::GoesOn { .. }
            | Verdict::Ends { .. } => {
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
            self.notes.push(format!(
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

/// The head block's next page, checked.
fn next_of_block(block: &mut Block, since: DateTime<Utc>, notes: &mut Vec<String>) -> BlockStep {
    let Probe::Planned { extent, records } = &block.probe else {
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
    let verdict = block::check(
        &page,
        index as u64,
        u64::from(PAGE_LIMIT),
        extent,
        (records.as_slice(), block.probe_at),
        block
            .last_started
            .map(|at| (at, block.last_ties.as_slice())),
    );
    let rest_until = match extent {
        Extent::Cut { keep_since, .. } => *keep_since,
        _ => since,
    };
    let (count, cursor_wins) = match verdict {
        Verdict::Write { count } => (count, false),
        Verdict::GoesOn { count } | Verdict::Ends { count } => (count, true),
        other => return BlockStep::Again(other),
    };
    if cursor_wins && let Extent::Last { total } = extent {
        let listed = index as u64 * u64::from(PAGE_LIMIT) + count as u64;
        let (how, then) = if page.next_cursor.is_some() {
            (
                "goes on after",
                "the rest is read by cursor, one page at a time",
            )
        } else {
            ("ends after", "the export ends there")
        };
        notes.push(format!(
            "warning: metadata.total says {total} CDRs started before {}, but next_cursor {how} \
             {listed}: the total is an inferred field and the cursor wins; {then}",
            block.top.to_rfc3339()
        ));
        // Nothing of the block is read after this page.
        block.pages.truncate(index + 1);
    }
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
    let resume = match &page.next_cursor {
        Some(cursor) if block.written < block.pages.len() || cursor_wins => Resume::At(Current {
            query_since: since,
            query_until: block.top,
            keep_since: rest_until,
            cursor: cursor.clone(),
            ordered: true,
        }),
        _ if block.written == block.pages.len() => Resume::End,
        _ => Resume::Unknown,
    };
    block.last_cursor = page.next_cursor;
    let (bytes, records) = lines.first(count);
    BlockStep::Write(Ready {
        bytes,
        records,
        resume,
        rest_until,
    })
}

/// Pages of `records` records.
fn pages_for(records: u64) -> usize {
    records.div_ceil(u64::from(PAGE_LIMIT)) as usize
}
