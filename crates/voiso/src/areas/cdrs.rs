//! Call detail records: list, by cursor. Needs `reporting.cdrs.read`.

use std::future::Future;
use std::num::NonZeroU32;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::stream::{Stream, StreamExt};
use voiso_api::{Operation, types};

use crate::client::{ApiResult, Client};
use crate::error::Error;
use crate::model::Cdr;
use crate::paging::{CursorList, CursorPage, Start, cursor_items, cursor_pages};

/// The largest CDR page Voiso serves (the spec's `maximum` for `limit`).
pub const MAX_CDR_LIMIT: u32 = crate::paging::max_limit(Operation::ListCdrs);
/// Without a cursor, Voiso pages through this many records only.
pub const MAX_CDR_OFFSET: u32 = 10_000;

area! {
    /// CDRs of one client: see [`Client::cdrs`](crate::Client::cdrs).
    Cdrs
}

impl crate::client::Client {
    /// Call detail records: list by cursor.
    pub fn cdrs(&self) -> Cdrs {
        Cdrs::new(self.clone())
    }
}

impl Cdrs {
    /// Lists CDRs (pages of 1,000 unless [`limit`](ListCdrs::limit) says).
    pub fn list(&self) -> ListCdrs {
        ListCdrs {
            client: self.client.clone(),
            filters: CdrFilters::default(),
            limit: MAX_CDR_LIMIT,
            cursor: None,
            offset: 0,
        }
    }
}

/// The filters of a CDR list.
#[derive(Debug, Clone, Default)]
struct CdrFilters {
    started_since: Option<DateTime<Utc>>,
    started_before: Option<DateTime<Utc>>,
    ended_since: Option<DateTime<Utc>>,
    ended_before: Option<DateTime<Utc>>,
    kind: Option<String>,
}

/// A CDR list: every page with [`pages`](Self::pages), every record with
/// [`stream`](Self::stream), one page in memory at a time. It ends on a
/// null `next_cursor` and fails (rather than loops) on a cursor the server
/// already gave.
#[derive(Debug, Clone)]
#[must_use = "a list does nothing until `pages` or `stream`"]
pub struct ListCdrs {
    client: Client,
    filters: CdrFilters,
    limit: u32,
    cursor: Option<String>,
    offset: u32,
}

impl ListCdrs {
    /// Only records that started at or after `at`.
    pub fn started_since(mut self, at: DateTime<Utc>) -> Self {
        self.filters.started_since = Some(at);
        self
    }

    /// Only records that started strictly before `at`.
    pub fn started_before(mut self, at: DateTime<Utc>) -> Self {
        self.filters.started_before = Some(at);
        self
    }

    /// Only records that ended at or after `at`.
    pub fn ended_since(mut self, at: DateTime<Utc>) -> Self {
        self.filters.ended_since = Some(at);
        self
    }

    /// Only records that ended strictly before `at`.
    pub fn ended_before(mut self, at: DateTime<Utc>) -> Self {
        self.filters.ended_before = Some(at);
        self
    }

    /// Only records of this type (`call`, `conversation`, `sms`, `hlr_lookup`).
    pub fn kind(mut self, kind: impl Into<String>) -> Self {
        self.filters.kind = Some(kind.into());
        self
    }

    /// Page size, 1 to 1,000 (default 1,000).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// Starts at this cursor (a `next_cursor` from an earlier page), to
    /// resume where an earlier run stopped.
    pub fn cursor(mut self, cursor: impl Into<String>) -> Self {
        self.cursor = Some(cursor.into());
        self
    }

    /// Starts `offset` records from the top (offset paging), the next pages
    /// following by cursor. Voiso serves offsets within the first
    /// [`MAX_CDR_OFFSET`] records of a filter only; a cursor wins over it.
    pub fn offset(mut self, offset: u32) -> Self {
        self.offset = offset;
        self
    }

    /// Every page, each with the cursor it was fetched with and the next.
    pub fn pages(
        self,
    ) -> impl Stream<Item = Result<CursorPage<Cdr>, Error>> + Send + Unpin + 'static {
        let limit = match NonZeroU32::new(self.limit).filter(|l| l.get() <= MAX_CDR_LIMIT) {
            Some(limit) => limit,
            None => {
                let error = Error::InvalidArgument(format!(
                    "limit must be between 1 and {MAX_CDR_LIMIT}, not {}",
                    self.limit
                ));
                return futures::stream::once(async { Err(error) }).boxed();
            }
        };
        if self.cursor.is_none() && self.offset >= MAX_CDR_OFFSET {
            let error = Error::InvalidArgument(format!(
                "offset must be below {MAX_CDR_OFFSET} (Voiso pages further by cursor only), not {}",
                self.offset
            ));
            return futures::stream::once(async { Err(error) }).boxed();
        }
        let filters = Arc::new(self.filters);
        cursor_pages::<CdrList>(self.client.inner, filters, limit, self.cursor, self.offset).boxed()
    }

    /// Every record, in the API's order (newest first, inferred).
    pub fn stream(self) -> impl Stream<Item = Result<Cdr, Error>> + Send + Unpin + 'static {
        cursor_items::<CdrList>(self.pages()).boxed()
    }
}

/// The CDR list, as the cursor pager sees it.
struct CdrList;

impl CursorList for CdrList {
    type Item = Cdr;
    type Filters = CdrFilters;
    type Response = types::CdrList;
    const OPERATION: Operation = Operation::ListCdrs;

    fn send(
        api: &voiso_api::Client,
        f: &CdrFilters,
        limit: NonZeroU32,
        start: Start<'_>,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send {
        let mut request = api.list_cdrs().limit(limit);
        match start {
            // An invalid cursor (expired, or from another server) falls
            // back to offset paging, which would silently restart at the
            // top; an offset Voiso refuses makes it a 400 instead.
            Start::Cursor(cursor) => {
                request = request.cursor(cursor.to_string()).offset(MAX_CDR_OFFSET);
            }
            Start::Offset(0) => {}
            Start::Offset(offset) => request = request.offset(offset),
        }
        if let Some(at) = f.started_since {
            request = request.started_at_gte(at);
        }
        if let Some(at) = f.started_before {
            request = request.started_at_lt(at);
        }
        if let Some(at) = f.ended_since {
            request = request.ended_at_gte(at);
        }
        if let Some(at) = f.ended_before {
            request = request.ended_at_lt(at);
        }
        if let Some(kind) = &f.kind {
            request = request.type_(kind.clone());
        }
        request.send()
    }

    fn page(list: Self::Response) -> (Vec<Cdr>, Option<String>, Option<u64>) {
        let total = list.metadata.total.and_then(|t| u64::try_from(t).ok());
        (
            list.cdrs.into_iter().map(Into::into).collect(),
            list.metadata.next_cursor,
            total,
        )
    }
}
