//! [`Client::request`]: a call to a path the spec does not hold (a list of
//! queues, SMS, teams, billing...) with every guarantee a generated call
//! has: the key, the base URL, the tracing span, the deadline, the body
//! caps, the retry decision by class and the error mapping.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use http::{Method, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use voiso_api::RetryClass;
use voiso_api::raw::{self, RawRequest};

use crate::client::Client;
use crate::error::Error;
use crate::runtime::{Call, Plain, WriteStop};
use crate::target::Target;

/// The API's prefix: a relative path is taken under it.
const API_PREFIX: &str = "/api/v4/";

impl Client {
    /// A request to `path`: `/api/v4/...`, or relative to it
    /// (`routing/queues`). Add query pairs and a JSON body, then `.await`
    /// (or [`send`](Request::send)) it.
    ///
    /// A `GET` (or `HEAD`) is retried as an `idempotent` read; any other
    /// method is `never` repeated once it may have reached Voiso, unless
    /// [`retry`](Request::retry) says otherwise.
    ///
    /// ```no_run
    /// # async fn run(client: voiso::Client) -> Result<(), voiso::Error> {
    /// let queues = client
    ///     .request(voiso::Method::GET, "routing/queues")
    ///     .query("limit", "100")
    ///     .await?;
    /// println!("{} {}", queues.status(), queues.body());
    /// # Ok(())
    /// # }
    /// ```
    pub fn request(&self, method: Method, path: impl Into<String>) -> Request {
        Request {
            client: self.clone(),
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            retry: None,
        }
    }
}

/// A request being built: see [`Client::request`].
#[must_use = "a request does nothing until it is sent or awaited"]
#[derive(Debug, Clone)]
pub struct Request {
    client: Client,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Value>,
    retry: Option<RetryClass>,
}

/// Voiso's answer to a [`Request`]: its status and its JSON body (`null`
/// when empty).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    #[serde(with = "status_code")]
    status: StatusCode,
    body: Value,
}

impl Response {
    /// The HTTP status (a 2xx: any other is an [`Error`]).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The JSON body.
    pub fn body(&self) -> &Value {
        &self.body
    }

    /// The JSON body, owned.
    pub fn into_body(self) -> Value {
        self.body
    }
}

mod status_code {
    use http::StatusCode;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(status: &StatusCode, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(status.as_u16())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<StatusCode, D::Error> {
        let code = u16::deserialize(d)?;
        StatusCode::from_u16(code).map_err(serde::de::Error::custom)
    }
}

impl Request {
    /// Adds a query pair (repeatable; order is kept).
    pub fn query(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((key.into(), value.into()));
        self
    }

    /// Sends `body` as JSON.
    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// How a failed attempt may be repeated. `conflict-then-read` needs a
    /// read-back that only an operation of the spec has, so it is refused
    /// when sent: use `never` (the default for writes) or `idempotent`.
    pub fn retry(mut self, class: RetryClass) -> Self {
        self.retry = Some(class);
        self
    }

    /// The path under the API, checked: the key must not go to another
    /// host, so absolute URLs are refused.
    fn api_path(&self) -> Result<String, Error> {
        let path = self.path.trim();
        if path.contains("://") || path.starts_with("//") {
            return Err(Error::InvalidArgument(format!(
                "`{path}` is a URL: give a path under /api/v4/ (e.g. `routing/queues`); \
                 the client's base URL says the host"
            )));
        }
        if path.split(['/', '?']).any(|segment| segment == "..") {
            return Err(Error::InvalidArgument(format!(
                "`{path}` leaves /api/v4/ (`..`): give a path under it"
            )));
        }
        if path.contains('?') || path.contains('#') {
            return Err(Error::InvalidArgument(format!(
                "`{path}` has a query or fragment: pass query pairs with .query(key, value)"
            )));
        }
        let relative = path.trim_start_matches('/');
        let relative = relative
            .strip_prefix(API_PREFIX.trim_start_matches('/'))
            .unwrap_or(relative);
        if relative.is_empty() {
            return Err(Error::InvalidArgument(
                "the path is empty: give one under /api/v4/ (e.g. `routing/queues`)".into(),
            ));
        }
        Ok(format!("{API_PREFIX}{relative}"))
    }

    fn class(&self) -> Result<RetryClass, Error> {
        let class = self.retry.unwrap_or(match self.method {
            Method::GET | Method::HEAD => RetryClass::Idempotent,
            _ => RetryClass::Never,
        });
        if class == RetryClass::ConflictThenRead {
            return Err(Error::InvalidArgument(
                "conflict-then-read needs a read-back that only an operation of the spec has: \
                 use never (nothing repeated once it may have reached Voiso) or idempotent"
                    .into(),
            ));
        }
        Ok(class)
    }

    /// Sends the request through the client's attempt loop.
    pub async fn send(self) -> Result<Response, Error> {
        let path = self.api_path()?;
        let retry = self.class()?;
        let inner = &self.client.inner;
        let call = Call {
            op: Target::Raw {
                method: self.method.as_str(),
                path: &path,
                retry,
            },
            key: None,
            deadline: inner.deadline(),
            gate: None,
        };
        let (method, query, body) = (&self.method, &self.query, self.body.as_ref());
        let path = &path;
        let answer: Answer = inner
            .run(&call, &mut Plain::new(), |api| async move {
                let sent = raw::send(
                    api,
                    RawRequest {
                        method: method.clone(),
                        path,
                        query,
                        body,
                    },
                )
                .await?;
                let (status, headers) = (sent.status(), sent.headers().clone());
                let answer = Answer {
                    status: status.as_u16(),
                    body: sent.into_inner(),
                };
                Ok(voiso_api::ResponseValue::new(answer, status, headers))
            })
            .await
            .map_err(WriteStop::into_error)?;
        Ok(Response {
            status: StatusCode::from_u16(answer.status).unwrap_or(StatusCode::OK),
            body: answer.body,
        })
    }
}

/// What one attempt yields: the loop carries a decodable value.
#[derive(Deserialize)]
struct Answer {
    status: u16,
    body: Value,
}

impl IntoFuture for Request {
    type Output = Result<Response, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(client: &Client, p: &str) -> Result<String, String> {
        client
            .request(Method::GET, p)
            .api_path()
            .map_err(|e| e.to_string())
    }

    #[test]
    fn paths_stay_under_the_api() {
        let client = Client::builder()
            .api_key("k")
            .base_url("http://127.0.0.1:1")
            .build()
            .unwrap();
        assert_eq!(
            path(&client, "routing/queues").unwrap(),
            "/api/v4/routing/queues"
        );
        assert_eq!(
            path(&client, "/api/v4/routing/queues").unwrap(),
            "/api/v4/routing/queues"
        );
        assert_eq!(path(&client, "api/v4/users").unwrap(), "/api/v4/users");
        for bad in [
            "https://evil.example/x",
            "//evil.example/x",
            "../v3/x",
            "users?limit=1",
            "",
        ] {
            assert!(path(&client, bad).is_err(), "{bad}");
        }
        let never = client.request(Method::POST, "x").class().unwrap();
        assert_eq!(never, RetryClass::Never);
        let read = client.request(Method::GET, "x").class().unwrap();
        assert_eq!(read, RetryClass::Idempotent);
        let refused = client
            .request(Method::POST, "x")
            .retry(RetryClass::ConflictThenRead)
            .class();
        assert!(refused.is_err());
    }
}
