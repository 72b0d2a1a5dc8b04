//! The CDR table's columns, generated from the spec's `Cdr` schema
//! (`xtask/src/ddl.rs`), and a record as one row of them: the line
//! `cdrs sync` loads (PostgreSQL's COPY text format, which SQLite's
//! writer reads back), or a CSV row of `cdrs export --columns`.

use chrono::SecondsFormat;
use serde_json::Value;

/// What a column holds.
// The spec documents no integer, number or boolean CDR field yet; the
// generator emits them the day it does.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A CDR ID: a string or an integer, kept as text.
    Id,
    Text,
    Timestamp,
    Integer,
    Number,
    Boolean,
    /// An object kept whole, as JSON.
    Json,
}

#[derive(Debug)]
#[allow(dead_code)] // `required` is the DDL's NOT NULL, kept for readers of the table.
pub struct Column {
    /// The SQL name (`data_direction`).
    pub name: &'static str,
    /// Where it is in a record (`data.direction`), as `--columns` names it.
    pub field: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

mod generated {
    use super::{Column, Kind};
    include!("../../generated/cdr_columns.rs");
}

pub use generated::{COLUMNS, POSTGRES_DDL, SQLITE_DDL, TABLE};

/// A stored instant: RFC 3339 in UTC with microseconds (PostgreSQL's
/// precision), fixed width so that SQLite's text compares as time does.
pub fn stored_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// A field of `cdr` as a column's text (`None`: NULL). A value that does
/// not fit a typed column's kind is NULL there; `data` keeps it whole.
pub fn cell(cdr: &voiso::Cdr, field: &str, kind: Kind) -> Option<String> {
    match field {
        "id" => Some(cdr.id.to_string()),
        "type" => Some(cdr.type_.clone()),
        "started_at" => Some(stored_time(cdr.started_at)),
        "ended_at" => cdr.ended_at.map(stored_time),
        "data" => Some(serde_json::to_string(&cdr.data).unwrap_or_default()),
        "extra" => {
            (!cdr.extra.is_empty()).then(|| serde_json::to_string(&cdr.extra).unwrap_or_default())
        }
        _ => {
            let (object, key) = field.split_once('.')?;
            let value = match object {
                "data" => cdr.data.get(key)?,
                "extra" => cdr.extra.get(key)?,
                _ => return None,
            };
            typed(value, kind)
        }
    }
}

fn typed(value: &Value, kind: Kind) -> Option<String> {
    match (kind, value) {
        (_, Value::Null) => None,
        (Kind::Integer, Value::Number(n)) => n.as_i64().map(|n| n.to_string()),
        (Kind::Number, Value::Number(n)) => Some(n.to_string()),
        (Kind::Boolean, Value::Bool(b)) => Some(if *b { "1" } else { "0" }.into()),
        (Kind::Timestamp, Value::String(s)) => chrono::DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| stored_time(t.to_utc())),
        (Kind::Text | Kind::Id, Value::String(s)) => Some(s.clone()),
        (Kind::Text | Kind::Id, Value::Number(n)) => Some(n.to_string()),
        (Kind::Json, v) => Some(v.to_string()),
        _ => None,
    }
}

/// `cdr` as one line of COPY's text format: the columns tab-separated,
/// `\N` for NULL, backslash escapes for what would end a field or line.
pub fn copy_line(cdr: &voiso::Cdr, out: &mut Vec<u8>) {
    for (i, column) in COLUMNS.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        match cell(cdr, column.field, column.kind) {
            None => out.extend_from_slice(b"\\N"),
            Some(text) => {
                for b in text.bytes() {
                    match b {
                        b'\\' => out.extend_from_slice(b"\\\\"),
                        b'\t' => out.extend_from_slice(b"\\t"),
                        b'\n' => out.extend_from_slice(b"\\n"),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        b => out.push(b),
                    }
                }
            }
        }
    }
    out.push(b'\n');
}

/// The fields of a COPY text line (`None`: NULL), unescaped.
pub fn parse_copy_line(line: &[u8]) -> Vec<Option<String>> {
    line.split(|&b| b == b'\t')
        .map(|field| {
            if field == b"\\N" {
                return None;
            }
            let mut out = Vec::with_capacity(field.len());
            let mut bytes = field.iter();
            while let Some(&b) = bytes.next() {
                if b != b'\\' {
                    out.push(b);
                    continue;
                }
                match bytes.next() {
                    Some(b't') => out.push(b'\t'),
                    Some(b'n') => out.push(b'\n'),
                    Some(b'r') => out.push(b'\r'),
                    Some(&other) => out.push(other),
                    None => {}
                }
            }
            Some(String::from_utf8_lossy(&out).into_owned())
        })
        .collect()
}

/// `--columns`: each name a documented field (a column's `field`), or any
/// key of `data` as `data.KEY` (Voiso documents no `data` field yet; the
/// names a record has are its own).
pub fn parse_columns(list: &str) -> Result<Vec<(String, Kind)>, String> {
    let mut out = Vec::new();
    for name in list.split(',').map(str::trim) {
        if name.is_empty() {
            return Err(format!("--columns {list:?}: an empty column name"));
        }
        let kind = match COLUMNS.iter().find(|c| c.field == name) {
            Some(column) => column.kind,
            None if name.strip_prefix("data.").is_some_and(|k| !k.is_empty()) => Kind::Json,
            None => {
                let known: Vec<&str> = COLUMNS.iter().map(|c| c.field).collect();
                return Err(format!(
                    "--columns: unknown column {name:?}; the columns are {}, and data.KEY for \
                     any key of a record's data (data.direction, data.duration, ...)",
                    known.join(", ")
                ));
            }
        };
        out.push((name.to_string(), kind));
    }
    Ok(out)
}

/// A `data.KEY` value as CSV text: a string as it is, anything else as
/// JSON, absent or null as nothing.
pub fn csv_text(cdr: &voiso::Cdr, field: &str, kind: Kind) -> String {
    if let Some(key) = field.strip_prefix("data.")
        && COLUMNS.iter().all(|c| c.field != field)
    {
        return match cdr.data.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
        };
    }
    match field {
        "started_at" => cdr.started_at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
        "ended_at" => cdr
            .ended_at
            .map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, true))
            .unwrap_or_default(),
        // `data` as the default CSV writes it: `{}` when empty.
        "data" => serde_json::to_string(&cdr.data).unwrap_or_default(),
        _ => cell(cdr, field, kind).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_lines_round_trip_what_would_break_a_field() {
        let cdr: voiso::Cdr = serde_json::from_value(serde_json::json!({
            "id": "a\tb", "type": "call", "started_at": "2026-03-15T10:00:00.5+02:00",
            "data": {"note": "line\none\\two\r", "n": 3}, "new_field": true
        }))
        .unwrap();
        let mut line = Vec::new();
        copy_line(&cdr, &mut line);
        assert_eq!(line.iter().filter(|&&b| b == b'\n').count(), 1);
        let fields = parse_copy_line(line.strip_suffix(b"\n").unwrap());
        assert_eq!(fields.len(), COLUMNS.len());
        assert_eq!(fields[0].as_deref(), Some("a\tb"));
        assert_eq!(fields[2].as_deref(), Some("2026-03-15T08:00:00.500000Z"));
        assert_eq!(fields[3], None);
        let data = COLUMNS.iter().position(|c| c.name == "data").unwrap();
        let back: Value = serde_json::from_str(fields[data].as_deref().unwrap()).unwrap();
        assert_eq!(back["note"], "line\none\\two\r");
        let extra = COLUMNS.iter().position(|c| c.name == "extra").unwrap();
        assert_eq!(fields[extra].as_deref(), Some("{\"new_field\":true}"));
    }

    #[test]
    fn columns_are_documented_fields_or_data_keys() {
        assert!(parse_columns("id,started_at,data.direction").is_ok());
        let err = parse_columns("id,direction").unwrap_err();
        assert!(
            err.contains("\"direction\"") && err.contains("data.KEY"),
            "{err}"
        );
        assert!(parse_columns("id,,type").is_err());
        assert!(parse_columns("data.").is_err());
    }
}
