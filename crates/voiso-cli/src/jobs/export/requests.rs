//! What the plan (`plan.rs`) and the driver (`driver.rs`) hand each
//! other: the requests the plan wants made, their answers, and the lines
//! it has ready to write.

use chrono::{DateTime, Utc};

use super::block::Page;
use super::checkpoint::Current;
use super::lines::Lines;
use crate::exit::Failure;

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
