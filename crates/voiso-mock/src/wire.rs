//! Response bodies, always built from `voiso_api::types` so that the mock
//! cannot drift from the spec.

use std::collections::BTreeMap;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Serialize;
use serde_json::Value;
use voiso_api::types::{ApiError, WebhookFailure};

/// The generated type skips a `None` reason, but Voiso sends `"reason": null`
/// after a retrigger, and that is what clients must be tested against.
pub(crate) fn failure_value(failure: &WebhookFailure) -> Value {
    let mut value = serde_json::to_value(failure).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.entry("reason").or_insert(Value::Null);
    }
    value
}

/// `{"webhook_failure": ...}`.
pub(crate) fn failure_envelope(failure: &WebhookFailure) -> Bytes {
    let mut map = serde_json::Map::new();
    map.insert("webhook_failure".into(), failure_value(failure));
    to_bytes(&Value::Object(map))
}

/// `{"webhook_failures": [...], "metadata": {...}}` with null reasons kept.
pub(crate) fn failure_list(list: &voiso_api::types::WebhookFailureList) -> Bytes {
    let mut value = serde_json::to_value(list).unwrap_or(Value::Null);
    if let Some(Value::Array(items)) = value.get_mut("webhook_failures") {
        for item in items {
            if let Value::Object(map) = item {
                map.entry("reason").or_insert(Value::Null);
            }
        }
    }
    to_bytes(&value)
}

pub(crate) fn to_bytes<T: Serialize>(value: &T) -> Bytes {
    // Serialising these plain data types cannot fail (string keys, no
    // non-finite floats); an empty object is a safe fallback all the same.
    serde_json::to_vec(value).map_or_else(|_| Bytes::from_static(b"{}"), Bytes::from)
}

pub(crate) fn json(status: StatusCode, body: Bytes) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// The simple error shape, `{"error": "..."}`.
pub(crate) fn error(status: StatusCode, message: &str) -> Response {
    let body = build!(ApiError {
        error: Some(message.to_owned()),
        errors: BTreeMap::new(),
    });
    json(status, to_bytes(&body))
}

/// The validation shape, `{"errors": {"<field>": ["..."]}}`; `error` is
/// added for statuses whose documented body carries it (400).
pub(crate) fn field_errors(
    status: StatusCode,
    error: Option<&str>,
    errors: BTreeMap<String, Vec<String>>,
) -> Response {
    let body = build!(ApiError {
        error: error.map(str::to_owned),
        errors,
    });
    json(status, to_bytes(&body))
}

pub(crate) fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "Not found")
}

/// What a gateway in front of Voiso answers: nginx's page, not JSON.
const BAD_GATEWAY_HTML: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// nginx's page when the upstream took too long to answer.
const GATEWAY_TIMEOUT_HTML: &str = "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// 502 with nginx's HTML page.
pub(crate) fn bad_gateway() -> Response {
    html(StatusCode::BAD_GATEWAY, BAD_GATEWAY_HTML)
}

/// 504 with nginx's HTML page.
pub(crate) fn gateway_timeout() -> Response {
    html(StatusCode::GATEWAY_TIMEOUT, GATEWAY_TIMEOUT_HTML)
}

fn html(status: StatusCode, page: &'static str) -> Response {
    let mut response = Response::new(Body::from(page));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    response
}
