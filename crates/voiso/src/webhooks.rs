//! Configured webhooks: list, get.

use std::num::NonZeroU32;
use std::sync::Arc;

use futures::stream::Stream;

use crate::client::{Client, Inner};
use crate::error::Error;
use crate::ids::{IntoId, WebhookId};
use crate::model::{Page, Webhook};
use crate::operation::Operation;
use crate::pagination::{Fetch, MAX_LIMIT, Pager, check_paging};

/// Webhooks of one client: see [`Client::webhooks`].
#[derive(Debug, Clone)]
pub struct Webhooks {
    client: Client,
}

impl Webhooks {
    pub(crate) fn new(client: Client) -> Self {
        Webhooks { client }
    }

    /// Gets one webhook. Needs `tasks.webhooks.read`.
    pub async fn get(&self, id: impl IntoId<WebhookId>) -> Result<Webhook, Error> {
        let id = id.into_id()?;
        let envelope = self
            .client
            .inner
            .call(
                Operation::GetWebhook,
                Some(id.as_str()),
                None,
                self.client.inner.deadline(),
                |api| api.get_webhook().webhook_id(id.generated().clone()).send(),
            )
            .await?;
        Ok(envelope.webhook.into())
    }

    /// Lists webhooks. Needs `tasks.webhooks.read`.
    pub fn list(&self) -> ListWebhooks {
        ListWebhooks {
            client: self.client.clone(),
            limit: MAX_LIMIT,
            offset: 0,
            concurrency: 1,
        }
    }
}

/// A list of webhooks: one page with [`send`](Self::send), all of them
/// with [`stream`](Self::stream).
#[derive(Debug, Clone)]
#[must_use = "a list does nothing until `send` or `stream`"]
pub struct ListWebhooks {
    client: Client,
    limit: u32,
    offset: i64,
    concurrency: usize,
}

impl ListWebhooks {
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
    /// is known (default 1).
    pub fn concurrency(mut self, pages: usize) -> Self {
        self.concurrency = pages.max(1);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<Webhook>, Error> {
        check_paging(self.limit, self.offset)?;
        fetch_page(self.client.inner, self.offset, self.limit).await
    }

    /// Every webhook, across pages, each once (the list has no creation
    /// filter to pin, so a webhook added meanwhile may shift pages; an item
    /// repeated from the previous page is dropped).
    pub fn stream(self) -> impl Stream<Item = Result<Webhook, Error>> + Send + Unpin + 'static {
        let inner = self.client.inner;
        let fetch: Fetch<Webhook> =
            Arc::new(move |offset, limit| Box::pin(fetch_page(inner.clone(), offset, limit)));
        Pager::new(
            fetch,
            |w| w.id.as_str(),
            None,
            self.limit,
            self.offset,
            self.concurrency,
        )
        .into_stream()
    }
}

async fn fetch_page(inner: Arc<Inner>, offset: i64, limit: u32) -> Result<Page<Webhook>, Error> {
    let limit = NonZeroU32::new(limit)
        .ok_or_else(|| Error::InvalidArgument("limit must be at least 1".into()))?;
    let list = inner
        .call(
            Operation::ListWebhooks,
            None,
            None,
            inner.deadline(),
            |api| api.list_webhooks().limit(limit).offset(offset).send(),
        )
        .await?;
    Ok(Page {
        items: list.webhooks.into_iter().map(Webhook::from).collect(),
        total: list.metadata.total,
        offset,
    })
}
