//! A page's records as output lines, formatted on its request's task, so
//! that the writer only copies bytes.

use std::sync::Arc;

use super::format;
use crate::args::ExportFormat;

/// Writes one record as a line (its own, in place of `format`'s): what
/// `cdrs sync` loads, or `--columns`' CSV. It runs on the request's task.
pub type Encoder = Arc<dyn Fn(&voiso::Cdr, &mut Vec<u8>) + Send + Sync>;

/// How records become lines: the format, and the types kept when more
/// than one was asked for (the API filters by one type only).
#[derive(Clone)]
pub struct Format {
    pub format: ExportFormat,
    pub types: Arc<[String]>,
    pub encode: Option<Encoder>,
}

#[derive(Default)]
pub struct Lines {
    bytes: Vec<u8>,
    /// Where each record's line ends in `bytes` (an empty line: a record
    /// of a type not asked for).
    ends: Vec<usize>,
}

impl Lines {
    pub fn of(records: &[voiso::Cdr], how: &Format) -> Lines {
        let mut lines = Lines {
            bytes: Vec::with_capacity(records.len() * 512),
            ends: Vec::with_capacity(records.len()),
        };
        for cdr in records {
            if how.types.is_empty() || how.types.contains(&cdr.type_) {
                match &how.encode {
                    Some(encode) => encode(cdr, &mut lines.bytes),
                    None => format::write_record(how.format, cdr, &mut lines.bytes),
                }
            }
            lines.ends.push(lines.bytes.len());
        }
        lines
    }

    /// The lines of the first `count` records, and how many are not empty.
    pub fn first(mut self, count: usize) -> (Vec<u8>, u64) {
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
