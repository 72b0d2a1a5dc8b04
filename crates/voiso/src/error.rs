//! The one error type, and how a generated call's failure becomes it.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use http::StatusCode;
use serde::de::DeserializeOwned;
use voiso_api::scope::ResponseMeta;
use voiso_api::types::ApiError;

use crate::target::Target;

/// The HTTP transport's own error, behind a trait object so that a change of
/// HTTP client is not a change of this crate's API. Shared (`Arc`) so that
/// [`Error`] stays `Clone`.
pub type TransportError = Arc<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong talking to Voiso.
///
/// `Display` says what happened and what to do about it. Neither `Display`
/// nor `Debug` ever shows a response body or the API key.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// 401: the key is missing, wrong or revoked.
    #[error(
        "Voiso rejected the API key (401 Unauthorized): check that VOISO_API_KEY holds a current, generated v4 key"
    )]
    Unauthorized,
    /// 403: the key lacks the scope the operation needs.
    #[error(
        "the API key lacks {} (403 Forbidden{}): ask a Voiso admin for a key with that scope",
        scope.map_or_else(|| "the scope this request needs".to_string(), |s| format!("the `{s}` scope")),
        message.as_ref().map(|m| format!(": {m}")).unwrap_or_default()
    )]
    #[non_exhaustive]
    Forbidden {
        /// The scope the operation needs (e.g. `tasks.webhooks.manage`);
        /// `None` for a request outside the spec.
        scope: Option<&'static str>,
        /// What Voiso said, when it said more than "Forbidden".
        message: Option<String>,
    },
    /// 404: the resource does not exist or this key cannot see it.
    #[error("{what} was not found (404): check the ID and the cluster")]
    #[non_exhaustive]
    NotFound {
        /// What was looked for, e.g. "webhook failure `abc`".
        what: String,
    },
    /// 409: the failure cannot be retriggered in its current state.
    #[error(
        "Voiso refused the request in the resource's current state (409 Conflict{}): a webhook failure already pending, a campaign already paused, an import still under way",
        FieldList(errors)
    )]
    #[non_exhaustive]
    Conflict {
        /// The API's `errors` map (field to messages), empty if it sent none.
        errors: BTreeMap<String, Vec<String>>,
    },
    /// A 409 that a read-back explains: the resource is in a state that
    /// does not allow the write (a draft campaign cannot be paused).
    #[error("{what}: its status is {state} (Voiso refused it with 409 Conflict)")]
    #[non_exhaustive]
    NotAllowed {
        /// What was refused, naming the resource.
        what: String,
        /// The resource's status as read after the refusal.
        state: String,
    },
    /// 400, 406 or 422: a parameter was refused.
    #[error(
        "Voiso refused the request's parameters ({status}{}): fix them and retry",
        FieldList(errors)
    )]
    #[non_exhaustive]
    Validation {
        /// The HTTP status.
        status: StatusCode,
        /// The API's `errors` map (field to messages), empty if it sent none.
        errors: BTreeMap<String, Vec<String>>,
    },
    /// 429: too many requests.
    #[error(
        "Voiso is rate limiting this key (429){}: slow down and retry later",
        RetryAfter(retry_after)
    )]
    #[non_exhaustive]
    RateLimited {
        /// How long the server asked to wait (`Retry-After`), if it said.
        retry_after: Option<Duration>,
    },
    /// A 5xx answer.
    #[error(
        "Voiso answered with a server error ({status}){}: retry later",
        RetryAfter(retry_after)
    )]
    #[non_exhaustive]
    Server {
        /// The HTTP status.
        status: StatusCode,
        /// How long the server asked to wait (`Retry-After`, e.g. on a 503), if it said.
        retry_after: Option<Duration>,
    },
    /// A status the API does not document for this operation.
    #[error("Voiso answered with an unexpected status ({status})")]
    #[non_exhaustive]
    UnexpectedStatus {
        /// The HTTP status.
        status: StatusCode,
    },
    /// The request or its response took longer than the configured timeout,
    /// or the operation's overall deadline ran out.
    #[error(
        "the request to Voiso timed out: retry later, or raise the timeout (`ClientBuilder::request_timeout` / `operation_timeout`; the CLI's `--timeout`)"
    )]
    Timeout,
    /// A response body was larger than the client accepts.
    #[error(
        "Voiso's response ({status}) is larger than {limit} bytes and was not read: raise `ClientBuilder::max_response_bytes` if that is expected"
    )]
    #[non_exhaustive]
    ResponseTooLarge {
        /// The HTTP status of the oversized response.
        status: StatusCode,
        /// The limit, in bytes.
        limit: usize,
    },
    /// No connection could be made; the request was never sent.
    #[error("could not connect to Voiso ({source}): check the network and the cluster or base URL")]
    #[non_exhaustive]
    Connect {
        /// The transport's error (boxed: the transport is not part of the API).
        source: TransportError,
    },
    /// The connection failed after the request was sent (reset, closed mid-body).
    #[error("the connection to Voiso broke during the request ({source}): retry")]
    #[non_exhaustive]
    Network {
        /// The transport's error (boxed: the transport is not part of the API).
        source: TransportError,
    },
    /// The response could not be decoded.
    #[error("Voiso's response ({status}) could not be decoded: {what}")]
    #[non_exhaustive]
    Decode {
        /// The HTTP status of the undecodable response.
        status: StatusCode,
        /// What failed (a position and a kind, never the body's content).
        what: String,
    },
    /// The client is misconfigured.
    #[error("configuration error: {0}")]
    Config(#[from] ConfigError),
    /// A lead was refused before anything was sent.
    #[non_exhaustive]
    #[error("lead {index} (counting from 0) is invalid: {reason}; nothing was sent")]
    InvalidLead {
        /// Its position in the list given.
        index: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A call was asked for and Voiso's answer was lost: it may have
    /// started. It is never repeated automatically, or a phone could ring
    /// twice.
    #[non_exhaustive]
    #[error(
        "the call may have started: Voiso's answer was lost ({}), and it was not sent again so that no phone rings twice; check the agent or the CDRs before starting it again",
        LostAnswer(cause)
    )]
    MayHaveStarted {
        /// What lost the answer.
        cause: Box<Error>,
    },
    /// An argument was refused before any request was made.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// A list's paging broke the API's rules (a repeated page, items out of
    /// order, more pages than the total allows): the server misbehaved, and
    /// the stream ended rather than loop.
    #[error("paging stopped at offset {offset}: the server misbehaved: {what}")]
    #[non_exhaustive]
    Pagination {
        /// The offset of the page that broke the rules.
        offset: i64,
        /// What went wrong.
        what: &'static str,
    },
}

/// Why a client could not be built. Each message says what to set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No API key was given.
    #[error("no API key: set VOISO_API_KEY or call `.api_key(..)`")]
    MissingApiKey,
    /// The key cannot be sent in a header.
    #[error(
        "the API key is unusable: {reason}; set VOISO_API_KEY to the key exactly as Voiso shows it"
    )]
    InvalidApiKey {
        /// Why (never the key itself).
        reason: &'static str,
    },
    /// Neither a cluster nor a base URL was given.
    #[error(
        "no host: set VOISO_CLUSTER_ID (e.g. `cc-xxx01`) or VOISO_BASE_URL, or call `.cluster_id(..)` or `.base_url(..)`"
    )]
    MissingHost,
    /// Both a cluster and a base URL were given.
    #[error(
        "both a cluster id and a base URL are set: keep only one of VOISO_CLUSTER_ID / `.cluster_id(..)` and VOISO_BASE_URL / `.base_url(..)`"
    )]
    BothClusterAndBaseUrl,
    /// The cluster id is not a DNS label.
    #[error(
        "cluster id `{0}` is not a DNS label: use the first label of your contact center's URL (`cc-xxx01` for https://cc-xxx01.voiso.com): 1 to 63 letters, digits or inner hyphens"
    )]
    InvalidClusterId(String),
    /// The base URL cannot be used.
    #[error("base URL is unusable: {0}; set VOISO_BASE_URL to e.g. https://cc-xxx01.voiso.com")]
    InvalidBaseUrl(String),
    /// An `http://` base URL to a host that is not loopback.
    #[error(
        "base URL `{0}` is plain http to a non-loopback host, so the API key would travel in clear: use https, or call `.allow_insecure_http(true)` if you really mean it"
    )]
    InsecureBaseUrl(String),
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built ({0}); pass your own with `.http_client(..)`")]
    HttpClient(String),
}

/// Parses `Retry-After`: delay-seconds or an HTTP date (a past date means
/// now). Anything else is ignored.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

struct FieldList<'a>(&'a BTreeMap<String, Vec<String>>);

impl fmt::Display for FieldList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Field names only: the messages may quote the data that was refused.
        let mut fields = self.0.keys();
        if let Some(first) = fields.next() {
            write!(f, "; fields: {first}")?;
            for field in fields {
                write!(f, ", {field}")?;
            }
        }
        Ok(())
    }
}

/// How an answer was lost, without the cause's own advice (to retry).
struct LostAnswer<'a>(&'a Error);

impl fmt::Display for LostAnswer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Error::Timeout => f.write_str("the request timed out"),
            Error::Network { .. } => f.write_str("the connection broke"),
            Error::Server { status, .. } => write!(f, "a server error, {status}"),
            Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. } => {
                write!(f, "an unreadable {status} answer")
            }
            other => match other.status() {
                Some(status) => write!(f, "{status}"),
                None => f.write_str("no answer"),
            },
        }
    }
}

struct RetryAfter<'a>(&'a Option<Duration>);

impl fmt::Display for RetryAfter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(wait) => write!(f, "; it asked to wait {}s", wait.as_secs_f64().ceil()),
            None => Ok(()),
        }
    }
}

impl Error {
    /// The HTTP status this error came with, if it came from a response.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Unauthorized => Some(StatusCode::UNAUTHORIZED),
            Error::Forbidden { .. } => Some(StatusCode::FORBIDDEN),
            Error::NotFound { .. } => Some(StatusCode::NOT_FOUND),
            Error::Conflict { .. } | Error::NotAllowed { .. } => Some(StatusCode::CONFLICT),
            Error::RateLimited { .. } => Some(StatusCode::TOO_MANY_REQUESTS),
            Error::Validation { status, .. }
            | Error::Server { status, .. }
            | Error::UnexpectedStatus { status }
            | Error::ResponseTooLarge { status, .. }
            | Error::Decode { status, .. } => Some(*status),
            Error::Timeout
            | Error::Connect { .. }
            | Error::Network { .. }
            | Error::Config(_)
            | Error::InvalidArgument(_)
            | Error::InvalidLead { .. }
            | Error::MayHaveStarted { .. }
            | Error::Pagination { .. } => None,
        }
    }

    /// Whether the same request may succeed if repeated later.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout | Error::Connect { .. } | Error::Network { .. } => true,
            Error::RateLimited { .. } => true,
            Error::Server { status, .. } => matches!(status.as_u16(), 500 | 502 | 503 | 504),
            _ => false,
        }
    }

    /// Whether the key was refused (401) or lacks a scope (403).
    pub fn is_auth(&self) -> bool {
        matches!(self, Error::Unauthorized | Error::Forbidden { .. })
    }

    /// Whether the server may have carried out a request that failed this
    /// way: its answer was lost (a timeout, a broken connection, a 5xx), or
    /// it answered 2xx with a body that could not be read. A write that
    /// failed so must be read back, or be safe to resend, before it is sent
    /// again.
    pub fn may_have_acted(&self) -> bool {
        self.outcome_unknown() || self.is_unread_success()
    }

    /// A 2xx whose body could not be read: the server acted.
    pub(crate) fn is_unread_success(&self) -> bool {
        matches!(self, Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. } if status.is_success())
    }

    /// Whether a request that failed this way may still have been carried out
    /// by the server (the answer was lost, or it failed after processing).
    pub(crate) fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            Error::Timeout | Error::Network { .. } | Error::Server { .. }
        )
    }

    /// How long the server asked to wait before the next attempt.
    pub(crate) fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after } | Error::Server { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    fn from_transport(error: reqwest::Error) -> Error {
        // A connect timeout is a connect error: nothing was sent.
        if error.is_connect() {
            Error::Connect {
                source: Arc::new(error),
            }
        } else if error.is_timeout() {
            Error::Timeout
        } else {
            Error::Network {
                source: Arc::new(error),
            }
        }
    }
}

/// Caps how much of an undeclared error response is read to look for the
/// API's `errors` map: such bodies are small, and a hostile one must not
/// fill memory.
pub(crate) const ERROR_BODY_LIMIT: usize = 64 * 1024;

type ApiFailure = voiso_api::Error<ApiError>;

/// Turns a generated call's failure into an [`Error`], or into a value when
/// the server answered an undeclared 2xx with a decodable body.
pub(crate) async fn map_failure<T: DeserializeOwned>(
    failure: ApiFailure,
    meta: Option<&ResponseMeta>,
    op: Target<'_>,
    id: Option<&str>,
) -> Result<T, Error> {
    let status_of_meta = meta.map(|m| m.status);
    let retry_after_of_meta = meta.and_then(|m| m.retry_after.as_ref()).and_then(|v| {
        v.to_str()
            .ok()
            .and_then(|s| parse_retry_after(s, SystemTime::now()))
    });
    match failure {
        voiso_api::Error::InvalidRequest(reason) => Err(Error::InvalidArgument(reason)),
        voiso_api::Error::ResponseBodyError(e) => {
            Err(body_failure(e, status_of_meta, retry_after_of_meta, op, id))
        }
        voiso_api::Error::CommunicationError(e) | voiso_api::Error::InvalidUpgrade(e) => {
            Err(Error::from_transport(e))
        }
        voiso_api::Error::ErrorResponse(value) => {
            let status = value.status();
            let retry_after = value
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|s| parse_retry_after(s, SystemTime::now()));
            Err(from_status(status, value.into_inner(), retry_after, op, id))
        }
        voiso_api::Error::InvalidResponsePayload(_body, error) => {
            let status = status_of_meta.unwrap_or(StatusCode::OK);
            if status.is_success() {
                Err(Error::Decode {
                    status,
                    what: describe_json_error(&error),
                })
            } else {
                Err(from_status(
                    status,
                    ApiError::default(),
                    retry_after_of_meta,
                    op,
                    id,
                ))
            }
        }
        voiso_api::Error::UnexpectedResponse(response) => {
            let status = response.status();
            if status.is_success() {
                let body = response
                    .bytes()
                    .await
                    .map_err(|e| body_failure(e, Some(status), None, op, id))?;
                return serde_json::from_slice(&body).map_err(|e| Error::Decode {
                    status,
                    what: describe_json_error(&e),
                });
            }
            let retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|s| parse_retry_after(s, SystemTime::now()));
            let body = read_capped(response, ERROR_BODY_LIMIT).await;
            let api_error = serde_json::from_slice(&body).unwrap_or_default();
            Err(from_status(status, api_error, retry_after, op, id))
        }
        voiso_api::Error::Custom(reason) => Err(Error::InvalidArgument(reason)),
    }
}

/// A body that could not be read: too large (a typed error, or for an error
/// status the status alone, its body discarded), or a broken connection.
fn body_failure(
    error: reqwest::Error,
    status: Option<StatusCode>,
    retry_after: Option<Duration>,
    op: Target<'_>,
    id: Option<&str>,
) -> Error {
    match (voiso_api::scope::BodyTooLarge::find(&error), status) {
        (Some(_), Some(status)) if !status.is_success() => {
            from_status(status, ApiError::default(), retry_after, op, id)
        }
        (Some(too_large), status) => Error::ResponseTooLarge {
            status: status.unwrap_or(StatusCode::OK),
            limit: too_large.limit,
        },
        (None, _) => Error::from_transport(error),
    }
}

async fn read_capped(mut response: reqwest::Response, limit: usize) -> Vec<u8> {
    let mut body = Vec::new();
    while let Ok(Some(chunk)) = response.chunk().await {
        if body.len() + chunk.len() > limit {
            // Too large to be an error document: treat it as having none.
            return Vec::new();
        }
        body.extend_from_slice(&chunk);
    }
    body
}

pub(crate) fn from_status(
    status: StatusCode,
    body: ApiError,
    retry_after: Option<Duration>,
    op: Target<'_>,
    id: Option<&str>,
) -> Error {
    match status.as_u16() {
        401 => Error::Unauthorized,
        403 => Error::Forbidden {
            scope: op.scope(),
            message: body.error.filter(|m| !m.eq_ignore_ascii_case("forbidden")),
        },
        404 => Error::NotFound {
            what: match id {
                Some(id) => format!("{} `{id}`", op.resource()),
                None => op.resource(),
            },
        },
        409 => Error::Conflict {
            errors: body.errors,
        },
        400 | 406 | 422 => Error::Validation {
            status,
            errors: body.errors,
        },
        429 => Error::RateLimited { retry_after },
        500..=599 => Error::Server {
            status,
            retry_after,
        },
        _ => Error::UnexpectedStatus { status },
    }
}

fn describe_json_error(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let kind = match error.classify() {
        Category::Io => "an I/O error",
        Category::Syntax => "malformed JSON",
        Category::Data => "JSON that does not match the API's schema",
        Category::Eof => "truncated JSON",
    };
    // serde's own message can quote the offending value, so only the
    // position is kept.
    format!("{kind} at line {} column {}", error.line(), error.column())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-3", now), None);
    }

    #[test]
    fn field_list_names_fields_but_not_messages() {
        let mut errors = BTreeMap::new();
        errors.insert(
            "status".to_string(),
            vec!["jane@example.com is pending".to_string()],
        );
        let text = Error::Conflict { errors }.to_string();
        assert!(text.contains("fields: status"), "{text}");
        assert!(!text.contains("jane@example.com"), "{text}");
    }

    #[test]
    fn statuses_map_to_variants() {
        let op = voiso_api::Operation::RetriggerWebhookFailure;
        let map = |s: u16| {
            from_status(
                StatusCode::from_u16(s).unwrap(),
                ApiError::default(),
                None,
                op.into(),
                Some("x"),
            )
        };
        assert!(matches!(map(401), Error::Unauthorized));
        assert!(matches!(
            map(403),
            Error::Forbidden {
                scope: Some("tasks.webhooks.manage"),
                ..
            }
        ));
        assert!(matches!(map(404), Error::NotFound { .. }));
        assert!(matches!(map(409), Error::Conflict { .. }));
        assert!(matches!(map(400), Error::Validation { .. }));
        assert!(matches!(map(422), Error::Validation { .. }));
        assert!(matches!(map(429), Error::RateLimited { retry_after: None }));
        assert!(matches!(map(502), Error::Server { .. }));
        assert!(matches!(map(418), Error::UnexpectedStatus { .. }));
        assert!(map(503).is_retryable());
        assert!(!map(501).is_retryable());
        assert!(!map(409).is_retryable());
        assert_eq!(map(404).status(), Some(StatusCode::NOT_FOUND));
    }

    #[test]
    fn json_errors_never_quote_the_body() {
        let err = serde_json::from_str::<u32>("\"secret-personal-data\"").unwrap_err();
        let text = describe_json_error(&err);
        assert!(!text.contains("secret"), "{text}");
        assert!(text.contains("schema"), "{text}");
    }
}
