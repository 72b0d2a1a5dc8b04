//! Configuring a [`Client`](crate::Client): host, key, timeouts, retries.
//! The builder checks everything into [`Settings`], which the client
//! module turns into a client.

use std::net::IpAddr;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue, USER_AGENT};
use voiso_api::scope::CallOptions;

use crate::auth::ApiKey;
use crate::error::ConfigError;
use crate::retry::RetryPolicy;

/// The user agent every request carries.
pub const USER_AGENT_VALUE: &str = concat!("voiso-rust/", env!("CARGO_PKG_VERSION"));

/// Configures a [`Client`](crate::Client). Start with
/// [`Client::builder`](crate::Client::builder).
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    api_key: Option<ApiKey>,
    cluster_id: Option<String>,
    base_url: Option<String>,
    allow_insecure_http: bool,
    connect_timeout: Duration,
    request_timeout: Duration,
    operation_timeout: Duration,
    max_response_bytes: usize,
    retry: RetryPolicy,
    settle: Duration,
    http: Option<reqwest::Client>,
}

/// A checked configuration, ready to become a client.
pub(crate) struct Settings {
    pub(crate) base_url: String,
    pub(crate) http: reqwest::Client,
    pub(crate) options: CallOptions,
    pub(crate) request_timeout: Duration,
    pub(crate) operation_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) settle: Duration,
}

/// The default of [`ClientBuilder::operation_timeout`].
const OPERATION_TIMEOUT: Duration = Duration::from_secs(60);
/// The default of [`ClientBuilder::max_response_bytes`]: a full page of any
/// list is far smaller.
const MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;
/// The default of [`ClientBuilder::settle_interval`].
const SETTLE_INTERVAL: Duration = Duration::from_secs(3);

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            api_key: None,
            cluster_id: None,
            base_url: None,
            allow_insecure_http: false,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            operation_timeout: OPERATION_TIMEOUT,
            max_response_bytes: MAX_RESPONSE_BYTES,
            retry: RetryPolicy::default(),
            settle: SETTLE_INTERVAL,
            http: None,
        }
    }
}

impl ClientBuilder {
    /// The API key (a generated v4 key with `tasks.webhooks.*` scopes).
    pub fn api_key(mut self, key: impl Into<ApiKey>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The contact center's cluster: requests go to `https://{id}.voiso.com`.
    pub fn cluster_id(mut self, id: impl Into<String>) -> Self {
        self.cluster_id = Some(id.into());
        self
    }

    /// A base URL instead of a cluster (a proxy, or a test server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Allows an `http://` base URL to a non-loopback host. The key then
    /// travels in clear; only for trusted networks.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// How long to wait for a connection (default 10 s). Ignored with
    /// [`http_client`](Self::http_client): configure that client instead.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long one attempt may take, body included (default 30 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// The deadline of one operation as the caller sees it (default 60 s):
    /// every attempt, every wait between them (`Retry-After` included) and
    /// every read-back of a write. When it runs out the operation fails with
    /// the last error it met (a 429 names the rate limit), or
    /// [`Error::Timeout`](crate::Error::Timeout) mid-request.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = timeout;
        self
    }

    /// The largest response body read (default 16 MiB); a larger one fails
    /// with [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge). Error
    /// bodies are capped at 64 KiB whatever this says: past that only the
    /// status is kept.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// The retry policy (default: 3 attempts, see [`RetryPolicy`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// How long a write waits before it reads back what an answer lost in
    /// flight (a timeout, a reset, a gateway's 502 or 504) left behind
    /// (default 3 s). Such a request may still be queued upstream and land
    /// after a read that came too soon, and a second write would follow.
    /// The one assumption it rests on: Voiso finishes or drops a request
    /// within this interval of the answer's loss.
    pub fn settle_interval(mut self, interval: Duration) -> Self {
        self.settle = interval;
        self
    }

    /// Uses this `reqwest::Client` (for proxies, custom TLS, shared pools).
    /// The key, user agent and request timeout are still applied per request.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks everything, for [`build`](Self::build).
    pub(crate) fn into_settings(self) -> Result<Settings, ConfigError> {
        let key = self.api_key.ok_or(ConfigError::MissingApiKey)?;
        let authorization = key.bearer_header()?;
        let base_url = match (self.cluster_id, self.base_url) {
            (Some(_), Some(_)) => return Err(ConfigError::BothClusterAndBaseUrl),
            (None, None) => return Err(ConfigError::MissingHost),
            (Some(cluster), None) => {
                let cluster = cluster.trim();
                if !is_dns_label(cluster) {
                    return Err(ConfigError::InvalidClusterId(cluster.to_string()));
                }
                format!("https://{}.voiso.com", cluster.to_ascii_lowercase())
            }
            (None, Some(url)) => check_base_url(url.trim(), self.allow_insecure_http)?,
        };
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                // Voiso does not redirect; following one could send the key
                // somewhere unexpected.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| ConfigError::HttpClient(e.to_string()))?,
        };
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, authorization);
        headers.insert(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE));
        Ok(Settings {
            base_url,
            http,
            options: CallOptions {
                headers,
                timeout: Some(self.request_timeout),
                max_body: Some(self.max_response_bytes),
                max_error_body: Some(crate::error::ERROR_BODY_LIMIT),
            },
            request_timeout: self.request_timeout,
            operation_timeout: self.operation_timeout,
            retry: self.retry,
            settle: self.settle,
        })
    }

    /// Reads `VOISO_API_KEY` and `VOISO_CLUSTER_ID` or `VOISO_BASE_URL`
    /// through `lookup` (the environment, for [`Client::from_env`]).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let mut builder = ClientBuilder::default();
        let set = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        if let Some(key) = set("VOISO_API_KEY") {
            builder = builder.api_key(key);
        }
        if let Some(cluster) = set("VOISO_CLUSTER_ID") {
            builder = builder.cluster_id(cluster);
        }
        if let Some(url) = set("VOISO_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder
    }
}

fn is_dns_label(label: &str) -> bool {
    (1..=63).contains(&label.len())
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.starts_with('-')
        && !label.ends_with('-')
}

fn check_base_url(raw: &str, allow_insecure_http: bool) -> Result<String, ConfigError> {
    let url = Url::parse(raw).map_err(|e| ConfigError::InvalidBaseUrl(e.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(ConfigError::InvalidBaseUrl(
            "it holds credentials; pass the key with VOISO_API_KEY instead".into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(ConfigError::InvalidBaseUrl(
            "it has a query or fragment".into(),
        ));
    }
    let host = url
        .host_str()
        .ok_or_else(|| ConfigError::InvalidBaseUrl("it has no host".into()))?;
    match url.scheme() {
        "https" => {}
        "http" => {
            if !is_loopback(host) && !allow_insecure_http {
                return Err(ConfigError::InsecureBaseUrl(url.to_string()));
            }
        }
        other => {
            return Err(ConfigError::InvalidBaseUrl(format!(
                "scheme `{other}` is not http or https"
            )));
        }
    }
    // The generated client appends `/api/v4/...` to the base as text.
    Ok(url.as_str().trim_end_matches('/').to_string())
}

fn is_loopback(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a built client would be: its base URL.
    #[derive(Debug)]
    struct Built(String);

    impl Built {
        fn base_url(&self) -> &str {
            &self.0
        }
    }

    fn build(builder: ClientBuilder) -> Result<Built, ConfigError> {
        builder
            .into_settings()
            .map(|settings| Built(settings.base_url))
    }

    fn keyed() -> ClientBuilder {
        ClientBuilder::default().api_key("k")
    }

    #[test]
    fn each_problem_is_a_typed_error() {
        assert_eq!(
            build(ClientBuilder::default().cluster_id("acme")).unwrap_err(),
            ConfigError::MissingApiKey
        );
        assert_eq!(build(keyed()).unwrap_err(), ConfigError::MissingHost);
        assert_eq!(
            build(keyed().cluster_id("acme").base_url("https://x")).unwrap_err(),
            ConfigError::BothClusterAndBaseUrl
        );
        for bad in [
            "",
            "a.b",
            "-a",
            "a-",
            "a_b",
            "acme.voiso.com",
            &"a".repeat(64),
            "ä",
        ] {
            assert!(
                matches!(
                    build(keyed().cluster_id(bad)).unwrap_err(),
                    ConfigError::InvalidClusterId(_)
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            build(
                ClientBuilder::default()
                    .api_key("a\u{0}b")
                    .cluster_id("acme")
            )
            .unwrap_err(),
            ConfigError::InvalidApiKey { .. }
        ));
        assert!(matches!(
            build(keyed().base_url("http://example.com")).unwrap_err(),
            ConfigError::InsecureBaseUrl(_)
        ));
        assert!(matches!(
            build(keyed().base_url("ftp://example.com")).unwrap_err(),
            ConfigError::InvalidBaseUrl(_)
        ));
        assert!(matches!(
            build(keyed().base_url("not a url")).unwrap_err(),
            ConfigError::InvalidBaseUrl(_)
        ));
        assert!(matches!(
            build(keyed().base_url("https://u:p@x.com")).unwrap_err(),
            ConfigError::InvalidBaseUrl(_)
        ));
    }

    #[test]
    fn hosts_resolve() {
        assert_eq!(
            build(keyed().cluster_id("Cc-XXX01")).unwrap().base_url(),
            "https://cc-xxx01.voiso.com"
        );
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost:1/",
            "http://[::1]:9",
            "https://example.com/",
        ] {
            assert!(build(keyed().base_url(ok)).is_ok(), "{ok}");
        }
        assert_eq!(
            build(keyed().base_url("https://example.com/proxy/"))
                .unwrap()
                .base_url(),
            "https://example.com/proxy"
        );
        assert!(
            build(
                keyed()
                    .base_url("http://10.0.0.1")
                    .allow_insecure_http(true)
            )
            .is_ok()
        );
    }

    #[test]
    fn lookup_reads_the_documented_variables() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let client = build(ClientBuilder::from_lookup(env(&[
            ("VOISO_API_KEY", "k"),
            ("VOISO_CLUSTER_ID", "acme"),
        ])))
        .unwrap();
        assert_eq!(client.base_url(), "https://acme.voiso.com");
        assert_eq!(
            build(ClientBuilder::from_lookup(env(&[(
                "VOISO_CLUSTER_ID",
                "acme"
            )])))
            .unwrap_err(),
            ConfigError::MissingApiKey
        );
        assert_eq!(
            build(ClientBuilder::from_lookup(env(&[
                ("VOISO_API_KEY", "k"),
                ("VOISO_CLUSTER_ID", "acme"),
                ("VOISO_BASE_URL", "https://x")
            ])))
            .unwrap_err(),
            ConfigError::BothClusterAndBaseUrl
        );
    }

    #[test]
    fn builder_debug_hides_the_key() {
        let text = format!("{:?}", ClientBuilder::default().api_key("SENTINEL-KEY"));
        assert!(!text.contains("SENTINEL"), "{text}");
    }
}
