//! Printing items as they stream in: a table for people, JSON or NDJSON for
//! scripts. Nothing is buffered, so a long listing starts printing at once.

use std::fmt::Display;
use std::io::{self, Write};

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

/// As [`say`], to stderr.
pub fn warn(line: impl Display) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}
