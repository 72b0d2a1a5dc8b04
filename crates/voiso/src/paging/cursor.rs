//! Streaming a cursor-paged list (CDRs): one page at a time, in the API's
//! order, ending on a null cursor and failing, rather than looping, when
//! the server hands out a cursor it already gave.

use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::hash::{BuildHasher, RandomState};
use std::num::NonZeroU32;
use std::sync::Arc;

use futures::stream::{self, Stream, StreamExt};
use serde::de::DeserializeOwned;
use voiso_api::Operation;

use crate::client::{ApiResult, Inner};
use crate::error::Error;

/// What one cursor-paged operation needs to be streamed.
pub(crate) trait CursorList: Send + Sync + 'static {
    type Item: Send + 'static;
    type Filters: Send + Sync + 'static;
    type Response: DeserializeOwned + Send + 'static;
    const OPERATION: Operation;

    fn send(
        api: &voiso_api::Client,
        filters: &Self::Filters,
        limit: NonZeroU32,
        start: Start<'_>,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send;

    /// The page's items, `metadata.next_cursor` and `metadata.total`.
    fn page(response: Self::Response) -> (Vec<Self::Item>, Option<String>, Option<u64>);
}

/// Where a request starts: at a cursor, or some records from the top.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Start<'a> {
    Cursor(&'a str),
    Offset(u32),
}

/// One page of a cursor-paged list.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CursorPage<T> {
    /// The cursor this page was fetched with (`None`: the first page).
    pub cursor: Option<String>,
    /// Its items, in the API's order.
    pub items: Vec<T>,
    /// The cursor of the next page; `None` on the last.
    pub next_cursor: Option<String>,
    /// `metadata.total`, when the server gives it (an inferred field): how
    /// many records match the filters, wherever the page starts.
    pub total: Option<u64>,
}

/// The pages of a cursor-paged list, starting at `cursor`, or else
/// `offset` records from the top (offset paging, for the first page only).
pub(crate) fn pages<L: CursorList>(
    inner: Arc<Inner>,
    filters: Arc<L::Filters>,
    limit: NonZeroU32,
    cursor: Option<String>,
    offset: u32,
) -> impl Stream<Item = Result<CursorPage<L::Item>, Error>> + Send + 'static {
    struct State {
        next: Option<Option<String>>,
        offset: u32,
        // Hashes of the cursors handed out so far: 8 bytes a page.
        seen: HashSet<u64>,
        hasher: RandomState,
    }
    let state = State {
        next: Some(cursor),
        offset,
        seen: HashSet::new(),
        hasher: RandomState::new(),
    };
    stream::unfold(state, move |mut state| {
        let inner = inner.clone();
        let filters = filters.clone();
        async move {
            let cursor = state.next.take()?;
            let start = match &cursor {
                Some(cursor) => Start::Cursor(cursor),
                None => Start::Offset(std::mem::take(&mut state.offset)),
            };
            let result = inner
                .call(L::OPERATION, None, None, inner.deadline(), |api| {
                    L::send(api, &filters, limit, start)
                })
                .await;
            let response = match result {
                Ok(response) => response,
                Err(error) => return Some((Err(error), state)),
            };
            let (items, next_cursor, total) = L::page(response);
            if let Some(next) = &next_cursor {
                if !state.seen.insert(state.hasher.hash_one(next)) {
                    let error = Error::Pagination {
                        offset: -1,
                        what: "it handed out a cursor it had already given",
                    };
                    return Some((Err(error), state));
                }
                state.next = Some(Some(next.clone()));
            }
            let page = CursorPage {
                cursor,
                items,
                next_cursor,
                total,
            };
            Some((Ok(page), state))
        }
    })
}

/// The items of [`pages`], one page in memory at a time.
pub(crate) fn items<L: CursorList>(
    pages: impl Stream<Item = Result<CursorPage<L::Item>, Error>> + Send + 'static,
) -> impl Stream<Item = Result<L::Item, Error>> + Send + 'static {
    pages.flat_map(|page| match page {
        Ok(page) => {
            stream::iter(page.items.into_iter().map(Ok).collect::<VecDeque<_>>()).left_stream()
        }
        Err(error) => stream::iter(VecDeque::from([Err(error)])).right_stream(),
    })
}
