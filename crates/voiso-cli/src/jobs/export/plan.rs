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

use super::block::{self, Extent, Page, Verdict};
use super::checkpoint::Current;
use super::lines::{Format, Lines};
use super::requests::{Fetch, Got, Key, Ready, Resume, Stop};
use super::segment::{Block, BlockStep, Probe, Reading, Segment, Slot, next_of_block};
use super::window::Window;
use crate::exit::Failure;

/// Records per page: the most Voiso serves.
pub const PAGE_LIMIT: u32 = voiso::MAX_CDR_LIMIT;
/// How far a block reaches: offsets serve the first 10,000 records.
const REACH: u64 = voiso::MAX_CDR_OFFSET as u64;
/// A block whose first page disagrees with its probe is probed and read
/// again this many times before it is read by cursor.
const REREADS: u32 = 3;
/// Blocks probed ahead of the one being written.
const LOOKAHEAD: usize = 4;

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
                 checkpoint (and its partial file) and export again"
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

/// Pages of `records` records.
fn pages_for(records: u64) -> usize {
    records.div_ceil(u64::from(PAGE_LIMIT)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::ExportFormat;
    use block::Stamp;

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-03-15T10:{minute:02}:00Z").parse().unwrap()
    }

    /// A page of records started at `minutes`, of a query whose total is 2.
    fn page(minutes: &[u32], next_cursor: Option<&str>) -> Option<Got> {
        let items = minutes
            .iter()
            .map(|&m| Stamp {
                started_at: at(m),
                id: u64::from(m),
            })
            .collect();
        let page = Page {
            items,
            next_cursor: next_cursor.map(String::from),
            total: Some(2),
        };
        Some(Got::Stamped(page, Lines::default()))
    }

    /// A plan of one block, whose probe says the range ends after 2
    /// records, and whose only page came back with `next_cursor`.
    fn planned(next_cursor: Option<&str>) -> Plan {
        let format = Format {
            encode: None,
            format: ExportFormat::Ndjson,
            types: Vec::new().into(),
        };
        let mut plan = Plan::new(at(0), 4, format);
        plan.push_block(at(59), None, 0);
        let fetches = plan.fetches();
        assert!(matches!(
            &fetches[..],
            [
                Fetch::Probe { offset: 9984, .. },
                Fetch::Page { index: 0, .. }
            ]
        ));
        plan.arrived(Key::Probe(1), page(&[], None)).ok().unwrap();
        plan.arrived(Key::Page(1, 0), page(&[50, 40], next_cursor))
            .ok()
            .unwrap();
        plan
    }

    #[test]
    fn a_range_ends_where_total_and_cursor_agree() {
        let mut plan = planned(None);
        let ready = plan.next_ready().unwrap().unwrap();
        assert!(matches!(ready.resume, Resume::End));
        assert!(plan.next_ready().unwrap().is_none());
        assert!(plan.is_done() && plan.notes().is_empty());
    }

    #[test]
    fn a_cursor_going_on_past_the_total_is_followed() {
        let mut plan = planned(Some("c"));
        let ready = plan.next_ready().unwrap().unwrap();
        assert!(matches!(&ready.resume, Resume::At(current) if current.cursor == "c"));
        assert!(plan.notes()[0].contains("the cursor wins"));
        assert!(!plan.is_done());
        assert!(matches!(
            &plan.fetches()[..],
            [Fetch::Window { cursor: Some(c), query_since, .. }] if c == "c" && *query_since == at(0)
        ));
    }
}
