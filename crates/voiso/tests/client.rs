//! End-to-end behaviour against real HTTP servers on 127.0.0.1.

mod support;

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use futures::{StreamExt, TryStreamExt};
use serde_json::json;
use support::*;
use voiso::{
    Error, RetriggerOutcome, RetriggerTarget, RetryPolicy, WebhookFailureId, WebhookFailureStatus,
};

const ID: &str = "aabbccddeeff001122334455";
const HOOK: &str = "0b97ce11-b6e0-49b4-8f92-68040aa324bf";

#[derive(Debug, Clone, Copy)]
enum Op {
    Get,
    Retrigger,
    List,
    GetWebhook,
    ListWebhooks,
}

const OPS: [Op; 5] = [
    Op::Get,
    Op::Retrigger,
    Op::List,
    Op::GetWebhook,
    Op::ListWebhooks,
];

async fn run(client: &voiso::Client, op: Op) -> Result<(), Error> {
    match op {
        Op::Get => client.webhook_failures().get(ID).await.map(drop),
        Op::Retrigger => client
            .webhook_failures()
            .retrigger_with(ID, &mut listed())
            .await
            .map(drop),
        Op::List => client.webhook_failures().list().send().await.map(drop),
        Op::GetWebhook => client.webhooks().get(HOOK).await.map(drop),
        Op::ListWebhooks => client.webhooks().list().send().await.map(drop),
    }
}

/// A retrigger's state as a listing leaves it: with a baseline, so the
/// only request is the POST.
fn listed() -> voiso::RetriggerState {
    voiso::RetriggerState::new().with_baseline("2026-03-15T10:00:00Z".parse().unwrap())
}

#[allow(dead_code)]
fn ok_body(op: Op) -> String {
    match op {
        Op::Get | Op::Retrigger => envelope(ID, "pending"),
        Op::List => json!({"webhook_failures": [failure_json(ID, "inactive", "2026-03-15T10:00:00Z")], "metadata": {"total": 1}}).to_string(),
        Op::GetWebhook => webhook_envelope(HOOK),
        Op::ListWebhooks => json!({"webhooks": [{"id": HOOK, "name": "n"}], "metadata": {"total": 1}}).to_string(),
    }
}

#[tokio::test]
async fn every_error_status_with_every_body_shape() {
    let statuses = [
        400u16, 401, 403, 404, 406, 409, 418, 422, 429, 500, 501, 502, 503, 504,
    ];
    let bodies: [fn(u16) -> Reply; 4] = [
        |s| Reply::json(s, r#"{"error": "Not found"}"#),
        |s| {
            Reply::json(
                s,
                r#"{"errors": {"status": ["webhook failure is already pending"]}}"#,
            )
        },
        Reply::empty,
        Reply::html,
    ];
    for status in statuses {
        for (shape, body) in bodies.iter().copied().enumerate() {
            let server = Server::start(move |_, _| body(status)).await;
            let client = client_with(&server, RetryPolicy::none());
            for op in OPS {
                let error = run(&client, op).await.expect_err("an error status");
                let context = format!("{op:?} {status} shape {shape}: {error:?}");
                assert_eq!(
                    error.status().map(|s| s.as_u16()),
                    Some(status),
                    "{context}"
                );
                match status {
                    401 => assert!(matches!(error, Error::Unauthorized), "{context}"),
                    403 => {
                        let want = if matches!(op, Op::Retrigger) {
                            "tasks.webhooks.manage"
                        } else {
                            "tasks.webhooks.read"
                        };
                        assert!(
                            matches!(error, Error::Forbidden { scope, .. } if scope == Some(want)),
                            "{context}"
                        );
                        assert!(error.to_string().contains(want));
                    }
                    404 => assert!(matches!(error, Error::NotFound { .. }), "{context}"),
                    409 => {
                        let Error::Conflict { errors, .. } = &error else {
                            panic!("{context}")
                        };
                        assert_eq!(errors.contains_key("status"), shape == 1, "{context}");
                    }
                    400 | 406 | 422 => {
                        let Error::Validation { errors, .. } = &error else {
                            panic!("{context}")
                        };
                        assert_eq!(errors.contains_key("status"), shape == 1, "{context}");
                    }
                    429 => assert!(matches!(error, Error::RateLimited { .. }), "{context}"),
                    500..=599 => assert!(matches!(error, Error::Server { .. }), "{context}"),
                    _ => assert!(matches!(error, Error::UnexpectedStatus { .. }), "{context}"),
                }
                let text = format!("{error}");
                assert!(
                    !text.contains("failure is already pending"),
                    "messages may quote refused data: {text}"
                );
                assert!(!format!("{error} {error:?}").contains("<html>"));
            }
        }
    }
}

#[tokio::test]
async fn bad_success_bodies_are_decode_errors() {
    let big_reason = "x".repeat(10 * 1024 * 1024);
    let big = json!({"webhook_failure": {
        "id": ID, "event": "e", "status": "inactive", "reason": big_reason,
        "webhook": {"id": HOOK, "name": "n"},
        "created_at": "2026-03-15T10:00:00Z", "updated_at": "2026-03-15T10:00:00Z"}})
    .to_string();
    let truncated = envelope(ID, "pending")[..40].to_string();
    let cases: Vec<(&str, String, bool)> = vec![
        ("malformed", "{not json".into(), false),
        ("truncated", truncated, false),
        ("html", "<html>oops</html>".into(), false),
        (
            "wrong shape",
            r#"{"webhook_failure": {"id": 5}}"#.into(),
            false,
        ),
        ("empty id", envelope("", "pending"), false),
        ("10 MB", big, true),
    ];
    for (name, body, ok) in cases {
        let server = Server::start(move |_, _| Reply::json(200, body.clone())).await;
        let client = voiso::Client::builder()
            .api_key(SENTINEL_KEY)
            .base_url(&server.url)
            .request_timeout(Duration::from_secs(20))
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let result = client.webhook_failures().get(ID).await;
        if ok {
            assert_eq!(
                result.unwrap().reason.unwrap().len(),
                10 * 1024 * 1024,
                "{name}"
            );
        } else {
            let error = result.expect_err(name);
            assert!(
                matches!(error, Error::Decode { status, .. } if status == 200),
                "{name}: {error:?}"
            );
        }
    }
}

#[tokio::test]
async fn unknown_fields_and_statuses_decode_and_round_trip() {
    let mut failure = failure_json(ID, "archived_by_admin", "2026-03-15T10:00:00.123456Z");
    failure["brand_new_field"] = json!({"nested": [1, 2]});
    failure["webhook"]["extra"] = json!(true);
    let body = json!({"webhook_failure": failure, "meta": 1}).to_string();
    let server = Server::start(move |_, _| Reply::json(200, body.clone())).await;
    let got = client(&server).webhook_failures().get(ID).await.unwrap();
    assert_eq!(
        got.status,
        WebhookFailureStatus::Unknown("archived_by_admin".into())
    );
    let out = serde_json::to_value(&got).unwrap();
    assert_eq!(out["status"], "archived_by_admin");
    assert_eq!(out["webhook"]["name"], "CRM call events");
    let list = json!({"webhook_failures": [], "metadata": {"total": 0, "page": 3}}).to_string();
    let server = Server::start(move |_, _| Reply::json(200, list.clone())).await;
    assert_eq!(
        client(&server)
            .webhook_failures()
            .list()
            .send()
            .await
            .unwrap()
            .total,
        0
    );
}

#[tokio::test]
async fn retrigger_accepts_any_2xx() {
    let server = Server::start(|_, _| Reply::json(202, envelope(ID, "pending"))).await;
    let got = client(&server)
        .webhook_failures()
        .retrigger_with(ID, &mut listed())
        .await
        .unwrap();
    assert!(
        matches!(&got, voiso::Retriggered::Accepted(f) if f.status == WebhookFailureStatus::Pending),
        "{got:?}"
    );
}

#[tokio::test]
async fn slow_server_times_out_after_every_attempt() {
    let server = Server::start(|_, _| {
        Reply::Delay(
            Duration::from_secs(3),
            Box::new(Reply::json(200, envelope(ID, "inactive"))),
        )
    })
    .await;
    let error = client(&server)
        .webhook_failures()
        .get(ID)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    assert!(error.is_retryable());
    assert_eq!(server.count(), 3, "three attempts by default");
}

#[tokio::test]
async fn reset_mid_body_and_refused_connections() {
    let body = envelope(ID, "inactive").into_bytes();
    let server = Server::start(move |_, _| Reply::ResetMidBody {
        declared: body.len(),
        body: body[..30].to_vec(),
    })
    .await;
    let error = client(&server)
        .webhook_failures()
        .get(ID)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Network { .. } | Error::Decode { .. }),
        "{error:?}"
    );
    assert_eq!(server.count(), 3, "a reset is retried");

    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = voiso::Client::builder()
        .api_key("k")
        .base_url(url)
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let error = client.webhook_failures().get(ID).await.unwrap_err();
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
}

async fn time_429_then_ok(retry_after: Option<String>) -> (Duration, usize) {
    let server = Server::start(move |_, n| {
        if n == 0 {
            let reply = Reply::json(429, r#"{"error": "Too many requests"}"#);
            match &retry_after {
                Some(value) => reply.with_header("retry-after", value),
                None => reply,
            }
        } else {
            Reply::json(200, envelope(ID, "inactive"))
        }
    })
    .await;
    let policy = fast_retries().with_max_delay(Duration::from_secs(5));
    let started = Instant::now();
    client_with(&server, policy)
        .webhook_failures()
        .get(ID)
        .await
        .unwrap();
    (started.elapsed(), server.count())
}

#[tokio::test]
async fn rate_limits_honour_retry_after() {
    let (waited, count) = time_429_then_ok(Some("1".into())).await;
    assert!(waited >= Duration::from_secs(1), "{waited:?}");
    assert_eq!(count, 2);
    let date = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    let (waited, count) = time_429_then_ok(Some(date)).await;
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(4),
        "{waited:?}"
    );
    assert_eq!(count, 2);
    let (waited, count) = time_429_then_ok(None).await;
    assert!(waited < Duration::from_secs(1), "{waited:?}");
    assert_eq!(count, 2);
}

#[tokio::test]
async fn declared_429_with_an_empty_body_keeps_its_retry_after() {
    let server = Server::start(|_, _| Reply::empty(429).with_header("retry-after", "7")).await;
    let error = client_with(&server, RetryPolicy::none())
        .webhook_failures()
        .get(ID)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(7)),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_dead_server_fails_fast_once_the_quota_is_spent() {
    let server = Server::start(|_, _| Reply::html(503)).await;
    let client = client_with(&server, fast_retries().with_quota_capacity(10));
    for _ in 0..5 {
        let _ = client.webhook_failures().get(ID).await;
    }
    // 10 tokens buy two retries; every later call makes one attempt.
    assert_eq!(server.count(), 2 + 5);
}

#[tokio::test]
async fn retrigger_resolves_a_409_after_an_unknown_outcome() {
    let state = Arc::new(Mutex::new("inactive"));
    let s = state.clone();
    let server = Server::start(move |req, n| {
        let mut status = s.lock().unwrap();
        match (req.method.as_str(), n) {
            // n == 0 is the baseline read before the first POST.
            ("POST", 1) => {
                *status = "pending";
                Reply::Delay(
                    Duration::from_secs(2),
                    Box::new(Reply::json(200, envelope(ID, "pending"))),
                )
            }
            ("POST", _) if *status == "pending" => {
                Reply::json(409, r#"{"errors": {"status": ["already pending"]}}"#)
            }
            ("POST", _) => Reply::json(200, envelope(ID, "pending")),
            _ => Reply::json(200, envelope(ID, &status)),
        }
    })
    .await;
    let got = client(&server)
        .webhook_failures()
        .retrigger(ID)
        .await
        .unwrap();
    assert!(
        matches!(&got, voiso::Retriggered::Accepted(f) if f.status == WebhookFailureStatus::Pending),
        "{got:?}"
    );
    // The retry looks before it sends: the first POST went through.
    let methods: Vec<String> = server.seen().into_iter().map(|s| s.method).collect();
    assert_eq!(methods, ["GET", "POST", "GET"]);

    // Already pending when read first: nothing is sent.
    let server = Server::start(|_, _| Reply::json(200, envelope(ID, "pending"))).await;
    let got = client(&server)
        .webhook_failures()
        .retrigger(ID)
        .await
        .unwrap();
    assert!(
        matches!(got, voiso::Retriggered::AlreadyPending(_)),
        "{got:?}"
    );
    assert_eq!(server.count(), 1);

    // A 409 on the first attempt is read: pending by now is "already".
    let server = Server::start(|req, n| match (req.method.as_str(), n) {
        ("GET", 0) => Reply::json(200, envelope(ID, "inactive")),
        ("POST", _) => Reply::json(409, r#"{"error": "Conflict"}"#),
        _ => Reply::json(200, envelope(ID, "pending")),
    })
    .await;
    let got = client(&server)
        .webhook_failures()
        .retrigger(ID)
        .await
        .unwrap();
    assert!(
        matches!(got, voiso::Retriggered::AlreadyPending(_)),
        "{got:?}"
    );
    assert_eq!(server.count(), 3);

    // After a 429 the first attempt surely did nothing: the 409 that
    // follows is a real conflict when the read shows nothing changed.
    let server = Server::start(|req, n| match (req.method.as_str(), n) {
        ("POST", 1) => Reply::json(429, "{}"),
        ("POST", _) => Reply::json(409, "{}"),
        _ => Reply::json(200, envelope(ID, "inactive")),
    })
    .await;
    let error = client(&server)
        .webhook_failures()
        .retrigger(ID)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Conflict { .. }), "{error:?}");
    let methods: Vec<String> = server.seen().into_iter().map(|s| s.method).collect();
    assert_eq!(methods, ["GET", "POST", "POST", "GET"]);

    // Unknown outcome, but the failure is still inactive and unchanged:
    // the conflict stands.
    let server = Server::start(|req, n| match (req.method.as_str(), n) {
        ("POST", 1) => Reply::html(502),
        ("POST", _) => Reply::json(409, "{}"),
        _ => Reply::json(200, envelope(ID, "inactive")),
    })
    .await;
    let error = client(&server)
        .webhook_failures()
        .retrigger(ID)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Conflict { .. }), "{error:?}");
}

#[tokio::test]
async fn a_retry_never_retriggers_twice_when_the_delivery_already_failed_again() {
    // The first POST is acted on but answered 503; its delivery fails at
    // once, so the failure is `inactive` again, only newer. A blind retry
    // would be a second successful retrigger.
    let updated = Arc::new(Mutex::new("2026-03-15T10:32:14Z".to_string()));
    let u = updated.clone();
    let server = Server::start(move |req, _| {
        let mut updated_at = u.lock().unwrap();
        if req.method == "POST" {
            if updated_at.starts_with("2026-03-15") {
                *updated_at = chrono::Utc::now().to_rfc3339();
                return Reply::json(503, "{}");
            }
            return Reply::json(200, envelope(ID, "pending"));
        }
        let mut failure = failure_json(ID, "inactive", "2026-03-15T10:00:00Z");
        failure["updated_at"] = serde_json::Value::String(updated_at.clone());
        Reply::json(
            200,
            serde_json::json!({"webhook_failure": failure}).to_string(),
        )
    })
    .await;
    let got = client(&server)
        .webhook_failures()
        .retrigger(ID)
        .await
        .unwrap();
    assert!(
        matches!(&got, voiso::Retriggered::FailedAgain(f) if f.status == WebhookFailureStatus::Inactive),
        "a retrigger that went through and failed again has its own name: {got:?}"
    );
    let methods: Vec<String> = server.seen().into_iter().map(|s| s.method).collect();
    assert_eq!(methods, ["GET", "POST", "GET"], "one POST only");
}

#[tokio::test]
async fn ids_never_change_the_request_path() {
    let server = Server::start(|req, _| {
        Reply::json(200, envelope(ID, "inactive")).with_header("x-path", req.path())
    })
    .await;
    let client = client(&server);
    let cases = [
        ("a/b", "a%2Fb"),
        ("?x", "%3Fx"),
        ("#", "%23"),
        ("%2F", "%252F"),
        ("a b", "a%20b"),
        ("ünï", "%C3%BCn%C3%AF"),
        ("...", "..."),
    ];
    for (id, encoded) in cases {
        client.webhook_failures().get(id).await.unwrap();
        client.webhook_failures().retrigger(id).await.unwrap();
        let seen = server.seen();
        let n = seen.len();
        assert_eq!(
            seen[n - 2].path(),
            format!("/api/v4/tasks/webhook_failures/{encoded}"),
            "{id}"
        );
        assert_eq!(
            seen[n - 1].path(),
            format!("/api/v4/tasks/webhook_failures/{encoded}/retrigger"),
            "{id}"
        );
    }
    let before = server.count();
    for bad in ["", ".", "..", "a\\b"] {
        assert!(
            matches!(
                client.webhook_failures().get(bad).await,
                Err(Error::InvalidArgument(_))
            ),
            "{bad:?}"
        );
        assert!(matches!(
            client.webhook_failures().retrigger(bad).await,
            Err(Error::InvalidArgument(_))
        ));
        assert!(matches!(
            client.webhooks().get(bad).await,
            Err(Error::InvalidArgument(_))
        ));
    }
    assert_eq!(server.count(), before, "no request for a refused ID");
}

/// A list server over `items` (newest first, as `(id, created_at)`), that
/// honours `limit`, `offset` and the creation filters.
fn page_of(items: &[(String, DateTime<Utc>)], req: &Seen) -> Reply {
    let limit: usize = req
        .query("limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let offset: usize = req
        .query("offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let lt = req
        .query("created_at[lt]")
        .map(|v| v.parse::<DateTime<Utc>>().unwrap());
    let gte = req
        .query("created_at[gte]")
        .map(|v| v.parse::<DateTime<Utc>>().unwrap());
    let matching: Vec<_> = items
        .iter()
        .filter(|(_, at)| lt.is_none_or(|lt| *at < lt) && gte.is_none_or(|gte| *at >= gte))
        .collect();
    let page: Vec<_> = matching
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(id, at)| failure_json(id, "inactive", &at.to_rfc3339()))
        .collect();
    Reply::json(
        200,
        json!({"webhook_failures": page, "metadata": {"total": matching.len()}}).to_string(),
    )
}

fn dataset(n: usize) -> Vec<(String, DateTime<Utc>)> {
    let base = Utc.with_ymd_and_hms(2026, 3, 15, 0, 0, 0).unwrap();
    (0..n)
        .rev()
        .map(|i| {
            (
                format!("f{i:06}"),
                base + chrono::Duration::seconds(i as i64),
            )
        })
        .collect()
}

async fn stream_ids(
    client: &voiso::Client,
    limit: u32,
    concurrency: usize,
) -> Result<Vec<String>, Error> {
    client
        .webhook_failures()
        .list()
        .limit(limit)
        .concurrency(concurrency)
        .stream()
        .map_ok(|f| f.id.to_string())
        .try_collect()
        .await
}

#[tokio::test]
async fn pagination_edge_cases() {
    for (n, limit, concurrency, requests) in [
        (0, 10, 1, 1),
        (30, 10, 1, 3),
        (30, 10, 4, 3),
        (35, 10, 1, 4),
        (95, 10, 3, 10),
    ] {
        let items = dataset(n);
        let want: Vec<String> = items.iter().map(|(id, _)| id.clone()).collect();
        let server = Server::start(move |req, _| page_of(&items, req)).await;
        let got = stream_ids(&client(&server), limit, concurrency)
            .await
            .unwrap();
        assert_eq!(got, want, "n={n} concurrency={concurrency}");
        assert_eq!(
            server.count(),
            requests,
            "n={n} concurrency={concurrency}: no request past the end"
        );
        assert!(
            server
                .seen()
                .iter()
                .all(|s| s.query("created_at[lt]").is_some()),
            "the upper bound is pinned"
        );
    }
}

#[tokio::test]
async fn new_failures_created_mid_stream_are_excluded_and_never_repeated() {
    let items = Arc::new(Mutex::new(dataset(50)));
    let want: Vec<String> = items
        .lock()
        .unwrap()
        .iter()
        .map(|(id, _)| id.clone())
        .collect();
    let shared = items.clone();
    let server = Server::start(move |req, n| {
        let mut items = shared.lock().unwrap();
        // A new failure arrives before every page is served.
        items.insert(
            0,
            (format!("new{n}"), Utc::now() + chrono::Duration::seconds(1)),
        );
        page_of(&items, req)
    })
    .await;
    let got = stream_ids(&client(&server), 10, 1).await.unwrap();
    assert_eq!(got, want);

    // Even with an explicit upper bound in the future, nothing is seen twice.
    let items = Arc::new(Mutex::new(dataset(50)));
    let shared = items.clone();
    let server = Server::start(move |req, n| {
        let mut items = shared.lock().unwrap();
        items.insert(0, (format!("new{n}"), Utc::now()));
        page_of(&items, req)
    })
    .await;
    let got: Vec<String> = client(&server)
        .webhook_failures()
        .list()
        .limit(10)
        .created_before(Utc::now() + chrono::Duration::days(1))
        .stream()
        .map_ok(|f| f.id.to_string())
        .try_collect()
        .await
        .unwrap();
    let unique: BTreeSet<&String> = got.iter().collect();
    assert_eq!(unique.len(), got.len(), "an item was seen twice: {got:?}");
}

#[tokio::test]
async fn total_changing_mid_stream() {
    // The total shrinks after the first page: the stream ends at the first short page.
    let items = dataset(40);
    let server = Server::start(move |req, n| {
        let visible = if n == 0 { &items[..] } else { &items[..25] };
        page_of(visible, req)
    })
    .await;
    let got = stream_ids(&client(&server), 10, 4).await.unwrap();
    assert_eq!(got.len(), 25);
    // The total grows (an older failure reappears): the stream follows it.
    let items = dataset(40);
    let server = Server::start(move |req, n| {
        let visible = if n == 0 { &items[..20] } else { &items[..] };
        page_of(visible, req)
    })
    .await;
    let got = stream_ids(&client(&server), 10, 2).await.unwrap();
    assert_eq!(got.len(), 40);
}

#[tokio::test]
async fn a_server_that_repeats_a_page_is_an_error() {
    let items = dataset(100);
    let server = Server::start(move |_, _| {
        page_of(
            &items[..10],
            &Seen {
                method: "GET".into(),
                target: "/?limit=10".into(),
                headers: vec![],
            },
        )
        .clone()
    })
    .await;
    let result = stream_ids(&client(&server), 10, 1).await;
    // The page claims a total of 10, so the stream ends normally after it.
    assert_eq!(result.unwrap().len(), 10);
    let items = dataset(100);
    let server = Server::start(move |req, _| {
        let Reply::Full { body, .. } = page_of(
            &items,
            &Seen {
                method: "GET".into(),
                target: "/?limit=10".into(),
                headers: vec![],
            },
        ) else {
            unreachable!()
        };
        let _ = req;
        Reply::json(200, String::from_utf8(body).unwrap())
    })
    .await;
    let error = stream_ids(&client(&server), 10, 1).await.unwrap_err();
    assert!(
        matches!(error, Error::Pagination { offset: 10, .. }),
        "{error:?}"
    );
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn concurrent_pages_arrive_in_order_with_bounded_fetching() {
    let items = dataset(200);
    let want: Vec<String> = items.iter().map(|(id, _)| id.clone()).collect();
    let in_flight = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let (f, p) = (in_flight.clone(), peak.clone());
    let server = Server::start(move |req, n| {
        let now = f.fetch_add(1, Ordering::SeqCst) + 1;
        p.fetch_max(now, Ordering::SeqCst);
        let reply = page_of(&items, req);
        let f = f.clone();
        // Later pages answer faster, so order must be restored by the client.
        let delay = Duration::from_millis(if n == 0 { 1 } else { 200 - 9 * (n as u64 % 20) });
        std::thread::spawn(move || {
            std::thread::sleep(delay);
            f.fetch_sub(1, Ordering::SeqCst);
        });
        Reply::Delay(delay, Box::new(reply))
    })
    .await;
    let started = Instant::now();
    let got = stream_ids(&client(&server), 10, 5).await.unwrap();
    assert_eq!(got, want);
    // The server counts a request until its own timer ends, which can lag
    // the client's next request by a scheduling slice on a loaded machine:
    // one more than the client's bound is that lag, not a sixth page.
    assert!(
        peak.load(Ordering::SeqCst) <= 5 + 1,
        "peak {}",
        peak.load(Ordering::SeqCst)
    );
    assert!(
        peak.load(Ordering::SeqCst) >= 3,
        "pages were fetched concurrently"
    );
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn webhooks_list_streams() {
    let server = Server::start(|req, _| {
        let offset: usize = req.query("offset").unwrap().parse().unwrap();
        let hooks: Vec<_> = (offset..(offset + 2).min(3))
            .map(|i| json!({"id": format!("h{i}"), "name": "n"}))
            .collect();
        Reply::json(
            200,
            json!({"webhooks": hooks, "metadata": {"total": 3}}).to_string(),
        )
    })
    .await;
    let ids: Vec<String> = client(&server)
        .webhooks()
        .list()
        .limit(2)
        .stream()
        .map_ok(|w| w.id.to_string())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["h0", "h1", "h2"]);
}

/// A retrigger server: `missing` IDs answer 404, `pending` ones 409, and
/// any request beyond `capacity` at once answers 429.
fn bulk_server_handler(
    capacity: usize,
    in_flight: Arc<AtomicUsize>,
    retriggered: Arc<Mutex<HashMap<String, usize>>>,
) -> impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static {
    move |req, _| {
        let id = req.path().split('/').nth(5).unwrap_or("").to_string();
        if req.method == "GET" {
            // The read after a 409.
            return Reply::json(200, envelope(&id, "pending"));
        }
        let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        if now > capacity {
            in_flight.fetch_sub(1, Ordering::SeqCst);
            return Reply::json(429, r#"{"error": "Too many requests"}"#)
                .with_header("retry-after", "0");
        }
        let done = in_flight.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            done.fetch_sub(1, Ordering::SeqCst);
        });
        let reply = if id.starts_with("missing") {
            Reply::json(404, r#"{"error": "Not found"}"#)
        } else if id.starts_with("pending") {
            Reply::json(409, r#"{"errors": {"status": ["already pending"]}}"#)
        } else {
            *retriggered.lock().unwrap().entry(id.clone()).or_default() += 1;
            Reply::json(200, envelope(&id, "pending"))
        };
        Reply::Delay(Duration::from_millis(20), Box::new(reply))
    }
}

#[tokio::test]
async fn bulk_retrigger_under_rate_limiting_gives_every_id_one_outcome() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let retriggered = Arc::new(Mutex::new(HashMap::new()));
    let server = Server::start(bulk_server_handler(2, in_flight, retriggered.clone())).await;
    let mut ids: Vec<WebhookFailureId> = (0..30)
        .map(|i| WebhookFailureId::new(format!("ok{i}")).unwrap())
        .collect();
    ids.push(WebhookFailureId::new("missing1").unwrap());
    ids.push(WebhookFailureId::new("pending1").unwrap());
    let client = client(&server);
    let items: Vec<_> = client
        .webhook_failures()
        .retrigger_many(
            ids.clone()
                .into_iter()
                .map(|id| RetriggerTarget::new(id, listed())),
        )
        .concurrency(8)
        .stream()
        .collect()
        .await;
    let mut summary = voiso::RetriggerSummary::default();
    let mut seen = BTreeSet::new();
    for item in &items {
        summary.record(item);
        let item = item.as_ref().unwrap();
        assert!(seen.insert(item.id.to_string()), "{} twice", item.id);
        if item.id.as_str() == "missing1" {
            assert!(
                matches!(item.outcome, RetriggerOutcome::NotFound),
                "{item:?}"
            );
        }
        if item.id.as_str() == "pending1" {
            assert!(matches!(item.outcome, RetriggerOutcome::AlreadyPending));
        }
    }
    assert_eq!(seen.len(), ids.len());
    assert_eq!(
        (
            summary.retriggered,
            summary.already_pending,
            summary.not_found
        ),
        (30, 1, 1),
        "{:?}",
        summary.failed
    );
    assert!(summary.is_success());
    assert!(
        retriggered.lock().unwrap().values().all(|&n| n == 1),
        "no ID retriggered twice"
    );
    // One POST each, one read for the 409, and some 429s.
    let rate_limited = server.count() - ids.len() - 1;
    assert!(rate_limited > 0, "the test server did rate limit");
}

#[tokio::test]
async fn bulk_retrigger_stops_starting_ids_when_told() {
    let stop = Arc::new(tokio::sync::Notify::new());
    let signal = stop.clone();
    let server = Server::start(move |req, n| {
        if n == 5 {
            signal.notify_one();
        }
        let id = req.path().split('/').nth(5).unwrap_or("").to_string();
        Reply::Delay(
            Duration::from_millis(100),
            Box::new(Reply::json(200, envelope(&id, "pending"))),
        )
    })
    .await;
    let ids: Vec<WebhookFailureId> = (0..50)
        .map(|i| WebhookFailureId::new(format!("id{i}")).unwrap())
        .collect();
    let items: Vec<_> = client(&server)
        .webhook_failures()
        .retrigger_many(ids.into_iter().map(|id| RetriggerTarget::new(id, listed())))
        .concurrency(4)
        .until(async move { stop.notified().await })
        .stream()
        .collect()
        .await;
    // Stopped once the 6th request arrived: the requests in flight then
    // finished and were reported; nothing else started.
    let started = server.count();
    assert!((6..=8).contains(&started), "{started} started");
    assert_eq!(items.len(), started);
    assert!(items.iter().all(
        |i| matches!(i, Ok(item) if matches!(item.outcome, RetriggerOutcome::Retriggered(_)))
    ));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(server.count(), started, "no request after the stream ended");
}

#[tokio::test]
async fn a_stop_ends_waits_after_429_with_an_outcome_for_each_id() {
    // Every request is refused for a long while: without a stop-aware wait
    // the stream would sleep through Retry-After rounds for minutes.
    let server = Server::start(|_, _| {
        Reply::json(429, r#"{"error": "Too many requests"}"#).with_header("retry-after", "5")
    })
    .await;
    let ids: Vec<WebhookFailureId> = (0..3)
        .map(|i| WebhookFailureId::new(format!("id{i}")).unwrap())
        .collect();
    // Retry-After is honoured in full (5 s is under the cap).
    let patient = fast_retries().with_max_delay(Duration::from_secs(30));
    let started = std::time::Instant::now();
    let items: Vec<_> = client_with(&server, patient)
        .webhook_failures()
        .retrigger_many(ids.into_iter().map(|id| RetriggerTarget::new(id, listed())))
        .concurrency(3)
        .until(tokio::time::sleep(Duration::from_millis(300)))
        .stream()
        .collect()
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.count(), 3, "one attempt each, none after the stop");
    assert_eq!(items.len(), 3, "each ID that was sent gets one outcome");
    assert!(items.iter().all(|i| matches!(
        i,
        Ok(item) if matches!(item.outcome, RetriggerOutcome::Failed(Error::RateLimited { .. }))
    )));
}

#[tokio::test]
async fn bulk_outlasts_a_run_of_server_errors_for_one_id() {
    // Four 503s in a row exhaust one call's three attempts; the bulk run
    // takes the ID up again (reading it first) instead of failing it.
    let posts = Arc::new(AtomicUsize::new(0));
    let p = posts.clone();
    let server = Server::start(move |req, _| {
        if req.method == "POST" {
            if p.fetch_add(1, Ordering::SeqCst) < 4 {
                return Reply::json(503, "{}");
            }
            return Reply::json(200, envelope(ID, "pending"));
        }
        Reply::json(200, envelope(ID, "inactive"))
    })
    .await;
    let items: Vec<_> = client(&server)
        .webhook_failures()
        .retrigger_many([WebhookFailureId::new(ID).unwrap()])
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    assert!(
        matches!(&items[0], Ok(item) if matches!(item.outcome, RetriggerOutcome::Retriggered(_))),
        "{items:?}"
    );
    assert_eq!(posts.load(Ordering::SeqCst), 5);
}

#[tokio::test]
async fn retrigger_matching_takes_inactive_failures_of_the_filter() {
    let server = Server::start(|req, _| {
        if req.method == "POST" {
            let id = req.path().split('/').nth(5).unwrap_or("").to_string();
            return Reply::json(200, envelope(&id, "pending"));
        }
        assert!(req.query("created_at[gte]").is_some());
        let page = vec![
            failure_json("a", "inactive", "2026-03-15T10:00:03Z"),
            failure_json("b", "pending", "2026-03-15T10:00:02Z"),
            failure_json("c", "inactive", "2026-03-15T10:00:01Z"),
        ];
        Reply::json(
            200,
            json!({"webhook_failures": page, "metadata": {"total": 3}}).to_string(),
        )
    })
    .await;
    let filter = voiso::RetriggerFilter::new()
        .created_since(Utc.with_ymd_and_hms(2026, 3, 15, 0, 0, 0).unwrap());
    let mut ids: Vec<String> = client(&server)
        .webhook_failures()
        .retrigger_matching(filter)
        .stream()
        .map_ok(|item| item.id.to_string())
        .try_collect()
        .await
        .unwrap();
    ids.sort();
    assert_eq!(ids, ["a", "c"]);

    let server = Server::start(|_, _| Reply::json(403, r#"{"error": "Forbidden"}"#)).await;
    let summary = client(&server)
        .webhook_failures()
        .retrigger_matching(voiso::RetriggerFilter::new())
        .run()
        .await;
    assert!(matches!(summary.list_error, Some(Error::Forbidden { .. })));
    assert_eq!(summary.total(), 0);
}

#[tokio::test]
async fn the_api_key_never_appears_in_debug_display_or_logs() {
    let server = Server::start(|_, n| match n % 4 {
        0 => Reply::json(401, r#"{"error": "Unauthorized"}"#),
        1 => Reply::html(503),
        2 => Reply::json(200, "{broken"),
        _ => Reply::json(200, envelope(ID, "inactive")),
    })
    .await;
    let client = client(&server);
    let mut text = format!("{client:?}");
    for op in OPS {
        match run(&client, op).await {
            Ok(()) => {}
            Err(error) => text.push_str(&format!("{error} {error:?}")),
        }
    }
    let builder = voiso::Client::builder().api_key(SENTINEL_KEY);
    text.push_str(&format!("{builder:?}"));
    for bad in [format!("{SENTINEL_KEY}\u{7}"), format!("{SENTINEL_KEY}é")] {
        let error = voiso::Client::builder()
            .api_key(bad)
            .cluster_id("acme")
            .build()
            .unwrap_err();
        assert!(
            matches!(error, voiso::ConfigError::InvalidApiKey { .. }),
            "{error:?}"
        );
        text.push_str(&format!("{error} {error:?}"));
    }
    let logs = logs();
    assert!(
        logs.contains("voiso.request"),
        "the spans were captured: {logs}"
    );
    for field in [
        "operation=\"getWebhookFailure\"",
        "method=\"POST\"",
        "path=",
        "attempt=2",
        "status=401",
        "duration_ms=",
    ] {
        assert!(logs.contains(field), "{field} missing from {logs}");
    }
    assert!(!text.contains(SENTINEL_KEY), "{text}");
    assert!(!logs.contains(SENTINEL_KEY), "{logs}");
    // The key did go on the wire, so its absence above means something.
    let sent = server.seen();
    assert!(
        sent.iter()
            .all(|s| s.header("authorization") == Some(&format!("Bearer {SENTINEL_KEY}")[..]))
    );
    assert!(
        sent.iter()
            .all(|s| s.header("user-agent") == Some(voiso::USER_AGENT_VALUE))
    );
    assert!(sent.iter().all(|s| s.header("api-version").is_none()));
}

#[tokio::test]
async fn a_caller_supplied_http_client_still_gets_key_and_user_agent() {
    let server = Server::start(|_, _| Reply::json(200, envelope(ID, "inactive"))).await;
    let client = voiso::Client::builder()
        .api_key("k2")
        .base_url(&server.url)
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    client.webhook_failures().get(ID).await.unwrap();
    let seen = &server.seen()[0];
    assert_eq!(seen.header("authorization"), Some("Bearer k2"));
    assert_eq!(seen.header("user-agent"), Some(voiso::USER_AGENT_VALUE));
}

// ---- Bounded memory and time against hostile servers ------------------------

#[tokio::test]
async fn huge_bodies_are_capped_on_every_status() {
    const HUGE: u64 = 512 * 1024 * 1024;
    for declared in [true, false] {
        for status in [401u16, 404, 409, 429, 200] {
            let server = Server::start(move |_, _| Reply::Huge {
                status,
                size: HUGE,
                declared,
            })
            .await;
            let client = voiso::Client::builder()
                .api_key(SENTINEL_KEY)
                .base_url(&server.url)
                .request_timeout(Duration::from_secs(10))
                .retry_policy(RetryPolicy::none())
                .max_response_bytes(1024 * 1024)
                .build()
                .unwrap();
            let started = Instant::now();
            let error = if status == 409 {
                client
                    .webhook_failures()
                    .retrigger_with(ID, &mut listed())
                    .await
                    .unwrap_err()
            } else {
                client.webhook_failures().get(ID).await.unwrap_err()
            };
            let what = format!("{status}, declared length: {declared}: {error:?}");
            match status {
                401 => assert!(matches!(error, Error::Unauthorized), "{what}"),
                404 => assert!(matches!(error, Error::NotFound { .. }), "{what}"),
                409 => assert!(matches!(error, Error::Conflict { .. }), "{what}"),
                429 => assert!(matches!(error, Error::RateLimited { .. }), "{what}"),
                _ => assert!(
                    matches!(
                        error,
                        Error::ResponseTooLarge {
                            limit: 1_048_576,
                            ..
                        }
                    ),
                    "{what}"
                ),
            }
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{what}: read too much"
            );
        }
    }
}

#[tokio::test]
async fn a_single_retrigger_against_429_forever_ends_within_its_deadline() {
    let server = Server::start(|_, _| {
        Reply::json(429, r#"{"error": "Too many requests"}"#).with_header("retry-after", "1")
    })
    .await;
    let client = voiso::Client::builder()
        .api_key(SENTINEL_KEY)
        .base_url(&server.url)
        .retry_policy(
            fast_retries()
                .with_max_attempts(100)
                .with_max_delay(Duration::from_secs(10)),
        )
        .operation_timeout(Duration::from_millis(2500))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .webhook_failures()
        .retrigger_with(ID, &mut listed())
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(matches!(error, Error::RateLimited { .. }), "{error:?}");
    assert!(error.to_string().contains("rate limiting"), "{error}");
    assert!(took < Duration::from_millis(2600), "{took:?}");
    assert!(
        took >= Duration::from_secs(1),
        "Retry-After was honoured: {took:?}"
    );
    assert!(
        server.seen().iter().all(|s| s.method == "POST"),
        "a 429 proves nothing was done: no read-back"
    );
}

#[tokio::test]
async fn a_single_retrigger_against_a_silent_server_ends_within_its_deadline() {
    let server = Server::start(|_, _| Reply::Silent).await;
    let client = voiso::Client::builder()
        .api_key(SENTINEL_KEY)
        .base_url(&server.url)
        .request_timeout(Duration::from_millis(400))
        .operation_timeout(Duration::from_millis(1000))
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .webhook_failures()
        .retrigger_with(ID, &mut listed())
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    assert!(took < Duration::from_millis(1300), "{took:?}");
    let methods: Vec<String> = server.seen().into_iter().map(|s| s.method).collect();
    assert_eq!(methods[0], "POST");
    assert!(
        methods[1..].iter().all(|m| m == "GET"),
        "after a lost answer only reads: {methods:?}"
    );
    let started = Instant::now();
    let error = client.webhook_failures().get(ID).await.unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    assert!(started.elapsed() < Duration::from_millis(1300));
}

#[tokio::test]
async fn a_503_with_retry_after_is_honoured_like_a_429() {
    let server = Server::start(|_, n| {
        if n == 0 {
            Reply::json(503, "{}").with_header("retry-after", "1")
        } else {
            Reply::json(200, envelope(ID, "inactive"))
        }
    })
    .await;
    let client = client_with(
        &server,
        fast_retries().with_max_delay(Duration::from_secs(5)),
    );
    let started = Instant::now();
    client.webhook_failures().get(ID).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_2xx_without_a_readable_body_on_retrigger_went_through() {
    let server = Server::start(|req, _| match req.method.as_str() {
        "POST" => Reply::empty(200),
        _ => Reply::json(200, envelope(ID, "pending")),
    })
    .await;
    let got = client(&server)
        .webhook_failures()
        .retrigger_with(ID, &mut listed())
        .await
        .unwrap();
    assert!(
        matches!(&got, voiso::Retriggered::Accepted(f) if f.status == WebhookFailureStatus::Pending),
        "{got:?}"
    );
    let methods: Vec<String> = server.seen().into_iter().map(|s| s.method).collect();
    assert_eq!(
        methods,
        ["POST", "GET"],
        "one POST, then the record is read"
    );

    // Neither the answer nor the read-back can be decoded: still a success.
    let server = Server::start(|req, _| match req.method.as_str() {
        "POST" => Reply::json(201, "{\"webhook_failure\": 1"),
        _ => Reply::html(502),
    })
    .await;
    let got = client(&server)
        .webhook_failures()
        .retrigger_with(ID, &mut listed())
        .await
        .unwrap();
    assert_eq!(got, voiso::Retriggered::Unread);
    assert_eq!(
        server.seen().iter().filter(|s| s.method == "POST").count(),
        1
    );
}

#[tokio::test]
async fn the_read_back_is_a_get_with_its_own_scope() {
    let server = Server::start(|req, _| match req.method.as_str() {
        "POST" => Reply::html(502),
        _ => Reply::json(403, r#"{"error": "Forbidden"}"#),
    })
    .await;
    let error = client(&server)
        .webhook_failures()
        .retrigger_with(ID, &mut listed())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Forbidden {
                scope: Some("tasks.webhooks.read"),
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("tasks.webhooks.read"), "{error}");
}

#[tokio::test]
async fn a_list_that_cycles_or_goes_back_in_time_ends_with_an_error() {
    // Pages alternate A, B, A, B ... with a total of 10^12.
    let items = dataset(20);
    let server = Server::start(move |req, _| {
        let offset: usize = req.query("offset").unwrap().parse().unwrap();
        let half = if (offset / 10).is_multiple_of(2) {
            &items[..10]
        } else {
            &items[10..]
        };
        let page: Vec<_> = half
            .iter()
            .map(|(id, at)| failure_json(id, "inactive", &at.to_rfc3339()))
            .collect();
        Reply::json(
            200,
            json!({"webhook_failures": page, "metadata": {"total": 1_000_000_000_000i64}})
                .to_string(),
        )
    })
    .await;
    let got: Vec<_> = client(&server)
        .webhook_failures()
        .list()
        .limit(10)
        .stream()
        .collect()
        .await;
    assert_eq!(got.len(), 21, "two pages, then the error: {}", got.len());
    let error = got.last().unwrap().as_ref().unwrap_err();
    assert!(
        matches!(error, Error::Pagination { offset: 20, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("misbehaved"), "{error}");
    assert_eq!(server.count(), 3);
}

// ---- Exactly once when the mock acts and loses the answer --------------------

async fn lossy_mock(failures: usize) -> voiso_mock::MockServer {
    let mut config = voiso_mock::MockConfig::default()
        .failures(failures)
        .lost_reply_rate(0.2)
        // Each redelivery fails again soon, as a still-broken endpoint does:
        // a blind second POST would succeed instead of meeting a 409.
        .delivery(Duration::from_millis(300), 0.0)
        .seed(7);
    config.lost_reply_stall = Duration::from_millis(300);
    voiso_mock::MockServer::start(config).await.unwrap()
}

fn lossy_client(server: &voiso_mock::MockServer) -> voiso::Client {
    voiso::Client::builder()
        .api_key(voiso_mock::DEFAULT_KEY)
        .base_url(server.base_url())
        .request_timeout(Duration::from_millis(150))
        .retry_policy(fast_retries())
        // The mock applies a request before it loses the answer.
        .settle_interval(Duration::from_millis(10))
        .build()
        .unwrap()
}

fn inactive_ids(server: &voiso_mock::MockServer) -> BTreeSet<String> {
    server
        .failures()
        .into_iter()
        .filter(|f| f.status == voiso_mock::STATUS_INACTIVE)
        .map(|f| f.id.to_string())
        .collect()
}

fn assert_each_once(server: &voiso_mock::MockServer, wanted: &BTreeSet<String>) {
    let counts = server.retrigger_counts();
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "retriggered more than once: {twice:?}");
    let missed: Vec<_> = wanted
        .iter()
        .filter(|id| !counts.contains_key(*id))
        .collect();
    assert!(missed.is_empty(), "never retriggered: {missed:?}");
    let extra: Vec<_> = counts.keys().filter(|id| !wanted.contains(*id)).collect();
    assert!(extra.is_empty(), "not inactive at the start: {extra:?}");
    assert!(
        server.request_stats().lost_replies > 0,
        "the mock lost no answer"
    );
}

#[tokio::test]
async fn retrigger_many_is_exactly_once_when_answers_are_lost() {
    let server = lossy_mock(120).await;
    let wanted = inactive_ids(&server);
    let ids: Vec<WebhookFailureId> = wanted
        .iter()
        .map(|id| WebhookFailureId::new(id).unwrap())
        .collect();
    let summary = lossy_client(&server)
        .webhook_failures()
        .retrigger_many(ids)
        .concurrency(8)
        .run()
        .await;
    assert!(summary.is_success(), "{summary:?}");
    assert_eq!(summary.retriggered, wanted.len(), "{summary:?}");
    assert_each_once(&server, &wanted);
}

#[tokio::test]
async fn retrigger_matching_is_exactly_once_as_failures_leave_the_filter() {
    // Every retrigger moves its failure out of the `inactive` filter (and,
    // 300 ms later, back in): a listing still in progress would skip some.
    let server = lossy_mock(250).await;
    let wanted = inactive_ids(&server);
    let summary = lossy_client(&server)
        .webhook_failures()
        .retrigger_matching(voiso::RetriggerFilter::new())
        .concurrency(8)
        .run()
        .await;
    assert!(summary.is_success(), "{summary:?}");
    assert_eq!(summary.retriggered, wanted.len(), "{summary:?}");
    assert_each_once(&server, &wanted);
}

#[tokio::test]
async fn a_state_handed_over_resolves_by_reading_first() {
    // A journal said "sending" and the process died: the next run reads
    // before it posts, and finds the first POST went through.
    let server = lossy_mock(20).await;
    let failure = server
        .failures()
        .into_iter()
        .find(|f| f.status == voiso_mock::STATUS_INACTIVE)
        .unwrap();
    let baseline = failure.updated_at;
    let raw = reqwest::Client::new()
        .post(format!(
            "{}/api/v4/tasks/webhook_failures/{}/retrigger",
            server.base_url(),
            failure.id.as_str()
        ))
        .bearer_auth(voiso_mock::DEFAULT_KEY)
        .timeout(Duration::from_millis(100))
        .send()
        .await;
    drop(raw); // Whatever came back, the dead process never learnt it.
    assert_eq!(server.retrigger_counts().get(failure.id.as_str()), Some(&1));
    tokio::time::sleep(Duration::from_millis(400)).await; // it fails again
    let mut state = voiso::RetriggerState::new()
        .with_baseline(baseline)
        .maybe_sent(None);
    let client = voiso::Client::builder()
        .api_key(voiso_mock::DEFAULT_KEY)
        .base_url(server.base_url())
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let mut got = Err(Error::Timeout);
    // The mock may lose this call's answers too; the state carries over.
    for _ in 0..10 {
        got = client
            .webhook_failures()
            .retrigger_with(failure.id.as_str(), &mut state)
            .await;
        if got.is_ok() {
            break;
        }
    }
    assert!(
        matches!(got, Ok(voiso::Retriggered::FailedAgain(_))),
        "{got:?}"
    );
    assert_eq!(server.retrigger_counts().get(failure.id.as_str()), Some(&1));
}

#[tokio::test]
async fn a_failures_webhook_id_and_a_webhooks_id_are_one_type() {
    let server = Server::start(|req, _| {
        let id = req
            .path()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        Reply::json(200, webhook_envelope(&id))
    })
    .await;
    let client = client(&server);
    let failure: voiso::WebhookFailure =
        serde_json::from_value(failure_json(ID, "inactive", "2026-03-15T10:00:00Z")).unwrap();
    let webhook = client.webhooks().get(&failure.webhook.id).await.unwrap();
    assert_eq!(webhook.id, failure.webhook.id);
    let again = client.webhooks().get(&webhook.id).await.unwrap();
    assert_eq!(webhook, again);
}

// ---- The v4 areas against the mock ----------------------------------------

async fn area_mock(config: voiso_mock::MockConfig) -> (voiso_mock::MockServer, voiso::Client) {
    let server = voiso_mock::MockServer::start(config).await.unwrap();
    let client = voiso::Client::builder()
        .api_key(voiso_mock::DEFAULT_KEY)
        .base_url(server.base_url())
        .request_timeout(Duration::from_millis(300))
        .retry_policy(fast_retries())
        // The mock applies a request before it loses the answer.
        .settle_interval(Duration::from_millis(10))
        .build()
        .unwrap();
    (server, client)
}

async fn mock_state(server: &voiso_mock::MockServer) -> serde_json::Value {
    reqwest::get(format!("{}/_mock/state", server.base_url()))
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn every_read_area_lists_gets_filters_and_names_its_scope() {
    let (server, client) = area_mock(voiso_mock::MockConfig::default()).await;

    // Users: the whole list once each, with concurrency, then a filter.
    let users: Vec<voiso::User> = client
        .users()
        .list()
        .limit(7)
        .concurrency(4)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(users.len() > 7, "{}", users.len());
    let unique: BTreeSet<_> = users.iter().map(|u| u.id).collect();
    assert_eq!(unique.len(), users.len());
    let first = &users[0];
    let named: Vec<voiso::User> = client
        .users()
        .list()
        .name(first.name.clone())
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(named.iter().all(|u| u.name == first.name) && named.iter().any(|u| u.id == first.id));

    // Queues: get one, list its users, 404 for an unknown one.
    let queue = client.queues().get(1).await.unwrap();
    assert_eq!(queue.id, voiso::QueueId::new(1));
    let members: Vec<voiso::User> = client
        .queues()
        .users(voiso::QueueId::new(1))
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(!members.is_empty());
    let error = client.queues().get(999_999).await.unwrap_err();
    assert!(matches!(error, Error::NotFound { .. }), "{error:?}");
    assert!(error.to_string().contains("999999"), "{error}");

    // Canned messages and campaigns.
    let messages = client.canned_messages().list().send().await.unwrap();
    assert!(!messages.items.is_empty());
    let active: Vec<voiso::Campaign> = client
        .campaigns()
        .list()
        .status(voiso::CampaignStatus::Active)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(!active.is_empty());
    assert!(
        active
            .iter()
            .all(|c| c.status == voiso::CampaignStatus::Active)
    );
    let one = client.campaigns().get(active[0].id).await.unwrap();
    assert_eq!(one.id, active[0].id);
    assert!(matches!(
        client.campaigns().get(424_242).await.unwrap_err(),
        Error::NotFound { .. }
    ));

    // A key without the scope: the error names the scope from the table.
    drop(server);
    let config = voiso_mock::MockConfig::default().keys([voiso_mock::ApiKey::new(
        "ro",
        ["tasks.webhooks.read"],
    )
    .unwrap()]);
    let (_server, ro) = area_mock(config).await;
    let ro = voiso::Client::builder()
        .api_key("ro")
        .base_url(ro.base_url())
        .build()
        .unwrap();
    let denied = [
        (ro.users().list().send().await.map(|_| ()), "users.read"),
        (ro.queues().get(1).await.map(|_| ()), "routing.queues.read"),
        (
            ro.canned_messages().list().send().await.map(|_| ()),
            "messaging.canned_messages.read",
        ),
        (ro.campaigns().get(1).await.map(|_| ()), "campaigns.read"),
        (
            ro.campaigns().pause(1).await.map(|_| ()),
            "campaigns.manage",
        ),
        (
            ro.cdrs()
                .list()
                .stream()
                .try_collect::<Vec<_>>()
                .await
                .map(|_| ()),
            "reporting.cdrs.read",
        ),
    ];
    for (result, scope) in denied {
        let error = result.unwrap_err();
        assert!(
            matches!(&error, Error::Forbidden { scope: s, .. } if *s == Some(scope)),
            "{error:?}"
        );
        assert!(error.to_string().contains(scope));
    }
}

#[tokio::test]
async fn cdrs_stream_by_cursor_each_once_newest_first() {
    let (server, client) = area_mock(voiso_mock::MockConfig::default().cdrs(25_000)).await;
    let mut pages = std::pin::pin!(client.cdrs().list().pages());
    let mut seen = std::collections::HashSet::new();
    let mut last = None;
    let mut count = 0;
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        for cdr in &page.items {
            assert!(
                seen.insert(serde_json::to_string(&cdr.id).unwrap()),
                "{:?} twice",
                cdr.id
            );
            if let Some(last) = last {
                assert!(cdr.started_at <= last, "not newest first");
            }
            last = Some(cdr.started_at);
        }
        count += page.items.len();
        if page.next_cursor.is_none() {
            break;
        }
    }
    assert_eq!(count, 25_000);
    // An offset within the first 10,000 starts there; each page carries the
    // total; a cursor the server does not know is a 400, not page 1 again.
    let page = client.cdrs().list().offset(9_990).pages().next().await;
    let page = page.unwrap().unwrap();
    assert_eq!((page.items.len(), page.total), (10, Some(25_000)));
    let stale = client.cdrs().list().cursor("forged").pages().next().await;
    let error = stale.unwrap().unwrap_err();
    assert_eq!(
        error.status(),
        Some(reqwest::StatusCode::BAD_REQUEST),
        "{error}"
    );
    // A type filter and a time window.
    let since = last.unwrap() + chrono::TimeDelta::days(10);
    let calls: Vec<voiso::Cdr> = client
        .cdrs()
        .list()
        .kind("sms")
        .started_since(since)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(!calls.is_empty());
    assert!(
        calls
            .iter()
            .all(|c| c.type_ == "sms" && c.started_at >= since)
    );
    drop(server);

    // A server that hands out the same cursor again: an error, not a loop.
    let server = Server::start(|_, _| {
        Reply::json(
            200,
            json!({"cdrs": [{"id": "c1", "type": "call", "started_at": "2026-03-15T10:00:00Z", "ended_at": null, "data": {}}],
                   "metadata": {"next_cursor": "again"}})
            .to_string(),
        )
    })
    .await;
    let got: Vec<_> = client_with(&server, fast_retries())
        .cdrs()
        .list()
        .stream()
        .collect()
        .await;
    assert_eq!(got.len(), 2, "the first page, then the error");
    assert!(
        matches!(got[1], Err(Error::Pagination { .. })),
        "{:?}",
        got[1]
    );
}

#[tokio::test]
async fn pausing_a_campaign_is_once_even_when_the_answer_is_lost() {
    let mut config = voiso_mock::MockConfig::default().lost_reply_rate(1.0);
    config.lost_reply_stall = Duration::from_millis(100);
    let (server, client) = area_mock(config).await;
    let state = mock_state(&server).await;
    let active: Vec<i64> = state["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "active")
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert!(active.len() >= 2);
    // Every answer is lost, the read-backs' too: the pause went through,
    // but the client cannot confirm it.
    let error = client.campaigns().pause(active[0]).await.unwrap_err();
    assert!(error.is_retryable(), "{error:?}");
    let state = mock_state(&server).await;
    let paused = state["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == active[0])
        .unwrap();
    assert_eq!(paused["status"], "paused");
    drop(server);

    // Some answers lost: it still ends paused, with one success.
    let mut config = voiso_mock::MockConfig::default()
        .lost_reply_rate(0.5)
        .seed(3);
    config.lost_reply_stall = Duration::from_millis(100);
    let (server, client) = area_mock(config).await;
    let mut paused = 0;
    for id in &active {
        for _ in 0..20 {
            match client.campaigns().pause(*id).await {
                Ok(voiso::Paused::Now(campaign)) => {
                    assert!(campaign.status.is_paused(), "{:?}", campaign.status);
                    paused += 1;
                    break;
                }
                Err(e) if e.is_retryable() => continue,
                other => panic!("{other:?}"),
            }
        }
    }
    assert_eq!(paused, active.len());
    assert!(server.request_stats().lost_replies > 0);
}

#[tokio::test]
async fn a_pause_says_paused_now_already_paused_or_not_allowed() {
    let (server, client) = area_mock(voiso_mock::MockConfig::default()).await;
    let state = mock_state(&server).await;
    let first_with = |status: &str| {
        state["campaigns"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["status"] == status)
            .map(|c| c["id"].as_i64().unwrap())
            .unwrap_or_else(|| panic!("the mock has no {status} campaign"))
    };
    let (active, draft) = (first_with("active"), first_with("draft"));
    let now = client.campaigns().pause(active).await.unwrap();
    assert!(matches!(now, voiso::Paused::Now(_)), "{now:?}");
    // A 409 read back: already paused is what was wanted.
    let again = client.campaigns().pause(active).await.unwrap();
    assert!(
        matches!(&again, voiso::Paused::Already(c) if c.status.is_paused()),
        "{again:?}"
    );
    // A 409 read back: a draft cannot be paused, and the error says why.
    let error = client.campaigns().pause(draft).await.unwrap_err();
    assert!(matches!(error, Error::NotAllowed { .. }), "{error:?}");
    assert!(error.to_string().contains("draft"), "{error}");
    assert_eq!(error.status(), Some(voiso::StatusCode::CONFLICT));
}

fn lead(phone: &str) -> voiso::Lead {
    voiso::Lead::new(phone)
}

#[tokio::test]
async fn adding_leads_checks_them_first_and_resends_safely() {
    let (server, client) = area_mock(voiso_mock::MockConfig::default()).await;
    let campaign = client.campaigns().list().send().await.unwrap().items[0].id;

    // Checked before anything is sent.
    let error = client
        .campaigns()
        .add_leads(campaign, vec![])
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidArgument(_)), "{error:?}");
    let too_many: Vec<_> = (0..1001).map(|i| lead(&format!("1555{i:07}"))).collect();
    assert!(
        client
            .campaigns()
            .add_leads(campaign, too_many)
            .await
            .is_err()
    );
    let mut bad = lead("15551230000");
    bad.priority = std::num::NonZeroU32::new(1001);
    let error = client
        .campaigns()
        .add_leads(campaign, vec![lead("15551230001"), bad])
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::InvalidLead { index: 1, .. }),
        "{error:?}"
    );

    // Created, rejected, then duplicates on a second import.
    let added = client
        .campaigns()
        .add_leads(
            campaign,
            vec![lead("15551230001"), lead("15551230002"), lead("123")],
        )
        .await
        .unwrap();
    assert_eq!(added.created, ["15551230001", "15551230002"]);
    assert_eq!(added.rejected, ["123"]);
    assert!(!added.resent);
    // Within 2 s of the last import Voiso says 409: it is waited out.
    let started = Instant::now();
    let again = client
        .campaigns()
        .add_leads(campaign, vec![lead("15551230001"), lead("15551230003")])
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(again.duplicates, ["15551230001"]);
    assert_eq!(again.created, ["15551230003"]);
    drop(server);

    // Answers lost: each call ends with every lead created once (no
    // retry by the caller), and the result says a resend happened.
    let mut config = voiso_mock::MockConfig::default()
        .lost_reply_rate(0.6)
        .seed(5);
    config.lost_reply_stall = Duration::from_millis(100);
    let (server, client) = area_mock(config).await;
    let before = leads_in(&server, campaign).await;
    let mut resent_seen = false;
    for batch in 0..2 {
        let leads: Vec<_> = (0..25)
            .map(|i| lead(&format!("1555{batch}00{i:04}")))
            .collect();
        let added = client.campaigns().add_leads(campaign, leads).await.unwrap();
        assert_eq!(added.created.len() + added.duplicates.len(), 25);
        resent_seen |= added.resent;
    }
    assert_eq!(leads_in(&server, campaign).await, before + 50);
    assert!(resent_seen, "the mock lost some answers");
    assert!(server.request_stats().lost_replies > 0);
}

async fn leads_in(server: &voiso_mock::MockServer, campaign: voiso::CampaignId) -> u64 {
    mock_state(server).await["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == campaign.get())
        .unwrap()["leads"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn a_deduplicated_write_resends_until_answered_within_its_deadline() {
    // Five answers in a row lost (more than the retry policy's attempts):
    // adding leads is safe to resend, so the call goes on until answered.
    let posts = Arc::new(AtomicUsize::new(0));
    let p = posts.clone();
    let server = Server::start(move |_, _| {
        if p.fetch_add(1, Ordering::SeqCst) < 5 {
            return Reply::html(502);
        }
        Reply::json(
            200,
            json!({"leads_import": {"created": [], "rejected": [], "duplicates": ["15551230001"]}})
                .to_string(),
        )
    })
    .await;
    let added = client(&server)
        .campaigns()
        .add_leads(3, vec![lead("15551230001")])
        .await
        .unwrap();
    assert!(added.resent, "{added:?}");
    assert_eq!(added.duplicates, ["15551230001"]);
    assert_eq!(posts.load(Ordering::SeqCst), 6);

    // An unreadable 2xx went through: the resend's answer says what it did.
    let posts = Arc::new(AtomicUsize::new(0));
    let p = posts.clone();
    let server = Server::start(move |_, _| {
        if p.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::json(200, r#"{"leads_import": 1"#);
        }
        Reply::json(
            200,
            json!({"leads_import": {"created": [], "rejected": [], "duplicates": ["15551230001"]}})
                .to_string(),
        )
    })
    .await;
    let added = client(&server)
        .campaigns()
        .add_leads(3, vec![lead("15551230001")])
        .await
        .unwrap();
    assert!(
        added.resent && added.duplicates == ["15551230001"],
        "{added:?}"
    );
    assert_eq!(posts.load(Ordering::SeqCst), 2);

    // A deadline still ends it: nothing is resent forever.
    let server = Server::start(|_, _| Reply::html(502)).await;
    let client = voiso::Client::builder()
        .api_key(SENTINEL_KEY)
        .base_url(&server.url)
        .retry_policy(fast_retries())
        .operation_timeout(Duration::from_millis(800))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .campaigns()
        .add_leads(3, vec![lead("15551230001")])
        .await
        .unwrap_err();
    assert!(error.is_retryable(), "{error:?}");
    assert!(started.elapsed() < Duration::from_millis(1500));
    assert!(server.count() > 3, "resent past the policy's attempts");
}

#[tokio::test]
async fn the_bulk_runner_starts_an_id_given_twice_once() {
    let server = Server::start(|req, _| {
        let id = req.path().split('/').nth(5).unwrap_or("").to_string();
        Reply::json(200, envelope(&id, "pending"))
    })
    .await;
    let a = WebhookFailureId::new("aaaa").unwrap();
    let b = WebhookFailureId::new("bbbb").unwrap();
    let targets = [&a, &b, &a, &a, &b].map(|id| RetriggerTarget::new(id.clone(), listed()));
    let items: Vec<_> = client(&server)
        .webhook_failures()
        .retrigger_many(targets)
        .concurrency(4)
        .stream()
        .collect()
        .await;
    let mut ids: Vec<String> = items
        .iter()
        .map(|i| i.as_ref().unwrap().id.to_string())
        .collect();
    ids.sort();
    assert_eq!(ids, ["aaaa", "bbbb"]);
    let posts: Vec<String> = server
        .seen()
        .into_iter()
        .filter(|s| s.method == "POST")
        .map(|s| s.path().to_string())
        .collect();
    assert_eq!(posts.len(), 2, "{posts:?}");
}

#[tokio::test]
async fn a_call_is_never_repeated_after_a_lost_answer() {
    let (server, client) = area_mock(voiso_mock::MockConfig::default()).await;
    let state = mock_state(&server).await;
    let agents = state["agents"].as_array().unwrap();
    let available = agents.iter().find(|a| a["available"] == true).unwrap()["user_id"]
        .as_str()
        .unwrap()
        .to_string();
    let away = agents.iter().find(|a| a["available"] == false).unwrap()["user_id"]
        .as_str()
        .unwrap()
        .to_string();

    let call = client
        .calls()
        .start(available.as_str(), "18885658889")
        .await
        .unwrap();
    assert!(!call.as_str().is_empty());
    let state = mock_state(&server).await;
    assert_eq!(state["calls"].as_array().unwrap().len(), 1);
    let newest = client
        .cdrs()
        .list()
        .limit(1)
        .pages()
        .next()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(newest.items[0].type_, "call");

    let error = client
        .calls()
        .start(away.as_str(), "18885658889")
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Validation { errors, .. } if errors.contains_key("user")),
        "{error:?}"
    );
    let error = client
        .calls()
        .start(available.as_str(), "not-a-number")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidArgument(_)), "{error:?}");
    assert!(
        client.calls().start("1234", "18885658889").await.is_err(),
        "not a UUID"
    );
    drop(server);

    // Every answer lost: one POST, and the error says the call may have started.
    let mut config = voiso_mock::MockConfig::default().lost_reply_rate(1.0);
    config.lost_reply_stall = Duration::from_millis(100);
    let (server, client) = area_mock(config).await;
    for _ in 0..3 {
        let error = client
            .calls()
            .start(available.as_str(), "18885658889")
            .await
            .unwrap_err();
        assert!(matches!(error, Error::MayHaveStarted { .. }), "{error:?}");
        assert!(error.to_string().contains("may have started"), "{error}");
    }
    let state = mock_state(&server).await;
    assert_eq!(
        state["calls"].as_array().unwrap().len(),
        3,
        "one call per start, never two"
    );
}

/// A mock whose lost requests may land late and whose redeliveries fail
/// again within 50 ms, as a still-broken endpoint's do: a blind second POST
/// would be a second retrigger that counts.
async fn late_mock(commit_delay: Duration, skew_s: i64) -> voiso_mock::MockServer {
    let mut config = voiso_mock::MockConfig::default()
        .failures(80)
        .lost_reply_rate(0.3)
        .commit_delay(commit_delay)
        .clock_skew(chrono::TimeDelta::seconds(skew_s))
        .delivery(Duration::from_millis(50), 0.0)
        .seed(9);
    config.lost_reply_stall = Duration::from_millis(200);
    voiso_mock::MockServer::start(config).await.unwrap()
}

fn settled_client(server: &voiso_mock::MockServer, settle: Duration) -> voiso::Client {
    voiso::Client::builder()
        .api_key(voiso_mock::DEFAULT_KEY)
        .base_url(server.base_url())
        .request_timeout(Duration::from_millis(150))
        .retry_policy(fast_retries())
        .settle_interval(settle)
        .build()
        .unwrap()
}

async fn retrigger_bare_ids(client: &voiso::Client, wanted: &BTreeSet<String>) {
    let ids: Vec<WebhookFailureId> = wanted
        .iter()
        .map(|id| WebhookFailureId::new(id).unwrap())
        .collect();
    let summary = client
        .webhook_failures()
        .retrigger_many(ids)
        .concurrency(8)
        .run()
        .await;
    assert!(summary.is_success(), "{summary:?}");
}

#[tokio::test]
async fn a_late_commit_is_judged_only_after_the_settle_interval() {
    // The mock loses an answer first and applies the request 300 ms later.
    // Reading back at once sees nothing yet, and a second POST follows.
    let server = late_mock(Duration::from_millis(300), 0).await;
    let wanted = inactive_ids(&server);
    retrigger_bare_ids(&settled_client(&server, Duration::ZERO), &wanted).await;
    // Let every late commit land before counting.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let twice = server
        .retrigger_counts()
        .values()
        .filter(|&&n| n > 1)
        .count();
    assert!(twice > 0, "the mock committed late enough to fool a read");
    assert!(server.request_stats().late_commits > 0);

    // A settle interval longer than the commit's delay: once each.
    let server = late_mock(Duration::from_millis(300), 0).await;
    let wanted = inactive_ids(&server);
    retrigger_bare_ids(
        &settled_client(&server, Duration::from_millis(700)),
        &wanted,
    )
    .await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_each_once(&server, &wanted);
    assert!(server.request_stats().late_commits > 0);
}

#[tokio::test]
async fn explicit_ids_are_judged_without_comparing_clocks() {
    // Voiso's clock 10 s behind or ahead of ours, answers lost, and every
    // redelivery failing again: a retrigger judged by our clock would look
    // like it never happened (or happened when it did not).
    for skew in [-10, 10] {
        let server = late_mock(Duration::ZERO, skew).await;
        let wanted = inactive_ids(&server);
        retrigger_bare_ids(&settled_client(&server, Duration::from_millis(10)), &wanted).await;
        assert_each_once(&server, &wanted);
    }
}

#[tokio::test]
async fn lists_under_a_page_cap_below_the_limit_yield_every_item_once() {
    let server =
        voiso_mock::MockServer::start(voiso_mock::MockConfig::default().failures(300).page_cap(50))
            .await
            .unwrap();
    let client = lossy_client(&server);
    let ids: Vec<String> = client
        .webhook_failures()
        .list()
        .limit(100)
        .concurrency(3)
        .stream()
        .map_ok(|f| f.id.to_string())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids.len(), 300);
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 300);
}

#[tokio::test]
async fn reads_go_through_lost_answers_each_item_once() {
    // The idempotent class: a read whose answer is lost is simply asked
    // again, and a stream still yields every item once.
    let mut config = voiso_mock::MockConfig::default()
        .failures(400)
        .lost_reply_rate(0.3)
        .seed(4);
    config.lost_reply_stall = Duration::from_millis(200);
    let server = voiso_mock::MockServer::start(config).await.unwrap();
    let client = voiso::Client::builder()
        .api_key(voiso_mock::DEFAULT_KEY)
        .base_url(server.base_url())
        .request_timeout(Duration::from_millis(150))
        .retry_policy(fast_retries().with_max_attempts(8))
        .build()
        .unwrap();
    let ids: Vec<String> = client
        .webhook_failures()
        .list()
        .limit(50)
        .stream()
        .map_ok(|f| f.id.to_string())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids.len(), 400);
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 400);
    assert!(server.request_stats().lost_replies > 0);
}

#[tokio::test]
async fn a_state_restored_from_an_earlier_process_reads_only_after_the_settle_interval() {
    // The earlier process's POST was answered 502 and lands 300 ms later
    // (a request still queued upstream); this process starts at once.
    let updated = Arc::new(Mutex::new("2026-03-15T10:00:00Z".to_string()));
    let posts = Arc::new(AtomicUsize::new(0));
    let (u, p) = (updated.clone(), posts.clone());
    let server = Server::start(move |req, _| {
        if req.method == "POST" {
            p.fetch_add(1, Ordering::SeqCst);
            let u = u.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(300));
                *u.lock().unwrap() = "2026-03-15T11:00:00Z".to_string();
            });
            return Reply::html(502);
        }
        let mut failure = failure_json(ID, "inactive", "2026-03-15T10:00:00Z");
        failure["updated_at"] = json!(u.lock().unwrap().clone());
        Reply::json(200, json!({ "webhook_failure": failure }).to_string())
    })
    .await;
    let client_settling = |settle| {
        voiso::Client::builder()
            .api_key(SENTINEL_KEY)
            .base_url(&server.url)
            .retry_policy(RetryPolicy::none())
            .settle_interval(settle)
            .build()
            .unwrap()
    };
    // What a journal kept of the earlier process: its POST may have gone out
    // just now.
    let restored = || {
        listed()
            .maybe_sent(Some(chrono::Utc::now()))
            .in_flight_until(chrono::Utc::now())
    };
    // The first process's POST.
    let mut first = listed();
    let error = client_settling(Duration::from_secs(5))
        .webhook_failures()
        .retrigger_with(ID, &mut first)
        .await
        .unwrap_err();
    assert!(error.is_retryable(), "{error:?}");
    assert!(first.outcome_unknown());
    // The rerun, with a settle interval longer than the commit's delay.
    let got = client_settling(Duration::from_millis(700))
        .webhook_failures()
        .retrigger_with(ID, &mut restored())
        .await
        .unwrap();
    assert!(matches!(got, voiso::Retriggered::FailedAgain(_)), "{got:?}");
    assert_eq!(posts.load(Ordering::SeqCst), 1, "no second POST");
}
