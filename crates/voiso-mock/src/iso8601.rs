//! The date-times a date filter (`created_at[gte]`, and every later one)
//! accepts: what a Rails server parses, not only RFC 3339.
//!
//! `YYYY-MM-DD`, `T` (or `t`, or a space, as RFC 3339 allows), `hh:mm:ss`,
//! optional fractional seconds of any precision (`.` or `,`, nanoseconds
//! kept, further digits ignored), then an offset: `Z`, `±hh:mm`, `±hhmm` or
//! `±hh`. So both `2026-11-28T22:07:49Z` and Ruby's
//! `2026-11-28T22:07:49.000000+0000` pass. Refused: a date without a time, a
//! time without an offset (it would silently depend on the server's zone),
//! and anything out of range (month 13, February 30, hour 24, offset +24:00).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};

/// The instant `s` names, or `None` when it is not an ISO 8601 date-time
/// with an offset.
pub(crate) fn parse(s: &str) -> Option<DateTime<Utc>> {
    let mut cursor = Cursor(s.as_bytes());
    let year = cursor.digits(4)?;
    cursor.literal(b'-')?;
    let month = cursor.digits(2)?;
    cursor.literal(b'-')?;
    let day = cursor.digits(2)?;
    match cursor.next()? {
        b'T' | b't' | b' ' => {}
        _ => return None,
    }
    let hour = cursor.digits(2)?;
    cursor.literal(b':')?;
    let minute = cursor.digits(2)?;
    cursor.literal(b':')?;
    let second = cursor.digits(2)?;
    let nanos = match cursor.peek() {
        Some(b'.' | b',') => {
            cursor.next();
            cursor.fraction()?
        }
        _ => 0,
    };
    let offset_secs = match cursor.next()? {
        b'Z' | b'z' => 0,
        sign @ (b'+' | b'-') => {
            let hours = cursor.digits(2)?;
            let minutes = match cursor.peek() {
                None => 0,
                Some(b':') => {
                    cursor.next();
                    cursor.digits(2)?
                }
                Some(_) => cursor.digits(2)?,
            };
            if hours > 23 || minutes > 59 {
                return None;
            }
            let secs = i32::try_from(hours * 3600 + minutes * 60).ok()?;
            if sign == b'-' { -secs } else { secs }
        }
        _ => return None,
    };
    if !cursor.0.is_empty() {
        return None;
    }

    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    // A leap second (:60) is chrono's 59th second plus a whole second of nanos.
    let time = if second == 60 {
        NaiveTime::from_hms_nano_opt(hour, minute, 59, 1_000_000_000 + nanos)?
    } else {
        NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?
    };
    let offset = FixedOffset::east_opt(offset_secs)?;
    offset
        .from_local_datetime(&date.and_time(time))
        .single()
        .map(|t| t.with_timezone(&Utc))
}

struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.0.first().copied()
    }

    fn next(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    fn literal(&mut self, expected: u8) -> Option<()> {
        (self.next()? == expected).then_some(())
    }

    /// Exactly `n` ASCII digits (n <= 4), as a number.
    fn digits(&mut self, n: usize) -> Option<u32> {
        let (head, rest) = self.0.split_at_checked(n)?;
        if !head.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.0 = rest;
        Some(
            head.iter()
                .fold(0, |acc, &d| acc * 10 + u32::from(d - b'0')),
        )
    }

    /// One or more digits after the decimal sign, as nanoseconds.
    fn fraction(&mut self) -> Option<u32> {
        let len = self.0.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 {
            return None;
        }
        let (digits, rest) = self.0.split_at(len);
        self.0 = rest;
        let mut nanos = 0;
        for i in 0..9 {
            nanos = nanos * 10 + digits.get(i).map_or(0, |&d| u32::from(d - b'0'));
        }
        Some(nanos)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Timelike;

    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn accepted() {
        for (input, expected) in [
            ("2026-11-28T22:07:49Z", "2026-11-28T22:07:49Z"),
            ("2026-11-28T22:07:49+00:00", "2026-11-28T22:07:49Z"),
            ("2026-11-28T22:07:49-00:00", "2026-11-28T22:07:49Z"),
            ("2026-11-28T22:07:49+0000", "2026-11-28T22:07:49Z"),
            ("2026-11-28T22:07:49.000000+0000", "2026-11-28T22:07:49Z"),
            ("2026-11-28T22:07:49.123Z", "2026-11-28T22:07:49.123Z"),
            ("2026-11-28T22:07:49.5+01:00", "2026-11-28T21:07:49.5Z"),
            ("2026-11-28T22:07:49-0130", "2026-11-28T23:37:49Z"),
            ("2026-11-28T22:07:49+05", "2026-11-28T17:07:49Z"),
            ("2026-11-28t22:07:49z", "2026-11-28T22:07:49Z"),
            ("2026-11-28 22:07:49Z", "2026-11-28T22:07:49Z"),
            ("2026-11-28T22:07:49,25Z", "2026-11-28T22:07:49.25Z"),
            (
                "2026-11-28T22:07:49.123456789Z",
                "2026-11-28T22:07:49.123456789Z",
            ),
            // Beyond nanoseconds, digits are ignored, not rounded.
            (
                "2026-11-28T22:07:49.1234567899999+0000",
                "2026-11-28T22:07:49.123456789Z",
            ),
            ("2026-12-31T23:30:00-01:00", "2027-01-01T00:30:00Z"),
            ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
            ("2026-06-30T23:59:60Z", "2026-06-30T23:59:60Z"),
        ] {
            assert_eq!(parse(input), Some(utc(expected)), "{input}");
        }
    }

    #[test]
    fn refused() {
        for input in [
            "",
            "yesterday",
            "2026-11-28",
            "2026-11-28T",
            "2026-11-28T22:07",
            "2026-11-28T22:07Z",
            "2026-11-28T22:07:49",
            "2026-11-28T22:07:49.000000",
            "2026-11-28T22:07:49.Z",
            "2026-11-28T22:07:49.+0000",
            "2026-11-28T22:07:49+000",
            "2026-11-28T22:07:49+00000",
            "2026-11-28T22:07:49+00:0",
            "2026-11-28T22:07:49+0",
            "2026-11-28T22:07:49 +0000",
            "2026-11-28T22:07:49Z ",
            " 2026-11-28T22:07:49Z",
            "2026-11-28T22:07:49ZZ",
            "2026-11-28T22:07:49UTC",
            "2026-11-28X22:07:49Z",
            "20261128T220749Z",
            "26-11-28T22:07:49Z",
            "+2026-11-28T22:07:49Z",
            "2026-1-28T22:07:49Z",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-11-00T00:00:00Z",
            "2026-11-28T24:00:00Z",
            "2026-11-28T22:60:00Z",
            "2026-11-28T22:07:61Z",
            "2026-11-28T22:07:49+24:00",
            "2026-11-28T22:07:49+0060",
            "2026-11-28T22:07:49+1a00",
            "2026-11-28T22:07:4９Z",
            "2026-11-28T22:07:49.１Z",
        ] {
            assert_eq!(parse(input), None, "{input:?} was accepted");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in ".{0,40}") {
            let _ = parse(&s);
        }

        #[test]
        fn agrees_with_rfc3339_on_what_it_formats(secs in 0_i64..253_402_300_799, nanos in 0_u32..1_000_000_000) {
            let t = DateTime::from_timestamp(secs, nanos).unwrap();
            let text = t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
            proptest::prop_assert_eq!(parse(&text), Some(t));
            let rails = t.format("%Y-%m-%dT%H:%M:%S%.6f%z").to_string();
            proptest::prop_assert_eq!(
                parse(&rails),
                Some(t.with_nanosecond(nanos / 1000 * 1000).unwrap())
            );
        }
    }
}
