//! Time arguments, read as what people paste: RFC 3339 with any offset
//! form, a plain date, a local time, epoch seconds, a span back from now,
//! `today` and `yesterday`.

use std::time::Duration;

use chrono::{
    DateTime, FixedOffset, Local, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    SecondsFormat, TimeZone, Utc,
};

use crate::output::warn;

/// Every accepted form with an example: a refused value is answered with
/// all of them, since the user may have meant any.
const FORMS: &str =
    "  2026-12-01T10:00:00Z   RFC 3339, with any offset (Z, +01:00, +0100) and optional fractions
  2026-12-01             a date: midnight UTC
  2026-12-01T10:00:00    a time without an offset (or 2026-12-01 10:00): this machine's time zone
  1764547200             epoch seconds
  30m, 24h, 7d           a span back from now
  today, yesterday       midnight UTC of that day";

/// An argument read as an instant.
#[derive(Debug, PartialEq)]
pub struct At {
    pub instant: DateTime<Utc>,
    /// Set when a time without an offset was read in the local zone: the
    /// line that says so, since a wrong zone would shift the whole window.
    pub local_note: Option<String>,
}

/// Parses `--since` / `--until` relative to `now`, a time without an offset
/// in this machine's zone (said on stderr).
pub fn parse_at(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let at = parse_in(input, now, &Local)?;
    if let Some(note) = &at.local_note {
        warn(note);
    }
    Ok(at.instant)
}

/// As [`parse_at`], with the zone a time without an offset is read in
/// given, so the reading can be tested without the machine's zone.
pub fn parse_in<Tz: TimeZone>(input: &str, now: DateTime<Utc>, zone: &Tz) -> Result<At, String> {
    let input = input.trim();
    let utc = |instant| {
        Ok(At {
            instant,
            local_note: None,
        })
    };
    if input.eq_ignore_ascii_case("today") {
        return utc(midnight(now));
    }
    if input.eq_ignore_ascii_case("yesterday") {
        return utc(midnight(now) - chrono::Duration::days(1));
    }
    if !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit()) {
        return epoch(input).and_then(utc);
    }
    let b = input.as_bytes();
    if b.len() >= 5 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' {
        return calendar(input, zone);
    }
    span(input, now).and_then(utc)
}

/// The refusal of `input`, with why when it is known, and every form.
fn refused(input: &str, why: &str) -> String {
    let why = if why.is_empty() {
        String::new()
    } else {
        format!(" ({why})")
    };
    format!("`{input}` is not a time{why}; use one of:\n{FORMS}")
}

fn midnight(now: DateTime<Utc>) -> DateTime<Utc> {
    now.date_naive().and_time(NaiveTime::MIN).and_utc()
}

/// Epoch seconds. A short number is more likely a span without its unit,
/// and 13 digits are milliseconds: both are refused rather than read as a
/// time in 1970 or in the year 50000.
fn epoch(input: &str) -> Result<DateTime<Utc>, String> {
    match input.len() {
        9 | 10 => {}
        0..=8 => {
            return Err(refused(
                input,
                "too short for epoch seconds; a span back from now needs a unit: 10m, 10h, 10d",
            ));
        }
        12 | 13 => {
            return Err(refused(
                input,
                "epoch milliseconds? give seconds: drop the last three digits",
            ));
        }
        _ => return Err(refused(input, "too long for epoch seconds")),
    }
    input
        .parse::<i64>()
        .ok()
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
        .ok_or_else(|| refused(input, "not epoch seconds"))
}

/// A date, with an optional time and offset; a time without an offset is
/// read in `zone`.
fn calendar<Tz: TimeZone>(input: &str, zone: &Tz) -> Result<At, String> {
    let (date, rest) = input.split_at(input.find(['T', 't', ' ']).unwrap_or(input.len()));
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map_err(|_| refused(input, &format!("{date} is not a calendar date")))?;
    if rest.is_empty() {
        return Ok(At {
            instant: date.and_time(NaiveTime::MIN).and_utc(),
            local_note: None,
        });
    }
    let rest = rest[1..].trim_start();
    let (time, offset) = split_offset(rest).ok_or_else(|| refused(input, "unreadable offset"))?;
    let time = NaiveTime::parse_from_str(time, "%H:%M:%S%.f")
        .or_else(|_| NaiveTime::parse_from_str(time, "%H:%M"))
        .map_err(|_| refused(input, &format!("{time} is not a time of day")))?;
    let naive = date.and_time(time);
    match offset {
        Some(offset) => naive
            .and_local_timezone(offset)
            .single()
            .map(|at| At {
                instant: at.with_timezone(&Utc),
                local_note: None,
            })
            .ok_or_else(|| refused(input, "out of range")),
        None => local(naive, zone),
    }
}

/// A time of day and its offset (`None`: none given): `Z`, `+01:00`,
/// `+0100` or `+01`. `None` when an offset is there but unreadable.
fn split_offset(rest: &str) -> Option<(&str, Option<FixedOffset>)> {
    if let Some(time) = rest.strip_suffix(['Z', 'z']) {
        return Some((time, FixedOffset::east_opt(0)));
    }
    let Some(at) = rest.rfind(['+', '-']) else {
        return Some((rest, None));
    };
    let (time, offset) = rest.split_at(at);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let digits = offset[1..].replacen(':', "", 1);
    if !matches!(digits.len(), 2 | 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().unwrap_or(0);
    if hours > 23 || minutes > 59 {
        return None;
    }
    let offset = FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))?;
    Some((time.trim_end(), Some(offset)))
}

/// A time without an offset, in `zone`; one a clock change skips or
/// repeats is refused, since either reading could be an hour off.
fn local<Tz: TimeZone>(naive: NaiveDateTime, zone: &Tz) -> Result<At, String> {
    let shown = naive.format("%Y-%m-%dT%H:%M:%S%.f");
    match zone.from_local_datetime(&naive) {
        MappedLocalTime::Single(at) => {
            let offset = at.offset().fix();
            Ok(At {
                instant: at.with_timezone(&Utc),
                local_note: Some(format!("taking {shown} as local time ({offset})")),
            })
        }
        MappedLocalTime::Ambiguous(first, second) => Err(format!(
            "`{shown}` happens twice in local time, at {} and at {} (the clocks go back): \
             give the offset, as in {shown}{}",
            first.offset().fix(),
            second.offset().fix(),
            first.offset().fix()
        )),
        MappedLocalTime::None => Err(format!(
            "`{shown}` does not exist in local time (the clocks go forward over it): \
             give the offset (as in {shown}+02:00) or a UTC time ({shown}Z)"
        )),
    }
}

/// A span back from `now`: `30m`, `24h`, `7d`, `1h 30m`.
fn span(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let span: Duration = humantime::parse_duration(input).map_err(|_| refused(input, ""))?;
    chrono::Duration::from_std(span)
        .ok()
        .and_then(|span| now.checked_sub_signed(span))
        .ok_or_else(|| format!("`{input}` reaches back before any representable time"))
}

/// An instant as the messages show it: to the millisecond at most, since
/// the nanoseconds of a span back from now say nothing to a reader.
pub fn shown(at: DateTime<Utc>) -> String {
    let whole_ms = at.timestamp_subsec_nanos().is_multiple_of(1_000_000);
    let precision = if whole_ms {
        SecondsFormat::AutoSi
    } else {
        SecondsFormat::Millis
    };
    at.to_rfc3339_opts(precision, true)
}

/// Refuses a window that holds nothing: `since` not before `until`, which
/// is the time of the run when `--until` was not given.
pub fn check_window(
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    until_given: bool,
) -> Result<(), String> {
    if since < until {
        return Ok(());
    }
    let until = if until_given {
        format!("--until ({})", shown(until))
    } else {
        format!("now ({}, as no --until was given)", shown(until))
    };
    Err(format!(
        "--since ({}) must be before {until}: this window is empty",
        shown(since)
    ))
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

    /// A zone with a clock change, as Europe/London's autumn one:
    /// +01:00 before 2026-10-25T01:00:00Z, +00:00 from then, so 01:00-02:00
    /// local happens twice; and, the other way, 2026-03-29 01:00-02:00 local
    /// never happens.
    #[derive(Clone)]
    struct Changing;

    impl TimeZone for Changing {
        type Offset = FixedOffset;
        fn from_offset(_: &FixedOffset) -> Self {
            Changing
        }
        fn offset_from_local_date(&self, _: &NaiveDate) -> MappedLocalTime<FixedOffset> {
            unimplemented!("not used by the parser")
        }
        fn offset_from_local_datetime(
            &self,
            local: &NaiveDateTime,
        ) -> MappedLocalTime<FixedOffset> {
            let summer = FixedOffset::east_opt(3600).unwrap();
            let winter = FixedOffset::east_opt(0).unwrap();
            let at = |s: &str| s.parse::<NaiveDateTime>().unwrap();
            if (at("2026-10-25T01:00:00")..at("2026-10-25T02:00:00")).contains(local) {
                MappedLocalTime::Ambiguous(summer, winter)
            } else if (at("2026-03-29T01:00:00")..at("2026-03-29T02:00:00")).contains(local) {
                MappedLocalTime::None
            } else if (at("2026-03-29T02:00:00")..at("2026-10-25T02:00:00")).contains(local) {
                MappedLocalTime::Single(summer)
            } else {
                MappedLocalTime::Single(winter)
            }
        }
        fn offset_from_utc_date(&self, _: &NaiveDate) -> FixedOffset {
            unimplemented!("not used by the parser")
        }
        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
            let summer = "2026-03-29T01:00:00".parse::<NaiveDateTime>().unwrap()
                ..="2026-10-25T01:00:00".parse().unwrap();
            FixedOffset::east_opt(if summer.contains(utc) { 3600 } else { 0 }).unwrap()
        }
    }

    #[test]
    fn each_form_means_its_instant() {
        let plus_one = FixedOffset::east_opt(3600).unwrap();
        // (input, instant, the local-time note if one is said)
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("2026-03-15T10:00:00Z", "2026-03-15T10:00:00Z", None),
            ("2026-03-15t10:00:00z", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T10:00:00+00:00", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T10:00:00+0000", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T12:00:00+02:00", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T12:00:00+0200", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T05:30:00-0430", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T12:00:00+02", "2026-03-15T10:00:00Z", None),
            ("2026-03-15 10:00:00+0000", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T10:00Z", "2026-03-15T10:00:00Z", None),
            ("2026-03-15T10:00:00.250Z", "2026-03-15T10:00:00.250Z", None),
            (
                "2026-03-15T10:00:00.250+0000",
                "2026-03-15T10:00:00.250Z",
                None,
            ),
            ("2026-12-01", "2026-12-01T00:00:00Z", None),
            (
                "2026-12-01T10:00:00",
                "2026-12-01T09:00:00Z",
                Some("taking 2026-12-01T10:00:00 as local time (+01:00)"),
            ),
            (
                "2026-12-01 10:00",
                "2026-12-01T09:00:00Z",
                Some("taking 2026-12-01T10:00:00 as local time (+01:00)"),
            ),
            (
                "2026-12-01T10:00:00.5",
                "2026-12-01T09:00:00.500Z",
                Some("taking 2026-12-01T10:00:00.500 as local time (+01:00)"),
            ),
            ("1764547200", "2025-12-01T00:00:00Z", None),
            ("24h", "2026-11-28T12:00:00Z", None),
            ("7d", "2026-11-22T12:00:00Z", None),
            ("30m", "2026-11-29T11:30:00Z", None),
            ("1h 30m", "2026-11-29T10:30:00Z", None),
            (" 24h ", "2026-11-28T12:00:00Z", None),
            ("today", "2026-11-29T00:00:00Z", None),
            ("Yesterday", "2026-11-28T00:00:00Z", None),
        ];
        for (input, instant, note) in cases {
            let expected = At {
                instant: instant.parse().unwrap(),
                local_note: note.map(str::to_string),
            };
            assert_eq!(parse_in(input, now(), &plus_one), Ok(expected), "{input}");
        }
    }

    #[test]
    fn a_local_time_takes_the_offset_of_its_own_date() {
        for (input, instant, offset) in [
            ("2026-01-10T10:00:00", "2026-01-10T10:00:00Z", "+00:00"),
            ("2026-07-10T10:00:00", "2026-07-10T09:00:00Z", "+01:00"),
        ] {
            let at = parse_in(input, now(), &Changing).unwrap();
            assert_eq!(at.instant, instant.parse::<DateTime<Utc>>().unwrap());
            assert!(at.local_note.unwrap().ends_with(&format!("({offset})")));
        }
    }

    #[test]
    fn a_local_time_a_clock_change_repeats_or_skips_is_refused_by_name() {
        let twice = parse_in("2026-10-25 01:30", now(), &Changing).unwrap_err();
        assert!(
            twice.contains("`2026-10-25T01:30:00` happens twice")
                && twice.contains("+01:00")
                && twice.contains("+00:00"),
            "{twice}"
        );
        let never = parse_in("2026-03-29T01:30:00", now(), &Changing).unwrap_err();
        assert!(
            never.contains("`2026-03-29T01:30:00` does not exist"),
            "{never}"
        );
    }

    #[test]
    fn refuses_anything_else_listing_every_form() {
        let utc = Utc;
        for (input, why) in [
            ("", ""),
            ("soon", ""),
            ("-5h", ""),
            ("2026-13-45", "2026-13-45 is not a calendar date"),
            ("2026-02-30T00:00:00Z", "2026-02-30 is not a calendar date"),
            ("2026-03-15T25:00:00Z", "25:00:00 is not a time of day"),
            ("2026-03-15T10:00:00+2500", "unreadable offset"),
            ("2026-03-15T10:00:00+1", "unreadable offset"),
            ("2026-03-15X", "is not a calendar date"),
            ("10", "a span back from now needs a unit"),
            ("1764547200000", "epoch milliseconds"),
            ("17645472000000000", "too long"),
            // Never a panic on a slice through a character.
            ("2026-ü", "is not a calendar date"),
            ("2026-12-01Tü", "is not a time of day"),
            ("2026-12-01T10:00:00+üü", "unreadable offset"),
            ("2026-12-01T10:00:00+ü1", "unreadable offset"),
        ] {
            let err = parse_in(input, now(), &utc).unwrap_err();
            assert!(err.contains(why), "{input}: {err}");
            for example in [
                "\n  2026-12-01T10:00:00Z",
                "RFC 3339",
                "\n  2026-12-01 ",
                "1764547200",
                "24h",
                "yesterday",
            ] {
                assert!(
                    err.contains(example),
                    "{input}: {example} missing from {err}"
                );
            }
        }
        assert!(
            parse_in("100000000000d", now(), &utc)
                .unwrap_err()
                .contains("representable")
        );
    }

    #[test]
    fn a_window_must_hold_something() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert_eq!(
            check_window(at("2026-12-01T00:00:00Z"), at("2026-12-02T00:00:00Z"), true),
            Ok(())
        );
        for (since, until) in [
            ("2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z"),
            ("2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"),
        ] {
            let err = check_window(at(since), at(until), true).unwrap_err();
            assert!(err.contains(since) && err.contains(until), "{err}");
        }
        let err = check_window(at("2026-12-02T00:00:00Z"), now(), false).unwrap_err();
        assert!(
            err.contains("before now (2026-11-29T12:00:00Z, as no --until was given)"),
            "{err}"
        );
    }
}
