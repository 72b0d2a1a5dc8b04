//! A block: the first pages of `[since, top)`, fetched at once by offset
//! and judged together once all are in hand. They agree when each gives
//! the same `metadata.total` and holds as many records as that total
//! leaves for its offset; only then is their order trusted to cut the
//! block where the next one starts, below its oldest instant.

use chrono::{DateTime, Utc};
use voiso::Cdr;

/// One page as fetched.
#[derive(Debug, Default)]
pub struct Page {
    pub items: Vec<Cdr>,
    pub next_cursor: Option<String>,
    pub total: Option<u64>,
}

impl From<voiso::CursorPage<Cdr>> for Page {
    fn from(page: voiso::CursorPage<Cdr>) -> Self {
        Page {
            items: page.items,
            next_cursor: page.next_cursor,
            total: page.total,
        }
    }
}

/// What a block's pages say, all in hand.
#[derive(Debug, Clone, PartialEq)]
pub enum Settled {
    /// The range ends in this block: every record is its own.
    Last,
    /// It keeps its first `kept` records, those at or after `keep_since`;
    /// the rest of the range is `[since, keep_since)`, which should hold
    /// `left` records by the total.
    Cut {
        kept: usize,
        keep_since: DateTime<Utc>,
        left: u64,
    },
    /// A page has no `metadata.total` (an inferred field), so the pages
    /// cannot be checked against each other.
    NoTotal,
    /// The pages disagree: records came or went while they were read.
    Changed,
    /// A record started after the one before it: the API's order is not
    /// newest first here.
    Disordered {
        id: String,
        started: DateTime<Utc>,
        after: DateTime<Utc>,
    },
    /// Every record of the block started at one instant: no cut below it
    /// keeps them together.
    OneInstant,
}

/// Judges the pages at offsets `0, limit, 2 × limit, …` of one query.
pub fn settle(pages: &[Page], limit: u64) -> Settled {
    let mut total = None;
    for page in pages {
        match (page.total, total) {
            (None, _) => return Settled::NoTotal,
            (Some(t), None) => total = Some(t),
            (Some(t), Some(seen)) if t != seen => return Settled::Changed,
            _ => {}
        }
    }
    let total = total.unwrap_or(0);
    for (k, page) in pages.iter().enumerate() {
        let before = k as u64 * limit;
        if page.items.len() as u64 != total.saturating_sub(before).min(limit) {
            return Settled::Changed;
        }
    }
    let mut records = pages.iter().flat_map(|p| &p.items);
    if let Some(first) = records.next() {
        let mut previous = first;
        for cdr in records {
            if cdr.started_at > previous.started_at {
                return Settled::Disordered {
                    id: serde_json::to_string(&cdr.id).unwrap_or_default(),
                    started: cdr.started_at,
                    after: previous.started_at,
                };
            }
            previous = cdr;
        }
    }
    let count = pages.len() as u64 * limit;
    if total <= count {
        return Settled::Last;
    }
    // Records of the oldest instant may go on past the block: they all
    // belong to the next one, which starts just above them.
    let all: Vec<&Cdr> = pages.iter().flat_map(|p| &p.items).collect();
    let oldest = all[all.len() - 1].started_at;
    let kept = all
        .iter()
        .rposition(|c| c.started_at > oldest)
        .map(|i| i + 1);
    match kept {
        None => Settled::OneInstant,
        Some(kept) => Settled::Cut {
            kept,
            keep_since: all[kept - 1].started_at,
            left: total - kept as u64,
        },
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

    /// A page of records started at `minutes`, with `total` if given.
    fn page(minutes: &[u32], total: Option<u64>) -> Page {
        Page {
            items: minutes
                .iter()
                .enumerate()
                .map(|(i, m)| cdr(&format!("r{m}-{i}"), *m))
                .collect(),
            next_cursor: None,
            total,
        }
    }

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-03-15T10:{minute:02}:00Z").parse().unwrap()
    }

    #[test]
    fn what_a_block_says() {
        let t = Some(9);
        let cases: Vec<(&str, Vec<Page>, Settled)> = vec![
            ("empty range", vec![page(&[], Some(0))], Settled::Last),
            (
                "ends inside",
                vec![page(&[50, 40, 30], Some(5)), page(&[20, 10], Some(5))],
                Settled::Last,
            ),
            (
                "cut below its oldest instant",
                vec![page(&[50, 40, 30], t), page(&[30, 20, 10], t)],
                Settled::Cut {
                    kept: 5,
                    keep_since: at(20),
                    left: 4,
                },
            ),
            (
                "the oldest instant reaches back a page",
                vec![page(&[50, 40, 20], t), page(&[20, 20, 20], t)],
                Settled::Cut {
                    kept: 2,
                    keep_since: at(40),
                    left: 7,
                },
            ),
            (
                "one instant",
                vec![page(&[20, 20, 20], t), page(&[20, 20, 20], t)],
                Settled::OneInstant,
            ),
            (
                "no total",
                vec![page(&[50, 40, 30], t), page(&[30, 20, 10], None)],
                Settled::NoTotal,
            ),
            (
                "totals differ",
                vec![page(&[50, 40, 30], t), page(&[30, 20, 10], Some(10))],
                Settled::Changed,
            ),
            (
                "a page short of its total",
                vec![page(&[50, 40, 30], t), page(&[30, 20], t)],
                Settled::Changed,
            ),
            (
                "a page past its total",
                vec![page(&[50, 40, 30], Some(3)), page(&[30], Some(3))],
                Settled::Changed,
            ),
            (
                "out of order across pages",
                vec![page(&[50, 40, 30], t), page(&[35, 20, 10], t)],
                Settled::Disordered {
                    id: "\"r35-0\"".into(),
                    started: at(35),
                    after: at(30),
                },
            ),
        ];
        for (name, pages, expected) in cases {
            assert_eq!(settle(&pages, 3), expected, "{name}");
        }
    }
}
