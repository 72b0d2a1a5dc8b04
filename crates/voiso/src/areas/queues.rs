//! Queues: get, and the users assigned to one. Needs `routing.queues.read`.

use std::future::Future;
use std::num::NonZeroU32;

use voiso_api::{Operation, types};

use crate::client::ApiResult;
use crate::error::Error;
use crate::ids::{IntoId, QueueId};
use crate::model::{Queue, User};
use crate::paging::{List, OffsetList};

area! {
    /// Queues of one client: see [`Client::queues`](crate::Client::queues).
    Queues
}

impl crate::client::Client {
    /// Queues: get one, list its users.
    pub fn queues(&self) -> Queues {
        Queues::new(self.clone())
    }
}

impl Queues {
    /// Gets one queue.
    pub async fn get(&self, id: impl IntoId<QueueId>) -> Result<Queue, Error> {
        let id = id.into_id()?;
        let inner = &self.client.inner;
        let key = id.to_string();
        let envelope = inner
            .call(
                Operation::GetQueue,
                Some(&key),
                None,
                inner.deadline(),
                |api| api.get_queue().queue_id(id.get()).send(),
            )
            .await?;
        Ok(envelope.queue.into())
    }

    /// Lists the users assigned to a queue.
    pub fn users(&self, id: QueueId) -> ListQueueUsers {
        List::new(self.client.clone(), id)
    }
}

/// The users of one queue: see [`List`].
pub type ListQueueUsers = List<QueueUserList>;

/// A queue's user list, as the generic pager sees it.
#[derive(Debug)]
pub struct QueueUserList;

impl OffsetList for QueueUserList {
    type Item = User;
    type Filters = QueueId;
    type Response = types::UserList;
    type Key = uuid::Uuid;
    const OPERATION: Operation = Operation::ListQueueUsers;

    fn send(
        api: &voiso_api::Client,
        queue: &QueueId,
        limit: NonZeroU32,
        offset: i64,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send {
        let request = api.list_queue_users().queue_id(queue.get());
        request.limit(limit).offset(offset).send()
    }

    fn page(list: Self::Response) -> (Vec<User>, i64) {
        (
            list.users.into_iter().map(Into::into).collect(),
            list.metadata.total,
        )
    }

    fn key(user: &User) -> uuid::Uuid {
        user.id.get()
    }
}
