//! Streaming every page of an offset-paged list, in order, each item once.
//!
//! The contract, for every offset list: each item is yielded at most once,
//! and a stream never ends quietly before the server's `total`.
//!
//! - Voiso lists newest first, so an item created while a caller pages
//!   pushes every later item one offset further and the last item of a page
//!   shows up again at the top of the next. Callers pin the upper creation
//!   bound to stop that; an item repeated from the previous page is dropped.
//! - Any other repeat is the server cycling: the stream ends with
//!   [`Error::Pagination`]. Every ID seen is kept as a 64-bit hash (8 bytes
//!   an item), so a list that serves pages A, B, A, B ends on the third.
//!   A hash collision can only end a stream with that error, never drop an
//!   item: the previous page is compared by its real IDs.
//! - A page shorter than asked for while `offset + received < total` is a
//!   server whose page cap is below the limit: the stream goes on at
//!   `offset + received`, asking for that many.
//! - It also fails (rather than loops) when a page brings nothing new, when
//!   an ordered list goes back up in time, when the server serves nothing
//!   short of its total, and when there are more pages than the totals
//!   allow. Memory is `concurrency` pages plus the hashes.

use std::collections::{HashSet, VecDeque};
use std::hash::{BuildHasher, Hash, RandomState};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::{FuturesOrdered, Stream, StreamExt};

use voiso_api::Operation;

use crate::error::Error;
use crate::model::Page;

/// Fetches the page at (offset, limit).
pub(crate) type Fetch<T> =
    Arc<dyn Fn(i64, u32) -> BoxFuture<'static, Result<Page<T>, Error>> + Send + Sync>;

/// The largest page `op` serves: the spec's `maximum` for its `limit`
/// (generated into [`Operation::max_limit`]), or 1 for an operation the
/// spec gives none.
pub(crate) const fn max_limit(op: Operation) -> u32 {
    match op.max_limit() {
        Some(max) => max,
        None => 1,
    }
}

pub(crate) fn check_paging(limit: u32, offset: i64, max: u32) -> Result<(), Error> {
    if !(1..=max).contains(&limit) {
        return Err(Error::InvalidArgument(format!(
            "limit must be between 1 and {max}, not {limit}"
        )));
    }
    if offset < 0 {
        return Err(Error::InvalidArgument(format!(
            "offset must not be negative, not {offset}"
        )));
    }
    Ok(())
}

type InFlight<T> = FuturesOrdered<BoxFuture<'static, (i64, Result<Page<T>, Error>)>>;

/// The key a list is sorted on, newest first (`created_at`).
pub(crate) type OrderOf<T> = fn(&T) -> DateTime<Utc>;

pub(crate) struct Pager<T, K> {
    fetch: Fetch<T>,
    id_of: fn(&T) -> K,
    order_of: Option<OrderOf<T>>,
    /// The last item's sort key: no later item may be newer.
    last_order: Option<DateTime<Utc>>,
    /// Pages accepted, against the most the first total allows.
    pages: i64,
    max_pages: Option<i64>,
    limit: u32,
    concurrency: usize,
    next_offset: i64,
    total: Option<i64>,
    in_flight: InFlight<T>,
    ready: VecDeque<T>,
    previous_ids: HashSet<K>,
    /// Hashes of every ID yielded so far.
    seen: HashSet<u64>,
    hasher: RandomState,
    pending_error: Option<Error>,
    done: bool,
}

impl<T: Send + 'static, K: Hash + Eq + Send + 'static> Pager<T, K> {
    pub(crate) fn new(
        fetch: Fetch<T>,
        id_of: fn(&T) -> K,
        order_of: Option<OrderOf<T>>,
        limit: u32,
        max: u32,
        offset: i64,
        concurrency: usize,
    ) -> Self {
        Pager {
            fetch,
            id_of,
            order_of,
            last_order: None,
            pages: 0,
            max_pages: None,
            limit,
            concurrency: concurrency.max(1),
            next_offset: offset,
            total: None,
            in_flight: FuturesOrdered::new(),
            ready: VecDeque::new(),
            previous_ids: HashSet::new(),
            seen: HashSet::new(),
            hasher: RandomState::new(),
            pending_error: check_paging(limit, offset, max).err(),
            done: false,
        }
    }

    /// Boxed so callers can use `.next()` without pinning.
    pub(crate) fn into_stream(
        self,
    ) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'static {
        futures::stream::unfold(self, |mut pager| async move {
            let item = pager.next_item().await?;
            Some((item, pager))
        })
        .boxed()
    }

    async fn next_item(&mut self) -> Option<Result<T, Error>> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(Ok(item));
            }
            if let Some(error) = self.pending_error.take() {
                self.finish();
                return Some(Err(error));
            }
            if self.done {
                return None;
            }
            self.schedule();
            let Some((offset, result)) = self.in_flight.next().await else {
                self.finish();
                return None;
            };
            let accepted = result.and_then(|page| self.accept(offset, page));
            if let Err(error) = accepted {
                self.finish();
                return Some(Err(error));
            }
        }
    }

    /// One request until the total is known, then up to `concurrency`.
    fn schedule(&mut self) {
        let window = if self.total.is_some() {
            self.concurrency
        } else {
            1
        };
        while self.in_flight.len() < window {
            match self.total {
                Some(total) if self.next_offset >= total => break,
                None if !self.in_flight.is_empty() => break,
                _ => {}
            }
            let offset = self.next_offset;
            let Some(next) = offset.checked_add(i64::from(self.limit)) else {
                self.pending_error = Some(Error::Pagination {
                    offset,
                    what: "the offset overflowed",
                });
                break;
            };
            self.next_offset = next;
            let page = (self.fetch)(offset, self.limit);
            self.in_flight
                .push_back(Box::pin(async move { (offset, page.await) }));
        }
    }

    fn accept(&mut self, offset: i64, page: Page<T>) -> Result<(), Error> {
        let total = page.total.max(0);
        self.total = Some(total);
        self.pages += 1;
        let received = page.items.len();
        let end = offset.saturating_add(received as i64);
        // The most pages the totals allow: those accepted, plus what is left
        // past this page at the current page size. A total that grows
        // mid-stream (an older item reappearing) is followed; a stream that
        // outruns every total is not.
        let left = total.saturating_sub(end).max(0);
        let allowed = self.pages + left / i64::from(self.limit) + 1;
        let max_pages = self.max_pages.map_or(allowed, |m| m.max(allowed));
        self.max_pages = Some(max_pages);
        if self.pages > max_pages {
            return Err(Error::Pagination {
                offset,
                what: "it served more pages than its total allows",
            });
        }
        let mut ids = HashSet::with_capacity(received);
        for item in page.items {
            if let Some(order_of) = self.order_of {
                let at = order_of(&item);
                if self.last_order.is_some_and(|last| at > last) {
                    return Err(Error::Pagination {
                        offset,
                        what: "an item is newer than one before it, in a list sorted newest first",
                    });
                }
                self.last_order = Some(at);
            }
            let id = (self.id_of)(&item);
            if self.previous_ids.contains(&id) || ids.contains(&id) {
                continue;
            }
            if !self.seen.insert(self.hasher.hash_one(&id)) {
                return Err(Error::Pagination {
                    offset,
                    what: "it served an item again that an earlier page had: the list cycles",
                });
            }
            ids.insert(id);
            self.ready.push_back(item);
        }
        if received > 0 && ids.is_empty() {
            return Err(Error::Pagination {
                offset,
                what: "it repeated the previous page instead of advancing",
            });
        }
        self.previous_ids = ids;
        if end >= total {
            self.finish();
        } else if received == 0 {
            return Err(Error::Pagination {
                offset,
                what: "it served no items before reaching its total",
            });
        } else if received < self.limit as usize {
            // A page cap below our limit: pages already asked for start past
            // what this one reached. Go on from here at the server's size.
            self.limit = received as u32;
            self.next_offset = end;
            self.in_flight = FuturesOrdered::new();
        }
        Ok(())
    }

    fn finish(&mut self) {
        self.done = true;
        // Dropping the futures cancels pages fetched past the end.
        self.in_flight = FuturesOrdered::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Debug, Clone, PartialEq)]
    struct Item(String);

    fn id_of(item: &Item) -> String {
        item.0.clone()
    }

    fn pager(
        pages: impl Fn(i64, u32) -> Result<Page<Item>, Error> + Send + Sync + 'static,
        concurrency: usize,
    ) -> (Pager<Item, String>, Arc<Mutex<Vec<i64>>>) {
        let log = Arc::new(Mutex::new(Vec::new()));
        let seen = log.clone();
        let fetch: Fetch<Item> = Arc::new(move |offset, limit| {
            seen.lock().unwrap().push(offset);
            let page = pages(offset, limit);
            Box::pin(async move { page })
        });
        (Pager::new(fetch, id_of, None, 10, 100, 0, concurrency), log)
    }

    fn range(total: i64) -> impl Fn(i64, u32) -> Result<Page<Item>, Error> {
        move |offset, limit| {
            let end = (offset + i64::from(limit)).min(total);
            Ok(Page {
                items: (offset..end.max(offset))
                    .map(|i| Item(i.to_string()))
                    .collect(),
                total,
                offset,
            })
        }
    }

    async fn collect(p: Pager<Item, String>) -> Vec<Result<Item, Error>> {
        p.into_stream().collect().await
    }

    #[tokio::test]
    async fn exact_multiple_stops_without_an_extra_request() {
        let (p, log) = pager(range(30), 1);
        let items = collect(p).await;
        assert_eq!(items.len(), 30);
        assert_eq!(*log.lock().unwrap(), vec![0, 10, 20]);
    }

    #[tokio::test]
    async fn concurrent_fetching_stays_in_order() {
        let (p, _) = pager(range(95), 4);
        let ids: Vec<String> = collect(p).await.into_iter().map(|r| r.unwrap().0).collect();
        let want: Vec<String> = (0..95).map(|i| i.to_string()).collect();
        assert_eq!(ids, want);
    }

    #[tokio::test]
    async fn repeated_page_is_an_error_not_a_loop() {
        let (p, _) = pager(|_, _| range(1000)(0, 10), 1);
        let items = collect(p).await;
        assert_eq!(items.len(), 11);
        assert!(matches!(
            items[10],
            Err(Error::Pagination { offset: 10, .. })
        ));
    }

    #[tokio::test]
    async fn a_cycle_ends_on_its_first_repeat_whatever_the_total() {
        // Pages A, B, A, B, ... and a total of 10^12, no order to check:
        // the third page repeats the first.
        let cycle = |offset: i64, _| {
            let page = (offset / 10) % 2;
            Ok(Page {
                items: (0..10).map(|i| Item(format!("{page}-{i}"))).collect(),
                total: 1_000_000_000_000,
                offset,
            })
        };
        for concurrency in [1, 4] {
            let (p, log) = pager(cycle, concurrency);
            // Bounded, so that a pager that loops fails here instead of hanging.
            let items: Vec<_> = p.into_stream().take(200).collect().await;
            assert_eq!(items.len(), 21, "two pages, then the error");
            assert!(items[..20].iter().all(Result::is_ok));
            assert!(
                matches!(&items[20], Err(Error::Pagination { offset: 20, what }) if what.contains("cycles")),
                "{:?}",
                items[20]
            );
            assert!(log.lock().unwrap().len() <= 3 + concurrency);
        }
        // A list that goes back up in time ends too, on its first jump.
        let (mut p, _) = pager(cycle, 1);
        p.order_of = Some(|item: &Item| {
            let newest = DateTime::from_timestamp(1_000_000, 0).unwrap();
            let (page, i) = item.0.split_once('-').unwrap();
            let rank = page.parse::<i64>().unwrap() * 10 + i.parse::<i64>().unwrap();
            newest - chrono::TimeDelta::seconds(rank)
        });
        let items = collect(p).await;
        assert_eq!(items.len(), 21);
        assert!(matches!(
            items[20],
            Err(Error::Pagination { offset: 20, .. })
        ));
    }

    #[tokio::test]
    async fn an_item_shifted_from_the_previous_page_is_dropped_not_an_error() {
        // One item inserted on top after the first page: the second page
        // starts with the first page's last item.
        let shifted = |offset: i64, limit: u32| {
            let shift = i64::from(offset > 0);
            let start = offset - shift;
            Ok(Page {
                items: (start..(start + i64::from(limit)).min(31))
                    .map(|i| Item(i.to_string()))
                    .collect(),
                total: 30 + shift,
                offset,
            })
        };
        let (p, _) = pager(shifted, 1);
        let ids: Vec<String> = collect(p).await.into_iter().map(|r| r.unwrap().0).collect();
        let want: Vec<String> = (0..31).map(|i| i.to_string()).collect();
        assert_eq!(ids, want);
    }

    #[tokio::test]
    async fn a_page_cap_below_the_limit_goes_on_where_the_page_ended() {
        // The server serves at most 4 items whatever the limit (10).
        let capped = |offset: i64, limit: u32| range(23)(offset, limit.min(4));
        for concurrency in [1, 3] {
            let (p, log) = pager(capped, concurrency);
            let ids: Vec<String> = collect(p).await.into_iter().map(|r| r.unwrap().0).collect();
            let want: Vec<String> = (0..23).map(|i| i.to_string()).collect();
            assert_eq!(ids, want, "concurrency {concurrency}");
            let log = log.lock().unwrap();
            for offset in [0, 4, 8, 12, 16, 20] {
                assert!(log.contains(&offset), "{log:?}");
            }
        }
        // A server that serves nothing short of its total is an error, not
        // a quiet end.
        let empty = |offset: i64, _| {
            Ok(Page {
                items: if offset == 0 {
                    vec![Item("a".into())]
                } else {
                    vec![]
                },
                total: 5,
                offset,
            })
        };
        let (p, _) = pager(empty, 1);
        let items = collect(p).await;
        assert!(
            matches!(items.last(), Some(Err(Error::Pagination { offset: 1, .. }))),
            "{items:?}"
        );
    }

    #[tokio::test]
    async fn invalid_limit_is_one_error() {
        let fetch: Fetch<Item> = Arc::new(|_, _| panic!("no request may be made"));
        let items = collect(Pager::new(fetch, id_of, None, 0, 100, 0, 1)).await;
        assert!(matches!(items.as_slice(), [Err(Error::InvalidArgument(_))]));
    }
}
