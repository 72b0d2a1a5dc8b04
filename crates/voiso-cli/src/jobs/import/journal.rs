//! The lead-import journal: one JSON line per event, appended and fsynced,
//! the file locked while a run holds it (the ideas of `crate::journal`, per
//! batch instead of per ID).
//!
//! - first, what the journal belongs to:
//!   `{"kind":"start","campaign":"42","file":"leads.csv","file_hash":"…","leads":2500,"batches":3}`
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
//! A torn last line (a crash mid-write) is ignored: a torn `sending` was
//! never followed by its request, a torn `result` leaves the batch unfinished.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::durable::{self, DurableLog};

/// FNV-1a, 64 bits, in hex: enough to tell one file or batch from another.
pub fn hash<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.iter().chain(&[0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Start {
    pub campaign: String,
    pub file: String,
    pub file_hash: String,
    pub leads: usize,
    pub batches: usize,
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
#[derive(Debug, Clone)]
pub enum Status {
    /// Never sent.
    Fresh,
    /// Sent (or about to be) without an answer: it may have gone through.
    MaybeSent,
    Done(BatchResult),
}

#[derive(Debug)]
pub enum OpenError {
    Locked,
    /// The journal is another import's.
    Foreign(String),
    Io(io::Error),
}

impl From<io::Error> for OpenError {
    fn from(error: io::Error) -> Self {
        OpenError::Io(error)
    }
}

pub struct ImportJournal {
    log: DurableLog,
    batches: BTreeMap<usize, Status>,
}

impl ImportJournal {
    /// Opens (or creates) and locks the journal; refuses one that belongs
    /// to another file or campaign.
    pub fn open(path: &Path, start: &Start) -> Result<Self, OpenError> {
        let (log, bytes) = DurableLog::open(path).map_err(|e| match e {
            durable::OpenError::Locked => OpenError::Locked,
            durable::OpenError::Io(e) => OpenError::Io(e),
        })?;
        let mut journal = Self {
            log,
            batches: BTreeMap::new(),
        };
        let mut owner = None;
        let mut unreadable = false;
        let segments: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        let last = segments.len() - 1;
        for (i, line) in segments.into_iter().enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<Line>(line) {
                Ok(Line::Start(s)) => {
                    owner.get_or_insert(s);
                }
                Ok(line) => journal.apply(line),
                // Only the last line, torn by a crash, may be unreadable.
                Err(_) => unreadable |= i != last,
            }
        }
        match &owner {
            Some(owner)
                if owner.campaign != start.campaign || owner.file_hash != start.file_hash =>
            {
                return Err(OpenError::Foreign(format!(
                    "it belongs to the import of {} (with other content, or into another campaign: {})",
                    owner.file, owner.campaign
                )));
            }
            Some(_) => {}
            None if unreadable || !journal.batches.is_empty() => {
                return Err(OpenError::Foreign("it is not a lead-import journal".into()));
            }
            None => {}
        }
        if owner.is_none() {
            journal.append(Line::Start(start.clone()))?;
        }
        Ok(journal)
    }

    pub fn status(&self, batch: usize) -> Status {
        self.batches.get(&batch).cloned().unwrap_or(Status::Fresh)
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
        self.apply(line);
        Ok(())
    }

    fn apply(&mut self, line: Line) {
        match line {
            Line::Start(_) => {}
            Line::Failed {
                batch,
                certain: true,
                ..
            } => {
                let status = self.batches.entry(batch).or_insert(Status::Fresh);
                if !matches!(status, Status::Done(_)) {
                    *status = Status::Fresh;
                }
            }
            Line::Sending { batch, .. } | Line::Failed { batch, .. } => {
                let status = self.batches.entry(batch).or_insert(Status::Fresh);
                if !matches!(status, Status::Done(_)) {
                    *status = Status::MaybeSent;
                }
            }
            Line::Result(result) => {
                self.batches.insert(result.batch, Status::Done(result));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;
    use std::io::Write;

    fn start(campaign: &str, file_hash: &str) -> Start {
        Start {
            campaign: campaign.into(),
            file: "leads.csv".into(),
            file_hash: file_hash.into(),
            leads: 1500,
            batches: 2,
        }
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

    #[test]
    fn resumes_per_batch_tolerates_a_torn_line_and_refuses_others() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.ndjson");
        let mine = start("42", "abc");
        {
            let mut j = ImportJournal::open(&path, &mine).unwrap();
            assert!(matches!(
                ImportJournal::open(&path, &mine),
                Err(OpenError::Locked)
            ));
            j.record_sending(1, 1, "h").unwrap();
            j.record_result(result(1)).unwrap();
            j.record_sending(2, 1, "h").unwrap();
            j.record_sending(3, 1, "h").unwrap();
            j.record_failed(3, "401", true).unwrap();
        }
        let mut raw = OpenOptions::new().append(true).open(&path).unwrap();
        raw.write_all(br#"{"kind":"result","batch":2,"cou"#)
            .unwrap();
        drop(raw);
        let j = ImportJournal::open(&path, &mine).unwrap();
        assert!(matches!(j.status(1), Status::Done(_)));
        assert!(matches!(j.status(2), Status::MaybeSent));
        assert!(matches!(j.status(3), Status::Fresh));
        assert!(matches!(j.status(4), Status::Fresh));
        drop(j);
        for other in [start("43", "abc"), start("42", "abd")] {
            assert!(matches!(
                ImportJournal::open(&path, &other),
                Err(OpenError::Foreign(_))
            ));
        }
        let retrigger = dir.path().join("retrigger.ndjson");
        std::fs::write(&retrigger, "{\"id\":\"x\",\"outcome\":\"retriggered\"}\n").unwrap();
        assert!(matches!(
            ImportJournal::open(&retrigger, &mine),
            Err(OpenError::Foreign(_))
        ));
    }
}
