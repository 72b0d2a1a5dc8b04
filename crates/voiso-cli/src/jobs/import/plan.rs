//! The first pass over a lead file: every row checked, nothing kept but
//! counts, one 64-bit key per valid row (sorted afterwards to find numbers
//! given twice: 8 bytes a row, the only memory that grows with the file)
//! and one line per batch of what the second pass will send.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use super::parse::{self, Fnv, Hashing, Options, Row, Rows};

/// One batch as the file defines it.
#[derive(Debug, Clone)]
pub struct BatchPlan {
    /// Leads in it.
    pub count: usize,
    pub first_line: usize,
    pub last_line: usize,
    /// `journal::hash` of its phone numbers, in file order.
    pub phones_hash: String,
}

#[derive(Debug)]
pub struct Plan {
    /// Records in the file (a CSV header is not one).
    pub rows: usize,
    /// Rows that will be sent.
    pub valid: usize,
    /// `journal::hash` of the file's bytes.
    pub file_hash: String,
    pub batches: Vec<BatchPlan>,
    /// Numbers given more than once: the row of each after the first is
    /// reported as a repeat (these are few, unlike all numbers).
    pub repeated: HashSet<u64>,
    /// The CSV delimiter read (`None`: NDJSON).
    pub delimiter: Option<u8>,
}

/// Opens `path` for one pass: its rows, and the reader that hashes it.
pub fn open(path: &Path, opts: &Options) -> Result<Rows<BufReader<Hashing<File>>>, String> {
    let file = File::open(path).map_err(|e| format!("cannot read it: {e}"))?;
    Rows::open(
        BufReader::with_capacity(64 * 1024, Hashing::new(file)),
        opts,
    )
}

/// Tells a number's first row from its repeats, remembering only the
/// numbers known to repeat.
pub struct Repeats<'a> {
    repeated: &'a HashSet<u64>,
    first: HashMap<u64, usize>,
}

impl<'a> Repeats<'a> {
    pub fn new(repeated: &'a HashSet<u64>) -> Self {
        Self {
            repeated,
            first: HashMap::new(),
        }
    }

    /// `Some(first line)` when the number of `row`, a valid row, came
    /// earlier.
    pub fn earlier(&mut self, row: &Row) -> Option<usize> {
        let key = parse::phone_key(&row.phone);
        if !self.repeated.contains(&key) {
            return None;
        }
        match self.first.get(&key) {
            Some(&line) => Some(line),
            None => {
                self.first.insert(key, row.line);
                None
            }
        }
    }
}

/// Reads the whole file (twice when a number repeats); `Err` when it
/// cannot be read as a whole.
pub fn plan(path: &Path, opts: &Options, batch_size: usize) -> Result<Plan, String> {
    let mut keys = Vec::new();
    let none = HashSet::new();
    let mut plan = read(path, opts, batch_size, &none, Some(&mut keys))?;
    keys.sort_unstable();
    let repeated: HashSet<u64> = keys
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    drop(keys);
    if !repeated.is_empty() {
        // The batches without the repeats.
        plan = read(path, opts, batch_size, &repeated, None)?;
        plan.repeated = repeated;
    }
    Ok(plan)
}

fn read(
    path: &Path,
    opts: &Options,
    batch_size: usize,
    repeated: &HashSet<u64>,
    mut keys: Option<&mut Vec<u64>>,
) -> Result<Plan, String> {
    let mut rows = open(path, opts)?;
    let mut repeats = Repeats::new(repeated);
    let mut plan = Plan {
        rows: 0,
        valid: 0,
        file_hash: String::new(),
        batches: Vec::new(),
        repeated: HashSet::new(),
        delimiter: rows.delimiter(),
    };
    let mut batch: Option<(BatchPlan, Fnv)> = None;
    while let Some(row) = rows.next_row()? {
        plan.rows += 1;
        if row.lead.is_err() || repeats.earlier(&row).is_some() {
            continue;
        }
        if let Some(keys) = &mut keys {
            keys.push(parse::phone_key(&row.phone));
        }
        plan.valid += 1;
        let (current, fnv) = batch.get_or_insert_with(|| {
            (
                BatchPlan {
                    count: 0,
                    first_line: row.line,
                    last_line: row.line,
                    phones_hash: String::new(),
                },
                Fnv::default(),
            )
        });
        current.count += 1;
        current.last_line = row.line;
        fnv.update(row.phone.as_bytes());
        fnv.end_part();
        if current.count == batch_size
            && let Some((mut done, fnv)) = batch.take()
        {
            done.phones_hash = fnv.hex();
            plan.batches.push(done);
        }
    }
    if let Some((mut done, fnv)) = batch.take() {
        done.phones_hash = fnv.hex();
        plan.batches.push(done);
    }
    let mut file = rows.into_inner().into_inner().fnv;
    file.end_part();
    plan.file_hash = file.hex();
    Ok(plan)
}
