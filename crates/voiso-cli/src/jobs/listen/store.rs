//! The listener's file: one stored event a line, each made durable before
//! its request is answered, and each dedup key stored once, also across
//! restarts (the keys are rebuilt from the file on start).
//!
//! One writer thread owns the file. Requests queue their line; the writer
//! takes everything queued, writes it and fsyncs once (a group commit),
//! then answers each: under load one fsync covers many events, so
//! durability per event costs little throughput.

use std::collections::HashSet;
use std::io;
use std::path::Path;

use tokio::sync::{mpsc, oneshot};
use voiso::events::DedupKey;

use crate::durable::{DurableLog, OpenError};

/// The most lines one fsync covers: enough to amortise it, few enough
/// that the first request of a batch is not kept waiting.
const MAX_BATCH: usize = 512;

/// What became of an event handed to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Written and fsynced now.
    New,
    /// Its key was already stored: nothing written.
    Duplicate,
}

/// Why a file cannot be the listener's store (exit 2).
#[derive(Debug)]
pub enum StoreError {
    /// Another listener (or job) holds its lock.
    Locked,
    /// A line that is not a stored event: some other file.
    Foreign {
        line: usize,
        why: String,
    },
    Io(io::Error),
}

/// What the file held on start.
pub struct Opened {
    pub store: EventStore,
    pub events: usize,
    /// Lines cut short by a crash mid-write: never answered 200, so Voiso
    /// sends them again.
    pub torn: usize,
    /// The writer thread: it ends, closing and unlocking the file, once
    /// every handle to the store is gone.
    pub writer: std::thread::JoinHandle<()>,
}

struct Job {
    key: DedupKey,
    line: Vec<u8>,
    reply: oneshot::Sender<io::Result<Stored>>,
}

/// A handle to the writer thread; clones share it.
#[derive(Clone)]
pub struct EventStore {
    jobs: mpsc::Sender<Job>,
}

impl EventStore {
    /// Opens and locks `path` (created if absent), reads the keys it holds
    /// and starts the writer thread.
    pub fn open(path: &Path) -> Result<Opened, StoreError> {
        let (log, bytes) = DurableLog::open(path).map_err(|e| match e {
            OpenError::Locked => StoreError::Locked,
            OpenError::Io(e) => StoreError::Io(e),
        })?;
        let (seen, torn) = keys_of(&bytes)?;
        let events = seen.len();
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        let writer = std::thread::Builder::new()
            .name("voiso-listen-writer".into())
            .spawn(move || write_loop(log, seen, queue))
            .map_err(StoreError::Io)?;
        Ok(Opened {
            store: EventStore { jobs },
            events,
            torn,
            writer,
        })
    }

    /// Stores `line` under `key` unless the key is stored already, and
    /// returns once it is durable. An error means the file may not hold
    /// it: answer 5xx, and Voiso sends it again.
    pub async fn store(&self, key: DedupKey, line: Vec<u8>) -> io::Result<Stored> {
        let (reply, answer) = oneshot::channel();
        let gone = || io::Error::other("the writer stopped after a write error");
        self.jobs
            .send(Job { key, line, reply })
            .await
            .map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?
    }
}

/// The keys of every stored line. A line cut short at the end of a JSON
/// object (a crash mid-write) is skipped; any other line that is not a
/// JSON object means the file is not ours.
fn keys_of(bytes: &[u8]) -> Result<(HashSet<DedupKey>, usize), StoreError> {
    let mut seen = HashSet::new();
    let mut torn = 0;
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.trim_ascii().is_empty() {
            continue;
        }
        match serde_json::from_slice::<serde_json::Value>(line) {
            Ok(value) if value.is_object() => {
                seen.insert(DedupKey::of_stored(&value));
            }
            Ok(_) => {
                return Err(StoreError::Foreign {
                    line: i + 1,
                    why: "a JSON value that is not an object".into(),
                });
            }
            Err(e) if e.is_eof() && line.starts_with(b"{") => torn += 1,
            Err(e) => {
                return Err(StoreError::Foreign {
                    line: i + 1,
                    why: format!("not JSON ({e})"),
                });
            }
        }
    }
    Ok((seen, torn))
}

fn write_loop(mut log: DurableLog, mut seen: HashSet<DedupKey>, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = queue.blocking_recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut bytes = Vec::new();
        let mut fresh = HashSet::new();
        let outcomes: Vec<Stored> = batch
            .iter()
            .map(|job| {
                if seen.contains(&job.key) || !fresh.insert(job.key.clone()) {
                    Stored::Duplicate
                } else {
                    bytes.extend_from_slice(&job.line);
                    bytes.push(b'\n');
                    Stored::New
                }
            })
            .collect();
        let written = if bytes.is_empty() {
            Ok(())
        } else {
            log.append_bytes(&bytes)
        };
        match written {
            Ok(()) => {
                seen.extend(fresh);
                for (job, outcome) in batch.drain(..).zip(outcomes) {
                    let _ = job.reply.send(Ok(outcome));
                }
            }
            Err(e) => {
                // The file's end is unknown now: answer every request of
                // the batch with the error and stop taking new ones, so
                // that nothing is acknowledged on a file in doubt.
                for job in batch.drain(..) {
                    let _ = job.reply.send(Err(io::Error::new(e.kind(), e.to_string())));
                }
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_torn_last_line_is_skipped_and_other_lines_are_foreign() {
        let (keys, torn) = keys_of(b"{\"a\":1}\n{\"event\":\"x\",\"da").unwrap();
        assert_eq!((keys.len(), torn), (1, 1));
        // Torn, then the newline `DurableLog` adds, then more: still ours.
        let (keys, torn) = keys_of(b"{\"a\":1}\n{\"b\n{\"c\":2}\n").unwrap();
        assert_eq!((keys.len(), torn), (2, 1));
        for foreign in [&b"id,name\n1,a\n"[..], b"[1,2]\n", b"{\"a\":1}\nhello\n"] {
            assert!(matches!(keys_of(foreign), Err(StoreError::Foreign { .. })));
        }
    }
}
