//! The export's checkpoint: which arguments it belongs to, how many bytes of
//! the output are final, and where the rest starts. Written atomically (a
//! temporary file, fsynced, renamed over the old one) after each page.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::args::{CdrType, ExportFormat};

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

/// A checkpoint: `bytes` of the output are final; after them come the rest
/// of `current` (if any), then every record of `[job.since, rest_until)`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Checkpoint {
    pub version: u32,
    pub job: Job,
    pub bytes: u64,
    pub records: u64,
    pub current: Option<Current>,
    pub rest_until: DateTime<Utc>,
}

pub const VERSION: u32 = 1;

impl Checkpoint {
    /// The checkpoint at `path`, `Ok(None)` when there is none yet.
    pub fn load(path: &Path) -> Result<Option<Checkpoint>, String> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(format!(
                    "cannot read the checkpoint {}: {e}",
                    path.display()
                ));
            }
        };
        let checkpoint: Checkpoint = serde_json::from_slice(&bytes).map_err(|e| {
            format!(
                "{} is not a checkpoint of `voiso cdrs export` ({e})",
                path.display()
            )
        })?;
        if checkpoint.version != VERSION {
            return Err(format!(
                "the checkpoint {} has version {}, this voiso writes {VERSION}",
                path.display(),
                checkpoint.version
            ));
        }
        Ok(Some(checkpoint))
    }

    /// Replaces the checkpoint at `path` with `self`, atomically.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        {
            let mut file = std::fs::File::create(&tmp)?;
            serde_json::to_writer(&mut file, self).map_err(std::io::Error::other)?;
            file.write_all(b"\n")?;
            file.sync_all()?;
        }
        std::fs::rename(&tmp, path)?;
        // The rename itself survives a crash once its directory is synced.
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}
