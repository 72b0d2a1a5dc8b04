//! One builder for every offset-paged list: its filters, one page with
//! `send`, every page with `stream`. An area describes its list once (an
//! [`OffsetList`]); filters are setters on `List<ThatList>`.

use std::fmt;
use std::future::Future;
use std::hash::Hash;
use std::num::NonZeroU32;
use std::sync::Arc;

use futures::stream::Stream;
use serde::de::DeserializeOwned;
use voiso_api::Operation;
use voiso_api::pages::OffsetPage;

use crate::client::{ApiResult, Client, Inner};
use crate::error::Error;
use crate::model::Page;
use crate::paging::{Fetch, OrderOf, Pager, check_paging, max_limit};

/// What one offset-paged operation needs to be listed: its request, how
/// a response becomes a page, and how items are told apart.
pub trait OffsetList: Send + Sync + 'static {
    /// What the list yields: this crate's type for the generated item.
    type Item: Send + 'static + From<<Self::Response as OffsetPage>::Item>;
    /// The list's filters (set through `List<Self>`'s setters).
    type Filters: Clone + Default + fmt::Debug + Send + Sync + 'static;
    /// The generated response body; the spec says how it reads as a page.
    type Response: OffsetPage + DeserializeOwned + Send + 'static;
    /// The operation, for retries, errors and traces.
    const OPERATION: Operation;
    /// Items are sorted newest first by this key; a stream checks it.
    const ORDER: Option<OrderOf<Self::Item>> = None;

    /// Sends the request for one page.
    fn send(
        api: &voiso_api::Client,
        filters: &Self::Filters,
        limit: NonZeroU32,
        offset: i64,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send;

    /// The page's items and `metadata.total`.
    fn page(response: Self::Response) -> (Vec<Self::Item>, i64) {
        let (items, total) = response.into_page();
        (items.into_iter().map(Into::into).collect(), total)
    }

    /// What tells items apart (an item repeated from the previous page is
    /// dropped).
    type Key: Hash + Eq + Send + 'static;

    /// The item's key.
    fn key(item: &Self::Item) -> Self::Key;

    /// Fixes what a stream must not see move, e.g. an upper creation bound
    /// pinned to the moment the stream starts.
    fn pin(_filters: &mut Self::Filters) {}
}

/// A list, ready to send: one page with [`send`](Self::send), all of them
/// with [`stream`](Self::stream). Filters are methods of each list type.
#[must_use = "a list does nothing until `send` or `stream`"]
pub struct List<L: OffsetList> {
    client: Client,
    pub(crate) filters: L::Filters,
    limit: u32,
    offset: i64,
    concurrency: usize,
}

impl<L: OffsetList> Clone for List<L> {
    fn clone(&self) -> Self {
        List {
            client: self.client.clone(),
            filters: self.filters.clone(),
            limit: self.limit,
            offset: self.offset,
            concurrency: self.concurrency,
        }
    }
}

impl<L: OffsetList> fmt::Debug for List<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("List")
            .field("operation", &L::OPERATION.name())
            .field("filters", &self.filters)
            .field("limit", &self.limit)
            .field("offset", &self.offset)
            .field("concurrency", &self.concurrency)
            .finish()
    }
}

impl<L: OffsetList> List<L> {
    pub(crate) fn new(client: Client, filters: L::Filters) -> Self {
        List {
            client,
            filters,
            limit: max_limit(L::OPERATION),
            offset: 0,
            concurrency: 1,
        }
    }

    /// Page size, 1 to the operation's maximum (the spec's, 100 for every
    /// offset list today; the default).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// Items to skip (default 0).
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = offset;
        self
    }

    /// For [`stream`](Self::stream): pages fetched at once once the total
    /// is known (default 1). Items still come in order; at most this many
    /// pages are held in memory.
    pub fn concurrency(mut self, pages: usize) -> Self {
        self.concurrency = pages.max(1);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<L::Item>, Error> {
        check_paging(self.limit, self.offset, max_limit(L::OPERATION))?;
        fetch::<L>(
            self.client.inner,
            Arc::new(self.filters),
            self.offset,
            self.limit,
        )
        .await
    }

    /// Every matching item, across pages, in the API's order, each at most
    /// once.
    ///
    /// It ends once the offset reaches the total; a page shorter than asked
    /// for before that is a server's smaller page cap, and the stream goes
    /// on from where that page ended. It yields an error (then ends) rather
    /// than a duplicate or a quiet end when the server misbehaves: an item
    /// served again by a later page (a cycle), a repeated page, an item out
    /// of order, an empty page short of the total, more pages than the
    /// total allows. Memory: `concurrency` pages, and 8 bytes per item seen.
    pub fn stream(mut self) -> impl Stream<Item = Result<L::Item, Error>> + Send + Unpin + 'static {
        L::pin(&mut self.filters);
        let inner = self.client.inner;
        let filters = Arc::new(self.filters);
        let fetch: Fetch<L::Item> = Arc::new(move |offset, limit| {
            Box::pin(fetch::<L>(inner.clone(), filters.clone(), offset, limit))
        });
        Pager::new(
            fetch,
            L::key,
            L::ORDER,
            self.limit,
            max_limit(L::OPERATION),
            self.offset,
            self.concurrency,
        )
        .into_stream()
    }
}

async fn fetch<L: OffsetList>(
    inner: Arc<Inner>,
    filters: Arc<L::Filters>,
    offset: i64,
    limit: u32,
) -> Result<Page<L::Item>, Error> {
    let limit = NonZeroU32::new(limit)
        .ok_or_else(|| Error::InvalidArgument("limit must be at least 1".into()))?;
    let response = inner
        .call(L::OPERATION, None, None, inner.deadline(), |api| {
            L::send(api, &filters, limit, offset)
        })
        .await?;
    let (items, total) = L::page(response);
    Ok(Page {
        items,
        total,
        offset,
    })
}
