//! The bulk-retrigger journal: one JSON line per ID as its outcome is known,
//! appended and fsynced, so an interrupted run can be resumed without
//! retriggering anything twice.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What the journal says about one ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recorded {
    Retriggered,
    AlreadyPending,
    NotFound,
    Failed,
}

impl Recorded {
    /// Done means a rerun must not touch the ID again; a failed ID is retried.
    pub fn is_done(self) -> bool {
        !matches!(self, Recorded::Failed)
    }
}

#[derive(Serialize, Deserialize)]
struct Line {
    id: String,
    outcome: Recorded,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub struct Journal {
    path: PathBuf,
    file: File,
    /// The last outcome recorded for each ID, earlier runs included.
    known: BTreeMap<String, Recorded>,
}

impl Journal {
    /// Opens (or creates) the journal and reads what earlier runs recorded.
    /// A torn last line (a crash mid-write) is ignored: its ID is simply not
    /// known to be done.
    pub fn open(path: &Path) -> io::Result<Self> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e),
        };
        let mut known = BTreeMap::new();
        for line in bytes.split(|&b| b == b'\n') {
            // A torn or unreadable line proves nothing about its ID.
            if let Ok(entry) = serde_json::from_slice::<Line>(line) {
                known.insert(entry.id, entry.outcome);
            }
        }
        let ends_mid_line = bytes.last().is_some_and(|&b| b != b'\n');
        let mut file = OpenOptions::new().create(true).append(true).open(path)?;
        if ends_mid_line {
            // A crash (or an editor) left no newline after the last record:
            // start the next one on a line of its own, or both are lost.
            file.write_all(b"\n")?;
        }
        Ok(Self {
            path: path.to_path_buf(),
            file,
            known,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether an earlier run finished this ID.
    pub fn is_done(&self, id: &str) -> bool {
        self.known.get(id).is_some_and(|r| r.is_done())
    }

    /// Appends one outcome and makes it durable before returning.
    pub fn record(&mut self, id: &str, outcome: Recorded, error: Option<&str>) -> io::Result<()> {
        let mut line = serde_json::to_vec(&Line {
            id: id.to_string(),
            outcome,
            error: error.map(str::to_string),
        })
        .map_err(io::Error::other)?;
        line.push(b'\n');
        self.file.write_all(&line)?;
        self.file.sync_data()?;
        self.known.insert(id.to_string(), outcome);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resumes_from_what_was_recorded_and_survives_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.ndjson");
        {
            let mut journal = Journal::open(&path).unwrap();
            journal.record("a", Recorded::Retriggered, None).unwrap();
            journal
                .record("b", Recorded::Failed, Some("server error 503"))
                .unwrap();
            journal.record("c", Recorded::AlreadyPending, None).unwrap();
        }
        // A crash in the middle of writing d's line.
        let mut raw = OpenOptions::new().append(true).open(&path).unwrap();
        raw.write_all(br#"{"id":"d","outc"#).unwrap();
        drop(raw);

        let mut journal = Journal::open(&path).unwrap();
        assert!(journal.is_done("a") && journal.is_done("c"));
        assert!(!journal.is_done("b"), "failed IDs are retried");
        assert!(!journal.is_done("d"), "a torn line proves nothing");
        journal.record("b", Recorded::Retriggered, None).unwrap();
        journal.record("d", Recorded::NotFound, None).unwrap();

        let journal = Journal::open(&path).unwrap();
        assert!(["a", "b", "c", "d"].iter().all(|id| journal.is_done(id)));
    }

    #[test]
    fn a_complete_last_record_without_its_newline_is_kept_apart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.ndjson");
        std::fs::write(&path, br#"{"id":"x","outcome":"retriggered"}"#).unwrap();
        let mut journal = Journal::open(&path).unwrap();
        assert!(journal.is_done("x"));
        journal.record("y", Recorded::Retriggered, None).unwrap();
        let journal = Journal::open(&path).unwrap();
        assert!(
            journal.is_done("x") && journal.is_done("y"),
            "a record was glued to x"
        );
    }
}
