//! `--into DEST`: which destination, its state (the first run's start and
//! the high-water mark), and the one interface the sync and verify use.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::columns;
use super::dir::{Dir, day_line};
#[cfg(feature = "postgres")]
use super::postgres::Postgres;
#[cfg(feature = "sqlite")]
use super::sqlite::Sqlite;

use crate::exit::Failure;
use crate::jobs::cdr_export::checkpoint::Checkpoint;
use crate::jobs::cdr_export::driver::Output;
use crate::jobs::cdr_export::lines::Encoder;

/// The state table of the SQL destinations: one row.
pub const STATE_DDL: &str = "CREATE TABLE IF NOT EXISTS voiso_sync_state (\n    \
    id INTEGER PRIMARY KEY CHECK (id = 1),\n    \
    since TEXT NOT NULL,\n    \
    high_water TEXT,\n    \
    updated_at TEXT NOT NULL\n);\n";

/// What a destination remembers between runs.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub struct SyncState {
    /// Where the first run started reading.
    pub since: DateTime<Utc>,
    /// Every CDR Voiso listed as started before this is in (`None`: no
    /// run has completed).
    pub high_water: Option<DateTime<Utc>>,
}

impl SyncState {
    pub fn parse(since: &str, high_water: Option<&str>) -> Result<SyncState, Failure> {
        let at = |text: &str| {
            DateTime::parse_from_rfc3339(text)
                .map(|t| t.to_utc())
                .map_err(|e| {
                    Failure::Failed(format!(
                        "the sync state holds {text:?}, not a time ({e}); it was changed by hand: \
                         fix voiso_sync_state, or remove its row to sync again from --since"
                    ))
                })
        };
        Ok(SyncState {
            since: at(since)?,
            high_water: high_water.map(at).transpose()?,
        })
    }
}

/// What `--into` names.
pub enum Target {
    Sqlite(PathBuf),
    Postgres(String),
    Dir(PathBuf),
}

pub const FORMS: &str =
    "sqlite:PATH, postgres://USER@HOST[:PORT]/DB (or postgresql://...), or dir:PATH";

impl Target {
    pub fn parse(into: &str) -> Result<Target, Failure> {
        let usage = |why: &str| Failure::Usage(format!("--into: {why}; give {FORMS}"));
        if let Some(path) = into.strip_prefix("sqlite:") {
            if path.is_empty() {
                return Err(usage("sqlite: needs a file path"));
            }
            return Ok(Target::Sqlite(PathBuf::from(path)));
        }
        if let Some(path) = into.strip_prefix("dir:") {
            if path.is_empty() {
                return Err(usage("dir: needs a directory path"));
            }
            return Ok(Target::Dir(PathBuf::from(path)));
        }
        if into.starts_with("postgres://") || into.starts_with("postgresql://") {
            return Ok(Target::Postgres(into.to_owned()));
        }
        // Only the scheme is repeated: the rest may hold a password.
        let scheme = into.split_once(':').map_or("(none)", |(s, _)| s);
        Err(usage(&format!("unknown destination scheme {scheme:?}")))
    }

    /// What messages call it: never a password.
    pub fn describe(&self) -> String {
        match self {
            Target::Sqlite(path) => format!("sqlite:{}", path.display()),
            Target::Dir(path) => format!("dir:{}", path.display()),
            Target::Postgres(url) => redact(url),
        }
    }
}

/// A PostgreSQL URL without its password.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "postgres://...".into();
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((auth, host)) => (Some(auth), host),
        None => (None, rest),
    };
    let host = host.split('?').next().unwrap_or_default();
    match auth.map(|a| a.split(':').next().unwrap_or_default()) {
        Some(user) => format!("{scheme}://{user}@{host}"),
        None => format!("{scheme}://{host}"),
    }
}

/// An open destination, locked for this run.
pub enum Dest {
    #[cfg(feature = "sqlite")]
    Sqlite(Sqlite),
    #[cfg(feature = "postgres")]
    Postgres(Postgres),
    Dir(Dir),
}

impl Dest {
    pub async fn open(target: &Target) -> Result<Dest, Failure> {
        match target {
            #[cfg(feature = "sqlite")]
            Target::Sqlite(path) => Ok(Dest::Sqlite(Sqlite::open(path)?)),
            #[cfg(not(feature = "sqlite"))]
            Target::Sqlite(_) => Err(Failure::Usage(
                "this voiso was built without the `sqlite` feature: rebuild with it, or use \
                 dir: or postgres://"
                    .into(),
            )),
            #[cfg(feature = "postgres")]
            Target::Postgres(url) => Ok(Dest::Postgres(Postgres::open(url).await?)),
            #[cfg(not(feature = "postgres"))]
            Target::Postgres(_) => Err(Failure::Usage(
                "this voiso was built without the `postgres` feature: rebuild with it, or use \
                 dir: or sqlite:"
                    .into(),
            )),
            Target::Dir(path) => Ok(Dest::Dir(Dir::open(path)?)),
        }
    }

    /// How a record becomes the line this destination loads.
    pub fn encoder(&self) -> Encoder {
        match self {
            Dest::Dir(_) => std::sync::Arc::new(day_line),
            #[allow(unreachable_patterns)]
            _ => std::sync::Arc::new(columns::copy_line),
        }
    }

    pub async fn state(&mut self) -> Result<Option<SyncState>, Failure> {
        match self {
            #[cfg(feature = "sqlite")]
            Dest::Sqlite(db) => db.state(),
            #[cfg(feature = "postgres")]
            Dest::Postgres(db) => db.state().await,
            Dest::Dir(dir) => dir.state(),
        }
    }

    /// Records where the synced history starts (the earliest given).
    pub async fn start(&mut self, since: DateTime<Utc>) -> Result<(), Failure> {
        match self {
            #[cfg(feature = "sqlite")]
            Dest::Sqlite(db) => db.start(since),
            #[cfg(feature = "postgres")]
            Dest::Postgres(db) => db.start(since).await,
            Dest::Dir(dir) => dir.start(since),
        }
    }

    /// The records of `[from, until)` are about to be read: a sync's
    /// window (`replace` false: rows are upserted) or a repaired day's
    /// (`replace` true: what the destination holds there is replaced).
    pub async fn window(
        &mut self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        replace: bool,
    ) -> Result<(), Failure> {
        match self {
            #[cfg(feature = "sqlite")]
            Dest::Sqlite(db) if replace => db.replace(from, until),
            #[cfg(feature = "postgres")]
            Dest::Postgres(db) if replace => db.replace(from, until).await,
            Dest::Dir(dir) => {
                dir.window(from, until);
                Ok(())
            }
            #[allow(unreachable_patterns)]
            _ => Ok(()),
        }
    }

    /// Makes what is written durable, with the high-water mark if given
    /// (in one transaction with the last rows, where there are any).
    pub async fn finish(&mut self, high_water: Option<DateTime<Utc>>) -> Result<(), Failure> {
        match self {
            #[cfg(feature = "sqlite")]
            Dest::Sqlite(db) => db.finish(high_water),
            #[cfg(feature = "postgres")]
            Dest::Postgres(db) => db.finish(high_water).await,
            Dest::Dir(dir) => dir.finish(high_water),
        }
    }

    /// A run that stops early keeps what is whole: the rows written (a
    /// sync's are each complete), not a day file half rewritten.
    pub async fn stop(&mut self) -> Result<(), Failure> {
        match self {
            Dest::Dir(dir) => {
                dir.abandon();
                Ok(())
            }
            #[allow(unreachable_patterns)]
            _ => self.finish(None).await,
        }
    }

    /// The rows that started in `[from, until)`.
    pub async fn count(
        &mut self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<u64, Failure> {
        match self {
            #[cfg(feature = "sqlite")]
            Dest::Sqlite(db) => db.count(from, until),
            #[cfg(feature = "postgres")]
            Dest::Postgres(db) => db.count(from, until).await,
            Dest::Dir(dir) => dir.count(from, until),
        }
    }
}

impl Dest {
    /// Writes a page's lines (on the writer's own task, see [`Pipe`]).
    pub async fn write(&mut self, lines: &[u8], records: u64) -> Result<(), Failure> {
        match self {
            // Blocking work: the runtime moves its other tasks elsewhere.
            #[cfg(feature = "sqlite")]
            Dest::Sqlite(db) => tokio::task::block_in_place(|| db.write(lines, records)),
            #[cfg(feature = "postgres")]
            Dest::Postgres(db) => db.write(lines, records).await,
            Dest::Dir(dir) => tokio::task::block_in_place(|| dir.write(lines)),
        }
    }
}

/// The driver's side of a destination written on a task of its own: pages
/// are handed over (at most [`Pipe::DEPTH`] waiting), so reading goes on
/// while the destination writes.
pub struct Pipe {
    pub pages: tokio::sync::mpsc::Sender<(Vec<u8>, u64)>,
}

impl Pipe {
    pub const DEPTH: usize = 2;
}

impl Output for Pipe {
    async fn write(&mut self, lines: Vec<u8>, records: u64) -> Result<(), Failure> {
        self.pages
            .send((lines, records))
            .await
            // Its writer stopped: its error is what the run reports.
            .map_err(|_| Failure::Failed("the destination's writer stopped".into()))
    }

    fn bytes(&self) -> u64 {
        0
    }

    /// Nothing per page: a destination commits in batches, and the
    /// high-water mark with the last (`finish`).
    async fn commit(&mut self, _state: &Checkpoint) -> Result<(), Failure> {
        Ok(())
    }
}

/// Locks `path` (created if need be) for this run, or says who holds it.
pub fn lock_file(path: &Path, what: &str) -> Result<File, Failure> {
    let cannot = |e: std::io::Error| {
        Failure::Failed(format!("cannot open the lock file {}: {e}", path.display()))
    };
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(cannot)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(held(what)),
        Err(TryLockError::Error(e)) => Err(cannot(e)),
    }
}

pub fn held(what: &str) -> Failure {
    Failure::Usage(format!(
        "another voiso cdrs sync (or verify) holds {what}; wait for it to finish, then rerun"
    ))
}
