//! The parts of the range the plan holds, in output order, and what the
//! head block's next page means: written, or read again, or read on by
//! cursor; on the range's last block, its cursor has the last word.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};

use super::block::{self, Extent, Page, Stamp, Verdict};
use super::checkpoint::Current;
use super::lines::Lines;
use super::plan::PAGE_LIMIT;
use super::requests::{Ready, Resume};
use super::window::Window;

/// Part of the range, in output order: a block, or a window read by
/// cursor where a block could not be trusted (or a checkpoint resumes).
pub enum Segment {
    Block(Block),
    Window(Reading),
}

pub struct Reading {
    pub id: u64,
    pub window: Window,
    pub in_flight: bool,
    /// Pages fetched, as lines, with their record count and resume point.
    pub ready: VecDeque<(Vec<u8>, u64, Resume)>,
}

pub enum Probe {
    Wanted,
    InFlight,
    Planned { extent: Extent, records: Vec<Stamp> },
}

pub enum Slot {
    Wanted,
    InFlight,
    Arrived(Page, Lines),
    Written,
}

/// The first records of `[since, top)`, read as pages by offset.
pub struct Block {
    pub id: u64,
    pub top: DateTime<Utc>,
    /// Records the block before says `[since, top)` holds.
    pub expected: Option<u64>,
    pub probe: Probe,
    /// Where its probe starts: the end of its reach, or the top when the
    /// API refused that offset.
    pub probe_at: u64,
    /// Its pages by offset: as many as the probe says (until it does, as
    /// many as `expected` fills).
    pub pages: Vec<Slot>,
    pub written: usize,
    /// The start of the last record written, and the cursor after it.
    pub last_started: Option<DateTime<Utc>>,
    /// The IDs of the records written that started then.
    pub last_ties: Vec<u64>,
    pub last_cursor: Option<String>,
    pub rereads: u32,
}

impl Block {
    pub fn arrived(&self) -> usize {
        self.pages
            .iter()
            .filter(|s| matches!(s, Slot::Arrived(..)))
            .count()
    }
}

/// The head block's next step.
pub enum BlockStep {
    Wait,
    Done,
    Write(Ready),
    Again(Verdict),
}

/// The head block's next page, checked.
pub fn next_of_block(
    block: &mut Block,
    since: DateTime<Utc>,
    notes: &mut Vec<String>,
) -> BlockStep {
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
