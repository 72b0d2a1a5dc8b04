//! Canned messages: list. Needs `messaging.canned_messages.read`.

use std::future::Future;
use std::num::NonZeroU32;

use voiso_api::{Operation, types};

use crate::client::ApiResult;
use crate::model::CannedMessage;
use crate::paging::{List, OffsetList};

area! {
    /// Canned messages of one client: see [`Client::canned_messages`](crate::Client::canned_messages).
    CannedMessages
}

impl crate::client::Client {
    /// Canned messages: list.
    pub fn canned_messages(&self) -> CannedMessages {
        CannedMessages::new(self.clone())
    }
}

impl CannedMessages {
    /// Lists canned messages.
    pub fn list(&self) -> ListCannedMessages {
        List::new(self.client.clone(), ())
    }
}

/// A list of canned messages: see [`List`].
pub type ListCannedMessages = List<CannedMessageList>;

/// The canned-message list, as the generic pager sees it.
#[derive(Debug)]
pub struct CannedMessageList;

impl OffsetList for CannedMessageList {
    type Item = CannedMessage;
    type Filters = ();
    type Response = types::CannedMessageList;
    type Key = i64;
    const OPERATION: Operation = Operation::ListCannedMessages;

    fn send(
        api: &voiso_api::Client,
        _: &(),
        limit: NonZeroU32,
        offset: i64,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send {
        api.list_canned_messages()
            .limit(limit)
            .offset(offset)
            .send()
    }

    fn page(list: Self::Response) -> (Vec<CannedMessage>, i64) {
        (
            list.canned_messages.into_iter().map(Into::into).collect(),
            list.metadata.total,
        )
    }

    fn key(message: &CannedMessage) -> i64 {
        message.id
    }
}
