//! The lead-import journal: one JSON line per event, appended and fsynced,
//! the file locked while a run holds it (the ideas of `crate::journal`, per
//! batch instead of per ID).
//!
//! - first, what the journal belongs to: `{"kind":"start","version":2,
//!   "campaign":"42","file":"leads.csv","file_hash":"…","rows":2507,
//!   "valid":2500,"batches":3,"batch_size":1000}`
//! - before a batch is sent: `{"kind":"sending","batch":1,"count":1000,"phones_hash":"…"}`
//! - after its answer: `{"kind":"result","batch":1,"count":1000,"phones_hash":"…",
//!   "created":[…],"rejected":[…],"duplicates":[…],"resent":false,"lost_reply":false}`
//!   (`lost_reply`: an earlier attempt's answer was lost, so its duplicates
//!   were created by this batch)
//! - or after an error: `{"kind":"failed","batch":1,"error":"…"}` (the batch
//!   may have gone through: it stays unfinished, and is resent, its
//!   duplicates counted as created), with `"certain":true` when it certainly
//!   did not (the key was refused): then it is sent as new
//!
//! A batch is its number *and* the hash of its phone numbers: a journal
//! whose batch holds other numbers than the file's batch of that number (a
//! changed file, or a CLI that batches differently) is refused on open, as
//! is one whose start counts differ from the file's. A journal of version 1
//! (no `version`, `leads` for `valid`, no `rows`) recorded the same phone
//! hashes, so it is accepted on the same checks, minus the row count.
//!
//! In memory a finished batch is only the place of its `result` line,
//! read again when the rerun reaches that batch: a million rows resumed
//! hold 1,000 small entries, not the journal's phone numbers (reading it on
//! open is `DurableLog`'s, once, then dropped).
//!
//! A torn last line (a crash mid-write) is ignored: a torn `sending` was
//! never followed by its request, a torn `result` leaves the batch unfinished.

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::durable::{self, DurableLog};

/// The journal format this CLI writes.
const VERSION: u32 = 2;

/// FNV-1a, 64 bits, in hex: enough to tell one file or batch from another
/// (`parse::Fnv` computes the same as bytes arrive).
#[cfg(test)]
pub fn hash<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut h = super::parse::Fnv::default();
    for part in parts {
        h.update(part);
        h.end_part();
    }
    h.hex()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Start {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
    pub campaign: String,
    pub file: String,
    pub file_hash: String,
    /// Records in the file (absent in version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<usize>,
    /// Rows to send (`leads` in version 1).
    #[serde(alias = "leads")]
    pub valid: usize,
    pub batches: usize,
    /// Leads a batch (absent in version 1, whose batches were 1,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<usize>,
}

impl Start {
    pub fn new(
        campaign: String,
        file: String,
        file_hash: String,
        rows: usize,
        valid: usize,
        batches: usize,
        batch_size: usize,
    ) -> Self {
        Start {
            version: Some(VERSION),
            campaign,
            file,
            file_hash,
            rows: Some(rows),
            valid,
            batches,
            batch_size: Some(batch_size),
        }
    }

    fn counts(&self) -> String {
        format!(
            "{} rows, {} valid, {} batches{}",
            self.rows.map_or("?".into(), |r| r.to_string()),
            self.valid,
            self.batches,
            self.batch_size
                .map(|s| format!(" of {s}"))
                .unwrap_or_default()
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BatchResult {
    pub batch: usize,
    pub count: usize,
    pub phones_hash: String,
    pub created: Vec<String>,
    pub rejected: Vec<String>,
    pub duplicates: Vec<String>,
    pub resent: bool,
    pub lost_reply: bool,
}

/// A batch's answer as kept in memory: the phone numbers of the few rows
/// that were not created. Created ones are "the rest" when the answer
/// accounts for every lead; only otherwise is their list kept.
#[derive(Debug, Clone)]
pub struct Finished {
    pub lost_reply: bool,
    pub rejected: HashSet<String>,
    pub duplicates: HashSet<String>,
    /// `Some` only when the answer did not account for every lead.
    pub created: Option<HashSet<String>>,
}

impl From<BatchResult> for Finished {
    fn from(r: BatchResult) -> Self {
        let whole = r.created.len() + r.rejected.len() + r.duplicates.len() == r.count;
        Finished {
            lost_reply: r.lost_reply,
            rejected: r.rejected.into_iter().collect(),
            duplicates: r.duplicates.into_iter().collect(),
            created: (!whole).then(|| r.created.into_iter().collect()),
        }
    }
}

/// What the answer said of one lead of a finished batch.
pub enum Said {
    Created,
    Rejected,
    Duplicate,
    Missing,
}

impl Finished {
    pub fn said(&self, phone: &str) -> Said {
        if self.rejected.contains(phone) {
            Said::Rejected
        } else if self.duplicates.contains(phone) {
            Said::Duplicate
        } else {
            match &self.created {
                Some(created) if !created.contains(phone) => Said::Missing,
                _ => Said::Created,
            }
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Line {
    Start(Start),
    Sending {
        batch: usize,
        count: usize,
        phones_hash: String,
    },
    Result(BatchResult),
    Failed {
        batch: usize,
        error: String,
        /// Certainly not acted on (e.g. the key was refused): sent afresh.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        certain: bool,
    },
}

/// Where a batch stands according to the journal.
#[derive(Debug)]
pub enum Status {
    /// Never sent.
    Fresh,
    /// Sent (or about to be) without an answer: it may have gone through.
    MaybeSent,
    Done(Finished),
}

#[derive(Debug)]
pub enum OpenError {
    Locked,
    /// The journal is another import's.
    Foreign(String),
    /// Its batch of this number holds other phone numbers than the file's.
    BatchChanged(usize),
    /// Its start counts are not the file's (journal's, file's).
    CountsChanged(String, String),
    Io(io::Error),
}

impl From<io::Error> for OpenError {
    fn from(error: io::Error) -> Self {
        OpenError::Io(error)
    }
}

/// Where a batch stands, as kept in memory: a finished batch is only the
/// place of its `result` line, read again when the batch comes up, so a
/// journal of a million rows is not held.
#[derive(Debug, Clone, Copy)]
enum Stand {
    Fresh,
    MaybeSent,
    /// Its `result` line starts at this byte of the journal.
    Done(u64),
}

struct Entry {
    /// The phone hash recorded for it (none if only a `failed` line).
    phones_hash: Option<String>,
    stand: Stand,
}

pub struct ImportJournal {
    log: DurableLog,
    path: PathBuf,
    /// The journal's length: where the next line starts.
    end: u64,
    batches: BTreeMap<usize, Entry>,
}

/// What opening found beside the batches.
pub struct Opened {
    pub journal: ImportJournal,
    /// Written by an older CLI (version 1).
    pub old: bool,
    /// The file's bytes differ from the journal's, in rows not yet sent.
    pub file_changed: bool,
}

impl ImportJournal {
    /// Opens (or creates) and locks the journal; refuses one that belongs
    /// to another campaign, whose counts differ from `start`'s, or whose
    /// batches hold other numbers than `phone_hashes` (the file's batches,
    /// in order).
    pub fn open(path: &Path, start: &Start, phone_hashes: &[&str]) -> Result<Opened, OpenError> {
        let (log, bytes) = DurableLog::open(path).map_err(|e| match e {
            durable::OpenError::Locked => OpenError::Locked,
            durable::OpenError::Io(e) => OpenError::Io(e),
        })?;
        let mut journal = Self {
            log,
            path: path.to_path_buf(),
            end: 0,
            batches: BTreeMap::new(),
        };
        let mut owner = None;
        let mut unreadable = false;
        let segments: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        let last = segments.len() - 1;
        let mut at = 0;
        for (i, line) in segments.into_iter().enumerate() {
            let start = at;
            at += line.len() as u64 + 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<Line>(line) {
                Ok(Line::Start(s)) => {
                    owner.get_or_insert(s);
                }
                Ok(line) => journal.apply(line, start),
                // Only the last line, torn by a crash, may be unreadable.
                Err(_) => unreadable |= i != last,
            }
        }
        drop(bytes);
        // Past a torn last line, `DurableLog` added a newline.
        journal.end = std::fs::metadata(path)?.len();
        let Some(owner) = owner else {
            if unreadable || !journal.batches.is_empty() {
                return Err(OpenError::Foreign("it is not a lead-import journal".into()));
            }
            journal.append(Line::Start(start.clone()))?;
            return Ok(Opened {
                journal,
                old: false,
                file_changed: false,
            });
        };
        if owner.campaign != start.campaign {
            return Err(OpenError::Foreign(format!(
                "it belongs to the import of {} into campaign {}",
                owner.file, owner.campaign
            )));
        }
        if owner.version.is_some_and(|v| v > VERSION) {
            return Err(OpenError::Foreign(format!(
                "it was written by a newer voiso (journal version {})",
                owner.version.unwrap_or_default()
            )));
        }
        for (&number, entry) in &journal.batches {
            let mine = phone_hashes.get(number.wrapping_sub(1));
            match (&entry.phones_hash, mine) {
                (Some(theirs), Some(mine)) if theirs == mine => {}
                (None, Some(_)) => {}
                _ => return Err(OpenError::BatchChanged(number)),
            }
        }
        let old = owner.version.is_none();
        let same_counts = owner.valid == start.valid
            && owner.batches == start.batches
            && owner.rows.is_none_or(|r| Some(r) == start.rows)
            && owner.batch_size.unwrap_or(voiso::MAX_LEADS) == start.batch_size.unwrap_or(0);
        if !same_counts {
            return Err(OpenError::CountsChanged(owner.counts(), start.counts()));
        }
        Ok(Opened {
            journal,
            old,
            file_changed: owner.file_hash != start.file_hash,
        })
    }

    /// Where `batch` stands; a finished batch's answer is read back from
    /// the journal.
    pub fn status(&self, batch: usize) -> io::Result<Status> {
        let at = match self.batches.get(&batch).map(|e| e.stand) {
            None | Some(Stand::Fresh) => return Ok(Status::Fresh),
            Some(Stand::MaybeSent) => return Ok(Status::MaybeSent),
            Some(Stand::Done(at)) => at,
        };
        let mut file = File::open(&self.path)?;
        file.seek(SeekFrom::Start(at))?;
        let mut line = Vec::new();
        BufReader::new(file).read_until(b'\n', &mut line)?;
        match serde_json::from_slice::<Line>(&line) {
            Ok(Line::Result(result)) if result.batch == batch => Ok(Status::Done(result.into())),
            _ => Err(io::Error::other(format!(
                "the journal changed under this run: no result of batch {batch} at byte {at}"
            ))),
        }
    }

    /// Durable on return: the batch may be sent.
    pub fn record_sending(
        &mut self,
        batch: usize,
        count: usize,
        phones_hash: &str,
    ) -> io::Result<()> {
        self.append(Line::Sending {
            batch,
            count,
            phones_hash: phones_hash.to_string(),
        })
    }

    pub fn record_result(&mut self, result: BatchResult) -> io::Result<()> {
        self.append(Line::Result(result))
    }

    pub fn record_failed(&mut self, batch: usize, error: &str, certain: bool) -> io::Result<()> {
        self.append(Line::Failed {
            batch,
            error: error.to_string(),
            certain,
        })
    }

    fn append(&mut self, line: Line) -> io::Result<()> {
        self.log.append(&line)?;
        let at = self.end;
        // The lock keeps every other writer out: the new end is ours.
        self.end = std::fs::metadata(&self.path)?.len();
        self.apply(line, at);
        Ok(())
    }

    /// Folds in `line`, which starts at byte `at` of the journal.
    fn apply(&mut self, line: Line, at: u64) {
        let (batch, hash, next) = match line {
            Line::Start(_) => return,
            Line::Failed {
                batch,
                certain: true,
                ..
            } => (batch, None, Stand::Fresh),
            Line::Failed { batch, .. } => (batch, None, Stand::MaybeSent),
            Line::Sending {
                batch, phones_hash, ..
            } => (batch, Some(phones_hash), Stand::MaybeSent),
            Line::Result(result) => (result.batch, Some(result.phones_hash), Stand::Done(at)),
        };
        let entry = self.batches.entry(batch).or_insert(Entry {
            phones_hash: None,
            stand: Stand::Fresh,
        });
        if hash.is_some() {
            entry.phones_hash = hash;
        }
        if matches!(next, Stand::Done(_)) || !matches!(entry.stand, Stand::Done(_)) {
            entry.stand = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;
    use std::io::Write;

    fn start(campaign: &str, file_hash: &str) -> Start {
        Start::new(
            campaign.into(),
            "leads.csv".into(),
            file_hash.into(),
            1507,
            1500,
            2,
            1000,
        )
    }

    fn result(batch: usize) -> BatchResult {
        BatchResult {
            batch,
            count: 1,
            phones_hash: "h".into(),
            created: vec!["4930".into()],
            rejected: vec![],
            duplicates: vec![],
            resent: false,
            lost_reply: false,
        }
    }

    fn open(path: &Path, start: &Start) -> Result<ImportJournal, OpenError> {
        ImportJournal::open(path, start, &["h", "h", "h"]).map(|o| o.journal)
    }

    #[test]
    fn resumes_per_batch_tolerates_a_torn_line_and_refuses_others() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.ndjson");
        let mine = start("42", "abc");
        {
            let mut j = open(&path, &mine).unwrap();
            assert!(matches!(open(&path, &mine), Err(OpenError::Locked)));
            j.record_sending(1, 1, "h").unwrap();
            j.record_result(result(1)).unwrap();
            j.record_sending(2, 1, "h").unwrap();
            // Read back from where it was written.
            match j.status(1).unwrap() {
                Status::Done(done) => assert!(matches!(done.said("4930"), Said::Created)),
                other => panic!("{other:?}"),
            }
            j.record_sending(3, 1, "h").unwrap();
            j.record_failed(3, "401", true).unwrap();
        }
        let mut raw = OpenOptions::new().append(true).open(&path).unwrap();
        raw.write_all(br#"{"kind":"result","batch":2,"cou"#)
            .unwrap();
        drop(raw);
        let j = open(&path, &mine).unwrap();
        assert!(matches!(j.status(1).unwrap(), Status::Done(_)));
        assert!(matches!(j.status(2).unwrap(), Status::MaybeSent));
        assert!(matches!(j.status(3).unwrap(), Status::Fresh));
        assert!(matches!(j.status(4).unwrap(), Status::Fresh));
        drop(j);
        assert!(matches!(
            open(&path, &start("43", "abc")),
            Err(OpenError::Foreign(_))
        ));
        // Another file with the same batches: its unsent rows changed.
        let other = ImportJournal::open(&path, &start("42", "abd"), &["h", "h", "h"]).unwrap();
        assert!(other.file_changed && !other.old);
        drop(other);
        // A batch already recorded now holds other numbers.
        assert!(matches!(
            ImportJournal::open(&path, &mine, &["h", "x", "h"]),
            Err(OpenError::BatchChanged(2))
        ));
        // Other counts: refused, though the batches sent match.
        let mut more = mine.clone();
        more.rows = Some(1508);
        assert!(matches!(
            open(&path, &more),
            Err(OpenError::CountsChanged(..))
        ));
        let retrigger = dir.path().join("retrigger.ndjson");
        std::fs::write(&retrigger, "{\"id\":\"x\",\"outcome\":\"retriggered\"}\n").unwrap();
        assert!(matches!(
            open(&retrigger, &mine),
            Err(OpenError::Foreign(_))
        ));
    }

    #[test]
    fn a_version_1_journal_is_accepted_when_its_batches_match() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.ndjson");
        let phones = hash([&b"4930"[..]]);
        std::fs::write(
            &path,
            format!(
                "{{\"kind\":\"start\",\"campaign\":\"42\",\"file\":\"leads.csv\",\"file_hash\":\"abc\",\"leads\":1500,\"batches\":2}}\n\
                 {{\"kind\":\"sending\",\"batch\":1,\"count\":1,\"phones_hash\":\"{phones}\"}}\n\
                 {{\"kind\":\"result\",\"batch\":1,\"count\":1,\"phones_hash\":\"{phones}\",\"created\":[\"4930\"],\"rejected\":[],\"duplicates\":[],\"resent\":false,\"lost_reply\":false}}\n"
            ),
        )
        .unwrap();
        let opened = ImportJournal::open(&path, &start("42", "abc"), &[&phones, "h"]).unwrap();
        assert!(opened.old && !opened.file_changed);
        match opened.journal.status(1).unwrap() {
            Status::Done(done) => assert!(matches!(done.said("4930"), Said::Created)),
            other => panic!("{other:?}"),
        }
        drop(opened);
        assert!(matches!(
            ImportJournal::open(&path, &start("42", "abc"), &["h", "h"]),
            Err(OpenError::BatchChanged(1))
        ));
    }
}
