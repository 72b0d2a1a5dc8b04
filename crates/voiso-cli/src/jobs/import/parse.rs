//! Reading a lead file (CSV or NDJSON) one record at a time into leads
//! checked one by one, each with the physical line it starts on. Nothing
//! here holds more than one record: a file of a million rows is read twice
//! (checked, then sent) in the memory of one.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read};

/// The columns a CSV header may name, besides `X-...` context headers.
pub const COLUMNS: &[&str] = &[
    "phone_number",
    "name",
    "priority",
    "active",
    "source_system",
    "source_url",
];

/// A lead's priority bounds, from the spec.
const PRIORITY_MIN: i64 = voiso::LEAD_PRIORITY_MIN;
const PRIORITY_MAX: i64 = voiso::LEAD_PRIORITY_MAX;

/// E.164: at most 15 digits, the country code included.
const MAX_DIGITS: usize = 15;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The keys of an NDJSON lead object: a `voiso::Lead`'s fields.
pub const KEYS: &[&str] = &[
    "phone_number",
    "name",
    "priority",
    "active",
    "source",
    "context_headers",
];

/// How to read a file exported from a CRM: its delimiter, and which of its
/// columns (or NDJSON keys) are renamed or skipped.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// NDJSON whatever the first byte (the file's extension says so).
    pub ndjson_by_name: bool,
    /// The CSV delimiter; `None`: read it from the header line.
    pub delimiter: Option<u8>,
    /// `(column in the file, lead field)`: `--map`.
    pub map: Vec<(String, String)>,
    /// Columns or keys to skip: `--ignore-column`.
    pub ignore: Vec<String>,
    /// The file as the user named it, for the re-encoding command.
    pub file: String,
}

impl Options {
    /// The field a column or key of the file is read as; `None`: skipped.
    fn field<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        if self.ignore.iter().any(|i| i == name) {
            return None;
        }
        Some(
            self.map
                .iter()
                .find(|(column, _)| column == name)
                .map_or(name, |(_, field)| field.as_str()),
        )
    }
}

/// What to do about a column or key that is not a lead field: when it is
/// one in other words (`Phone`, `Phone Number`), the `--map` that reads it.
fn unknown_hint(name: &str, fields: &[&str]) -> String {
    let arg = super::resume::quote(name);
    let plain: String = name
        .trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let like = fields
        .iter()
        .find(|f| **f == plain || f.strip_suffix("_number") == Some(plain.as_str()));
    match like {
        Some(field) => format!(
            "read it as {field} with --map {}, or skip it with --ignore-column {arg}",
            super::resume::quote(&format!("{name}={field}"))
        ),
        None => format!(
            "skip it with --ignore-column {arg}, or read it as a lead field with --map {arg}=FIELD"
        ),
    }
}

/// One record of the file.
#[derive(Debug)]
pub struct Row {
    /// The physical line it starts on (a CSV header is line 1).
    pub line: usize,
    /// Its phone number as written (empty when there is none).
    pub phone: String,
    /// The lead, or why it cannot be sent.
    pub lead: Result<voiso::Lead, String>,
}

/// A number checked by [`check_phone`] as one integer: its length above
/// its value, so `0049…` and `49…` stay apart. Exact (15 digits fit in 50
/// bits), so a set of these finds repeated numbers in 8 bytes a row.
pub fn phone_key(phone: &str) -> u64 {
    let value = phone.parse::<u64>().unwrap_or(0);
    ((phone.len() as u64) << 56) | value
}

/// FNV-1a, 64 bits, fed as bytes arrive: the file's fingerprint without
/// holding the file.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn update(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Ends one part (as `journal::hash` does after each part).
    pub fn end_part(&mut self) {
        self.update(&[0xff]);
    }

    pub fn hex(self) -> String {
        format!("{:016x}", self.0)
    }
}

/// Hashes every byte read through it.
pub struct Hashing<R> {
    inner: R,
    pub fnv: Fnv,
}

impl<R> Hashing<R> {
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            fnv: Fnv::default(),
        }
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.fnv.update(&buf[..n]);
        Ok(n)
    }
}

enum Format {
    Ndjson,
    /// The lead field each column is read as (empty: skipped).
    Csv(Vec<String>),
}

/// The records of a file, one at a time.
pub struct Rows<R> {
    input: R,
    /// Physical lines consumed so far.
    line: usize,
    format: Format,
    buf: Vec<u8>,
    delimiter: u8,
    opts: Options,
}

/// What stops a whole file from being read (nothing is sent then).
fn io_error(e: io::Error) -> String {
    format!("cannot read it: {e}")
}

impl<R: BufRead> Rows<R> {
    /// Reads as far as the format (and a CSV header); `Err` when the file
    /// as a whole cannot be read (no header, a missing or unknown column).
    pub fn open(mut input: R, opts: &Options) -> Result<Self, String> {
        if input.fill_buf().map_err(io_error)?.starts_with(BOM) {
            input.consume(BOM.len());
        }
        super::sniff::check_encoding(input.fill_buf().map_err(io_error)?, &opts.file)?;
        // Leading blank lines are skipped by both formats; the first
        // other byte decides between them.
        let mut line = 0;
        let first = loop {
            let buf = input.fill_buf().map_err(io_error)?;
            if buf.is_empty() {
                break None;
            }
            match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(at) => break Some(buf[at]),
                None => {
                    let (n, newlines) = (buf.len(), buf.iter().filter(|&&b| b == b'\n').count());
                    line += newlines;
                    input.consume(n);
                }
            }
        };
        let delimiter = match opts.delimiter {
            Some(forced) => forced,
            None => {
                let buf = input.fill_buf().map_err(io_error)?;
                let end = buf.iter().position(|&b| b == b'\n').unwrap_or(buf.len());
                super::sniff::delimiter(&buf[..end])
            }
        };
        let mut rows = Rows {
            input,
            line,
            format: Format::Ndjson,
            buf: Vec::new(),
            delimiter,
            opts: opts.clone(),
        };
        if opts.ndjson_by_name || first == Some(b'{') {
            return Ok(rows);
        }
        let Some(header) = rows.record()? else {
            return Err(format!(
                "the file is empty: a CSV file starts with a header ({})",
                COLUMNS.join(",")
            ));
        };
        rows.format = Format::Csv(header_names(&header, opts)?);
        Ok(rows)
    }

    /// The CSV delimiter in use (forced, or read from the header line).
    pub fn delimiter(&self) -> Option<u8> {
        matches!(self.format, Format::Csv(_)).then_some(self.delimiter)
    }

    /// The reader, where the rows stopped.
    pub fn into_inner(self) -> R {
        self.input
    }

    /// The next record; `Err` when the rest of the file cannot be read (a
    /// quote never closed, a read error).
    pub fn next_row(&mut self) -> Result<Option<Row>, String> {
        match &self.format {
            Format::Ndjson => self.ndjson_row(),
            Format::Csv(_) => {
                let Some(record) = self.record()? else {
                    return Ok(None);
                };
                let Format::Csv(names) = &self.format else {
                    unreachable!("the format does not change")
                };
                Ok(Some(csv_row(names, record)))
            }
        }
    }

    /// The next physical line into `buf`; false at the end of the file.
    fn read_line(&mut self) -> Result<bool, String> {
        self.buf.clear();
        let read = self
            .input
            .read_until(b'\n', &mut self.buf)
            .map_err(io_error)?;
        Ok(read > 0)
    }

    fn ndjson_row(&mut self) -> Result<Option<Row>, String> {
        loop {
            if !self.read_line()? {
                return Ok(None);
            }
            self.line += 1;
            let line = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return ndjson_row(self.line, line, &self.opts).map(Some);
        }
    }

    /// One CSV record (RFC 4180, leniently: quoted fields may hold commas,
    /// doubled quotes and line breaks, so a record may span lines; CRLF or
    /// LF; a blank line is skipped).
    fn record(&mut self) -> Result<Option<Record>, String> {
        loop {
            let start_line = self.line + 1;
            let mut fields = Vec::new();
            let mut field = Vec::new();
            let mut quoted = false;
            let mut was_quoted = false;
            let mut any = false;
            'lines: loop {
                if !self.read_line()? {
                    if quoted {
                        return Err(format!("line {start_line}: a quoted field is never closed"));
                    }
                    if !any {
                        return Ok(None);
                    }
                    break;
                }
                any = true;
                self.line += 1;
                let bytes = &self.buf;
                let mut i = 0;
                while let Some(&b) = bytes.get(i) {
                    i += 1;
                    if quoted {
                        match b {
                            b'"' if bytes.get(i) == Some(&b'"') => {
                                field.push(b'"');
                                i += 1;
                            }
                            b'"' => quoted = false,
                            _ => field.push(b),
                        }
                        continue;
                    }
                    match b {
                        b'"' if field.is_empty() && !was_quoted => {
                            quoted = true;
                            was_quoted = true;
                        }
                        b if b == self.delimiter => {
                            fields.push(std::mem::take(&mut field));
                            was_quoted = false;
                        }
                        b'\n' => break 'lines,
                        b'\r' if bytes.get(i) == Some(&b'\n') => {}
                        _ => field.push(b),
                    }
                }
                if !quoted {
                    // The last line, without a newline.
                    break;
                }
            }
            fields.push(field);
            let blank = fields.len() == 1 && fields[0].iter().all(u8::is_ascii_whitespace);
            if !blank || was_quoted {
                return Ok(Some(Record {
                    line: start_line,
                    fields,
                }));
            }
        }
    }
}

/// One CSV record: the line it starts on, and its fields as bytes.
struct Record {
    line: usize,
    fields: Vec<Vec<u8>>,
}

fn header_names(header: &Record, opts: &Options) -> Result<Vec<String>, String> {
    let columns: Vec<String> = header
        .fields
        .iter()
        .map(|f| String::from_utf8_lossy(f).trim().to_string())
        .collect();
    // A --map or --ignore-column naming no column is a typo to catch now,
    // not a column silently read as it was.
    for name in opts
        .map
        .iter()
        .map(|(column, _)| column)
        .chain(&opts.ignore)
    {
        if !columns.contains(name) {
            return Err(format!(
                "line {}: the header has no column {name:?} (its columns: {})",
                header.line,
                columns.join(", ")
            ));
        }
    }
    let mut names = Vec::new();
    for column in &columns {
        let Some(name) = opts.field(column) else {
            names.push(String::new());
            continue;
        };
        let name = name.to_string();
        let known = COLUMNS.contains(&name.as_str());
        let context = name.len() > 2 && name.as_bytes()[..2].eq_ignore_ascii_case(b"x-");
        if !known && !context {
            let mapped = if name == *column {
                String::new()
            } else {
                format!(" (--map {column}={name})")
            };
            return Err(format!(
                "line {}: unknown column {name:?}{mapped}: the columns are {} plus any X-... \
                 context headers; {}",
                header.line,
                COLUMNS.join(","),
                unknown_hint(column, COLUMNS)
            ));
        }
        if names.contains(&name) {
            return Err(format!(
                "line {}: column {name:?} appears twice",
                header.line
            ));
        }
        names.push(name);
    }
    if !names.iter().any(|n| n == "phone_number") {
        return Err(format!(
            "line {}: the header has no phone_number column (its columns: {}); name the one \
             that holds the numbers with --map COLUMN=phone_number",
            header.line,
            columns.join(", ")
        ));
    }
    Ok(names)
}

/// One NDJSON record. `Err` stops the file: an unknown key is refused as
/// an unknown CSV column is, for the whole file, before anything is sent.
fn ndjson_row(line: usize, bytes: &[u8], opts: &Options) -> Result<Row, String> {
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(e) => {
            return Ok(Row {
                line,
                phone: String::new(),
                lead: Err(format!("not a JSON object: {e}")),
            });
        }
    };
    let value = match value {
        serde_json::Value::Object(object) => {
            let mut lead = serde_json::Map::new();
            for (key, v) in object {
                let Some(field) = opts.field(&key) else {
                    continue;
                };
                if !KEYS.contains(&field) {
                    return Err(format!(
                        "line {line}: unknown key {field:?}: a lead's keys are {}; {}",
                        KEYS.join(", "),
                        unknown_hint(&key, KEYS)
                    ));
                }
                lead.insert(field.to_string(), v);
            }
            serde_json::Value::Object(lead)
        }
        other => other,
    };
    let phone = match &value["phone_number"] {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    let lead = check_phone(&phone).and_then(|()| {
        let lead: voiso::Lead =
            serde_json::from_value(value).map_err(|e| format!("not a lead: {e}"))?;
        match lead.priority {
            Some(p) if i64::from(p.get()) > PRIORITY_MAX => {
                Err(format!("priority must be 1 to {PRIORITY_MAX}, not {p}"))
            }
            _ => Ok(lead),
        }
    });
    Ok(Row { line, phone, lead })
}

fn csv_row(names: &[String], record: Record) -> Row {
    let phone_at = names.iter().position(|n| n == "phone_number");
    let phone = phone_at
        .and_then(|at| record.fields.get(at))
        .map(|f| String::from_utf8_lossy(f).trim().to_string())
        .unwrap_or_default();
    let lead = if record.fields.len() != names.len() {
        Err(format!(
            "{} fields where the header has {}",
            record.fields.len(),
            names.len()
        ))
    } else {
        csv_lead(names, &record.fields)
    };
    Row {
        line: record.line,
        phone,
        lead,
    }
}

fn csv_lead(names: &[String], fields: &[Vec<u8>]) -> Result<voiso::Lead, String> {
    let mut values = BTreeMap::new();
    let mut context = BTreeMap::new();
    for (name, field) in names.iter().zip(fields) {
        if name.is_empty() {
            continue;
        }
        let value = std::str::from_utf8(field)
            .map_err(|_| format!("{name} is not UTF-8 text"))?
            .to_string();
        if COLUMNS.contains(&name.as_str()) {
            values.insert(name.as_str(), value.trim().to_string());
        } else if !value.is_empty() {
            context.insert(name.clone(), value);
        }
    }
    let get = |name: &str| values.get(name).filter(|v| !v.is_empty()).cloned();
    let phone = get("phone_number").unwrap_or_default();
    check_phone(&phone)?;
    let priority = match get("priority") {
        None => None,
        Some(p) => match p.parse::<u32>() {
            Ok(n) if (PRIORITY_MIN..=PRIORITY_MAX).contains(&i64::from(n)) => Some(n),
            _ => {
                return Err(format!(
                    "priority must be {PRIORITY_MIN} to {PRIORITY_MAX}, not {p:?}"
                ));
            }
        },
    };
    let active = match get("active").map(|a| a.to_ascii_lowercase()) {
        None => None,
        Some(a) => match a.as_str() {
            "true" | "1" | "yes" => Some(true),
            "false" | "0" | "no" => Some(false),
            _ => return Err(format!("active must be true or false, not {a:?}")),
        },
    };
    let mut lead = serde_json::json!({ "phone_number": phone });
    if let Some(name) = get("name") {
        lead["name"] = name.into();
    }
    if let Some(priority) = priority {
        lead["priority"] = priority.into();
    }
    if let Some(active) = active {
        lead["active"] = active.into();
    }
    let (system, url) = (get("source_system"), get("source_url"));
    if system.is_some() || url.is_some() {
        lead["source"] = serde_json::json!({ "system": system, "url": url });
    }
    if !context.is_empty() {
        lead["context_headers"] = serde_json::json!(context);
    }
    serde_json::from_value(lead).map_err(|e| format!("not a lead: {e}"))
}

fn check_phone(phone: &str) -> Result<(), String> {
    if phone.is_empty() {
        Err("no phone_number".into())
    } else if !phone.bytes().all(|b| b.is_ascii_digit()) {
        Err(format!(
            "phone_number {phone:?} must be digits only, with the country code and no `+`"
        ))
    } else if phone.len() > MAX_DIGITS {
        Err(format!(
            "phone_number {phone:?} has more than {MAX_DIGITS} digits"
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of `bytes`, or the error that stops the file.
    fn parse(bytes: &[u8], by_name: bool) -> Result<Vec<Row>, String> {
        let opts = Options {
            ndjson_by_name: by_name,
            file: "leads.csv".into(),
            ..Options::default()
        };
        let mut rows = Rows::open(bytes, &opts)?;
        let mut all = Vec::new();
        while let Some(row) = rows.next_row()? {
            all.push(row);
        }
        Ok(all)
    }

    fn lines(rows: &[Row]) -> Vec<(usize, &str, Option<&str>)> {
        rows.iter()
            .map(|r| {
                (
                    r.line,
                    r.phone.as_str(),
                    r.lead.as_ref().err().map(String::as_str),
                )
            })
            .collect()
    }

    #[test]
    fn quoted_newlines_keep_physical_line_numbers() {
        let csv = b"\xEF\xBB\xBF\r\nphone_number,name,priority,X-Crm\r\n\
            4915112345678,\"Ann\r\nSmith, \"\"Jr\"\"\",5,a\r\n\
            123x,Bob,,\r\n\
            \r\n\
            4915112345679,Cy,1001,\r\n\
            4915112345670,\"x\xff\",,\r\n\
            4915112345671,short\n\
            4915112345672,\"last\",,";
        let rows = parse(csv, false).unwrap();
        let got = lines(&rows);
        assert_eq!(got[0], (3, "4915112345678", None));
        assert_eq!(got[1].0, 5);
        assert!(got[1].2.unwrap().contains("digits only"));
        assert_eq!(got[2].0, 7);
        assert!(got[2].2.unwrap().contains("priority"));
        assert!(got[3].2.unwrap().contains("UTF-8"));
        assert!(got[4].2.unwrap().contains("fields"));
        assert_eq!(got[5], (10, "4915112345672", None));
        assert_eq!(rows.len(), 6);
        let lead = rows[0].lead.as_ref().unwrap();
        assert_eq!(lead.name.as_deref(), Some("Ann\r\nSmith, \"Jr\""));
        assert_eq!(lead.context_headers["X-Crm"], "a");
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        assert!(parse(b"", false).is_err());
        assert!(parse(b"\xEF\xBB\xBF", false).is_err());
        assert!(parse(b"name\nBob\n", false).is_err());
        assert!(parse(b"phone_number,colour\n1,red\n", false).is_err());
        assert!(parse(b"phone_number,name\n1,\"open\n", false).is_err());
        assert!(parse(b"\xff\xfe\x00p", false).is_err());
        let rows = parse(
            b"\n{\"phone_number\":\"4915112345678\",\"priority\":3}\n\n{bad\n{\"phone_number\":7}\n",
            false,
        )
        .unwrap();
        let got = lines(&rows);
        assert_eq!(got[0], (2, "4915112345678", None));
        assert_eq!(got[1].0, 4);
        assert_eq!(got[2].0, 5);
        assert!(got[2].2.is_some());
    }

    #[test]
    fn one_stray_byte_in_a_utf8_file_only_makes_its_row_invalid() {
        let rows = parse(b"phone_number,name\n1,\xc3\xa9\n2,\xff\n", false).expect("read");
        assert!(rows[1].lead.as_ref().unwrap_err().contains("UTF-8"));
    }

    #[test]
    fn a_crm_column_named_like_a_field_gets_the_map_that_reads_it() {
        let hint = |header: &[u8]| parse(header, false).expect_err("refused");
        assert!(hint(b"Phone,name\n").contains("--map Phone=phone_number"));
        assert!(hint(b"Phone Number,Name\n").contains("--map 'Phone Number=phone_number'"));
        assert!(hint(b"phone_number,email\n").contains("--ignore-column email"));
    }

    #[test]
    fn phone_keys_tell_every_number_apart() {
        assert_ne!(phone_key("049"), phone_key("49"));
        assert_ne!(phone_key("999999999999999"), phone_key("99999999999999"));
        assert_eq!(phone_key("4930"), phone_key("4930"));
        let mut whole = Fnv::default();
        whole.update(b"ab");
        whole.end_part();
        let mut parts = Fnv::default();
        parts.update(b"a");
        parts.update(b"b");
        parts.end_part();
        assert_eq!(whole.hex(), parts.hex());
    }
}
