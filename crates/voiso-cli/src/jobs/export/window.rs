//! A window read by cursor, one page after another: what a checkpoint
//! resumes, and what the export falls back to where blocks cannot be
//! trusted. While the records come newest first it ends at the first one
//! below `keep_since` (those are the next window's); once one comes out of
//! order it reads on to its last page and keeps only its own records, so
//! none is lost or written twice.

use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};

use chrono::{DateTime, Utc};

pub struct Window {
    pub query_since: DateTime<Utc>,
    pub query_until: DateTime<Utc>,
    /// Records below this belong to what comes after the window.
    pub keep_since: DateTime<Utc>,
    /// The cursor of its next page (`None`: its first, from the top).
    pub cursor: Option<String>,
    pub done: bool,
    /// Hashes of the cursors it was given: a server that hands one out
    /// again would have the window loop (8 bytes a page).
    seen: HashSet<u64>,
    hasher: RandomState,
    /// `started_at` of the last record it returned.
    last: Option<DateTime<Utc>>,
    /// Newest first so far.
    ordered: bool,
}

impl Window {
    pub fn new(
        query_since: DateTime<Utc>,
        query_until: DateTime<Utc>,
        keep_since: DateTime<Utc>,
        cursor: Option<String>,
    ) -> Self {
        Window {
            query_since,
            query_until,
            keep_since,
            cursor,
            done: false,
            seen: HashSet::new(),
            hasher: RandomState::new(),
            last: None,
            ordered: true,
        }
    }

    /// Newest first so far: it still ends below its lower bound.
    pub fn ordered(&self) -> bool {
        self.ordered
    }

    /// A resumed window that had seen records out of order before: it
    /// reads to its last page.
    pub fn out_of_order(&mut self) {
        self.ordered = false;
    }

    /// Its next page: the records it keeps, and whether it ended; warnings
    /// go to `notes`. A cursor handed out twice is an error: the window
    /// would loop.
    pub fn take(
        &mut self,
        items: Vec<voiso::Cdr>,
        next_cursor: Option<&str>,
        notes: &mut Vec<String>,
    ) -> Result<(Vec<voiso::Cdr>, bool), String> {
        if let Some(next) = next_cursor
            && !self.seen.insert(self.hasher.hash_one(next))
        {
            return Err(format!(
                "the API handed out a CDR cursor it had already given in [{}, {}): reading \
                 on would loop; export again later, or report it to Voiso",
                self.query_since.to_rfc3339(),
                self.query_until.to_rfc3339()
            ));
        }
        let mut below = false;
        for cdr in &items {
            if let Some(last) = self.last
                && cdr.started_at > last
                && self.ordered
            {
                self.ordered = false;
                notes.push(format!(
                    "warning: CDR {} (started {}) came after one started {} in [{}, {}): the \
                     API's order is not newest first there; that range is read to its last \
                     page, one page at a time",
                    serde_json::to_string(&cdr.id).unwrap_or_default(),
                    cdr.started_at.to_rfc3339(),
                    last.to_rfc3339(),
                    self.query_since.to_rfc3339(),
                    self.query_until.to_rfc3339()
                ));
            }
            self.last = Some(cdr.started_at);
            below |= cdr.started_at < self.keep_since;
        }
        // Past its lower bound, a window in order has nothing more to give.
        let ends = next_cursor.is_none() || (below && self.ordered);
        self.done = ends;
        self.cursor = next_cursor.map(str::to_owned);
        let keep_since = self.keep_since;
        let kept = items
            .into_iter()
            .filter(|c| c.started_at >= keep_since)
            .collect();
        Ok((kept, ends))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hour: u32) -> DateTime<Utc> {
        format!("2026-03-15T{hour:02}:00:00Z").parse().unwrap()
    }

    fn cdrs(hours: &[u32]) -> Vec<voiso::Cdr> {
        hours
            .iter()
            .map(|h| {
                serde_json::from_value(serde_json::json!({
                    "id": format!("r{h}"),
                    "type": "call",
                    "started_at": at(*h),
                }))
                .unwrap()
            })
            .collect()
    }

    fn ids(records: Vec<voiso::Cdr>) -> Vec<String> {
        records.into_iter().map(|c| c.id.to_string()).collect()
    }

    fn window() -> Window {
        Window::new(at(0), at(23), at(17), None)
    }

    #[test]
    fn in_order_it_ends_at_its_lower_bound() {
        let mut w = window();
        let (kept, ends) = w
            .take(cdrs(&[22, 21, 20]), Some("c1"), &mut Vec::new())
            .unwrap();
        assert_eq!(ids(kept), ["r22", "r21", "r20"]);
        assert!(!ends);
        let (kept, ends) = w
            .take(cdrs(&[19, 18, 17, 16]), Some("c2"), &mut Vec::new())
            .unwrap();
        assert_eq!(ids(kept), ["r19", "r18", "r17"]);
        assert!(ends && w.done, "ends past its lower bound");
    }

    #[test]
    fn out_of_order_it_reads_to_its_last_page_keeping_its_own() {
        let mut w = window();
        w.take(cdrs(&[22, 21, 20]), Some("c1"), &mut Vec::new())
            .unwrap();
        // 16:00 is below its bound, but 19:00 comes after it: out of order.
        let (kept, ends) = w
            .take(cdrs(&[16, 19, 15]), Some("c2"), &mut Vec::new())
            .unwrap();
        assert_eq!(ids(kept), ["r19"]);
        assert!(!ends, "read on to its last page");
        let (kept, ends) = w.take(cdrs(&[18, 3]), None, &mut Vec::new()).unwrap();
        assert_eq!(ids(kept), ["r18"]);
        assert!(ends);
    }

    #[test]
    fn a_cursor_given_twice_is_an_error_not_a_loop() {
        let mut w = window();
        w.take(cdrs(&[22]), Some("c1"), &mut Vec::new()).unwrap();
        assert!(w.take(cdrs(&[21]), Some("c1"), &mut Vec::new()).is_err());
    }
}
