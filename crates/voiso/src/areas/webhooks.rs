//! Configured webhooks: list, get.

use std::future::Future;
use std::num::NonZeroU32;

use voiso_api::{Operation, types};

use crate::client::ApiResult;
use crate::error::Error;
use crate::ids::{IntoId, WebhookId};
use crate::model::Webhook;
use crate::paging::{List, OffsetList};

area! {
    /// Webhooks of one client: see [`Client::webhooks`](crate::Client::webhooks).
    Webhooks
}

impl crate::client::Client {
    /// Configured webhooks: list, get.
    pub fn webhooks(&self) -> Webhooks {
        Webhooks::new(self.clone())
    }
}

impl Webhooks {
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
        List::new(self.client.clone(), ())
    }
}

/// A list of webhooks: see [`List`]. The list has no creation filter to
/// pin, so a webhook added meanwhile may shift pages; an item repeated from
/// the previous page is dropped.
pub type ListWebhooks = List<WebhookList>;

/// The webhook list, as the generic pager sees it.
#[derive(Debug)]
pub struct WebhookList;

impl OffsetList for WebhookList {
    type Item = Webhook;
    type Filters = ();
    type Response = types::WebhookList;
    const OPERATION: Operation = Operation::ListWebhooks;

    fn send(
        api: &voiso_api::Client,
        _: &(),
        limit: NonZeroU32,
        offset: i64,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send {
        api.list_webhooks().limit(limit).offset(offset).send()
    }

    type Key = WebhookId;

    fn key(webhook: &Webhook) -> WebhookId {
        webhook.id.clone()
    }
}
