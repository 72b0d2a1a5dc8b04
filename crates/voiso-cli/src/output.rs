//! Printing items as they stream in: a table for people, JSON or NDJSON for
//! scripts. Nothing is buffered, so a long listing starts printing at once.
//!
//! Everything a command prints to stdout goes through here, and every write
//! error comes back as the `io::Error` it was (never flattened into text,
//! JSON's included), so that a closed stdout (`voiso … | head`) is one
//! `BrokenPipe` that `exit` turns into a quiet exit 0, for every command.
//! A bulk run's report ([`say`]) goes further: a closed stdout never stops it.

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::args::Output;

/// A value with a one-line table form.
pub trait Row: Serialize {
    /// Column titles and their widths; the last column takes what is left.
    const COLUMNS: &'static [(&'static str, usize)];
    /// Columns never cut to fit a narrow terminal (besides the first, an
    /// ID to be copied whole): values of a fixed form, cut ones say nothing.
    const KEEP: &'static [&'static str] = &[];
    fn cells(&self) -> Vec<String>;
}

impl Record for voiso::WebhookFailure {}

impl Row for voiso::WebhookFailure {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("ID", 24),
        ("STATUS", 9),
        ("EVENT", 22),
        ("CREATED", 20),
        ("WEBHOOK", 20),
        ("REASON", 0),
    ];
    const KEEP: &'static [&'static str] = &["STATUS", "CREATED"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.status.to_string(),
            self.event.clone(),
            self.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            self.webhook.name.clone(),
            self.reason.clone().unwrap_or_default(),
        ]
    }
}

impl Record for voiso::Webhook {}

impl Row for voiso::Webhook {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("ID", 36),
        ("NAME", 24),
        ("METHOD", 6),
        ("EVENTS", 28),
        ("URL", 0),
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.http_method.clone().unwrap_or_default(),
            self.events.join(","),
            self.url.clone().unwrap_or_default(),
        ]
    }
}

/// Table on a terminal, JSON otherwise.
pub fn default_format(stdout_is_terminal: bool) -> Output {
    if stdout_is_terminal {
        Output::Table
    } else {
        Output::Json
    }
}

/// The width a table must fit: `COLUMNS` if set (as a shell sets it, and
/// tests), else the terminal's; `None` when stdout is neither, as in a
/// pipe, where nothing wraps and nothing is cut.
pub fn table_width() -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
    {
        return Some(columns);
    }
    console::Term::stdout()
        .size_checked()
        .map(|(_, columns)| usize::from(columns))
}

/// A printer on stdout in `format`, or the default for what stdout is.
pub fn stdout_printer(format: Option<Output>) -> Printer<io::StdoutLock<'static>> {
    let stdout = io::stdout();
    let format = format.unwrap_or_else(|| default_format(stdout.is_terminal()));
    Printer::new(format, stdout.lock()).width(table_width())
}

/// A value shown alone, field by field (`voiso … get`): every field of its
/// JSON, nested ones as `outer.inner`, lists as comma-separated values.
pub trait Record: Serialize {
    fn fields(&self) -> Vec<(String, String)> {
        let value = serde_json::to_value(self).unwrap_or_default();
        let mut fields = Vec::new();
        flatten("", &value, &mut fields);
        // What a person looks for first, then the rest by name.
        for first in ["name", "id"] {
            if let Some(at) = fields.iter().position(|(k, _)| k == first) {
                let field = fields.remove(at);
                fields.insert(0, field);
            }
        }
        fields
    }
}

fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, value) in map {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&key, value, out);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            let items: Vec<String> = items.iter().map(scalar).collect();
            out.push((prefix.to_string(), items.join(", ")));
        }
        other => out.push((prefix.to_string(), scalar(other))),
    }
}

fn scalar(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The widest field name values are aligned after.
const MAX_LABEL: usize = 32;

/// Prints one item to stdout: field by field in a table format, or a bare
/// JSON object (not a one-element array).
pub fn print_record<T: Record>(item: &T, format: Option<Output>) -> io::Result<()> {
    let stdout = io::stdout();
    let format = format.unwrap_or_else(|| default_format(stdout.is_terminal()));
    write_record(item, format, table_width(), stdout.lock())
}

fn write_record<T: Record>(
    item: &T,
    format: Output,
    width: Option<usize>,
    mut out: impl Write,
) -> io::Result<()> {
    match format {
        Output::Json => {
            serde_json::to_writer_pretty(&mut out, item)?;
            out.write_all(b"\n")?;
        }
        Output::Ndjson => {
            serde_json::to_writer(&mut out, item)?;
            out.write_all(b"\n")?;
        }
        Output::Table => {
            let fields = item.fields();
            // Aligned, but a few long nested names do not push every value
            // off to the right.
            let label = fields
                .iter()
                .map(|(k, _)| k.chars().count())
                .max()
                .unwrap_or(0)
                .min(MAX_LABEL);
            for (key, value) in fields {
                let value = clean(&value);
                // A long value is cut to the width rather than wrapped;
                // the JSON output has it whole.
                let used = (key.chars().count() + 1).max(label + 1) + 2;
                let value = match width {
                    Some(width) => truncate(&value, width.saturating_sub(used).max(8)),
                    None => value,
                };
                let line = format!("{:<label$}  {value}", format!("{key}:"), label = label + 1);
                writeln!(out, "{}", line.trim_end())?;
            }
        }
    }
    out.flush()
}

/// This command line as typed, to be run again (to resume, to finish),
/// quoted for a POSIX shell and without the API key.
pub fn this_command() -> String {
    crate::jobs::lead_import::resume_command()
}

/// Whether a write command reports in JSON (one object per outcome).
pub fn is_json(format: Option<Output>) -> bool {
    matches!(format, Some(Output::Json | Output::Ndjson))
}

/// One JSON object per line, whatever the format: a write command's
/// outcome in `json` or `ndjson` (a script reads each as it comes).
pub fn print_outcome(value: &impl Serialize) {
    let mut stdout = io::stdout().lock();
    if serde_json::to_writer(&mut stdout, value).is_ok() {
        let _ = stdout.write_all(b"\n");
        let _ = stdout.flush();
    }
}

pub struct Printer<W: Write> {
    format: Output,
    out: W,
    printed: usize,
    width: Option<usize>,
}

impl<W: Write> Printer<W> {
    pub fn new(format: Output, out: W) -> Self {
        Self {
            format,
            out,
            printed: 0,
            width: None,
        }
    }

    /// Fit the table in this many columns (`None`: no limit).
    pub fn width(mut self, width: Option<usize>) -> Self {
        self.width = width;
        self
    }

    pub fn item<T: Row>(&mut self, item: &T) -> io::Result<()> {
        match self.format {
            Output::Table => {
                if self.printed == 0 {
                    let titles = T::COLUMNS.iter().map(|(t, _)| t.to_string()).collect();
                    self.table_line::<T>(titles)?;
                }
                self.table_line::<T>(item.cells())?;
            }
            Output::Json => {
                self.out.write_all(if self.printed == 0 {
                    b"[\n  "
                } else {
                    b",\n  "
                })?;
                serde_json::to_writer(&mut self.out, item)?;
            }
            Output::Ndjson => {
                serde_json::to_writer(&mut self.out, item)?;
                self.out.write_all(b"\n")?;
            }
        }
        self.printed += 1;
        Ok(())
    }

    /// Closes the listing; `what` names the items in the empty-table message.
    pub fn finish(mut self, what: &str) -> io::Result<usize> {
        match (self.format, self.printed) {
            (Output::Table, 0) => writeln!(self.out, "no {what}")?,
            (Output::Json, 0) => self.out.write_all(b"[]\n")?,
            (Output::Json, _) => self.out.write_all(b"\n]\n")?,
            _ => {}
        }
        self.out.flush()?;
        Ok(self.printed)
    }

    fn table_line<T: Row>(&mut self, cells: Vec<String>) -> io::Result<()> {
        let widths = layout(T::COLUMNS, T::KEEP, self.width);
        let mut line = String::new();
        for ((width, last), cell) in widths.iter().zip(cells) {
            let cell = clean(&cell);
            let shown = truncate(&cell, *width);
            if *last {
                line.push_str(&shown);
            } else {
                line.push_str(&format!("{shown:<width$}  ", width = *width));
            }
        }
        // Whatever the layout could not fit is cut here: a table never wraps.
        let line = match self.width {
            Some(width) => truncate(line.trim_end(), width),
            None => line.trim_end().to_string(),
        };
        writeln!(self.out, "{line}")
    }
}

/// The least a column is cut to, so a cut one still says something.
const MIN_COLUMN: usize = 6;
/// The least the last column (the free text: a reason, a URL) is left.
const MIN_LAST: usize = 10;

/// Each column's width, and whether it is the last (which takes what is
/// left). Over `total`, the widest column that may be cut (not the first,
/// an ID, nor one in `keep`) gives way first, one character at a time,
/// until the last column has [`MIN_LAST`]; the last column gets the rest.
/// With no `total`, the declared widths and an uncut last column.
fn layout(columns: &[(&str, usize)], keep: &[&str], total: Option<usize>) -> Vec<(usize, bool)> {
    let n = columns.len();
    let mut widths: Vec<usize> = columns.iter().map(|(_, w)| *w).collect();
    let Some(total) = total else {
        return widths
            .into_iter()
            .enumerate()
            .map(|(i, w)| (if i + 1 == n { usize::MAX } else { w }, i + 1 == n))
            .collect();
    };
    let fixed = |widths: &[usize]| widths[..n - 1].iter().map(|w| w + 2).sum::<usize>();
    while fixed(&widths) + MIN_LAST > total {
        let widest = (1..n - 1)
            .filter(|&i| widths[i] > MIN_COLUMN && !keep.contains(&columns[i].0))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
    widths[n - 1] = total.saturating_sub(fixed(&widths)).max(1);
    widths
        .into_iter()
        .enumerate()
        .map(|(i, w)| (w, i + 1 == n))
        .collect()
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Server text may hold control characters: never let it move the cursor
/// or recolour the terminal.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Prints one line of a bulk run's report to stdout. A closed stdout (the
/// reader of a pipe went away) must not stop the run: the journal and the
/// server hold the truth, so a write error only stops the printing.
pub fn say(line: impl Display) {
    let _ = writeln!(io::stdout().lock(), "{}", clean(&line.to_string()));
}

/// Prints our own text (newlines and all) to stdout; as with [`say`], a
/// closed stdout only stops the printing.
pub fn text(line: impl Display) {
    let _ = writeln!(io::stdout().lock(), "{line}");
}

/// As [`say`], to stderr.
pub fn warn(line: impl Display) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that went away after `room` bytes.
    struct ClosedAfter {
        room: usize,
    }

    impl Write for ClosedAfter {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn webhook() -> voiso::Webhook {
        serde_json::from_value(serde_json::json!({
            "id": "e3b6885f-26a3-4b9f-be63-cd4a77dc68af",
            "name": "CRM sync",
            "url": "https://example.com/hook",
            "http_method": "POST",
            "events": ["call.ended"],
        }))
        .expect("a webhook decodes")
    }

    #[test]
    fn a_table_fits_its_width_cutting_the_widest_column_first() {
        let columns = &[("ID", 24), ("NAME", 30), ("WHEN", 20), ("NOTE", 0)];
        let widths = |total| -> Vec<usize> {
            layout(columns, &["WHEN"], Some(total))
                .into_iter()
                .map(|(w, _)| w)
                .collect()
        };
        assert_eq!(widths(200), vec![24, 30, 20, 120]);
        // 80: NAME gives way, ID and WHEN stay whole.
        assert_eq!(widths(80), vec![24, 20, 20, 10]);
        // Narrower than anything fits: the last column keeps a character,
        // and the printer cuts the line itself.
        assert_eq!(widths(50)[..3], [24, 6, 20]);
        let mut printer = Printer::new(Output::Table, Vec::new()).width(Some(40));
        printer.item(&webhook()).unwrap();
        let out = String::from_utf8(printer.out).unwrap();
        assert!(out.lines().all(|l| l.chars().count() <= 40), "{out}");
    }

    #[test]
    fn a_closed_reader_is_a_broken_pipe_in_every_format() {
        let webhook = webhook();
        for format in [Output::Json, Output::Ndjson, Output::Table] {
            for room in [0, 10] {
                let error = write_record(&webhook, format, Some(80), ClosedAfter { room })
                    .expect_err("the reader is gone");
                assert_eq!(error.kind(), io::ErrorKind::BrokenPipe, "{format:?} {room}");
            }
            let mut list = Printer::new(format, ClosedAfter { room: 10 });
            let error = (0..100)
                .try_for_each(|_| list.item(&webhook))
                .expect_err("the reader is gone");
            assert_eq!(error.kind(), io::ErrorKind::BrokenPipe, "{format:?}");
        }
    }
}
