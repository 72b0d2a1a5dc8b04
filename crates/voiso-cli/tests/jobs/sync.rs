//! `voiso cdrs sync`, `verify` and `schema` against the mock, into SQLite
//! (in process), dated files, and a real PostgreSQL server this binary
//! starts itself (part of the `cli` test binary).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};

use super::*;

// ---------------------------------------------------------------------
// A private PostgreSQL server, shared by this binary's PostgreSQL tests.

struct Pg {
    bin: PathBuf,
    port: u16,
    root: PathBuf,
}

static PG: OnceLock<Option<Pg>> = OnceLock::new();
static PG_DATABASES: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Debian's server binaries: `PG_BIN`, else the newest
/// `/usr/lib/postgresql/N/bin`, else `initdb` on the PATH.
fn pg_bin() -> Option<PathBuf> {
    if let Ok(bin) = std::env::var("PG_BIN") {
        return Some(PathBuf::from(bin));
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .find(|dir| dir.join("initdb").exists() && dir.join("pg_ctl").exists())
    })
}

/// Runs a server binary, as the `postgres` user when we are root (the
/// server refuses to run as root).
fn pg_command(bin: &Path, tool: &str) -> Command {
    let is_root = unsafe { libc::geteuid() } == 0;
    if is_root {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "postgres", "--"]).arg(bin.join(tool));
        cmd
    } else {
        Command::new(bin.join(tool))
    }
}

extern "C" fn stop_pg() {
    if let Some(Some(pg)) = PG.get() {
        let _ = pg_command(&pg.bin, "pg_ctl")
            .arg("-D")
            .arg(pg.root.join("data"))
            .args(["-m", "immediate", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&pg.root);
    }
}

fn start_pg() -> Option<Pg> {
    let Some(bin) = pg_bin() else {
        let message = "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: \
                       the PostgreSQL tests are SKIPPED. Install Debian's `postgresql` package \
                       (.ci/run does) to run them.";
        if std::env::var_os("CI").is_some() {
            panic!("{message}");
        }
        eprintln!("\n!!!!! {message}\n");
        return None;
    };
    let root = tempfile::Builder::new()
        .prefix("voiso-pg-")
        .tempdir()
        .unwrap()
        .keep();
    if unsafe { libc::geteuid() } == 0 {
        let status = Command::new("chown")
            .args(["-R", "postgres:"])
            .arg(&root)
            .status()
            .unwrap();
        assert!(status.success(), "chown the PostgreSQL test directory");
    }
    let out = pg_command(&bin, "initdb")
        .arg("-D")
        .arg(root.join("data"))
        .args(["-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
        .output()
        .unwrap();
    assert!(out.status.success(), "initdb: {}", text(&out.stderr));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let options = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off -c synchronous_commit=off",
        root.display()
    );
    let out = pg_command(&bin, "pg_ctl")
        .arg("-D")
        .arg(root.join("data"))
        .arg("-l")
        .arg(root.join("log"))
        .args(["-o", &options, "-w", "start"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pg_ctl start: {}{}",
        text(&out.stdout),
        std::fs::read_to_string(root.join("log")).unwrap_or_default()
    );
    // Stopped when the test binary exits, whichever test came last.
    unsafe { libc::atexit(stop_pg) };
    Some(Pg { bin, port, root })
}

impl Pg {
    /// A new, empty database of its own for one test.
    fn database(&self) -> String {
        let n = PG_DATABASES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let name = format!("t{}_{n}", std::process::id());
        self.sql("postgres", &format!("CREATE DATABASE {name}"));
        name
    }

    fn url(&self, database: &str) -> String {
        format!("postgresql://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// `sql`'s rows, fields separated by `|`.
    fn sql(&self, database: &str, sql: &str) -> String {
        let out = Command::new(self.bin.join("psql"))
            .args(["-X", "-At", "-h", "127.0.0.1", "-U", "postgres"])
            .args(["-p", &self.port.to_string(), "-d", database, "-c", sql])
            .output()
            .unwrap();
        assert!(out.status.success(), "{sql}: {}", text(&out.stderr));
        text(&out.stdout)
    }
}

fn pg() -> Option<&'static Pg> {
    PG.get_or_init(start_pg).as_ref()
}

// ---------------------------------------------------------------------
// Destinations, as the tests see them.

enum Dest {
    Sqlite(PathBuf),
    Dir(PathBuf),
    Postgres(&'static Pg, String),
}

/// A CDR as compared: its start and its data.
type Rows = BTreeMap<String, (DateTime<Utc>, serde_json::Value)>;

impl Dest {
    fn arg(&self) -> String {
        match self {
            Dest::Sqlite(path) => format!("sqlite:{}", path.display()),
            Dest::Dir(path) => format!("dir:{}", path.display()),
            Dest::Postgres(pg, db) => pg.url(db),
        }
    }

    fn rows(&self) -> Rows {
        let mut rows = Rows::new();
        match self {
            Dest::Sqlite(path) => {
                let db = rusqlite::Connection::open(path).unwrap();
                let mut select = db
                    .prepare("SELECT id, started_at, data FROM voiso_cdrs")
                    .unwrap();
                let found = select
                    .query_map([], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                        ))
                    })
                    .unwrap();
                for row in found {
                    let (id, started, data) = row.unwrap();
                    let started = DateTime::parse_from_rfc3339(&started).unwrap().to_utc();
                    let previous = rows.insert(id, (started, serde_json::from_str(&data).unwrap()));
                    assert!(previous.is_none());
                }
            }
            Dest::Dir(path) => {
                for entry in std::fs::read_dir(path).unwrap() {
                    let path = entry.unwrap().path();
                    if path.extension().is_none_or(|e| e != "ndjson") {
                        continue;
                    }
                    let day = path.file_stem().unwrap().to_string_lossy().into_owned();
                    for record in records(&std::fs::read(&path).unwrap()) {
                        let (id, started, data) = cdr_of(&record);
                        assert_eq!(started.format("%Y-%m-%d").to_string(), day, "{record}");
                        assert!(rows.insert(id, (started, data)).is_none(), "{record} twice");
                    }
                }
            }
            Dest::Postgres(pg, db) => {
                let out = pg.sql(
                    db,
                    "SELECT id, to_char(started_at AT TIME ZONE 'UTC', \
                     'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), data FROM voiso_cdrs",
                );
                for line in out.lines() {
                    let mut fields = line.splitn(3, '|');
                    let (id, started, data) = (
                        fields.next().unwrap(),
                        fields.next().unwrap(),
                        fields.next().unwrap(),
                    );
                    let started = DateTime::parse_from_rfc3339(started).unwrap().to_utc();
                    rows.insert(
                        id.to_string(),
                        (started, serde_json::from_str(data).unwrap()),
                    );
                }
            }
        }
        rows
    }

    /// Removes `n` rows of the UTC day `day` (YYYY-MM-DD) by hand.
    fn delete_some(&self, day: &str, n: usize) {
        match self {
            Dest::Sqlite(path) => {
                let db = rusqlite::Connection::open(path).unwrap();
                let deleted = db
                    .execute(
                        "DELETE FROM voiso_cdrs WHERE id IN (SELECT id FROM voiso_cdrs \
                         WHERE substr(started_at, 1, 10) = ?1 LIMIT ?2)",
                        rusqlite::params![day, n as i64],
                    )
                    .unwrap();
                assert_eq!(deleted, n);
            }
            Dest::Dir(path) => {
                let file = path.join(format!("{day}.ndjson"));
                let content = std::fs::read_to_string(&file).unwrap();
                let kept: Vec<&str> = content.lines().skip(n).collect();
                std::fs::write(&file, kept.join("\n") + "\n").unwrap();
            }
            Dest::Postgres(pg, db) => {
                pg.sql(
                    db,
                    &format!(
                        "DELETE FROM voiso_cdrs WHERE id IN (SELECT id FROM voiso_cdrs \
                         WHERE (started_at AT TIME ZONE 'UTC')::date = '{day}' LIMIT {n})"
                    ),
                );
            }
        }
    }
}

fn cdr_of(record: &serde_json::Value) -> (String, DateTime<Utc>, serde_json::Value) {
    let id = match &record["id"] {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let started = DateTime::parse_from_rfc3339(record["started_at"].as_str().unwrap())
        .unwrap()
        .to_utc();
    let data = record.get("data").cloned().unwrap_or(serde_json::json!({}));
    (id, started, data)
}

/// The mock's CDRs in `range`, by `cdrs export`, as a destination holds them.
fn exported(mock: &MockProcess, range: &[String; 2]) -> Rows {
    let mut cmd = mock.voiso();
    cmd.args(["cdrs", "export", "--since", &range[0], "--until", &range[1]]);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    records(&out.stdout)
        .iter()
        .map(|r| {
            let (id, started, data) = cdr_of(r);
            // Stored to the microsecond.
            let started = DateTime::from_timestamp_micros(started.timestamp_micros()).unwrap();
            (id, (started, data))
        })
        .collect()
}

fn records(ndjson: &[u8]) -> Vec<serde_json::Value> {
    text(ndjson)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// Every CDR of a fresh mock, and a little after.
fn everything() -> [String; 2] {
    let now = Utc::now();
    [
        (now - chrono::Duration::days(31)).to_rfc3339(),
        (now + chrono::Duration::hours(1)).to_rfc3339(),
    ]
}

fn sync_cmd(mock: &MockProcess, dest: &Dest, args: &[&str]) -> Command {
    let mut cmd = mock.voiso();
    cmd.args(["cdrs", "sync", "--into", &dest.arg()]).args(args);
    cmd
}

/// Runs `cmd`, which must exit with `code`; its stderr.
async fn expect_exit(cmd: Command, code: i32) -> String {
    let shown = format!("{cmd:?}");
    let out = run(cmd).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{shown}\n{stderr}");
    stderr
}

async fn requests(mock: &MockProcess) -> u64 {
    mock.stats().await["requests"].as_u64().unwrap()
}

fn cdr_mock(cdrs: u64, flags: &[&str]) -> MockProcess {
    let cdrs = cdrs.to_string();
    MockProcess::spawn(&["--seed", "11", "--failures", "1", "--cdrs", &cdrs], flags)
}

// ---------------------------------------------------------------------
// The tests.

/// First sync equals the mock's set; a second with nothing new reads only
/// the lookback and changes nothing; a call started in between appears
/// after the next.
async fn first_second_and_new_calls(dest: Dest) {
    let mock = cdr_mock(20_000, &[]);
    let range = everything();
    let expected = exported(&mock, &range);
    assert_eq!(expected.len(), 20_000);

    let since = ["--since", range[0].as_str()];
    let stderr = expect_exit(sync_cmd(&mock, &dest, &since), 0).await;
    assert!(stderr.contains("done: 20000 records"), "{stderr}");
    assert!(
        dest.rows() == expected,
        "the first sync differs from the mock's CDRs"
    );

    // The mock's newest CDR is hours old: a day's lookback rereads some.
    let before = requests(&mock).await;
    let rerun = [&since[..], &["--lookback", "1d"]].concat();
    let stderr = expect_exit(sync_cmd(&mock, &dest, &rerun), 0).await;
    let made = requests(&mock).await - before;
    // A day of 20,000 CDRs over 30 days: one probe and one page.
    assert!(made <= 3, "{made} requests for a rerun with nothing new");
    let reread: u64 = stderr
        .split("done: ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(reread > 0, "the lookback reread nothing: {stderr}");
    assert!(dest.rows() == expected, "a rerun changed the rows");

    let agent = mock.agents(true).await.remove(0);
    let (code, id, stderr) = mock
        .run(&["calls", "start", "--user", &agent, "--phone", PHONE])
        .await;
    assert_eq!(code, Some(0), "{stderr}");
    expect_exit(sync_cmd(&mock, &dest, &since), 0).await;
    let rows = dest.rows();
    assert_eq!(rows.len(), 20_001);
    assert!(rows.contains_key(id.trim()), "the new call {id} is not in");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_into_sqlite_holds_every_cdr_once_and_picks_up_new_calls() {
    let dir = tempfile::tempdir().unwrap();
    first_second_and_new_calls(Dest::Sqlite(dir.path().join("cdrs.db"))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_into_dated_files_holds_every_cdr_once_and_picks_up_new_calls() {
    let dir = tempfile::tempdir().unwrap();
    first_second_and_new_calls(Dest::Dir(dir.path().join("cdrs"))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_into_postgres_holds_every_cdr_once_and_picks_up_new_calls() {
    let Some(pg) = pg() else { return };
    first_second_and_new_calls(Dest::Postgres(pg, pg.database())).await;
}

/// SIGKILLed at three points, then rerun: every CDR exactly once.
async fn killed_and_rerun(dest: Dest) {
    // 50,000 rather than the 200,000: the same paths (several
    // blocks, several transactions per run) in a quarter of the time on
    // two cores.
    const COUNT: usize = 50_000;
    let mock = cdr_mock(COUNT as u64, &["--latency-ms", "20"]);
    let range = everything();
    let since = ["--since", range[0].as_str(), "--parallel", "2"];
    // After this many requests of a run (of about 55): early, in the middle
    // of a transaction, and near the end.
    let mut ended_early = Vec::new();
    for kill_after in [8, 30, 50] {
        let start = requests(&mock).await;
        let log = tempfile::NamedTempFile::new().unwrap();
        let mut child = sync_cmd(&mock, &dest, &since)
            .stderr(log.reopen().unwrap())
            .spawn()
            .unwrap();
        loop {
            if child.try_wait().unwrap().is_some() {
                let said = std::fs::read_to_string(log.path()).unwrap();
                ended_early.push(format!("{kill_after}: {said}"));
                break;
            }
            if requests(&mock).await - start >= kill_after {
                unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
                child.wait().unwrap();
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
    expect_exit(sync_cmd(&mock, &dest, &since), 0).await;
    let rows = dest.rows();
    assert_eq!(rows.len(), COUNT);
    assert!(
        rows == exported(&mock, &range),
        "the rows differ from the mock's CDRs"
    );
    // Until a run completes, each reads the whole window again.
    assert!(
        ended_early.is_empty(),
        "runs ended before their kill points {ended_early:?}"
    );
    let (code, _, stderr) = mock
        .run(&[
            "cdrs",
            "verify",
            "--into",
            &dest.arg(),
            "--since",
            &range[0],
        ])
        .await;
    assert_eq!(code, Some(0), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_sqlite_sync_rerun_leaves_each_cdr_once() {
    let dir = tempfile::tempdir().unwrap();
    killed_and_rerun(Dest::Sqlite(dir.path().join("cdrs.db"))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_dir_sync_rerun_leaves_each_cdr_once() {
    let dir = tempfile::tempdir().unwrap();
    killed_and_rerun(Dest::Dir(dir.path().join("cdrs"))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_postgres_sync_rerun_leaves_each_cdr_once() {
    let Some(pg) = pg() else { return };
    killed_and_rerun(Dest::Postgres(pg, pg.database())).await;
}

/// Rate limits, faults and lost replies change nothing in the result.
async fn through_faults(dest: Dest) {
    let mock = cdr_mock(
        20_000,
        &[
            "--rate-limit",
            "15",
            "--fault-rate",
            "0.1",
            "--lost-reply-rate",
            "0.1",
        ],
    );
    let range = everything();
    let expected = exported(&mock, &range);
    assert_eq!(expected.len(), 20_000);
    expect_exit(sync_cmd(&mock, &dest, &["--since", &range[0]]), 0).await;
    assert!(dest.rows() == expected, "faults changed the result");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_change_nothing_in_a_sqlite_sync() {
    let dir = tempfile::tempdir().unwrap();
    through_faults(Dest::Sqlite(dir.path().join("cdrs.db"))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_change_nothing_in_a_dir_sync() {
    let dir = tempfile::tempdir().unwrap();
    through_faults(Dest::Dir(dir.path().join("cdrs"))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_change_nothing_in_a_postgres_sync() {
    let Some(pg) = pg() else { return };
    through_faults(Dest::Postgres(pg, pg.database())).await;
}

/// Rows deleted by hand: verify names their day and exits 1; --repair
/// reads it again, and then every day matches.
async fn verify_and_repair(dest: Dest, flags: &[&str]) {
    let mock = cdr_mock(20_000, flags);
    let range = everything();
    let expected = exported(&mock, &range);
    expect_exit(sync_cmd(&mock, &dest, &["--since", &range[0]]), 0).await;
    let verify = |extra: &[&str]| {
        let mut cmd = mock.voiso();
        cmd.args([
            "cdrs",
            "verify",
            "--into",
            &dest.arg(),
            "--since",
            &range[0],
        ])
        .args(["--output", "json"])
        .args(extra);
        cmd
    };
    let out = run(verify(&[])).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // A busy day, and the newest one.
    let mut days: Vec<String> = expected
        .values()
        .map(|(t, _)| t.format("%Y-%m-%d").to_string())
        .collect();
    days.sort();
    days.dedup();
    let busy = days[days.len() / 2].clone();
    dest.delete_some(&busy, 7);
    let out = run(verify(&[])).await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(&format!("1 day differs: {busy}")),
        "{}",
        text(&out.stderr)
    );
    let report: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let bad: Vec<_> = report.iter().filter(|d| d["matches"] == false).collect();
    assert_eq!(bad.len(), 1, "{report:?}");
    assert_eq!(bad[0]["day"], busy.as_str());
    assert_eq!(
        bad[0]["voiso"].as_u64().unwrap() - bad[0]["destination"].as_u64().unwrap(),
        7
    );

    let out = run(verify(&["--repair"])).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        dest.rows() == expected,
        "the repair did not restore the rows"
    );
    let out = run(verify(&[])).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_finds_rows_deleted_from_sqlite_and_repair_restores_them() {
    let dir = tempfile::tempdir().unwrap();
    verify_and_repair(Dest::Sqlite(dir.path().join("cdrs.db")), &[]).await;
}

/// Where pages carry no `metadata.total` (an inferred field), Voiso's
/// count per day is counted by cursor.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_counts_by_cursor_where_pages_have_no_total() {
    let dir = tempfile::tempdir().unwrap();
    verify_and_repair(
        Dest::Sqlite(dir.path().join("cdrs.db")),
        &["--cdr-no-total"],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_finds_records_deleted_from_a_day_file_and_repair_restores_them() {
    let dir = tempfile::tempdir().unwrap();
    verify_and_repair(Dest::Dir(dir.path().join("cdrs")), &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_finds_rows_deleted_from_postgres_and_repair_restores_them() {
    let Some(pg) = pg() else { return };
    verify_and_repair(Dest::Postgres(pg, pg.database()), &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_destinations_are_refused_with_what_to_do() {
    let mock = cdr_mock(1_000, &[]);
    let dir = tempfile::tempdir().unwrap();
    let sync = |into: &str| {
        let mut cmd = mock.voiso();
        cmd.args(["cdrs", "sync", "--into", into]);
        cmd
    };

    let stderr = expect_exit(sync("mysql://me:hunter2@db/cdrs"), 2).await;
    assert!(
        stderr.contains("unknown destination scheme \"mysql\"")
            && stderr.contains("sqlite:PATH")
            && stderr.contains("postgres://")
            && stderr.contains("dir:PATH")
            && !stderr.contains("hunter2"),
        "{stderr}"
    );

    // Nothing listens on port 1: exit 1, the password never shown, and
    // Voiso never asked.
    let before = requests(&mock).await;
    let stderr = expect_exit(sync("postgresql://me:hunter2@127.0.0.1:1/cdrs"), 1).await;
    assert!(
        stderr.contains("cannot connect to PostgreSQL at postgresql://me@127.0.0.1:1/cdrs")
            && !stderr.contains("hunter2"),
        "{stderr}"
    );
    assert_eq!(requests(&mock).await, before);

    let not_db = dir.path().join("notes.txt");
    let notes = "these are my notes, not a database\n".repeat(100);
    std::fs::write(&not_db, &notes).unwrap();
    let stderr = expect_exit(sync(&format!("sqlite:{}", not_db.display())), 2).await;
    assert!(stderr.contains("is not a SQLite database"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&not_db).unwrap(), notes);
}

/// A destination another sync holds: the second exits 2 saying so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_sync_at_a_time_per_destination() {
    // Long enough that the first is still reading once the second has
    // waited out its patience for a PostgreSQL lock (3 s).
    let mock = cdr_mock(200_000, &["--latency-ms", "300"]);
    let dir = tempfile::tempdir().unwrap();
    let mut dests = vec![
        Dest::Sqlite(dir.path().join("cdrs.db")),
        Dest::Dir(dir.path().join("cdrs")),
    ];
    if let Some(pg) = pg() {
        dests.push(Dest::Postgres(pg, pg.database()));
    }
    for dest in dests {
        let start = requests(&mock).await;
        let mut first = sync_cmd(&mock, &dest, &[])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Reading: it holds the lock.
        while requests(&mock).await == start {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let stderr = expect_exit(sync_cmd(&mock, &dest, &[]), 2).await;
        assert!(
            stderr.contains("another voiso cdrs sync"),
            "{}: {stderr}",
            dest.arg()
        );
        unsafe { libc::kill(first.id() as i32, libc::SIGKILL) };
        first.wait().unwrap();
    }
}

/// A table of an older layout gains the columns it lacks; its rows stay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_older_sqlite_layout_is_migrated_by_adding_columns() {
    let mock = cdr_mock(1_000, &[]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let db = rusqlite::Connection::open(&path).unwrap();
        db.execute_batch(
            "CREATE TABLE voiso_cdrs (id TEXT NOT NULL PRIMARY KEY, type TEXT NOT NULL, \
             started_at TEXT NOT NULL, data TEXT);
             INSERT INTO voiso_cdrs VALUES ('kept-1', 'call', '2020-01-01T00:00:00.000000Z', '{}');",
        )
        .unwrap();
    }
    let dest = Dest::Sqlite(path.clone());
    expect_exit(sync_cmd(&mock, &dest, &["--since", &everything()[0]]), 0).await;
    let db = rusqlite::Connection::open(&path).unwrap();
    let columns: Vec<String> = db
        .prepare("SELECT name FROM pragma_table_info('voiso_cdrs')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        columns,
        ["id", "type", "started_at", "data", "ended_at", "extra"],
        "columns added at the end, none dropped"
    );
    let kept: i64 = db
        .query_row(
            "SELECT count(*) FROM voiso_cdrs WHERE id = 'kept-1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, 1);
    assert_eq!(dest.rows().len(), 1_001);
}

/// The same in PostgreSQL: columns added, rows kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_older_postgres_layout_is_migrated_by_adding_columns() {
    let Some(pg) = pg() else { return };
    let db = pg.database();
    pg.sql(
        &db,
        "CREATE TABLE voiso_cdrs (id TEXT NOT NULL PRIMARY KEY, type TEXT NOT NULL, \
         started_at TIMESTAMPTZ NOT NULL, data JSONB); \
         INSERT INTO voiso_cdrs VALUES ('kept-1', 'call', '2020-01-01T00:00:00Z', '{}')",
    );
    let mock = cdr_mock(1_000, &[]);
    let dest = Dest::Postgres(pg, db.clone());
    expect_exit(sync_cmd(&mock, &dest, &["--since", &everything()[0]]), 0).await;
    let columns = pg.sql(
        &db,
        "SELECT column_name FROM information_schema.columns \
         WHERE table_name = 'voiso_cdrs' ORDER BY ordinal_position",
    );
    assert_eq!(
        columns.lines().collect::<Vec<_>>(),
        ["id", "type", "started_at", "data", "ended_at", "extra"]
    );
    assert_eq!(
        pg.sql(&db, "SELECT count(*) FROM voiso_cdrs WHERE id = 'kept-1'")
            .trim(),
        "1"
    );
    assert_eq!(dest.rows().len(), 1_001);
}

#[test]
fn schema_prints_each_dialects_table_from_the_spec() {
    let schema = |dialect: &str| {
        let out = bare_voiso()
            .args(["cdrs", "schema", "--dialect", dialect])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let postgres = schema("postgres");
    for line in [
        "CREATE TABLE IF NOT EXISTS voiso_cdrs (",
        "    id TEXT NOT NULL PRIMARY KEY,",
        "    started_at TIMESTAMPTZ NOT NULL,",
        "    data JSONB,",
        "CREATE TABLE IF NOT EXISTS voiso_sync_state (",
    ] {
        assert!(postgres.contains(line), "{line:?} in\n{postgres}");
    }
    let sqlite = schema("sqlite");
    assert!(sqlite.contains("    data TEXT,"), "{sqlite}");
    // What it prints is what a user can run.
    rusqlite::Connection::open_in_memory()
        .unwrap()
        .execute_batch(&sqlite)
        .unwrap();
}

#[test]
fn export_columns_flatten_data_fields_into_csv() {
    let mock = cdr_mock(2_000, &[]);
    let range = everything();
    let export = |args: &[&str]| {
        let mut cmd = mock.voiso();
        cmd.args(["cdrs", "export", "--since", &range[0], "--until", &range[1]])
            .args(args);
        cmd.output().unwrap()
    };
    let ndjson = export(&[]);
    let csv = export(&[
        "--output",
        "csv",
        "--columns",
        "id,started_at,data.direction,data.duration",
    ]);
    assert_eq!(csv.status.code(), Some(0), "{}", text(&csv.stderr));
    let csv = text(&csv.stdout);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("id,started_at,data.direction,data.duration")
    );
    for (line, record) in lines.zip(records(&ndjson.stdout)) {
        let text = |v: &serde_json::Value| match v {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let expected = [
            text(&record["id"]),
            text(&record["started_at"]),
            text(&record["data"]["direction"]),
            text(&record["data"]["duration"]),
        ]
        .join(",");
        assert_eq!(line, expected);
    }

    let refused = export(&["--columns", "id"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("--output csv"));
    let refused = export(&["--output", "csv", "--columns", "id,direction"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("data.KEY"),
        "{}",
        text(&refused.stderr)
    );
}
