//! The first pass over a lead file: every row checked, nothing kept but
//! counts, the numbers seen (8 bytes each, to find a number given twice)
//! and one line per batch of what the second pass will send.

use std::collections::HashSet;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use super::parse::{self, Fnv, Hashing, Rows};

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
    /// Numbers given more than once: the second pass reports each later
    /// row as a repeat of the first (these are few, unlike all numbers).
    pub repeated: HashSet<u64>,
}

/// Opens `path` for one pass: its rows, and the reader that hashes it.
pub fn open(path: &Path, ndjson_by_name: bool) -> Result<Rows<BufReader<Hashing<File>>>, String> {
    let file = File::open(path).map_err(|e| format!("cannot read it: {e}"))?;
    Rows::open(
        BufReader::with_capacity(64 * 1024, Hashing::new(file)),
        ndjson_by_name,
    )
}

/// Reads the whole file once; `Err` when it cannot be read as a whole.
pub fn plan(path: &Path, ndjson_by_name: bool, batch_size: usize) -> Result<Plan, String> {
    let mut rows = open(path, ndjson_by_name)?;
    let mut seen = HashSet::new();
    let mut repeated = HashSet::new();
    let mut plan = Plan {
        rows: 0,
        valid: 0,
        file_hash: String::new(),
        batches: Vec::new(),
        repeated: HashSet::new(),
    };
    let mut batch: Option<(BatchPlan, Fnv)> = None;
    while let Some(row) = rows.next_row()? {
        plan.rows += 1;
        if row.lead.is_err() {
            continue;
        }
        let key = parse::phone_key(&row.phone);
        if !seen.insert(key) {
            repeated.insert(key);
            continue;
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
    plan.repeated = repeated;
    Ok(plan)
}
