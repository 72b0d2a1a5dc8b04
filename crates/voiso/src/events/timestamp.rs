//! Event times in every form Voiso has shown.

use chrono::{DateTime, NaiveDateTime, Utc};

/// Parses an event time: RFC 3339 (`2024-08-14T10:43:54Z`, the current
/// envelope), a `+0000`-style offset (`2024-06-19T14:30:13+0000`, the
/// legacy one) or Unix epoch seconds, maybe fractional (`1630664544.661`,
/// the deprecated webhooks). `None` for anything else.
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f%z") {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.fZ") {
        return Some(t.and_utc());
    }
    // Digits, not a float: 1630664544.661 must not become .661000013.
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 9 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds: i64 = whole.parse().ok()?;
    let nanos: u32 = format!("{fraction:0<9}").parse().ok()?;
    DateTime::from_timestamp(seconds, nanos)
}
