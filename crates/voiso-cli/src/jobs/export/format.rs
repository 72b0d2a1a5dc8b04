//! One CDR as an output line: NDJSON as the API sent it, or an RFC 4180
//! CSV row `id,type,started_at,ended_at,data`.

use serde_json::Value;

use crate::args::ExportFormat;

/// The CSV header line (CRLF, as RFC 4180 asks).
pub const CSV_HEADER: &str = "id,type,started_at,ended_at,data\r\n";

/// Appends `cdr` to `out` in `format`.
pub fn write_record(format: ExportFormat, cdr: &voiso::Cdr, out: &mut Vec<u8>) {
    match format {
        ExportFormat::Ndjson => {
            // Serialising a Cdr keeps the fields it does not know (`extra`).
            serde_json::to_writer(&mut *out, cdr).expect("a CDR serialises");
            out.push(b'\n');
        }
        ExportFormat::Csv => {
            let value = serde_json::to_value(cdr).expect("a CDR serialises");
            for (i, field) in ["id", "type", "started_at", "ended_at", "data"]
                .iter()
                .enumerate()
            {
                if i > 0 {
                    out.push(b',');
                }
                let text = match value.get(field) {
                    // An empty `data` is left out of the JSON; here it is `{}`.
                    None if *field == "data" => "{}".to_string(),
                    None | Some(Value::Null) => String::new(),
                    Some(Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                };
                csv_field(&text, out);
            }
            out.extend_from_slice(b"\r\n");
        }
    }
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
}
