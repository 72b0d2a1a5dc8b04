//! The mock over HTTP, as a client sees it.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use voiso_api::types::{
    ApiError, WebhookEnvelope, WebhookFailure, WebhookFailureEnvelope, WebhookFailureList,
    WebhookList,
};
use voiso_mock::{
    ApiKey, MockConfig, MockServer, STATUS_DELIVERED, STATUS_INACTIVE, STATUS_PENDING,
};

const FAILURES: &str = "/api/v4/tasks/webhook_failures";

fn anchor() -> DateTime<Utc> {
    "2026-03-31T12:00:00Z".parse().unwrap()
}

fn config() -> MockConfig {
    MockConfig::default().anchor(anchor()).failures(230)
}

async fn start(config: MockConfig) -> MockServer {
    MockServer::start(config).await.expect("mock starts")
}

struct Api<'a> {
    server: &'a MockServer,
    http: reqwest::Client,
    key: Option<String>,
}

impl<'a> Api<'a> {
    fn new(server: &'a MockServer) -> Self {
        Self::with_key(server, Some("demo-key"))
    }

    fn with_key(server: &'a MockServer, key: Option<&str>) -> Self {
        Self {
            server,
            http: reqwest::Client::new(),
            key: key.map(str::to_owned),
        }
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
    ) -> (StatusCode, reqwest::header::HeaderMap, String) {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.server.base_url()));
        if let Some(key) = &self.key {
            request = request.bearer_auth(key);
        }
        let response = request.send().await.expect("request is answered");
        let (status, headers) = (response.status(), response.headers().clone());
        (status, headers, response.text().await.unwrap())
    }

    async fn get(&self, path: &str) -> (StatusCode, Value) {
        let (status, _, body) = self.send(Method::GET, path).await;
        (
            status,
            serde_json::from_str(&body).unwrap_or(Value::String(body)),
        )
    }

    async fn retrigger(&self, id: &str) -> (StatusCode, Value) {
        let (status, _, body) = self
            .send(Method::POST, &format!("{FAILURES}/{id}/retrigger"))
            .await;
        (
            status,
            serde_json::from_str(&body).unwrap_or(Value::String(body)),
        )
    }

    async fn post_json(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        let mut request = self
            .http
            .post(format!("{}{path}", self.server.base_url()))
            .json(body);
        if let Some(key) = &self.key {
            request = request.bearer_auth(key);
        }
        let response = request.send().await.expect("request is answered");
        let status = response.status();
        let body = response.text().await.unwrap();
        (
            status,
            serde_json::from_str(&body).unwrap_or(Value::String(body)),
        )
    }

    async fn ok(&self, path: &str) -> Value {
        let (status, body) = self.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        body
    }

    async fn list(&self, query: &str) -> WebhookFailureList {
        let (status, body) = self.get(&format!("{FAILURES}?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        serde_json::from_value(body).unwrap()
    }
}

fn error_body(value: &Value) -> ApiError {
    serde_json::from_value(value.clone()).expect("an Error body")
}

fn first_with_status(server: &MockServer, status: &str) -> WebhookFailure {
    server
        .failures()
        .into_iter()
        .find(|f| f.status == status)
        .expect("the seed has one")
}

#[tokio::test]
async fn keys_and_scopes() {
    let ro: ApiKey = "ro-key:tasks.webhooks.read".parse().unwrap();
    let other: ApiKey = "crm-key:crm.contacts.read".parse().unwrap();
    let server = start(config().keys([ApiKey::demo(), ro, other])).await;
    let id = first_with_status(&server, STATUS_INACTIVE).id.to_string();

    for key in [None, Some("wrong"), Some("")] {
        let api = Api::with_key(&server, key);
        for (status, body) in [api.get(FAILURES).await, api.retrigger(&id).await] {
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            assert_eq!(body, serde_json::json!({"error": "Unauthorized"}));
        }
    }
    let ro = Api::with_key(&server, Some("ro-key"));
    assert_eq!(ro.get(&format!("{FAILURES}/{id}")).await.0, StatusCode::OK);
    let (status, body) = ro.retrigger(&id).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body, serde_json::json!({"error": "Forbidden"}));

    let other = Api::with_key(&server, Some("crm-key"));
    for path in [FAILURES, "/api/v4/tasks/webhooks"] {
        assert_eq!(
            other.get(path).await,
            (
                StatusCode::FORBIDDEN,
                serde_json::json!({"error": "Forbidden"})
            )
        );
    }
    assert!(
        server.retrigger_counts().is_empty(),
        "a refused retrigger changed state"
    );
    assert_eq!(server.failure(&id).unwrap().status, STATUS_INACTIVE);
}

#[tokio::test]
async fn list_pages_newest_first_and_counts_all_matches() {
    let server = start(config()).await;
    let api = Api::new(&server);

    let first = api.list("").await;
    assert_eq!(first.metadata.total, 230);
    assert_eq!(first.webhook_failures.len(), 100, "default limit");
    let mut all = first.webhook_failures;
    all.extend(api.list("offset=100").await.webhook_failures);
    all.extend(api.list("offset=200&limit=100").await.webhook_failures);
    assert_eq!(
        all,
        server.failures(),
        "pages join into the whole, in order"
    );
    assert!(all.windows(2).all(|w| w[0].created_at >= w[1].created_at));
    let oldest = anchor() - chrono::Duration::days(30);
    assert!(
        all.iter()
            .all(|f| f.created_at > oldest && f.created_at <= anchor())
    );

    let page = api.list("limit=7&offset=3").await;
    assert_eq!(page.webhook_failures, all[3..10]);
    assert_eq!(page.metadata.total, 230);
    let beyond = api.list("offset=1000").await;
    assert!(beyond.webhook_failures.is_empty());
    assert_eq!(beyond.metadata.total, 230);

    let gte = all[150].created_at;
    let lt = all[20].created_at;
    let query = format!(
        "created_at%5Bgte%5D={}&created_at[lt]={}&limit=100",
        gte.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        lt.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    );
    let filtered = api.list(&query).await;
    let expected: Vec<_> = all
        .iter()
        .filter(|f| f.created_at >= gte && f.created_at < lt)
        .cloned()
        .collect();
    assert_eq!(
        filtered.metadata.total,
        i64::try_from(expected.len()).unwrap()
    );
    assert_eq!(
        filtered.webhook_failures,
        expected[..expected.len().min(100)]
    );
}

#[tokio::test]
async fn bad_list_parameters_are_named() {
    let server = start(config()).await;
    let api = Api::new(&server);
    for (query, status, field) in [
        ("limit=0", 422, "limit"),
        ("limit=101", 422, "limit"),
        ("limit=ten", 400, "limit"),
        ("offset=-5", 422, "offset"),
        ("offset=x", 400, "offset"),
        ("created_at[gte]=last-week", 400, "created_at[gte]"),
        (
            "created_at%5Blt%5D=2026-02-30T00:00:00Z",
            400,
            "created_at[lt]",
        ),
    ] {
        let (got, body) = api.get(&format!("{FAILURES}?{query}")).await;
        assert_eq!(got.as_u16(), status, "{query}");
        let error = error_body(&body);
        assert!(!error.errors[field].is_empty(), "{query}: {body}");
    }
    let (status, body) = api.get("/api/v4/tasks/webhooks?limit=500").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error_body(&body).errors.contains_key("limit"));
}

#[tokio::test]
async fn get_and_not_found() {
    let server = start(config()).await;
    let api = Api::new(&server);
    let known = server.failures()[17].clone();
    let (status, body) = api.get(&format!("{FAILURES}/{}", *known.id)).await;
    assert_eq!(status, StatusCode::OK);
    let envelope: WebhookFailureEnvelope = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(envelope.webhook_failure, known);
    assert!(
        body["webhook_failure"].get("reason").is_some(),
        "reason is always present"
    );

    let not_found = serde_json::json!({"error": "Not found"});
    for path in [
        format!("{FAILURES}/aabbccddeeff001122334455"),
        format!("{FAILURES}/%2e%2e"),
        format!("{FAILURES}/%ff%fe"),
        format!("{FAILURES}/a%2Fb"),
        "/api/v4/tasks/webhooks/0b97ce11-b6e0-49b4-8f92-68040aa324bf".into(),
        "/api/v4/nothing/here".into(),
        "/".into(),
        format!("{FAILURES}/"),
    ] {
        assert_eq!(
            api.get(&path).await,
            (StatusCode::NOT_FOUND, not_found.clone()),
            "{path}"
        );
    }
    // Unknown paths are 404 whatever the key.
    assert_eq!(
        Api::with_key(&server, None).get("/x").await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn webhooks_list_and_get() {
    let server = start(config()).await;
    let api = Api::new(&server);
    let (status, body) = api.get("/api/v4/tasks/webhooks").await;
    assert_eq!(status, StatusCode::OK);
    let list: WebhookList = serde_json::from_value(body).unwrap();
    assert_eq!(list.webhooks, server.webhooks());
    assert_eq!(
        list.metadata.total,
        i64::try_from(list.webhooks.len()).unwrap()
    );
    let (_, body) = api.get("/api/v4/tasks/webhooks?limit=2&offset=1").await;
    let page: WebhookList = serde_json::from_value(body).unwrap();
    assert_eq!(page.webhooks, list.webhooks[1..3]);

    let referenced: BTreeSet<String> = server
        .failures()
        .iter()
        .map(|f| f.webhook.id.to_string())
        .collect();
    for webhook in &list.webhooks {
        assert!(referenced.contains(&*webhook.id));
        let (status, body) = api
            .get(&format!("/api/v4/tasks/webhooks/{}", *webhook.id))
            .await;
        assert_eq!(status, StatusCode::OK);
        let one: WebhookEnvelope = serde_json::from_value(body).unwrap();
        assert_eq!(&one.webhook, webhook);
    }
}

#[tokio::test]
async fn retrigger_goes_pending_then_conflicts_then_delivers() {
    let server = start(config().delivery(Duration::from_millis(150), 1.0)).await;
    let api = Api::new(&server);
    let before = first_with_status(&server, STATUS_INACTIVE);
    let id = before.id.to_string();

    let started = Utc::now();
    let (status, body) = api.retrigger(&id).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body["webhook_failure"]["reason"].is_null()
            && body["webhook_failure"].get("reason").is_some()
    );
    let after: WebhookFailureEnvelope = serde_json::from_value(body).unwrap();
    let after = after.webhook_failure;
    assert_eq!(after.status, STATUS_PENDING);
    assert_eq!(
        (&after.id, &after.event, &after.created_at),
        (&before.id, &before.event, &before.created_at)
    );
    let moved = after.last_attempt_at.unwrap();
    assert_eq!(after.updated_at, moved);
    assert!(moved >= started - chrono::Duration::seconds(1) && moved <= Utc::now());

    let (status, body) = api.retrigger(&id).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(!error_body(&body).errors.is_empty(), "{body}");
    let pending = first_with_status(&server, STATUS_PENDING);
    assert_eq!(api.retrigger(&pending.id).await.0, StatusCode::CONFLICT);
    assert_eq!(
        api.retrigger("aabbccddeeff001122334455").await.0,
        StatusCode::NOT_FOUND
    );

    let (_, counts) = Api::with_key(&server, None).get("/_mock/retriggers").await;
    assert_eq!(counts, serde_json::json!({ &id: 1 }));
    assert_eq!(server.retrigger_counts(), BTreeMap::from([(id.clone(), 1)]));

    let delivered = wait_for(&server, &id, |f| f.status != STATUS_PENDING).await;
    assert_eq!(delivered.status, STATUS_DELIVERED);
    assert_eq!(delivered.reason, None);
    assert!(delivered.updated_at > moved);
    // Delivered is final.
    assert_eq!(api.retrigger(&id).await.0, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_failed_delivery_is_inactive_again_and_can_be_retriggered() {
    let server = start(config().delivery(Duration::from_millis(20), 0.0)).await;
    let api = Api::new(&server);
    let id = first_with_status(&server, STATUS_INACTIVE).id.to_string();
    for round in 1..=2 {
        assert_eq!(api.retrigger(&id).await.0, StatusCode::OK, "round {round}");
        let failed = wait_for(&server, &id, |f| f.status != STATUS_PENDING).await;
        assert_eq!(failed.status, STATUS_INACTIVE);
        assert!(failed.reason.as_deref().is_some_and(|r| !r.is_empty()));
    }
    assert_eq!(server.retrigger_counts()[&id], 2);
    let (_, body) = api.get(&format!("{FAILURES}/{id}")).await;
    assert_eq!(body["webhook_failure"]["status"], STATUS_INACTIVE);
}

async fn wait_for(
    server: &MockServer,
    id: &str,
    done: impl Fn(&WebhookFailure) -> bool,
) -> WebhookFailure {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let failure = server.failure(id).unwrap();
        if done(&failure) {
            return failure;
        }
        assert!(Instant::now() < deadline, "still {failure:?}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_retriggers_of_one_id_have_one_winner() {
    let server = start(config().delivery(Duration::from_secs(30), 1.0)).await;
    let inactive: Vec<String> = server
        .failures()
        .into_iter()
        .filter(|f| f.status == STATUS_INACTIVE)
        .take(5)
        .map(|f| f.id.to_string())
        .collect();
    let api = Api::new(&server);
    let requests = inactive
        .iter()
        .flat_map(|id| (0..16).map(move |_| id.clone()));
    let results = futures::future::join_all(requests.map(|id| {
        let api = &api;
        async move { (id.clone(), api.retrigger(&id).await.0) }
    }))
    .await;
    for id in &inactive {
        let statuses: Vec<u16> = results
            .iter()
            .filter(|(i, _)| i == id)
            .map(|(_, s)| s.as_u16())
            .collect();
        assert_eq!(
            statuses.iter().filter(|&&s| s == 200).count(),
            1,
            "{id}: {statuses:?}"
        );
        assert_eq!(
            statuses.iter().filter(|&&s| s == 409).count(),
            15,
            "{id}: {statuses:?}"
        );
    }
    let counts = server.retrigger_counts();
    assert_eq!(counts.len(), 5);
    assert!(counts.values().all(|&n| n == 1));
}

#[tokio::test]
async fn rate_limit_answers_429_with_retry_after() {
    let second: ApiKey = "second:tasks.webhooks.read".parse().unwrap();
    let server = start(config().rate_limit(3).keys([ApiKey::demo(), second])).await;
    let api = Api::new(&server);
    for _ in 0..3 {
        assert_eq!(api.send(Method::GET, FAILURES).await.0, StatusCode::OK);
    }
    let (status, headers, body) = api.send(Method::GET, FAILURES).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body, r#"{"error":"Too many requests"}"#);
    let retry: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=2).contains(&retry), "{retry}");
    // Another key has its own bucket; and the first refills.
    assert_eq!(
        Api::with_key(&server, Some("second")).get(FAILURES).await.0,
        StatusCode::OK
    );
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(api.get(FAILURES).await.0, StatusCode::OK);
    // Six API requests, one of them limited; inspection does not count.
    let expected = voiso_mock::RequestStats {
        requests: 6,
        faults: 0,
        rate_limited: 1,
        lost_replies: 0,
        late_commits: 0,
    };
    assert_eq!(server.request_stats(), expected);
    assert_eq!(
        api.get("/_mock/stats").await,
        (
            StatusCode::OK,
            serde_json::json!({"requests": 6, "faults": 0, "rate_limited": 1, "lost_replies": 0, "late_commits": 0})
        )
    );
}

#[tokio::test]
async fn faults_come_before_any_state_and_latency_is_added() {
    let server = start(config().fault_rate(1.0)).await;
    let api = Api::new(&server);
    let id = first_with_status(&server, STATUS_INACTIVE).id.to_string();
    let mut seen = BTreeSet::new();
    for _ in 0..60 {
        let (status, headers, body) = api
            .send(Method::POST, &format!("{FAILURES}/{id}/retrigger"))
            .await;
        seen.insert(status.as_u16());
        if status == StatusCode::BAD_GATEWAY {
            assert!(
                headers["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("text/html")
            );
            assert!(body.starts_with("<html>"));
        } else {
            assert!(serde_json::from_str::<ApiError>(&body).is_ok(), "{body}");
        }
    }
    assert_eq!(seen, BTreeSet::from([500, 502, 503]));
    assert_eq!(server.request_stats().faults, 60);
    assert!(server.retrigger_counts().is_empty());
    assert_eq!(server.failure(&id).unwrap().status, STATUS_INACTIVE);
    // Inspection is never faulted.
    assert_eq!(
        api.get("/_mock/retriggers").await,
        (StatusCode::OK, serde_json::json!({}))
    );
    server.shutdown().await;

    let server = start(config().latency(Duration::from_millis(150))).await;
    let api = Api::new(&server);
    let started = Instant::now();
    assert_eq!(api.get(FAILURES).await.0, StatusCode::OK);
    assert!(started.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn same_seed_same_data() {
    let a = start(config().seed(5)).await;
    let b = start(config().seed(5)).await;
    let c = start(config().seed(6)).await;
    let (_, body_a) = Api::new(&a).get(FAILURES).await;
    let (_, body_b) = Api::new(&b).get(FAILURES).await;
    let (_, body_c) = Api::new(&c).get(FAILURES).await;
    assert_eq!(body_a, body_b);
    assert_ne!(body_a, body_c);
    assert_eq!(a.webhooks(), b.webhooks());
}

#[tokio::test]
async fn hostile_requests_get_4xx_and_the_server_keeps_serving() {
    let server = start(config()).await;
    let api = Api::new(&server);
    let id = first_with_status(&server, STATUS_INACTIVE).id.to_string();
    let http = reqwest::Client::new();
    let url = |path: &str| format!("{}{path}", server.base_url());

    // A huge body and bad JSON are ignored: retrigger takes no body.
    let huge = vec![b'{'; 8 << 20];
    let status = http
        .post(url(&format!("{FAILURES}/{id}/retrigger")))
        .bearer_auth("demo-key")
        .body(huge)
        .send()
        .await
        .map(|r| r.status());
    assert!(
        status.is_err() || status.as_ref().is_ok_and(|s| s.as_u16() < 500),
        "{status:?}"
    );
    let status = http
        .post(url(&format!("{FAILURES}/{id}/retrigger")))
        .bearer_auth("demo-key")
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap()
        .status();
    assert!(
        status == StatusCode::OK || status == StatusCode::CONFLICT,
        "{status}"
    );

    for method in ["DELETE", "PUT", "PATCH", "OPTIONS", "TRACE", "FROBNICATE"] {
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let (status, headers, body) = api.send(method.clone(), FAILURES).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
        assert!(headers.contains_key("allow"), "{method}");
        assert_eq!(body, r#"{"error":"Method Not Allowed"}"#);
    }
    assert_eq!(
        api.send(Method::GET, &format!("{FAILURES}/{id}/retrigger"))
            .await
            .0,
        StatusCode::METHOD_NOT_ALLOWED
    );

    // Near the longest URI a client library will build.
    let long_id = "a".repeat(60_000);
    let (status, _) = api.get(&format!("{FAILURES}/{long_id}")).await;
    assert!(status.is_client_error(), "{status}");
    let (status, _) = api
        .get(&format!("{FAILURES}?limit=%ff%00&offset=%zz"))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let garbage_auth = http
        .get(url(FAILURES))
        .header(
            "authorization",
            reqwest::header::HeaderValue::from_bytes(b"Bearer \xfe\xff").unwrap(),
        )
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(garbage_auth, StatusCode::UNAUTHORIZED);

    // Raw bytes no client library would send.
    let mut stream = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream
        .write_all(b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    assert!(
        raw.starts_with(b"HTTP/1.1 4"),
        "{}",
        String::from_utf8_lossy(&raw)
    );
    let mut stream = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    stream
        .write_all(b"\x16\x03\x01garbage\r\n\r\n")
        .await
        .unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw).await;

    assert_eq!(api.get(FAILURES).await.0, StatusCode::OK, "still serving");
}

#[tokio::test]
async fn shutdown_and_drop_stop_the_server() {
    let server = start(config().failures(5)).await;
    let addr = server.addr();
    assert!(server.base_url().starts_with("http://127.0.0.1:"));
    assert_eq!(server.keys(), [ApiKey::demo()]);
    server.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());

    let server = start(config().failures(5)).await;
    let addr = server.addr();
    drop(server);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn invalid_config_is_refused() {
    let err = MockServer::start(config().fault_rate(2.0))
        .await
        .err()
        .unwrap();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
}

#[tokio::test]
async fn rails_style_date_filters_select_the_same_failures_as_rfc3339() {
    // The data spans the 30 days before the anchor, so the instant below
    // splits it.
    let anchor: DateTime<Utc> = "2026-12-05T12:00:00Z".parse().unwrap();
    let server = start(config().anchor(anchor)).await;
    let api = Api::new(&server);
    let since: DateTime<Utc> = "2026-11-28T22:07:49Z".parse().unwrap();

    let rfc3339 = api.list("created_at[gte]=2026-11-28T22:07:49Z").await;
    let total = usize::try_from(rfc3339.metadata.total).unwrap();
    assert!(total > 0 && total < 230, "{total}");
    assert!(
        rfc3339
            .webhook_failures
            .iter()
            .all(|f| f.created_at >= since)
    );
    assert_eq!(
        server
            .failures()
            .iter()
            .filter(|f| f.created_at >= since)
            .count(),
        total
    );
    for query in [
        // `+` escaped, as a client's query encoder sends it.
        "created_at[gte]=2026-11-28T22:07:49.000000%2B0000",
        "created_at%5Bgte%5D=2026-11-28T22:07:49%2B0000",
        "created_at[gte]=2026-11-28T22:07:49.000Z",
        "created_at[gte]=2026-11-28T20:37:49-0130",
    ] {
        assert_eq!(api.list(query).await, rfc3339, "{query}");
    }
    let lt = api
        .list("created_at[lt]=2026-11-28T22:07:49.000000%2B0000")
        .await;
    assert_eq!(
        usize::try_from(lt.metadata.total).unwrap() + total,
        230,
        "lt is the complement of gte"
    );
    // Unescaped, `+` is a space: refused, as a Rails server would.
    let (status, body) = api
        .get(&format!(
            "{FAILURES}?created_at[gte]=2026-11-28T22:07:49.000000+0000"
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error_body(&body).errors.contains_key("created_at[gte]"));
}

/// What a client saw of a request whose reply may have been lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Seen {
    Answer(u16),
    /// 502 or 504 with nginx's HTML page.
    GatewayPage(u16),
    /// A transport error without any status: the connection was reset.
    Reset,
    /// The client's own timeout fired.
    Timeout,
}

async fn observe(request: reqwest::RequestBuilder) -> Seen {
    match request.bearer_auth("demo-key").send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            let html = response
                .headers()
                .get("content-type")
                .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
            let body = response.text().await.unwrap();
            if html {
                assert!(matches!(status, 502 | 504), "{status}: {body}");
                assert!(
                    body.starts_with("<html>") && body.contains("nginx"),
                    "{body}"
                );
                Seen::GatewayPage(status)
            } else {
                Seen::Answer(status)
            }
        }
        Err(e) if e.is_timeout() => Seen::Timeout,
        Err(e) => {
            assert!(e.status().is_none(), "{e:?}");
            assert!(!e.is_connect(), "the connection was made: {e:?}");
            let mut source: Option<&dyn std::error::Error> = Some(&e);
            let mut reset = false;
            while let Some(error) = source {
                reset |= error
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionReset);
                source = error.source();
            }
            assert!(reset, "not a connection reset: {e:?}");
            Seen::Reset
        }
    }
}

#[tokio::test]
async fn a_lost_reply_still_applies_the_retrigger() {
    let server = start(
        config()
            .lost_reply_rate(1.0)
            .lost_reply_stall(Duration::from_millis(300))
            .delivery(Duration::from_secs(30), 1.0),
    )
    .await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let id = first_with_status(&server, STATUS_INACTIVE).id.to_string();
    let url = format!("{}{FAILURES}/{id}/retrigger", server.base_url());

    let seen = observe(http.post(&url)).await;
    assert!(!matches!(seen, Seen::Answer(_)), "{seen:?}");
    // Applied all the same: counted, pending, its delivery scheduled.
    assert_eq!(server.retrigger_counts(), BTreeMap::from([(id.clone(), 1)]));
    let failure = server.failure(&id).unwrap();
    assert_eq!(failure.status, STATUS_PENDING);
    assert_eq!(failure.reason, None);

    // The 409 of a second retrigger is lost too; it changes nothing.
    for _ in 0..5 {
        let seen = observe(http.post(&url)).await;
        assert!(!matches!(seen, Seen::Answer(_)), "{seen:?}");
    }
    assert_eq!(server.retrigger_counts(), BTreeMap::from([(id.clone(), 1)]));
    assert_eq!(server.failure(&id).unwrap().status, STATUS_PENDING);
    let stats = server.request_stats();
    assert_eq!((stats.requests, stats.lost_replies), (6, 6));

    // Never lost: inspection, unknown paths, 405s.
    let plain = Api::with_key(&server, None);
    let (status, counts) = plain.get("/_mock/retriggers").await;
    assert_eq!(
        (status, counts),
        (StatusCode::OK, serde_json::json!({ &id: 1 }))
    );
    assert_eq!(plain.get("/api/v4/nothing").await.0, StatusCode::NOT_FOUND);
    let (status, _, _) = Api::new(&server).send(Method::DELETE, FAILURES).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(server.request_stats().lost_replies, 6);
}

#[tokio::test]
async fn every_kind_of_lost_reply_shows_and_is_counted() {
    let server = start(
        config()
            .seed(7)
            .lost_reply_rate(1.0)
            .lost_reply_stall(Duration::from_millis(1500)),
    )
    .await;
    // Far shorter than the stall, far longer than any real answer here.
    let http = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let ids: Vec<String> = server.failures().iter().map(|f| f.id.to_string()).collect();
    let mut seen = BTreeMap::<Seen, u64>::new();
    for (i, id) in ids.iter().take(30).enumerate() {
        let request = if i % 2 == 0 {
            http.get(format!("{}{FAILURES}/{id}", server.base_url()))
        } else {
            http.get(format!("{}{FAILURES}?limit=3", server.base_url()))
        };
        *seen.entry(observe(request).await).or_default() += 1;
    }
    let kinds: BTreeSet<Seen> = seen.keys().copied().collect();
    assert_eq!(
        kinds,
        BTreeSet::from([
            Seen::GatewayPage(502),
            Seen::GatewayPage(504),
            Seen::Reset,
            Seen::Timeout
        ]),
        "{seen:?}"
    );
    let stats = server.request_stats();
    assert_eq!(
        (stats.requests, stats.lost_replies, stats.faults),
        (30, 30, 0)
    );
    let (status, body) = Api::with_key(&server, None).get("/_mock/stats").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["lost_replies"], 30);
    assert_eq!(body["requests"], 30);
    server.shutdown().await;

    // The reset, on the wire: RST before a single byte of an answer. The
    // other kinds answer a 502 or 504 (the stall is short here).
    let server = start(
        config()
            .lost_reply_rate(1.0)
            .lost_reply_stall(Duration::from_millis(20)),
    )
    .await;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut resets = 0;
    for _ in 0..30 {
        let mut stream = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
        stream
            .write_all(
                format!(
                    "GET {FAILURES} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-key\r\nConnection: close\r\n\r\n"
                )
                .as_bytes(),
            )
            .await
            .unwrap();
        let mut raw = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut raw))
            .await
            .expect("an answer or a reset");
        match read {
            Err(e) => {
                assert_eq!(e.kind(), std::io::ErrorKind::ConnectionReset, "{e}");
                assert!(raw.is_empty(), "{}", String::from_utf8_lossy(&raw));
                resets += 1;
            }
            Ok(_) => assert!(
                raw.starts_with(b"HTTP/1.1 502") || raw.starts_with(b"HTTP/1.1 504"),
                "{}",
                String::from_utf8_lossy(&raw)
            ),
        }
    }
    assert!(resets > 0, "no reset in 30 lost replies");
    assert_eq!(server.request_stats().lost_replies, 30);
}

#[tokio::test]
async fn rate_zero_never_loses_a_reply_and_a_fraction_loses_some() {
    let server = start(config()).await;
    let api = Api::new(&server);
    for _ in 0..50 {
        assert_eq!(api.get(FAILURES).await.0, StatusCode::OK);
    }
    assert_eq!(server.request_stats().lost_replies, 0);
    server.shutdown().await;

    let server = start(
        config()
            .lost_reply_rate(0.5)
            .lost_reply_stall(Duration::ZERO),
    )
    .await;
    let http = reqwest::Client::new();
    let mut lost = 0;
    for _ in 0..100 {
        let seen = observe(http.get(format!("{}{FAILURES}?limit=1", server.base_url()))).await;
        if seen != Seen::Answer(200) {
            lost += 1;
        }
    }
    assert!((25..=75).contains(&lost), "{lost}");
    assert_eq!(server.request_stats().lost_replies, lost);
}

// ---- The operations beyond webhooks ----------------------------------------

use voiso_api::Operation;
use voiso_api::types::{
    CallEnvelope, CampaignEnvelope, CampaignList, CannedMessageList, Cdr, CdrList, LeadsImport,
    LeadsImportEnvelope, QueueEnvelope, UserList,
};

const CDRS: &str = "/api/v4/reporting/cdrs";

/// An operation's path with IDs that exist in `server`'s data.
fn concrete_path(server: &MockServer, op: Operation) -> String {
    op.path()
        .replace(
            "{webhook_failure_id}",
            &first_with_status(server, STATUS_INACTIVE).id,
        )
        .replace("{webhook_id}", &server.webhooks()[0].id)
        .replace("{queue_id}", "1")
        .replace("{campaign_id}", "2")
}

fn agent(server: &MockServer, available: bool) -> String {
    server.state()["agents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["available"] == available)
        .expect("the seed has one")["user_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn call(api: &Api<'_>, op: Operation, path: &str) -> (StatusCode, Value) {
    match op.method() {
        "GET" => api.get(path).await,
        _ => {
            let body = match op {
                Operation::AddCampaignLeads => serde_json::json!([{"phone_number": "15550001111"}]),
                Operation::StartCall => serde_json::json!({"user_id": "x", "phone_number": "1"}),
                _ => serde_json::json!({}),
            };
            api.post_json(path, &body).await
        }
    }
}

#[tokio::test]
async fn every_operation_of_the_table_is_routed_for_the_demo_key() {
    let server = start(config()).await;
    let api = Api::new(&server);
    for &op in Operation::ALL {
        let path = concrete_path(&server, op);
        let (status, body) = call(&api, op, &path).await;
        assert!(
            ![401, 403, 404, 405].contains(&status.as_u16()),
            "{} {path}: {status} {body}",
            op.name()
        );
        // The wrong method is 405 everywhere.
        let other = if op.method() == "GET" {
            Method::DELETE
        } else {
            Method::GET
        };
        assert_eq!(
            api.send(other, &path).await.0,
            StatusCode::METHOD_NOT_ALLOWED,
            "{}",
            op.name()
        );
    }
    assert_eq!(api.get("/api/v4/nothing").await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        api.get("/api/v4/campaigns/2/unknown").await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn each_operation_needs_the_scope_the_table_names() {
    let all: Vec<&str> = voiso_mock::all_scopes().collect();
    let mut keys = vec![];
    for (i, &scope) in all.iter().enumerate() {
        let others: Vec<&str> = all.iter().copied().filter(|s| *s != scope).collect();
        keys.push(ApiKey::new(format!("without-{i}"), others).unwrap());
        keys.push(ApiKey::new(format!("only-{i}"), [scope]).unwrap());
    }
    let server = start(config().keys(keys)).await;
    for &op in Operation::ALL {
        let i = all.iter().position(|s| *s == op.scope()).unwrap();
        let path = concrete_path(&server, op);
        let without = Api::with_key(&server, Some(&format!("without-{i}")));
        assert_eq!(
            call(&without, op, &path).await,
            (
                StatusCode::FORBIDDEN,
                serde_json::json!({"error": "Forbidden"})
            ),
            "{} without {}",
            op.name(),
            op.scope()
        );
        let only = Api::with_key(&server, Some(&format!("only-{i}")));
        let (status, body) = call(&only, op, &path).await;
        assert!(
            ![401, 403, 404].contains(&status.as_u16()),
            "{} with only {}: {status} {body}",
            op.name(),
            op.scope()
        );
    }
    assert!(ApiKey::demo().scopes().eq(voiso_mock::all_scopes()));
}

#[tokio::test]
async fn users_filter_and_page() {
    let server = start(config()).await;
    let api = Api::new(&server);
    let all: UserList = serde_json::from_value(api.ok("/api/v4/users").await).unwrap();
    assert_eq!(all.metadata.total, 40);
    assert_eq!(all.users.len(), 40);
    let page: UserList =
        serde_json::from_value(api.ok("/api/v4/users?limit=5&offset=10").await).unwrap();
    assert_eq!(page.users, all.users[10..15]);
    assert_eq!(page.metadata.total, 40);
    let agents = server.state()["agents"].as_array().unwrap().clone();
    assert_eq!(agents.len(), 40);
    assert_eq!(
        agents.iter().filter(|a| a["available"] == false).count(),
        10,
        "one agent in four is not available"
    );
    let u = &all.users[7];
    let enc = |s: &str| {
        s.replace('@', "%40")
            .replace('/', "%2F")
            .replace(' ', "%20")
    };
    for query in [
        format!("name={}", enc(&u.name)),
        format!("email={}", enc(u.email.as_deref().unwrap())),
        format!("sip_account={}", enc(u.sip_account.as_deref().unwrap())),
        format!("extension={}", u.extension.as_deref().unwrap()),
        format!("caller_id={}", u.caller_id.as_deref().unwrap()),
    ] {
        let found: UserList =
            serde_json::from_value(api.ok(&format!("/api/v4/users?{query}")).await).unwrap();
        assert_eq!(found.users, std::slice::from_ref(u), "{query}");
    }
    for (query, pick) in [
        (
            format!("timezone={}", enc(u.timezone.as_deref().unwrap())),
            Box::new(|x: &voiso_api::types::User| x.timezone == u.timezone)
                as Box<dyn Fn(&voiso_api::types::User) -> bool>,
        ),
        (
            "security_access_group_id=3".to_owned(),
            Box::new(|x: &voiso_api::types::User| {
                x.security_access_group.as_ref().unwrap().id == 3
            }),
        ),
    ] {
        let found: UserList =
            serde_json::from_value(api.ok(&format!("/api/v4/users?{query}")).await).unwrap();
        let expected: Vec<_> = all.users.iter().filter(|x| pick(x)).cloned().collect();
        assert!(!expected.is_empty(), "{query}");
        assert_eq!(found.users, expected, "{query}");
        assert_eq!(found.metadata.total, expected.len() as i64);
    }
    let none: UserList = serde_json::from_value(api.ok("/api/v4/users?name=Nobody").await).unwrap();
    assert_eq!((none.users.len(), none.metadata.total), (0, 0));
    for query in [
        "limit=0",
        "limit=101",
        "offset=-1",
        "security_access_group_id=x",
    ] {
        let (status, body) = api.get(&format!("/api/v4/users?{query}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {body}");
        assert!(!error_body(&body).errors.is_empty());
    }
}

#[tokio::test]
async fn queues_their_users_and_canned_messages() {
    let server = start(config()).await;
    let api = Api::new(&server);
    for id in 1..=6 {
        let queue: QueueEnvelope =
            serde_json::from_value(api.ok(&format!("/api/v4/routing/queues/{id}")).await).unwrap();
        assert_eq!(queue.queue.id, id);
        let users: UserList =
            serde_json::from_value(api.ok(&format!("/api/v4/routing/queues/{id}/users")).await)
                .unwrap();
        assert!(!users.users.is_empty());
        assert_eq!(users.metadata.total, users.users.len() as i64);
        if users.users.len() > 2 {
            let page: UserList = serde_json::from_value(
                api.ok(&format!(
                    "/api/v4/routing/queues/{id}/users?limit=2&offset=1"
                ))
                .await,
            )
            .unwrap();
            assert_eq!(page.users, users.users[1..3]);
        }
    }
    let not_found = (
        StatusCode::NOT_FOUND,
        serde_json::json!({"error": "Not found"}),
    );
    for path in [
        "/api/v4/routing/queues/7",
        "/api/v4/routing/queues/0",
        "/api/v4/routing/queues/abc",
        "/api/v4/routing/queues/7/users",
        "/api/v4/routing/queues/abc/users",
    ] {
        assert_eq!(api.get(path).await, not_found, "{path}");
    }
    let (status, _) = api.get("/api/v4/routing/queues/1/users?limit=500").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let canned: CannedMessageList =
        serde_json::from_value(api.ok("/api/v4/messaging/canned_messages").await).unwrap();
    assert_eq!(canned.metadata.total, canned.canned_messages.len() as i64);
    assert!(canned.canned_messages.len() >= 10);
    assert!(
        canned
            .canned_messages
            .iter()
            .all(|m| !m.channels.is_empty() && !m.teams.is_empty())
    );
    let page: CannedMessageList = serde_json::from_value(
        api.ok("/api/v4/messaging/canned_messages?limit=3&offset=2")
            .await,
    )
    .unwrap();
    assert_eq!(page.canned_messages, canned.canned_messages[2..5]);
}

#[tokio::test]
async fn campaigns_filter_and_get() {
    let server = start(config()).await;
    let api = Api::new(&server);
    let all: CampaignList = serde_json::from_value(api.ok("/api/v4/campaigns").await).unwrap();
    let statuses: BTreeSet<&str> = all.campaigns.iter().map(|c| c.status.as_str()).collect();
    assert_eq!(
        statuses,
        voiso_mock::CAMPAIGN_STATUSES.into_iter().collect()
    );
    assert!(
        all.campaigns
            .iter()
            .filter(|c| c.status == "active")
            .count()
            >= 3
    );
    assert_eq!(all.metadata.total, all.campaigns.len() as i64);

    let check = |query: &str, expected: Vec<i64>, list: CampaignList| {
        let got: Vec<i64> = list.campaigns.iter().map(|c| c.id).collect();
        assert!(!expected.is_empty(), "{query}");
        assert_eq!(got, expected, "{query}");
        assert_eq!(list.metadata.total, expected.len() as i64, "{query}");
    };
    let ids = |pick: &dyn Fn(&voiso_api::types::Campaign) -> bool| -> Vec<i64> {
        all.campaigns
            .iter()
            .filter(|c| pick(c))
            .map(|c| c.id)
            .collect()
    };
    for (query, expected) in [
        (
            "name=summer",
            ids(&|c| c.name.to_lowercase().contains("summer")),
        ),
        ("name=OUTREACH", ids(&|c| c.name.contains("Outreach"))),
        ("status=active", ids(&|c| c.status == "active")),
        (
            "strategy=predictive_ai",
            ids(&|c| c.strategy == "predictive_ai"),
        ),
        ("method=preview", ids(&|c| c.extra["method"] == "preview")),
        ("live=true", ids(&|c| c.extra["live"] == true)),
        (
            "live=false&status=active",
            ids(&|c| c.extra["live"] == false && c.status == "active"),
        ),
    ] {
        let list =
            serde_json::from_value(api.ok(&format!("/api/v4/campaigns?{query}")).await).unwrap();
        check(query, expected, list);
    }
    let page: CampaignList =
        serde_json::from_value(api.ok("/api/v4/campaigns?limit=4&offset=3").await).unwrap();
    assert_eq!(page.campaigns, all.campaigns[3..7]);
    let (status, body) = api.get("/api/v4/campaigns?live=maybe").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error_body(&body).errors.contains_key("live"));

    let one: CampaignEnvelope =
        serde_json::from_value(api.ok("/api/v4/campaigns/3").await).unwrap();
    assert_eq!(one.campaign, all.campaigns[2]);
    for path in [
        "/api/v4/campaigns/999",
        "/api/v4/campaigns/x",
        "/api/v4/campaigns/-1",
    ] {
        assert_eq!(api.get(path).await.0, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn pause_turns_active_paused_then_conflicts() {
    let server = start(config()).await;
    let api = Api::new(&server);
    let all: CampaignList = serde_json::from_value(api.ok("/api/v4/campaigns").await).unwrap();
    let active = all.campaigns.iter().find(|c| c.status == "active").unwrap();
    let path = format!("/api/v4/campaigns/{}/pause", active.id);
    let (status, body) = api.post_json(&path, &serde_json::json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.get("campaign").is_none(), "the bare object: {body}");
    let paused: voiso_api::types::Campaign = serde_json::from_value(body).unwrap();
    assert_eq!((paused.id, paused.status.as_str()), (active.id, "paused"));
    let (status, body) = api.get(&format!("/api/v4/campaigns/{}", active.id)).await;
    assert_eq!(
        (status, body["campaign"]["status"].clone()),
        (StatusCode::OK, "paused".into())
    );

    let (status, body) = api.post_json(&path, &serde_json::json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(!error_body(&body).errors["status"].is_empty(), "{body}");
    for c in all.campaigns.iter().filter(|c| c.status != "active") {
        let (status, body) = api
            .post_json(&format!("/api/v4/campaigns/{}/pause", c.id), &Value::Null)
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{}: {body}", c.status);
        assert!(error_body(&body).errors.contains_key("status"));
    }
    assert_eq!(
        api.post_json("/api/v4/campaigns/999/pause", &Value::Null)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let state = server.state();
    let row = state["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == active.id)
        .unwrap();
    assert_eq!(row["status"], "paused");
}

#[tokio::test]
async fn leads_are_created_rejected_or_duplicates_and_imports_are_spaced() {
    let server = start(config()).await;
    let api = Api::new(&server);
    // Any status takes leads: a completed campaign here.
    let id = server.state()["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] == "completed")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let leads_before = |server: &MockServer| {
        server.state()["campaigns"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()
            .clone()
    };
    let before = leads_before(&server)["leads"].as_u64().unwrap();
    let path = format!("/api/v4/campaigns/{id}/leads");
    let body = serde_json::json!([
        {"phone_number": "15551234567", "name": "John Doe", "priority": 10, "active": true,
         "source": {"system": "my_crm", "url": "https://example.com/leads/123"},
         "context_headers": {"X-Call-Context": "promo"}},
        {"phone_number": "123"},
        {"phone_number": "1234567890123456"},
        {"phone_number": "15557654321", "active": false},
        {"phone_number": "15551234567"},
    ]);
    let (status, reply) = api.post_json(&path, &body).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let import: LeadsImportEnvelope = serde_json::from_value(reply).unwrap();
    let expected: LeadsImport = serde_json::from_value(serde_json::json!({
        "created": ["15551234567", "15557654321"],
        "rejected": ["123", "1234567890123456"],
        "duplicates": ["15551234567"],
    }))
    .unwrap();
    assert_eq!(import.leads_import, expected);
    let accepted_at = Instant::now();

    // Within 2 s of the last accepted import: 409, and nothing stored.
    let again =
        serde_json::json!([{"phone_number": "15550000001"}, {"phone_number": "15557654321"}]);
    let (status, reply) = api.post_json(&path, &again).await;
    assert_eq!(status, StatusCode::CONFLICT, "{reply}");
    assert!(!error_body(&reply).errors.is_empty());

    // Validation comes first, whatever the timing.
    let too_many: Vec<Value> = (0..1001)
        .map(|i| serde_json::json!({"phone_number": format!("1555{i:07}")}))
        .collect();
    for bad in [
        Value::from(too_many),
        serde_json::json!([]),
        serde_json::json!({"phone_number": "15551234567"}),
        serde_json::json!([{"name": "no number"}]),
        serde_json::json!([{"phone_number": 15551234567u64}]),
        serde_json::json!([{"phone_number": "+15551234567"}]),
        serde_json::json!([{"phone_number": "15551234567", "priority": 1001}]),
        serde_json::json!(["15551234567"]),
    ] {
        let (status, reply) = api.post_json(&path, &bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {reply}");
        assert!(!error_body(&reply).errors.is_empty(), "{reply}");
    }
    assert_eq!(
        api.post_json("/api/v4/campaigns/999/leads", &again).await.0,
        StatusCode::NOT_FOUND
    );

    tokio::time::sleep(Duration::from_millis(2_050).saturating_sub(accepted_at.elapsed())).await;
    let (status, reply) = api.post_json(&path, &again).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let import: LeadsImportEnvelope = serde_json::from_value(reply).unwrap();
    assert_eq!(import.leads_import.created, ["15550000001"]);
    assert_eq!(import.leads_import.duplicates, ["15557654321"]);

    let row = leads_before(&server);
    assert_eq!(row["leads"].as_u64().unwrap(), before + 3);
    let imports = row["imports"].as_array().unwrap();
    assert_eq!(imports.len(), 2);
    assert_eq!(
        (imports[0]["count"].clone(), imports[1]["count"].clone()),
        (5.into(), 2.into())
    );
    let at = |i: usize| {
        imports[i]["at"]
            .as_str()
            .unwrap()
            .parse::<DateTime<Utc>>()
            .unwrap()
    };
    assert!(at(1) - at(0) >= chrono::Duration::seconds(2), "{imports:?}");
}

#[tokio::test]
async fn start_call_needs_an_available_agent_and_a_number() {
    let server = start(config().cdrs(50)).await;
    let api = Api::new(&server);
    let calls = "/api/v4/voice/calls";
    let available = agent(&server, true);
    let (status, reply) = api
        .post_json(
            calls,
            &serde_json::json!({"user_id": available, "phone_number": "18885658889",
            "caller_id": "18885650001", "source": {"system": "my_crm", "account_id": "42"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let started: CallEnvelope = serde_json::from_value(reply.clone()).unwrap();
    let call_id = reply["call"]["id"]
        .as_str()
        .expect("a string ID")
        .to_owned();

    let list: CdrList = serde_json::from_value(api.ok(&format!("{CDRS}?limit=2")).await).unwrap();
    let top: &Cdr = &list.cdrs[0];
    assert_eq!(top.id.to_string(), started.call.id.to_string());
    assert_eq!(top.type_, "call");
    assert_eq!(top.data["user_id"], available.as_str());
    assert_eq!(top.data["phone_number"], "18885658889");
    assert!(top.started_at >= list.cdrs[1].started_at);
    assert_eq!(list.metadata.total, Some(51));
    let state = server.state();
    assert_eq!(
        state["calls"],
        serde_json::json!([{"id": call_id, "user_id": available, "phone_number": "18885658889"}])
    );

    let unavailable = agent(&server, false);
    for (body, field) in [
        (
            serde_json::json!({"user_id": unavailable, "phone_number": "18885658889"}),
            "user",
        ),
        (
            serde_json::json!({"user_id": "0b97ce11-b6e0-49b4-8f92-68040aa324bf", "phone_number": "18885658889"}),
            "user",
        ),
        (
            serde_json::json!({"user_id": 1234, "phone_number": "18885658889"}),
            "user_id",
        ),
        (
            serde_json::json!({"phone_number": "18885658889"}),
            "user_id",
        ),
        (
            serde_json::json!({"user_id": available, "phone_number": "12"}),
            "phone_number",
        ),
        (
            serde_json::json!({"user_id": available, "phone_number": "1888abc8889"}),
            "phone_number",
        ),
        (serde_json::json!({"user_id": available}), "phone_number"),
        (serde_json::json!([1, 2]), "body"),
    ] {
        let (status, reply) = api.post_json(calls, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {reply}");
        assert!(
            !error_body(&reply).errors[field].is_empty(),
            "{body}: {reply}"
        );
    }
    assert_eq!(server.state()["calls"].as_array().unwrap().len(), 1);
}

async fn cdr_page(api: &Api<'_>, query: &str) -> CdrList {
    let body = api.ok(&format!("{CDRS}?{query}")).await;
    assert!(
        body["metadata"].get("next_cursor").is_some(),
        "always present: {query}"
    );
    serde_json::from_value(body).unwrap()
}

/// Every CDR matching `filter`, by cursor.
async fn all_cdrs(api: &Api<'_>, filter: &str) -> (Vec<Cdr>, i64) {
    let mut page = cdr_page(api, &format!("limit=1000&{filter}")).await;
    let total = page.metadata.total.unwrap();
    let mut all = std::mem::take(&mut page.cdrs);
    while let Some(cursor) = page.metadata.next_cursor.take() {
        page = cdr_page(api, &format!("limit=1000&cursor={cursor}&{filter}")).await;
        assert_eq!(page.metadata.total, Some(total));
        all.append(&mut page.cdrs);
    }
    (all, total)
}

#[tokio::test]
async fn cdr_cursors_page_each_record_once_newest_first_while_calls_arrive() {
    let server = start(config().cdrs(25_000)).await;
    let api = Api::new(&server);
    let available = agent(&server, true);
    let mut page = cdr_page(&api, "limit=1000").await;
    assert_eq!(page.metadata.total, Some(25_000));
    let mut all = std::mem::take(&mut page.cdrs);
    let mut pages = 1;
    while let Some(cursor) = page.metadata.next_cursor.take() {
        if pages == 3 || pages == 17 {
            let (status, _) = api
                .post_json(
                    "/api/v4/voice/calls",
                    &serde_json::json!({"user_id": available, "phone_number": "15550001111"}),
                )
                .await;
            assert_eq!(status, StatusCode::OK);
        }
        // A valid cursor wins over any offset.
        page = cdr_page(&api, &format!("limit=1000&offset=5&cursor={cursor}")).await;
        all.append(&mut page.cdrs);
        pages += 1;
    }
    assert_eq!(pages, 25);
    assert_eq!(all.len(), 25_000);
    let ids: BTreeSet<String> = all.iter().map(|c| c.id.to_string()).collect();
    assert_eq!(ids.len(), 25_000, "each exactly once");
    assert!(all.windows(2).all(|w| w[0].started_at >= w[1].started_at));
    let oldest = anchor() - chrono::Duration::days(30);
    assert!(
        all.iter()
            .all(|c| c.started_at > oldest && c.started_at <= anchor())
    );
    let types: BTreeMap<&str, usize> = all.iter().fold(BTreeMap::new(), |mut m, c| {
        *m.entry(c.type_.as_str()).or_default() += 1;
        m
    });
    assert_eq!(
        types.keys().copied().collect::<Vec<_>>(),
        ["call", "conversation", "hlr_lookup", "sms"]
    );
    assert!(types["call"] > 25_000 / 2, "{types:?}");
    assert!(
        all.iter()
            .all(|c| !c.data.is_empty() && c.ended_at.is_some_and(|e| e >= c.started_at))
    );
    // The two calls came in on top.
    let top = cdr_page(&api, "limit=2").await;
    assert!(
        top.cdrs
            .iter()
            .all(|c| c.data["user_id"] == available.as_str())
    );
    assert_eq!(top.metadata.total, Some(25_002));

    // Busy days, quiet nights.
    let hour = |h: u32| {
        all.iter()
            .filter(|c| chrono::Timelike::hour(&c.started_at) == h)
            .count()
    };
    assert!(hour(14) > 4 * hour(2), "{} vs {}", hour(14), hour(2));
}

#[tokio::test]
async fn cdr_offsets_reach_10000_and_invalid_cursors_fall_back() {
    let server = start(config().cdrs(12_000)).await;
    let api = Api::new(&server);
    let first = cdr_page(&api, "limit=30&offset=5").await;
    assert_eq!(first.cdrs.len(), 30);
    // An invalid cursor falls back to the offset.
    for cursor in ["nope", "00000000000000000000", ""] {
        let page = cdr_page(&api, &format!("limit=30&offset=5&cursor={cursor}")).await;
        assert_eq!(page.cdrs, first.cdrs, "{cursor:?}");
    }
    let edge = cdr_page(&api, "limit=100&offset=9990").await;
    assert_eq!(edge.cdrs.len(), 10, "offset paging stops at 10,000");
    let rest = cdr_page(
        &api,
        &format!("limit=1000&cursor={}", edge.metadata.next_cursor.unwrap()),
    )
    .await;
    assert_eq!(rest.cdrs.len(), 1000);
    let (_, tail) = ((), cdr_page(&api, "limit=1000&offset=9000").await);
    assert_eq!(tail.cdrs.len(), 1000);
    assert_eq!(tail.cdrs[990..], edge.cdrs[..]);

    for query in [
        "offset=10000",
        "offset=10001&limit=5",
        "offset=99999&cursor=bogus",
    ] {
        let (status, body) = api.get(&format!("{CDRS}?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}: {body}");
        let error = error_body(&body);
        assert_eq!(error.error.as_deref(), Some("Bad Request"));
        assert!(error.errors.contains_key("offset"), "{body}");
    }
    for (query, status) in [
        ("limit=0", 422),
        ("limit=1001", 422),
        ("offset=-1", 422),
        ("limit=x", 400),
        ("started_at[gte]=yesterday", 400),
        ("ended_at%5Blt%5D=2026-02-30T00:00:00Z", 400),
    ] {
        let (got, body) = api.get(&format!("{CDRS}?{query}")).await;
        assert_eq!(got.as_u16(), status, "{query}: {body}");
        assert!(!error_body(&body).errors.is_empty(), "{query}: {body}");
    }
    let default = cdr_page(&api, "").await;
    assert_eq!(default.cdrs.len(), 100, "default limit");
}

#[tokio::test]
async fn cdr_time_and_type_filters() {
    let server = start(config().cdrs(6_000)).await;
    let api = Api::new(&server);
    let (all, total) = all_cdrs(&api, "").await;
    assert_eq!((all.len(), total), (6_000, 6_000));
    let fmt = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let (t1, t2) = (all[4_000].started_at, all[1_000].started_at);
    let ended = |c: &Cdr| c.ended_at.unwrap();
    type Pick = Box<dyn Fn(&Cdr) -> bool>;
    let cases: Vec<(String, Pick)> = vec![
        (
            format!("started_at[gte]={}&started_at[lt]={}", fmt(t1), fmt(t2)),
            Box::new(move |c: &Cdr| c.started_at >= t1 && c.started_at < t2),
        ),
        (
            format!("ended_at%5Bgte%5D={}&ended_at[lt]={}", fmt(t1), fmt(t2)),
            Box::new(move |c: &Cdr| ended(c) >= t1 && ended(c) < t2),
        ),
        ("type=sms".into(), Box::new(|c: &Cdr| c.type_ == "sms")),
        (
            format!("type=conversation&ended_at[gte]={}", fmt(t1)),
            Box::new(move |c: &Cdr| c.type_ == "conversation" && ended(c) >= t1),
        ),
        ("type=fax".into(), Box::new(|_: &Cdr| false)),
    ];
    for (query, pick) in cases {
        let expected: Vec<&Cdr> = all.iter().filter(|c| pick(c)).collect();
        let (got, total) = all_cdrs(&api, &query).await;
        assert_eq!(total, expected.len() as i64, "{query}");
        assert_eq!(got.iter().collect::<Vec<_>>(), expected, "{query}");
    }
}

#[tokio::test]
async fn two_million_cdrs_cost_no_memory_and_page_fast() {
    let server = start(config().cdrs(2_000_000)).await;
    let api = Api::new(&server);
    let started = Instant::now();
    let first = cdr_page(&api, "limit=1000").await;
    assert_eq!(first.metadata.total, Some(2_000_000));
    assert_eq!(first.cdrs.len(), 1000);
    let next = cdr_page(
        &api,
        &format!("limit=1000&cursor={}", first.metadata.next_cursor.unwrap()),
    )
    .await;
    assert!(first.cdrs[999].started_at >= next.cdrs[0].started_at);
    // The oldest day, by time filter.
    let day = anchor() - chrono::Duration::days(29);
    let old = cdr_page(
        &api,
        &format!(
            "limit=1000&started_at[lt]={}",
            day.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        ),
    )
    .await;
    assert!(old.metadata.total.unwrap() > 10_000);
    assert!(old.cdrs.iter().all(|c| c.started_at < day));
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

// ---- Fault flags: late commits, page caps, capped totals, a skewed clock ----

fn leads_in(server: &MockServer, campaign: i64) -> u64 {
    server.state()["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == campaign)
        .unwrap()["leads"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn a_late_commit_lands_after_the_lost_answer() {
    let delay = Duration::from_secs(2);
    let server = start(
        config()
            .seed(7)
            .lost_reply_rate(1.0)
            .lost_reply_stall(Duration::from_millis(20))
            .commit_delay(delay)
            .delivery(Duration::from_secs(30), 1.0),
    )
    .await;
    let http = reqwest::Client::new();
    let ids: Vec<String> = server
        .failures()
        .into_iter()
        .filter(|f| f.status == STATUS_INACTIVE)
        .take(6)
        .map(|f| f.id.to_string())
        .collect();
    let mut kinds = BTreeSet::new();
    for id in &ids {
        let sent = Instant::now();
        let url = format!("{}{FAILURES}/{id}/retrigger", server.base_url());
        kinds.insert(observe(http.post(&url)).await);
        let (failure, counts) = (server.failure(id).unwrap(), server.retrigger_counts());
        // Only a check made before the delay ran out says anything; the
        // commit cannot land earlier than that, so this never flakes.
        if sent.elapsed() < delay {
            assert_eq!(failure.status, STATUS_INACTIVE, "{id} applied early");
            assert!(!counts.contains_key(id), "{id} applied early");
        }
    }
    assert!(
        kinds.iter().all(|k| !matches!(k, Seen::Answer(_))),
        "{kinds:?}"
    );
    // A body is read before the loss, so a reset does not lose the request.
    let campaign = 2;
    let before = leads_in(&server, campaign);
    let sent = Instant::now();
    let url = format!("{}/api/v4/campaigns/{campaign}/leads", server.base_url());
    let leads =
        serde_json::json!([{"phone_number": "15550009991"}, {"phone_number": "15550009992"}]);
    let seen = observe(http.post(&url).json(&leads)).await;
    assert!(!matches!(seen, Seen::Answer(_)), "{seen:?}");
    if sent.elapsed() < delay {
        assert_eq!(leads_in(&server, campaign), before, "leads added early");
    }

    for id in &ids {
        let failure = wait_for(&server, id, |f| f.status == STATUS_PENDING).await;
        assert_eq!(failure.reason, None);
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while leads_in(&server, campaign) != before + 2 {
        assert!(Instant::now() < deadline, "the leads never landed");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let counts = server.retrigger_counts();
    assert_eq!(counts.len(), ids.len());
    assert!(counts.values().all(|&n| n == 1), "{counts:?}");
    let (status, stats) = Api::with_key(&server, None).get("/_mock/stats").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(stats["lost_replies"], 7);
    assert_eq!(stats["late_commits"], 7);
    assert_eq!(
        stats["requests"], 7,
        "each request passed the gate once, late"
    );
}

#[tokio::test]
async fn a_page_cap_shortens_every_page_and_keeps_the_total() {
    let server = start(config().page_cap(50)).await;
    let api = Api::new(&server);
    let mut seen = BTreeSet::new();
    let mut offset = 0;
    loop {
        let page = api.list(&format!("limit=100&offset={offset}")).await;
        assert_eq!(page.metadata.total, 230, "the total stays true");
        let n = page.webhook_failures.len();
        assert_eq!(n, 50.min(230 - offset), "offset {offset}");
        seen.extend(page.webhook_failures.into_iter().map(|f| f.id.to_string()));
        offset += n;
        if n == 0 || offset >= 230 {
            break;
        }
    }
    assert_eq!(
        seen.len(),
        230,
        "continuing at offset + received reaches all"
    );
    server.shutdown().await;

    // Every other list, under a cap below its size.
    let uncapped = start(config().cdrs(300)).await;
    let capped = start(config().cdrs(300).page_cap(3)).await;
    for (path, items) in [
        ("/api/v4/tasks/webhooks?limit=100", "webhooks"),
        ("/api/v4/users?limit=100", "users"),
        ("/api/v4/routing/queues/1/users?limit=100", "users"),
        (
            "/api/v4/messaging/canned_messages?limit=100",
            "canned_messages",
        ),
        ("/api/v4/campaigns?limit=100", "campaigns"),
        ("/api/v4/reporting/cdrs?limit=1000", "cdrs"),
        ("/api/v4/reporting/cdrs?limit=1000&offset=10", "cdrs"),
    ] {
        let full = Api::new(&uncapped).ok(path).await;
        let short = Api::new(&capped).ok(path).await;
        let listed = full[items].as_array().unwrap();
        assert!(listed.len() > 3, "{path}: {}", listed.len());
        assert_eq!(short[items].as_array().unwrap()[..], listed[..3], "{path}");
        assert_eq!(
            short["metadata"]["total"], full["metadata"]["total"],
            "{path}"
        );
    }
    // A capped CDR page's cursor goes on right after its last record.
    let api = Api::new(&capped);
    let (all, total) = all_cdrs(&api, "").await;
    assert_eq!((all.len(), total), (300, 300));
    let ids: BTreeSet<String> = all.iter().map(|c| c.id.to_string()).collect();
    assert_eq!(ids.len(), 300);
}

#[tokio::test]
async fn a_capped_cdr_total_stops_short_while_the_cursor_reaches_every_record() {
    let server = start(config().cdrs(5_000).cdr_total_cap(1_200)).await;
    let api = Api::new(&server);
    let mut page = cdr_page(&api, "limit=1000").await;
    let mut all = std::mem::take(&mut page.cdrs);
    let mut pages = 1;
    while let Some(cursor) = page.metadata.next_cursor.take() {
        assert_eq!(page.metadata.total, Some(1_200), "page {pages}");
        page = cdr_page(&api, &format!("limit=1000&cursor={cursor}")).await;
        all.append(&mut page.cdrs);
        pages += 1;
    }
    assert_eq!(page.metadata.total, Some(1_200));
    assert_eq!(pages, 5);
    let ids: BTreeSet<String> = all.iter().map(|c| c.id.to_string()).collect();
    assert_eq!((all.len(), ids.len()), (5_000, 5_000));
    // A total under the cap is the true one.
    let newest = all[99].started_at;
    let few = cdr_page(
        &api,
        &format!(
            "started_at[gte]={}",
            newest.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        ),
    )
    .await;
    let expected = all.iter().filter(|c| c.started_at >= newest).count();
    assert_eq!(few.metadata.total, Some(i64::try_from(expected).unwrap()));
    assert!(expected < 1_200);
}

#[tokio::test]
async fn a_skewed_clock_stamps_every_change_off_by_the_skew() {
    for skew_s in [3_600, -3_600] {
        let skew = chrono::TimeDelta::seconds(skew_s);
        let server = start(
            config()
                .clock_skew(skew)
                .delivery(Duration::from_millis(20), 0.0),
        )
        .await;
        let api = Api::new(&server);
        // The real instants around a change, moved by the skew; the
        // server's stamp is truncated to the millisecond.
        let within = |before: DateTime<Utc>, stamp: DateTime<Utc>, after: DateTime<Utc>| {
            let low = before + skew - chrono::TimeDelta::milliseconds(1);
            assert!(
                low < stamp && stamp <= after + skew,
                "{skew_s}: {stamp} not in [{before}, {after}] + skew"
            );
        };
        let id = first_with_status(&server, STATUS_INACTIVE).id.to_string();
        let before = Utc::now();
        let (status, body) = api.retrigger(&id).await;
        let after = Utc::now();
        assert_eq!(status, StatusCode::OK, "{body}");
        let retriggered: WebhookFailureEnvelope = serde_json::from_value(body).unwrap();
        let f = retriggered.webhook_failure;
        within(before, f.updated_at, after);
        assert_eq!(f.last_attempt_at, Some(f.updated_at));

        // Its redelivery fails again, stamped by the same clock.
        let before = Utc::now();
        let failed = wait_for(&server, &id, |f| f.status == STATUS_INACTIVE).await;
        let after = Utc::now();
        within(
            before - chrono::TimeDelta::seconds(1),
            failed.updated_at,
            after,
        );
        assert!(failed.updated_at > f.updated_at);
        let (_, body) = api.get(&format!("{FAILURES}/{id}")).await;
        assert_eq!(
            body["webhook_failure"]["updated_at"],
            serde_json::to_value(failed.updated_at).unwrap()
        );

        // A paused campaign too.
        let all: CampaignList = serde_json::from_value(api.ok("/api/v4/campaigns").await).unwrap();
        let active = all.campaigns.iter().find(|c| c.status == "active").unwrap();
        let before = Utc::now();
        let (status, body) = api
            .post_json(
                &format!("/api/v4/campaigns/{}/pause", active.id),
                &serde_json::json!({}),
            )
            .await;
        let after = Utc::now();
        assert_eq!(status, StatusCode::OK, "{body}");
        let paused: voiso_api::types::Campaign = serde_json::from_value(body).unwrap();
        within(before, paused.updated_at.unwrap(), after);
    }
}
