//! A block: the first records of `[since, top)`, read as pages by offset,
//! up to 10,000 (as far as Voiso serves offsets). A probe, the last few
//! records of that reach, says where the block ends before its pages
//! arrive: just above the oldest instant the probe sees change, so that
//! every record of an instant is in one block. The next block is
//! `[since, that instant)`, and can be probed at once: the probes run
//! ahead while the pages are read, N at a time.
//!
//! Each page is checked before it is written: its total is the probe's,
//! its size what that total leaves for its offset, its records newest
//! first and not below the block's lower bound, and where it overlaps the
//! probe, it holds the probe's records.

use chrono::{DateTime, Utc};
use voiso::Cdr;

/// Records in a probe.
pub const PROBE: u64 = 16;

/// What the checks need of a record: its start, and its ID as a hash.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stamp {
    pub started_at: DateTime<Utc>,
    pub id: u64,
}

impl Stamp {
    pub fn of(cdr: &Cdr) -> Stamp {
        use std::fmt::Write;
        use std::hash::Hasher;
        struct Hashing(std::hash::DefaultHasher);
        impl Write for Hashing {
            fn write_str(&mut self, s: &str) -> std::fmt::Result {
                self.0.write(s.as_bytes());
                Ok(())
            }
        }
        let mut hashing = Hashing(std::hash::DefaultHasher::new());
        let _ = write!(hashing, "{}", cdr.id);
        Stamp {
            started_at: cdr.started_at,
            id: hashing.0.finish(),
        }
    }
}

/// One page as fetched, its records reduced to stamps.
#[derive(Debug, Default)]
pub struct Page {
    pub items: Vec<Stamp>,
    pub next_cursor: Option<String>,
    pub total: Option<u64>,
}

impl Page {
    pub fn of(page: &voiso::CursorPage<Cdr>) -> Page {
        Page {
            items: page.items.iter().map(Stamp::of).collect(),
            next_cursor: page.next_cursor.clone(),
            total: page.total,
        }
    }
}

/// What a probe says about its block.
#[derive(Debug, Clone, PartialEq)]
pub enum Extent {
    /// The range ends in this block, after `total` records, by the total;
    /// the cursor of its pages has the last word (`check`).
    Last { total: u64 },
    /// The block keeps its first `kept` records, those at or after
    /// `keep_since`; the next block is `[since, keep_since)`, which should
    /// hold `total - kept` records.
    Cut {
        total: u64,
        kept: u64,
        keep_since: DateTime<Utc>,
    },
    /// Every record of the probe started at `at`: the block ends below
    /// that instant, wherever that is.
    OneInstant { at: DateTime<Utc> },
    /// The probe has no `metadata.total` (an inferred field): pages read at
    /// once cannot be checked against each other.
    NoTotal,
    /// The probe disagrees with its own total (fewer records than the total
    /// leaves at its offset): the range changed between the requests.
    Inconsistent,
    /// The probe lists records past what its own total leaves at its
    /// offset, in one answer: the total is not a count of the list (capped
    /// or estimated), so it cannot check pages read at once.
    Understated { total: u64, listed: u64 },
}

impl Extent {
    /// Records the block keeps, and the lower bound of their start.
    pub fn keeps(&self) -> Option<(u64, u64, Option<DateTime<Utc>>)> {
        match *self {
            Extent::Last { total } => Some((total, total, None)),
            Extent::Cut {
                total,
                kept,
                keep_since,
            } => Some((total, kept, Some(keep_since))),
            Extent::OneInstant { .. }
            | Extent::NoTotal
            | Extent::Inconsistent
            | Extent::Understated { .. } => None,
        }
    }
}

/// The offset of the probe of a block that may reach `reach` records.
pub fn probe_offset(reach: u64) -> u64 {
    reach.saturating_sub(PROBE)
}

/// Judges the probe of a block reaching `reach` records, at `offset`.
pub fn extent(probe: &Page, offset: u64, reach: u64) -> Extent {
    let Some(total) = probe.total else {
        return Extent::NoTotal;
    };
    let len = probe.items.len() as u64;
    let expected = total
        .saturating_sub(offset)
        .min(PROBE)
        .min(reach.saturating_sub(offset));
    if len > expected {
        return Extent::Understated {
            total,
            listed: offset + len,
        };
    }
    if len != expected {
        return Extent::Inconsistent;
    }
    // A total of exactly the reach may be a count capped there (as search
    // engines cap theirs): only a smaller one ends the range.
    if total < reach {
        return Extent::Last { total };
    }
    // More than the block reaches, and a probe that does not end there
    // (one asked from the top after the API refused the offset).
    if offset + len < reach {
        return Extent::Inconsistent;
    }
    // The last record whose successor started earlier: the block keeps up
    // to it, and the next block starts with that successor's instant.
    let items = &probe.items;
    let last = items
        .windows(2)
        .rposition(|pair| pair[0].started_at > pair[1].started_at);
    match (last, items.first()) {
        (Some(j), _) => Extent::Cut {
            total,
            kept: offset + j as u64 + 1,
            keep_since: items[j].started_at,
        },
        (None, Some(first)) => Extent::OneInstant {
            at: first.started_at,
        },
        (None, None) => Extent::Inconsistent,
    }
}

/// What to do with a page of a block.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Write its first `count` records.
    Write { count: usize },
    /// The range's last page by the total, and its `next_cursor` goes on
    /// (or it holds more than the total leaves): write its `count` records
    /// and read on by that cursor. The total is inferred; the cursor is
    /// documented and wins.
    GoesOn { count: usize },
    /// Its `next_cursor` is null before the total's last page (or with
    /// fewer records than the total leaves): write its `count` records,
    /// and the range ends there, as the cursor says.
    Ends { count: usize },
    /// It disagrees with the probe: records came or went meanwhile.
    Changed,
    /// The record at `offset` of the query is out of the order relied on
    /// (newest first): it started after `after`.
    Disordered {
        offset: u64,
        started: DateTime<Utc>,
        after: DateTime<Utc>,
    },
    /// It has no `metadata.total` to check against the probe's.
    NoTotal,
}

/// What a page's `next_cursor` says of its total.
enum Cursor {
    Agrees,
    GoesOn,
    Ends,
}

/// Checks page `index` of a block of `extent`, whose probe holds
/// `probe` at `probe_at`, after the page before: the start of its last
/// record written, and the IDs of the records written with that start.
pub fn check(
    page: &Page,
    index: u64,
    limit: u64,
    extent: &Extent,
    (probe, probe_at): (&[Stamp], u64),
    previous: Option<(DateTime<Utc>, &[u64])>,
) -> Verdict {
    let Some((total, kept, keep_since)) = extent.keeps() else {
        return Verdict::NoTotal;
    };
    match page.total {
        None => return Verdict::NoTotal,
        Some(t) if t != total => return Verdict::Changed,
        Some(_) => {}
    }
    let start = index * limit;
    let len = page.items.len() as u64;
    let want = total.saturating_sub(start).min(limit);
    let (count, cursor) = if matches!(extent, Extent::Last { .. }) {
        // Only the last block can end the range, and only a null cursor
        // does (documented); the total (inferred) just plans the pages.
        let final_page = start + limit >= total;
        let cursor = match (page.next_cursor.is_some(), len.cmp(&want)) {
            (true, std::cmp::Ordering::Less) => return Verdict::Changed,
            (true, std::cmp::Ordering::Equal) if !final_page => Cursor::Agrees,
            (true, _) => Cursor::GoesOn,
            (false, std::cmp::Ordering::Equal) if final_page => Cursor::Agrees,
            (false, _) => Cursor::Ends,
        };
        (len as usize, cursor)
    } else {
        // A cut block ends where its probe saw the start change; the
        // next block reads on below it.
        if len != want {
            return Verdict::Changed;
        }
        (kept.saturating_sub(start).min(len) as usize, Cursor::Agrees)
    };
    // Records of one instant on both sides of a page boundary: the pages
    // were asked at different times, and if the API's order among equals
    // moved meanwhile, one of them comes twice (and another not at all).
    if let Some((instant, ids)) = previous
        && page
            .items
            .iter()
            .take_while(|c| c.started_at == instant)
            .any(|c| ids.contains(&c.id))
    {
        return Verdict::Changed;
    }
    let mut after = previous.map(|(instant, _)| instant);
    for (k, cdr) in page.items.iter().enumerate() {
        if let Some(after) = after
            && cdr.started_at > after
        {
            return Verdict::Disordered {
                offset: start + k as u64,
                started: cdr.started_at,
                after,
            };
        }
        after = Some(cdr.started_at);
    }
    if let Some(bound) = keep_since
        && let Some(k) = page.items[..count]
            .iter()
            .position(|c| c.started_at < bound)
    {
        return Verdict::Disordered {
            offset: start + k as u64,
            started: page.items[k].started_at,
            after: bound,
        };
    }
    for (i, seen) in probe.iter().enumerate() {
        let at = probe_at + i as u64;
        if let Some(here) = at
            .checked_sub(start)
            .and_then(|k| page.items.get(k as usize))
            && here.id != seen.id
        {
            return Verdict::Changed;
        }
    }
    match cursor {
        Cursor::Agrees => Verdict::Write { count },
        Cursor::GoesOn => Verdict::GoesOn { count },
        Cursor::Ends => Verdict::Ends { count },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cdr(id: &str, minute: u32) -> Cdr {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "type": "call",
            "started_at": format!("2026-03-15T10:{minute:02}:00Z"),
        }))
        .unwrap()
    }

    /// A page of records started at `minutes`, each named by its minute.
    fn page(minutes: &[u32], total: Option<u64>) -> Page {
        Page {
            items: minutes
                .iter()
                .enumerate()
                .map(|(i, m)| Stamp::of(&cdr(&format!("r{m}-{i}"), *m)))
                .collect(),
            next_cursor: None,
            total,
        }
    }

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-03-15T10:{minute:02}:00Z").parse().unwrap()
    }

    #[test]
    fn what_a_probe_says() {
        // Probes of 3 records at offset 6 of a block reaching 9.
        let cases = [
            ("empty range", page(&[], Some(0)), Extent::Last { total: 0 }),
            (
                "ends inside",
                page(&[30, 20], Some(8)),
                Extent::Last { total: 8 },
            ),
            (
                "a total of its reach may be capped: cut",
                page(&[30, 20, 10], Some(9)),
                Extent::Cut {
                    total: 9,
                    kept: 8,
                    keep_since: at(20),
                },
            ),
            (
                "a probe short of its total",
                page(&[30, 20], Some(20)),
                Extent::Inconsistent,
            ),
            (
                "an empty probe of a long range",
                page(&[], Some(20)),
                Extent::Inconsistent,
            ),
            (
                "cut at the last change",
                page(&[30, 20, 10], Some(20)),
                Extent::Cut {
                    total: 20,
                    kept: 8,
                    keep_since: at(20),
                },
            ),
            (
                "an instant reaching past the block",
                page(&[30, 20, 20], Some(20)),
                Extent::Cut {
                    total: 20,
                    kept: 7,
                    keep_since: at(30),
                },
            ),
            (
                "one instant",
                page(&[20, 20, 20], Some(20)),
                Extent::OneInstant { at: at(20) },
            ),
            ("no total", page(&[30, 20, 10], None), Extent::NoTotal),
            (
                "more than its total leaves: the total is no count",
                page(&[30, 20, 10], Some(7)),
                Extent::Understated {
                    total: 7,
                    listed: 9,
                },
            ),
        ];
        for (name, probe, expected) in cases {
            assert_eq!(extent(&probe, 6, 9), expected, "{name}");
        }
        // Asked from the top after the API refused the offset.
        assert_eq!(
            extent(&page(&[50, 40], Some(2)), 0, 9),
            Extent::Last { total: 2 }
        );
        let minutes: Vec<u32> = (0..16).map(|m| 50 - m).collect();
        let long = page(&minutes, Some(40));
        assert_eq!(extent(&long, 0, 30), Extent::Inconsistent);
    }

    #[test]
    fn what_a_page_gets() {
        // A block reaching 9 records of a total of 20, pages of 3, cut
        // after 8 records (at 20:00); its probe is records 6..9.
        let cut = Extent::Cut {
            total: 20,
            kept: 8,
            keep_since: at(20),
        };
        let probe = page(&[25, 20, 10], Some(20)).items;
        let p = (probe.as_slice(), 6);
        let changed = page(&[26, 20, 10], Some(20)).items;
        let cases = [
            (
                "a full page",
                page(&[50, 40, 30], Some(20)),
                0,
                None,
                Verdict::Write { count: 3 },
            ),
            (
                "the last page, cut",
                page(&[25, 20, 10], Some(20)),
                2,
                Some((at(30), &[][..])),
                Verdict::Write { count: 2 },
            ),
            (
                "another total",
                page(&[50, 40, 30], Some(21)),
                0,
                None,
                Verdict::Changed,
            ),
            (
                "no total",
                page(&[50, 40, 30], None),
                0,
                None,
                Verdict::NoTotal,
            ),
            (
                "short",
                page(&[50, 40], Some(20)),
                0,
                None,
                Verdict::Changed,
            ),
            (
                "out of order inside",
                page(&[50, 55, 30], Some(20)),
                0,
                None,
                Verdict::Disordered {
                    offset: 1,
                    started: at(55),
                    after: at(50),
                },
            ),
            (
                "newer than the page before",
                page(&[45, 40, 30], Some(20)),
                1,
                Some((at(42), &[][..])),
                Verdict::Disordered {
                    offset: 3,
                    started: at(45),
                    after: at(42),
                },
            ),
            (
                "below the cut before it",
                page(&[30, 15, 12], Some(20)),
                1,
                None,
                Verdict::Disordered {
                    offset: 4,
                    started: at(15),
                    after: at(20),
                },
            ),
        ];
        for (name, page, index, previous, expected) in cases {
            assert_eq!(
                check(&page, index, 3, &cut, p, previous),
                expected,
                "{name}"
            );
        }
        // One instant across a page boundary: a record of it twice means
        // the order among equals moved between the requests.
        let before = page(&[50, 40, 40], Some(20));
        let ties: Vec<u64> = before.items[1..].iter().map(|c| c.id).collect();
        let mut again = page(&[40, 30, 25], Some(20));
        again.items[0] = before.items[2];
        assert_eq!(
            check(&again, 1, 3, &cut, p, Some((at(40), &ties))),
            Verdict::Changed
        );
        let fresh = page(&[40, 30, 25], Some(20));
        assert_eq!(
            check(&fresh, 1, 3, &cut, p, Some((at(40), &ties))),
            Verdict::Write { count: 3 }
        );
        // Where it overlaps the probe, a page holds the probe's records.
        let other = (changed.as_slice(), 6);
        let last = page(&[25, 20, 10], Some(20));
        assert_eq!(check(&last, 2, 3, &cut, other, None), Verdict::Changed);
    }

    #[test]
    fn the_cursor_of_the_last_block_has_the_last_word() {
        // The range ends after 7 records by the total: pages of 3.
        let last = Extent::Last { total: 7 };
        let none = (&[][..], 9);
        let with_cursor = |minutes: &[u32]| Page {
            next_cursor: Some("next".into()),
            ..page(minutes, Some(7))
        };
        let cases = [
            (
                "a page in the middle",
                with_cursor(&[50, 40, 30]),
                0,
                Verdict::Write { count: 3 },
            ),
            (
                "the last page, ending",
                page(&[20], Some(7)),
                2,
                Verdict::Write { count: 1 },
            ),
            (
                "the last page, going on",
                with_cursor(&[20]),
                2,
                Verdict::GoesOn { count: 1 },
            ),
            (
                "longer than the total leaves",
                page(&[20, 15], Some(7)),
                2,
                Verdict::Ends { count: 2 },
            ),
            (
                "longer, going on",
                with_cursor(&[20, 15, 10]),
                2,
                Verdict::GoesOn { count: 3 },
            ),
            (
                "ending early",
                page(&[30, 25, 24], Some(7)),
                1,
                Verdict::Ends { count: 3 },
            ),
            (
                "ending short",
                page(&[30], Some(7)),
                1,
                Verdict::Ends { count: 1 },
            ),
            ("short, going on", with_cursor(&[30]), 1, Verdict::Changed),
        ];
        for (name, page, index, expected) in cases {
            assert_eq!(
                check(&page, index, 3, &last, none, None),
                expected,
                "{name}"
            );
        }
    }
}
