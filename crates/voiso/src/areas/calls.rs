//! Calls: start one for an agent. Needs `voice.call.manage`.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use voiso_api::{Operation, types};

use crate::client::Client;
use crate::error::Error;
use crate::ids::{CallId, IntoId, UserId};

area! {
    /// Calls of one client: see [`Client::calls`](crate::Client::calls).
    Calls
}

impl crate::client::Client {
    /// Calls: start one for an agent.
    pub fn calls(&self) -> Calls {
        Calls::new(self.clone())
    }
}

impl Calls {
    /// Starts a call from an agent (`user`: the `id` `users().list()`
    /// shows) to `phone` (digits with the country code, no `+`). Await it,
    /// or set [`caller_id`](StartCall::caller_id) first.
    ///
    /// Never repeated after an unknown outcome (a customer's phone would
    /// ring twice): a lost answer is [`Error::MayHaveStarted`]. Only what
    /// surely did nothing (no connection, a 429) is retried.
    pub fn start(&self, user: impl IntoId<UserId>, phone: impl Into<String>) -> StartCall {
        StartCall {
            client: self.client.clone(),
            user: user.into_id(),
            phone: phone.into(),
            caller_id: None,
        }
    }
}

/// A call about to be started: see [`Calls::start`].
#[derive(Debug)]
#[must_use = "a call starts only when awaited"]
pub struct StartCall {
    client: Client,
    user: Result<UserId, Error>,
    phone: String,
    caller_id: Option<String>,
}

impl StartCall {
    /// The number (or identifier) the callee sees.
    pub fn caller_id(mut self, caller_id: impl Into<String>) -> Self {
        self.caller_id = Some(caller_id.into());
        self
    }

    async fn send(self) -> Result<CallId, Error> {
        let user = self.user?;
        if self.phone.is_empty() || !self.phone.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::InvalidArgument(
                "the phone number must be digits with the country code and no `+`".into(),
            ));
        }
        let inner = &self.client.inner;
        let body: types::StartCallRequest = types::StartCallRequest::builder()
            .caller_id(self.caller_id)
            .phone_number(self.phone)
            .user_id(types::AgentId::String(user.to_string()))
            .try_into()
            .map_err(|e| Error::InvalidArgument(format!("the call cannot be sent: {e}")))?;
        // `never` in the spec: the loop turns a lost answer into
        // `Error::MayHaveStarted` and sends nothing again.
        let envelope = inner
            .call(Operation::StartCall, None, None, inner.deadline(), |api| {
                api.start_call().body(body.clone()).send()
            })
            .await?;
        Ok(CallId::from_generated(envelope.call.id))
    }
}

impl IntoFuture for StartCall {
    type Output = Result<CallId, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
