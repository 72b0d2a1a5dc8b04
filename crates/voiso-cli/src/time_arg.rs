//! Time arguments: an RFC 3339 instant, or a span back from now (`24h`, `7d`).

use std::time::Duration;

use chrono::{DateTime, Utc};

/// Parses `--since` / `--until` values relative to `now`.
pub fn parse_at(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let input = input.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(input) {
        return Ok(at.with_timezone(&Utc));
    }
    let span: Duration = humantime::parse_duration(input).map_err(|_| {
        format!(
            "`{input}` is neither an RFC 3339 time (2026-03-15T10:00:00Z) \
             nor a span back from now (30m, 24h, 7d)"
        )
    })?;
    let span = chrono::Duration::from_std(span)
        .ok()
        .and_then(|span| now.checked_sub_signed(span))
        .ok_or_else(|| format!("`{input}` reaches back before any representable time"))?;
    Ok(span)
}

/// Parses `--timeout`: whole seconds (`30`) or a span (`30s`, `2m`, `500ms`).
pub fn parse_timeout(input: &str) -> Result<Duration, String> {
    let input = input.trim();
    let span = match input.parse::<u64>() {
        Ok(seconds) => Duration::from_secs(seconds),
        Err(_) => humantime::parse_duration(input).map_err(|_| {
            format!("`{input}` is not a duration: use seconds (30) or a span (30s, 2m)")
        })?,
    };
    if span.is_zero() {
        return Err("the timeout must be longer than zero".into());
    }
    Ok(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_are_seconds_or_spans() {
        for (input, expected) in [
            ("30", Duration::from_secs(30)),
            ("30s", Duration::from_secs(30)),
            ("2m", Duration::from_secs(120)),
            ("500ms", Duration::from_millis(500)),
            (" 1m 30s ", Duration::from_secs(90)),
        ] {
            assert_eq!(parse_timeout(input), Ok(expected), "{input}");
        }
        for input in ["0", "0s", "", "-1", "soon", "1.5"] {
            assert!(parse_timeout(input).is_err(), "{input} was accepted");
        }
    }

    fn now() -> DateTime<Utc> {
        "2026-11-29T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn accepts_rfc3339_and_spans() {
        let cases = [
            ("2026-03-15T10:00:00Z", "2026-03-15T10:00:00Z"),
            ("2026-03-15T12:00:00+02:00", "2026-03-15T10:00:00Z"),
            ("2026-03-15T10:00:00.250Z", "2026-03-15T10:00:00.250Z"),
            ("24h", "2026-11-28T12:00:00Z"),
            ("7d", "2026-11-22T12:00:00Z"),
            ("30m", "2026-11-29T11:30:00Z"),
            ("1h 30m", "2026-11-29T10:30:00Z"),
        ];
        for (input, expected) in cases {
            let expected: DateTime<Utc> = expected.parse().unwrap();
            assert_eq!(parse_at(input, now()), Ok(expected), "{input}");
        }
    }

    #[test]
    fn refuses_what_is_neither() {
        for input in ["yesterday", "2026-13-45", "", "-5h", "10"] {
            let err = parse_at(input, now()).unwrap_err();
            assert!(err.contains("RFC 3339"), "{input}: {err}");
        }
        assert!(
            parse_at("100000000000d", now())
                .unwrap_err()
                .contains("representable")
        );
    }
}
