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
    fn cells(&self) -> Vec<String>;
}

impl Row for voiso::WebhookFailure {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("ID", 24),
        ("STATUS", 9),
        ("EVENT", 22),
        ("CREATED", 20),
        ("WEBHOOK", 20),
        ("REASON", 0),
    ];
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

impl Row for voiso::Webhook {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("ID", 36),
        ("NAME", 24),
        ("METHOD", 6),
        ("EVENTS", 6),
        ("URL", 0),
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.http_method.clone().unwrap_or_default(),
            self.events.len().to_string(),
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

/// A printer on stdout in `format`, or the default for what stdout is.
pub fn stdout_printer(format: Option<Output>) -> Printer<io::StdoutLock<'static>> {
    let stdout = io::stdout();
    let format = format.unwrap_or_else(|| default_format(stdout.is_terminal()));
    Printer::new(format, stdout.lock())
}

/// Prints one item to stdout: a table, or a bare JSON object (not a
/// one-element array). `what` names the items in the table's title.
pub fn print_one<T: Row>(item: &T, format: Option<Output>, what: &str) -> io::Result<()> {
    let stdout = io::stdout();
    let format = format.unwrap_or_else(|| default_format(stdout.is_terminal()));
    write_one(item, format, what, stdout.lock())
}

fn write_one<T: Row>(item: &T, format: Output, what: &str, mut out: impl Write) -> io::Result<()> {
    match format {
        Output::Json => {
            serde_json::to_writer_pretty(&mut out, item)?;
            out.write_all(b"\n")?;
            out.flush()
        }
        Output::Ndjson => {
            serde_json::to_writer(&mut out, item)?;
            out.write_all(b"\n")?;
            out.flush()
        }
        Output::Table => {
            let mut table = Printer::new(Output::Table, out);
            table.item(item)?;
            table.finish(what).map(drop)
        }
    }
}

pub struct Printer<W: Write> {
    format: Output,
    out: W,
    printed: usize,
}

impl<W: Write> Printer<W> {
    pub fn new(format: Output, out: W) -> Self {
        Self {
            format,
            out,
            printed: 0,
        }
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
        let mut line = String::new();
        for ((_, width), cell) in T::COLUMNS.iter().zip(cells) {
            let cell = clean(&cell);
            if *width == 0 {
                line.push_str(&cell);
            } else {
                let shown = truncate(&cell, *width);
                line.push_str(&format!("{shown:<width$}  ", width = *width));
            }
        }
        writeln!(self.out, "{}", line.trim_end())
    }
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
    fn a_closed_reader_is_a_broken_pipe_in_every_format() {
        let webhook = webhook();
        for format in [Output::Json, Output::Ndjson, Output::Table] {
            for room in [0, 10] {
                let error = write_one(&webhook, format, "webhooks", ClosedAfter { room })
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
