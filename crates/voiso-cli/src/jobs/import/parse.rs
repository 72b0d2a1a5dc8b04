//! Reading a lead file (CSV or NDJSON) into leads checked one by one, each
//! with the physical line it starts on.

use std::collections::{BTreeMap, HashMap};

/// The columns a CSV header may name, besides `X-...` context headers.
pub const COLUMNS: &[&str] = &[
    "phone_number",
    "name",
    "priority",
    "active",
    "source_system",
    "source_url",
];

/// E.164: at most 15 digits, the country code included.
const MAX_DIGITS: usize = 15;

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

/// Parses `bytes`; `Err` when the file as a whole cannot be read (no
/// header, a missing or unknown column): nothing is sent then.
pub fn parse(bytes: &[u8], ndjson_by_name: bool) -> Result<Vec<Row>, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    let mut rows = if ndjson_by_name || first == Some(&b'{') {
        parse_ndjson(bytes)
    } else {
        parse_csv(bytes)?
    };
    // A number twice in one file: the second would only come back as a
    // duplicate of the first, so it is reported here instead.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &mut rows {
        if row.lead.is_ok() {
            if let Some(first) = seen.get(&row.phone) {
                row.lead = Err(format!("the same phone number as line {first}"));
            } else {
                seen.insert(row.phone.clone(), row.line);
            }
        }
    }
    Ok(rows)
}

fn parse_ndjson(bytes: &[u8]) -> Vec<Row> {
    let mut rows = Vec::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = index + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_slice(line) {
            Ok(value) => value,
            Err(e) => {
                rows.push(Row {
                    line: line_no,
                    phone: String::new(),
                    lead: Err(format!("not a JSON object: {e}")),
                });
                continue;
            }
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
                Some(p) if p.get() > 1000 => Err(format!("priority must be 1 to 1000, not {p}")),
                _ => Ok(lead),
            }
        });
        rows.push(Row {
            line: line_no,
            phone,
            lead,
        });
    }
    rows
}

/// One CSV record: the line it starts on, and its fields as bytes.
struct Record {
    line: usize,
    fields: Vec<Vec<u8>>,
}

/// RFC 4180, leniently: quoted fields may hold commas, doubled quotes and
/// line breaks (so a record may span lines); CRLF or LF; a blank line is
/// skipped.
fn records(bytes: &[u8]) -> Result<Vec<Record>, String> {
    let mut records = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let start_line = line;
        let mut fields = Vec::new();
        let mut field = Vec::new();
        let mut quoted = false;
        let mut was_quoted = false;
        loop {
            let Some(&b) = bytes.get(i) else {
                if quoted {
                    return Err(format!("line {start_line}: a quoted field is never closed"));
                }
                break;
            };
            i += 1;
            if quoted {
                match b {
                    b'"' if bytes.get(i) == Some(&b'"') => {
                        field.push(b'"');
                        i += 1;
                    }
                    b'"' => quoted = false,
                    b'\n' => {
                        line += 1;
                        field.push(b);
                    }
                    _ => field.push(b),
                }
                continue;
            }
            match b {
                b'"' if field.is_empty() && !was_quoted => {
                    quoted = true;
                    was_quoted = true;
                }
                b',' => {
                    fields.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                b'\n' => {
                    line += 1;
                    break;
                }
                b'\r' if bytes.get(i) == Some(&b'\n') => {}
                _ => field.push(b),
            }
        }
        fields.push(field);
        let blank = fields.len() == 1 && fields[0].iter().all(u8::is_ascii_whitespace);
        if !blank || was_quoted {
            records.push(Record {
                line: start_line,
                fields,
            });
        }
    }
    Ok(records)
}

fn parse_csv(bytes: &[u8]) -> Result<Vec<Row>, String> {
    let mut records = records(bytes)?.into_iter();
    let Some(header) = records.next() else {
        return Err(format!(
            "the file is empty: a CSV file starts with a header ({})",
            COLUMNS.join(",")
        ));
    };
    let mut names = Vec::new();
    for field in &header.fields {
        let name = String::from_utf8_lossy(field).trim().to_string();
        let known = COLUMNS.contains(&name.as_str());
        let context = name.len() > 2 && name.as_bytes()[..2].eq_ignore_ascii_case(b"x-");
        if !known && !context {
            return Err(format!(
                "line {}: unknown column {name:?}: the columns are {} plus any X-... context headers",
                header.line,
                COLUMNS.join(",")
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
            "line {}: the header has no phone_number column",
            header.line
        ));
    }
    let mut rows = Vec::new();
    for record in records {
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
            csv_lead(&names, &record.fields)
        };
        rows.push(Row {
            line: record.line,
            phone,
            lead,
        });
    }
    Ok(rows)
}

fn csv_lead(names: &[String], fields: &[Vec<u8>]) -> Result<voiso::Lead, String> {
    let mut values = BTreeMap::new();
    let mut context = BTreeMap::new();
    for (name, field) in names.iter().zip(fields) {
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
            Ok(n @ 1..=1000) => Some(n),
            _ => return Err(format!("priority must be 1 to 1000, not {p:?}")),
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
        let csv = b"\xEF\xBB\xBFphone_number,name,priority,X-Crm\r\n\
            4915112345678,\"Ann\r\nSmith, \"\"Jr\"\"\",5,a\r\n\
            123x,Bob,,\r\n\
            \r\n\
            4915112345679,Cy,1001,\r\n\
            4915112345678,Dup,,\r\n\
            4915112345670,\"x\xff\",,\r\n\
            4915112345671,short\n";
        let rows = parse(csv, false).unwrap();
        let got = lines(&rows);
        assert_eq!(got[0], (2, "4915112345678", None));
        assert_eq!(got[1].0, 4);
        assert!(got[1].2.unwrap().contains("digits only"));
        assert_eq!(got[2].0, 6);
        assert!(got[2].2.unwrap().contains("priority"));
        assert_eq!(
            got[3],
            (7, "4915112345678", Some("the same phone number as line 2"))
        );
        assert!(got[4].2.unwrap().contains("UTF-8"));
        assert!(got[5].2.unwrap().contains("fields"));
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
            b"{\"phone_number\":\"4915112345678\",\"priority\":3}\n\n{bad\n{\"phone_number\":7}\n",
            false,
        )
        .unwrap();
        let got = lines(&rows);
        assert_eq!(got[0], (1, "4915112345678", None));
        assert_eq!(got[1].0, 3);
        assert_eq!(got[2].0, 4);
        assert!(got[2].2.is_some());
    }
}
