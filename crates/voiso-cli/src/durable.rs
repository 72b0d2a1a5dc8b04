//! An append-only NDJSON file that survives a crash: locked for one run at
//! a time, its name fsynced when created, every record fsynced before the
//! caller goes on, and a torn last line (a crash mid-write) set apart so
//! the next record starts on a line of its own. The bulk-retrigger and
//! lead-import journals are both built on it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Write};
use std::path::Path;

use serde::Serialize;

/// Why a log could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// Another run holds its lock.
    Locked,
    Io(io::Error),
}

impl From<io::Error> for OpenError {
    fn from(error: io::Error) -> Self {
        OpenError::Io(error)
    }
}

/// An open, locked log (the lock goes with the value).
pub struct DurableLog {
    file: File,
}

impl DurableLog {
    /// Opens (or creates) and locks the log, and returns what earlier runs
    /// wrote, read under the lock.
    pub fn open(path: &Path) -> Result<(DurableLog, Vec<u8>), OpenError> {
        let (mut file, created) = match OpenOptions::new()
            .read(true)
            .append(true)
            .create_new(true)
            .open(path)
        {
            Ok(file) => (file, true),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => (
                OpenOptions::new().read(true).append(true).open(path)?,
                false,
            ),
            Err(e) => return Err(e.into()),
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(OpenError::Locked),
            Err(TryLockError::Error(e)) => return Err(e.into()),
        }
        if created {
            // The file's name must survive a crash too, not only its lines.
            sync_parent(path)?;
        }
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        if bytes.last().is_some_and(|&b| b != b'\n') {
            // A crash (or an editor) left no newline after the last record:
            // start the next one on a line of its own, or both are lost.
            file.write_all(b"\n")?;
            file.sync_data()?;
        }
        Ok((DurableLog { file }, bytes))
    }

    /// Appends bytes (whole lines) and makes them durable before returning:
    /// one fsync for many records.
    #[cfg_attr(not(feature = "listen"), allow(dead_code))]
    pub fn append_bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file.write_all(bytes)?;
        self.file.sync_data()
    }

    /// Appends one record and makes it durable before returning.
    pub fn append<T: Serialize>(&mut self, record: &T) -> io::Result<()> {
        let mut bytes = serde_json::to_vec(record).map_err(io::Error::other)?;
        bytes.push(b'\n');
        self.file.write_all(&bytes)?;
        self.file.sync_data()
    }
}

pub fn sync_parent(path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    File::open(dir)?.sync_all()
}
