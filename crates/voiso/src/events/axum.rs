//! An axum extractor that verifies, bounds and parses a delivery
//! (feature `axum`).
//!
//! ```no_run
//! use std::sync::Arc;
//! use axum::{Router, routing::post, http::StatusCode};
//! use voiso::events::{Verifier, axum::VoisoEvent};
//!
//! async fn receive(VoisoEvent(delivery): VoisoEvent) -> StatusCode {
//!     // Store delivery.body() under delivery.dedup_key() durably first.
//!     StatusCode::OK
//! }
//! let app: Router = Router::new()
//!     .route("/voiso", post(receive))
//!     .with_state(Arc::new(Verifier::new().secret("s3cret")));
//! ```

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRef, FromRequest, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{Delivery, MAX_BODY, ParseError, Rejected, Verifier};

/// A delivery that passed every check of the state's [`Verifier`].
#[derive(Debug)]
pub struct VoisoEvent(pub Delivery);

/// Why the extractor refused a request, and the status it answers.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EventRejection {
    /// 401: the request is not from Voiso (by the configured checks).
    #[error("{0}")]
    Unauthorized(Rejected),
    /// 413: more than [`MAX_BODY`] bytes.
    #[error("the body is larger than {MAX_BODY} bytes")]
    TooLarge,
    /// 400: unreadable, not JSON, or not an object.
    #[error("{0}")]
    BadBody(String),
}

impl EventRejection {
    /// The status this rejection answers.
    pub fn status(&self) -> StatusCode {
        match self {
            EventRejection::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            EventRejection::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            EventRejection::BadBody(_) => StatusCode::BAD_REQUEST,
        }
    }
}

impl IntoResponse for EventRejection {
    fn into_response(self) -> Response {
        (self.status(), self.to_string()).into_response()
    }
}

impl<S> FromRequest<S> for VoisoEvent
where
    S: Send + Sync,
    Arc<Verifier>: FromRef<S>,
{
    type Rejection = EventRejection;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = Arc::<Verifier>::from_ref(state);
        let (parts, body) = req.into_parts();
        let headers = parts
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes()))
            .collect::<Vec<_>>();
        // Headers first: a stranger cannot make us read a body.
        verifier
            .verify_headers(headers)
            .map_err(EventRejection::Unauthorized)?;
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > MAX_BODY as u64) {
            return Err(EventRejection::TooLarge);
        }
        let bytes = read_bounded(body).await?;
        let delivery = Delivery::parse(&bytes).map_err(|e| match e {
            ParseError::NotJson(_) | ParseError::NotAnObject => {
                EventRejection::BadBody(e.to_string())
            }
        })?;
        verifier
            .verify_body(&delivery)
            .map_err(EventRejection::Unauthorized)?;
        Ok(VoisoEvent(delivery))
    }
}

/// Reads at most [`MAX_BODY`] bytes: a larger body is refused once the
/// limit is passed, never buffered whole.
async fn read_bounded(body: Body) -> Result<Vec<u8>, EventRejection> {
    use futures::StreamExt;
    let mut chunks = body.into_data_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = chunks.next().await {
        let chunk =
            chunk.map_err(|e| EventRejection::BadBody(format!("cannot read the body: {e}")))?;
        if bytes.len() + chunk.len() > MAX_BODY {
            return Err(EventRejection::TooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use axum::Router;
    use axum::routing::post;

    use super::*;

    async fn name(VoisoEvent(delivery): VoisoEvent) -> String {
        delivery.event().name().unwrap_or("-").to_owned()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn the_extractor_answers_401_413_400_or_hands_over_the_event() {
        let verifier = Verifier::new().secret("s").header("X-Token", "t");
        let app = Router::new()
            .route("/", post(name))
            .with_state(Arc::new(verifier));
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", tcp.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(tcp, app).await });
        let client = reqwest::Client::new();
        let send = |body: String, token: &str| {
            client
                .post(&url)
                .header("x-token", token.to_owned())
                .body(body)
                .send()
        };
        let good = r#"{"event": "message.sent", "secret": "s", "data": {"id": "m1"}}"#;
        let answer = send(good.into(), "t").await.unwrap();
        assert_eq!(answer.status().as_u16(), 200);
        assert_eq!(answer.text().await.unwrap(), "message.sent");
        let cases = [
            (good.to_owned(), "wrong", 401),
            (good.replace("\"s\"", "\"x\""), "t", 401),
            ("{\"event\": ".to_owned(), "t", 400),
            (" ".repeat(MAX_BODY + 1), "t", 413),
        ];
        for (body, token, status) in cases {
            let answer = send(body, token).await.unwrap();
            assert_eq!(answer.status().as_u16(), status);
        }
    }
}
