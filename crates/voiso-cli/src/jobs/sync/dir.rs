//! `dir:PATH`: one NDJSON file per UTC day, `YYYY-MM-DD.ndjson`, each
//! records as the API sent it, newest first. A day read again is replaced
//! whole: its new records go to a temporary file, the records it held
//! outside the window read are added after them, and the file is fsynced
//! and renamed over the day's (its directory fsynced after), so a reader
//! or a crash sees the old day or the new one. The state
//! (`.voiso-sync-state.json`) is replaced the same way once every day of
//! the window is; a lock file (`.voiso-sync.lock`) keeps to one sync.

use std::collections::{BTreeSet, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::dest::{self, SyncState};
use crate::args::ExportFormat;
use crate::durable::sync_parent;
use crate::exit::Failure;
use crate::jobs::cdr_export::format;
use crate::output::warn;

const STATE: &str = ".voiso-sync-state.json";
const LOCK: &str = ".voiso-sync.lock";

/// A record as the dir destination takes it: its day, its ID (as JSON),
/// and its NDJSON line, tab-separated (JSON holds no raw tab).
pub fn day_line(cdr: &voiso::Cdr, out: &mut Vec<u8>) {
    out.extend_from_slice(cdr.started_at.format("%Y-%m-%d").to_string().as_bytes());
    out.push(b'\t');
    let _ = serde_json::to_writer(&mut *out, &cdr.id);
    out.push(b'\t');
    format::write_record(ExportFormat::Ndjson, cdr, out);
}

pub struct Dir {
    root: PathBuf,
    _lock: File,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    current: Option<Day>,
    /// Days replaced in this window: what they hold is this run's.
    done: BTreeSet<NaiveDate>,
}

struct Day {
    date: NaiveDate,
    temp: PathBuf,
    file: BufWriter<File>,
    ids: HashSet<String>,
}

impl Dir {
    pub fn open(root: &Path) -> Result<Dir, Failure> {
        std::fs::create_dir_all(root).map_err(|e| io(root, e))?;
        let lock = dest::lock_file(&root.join(LOCK), &format!("dir:{}", root.display()))?;
        Ok(Dir {
            root: root.to_owned(),
            _lock: lock,
            from: DateTime::<Utc>::MIN_UTC,
            until: DateTime::<Utc>::MIN_UTC,
            current: None,
            done: BTreeSet::new(),
        })
    }

    pub fn state(&mut self) -> Result<Option<SyncState>, Failure> {
        let path = self.root.join(STATE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
                Failure::Failed(format!(
                    "{} is not a sync state ({e}); it was changed by hand: remove it to sync \
                     again from --since",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(&path, e)),
        }
    }

    pub fn start(&mut self, since: DateTime<Utc>) -> Result<(), Failure> {
        match self.state()? {
            None => self.save(&SyncState {
                since,
                high_water: None,
            }),
            Some(state) if since < state.since => self.save(&SyncState { since, ..state }),
            Some(_) => Ok(()),
        }
    }

    fn save(&self, state: &SyncState) -> Result<(), Failure> {
        let path = self.root.join(STATE);
        let temp = self.root.join(format!("{STATE}.tmp"));
        let bytes = serde_json::to_vec_pretty(state).unwrap_or_default();
        replace_file(&temp, &path, |file| file.write_all(&bytes))
    }

    pub fn window(&mut self, from: DateTime<Utc>, until: DateTime<Utc>) {
        self.from = from;
        self.until = until;
        self.done.clear();
    }

    pub fn write(&mut self, lines: &[u8]) -> Result<(), Failure> {
        for line in lines.split_inclusive(|&b| b == b'\n') {
            let mut parts = line.splitn(3, |&b| b == b'\t');
            let (Some(day), Some(id), Some(record)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let date = std::str::from_utf8(day)
                .ok()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .ok_or_else(|| Failure::Failed("a record without its day (a bug)".into()))?;
            if self.current.as_ref().is_none_or(|c| c.date != date) {
                self.close_day()?;
                let temp = self.root.join(format!(".{date}.ndjson.tmp"));
                let file = File::create(&temp).map_err(|e| io(&temp, e))?;
                self.current = Some(Day {
                    date,
                    temp,
                    file: BufWriter::new(file),
                    ids: HashSet::new(),
                });
            }
            let day = self.current.as_mut().expect("opened above");
            day.file.write_all(record).map_err(|e| io(&day.temp, e))?;
            day.ids.insert(String::from_utf8_lossy(id).into_owned());
        }
        Ok(())
    }

    /// Puts the day being written in place: its records, then those the
    /// old file holds outside the window (or all, if this run replaced
    /// the day already: records out of order came back to it).
    fn close_day(&mut self) -> Result<(), Failure> {
        let Some(mut day) = self.current.take() else {
            return Ok(());
        };
        let path = self.root.join(format!("{}.ndjson", day.date));
        let again = self.done.contains(&day.date);
        self.keep_old(&path, &mut day.file, &day.ids, again)?;
        let file = day
            .file
            .into_inner()
            .map_err(|e| io(&day.temp, e.into_error()))?;
        put_in_place(file, &day.temp, &path)?;
        self.done.insert(day.date);
        Ok(())
    }

    fn keep_old(
        &self,
        path: &Path,
        out: &mut impl Write,
        new: &HashSet<String>,
        all: bool,
    ) -> Result<(), Failure> {
        let file = match File::open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(io(path, e)),
        };
        for line in BufReader::new(file).split(b'\n') {
            let line = line.map_err(|e| io(path, e))?;
            if line.is_empty() {
                continue;
            }
            let keep = match serde_json::from_slice::<voiso::Cdr>(&line) {
                Ok(cdr) => {
                    let id = serde_json::to_string(&cdr.id).unwrap_or_default();
                    !new.contains(&id)
                        && (all || cdr.started_at < self.from || cdr.started_at >= self.until)
                }
                Err(e) => {
                    // Not ours to drop: a line someone added by hand.
                    warn(format_args!(
                        "warning: {} has a line that is not a CDR ({e}); kept as it is",
                        path.display()
                    ));
                    true
                }
            };
            if keep {
                out.write_all(&line)
                    .and_then(|()| out.write_all(b"\n"))
                    .map_err(|e| io(path, e))?;
            }
        }
        Ok(())
    }

    /// Puts the last day in place, empties the window's days no record
    /// came for (of what the window covers), then records `high_water`.
    pub fn finish(&mut self, high_water: Option<DateTime<Utc>>) -> Result<(), Failure> {
        self.close_day()?;
        if self.from < self.until {
            let mut date = self.from.date_naive();
            while date.and_time(chrono::NaiveTime::MIN).and_utc() < self.until {
                let path = self.root.join(format!("{date}.ndjson"));
                if !self.done.contains(&date) && path.exists() {
                    let temp = self.root.join(format!(".{date}.ndjson.tmp"));
                    let mut out = Vec::new();
                    self.keep_old(&path, &mut out, &HashSet::new(), false)?;
                    replace_file(&temp, &path, |file| file.write_all(&out))?;
                    self.done.insert(date);
                }
                date += Duration::days(1);
            }
        }
        if let Some(high_water) = high_water {
            let mut state = self.state()?.unwrap_or(SyncState {
                since: self.from,
                high_water: None,
            });
            state.high_water = Some(high_water);
            self.save(&state)?;
        }
        Ok(())
    }

    /// A run that stops early: the day being written is dropped, not put
    /// in place (it holds only part of its records); the days already put
    /// in place are whole.
    pub fn abandon(&mut self) {
        if let Some(day) = self.current.take() {
            drop(day.file);
            let _ = std::fs::remove_file(&day.temp);
        }
    }

    pub fn count(&mut self, from: DateTime<Utc>, until: DateTime<Utc>) -> Result<u64, Failure> {
        let mut count = 0;
        let mut date = from.date_naive();
        while date <= until.date_naive() {
            let path = self.root.join(format!("{date}.ndjson"));
            if let Ok(file) = File::open(&path) {
                for line in BufReader::new(file).split(b'\n') {
                    let line = line.map_err(|e| io(&path, e))?;
                    if let Ok(cdr) = serde_json::from_slice::<voiso::Cdr>(&line)
                        && cdr.started_at >= from
                        && cdr.started_at < until
                    {
                        count += 1;
                    }
                }
            }
            date += Duration::days(1);
        }
        Ok(count)
    }
}

/// Writes `temp` with `write`, then puts it in place of `path`.
fn replace_file(
    temp: &Path,
    path: &Path,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<(), Failure> {
    let mut file = File::create(temp).map_err(|e| io(temp, e))?;
    write(&mut file).map_err(|e| io(temp, e))?;
    put_in_place(file, temp, path)
}

/// fsync, rename over `path`, fsync the directory: the new file or the
/// old one, whatever happens.
fn put_in_place(file: File, temp: &Path, path: &Path) -> Result<(), Failure> {
    file.sync_all().map_err(|e| io(temp, e))?;
    drop(file);
    std::fs::rename(temp, path).map_err(|e| io(path, e))?;
    sync_parent(path).map_err(|e| io(path, e))
}

fn io(path: &Path, e: std::io::Error) -> Failure {
    Failure::Failed(format!("{}: {e}", path.display()))
}
