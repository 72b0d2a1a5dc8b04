//! A per-call scope that a hand-written wrapper (the `voiso` crate) sets
//! around one generated call.
//!
//! progenitor's `Error::InvalidResponsePayload` keeps the body but loses the
//! HTTP status and headers, so a declared error status with an empty or HTML
//! body (a gateway's 502 page, a bare 401) could not be told apart from a
//! broken 200. The `post` hook records what a wrapper needs here instead.
//! The scope also carries headers and a timeout for the request, so that a
//! caller-supplied `reqwest::Client` still gets authentication and a deadline.
//!
//! Outside a scope (plain use of this crate) the hooks do nothing.

use std::cell::RefCell;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

/// What the wrapper adds to every request made inside a scope.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Set on the request, replacing any header of the same name. Mark
    /// secrets with `HeaderValue::set_sensitive` so `Debug` hides them.
    pub headers: HeaderMap,
    /// The whole request's deadline (connect, headers and body).
    pub timeout: Option<Duration>,
}

/// The parts of the response that the generated error type can lose.
#[derive(Debug, Clone)]
pub struct ResponseMeta {
    /// The response's HTTP status.
    pub status: StatusCode,
    /// The raw `Retry-After` header, if any.
    pub retry_after: Option<HeaderValue>,
}

struct CallState {
    options: Arc<CallOptions>,
    response: RefCell<Option<ResponseMeta>>,
}

tokio::task_local! {
    static CALL: CallState;
}

/// Runs `call` (one generated operation) with `options` applied to its
/// request, and returns its output with the status and `Retry-After` of the
/// response it received, if it received one.
pub async fn with_call_scope<F: Future>(
    options: Arc<CallOptions>,
    call: F,
) -> (F::Output, Option<ResponseMeta>) {
    let state = CallState {
        options,
        response: RefCell::new(None),
    };
    CALL.scope(state, async move {
        let output = call.await;
        let meta = CALL.with(|state| state.response.borrow_mut().take());
        (output, meta)
    })
    .await
}

pub(crate) fn apply(request: &mut reqwest::Request) {
    let _outside_scope = CALL.try_with(|state| {
        for (name, value) in &state.options.headers {
            request.headers_mut().insert(name.clone(), value.clone());
        }
        if let Some(timeout) = state.options.timeout {
            *request.timeout_mut() = Some(timeout);
        }
    });
}

pub(crate) fn record(result: &reqwest::Result<reqwest::Response>) {
    if let Ok(response) = result {
        let _outside_scope = CALL.try_with(|state| {
            *state.response.borrow_mut() = Some(ResponseMeta {
                status: response.status(),
                retry_after: response.headers().get(RETRY_AFTER).cloned(),
            });
        });
    }
}
