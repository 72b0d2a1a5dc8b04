//! A window read by cursor, one page after another: what a checkpoint
//! resumes, and what the export falls back to where blocks cannot be
//! trusted. While the records come newest first it ends at the first one
//! below `keep_since` (those are the next window's); once one comes out of
//! order it reads on to its last page and keeps only its own records, so
//! none is lost or written twice.

use chrono::{DateTime, Utc};
use futures::stream::BoxStream;

use crate::output::warn;

pub type Pages = BoxStream<'static, Result<voiso::CursorPage<voiso::Cdr>, voiso::Error>>;

pub struct Window {
    pub query_since: DateTime<Utc>,
    pub query_until: DateTime<Utc>,
    /// Records below this belong to what comes after the window.
    pub keep_since: DateTime<Utc>,
    /// Its pages; `None` while a request is in flight or once it is done.
    pub pages: Option<Pages>,
    pub done: bool,
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
        pages: Pages,
    ) -> Self {
        Window {
            query_since,
            query_until,
            keep_since,
            pages: Some(pages),
            done: false,
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

    /// Its next page: the records it keeps, and whether it ended. The
    /// caller gives the pages back (`self.pages`) unless it ended.
    pub fn take(
        &mut self,
        items: Vec<voiso::Cdr>,
        next_cursor: Option<&str>,
    ) -> (Vec<voiso::Cdr>, bool) {
        let mut below = false;
        for cdr in &items {
            if let Some(last) = self.last
                && cdr.started_at > last
                && self.ordered
            {
                self.ordered = false;
                warn(format_args!(
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
        let keep_since = self.keep_since;
        let kept = items
            .into_iter()
            .filter(|c| c.started_at >= keep_since)
            .collect();
        (kept, ends)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

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
        Window::new(at(0), at(23), at(17), futures::stream::empty().boxed())
    }

    #[test]
    fn in_order_it_ends_at_its_lower_bound() {
        let mut w = window();
        let (kept, ends) = w.take(cdrs(&[22, 21, 20]), Some("c1"));
        assert_eq!(ids(kept), ["r22", "r21", "r20"]);
        assert!(!ends);
        let (kept, ends) = w.take(cdrs(&[19, 18, 17, 16]), Some("c2"));
        assert_eq!(ids(kept), ["r19", "r18", "r17"]);
        assert!(ends && w.done, "ends past its lower bound");
    }

    #[test]
    fn out_of_order_it_reads_to_its_last_page_keeping_its_own() {
        let mut w = window();
        w.take(cdrs(&[22, 21, 20]), Some("c1"));
        // 16:00 is below its bound, but 19:00 comes after it: out of order.
        let (kept, ends) = w.take(cdrs(&[16, 19, 15]), Some("c2"));
        assert_eq!(ids(kept), ["r19"]);
        assert!(!ends, "read on to its last page");
        let (kept, ends) = w.take(cdrs(&[18, 3]), None);
        assert_eq!(ids(kept), ["r18"]);
        assert!(ends);
    }
}
