//! The bulk-retrigger journal: what a run meant to do and what came of it,
//! one JSON line per event, appended and fsynced, so an interrupted or
//! killed run can be resumed without retriggering anything twice.
//!
//! Two kinds of record:
//!
//! - before an ID's first POST, a `sending` record (its time, and the
//!   failure's `updated_at` before anything was sent, when known):
//!   `{"id":"…","outcome":"sending","sent_at":"…","baseline":"…"}`
//! - once its outcome is known, a final record saying whether that outcome
//!   is certain: `{"id":"…","outcome":"retriggered","certain":true}`
//!
//! On resume an ID is [`Done`](Status::Done) (skipped), [`Fresh`](Status::Fresh)
//! (never sent, or certainly not acted on: retriggered as new) or
//! [`MaybeSent`](Status::MaybeSent) (a POST may have gone through: read it,
//! against the baseline recorded *here*, before any POST).
//!
//! Journals written before intent was recorded hold only final lines without
//! `certain`; their `failed` lines are read as maybe sent, the rest as done.
//!
//! The file is locked while a run holds it, so two runs never share one.
//!
//! `--journal auto` puts it in the user's state directory, named by what the
//! command selects ([`auto_path`]), so the same command run again finds it.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What one journal line says happened to an ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recorded {
    /// About to send the first POST (written and synced before it is sent).
    Sending,
    Retriggered,
    AlreadyPending,
    NotFound,
    Failed,
    /// The POST was never sent (e.g. the journal could not be written).
    NotSent,
}

/// Where an ID stands according to the journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Never sent, or certainly not acted on: retrigger it as new.
    Fresh,
    /// A POST may have gone through and no certain outcome followed: read
    /// it before any POST, comparing against this baseline.
    MaybeSent {
        sent_at: Option<DateTime<Utc>>,
        baseline: Option<DateTime<Utc>>,
    },
    /// A certain outcome: a rerun must not touch it again.
    Done,
}

/// One line of the journal.
#[derive(Debug, Serialize, Deserialize)]
struct Line {
    id: String,
    outcome: Recorded,
    /// Absent in journals of earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    certain: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sent_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    baseline: Option<DateTime<Utc>>,
    /// A retrigger that went through but whose redelivery failed again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    failed_again: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// A final outcome to record.
#[derive(Clone, Debug)]
pub struct Final {
    pub outcome: Recorded,
    /// False when a POST may have gone through although the outcome is a failure.
    pub certain: bool,
    pub failed_again: bool,
    pub error: Option<String>,
}

impl Final {
    /// A certain outcome without detail.
    pub fn certain(outcome: Recorded) -> Final {
        Final {
            outcome,
            certain: true,
            failed_again: false,
            error: None,
        }
    }
}

use crate::durable::DurableLog;
pub use crate::durable::OpenError;

pub struct Journal {
    path: PathBuf,
    /// Open for appending, and locked for as long as this value lives.
    log: DurableLog,
    /// Where each ID stands, earlier runs included.
    known: BTreeMap<String, Status>,
    /// When earlier runs last had a request in flight, as far as the file
    /// tells (see [`Journal::quiet_since`]).
    quiet_since: Option<SystemTime>,
}

impl Journal {
    /// Opens (or creates) the journal, locks it, and reads what earlier runs
    /// recorded. A torn last line (a crash mid-write) is ignored: a torn
    /// `sending` record was never followed by its POST, and a torn final
    /// record leaves its ID as its `sending` record left it.
    pub fn open(path: &Path) -> Result<Self, OpenError> {
        let (log, bytes) = DurableLog::open(path)?;
        let mut known = BTreeMap::new();
        // IDs whose last record is `sending`: in flight when a run died.
        let mut open_sends = BTreeSet::new();
        for line in bytes.split(|&b| b == b'\n') {
            // A torn or unreadable line proves nothing about its ID.
            if let Ok(line) = serde_json::from_slice::<Line>(line) {
                if line.outcome == Recorded::Sending {
                    open_sends.insert(line.id.clone());
                } else {
                    open_sends.remove(&line.id);
                }
                apply(&mut known, line);
            }
        }
        // Read under the lock, before this run writes: a run that ended
        // waited for every request it sent, and recorded each outcome, so
        // its last write comes after all of them.
        let quiet_since = if open_sends.is_empty() {
            std::fs::metadata(path).and_then(|m| m.modified()).ok()
        } else {
            None
        };
        Ok(Self {
            path: path.to_path_buf(),
            log,
            known,
            quiet_since,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// When the runs that wrote this journal last had a request in flight:
    /// its last write, when every send it records has an outcome. `None`
    /// when one has none: a run died with it in flight, at a time no later
    /// than now that the file cannot tell.
    pub fn quiet_since(&self) -> Option<SystemTime> {
        self.quiet_since
    }

    /// Where an ID stands; [`Status::Fresh`] if the journal never saw it.
    pub fn status(&self, id: &str) -> Status {
        self.known.get(id).copied().unwrap_or(Status::Fresh)
    }

    /// Records the intent to send an ID's first POST; durable on return, so
    /// the POST may follow.
    pub fn record_sending(
        &mut self,
        id: &str,
        sent_at: Option<DateTime<Utc>>,
        baseline: Option<DateTime<Utc>>,
    ) -> io::Result<()> {
        self.append(Line {
            id: id.to_string(),
            outcome: Recorded::Sending,
            certain: None,
            sent_at,
            baseline,
            failed_again: false,
            error: None,
        })
    }

    /// Records an ID's outcome; durable on return.
    pub fn record(&mut self, id: &str, outcome: Final) -> io::Result<()> {
        debug_assert_ne!(outcome.outcome, Recorded::Sending);
        self.append(Line {
            id: id.to_string(),
            outcome: outcome.outcome,
            certain: Some(outcome.certain),
            sent_at: None,
            baseline: None,
            failed_again: outcome.failed_again,
            error: outcome.error,
        })
    }

    fn append(&mut self, line: Line) -> io::Result<()> {
        self.log.append(&line)?;
        apply(&mut self.known, line);
        Ok(())
    }
}

/// Folds one line into what is known about its ID.
fn apply(known: &mut BTreeMap<String, Status>, line: Line) {
    let before = known.get(&line.id).copied().unwrap_or(Status::Fresh);
    let after = match line.outcome {
        Recorded::Sending => match before {
            // Sent before without a certain outcome: what counts is the
            // first send and the baseline from before it.
            Status::MaybeSent { sent_at, baseline } => Status::MaybeSent {
                sent_at: earliest(sent_at, line.sent_at),
                baseline: baseline.or(line.baseline),
            },
            Status::Fresh | Status::Done => Status::MaybeSent {
                sent_at: line.sent_at,
                baseline: line.baseline,
            },
        },
        // The server answered: done, whatever `certain` says.
        Recorded::Retriggered | Recorded::AlreadyPending => Status::Done,
        // Nothing to act on: a rerun asks again (and fails again, as a named
        // ID that does not exist must), which can do no harm.
        Recorded::NotFound => Status::Fresh,
        // An older journal's failure: nothing says whether the POST went
        // through, so it may have.
        Recorded::Failed | Recorded::NotSent if line.certain != Some(true) => match before {
            Status::MaybeSent { .. } => before,
            Status::Fresh | Status::Done => Status::MaybeSent {
                sent_at: None,
                baseline: None,
            },
        },
        // Certainly not acted on: start afresh next time.
        Recorded::Failed | Recorded::NotSent => Status::Fresh,
    };
    known.insert(line.id, after);
}

fn earliest(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// What `--journal` names: a file, or `auto`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalArg {
    /// A journal in the state directory, named by the command ([`auto_path`]).
    Auto,
    File(PathBuf),
}

/// `--journal`'s value parser: `auto`, else a file (`./auto` for a file of
/// that name).
pub fn parse_journal_arg(s: &str) -> Result<JournalArg, String> {
    match s {
        "" => Err("expected a file, or auto".into()),
        "auto" => Ok(JournalArg::Auto),
        file => Ok(JournalArg::File(PathBuf::from(file))),
    }
}

/// What an automatic journal is named by: the IDs a command names, or the
/// filters of `--all` as given (a relative `--since 24h` stays `24h`, so a
/// command run from cron finds its journal again).
pub enum AutoKey<'a> {
    Ids(Vec<&'a str>),
    Filters {
        status: &'a str,
        since: Option<&'a str>,
        until: Option<&'a str>,
    },
}

impl AutoKey<'_> {
    /// One line per part; the IDs sorted and each once, so the same set in
    /// any order, repeats and all, names one journal.
    fn text(&self) -> String {
        match self {
            AutoKey::Ids(ids) => {
                let mut ids = ids.clone();
                ids.sort_unstable();
                ids.dedup();
                // Each with its length: no two lists read as one.
                let ids: String = ids
                    .iter()
                    .map(|id| format!("{}:{id}\n", id.len()))
                    .collect();
                format!("retrigger ids\n{ids}")
            }
            AutoKey::Filters {
                status,
                since,
                until,
            } => format!(
                "retrigger all\nstatus={status}\nsince={}\nuntil={}",
                since.unwrap_or(""),
                until.unwrap_or("")
            ),
        }
    }
}

/// FNV-1a, 64 bits: a name that must not change between versions of the
/// CLI (std's hashers may). Two commands that happened to collide would
/// only share a journal whose records are per ID, which stays correct.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Where journals go: `$XDG_STATE_HOME/voiso/journals`, else
/// `$HOME/.local/state/voiso/journals`. A relative `XDG_STATE_HOME` is
/// ignored, as the XDG spec says.
pub fn state_dir(xdg_state_home: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let absolute = |v: OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    let base = xdg_state_home
        .and_then(absolute)
        .or_else(|| home.and_then(absolute).map(|h| h.join(".local/state")))?;
    Some(base.join("voiso").join("journals"))
}

/// The automatic journal for `key`, its directory created (private to the
/// user: it names the failures an operator touched).
pub fn auto_path(key: &AutoKey<'_>) -> Result<PathBuf, String> {
    let dir = state_dir(std::env::var_os("XDG_STATE_HOME"), std::env::var_os("HOME")).ok_or(
        "--journal auto keeps its journal under $XDG_STATE_HOME or $HOME, and neither is \
         set to an absolute path: set one, or give --journal FILE",
    )?;
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(&dir)
        .map_err(|e| format!("cannot create the journal directory {}: {e}", dir.display()))?;
    Ok(dir.join(format!("retrigger-{:016x}.ndjson", fnv1a(&key.text()))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;
    use std::io::Write;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn journal_path() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.ndjson");
        (dir, path)
    }

    fn open(path: &Path) -> Journal {
        Journal::open(path).unwrap_or_else(|e| panic!("open: {e:?}"))
    }

    fn failed(certain: bool) -> Final {
        Final {
            outcome: Recorded::Failed,
            certain,
            failed_again: false,
            error: Some("server error 503".into()),
        }
    }

    #[test]
    fn resumes_from_what_was_recorded_and_survives_a_torn_line() {
        let (_dir, path) = journal_path();
        {
            let mut journal = open(&path);
            journal
                .record("a", Final::certain(Recorded::Retriggered))
                .unwrap();
            journal.record("b", failed(true)).unwrap();
            journal
                .record("c", Final::certain(Recorded::AlreadyPending))
                .unwrap();
        }
        // A crash in the middle of writing d's line.
        let mut raw = OpenOptions::new().append(true).open(&path).unwrap();
        raw.write_all(br#"{"id":"d","outc"#).unwrap();
        drop(raw);

        let mut journal = open(&path);
        assert_eq!(journal.status("a"), Status::Done);
        assert_eq!(journal.status("c"), Status::Done);
        assert_eq!(
            journal.status("b"),
            Status::Fresh,
            "certain failures are retried"
        );
        assert_eq!(
            journal.status("d"),
            Status::Fresh,
            "a torn line proves nothing"
        );
        journal
            .record("b", Final::certain(Recorded::Retriggered))
            .unwrap();
        journal
            .record("d", Final::certain(Recorded::AlreadyPending))
            .unwrap();
        journal
            .record("e", Final::certain(Recorded::NotFound))
            .unwrap();
        drop(journal);

        let journal = open(&path);
        for id in ["a", "b", "c", "d"] {
            assert_eq!(journal.status(id), Status::Done, "{id}");
        }
        assert_eq!(
            journal.status("e"),
            Status::Fresh,
            "not found is asked again, and fails again"
        );
    }

    #[test]
    fn a_complete_last_record_without_its_newline_is_kept_apart() {
        let (_dir, path) = journal_path();
        std::fs::write(&path, br#"{"id":"x","outcome":"retriggered"}"#).unwrap();
        let mut journal = open(&path);
        assert_eq!(journal.status("x"), Status::Done);
        journal
            .record("y", Final::certain(Recorded::Retriggered))
            .unwrap();
        drop(journal);
        let journal = open(&path);
        assert_eq!(journal.status("x"), Status::Done, "a record was glued to x");
        assert_eq!(journal.status("y"), Status::Done);
    }

    #[test]
    fn a_send_without_a_certain_outcome_is_maybe_sent_with_its_own_baseline() {
        let (_dir, path) = journal_path();
        let sent = at("2026-03-15T12:00:01Z");
        let baseline = at("2026-03-01T08:00:00Z");
        {
            let mut journal = open(&path);
            // Killed in flight: a sending record and nothing after it.
            journal
                .record_sending("inflight", Some(sent), Some(baseline))
                .unwrap();
            // The answer was lost.
            journal.record_sending("lost", Some(sent), None).unwrap();
            journal.record("lost", failed(false)).unwrap();
            // Certainly refused before the server acted.
            journal
                .record_sending("refused", Some(sent), Some(baseline))
                .unwrap();
            journal.record("refused", failed(true)).unwrap();
            // Never sent: the hook refused.
            journal
                .record_sending("unsent", Some(sent), Some(baseline))
                .unwrap();
            journal
                .record(
                    "unsent",
                    Final {
                        outcome: Recorded::NotSent,
                        certain: true,
                        failed_again: false,
                        error: Some("disk full".into()),
                    },
                )
                .unwrap();
            // Went through, and failed again already.
            journal
                .record_sending("again", Some(sent), Some(baseline))
                .unwrap();
            journal
                .record(
                    "again",
                    Final {
                        outcome: Recorded::Retriggered,
                        certain: true,
                        failed_again: true,
                        error: None,
                    },
                )
                .unwrap();
        }
        let journal = open(&path);
        assert_eq!(
            journal.status("inflight"),
            Status::MaybeSent {
                sent_at: Some(sent),
                baseline: Some(baseline)
            }
        );
        assert_eq!(
            journal.status("lost"),
            Status::MaybeSent {
                sent_at: Some(sent),
                baseline: None
            }
        );
        assert_eq!(journal.status("refused"), Status::Fresh);
        assert_eq!(journal.status("unsent"), Status::Fresh);
        assert_eq!(journal.status("again"), Status::Done);
        assert_eq!(journal.status("never-seen"), Status::Fresh);
    }

    #[test]
    fn a_second_send_keeps_the_first_send_time_and_baseline() {
        let (_dir, path) = journal_path();
        let (first, second) = (at("2026-03-15T12:00:01Z"), at("2026-03-15T13:00:00Z"));
        let baseline = at("2026-03-01T08:00:00Z");
        let mut journal = open(&path);
        journal
            .record_sending("x", Some(first), Some(baseline))
            .unwrap();
        journal.record("x", failed(false)).unwrap();
        // A resumed run sent it again; its own view of the baseline (none,
        // or one read after the lost retrigger) must not replace the first.
        journal
            .record_sending("x", Some(second), Some(at("2026-03-15T12:00:01Z")))
            .unwrap();
        assert_eq!(
            journal.status("x"),
            Status::MaybeSent {
                sent_at: Some(first),
                baseline: Some(baseline)
            }
        );
        // After a certain "not acted on", a new send starts a new history.
        journal.record("x", failed(true)).unwrap();
        journal.record_sending("x", Some(second), None).unwrap();
        assert_eq!(
            journal.status("x"),
            Status::MaybeSent {
                sent_at: Some(second),
                baseline: None
            }
        );
    }

    #[test]
    fn an_old_journal_reads_failed_as_maybe_sent_and_the_rest_as_done() {
        let (_dir, path) = journal_path();
        std::fs::write(
            &path,
            concat!(
                r#"{"id":"r","outcome":"retriggered"}"#,
                "\n",
                r#"{"id":"p","outcome":"already_pending"}"#,
                "\n",
                r#"{"id":"n","outcome":"not_found"}"#,
                "\n",
                r#"{"id":"f","outcome":"failed","error":"the request to Voiso timed out"}"#,
                "\n",
            ),
        )
        .unwrap();
        let journal = open(&path);
        for id in ["r", "p"] {
            assert_eq!(journal.status(id), Status::Done, "{id}");
        }
        assert_eq!(journal.status("n"), Status::Fresh);
        assert_eq!(
            journal.status("f"),
            Status::MaybeSent {
                sent_at: None,
                baseline: None
            }
        );
    }

    #[test]
    fn lines_have_the_documented_shape() {
        let (_dir, path) = journal_path();
        let mut journal = open(&path);
        journal
            .record_sending(
                "x",
                Some(at("2026-03-15T12:00:01Z")),
                Some(at("2026-03-01T08:00:00Z")),
            )
            .unwrap();
        journal
            .record(
                "x",
                Final {
                    outcome: Recorded::Retriggered,
                    certain: true,
                    failed_again: true,
                    error: None,
                },
            )
            .unwrap();
        journal.record("y", failed(false)).unwrap();
        drop(journal);
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                r#"{"id":"x","outcome":"sending","sent_at":"2026-03-15T12:00:01Z","baseline":"2026-03-01T08:00:00Z"}"#,
                r#"{"id":"x","outcome":"retriggered","certain":true,"failed_again":true}"#,
                r#"{"id":"y","outcome":"failed","certain":false,"error":"server error 503"}"#,
            ]
        );
    }

    #[test]
    fn a_second_opener_is_refused_until_the_first_lets_go() {
        let (_dir, path) = journal_path();
        let first = open(&path);
        assert!(matches!(Journal::open(&path), Err(OpenError::Locked)));
        drop(first);
        open(&path);
    }

    #[test]
    fn a_journal_in_the_current_directory_opens() {
        // A bare file name has an empty parent: its directory is ".".
        let (dir, _) = journal_path();
        let path = dir.path().join("bare.ndjson");
        crate::durable::sync_parent(Path::new("bare.ndjson")).unwrap();
        open(&path);
        assert!(path.exists());
    }

    #[test]
    fn auto_journals_are_named_by_what_the_command_selects() {
        let name = |key: AutoKey<'_>| format!("{:016x}", fnv1a(&key.text()));
        let ids = name(AutoKey::Ids(vec!["b", "a", "b"]));
        assert_eq!(ids, name(AutoKey::Ids(vec!["a", "b"])), "order and repeats");
        assert_ne!(ids, name(AutoKey::Ids(vec!["a"])));
        assert_ne!(ids, name(AutoKey::Ids(vec!["a\nb"])));
        let all = |status, since| {
            name(AutoKey::Filters {
                status,
                since,
                until: None,
            })
        };
        assert_eq!(all("inactive", Some("24h")), all("inactive", Some("24h")));
        assert_ne!(all("inactive", Some("24h")), all("inactive", None));
        assert_ne!(all("inactive", None), all("pending", None));
        assert_ne!(
            all("inactive", Some("x")),
            name(AutoKey::Filters {
                status: "inactive",
                since: None,
                until: Some("x")
            })
        );
        // Fixed for good: a newer CLI must find an older run's journal.
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_state_directory_follows_xdg_then_home() {
        let os = |s: &str| Some(OsString::from(s));
        assert_eq!(
            state_dir(os("/x/state"), os("/home/u")),
            Some(PathBuf::from("/x/state/voiso/journals"))
        );
        assert_eq!(
            state_dir(None, os("/home/u")),
            Some(PathBuf::from("/home/u/.local/state/voiso/journals"))
        );
        assert_eq!(
            state_dir(os("relative"), os("/home/u")),
            Some(PathBuf::from("/home/u/.local/state/voiso/journals"))
        );
        assert_eq!(state_dir(None, os("")), None);
        assert_eq!(state_dir(None, None), None);
    }

    #[test]
    fn journal_arg_is_auto_or_a_file() {
        assert_eq!(parse_journal_arg("auto"), Ok(JournalArg::Auto));
        assert_eq!(
            parse_journal_arg("./auto"),
            Ok(JournalArg::File("./auto".into()))
        );
        assert!(parse_journal_arg("").is_err());
    }

    #[test]
    fn a_journal_is_quiet_since_its_last_write_unless_a_send_is_open() {
        let (_dir, path) = journal_path();
        {
            let mut journal = open(&path);
            assert!(journal.quiet_since().is_some(), "a new, empty journal");
            journal.record_sending("a", None, None).unwrap();
            journal.record("a", failed(false)).unwrap();
        }
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
        {
            let mut journal = open(&path);
            assert_eq!(journal.quiet_since(), Some(modified));
            // Killed with b in flight.
            journal.record_sending("b", None, None).unwrap();
        }
        let mut journal = open(&path);
        assert_eq!(journal.quiet_since(), None);
        journal.record("b", failed(false)).unwrap();
        drop(journal);
        assert!(open(&path).quiet_since().is_some());
    }
}
