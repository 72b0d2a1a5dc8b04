//! One CDR as an output line: NDJSON as the API sent it, or an RFC 4180
//! CSV row `id,type,started_at,ended_at,data`.

use chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};

use super::lines::Encoder;
use crate::args::ExportFormat;
use crate::jobs::sync::columns::{Kind, csv_text};

/// The CSV header line (CRLF, as RFC 4180 asks).
pub const CSV_HEADER: &str = "id,type,started_at,ended_at,data\r\n";

/// The CSV header: the default's, or `--columns`' names.
pub fn csv_header(columns: &[String]) -> String {
    if columns.is_empty() {
        return CSV_HEADER.to_string();
    }
    let mut out = Vec::new();
    for (i, name) in columns.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        csv_field(name, &mut out);
    }
    out.extend_from_slice(b"\r\n");
    String::from_utf8_lossy(&out).into_owned()
}

/// `--columns`' rows (`None`: the default CSV, by [`write_record`]).
pub fn csv_columns(columns: &[(String, Kind)]) -> Option<Encoder> {
    if columns.is_empty() {
        return None;
    }
    let columns = columns.to_vec();
    Some(std::sync::Arc::new(
        move |cdr: &voiso::Cdr, out: &mut Vec<u8>| {
            for (i, (name, kind)) in columns.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                csv_field(&csv_text(cdr, name, *kind), out);
            }
            out.extend_from_slice(b"\r\n");
        },
    ))
}

/// Appends `cdr` to `out` in `format`.
pub fn write_record(format: ExportFormat, cdr: &voiso::Cdr, out: &mut Vec<u8>) {
    match format {
        ExportFormat::Ndjson => {
            json(cdr, out);
            out.push(b'\n');
        }
        ExportFormat::Csv => {
            let mut text = String::new();
            csv_field(&cdr.id.to_string(), out);
            out.push(b',');
            csv_field(&cdr.type_, out);
            out.push(b',');
            text.clear();
            out.extend_from_slice(time_text(cdr.started_at, &mut text).as_bytes());
            out.push(b',');
            if let Some(ended) = cdr.ended_at {
                out.extend_from_slice(time_text(ended, &mut text).as_bytes());
            }
            out.push(b',');
            let data = serde_json::to_string(&cdr.data).expect("a map serialises");
            csv_field(&data, out);
            out.extend_from_slice(b"\r\n");
        }
    }
}

/// `cdr` as serde serialises it (a test holds them equal), with its
/// fields written directly: the export's main cost is this, per record.
fn json(cdr: &voiso::Cdr, out: &mut Vec<u8>) {
    fn key(first: &mut bool, key: &str, out: &mut Vec<u8>) {
        out.extend_from_slice(if *first { b"{" } else { b"," });
        *first = false;
        let _ = serde_json::to_writer(&mut *out, key);
        out.push(b':');
    }
    let mut first = true;
    if !cdr.data.is_empty() {
        key(&mut first, "data", out);
        let _ = serde_json::to_writer(&mut *out, &cdr.data);
    }
    let mut text = String::new();
    if let Some(ended) = cdr.ended_at {
        key(&mut first, "ended_at", out);
        quoted(time_text(ended, &mut text), out);
    }
    key(&mut first, "id", out);
    let _ = serde_json::to_writer(&mut *out, &cdr.id);
    key(&mut first, "started_at", out);
    text.clear();
    quoted(time_text(cdr.started_at, &mut text), out);
    key(&mut first, "type", out);
    let _ = serde_json::to_writer(&mut *out, &cdr.type_);
    for (name, value) in &cdr.extra {
        key(&mut first, name, out);
        let _ = serde_json::to_writer(&mut *out, value);
    }
    out.push(b'}');
}

fn quoted(text: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
}

/// An instant as chrono writes a `DateTime<Utc>` (RFC 3339, `Z`, as many
/// fractional digits as it has: none, 3, 6 or 9), into `text`.
fn time_text(t: DateTime<Utc>, text: &mut String) -> &str {
    text.clear();
    let nanos = t.nanosecond();
    if !(0..=9999).contains(&t.year()) || nanos >= 1_000_000_000 {
        text.push_str(&t.to_rfc3339_opts(SecondsFormat::AutoSi, true));
        return text;
    }
    let digits = |text: &mut String, n: u32, width: u32| {
        for place in (0..width).rev() {
            text.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
        }
    };
    let year = t.year() as u32;
    digits(text, year, 4);
    for (separator, n) in [('-', t.month()), ('-', t.day()), ('T', t.hour())] {
        text.push(separator);
        digits(text, n, 2);
    }
    for n in [t.minute(), t.second()] {
        text.push(':');
        digits(text, n, 2);
    }
    match nanos {
        0 => {}
        n if n % 1_000_000 == 0 => {
            text.push('.');
            digits(text, n / 1_000_000, 3);
        }
        n if n % 1_000 == 0 => {
            text.push('.');
            digits(text, n / 1_000, 6);
        }
        n => {
            text.push('.');
            digits(text, n, 9);
        }
    }
    text.push('Z');
    text
}

/// One RFC 4180 field: quoted when it holds a comma, a quote or a line
/// break, with each quote doubled.
pub fn csv_field(text: &str, out: &mut Vec<u8>) {
    if text.contains([',', '"', '\r', '\n']) {
        out.push(b'"');
        for part in text.split_inclusive('"') {
            out.extend_from_slice(part.as_bytes());
            if part.ends_with('"') {
                out.push(b'"');
            }
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut out = Vec::new();
        csv_field(text, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn quotes_only_what_rfc_4180_asks() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field(""), "");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("\"\""), "\"\"\"\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("{\"a\":1}"), "\"{\"\"a\"\":1}\"");
    }

    #[test]
    fn ndjson_is_what_serde_writes_and_csv_what_it_wrote_before() {
        let records = [
            serde_json::json!({"id": "a", "type": "call", "started_at": "2026-03-15T10:00:00Z"}),
            serde_json::json!({
                "id": 17, "type": "sms", "started_at": "2026-03-15T10:00:00.5+02:00",
                "ended_at": "2026-03-15T10:00:01.123456Z", "data": {"b": [1, "x\"y"], "a": null},
                "zeta": {"k": 1}, "alpha": "new field", "ended_at_local": "?"
            }),
            serde_json::json!({
                "id": "c,d", "type": "call", "started_at": "1999-12-31T23:59:59.000000001Z",
                "ended_at": null, "data": {}
            }),
        ];
        for record in records {
            let cdr: voiso::Cdr = serde_json::from_value(record).unwrap();
            let mut fast = Vec::new();
            json(&cdr, &mut fast);
            let serde = serde_json::to_vec(&cdr).unwrap();
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(serde).unwrap()
            );
            // CSV as a generic JSON value gave it.
            let value = serde_json::to_value(&cdr).unwrap();
            let mut expected = Vec::new();
            for (i, name) in ["id", "type", "started_at", "ended_at", "data"]
                .iter()
                .enumerate()
            {
                if i > 0 {
                    expected.push(b',');
                }
                let text = match value.get(name) {
                    None if *name == "data" => "{}".to_string(),
                    None | Some(serde_json::Value::Null) => String::new(),
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                };
                csv_field(&text, &mut expected);
            }
            expected.extend_from_slice(b"\r\n");
            let mut csv = Vec::new();
            write_record(ExportFormat::Csv, &cdr, &mut csv);
            assert_eq!(
                String::from_utf8(csv).unwrap(),
                String::from_utf8(expected).unwrap()
            );
        }
    }
}
