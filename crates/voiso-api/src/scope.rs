//! A per-call scope that a hand-written wrapper (the `voiso` crate) sets
//! around one generated call.
//!
//! progenitor's `Error::InvalidResponsePayload` keeps the body but loses the
//! HTTP status and headers, so a declared error status with an empty or HTML
//! body (a gateway's 502 page, a bare 401) could not be told apart from a
//! broken 200. The `post` hook records what a wrapper needs here instead.
//! The scope also carries headers, a timeout and body-size limits for the
//! request, so that a caller-supplied `reqwest::Client` still gets
//! authentication, a deadline and bounded memory.
//!
//! Outside a scope (plain use of this crate) the hooks do nothing.

use std::cell::RefCell;
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_LENGTH, HeaderMap, HeaderValue, RETRY_AFTER};

/// What the wrapper adds to every request made inside a scope.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Set on the request, replacing any header of the same name. Mark
    /// secrets with `HeaderValue::set_sensitive` so `Debug` hides them.
    pub headers: HeaderMap,
    /// The whole request's deadline (connect, headers and body).
    pub timeout: Option<Duration>,
    /// The most bytes read of a 2xx body; past it the read fails with
    /// [`BodyTooLarge`] and the connection is dropped.
    pub max_body: Option<usize>,
    /// The same for any other status. progenitor reads a declared error
    /// body whole before a wrapper sees it, so the cap must sit here.
    pub max_error_body: Option<usize>,
}

/// A response body was larger than the scope allows. It is the source of
/// the `reqwest::Error` that the body read fails with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyTooLarge {
    /// The limit that was exceeded, in bytes.
    pub limit: usize,
}

impl fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the response body exceeds {} bytes", self.limit)
    }
}

impl std::error::Error for BodyTooLarge {}

impl BodyTooLarge {
    /// The limit, if `error` (or anything in its source chain) is a
    /// [`BodyTooLarge`].
    pub fn find(error: &(dyn std::error::Error + 'static)) -> Option<BodyTooLarge> {
        let mut current = Some(error);
        while let Some(e) = current {
            if let Some(found) = e.downcast_ref::<BodyTooLarge>() {
                return Some(*found);
            }
            current = e.source();
        }
        None
    }
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
    timeout: Option<Duration>,
    response: RefCell<Option<ResponseMeta>>,
}

tokio::task_local! {
    static CALL: CallState;
}

/// Runs `call` (one generated operation) with `options` applied to its
/// request, and returns its output with the status and `Retry-After` of the
/// response it received, if it received one. `timeout`, when given, replaces
/// the options' timeout for this call (a caller's remaining deadline).
pub async fn with_call_scope<F: Future>(
    options: Arc<CallOptions>,
    timeout: Option<Duration>,
    call: F,
) -> (F::Output, Option<ResponseMeta>) {
    let state = CallState {
        timeout: timeout.or(options.timeout),
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
        if let Some(timeout) = state.timeout {
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

/// Puts the scope's size limit on the response's body: reading past it
/// fails with [`BodyTooLarge`] and drops the connection, so neither a
/// hostile server nor a broken proxy can fill memory.
pub(crate) fn limit_body(response: reqwest::Response) -> reqwest::Response {
    let limit = CALL
        .try_with(|state| {
            if response.status().is_success() {
                state.options.max_body
            } else {
                state.options.max_error_body
            }
        })
        .ok()
        .flatten();
    let Some(limit) = limit else {
        return response;
    };
    let declared = response
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    // A declared length is enforced by the HTTP layer itself, so a body
    // that fits needs no counting: the common case costs nothing.
    if declared.is_some_and(|n| n <= limit as u64) {
        return response;
    }
    let too_large = declared.is_some();
    let http: http::Response<reqwest::Body> = response.into();
    let (parts, body) = http.into_parts();
    let body = if too_large {
        // Not a byte read: the connection goes with the body.
        drop(body);
        let error: BoxError = Box::new(BodyTooLarge { limit });
        reqwest::Body::wrap_stream(futures::stream::once(async move {
            Err::<Bytes, BoxError>(error)
        }))
    } else {
        reqwest::Body::wrap_stream(capped(body, limit))
    };
    reqwest::Response::from(http::Response::from_parts(parts, body))
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn capped(
    body: reqwest::Body,
    limit: usize,
) -> impl futures::Stream<Item = Result<Bytes, BoxError>> + Send + 'static {
    let mut seen = 0usize;
    http_body_util::BodyDataStream::new(body)
        .map(move |chunk| {
            let chunk = chunk.map_err(|e| Box::new(e) as BoxError)?;
            seen = seen.saturating_add(chunk.len());
            if seen > limit {
                return Err(Box::new(BodyTooLarge { limit }) as BoxError);
            }
            Ok(chunk)
        })
        // Nothing after the first error: the rest is never read.
        .scan(false, |failed, item| {
            if *failed {
                return futures::future::ready(None);
            }
            *failed = item.is_err();
            futures::future::ready(Some(item))
        })
}
