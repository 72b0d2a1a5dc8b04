//! `postgres://` / `postgresql://`: the CDR table and the sync's state in
//! a PostgreSQL database (tokio-postgres, no TLS). Each page is COPYed
//! into a temporary staging table; every [`BATCH`] records, the staged
//! rows are upserted with `INSERT ... ON CONFLICT (id) DO UPDATE` and the
//! transaction commits (one upsert and one TRUNCATE per batch: a staging
//! table emptied per page grows dead rows or costs a new file each time);
//! the high-water mark is set in the transaction of the last rows it
//! covers. One sync at a time: a session advisory lock.
//!
//! Into an empty table (a first sync) pages are COPYed straight into it:
//! there is nothing to conflict with, and the export's engine yields each
//! record once. Should an ID come twice all the same, its COPY fails on the
//! primary key, the run exits 1 with its mark unmoved, and the rerun, the
//! table no longer empty, upserts.

use chrono::{DateTime, Utc};
use futures::SinkExt;
use tokio_postgres::{Client, Config, NoTls, SimpleQueryMessage};

use super::columns::{self, COLUMNS, POSTGRES_DDL, TABLE};
use super::dest::{self, STATE_DDL, SyncState};
use crate::exit::Failure;

const BATCH: u64 = 50_000;
/// The advisory lock's key: "voiso" in ASCII.
const LOCK_KEY: i64 = 0x76_6f69_736f;
const STAGING: &str = "voiso_cdrs_staging";
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

pub struct Postgres {
    client: Client,
    target: String,
    in_transaction: bool,
    pending: u64,
    hold: bool,
    upsert: String,
    copy: String,
    /// COPY straight into the table (it was empty when the run began).
    direct: bool,
    copy_direct: String,
}

impl Postgres {
    pub async fn open(url: &str) -> Result<Postgres, Failure> {
        let target = dest::redact(url);
        let mut config: Config = url
            .parse()
            .map_err(|e| Failure::Usage(format!("--into {target}: not a PostgreSQL URL ({e})")))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(10));
        }
        let (client, connection) = config.connect(NoTls).await.map_err(|e| {
            Failure::Failed(format!(
                "cannot connect to PostgreSQL at {target}: {e}; check that the server runs \
                 and accepts this user there (nothing was read or written)"
            ))
        })?;
        tokio::spawn(async move {
            let _ = connection.await;
        });
        let names = COLUMNS
            .iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
            .join(", ");
        let db = Postgres {
            client,
            target,
            in_transaction: false,
            pending: 0,
            hold: false,
            upsert: upsert_sql(),
            direct: false,
            copy_direct: format!("COPY {TABLE} ({names}) FROM STDIN"),
            copy: format!("COPY {STAGING} ({names}) FROM STDIN"),
        };
        db.batch("SET TIME ZONE 'UTC'; SET client_min_messages = warning")
            .await?;
        // A few seconds' patience: the session of a run killed a moment
        // ago holds the lock until its server process sees it gone.
        let locked = db
            .client
            .batch_execute(&format!(
                "SET lock_timeout = '{}ms'; SELECT pg_advisory_lock({LOCK_KEY}); \
                 SET lock_timeout = 0",
                LOCK_PATIENCE.as_millis()
            ))
            .await;
        match locked {
            Ok(()) => {}
            Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::LOCK_NOT_AVAILABLE) => {
                return Err(dest::held(&db.target));
            }
            Err(e) => return Err(db.failed(e)),
        }
        db.batch(POSTGRES_DDL).await?;
        db.batch(STATE_DDL).await?;
        // An older layout gains the columns it lacks; nothing is dropped.
        let mut migrate = String::new();
        for column in COLUMNS {
            migrate.push_str(&format!(
                "ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {} {};\n",
                column.name, column.postgres
            ));
        }
        db.batch(&migrate).await?;
        let staging: Vec<String> = COLUMNS
            .iter()
            .map(|c| format!("{} {}", c.name, c.postgres))
            .collect();
        db.batch(&format!(
            "CREATE TEMPORARY TABLE {STAGING} ({})",
            staging.join(", ")
        ))
        .await?;
        let mut db = db;
        let empty = db
            .value(&format!("SELECT NOT EXISTS (SELECT 1 FROM {TABLE})"))
            .await?;
        db.direct = empty.as_deref() == Some("t");
        Ok(db)
    }

    fn failed(&self, e: tokio_postgres::Error) -> Failure {
        Failure::Failed(format!("PostgreSQL at {}: {e}", self.target))
    }

    async fn batch(&self, sql: &str) -> Result<(), Failure> {
        self.client
            .batch_execute(sql)
            .await
            .map_err(|e| self.failed(e))
    }

    /// The first column of the first row, as text.
    async fn value(&self, sql: &str) -> Result<Option<String>, Failure> {
        let rows = self
            .client
            .simple_query(sql)
            .await
            .map_err(|e| self.failed(e))?;
        Ok(rows.into_iter().find_map(|m| match m {
            SimpleQueryMessage::Row(row) => row.get(0).map(str::to_owned),
            _ => None,
        }))
    }

    async fn begin(&mut self) -> Result<(), Failure> {
        if !self.in_transaction {
            self.batch("BEGIN").await?;
            self.in_transaction = true;
        }
        Ok(())
    }

    async fn commit(&mut self) -> Result<(), Failure> {
        if self.in_transaction {
            self.batch("COMMIT").await?;
            self.in_transaction = false;
            self.pending = 0;
        }
        Ok(())
    }

    pub async fn state(&mut self) -> Result<Option<SyncState>, Failure> {
        let rows = self
            .client
            .simple_query("SELECT since, high_water FROM voiso_sync_state WHERE id = 1")
            .await
            .map_err(|e| self.failed(e))?;
        for message in rows {
            if let SimpleQueryMessage::Row(row) = message {
                return SyncState::parse(row.get(0).unwrap_or_default(), row.get(1)).map(Some);
            }
        }
        Ok(None)
    }

    pub async fn start(&mut self, since: DateTime<Utc>) -> Result<(), Failure> {
        self.batch(&format!(
            "INSERT INTO voiso_sync_state (id, since, high_water, updated_at) \
             VALUES (1, '{}', NULL, '{}') \
             ON CONFLICT (id) DO UPDATE SET since = LEAST(voiso_sync_state.since, EXCLUDED.since)",
            columns::stored_time(since),
            columns::stored_time(Utc::now())
        ))
        .await
    }

    pub async fn replace(
        &mut self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<(), Failure> {
        self.begin().await?;
        self.hold = true;
        self.direct = false;
        self.batch(&format!("DELETE FROM {TABLE} WHERE {}", range(from, until)))
            .await
    }

    pub async fn write(&mut self, lines: &[u8], records: u64) -> Result<(), Failure> {
        if records == 0 {
            return Ok(());
        }
        self.begin().await?;
        let copy = if self.direct {
            &self.copy_direct
        } else {
            &self.copy
        };
        let sink = self
            .client
            .copy_in::<_, bytes::Bytes>(copy)
            .await
            .map_err(|e| self.failed(e))?;
        let mut sink = std::pin::pin!(sink);
        sink.send(bytes::Bytes::copy_from_slice(lines))
            .await
            .map_err(|e| self.failed(e))?;
        sink.as_mut().finish().await.map_err(|e| self.failed(e))?;
        self.pending += records;
        if !self.hold && self.pending >= BATCH {
            self.flush().await?;
            self.commit().await?;
        }
        Ok(())
    }

    /// The staged rows into the table.
    async fn flush(&mut self) -> Result<(), Failure> {
        if self.pending > 0 && !self.direct {
            self.batch(&self.upsert).await?;
        }
        Ok(())
    }

    pub async fn finish(&mut self, high_water: Option<DateTime<Utc>>) -> Result<(), Failure> {
        self.flush().await?;
        if let Some(high_water) = high_water {
            self.begin().await?;
            self.batch(&format!(
                "UPDATE voiso_sync_state SET high_water = '{}', updated_at = '{}' WHERE id = 1",
                columns::stored_time(high_water),
                columns::stored_time(Utc::now())
            ))
            .await?;
        }
        self.hold = false;
        self.commit().await
    }

    pub async fn count(
        &mut self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<u64, Failure> {
        let n = self
            .value(&format!(
                "SELECT count(*) FROM {TABLE} WHERE {}",
                range(from, until)
            ))
            .await?;
        Ok(n.and_then(|n| n.parse().ok()).unwrap_or(0))
    }
}

/// `started_at` in `[from, until)`: literals of our own formatting.
fn range(from: DateTime<Utc>, until: DateTime<Utc>) -> String {
    format!(
        "started_at >= '{}' AND started_at < '{}'",
        columns::stored_time(from),
        columns::stored_time(until)
    )
}

/// The staged page into the table; a page holding one ID twice keeps one.
fn upsert_sql() -> String {
    let names: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    let updates: Vec<String> = names
        .iter()
        .filter(|n| **n != "id")
        .map(|n| format!("{n} = EXCLUDED.{n}"))
        .collect();
    format!(
        "INSERT INTO {TABLE} ({cols}) SELECT DISTINCT ON (id) {cols} FROM {STAGING} \
         ON CONFLICT (id) DO UPDATE SET {}; TRUNCATE {STAGING}",
        updates.join(", "),
        cols = names.join(", ")
    )
}
