//! `sqlite:PATH`: the CDR table and the sync's state in one SQLite file
//! (rusqlite's bundled SQLite: nothing to install). Rows are upserted by
//! `id` in transactions of up to [`BATCH`] records; the high-water mark is
//! set in the transaction of the last rows it covers. One sync at a time:
//! a lock file beside the database, held for the run (SQLite's own locks
//! last a transaction, and readers must not be shut out for a whole run).

use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, ErrorCode};

use super::columns::{self, COLUMNS, SQLITE_DDL, TABLE};
use super::dest::{self, SyncState};
use crate::exit::Failure;

/// Records per transaction: IDs arrive in no key order, so each commit
/// writes much of the primary key's B-tree to the WAL again; 100,000 keeps
/// that to a few times per million (a run killed midway rereads its
/// window anyway).
const BATCH: u64 = 100_000;

pub struct Sqlite {
    conn: Connection,
    path: PathBuf,
    _lock: File,
    in_transaction: bool,
    pending: u64,
    /// A repair's rows go in one transaction with the delete before them.
    hold: bool,
    upsert: String,
}

impl Sqlite {
    pub fn open(path: &Path) -> Result<Sqlite, Failure> {
        let mut name = path.file_name().unwrap_or_default().to_owned();
        name.push(".voiso-sync.lock");
        let lock = dest::lock_file(&path.with_file_name(name), &path.display().to_string())?;
        let conn = Connection::open(path).map_err(|e| failed(path, e))?;
        let mut db = Sqlite {
            conn,
            path: path.to_owned(),
            _lock: lock,
            in_transaction: false,
            pending: 0,
            hold: false,
            upsert: upsert_sql(),
        };
        db.prepare().map_err(|e| failed(path, e))?;
        Ok(db)
    }

    fn prepare(&mut self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers (verify, the user's queries) go on during a sync;
        // NORMAL: a crash never loses a commit, a power cut may lose the
        // last ones, rows and high-water mark together.
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        self.conn.execute_batch("PRAGMA synchronous = NORMAL")?;
        // IDs arrive in no key order: a larger page cache keeps the primary
        // key's B-tree in memory, and fewer WAL checkpoints write it out.
        self.conn
            .execute_batch("PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 4000")?;
        self.conn.execute_batch(SQLITE_DDL)?;
        self.conn.execute_batch(dest::STATE_DDL)?;
        // An older layout gains the columns it lacks; nothing is dropped.
        let have: Vec<String> = self
            .conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{TABLE}')"))?
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        for column in COLUMNS {
            if !have.iter().any(|h| h == column.name) {
                self.conn.execute_batch(&format!(
                    "ALTER TABLE {TABLE} ADD COLUMN {} {}",
                    column.name, column.sqlite
                ))?;
            }
        }
        Ok(())
    }

    fn begin(&mut self) -> Result<(), Failure> {
        if !self.in_transaction {
            self.conn
                .execute_batch("BEGIN IMMEDIATE")
                .map_err(|e| failed(&self.path, e))?;
            self.in_transaction = true;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<(), Failure> {
        if self.in_transaction {
            self.conn
                .execute_batch("COMMIT")
                .map_err(|e| failed(&self.path, e))?;
            self.in_transaction = false;
            self.pending = 0;
        }
        Ok(())
    }

    pub fn state(&mut self) -> Result<Option<SyncState>, Failure> {
        let row = self
            .conn
            .query_row(
                "SELECT since, high_water FROM voiso_sync_state WHERE id = 1",
                [],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?)),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })
            .map_err(|e| failed(&self.path, e))?;
        row.map(|(since, high_water)| SyncState::parse(&since, high_water.as_deref()))
            .transpose()
    }

    pub fn start(&mut self, since: DateTime<Utc>) -> Result<(), Failure> {
        self.conn
            .execute(
                "INSERT INTO voiso_sync_state (id, since, high_water, updated_at) \
                 VALUES (1, ?1, NULL, ?2) ON CONFLICT (id) DO UPDATE SET since = min(since, excluded.since)",
                [
                    columns::stored_time(since),
                    columns::stored_time(Utc::now()),
                ],
            )
            .map(drop)
            .map_err(|e| failed(&self.path, e))
    }

    /// Rows of `[from, until)` go, in the transaction the repair's rows
    /// come in.
    pub fn replace(&mut self, from: DateTime<Utc>, until: DateTime<Utc>) -> Result<(), Failure> {
        self.begin()?;
        self.hold = true;
        self.conn
            .execute(
                &format!("DELETE FROM {TABLE} WHERE started_at >= ?1 AND started_at < ?2"),
                [columns::stored_time(from), columns::stored_time(until)],
            )
            .map(drop)
            .map_err(|e| failed(&self.path, e))
    }

    pub fn write(&mut self, lines: &[u8], records: u64) -> Result<(), Failure> {
        self.begin()?;
        {
            let mut insert = self
                .conn
                .prepare_cached(&self.upsert)
                .map_err(|e| failed(&self.path, e))?;
            for line in lines.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                let fields = columns::parse_copy_line(line);
                insert
                    .execute(rusqlite::params_from_iter(fields))
                    .map_err(|e| failed(&self.path, e))?;
            }
        }
        self.pending += records;
        if !self.hold && self.pending >= BATCH {
            self.commit()?;
        }
        Ok(())
    }

    /// Commits what is written, with the high-water mark if given.
    pub fn finish(&mut self, high_water: Option<DateTime<Utc>>) -> Result<(), Failure> {
        if let Some(high_water) = high_water {
            self.begin()?;
            self.conn
                .execute(
                    "UPDATE voiso_sync_state SET high_water = ?1, updated_at = ?2 WHERE id = 1",
                    [
                        columns::stored_time(high_water),
                        columns::stored_time(Utc::now()),
                    ],
                )
                .map_err(|e| failed(&self.path, e))?;
        }
        self.hold = false;
        self.commit()
    }

    pub fn count(&mut self, from: DateTime<Utc>, until: DateTime<Utc>) -> Result<u64, Failure> {
        self.conn
            .query_row(
                &format!("SELECT count(*) FROM {TABLE} WHERE started_at >= ?1 AND started_at < ?2"),
                [columns::stored_time(from), columns::stored_time(until)],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as u64)
            .map_err(|e| failed(&self.path, e))
    }
}

fn upsert_sql() -> String {
    let names: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    let updates: Vec<String> = names
        .iter()
        .filter(|n| **n != "id")
        .map(|n| format!("{n} = excluded.{n}"))
        .collect();
    format!(
        "INSERT INTO {TABLE} ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        names.join(", "),
        marks.join(", "),
        updates.join(", ")
    )
}

fn failed(path: &Path, e: rusqlite::Error) -> Failure {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Failure::Usage(format!(
            "{} is not a SQLite database ({e}); give --into sqlite: a new file or a database \
             an earlier sync made",
            path.display()
        )),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Failure::Failed(format!(
            "{} stayed locked by another connection for 30 s ({e}); rerun when it is free",
            path.display()
        )),
        _ => Failure::Failed(format!("SQLite database {}: {e}", path.display())),
    }
}
