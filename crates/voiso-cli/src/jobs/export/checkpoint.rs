//! The export's checkpoint: which arguments and window it belongs to, how
//! many bytes of the partial output are final, and where the rest starts.
//!
//! It is a log, like the journals (`durable.rs`): locked while a run holds
//! it, one line of the whole state appended and fsynced after each page,
//! the last whole line the one that counts (a crash may tear the one after
//! it). A version 1 checkpoint, one line rewritten in place, is such a log.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::args::{CdrType, ExportFormat};
use crate::durable::{DurableLog, OpenError};
use crate::exit::Failure;

/// What a checkpoint belongs to: a rerun must give the same.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    /// `--since` as typed, and the instant it meant on the first run.
    pub since_arg: String,
    pub since: DateTime<Utc>,
    /// `--until` as typed (`None`: now), and the instant it meant.
    pub until_arg: Option<String>,
    pub until: DateTime<Utc>,
    pub types: Vec<CdrType>,
    pub output: ExportFormat,
    pub out: PathBuf,
    /// `--columns` (empty: the default CSV).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
}

impl Job {
    /// The arguments of `self` (this run) that differ from `saved`'s. A
    /// relative time (`24h`, or no `--until`) typed the same way is the
    /// same: a rerun takes the saved instant.
    pub fn differences(&self, saved: &Job) -> Vec<&'static str> {
        let mut differ = Vec::new();
        if self.since_arg != saved.since_arg && self.since != saved.since {
            differ.push("--since");
        }
        if self.until_arg != saved.until_arg && self.until != saved.until {
            differ.push("--until");
        }
        if self.types != saved.types {
            differ.push("--type");
        }
        if self.output != saved.output {
            differ.push("--output");
        }
        if self.out != saved.out {
            differ.push("--out");
        }
        if self.columns != saved.columns {
            differ.push("--columns");
        }
        differ
    }
}

/// The window whose pages are being written: its query, the lower bound
/// of what it still writes (records below are another window's), and the
/// cursor of its next page.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Current {
    pub query_since: DateTime<Utc>,
    pub query_until: DateTime<Utc>,
    pub keep_since: DateTime<Utc>,
    pub cursor: String,
    /// The window has seen records out of order, so it reads to its last
    /// page rather than stopping below `keep_since` (absent in older
    /// checkpoints: in order).
    #[serde(default = "in_order")]
    pub ordered: bool,
}

fn in_order() -> bool {
    true
}

/// A checkpoint: `bytes` of the partial output are final; after them come
/// the rest of `current` (if any), then every record of
/// `[job.since, rest_until)`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Checkpoint {
    pub version: u32,
    pub job: Job,
    pub bytes: u64,
    pub records: u64,
    pub current: Option<Current>,
    pub rest_until: DateTime<Utc>,
    /// The file the records go to until the export completes, then renamed
    /// to `job.out` (absent in version 1, which wrote `job.out` itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial: Option<PathBuf>,
}

pub const VERSION: u32 = 2;

impl Checkpoint {
    /// Every record of the window is written.
    pub fn is_complete(&self) -> bool {
        self.current.is_none() && self.rest_until <= self.job.since
    }
}

/// An open, locked checkpoint.
pub struct CheckpointLog {
    log: DurableLog,
    path: PathBuf,
}

impl CheckpointLog {
    /// Opens (or creates) and locks the checkpoint at `path`, with the
    /// state it holds (`None`: a new one).
    pub fn open(path: &Path) -> Result<(CheckpointLog, Option<Checkpoint>), Failure> {
        let (log, bytes) = DurableLog::open(path).map_err(|e| match e {
            OpenError::Locked => Failure::Usage(format!(
                "another run holds the checkpoint {}: wait for it to finish (or stop it), or \
                 give this export another checkpoint",
                path.display()
            )),
            OpenError::Io(e) => Failure::Failed(format!(
                "cannot open the checkpoint {}: {e}",
                path.display()
            )),
        })?;
        let saved = last_state(&bytes).map_err(|e| {
            Failure::Usage(format!(
                "{} is not a checkpoint of `voiso cdrs export` ({e})",
                path.display()
            ))
        })?;
        if let Some(saved) = &saved
            && !(1..=VERSION).contains(&saved.version)
        {
            return Err(Failure::Usage(format!(
                "the checkpoint {} has version {}, this voiso reads 1 to {VERSION}",
                path.display(),
                saved.version
            )));
        }
        let log = CheckpointLog {
            log,
            path: path.to_owned(),
        };
        Ok((log, saved))
    }

    /// Records `state`, durably, before returning.
    pub fn record(&mut self, state: &Checkpoint) -> Result<(), Failure> {
        self.log.append(state).map_err(|e| {
            Failure::Failed(format!(
                "cannot write the checkpoint {}: {e}",
                self.path.display()
            ))
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The last whole line of a checkpoint's log. A line that does not parse
/// is a torn write only at the end; anywhere else the file is something
/// else.
fn last_state(bytes: &[u8]) -> Result<Option<Checkpoint>, String> {
    let lines: Vec<&[u8]> = bytes
        .split(|&b| b == b'\n')
        .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
        .collect();
    let Some((last, before)) = lines.split_last() else {
        return Ok(None);
    };
    match serde_json::from_slice(last) {
        Ok(state) => Ok(Some(state)),
        Err(torn) => match before.last() {
            Some(line) => serde_json::from_slice(line)
                .map(Some)
                .map_err(|e| e.to_string()),
            None => Err(torn.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(bytes: u64) -> Checkpoint {
        let at = "2026-03-15T10:00:00Z".parse().unwrap();
        Checkpoint {
            version: VERSION,
            job: Job {
                since_arg: "24h".into(),
                since: at,
                until_arg: None,
                until: at,
                types: Vec::new(),
                output: ExportFormat::Ndjson,
                out: "out.ndjson".into(),
                columns: Vec::new(),
            },
            bytes,
            records: 0,
            current: None,
            rest_until: at,
            partial: Some("out.ndjson.partial".into()),
        }
    }

    #[test]
    fn the_last_whole_line_counts() {
        let mut log = Vec::new();
        for bytes in [0, 10, 20] {
            log.extend(serde_json::to_vec(&state(bytes)).unwrap());
            log.push(b'\n');
        }
        assert_eq!(last_state(&log).unwrap().unwrap().bytes, 20);
        // A crash tore the next line, and the reopened log set it apart.
        log.extend_from_slice(b"{\"version\":2,\"jo\n");
        assert_eq!(last_state(&log).unwrap().unwrap().bytes, 20);
        assert!(last_state(b"").unwrap().is_none());
        assert!(last_state(b"id,type\r\n1,call\r\n").is_err());
    }

    #[test]
    fn a_version_1_checkpoint_reads_as_a_log_of_one_line() {
        let mut v1 = serde_json::to_value(state(7)).unwrap();
        v1["version"] = 1.into();
        v1.as_object_mut().unwrap().remove("partial");
        let saved = last_state(format!("{v1}\n").as_bytes()).unwrap().unwrap();
        assert_eq!((saved.version, saved.bytes, saved.partial), (1, 7, None));
    }

    #[test]
    fn a_second_run_is_refused_while_the_first_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ckpt");
        let (_held, _) = CheckpointLog::open(&path).unwrap();
        match CheckpointLog::open(&path) {
            Err(Failure::Usage(message)) => assert!(message.contains("another run"), "{message}"),
            other => panic!("opened twice: {:?}", other.map(|_| ())),
        }
    }
}
