//! Webhook failures: list, get, retrigger.

use std::num::NonZeroU32;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::stream::Stream;

use crate::bulk::{BulkRetrigger, Limiter, RetriggerFilter};
use crate::client::{Client, Inner};
use crate::error::Error;
use crate::ids::{IntoId, WebhookFailureId};
use crate::model::{Page, WebhookFailure};
use crate::operation::Operation;
use crate::pagination::{Fetch, MAX_LIMIT, Pager, check_paging};

/// Webhook failures of one client: see [`Client::webhook_failures`].
#[derive(Debug, Clone)]
pub struct WebhookFailures {
    client: Client,
}

impl WebhookFailures {
    pub(crate) fn new(client: Client) -> Self {
        WebhookFailures { client }
    }

    /// Lists failures, newest first. Needs `tasks.webhooks.read`.
    pub fn list(&self) -> ListWebhookFailures {
        ListWebhookFailures {
            client: self.client.clone(),
            created_since: None,
            created_before: None,
            limit: MAX_LIMIT,
            offset: 0,
            concurrency: 1,
        }
    }

    /// Gets one failure. Needs `tasks.webhooks.read`.
    pub async fn get(&self, id: impl IntoId<WebhookFailureId>) -> Result<WebhookFailure, Error> {
        let id = id.into_id()?;
        self.client.inner.get_failure(&id, None).await
    }

    /// Retriggers one failure and returns its updated record. Needs
    /// `tasks.webhooks.manage`.
    ///
    /// Retried like a GET. When a retry answers 409 after an attempt whose
    /// outcome is unknown (a timeout, a reset, a 5xx), the failure is read
    /// back: if it is now pending (or delivered) the earlier attempt went
    /// through and this returns success, not a spurious conflict.
    pub async fn retrigger(
        &self,
        id: impl IntoId<WebhookFailureId>,
    ) -> Result<WebhookFailure, Error> {
        let id = id.into_id()?;
        self.client.inner.retrigger(&id, None, &mut false).await
    }

    /// Retriggers every ID, a few at a time; see [`BulkRetrigger`].
    pub fn retrigger_many<I>(&self, ids: I) -> BulkRetrigger
    where
        I: IntoIterator<Item = WebhookFailureId>,
        I::IntoIter: Send + 'static,
    {
        BulkRetrigger::from_ids(self.client.clone(), ids.into_iter())
    }

    /// Retriggers every failure a list filter matches; see [`BulkRetrigger`].
    pub fn retrigger_matching(&self, filter: RetriggerFilter) -> BulkRetrigger {
        BulkRetrigger::matching(self.client.clone(), filter)
    }
}

impl Inner {
    pub(crate) async fn get_failure(
        &self,
        id: &WebhookFailureId,
        gate: Option<&Limiter>,
    ) -> Result<WebhookFailure, Error> {
        let envelope = self
            .call(
                Operation::GetWebhookFailure,
                Some(id.as_str()),
                gate,
                &mut false,
                |api| {
                    api.get_webhook_failure()
                        .webhook_failure_id(id.generated().clone())
                        .send()
                },
            )
            .await?;
        Ok(envelope.webhook_failure.into())
    }

    /// `outcome_unknown` carries over between calls for one ID (bulk
    /// retries after a rate limit), so a 409 after any earlier unknown
    /// outcome is resolved.
    pub(crate) async fn retrigger(
        &self,
        id: &WebhookFailureId,
        gate: Option<&Limiter>,
        outcome_unknown: &mut bool,
    ) -> Result<WebhookFailure, Error> {
        // Before sending again after a failed attempt, look first: an
        // attempt that timed out or got a 5xx may have gone through, and if
        // its delivery already failed again the failure is `inactive` once
        // more, so a second POST would succeed (a second retrigger) rather
        // than answer 409.
        let started = Utc::now();
        let mut look_first = *outcome_unknown;
        let result = self
            .call(
                Operation::RetriggerWebhookFailure,
                Some(id.as_str()),
                gate,
                outcome_unknown,
                |api| {
                    let look = std::mem::replace(&mut look_first, true);
                    let id = id.generated().clone();
                    async move {
                        if look {
                            let current = api
                                .get_webhook_failure()
                                .webhook_failure_id(id.clone())
                                .send()
                                .await?;
                            if went_through(&current.webhook_failure, started) {
                                tracing::debug!(
                                    id = id.as_str(),
                                    "an earlier attempt with unknown outcome went through"
                                );
                                return Ok(current);
                            }
                        }
                        api.retrigger_webhook_failure()
                            .webhook_failure_id(id)
                            .send()
                            .await
                    }
                },
            )
            .await;
        match result {
            Ok(envelope) => Ok(envelope.webhook_failure.into()),
            Err(conflict @ Error::Conflict { .. }) if *outcome_unknown => {
                let current = self.get_failure(id, gate).await?;
                if current.status.is_retriggered() {
                    tracing::debug!(
                        id = id.as_str(),
                        "409 after an attempt with unknown outcome: that attempt went through"
                    );
                    Ok(current)
                } else {
                    Err(conflict)
                }
            }
            Err(error) => Err(error),
        }
    }
}

/// How far the server's clock may lag ours when judging "updated since we
/// first sent".
const CLOCK_SKEW: chrono::TimeDelta = chrono::TimeDelta::seconds(5);

/// Whether a failure read back shows a retrigger sent at or after `started`:
/// it is pending or delivered, or it changed since then (a delivery that
/// failed again puts it back to `inactive` with a later `updated_at`).
fn went_through(failure: &voiso_api::types::WebhookFailure, started: DateTime<Utc>) -> bool {
    let status = crate::model::WebhookFailureStatus::from(failure.status.clone());
    status.is_retriggered() || failure.updated_at >= started - CLOCK_SKEW
}

/// A list of webhook failures: one page with [`send`](Self::send), all of
/// them with [`stream`](Self::stream).
#[derive(Debug, Clone)]
#[must_use = "a list does nothing until `send` or `stream`"]
pub struct ListWebhookFailures {
    client: Client,
    created_since: Option<DateTime<Utc>>,
    created_before: Option<DateTime<Utc>>,
    limit: u32,
    offset: i64,
    concurrency: usize,
}

impl ListWebhookFailures {
    /// Only failures created at or after `at`.
    pub fn created_since(mut self, at: DateTime<Utc>) -> Self {
        self.created_since = Some(at);
        self
    }

    /// Only failures created strictly before `at`.
    pub fn created_before(mut self, at: DateTime<Utc>) -> Self {
        self.created_before = Some(at);
        self
    }

    /// Page size, 1 to 100 (default 100).
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
    pub async fn send(self) -> Result<Page<WebhookFailure>, Error> {
        check_paging(self.limit, self.offset)?;
        fetch_page(
            self.client.inner,
            self.created_since,
            self.created_before,
            self.offset,
            self.limit,
        )
        .await
    }

    /// Every matching failure, across pages, newest first, each once.
    ///
    /// Without [`created_before`](Self::created_before), the stream pins it
    /// to the moment it starts, so failures created meanwhile cannot shift
    /// the pages. It ends after a short or empty page or once the offset
    /// reaches the total, and yields an error (then ends) if the server
    /// repeats a page.
    pub fn stream(
        self,
    ) -> impl Stream<Item = Result<WebhookFailure, Error>> + Send + Unpin + 'static {
        let before = self.created_before.unwrap_or_else(Utc::now);
        let since = self.created_since;
        let inner = self.client.inner;
        let fetch: Fetch<WebhookFailure> = Arc::new(move |offset, limit| {
            Box::pin(fetch_page(
                inner.clone(),
                since,
                Some(before),
                offset,
                limit,
            ))
        });
        Pager::new(
            fetch,
            |f| f.id.as_str(),
            self.limit,
            self.offset,
            self.concurrency,
        )
        .into_stream()
    }
}

async fn fetch_page(
    inner: Arc<Inner>,
    since: Option<DateTime<Utc>>,
    before: Option<DateTime<Utc>>,
    offset: i64,
    limit: u32,
) -> Result<Page<WebhookFailure>, Error> {
    let limit = NonZeroU32::new(limit)
        .ok_or_else(|| Error::InvalidArgument("limit must be at least 1".into()))?;
    let list = inner
        .call(
            Operation::ListWebhookFailures,
            None,
            None,
            &mut false,
            |api| {
                let mut request = api.list_webhook_failures().limit(limit).offset(offset);
                if let Some(since) = since {
                    request = request.created_at_gte(since);
                }
                if let Some(before) = before {
                    request = request.created_at_lt(before);
                }
                request.send()
            },
        )
        .await?;
    Ok(Page {
        items: list
            .webhook_failures
            .into_iter()
            .map(WebhookFailure::from)
            .collect(),
        total: list.metadata.total,
        offset,
    })
}
