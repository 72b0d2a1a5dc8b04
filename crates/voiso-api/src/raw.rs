//! One request to a path the spec does not hold, with what the hooks give
//! every generated call: the scope's headers (the key), its timeout and body
//! caps, and its response recorded for the error mapping.

use progenitor_client::{ClientInfo, ResponseValue};
use serde_json::Value;

use crate::generated::{Client, Error, types::ApiError};
use crate::scope;

/// A request a caller describes. `path` is appended to the client's base
/// URL; `query` and `body` (JSON) go as given.
#[derive(Debug, Clone)]
pub struct RawRequest<'a> {
    /// The HTTP method.
    pub method: reqwest::Method,
    /// The path, starting with `/`.
    pub path: &'a str,
    /// Query pairs, in order.
    pub query: &'a [(String, String)],
    /// A JSON body.
    pub body: Option<&'a Value>,
}

/// Sends `request` and reads its 2xx body as JSON (an empty body is
/// `null`); any other status is `Error::UnexpectedResponse`, for the caller
/// to map like a generated call's.
pub async fn send(
    client: &Client,
    request: RawRequest<'_>,
) -> Result<ResponseValue<Value>, Error<ApiError>> {
    let url = format!("{}{}", client.baseurl(), request.path);
    let mut builder = client
        .client()
        .request(request.method, url)
        .header(reqwest::header::ACCEPT, "application/json");
    if !request.query.is_empty() {
        builder = builder.query(request.query);
    }
    if let Some(body) = request.body {
        builder = builder.json(body);
    }
    let mut built = builder
        .build()
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
    scope::apply(&mut built);
    let result = client.client().execute(built).await.map(scope::limit_body);
    scope::record(&result);
    let response = result.map_err(Error::CommunicationError)?;
    let status = response.status();
    if !status.is_success() {
        return Err(Error::UnexpectedResponse(response));
    }
    let headers = response.headers().clone();
    let bytes = response.bytes().await.map_err(Error::ResponseBodyError)?;
    let value = if bytes.iter().all(u8::is_ascii_whitespace) {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).map_err(|e| Error::InvalidResponsePayload(bytes, e))?
    };
    Ok(ResponseValue::new(value, status, headers))
}
