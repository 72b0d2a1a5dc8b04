//! Nothing panics on server data: arbitrary bytes, arbitrary JSON and
//! mutated valid responses, at every status, through every operation.

mod support;

use std::sync::{Arc, Mutex};

use futures::TryStreamExt;
use proptest::prelude::*;
use serde_json::Value;
use support::*;
use voiso::{Error, RetryPolicy};

const ID: &str = "aabbccddeeff001122334455";

struct Harness {
    runtime: tokio::runtime::Runtime,
    reply: Arc<Mutex<(u16, Vec<u8>)>>,
    client: voiso::Client,
    _server: Server,
}

fn harness() -> &'static Harness {
    static HARNESS: std::sync::OnceLock<Harness> = std::sync::OnceLock::new();
    HARNESS.get_or_init(|| {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let reply = Arc::new(Mutex::new((200, Vec::new())));
        let shared = reply.clone();
        let server = runtime.block_on(Server::start(move |_, _| {
            let (status, body) = shared.lock().unwrap().clone();
            Reply::Full {
                status,
                headers: vec![("content-type".into(), "application/json".into())],
                body,
            }
        }));
        let client = runtime.block_on(async { client_with(&server, RetryPolicy::none()) });
        Harness {
            runtime,
            reply,
            client,
            _server: server,
        }
    })
}

/// Every response path answers a typed result that agrees with the status.
fn check(status: u16, body: Vec<u8>) -> Result<(), TestCaseError> {
    // The three properties run on parallel threads against one server.
    static SERIAL: Mutex<()> = Mutex::new(());
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let h = harness();
    *h.reply.lock().unwrap() = (status, body);
    let results: Vec<Result<(), Error>> = h.runtime.block_on(async {
        let failures = h.client.webhook_failures();
        vec![
            failures.get(ID).await.map(drop),
            failures.retrigger(ID).await.map(drop),
            failures.list().send().await.map(drop),
            failures
                .list()
                .limit(5)
                .stream()
                .try_collect::<Vec<_>>()
                .await
                .map(drop),
            h.client.webhooks().get(ID).await.map(drop),
            h.client.webhooks().list().send().await.map(drop),
        ]
    });
    for result in results {
        match result {
            Ok(()) => prop_assert!((200..300).contains(&status)),
            Err(Error::Decode { status: s, .. }) => prop_assert_eq!(s.as_u16(), status),
            Err(Error::Pagination { .. }) => prop_assert!((200..300).contains(&status)),
            Err(error) => prop_assert_eq!(
                error.status().map(|s| s.as_u16()),
                Some(status),
                "{:?}",
                error
            ),
        }
    }
    Ok(())
}

fn statuses() -> impl Strategy<Value = u16> {
    prop::sample::select(vec![
        200u16, 201, 204, 302, 400, 401, 403, 404, 406, 409, 422, 429, 500, 502, 503,
    ])
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z_ ]{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "inactive",
            "pending",
            "2026-03-15T10:00:00Z",
            "",
            "..",
            "id"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "webhook_failure",
                    "webhook_failures",
                    "webhooks",
                    "webhook",
                    "metadata",
                    "total",
                    "id",
                    "status",
                    "event",
                    "name",
                    "created_at",
                    "updated_at",
                    "error",
                    "errors",
                    "reason",
                ])
                .prop_map(String::from),
                inner,
                0..6,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn valid_bodies() -> Vec<Vec<u8>> {
    let failure = failure_json(ID, "inactive", "2026-03-15T10:00:00Z");
    vec![
        envelope(ID, "pending").into_bytes(),
        serde_json::json!({"webhook_failures": [failure.clone(), failure], "metadata": {"total": 2}}).to_string().into_bytes(),
        webhook_envelope(ID).into_bytes(),
        serde_json::json!({"webhooks": [{"id": ID, "name": "n"}], "metadata": {"total": 1}}).to_string().into_bytes(),
        br#"{"errors": {"status": ["already pending"]}}"#.to_vec(),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, u8),
    Remove(usize),
}

fn mutate(mut body: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for mutation in mutations {
        let len = body.len().max(1);
        match *mutation {
            Mutation::Flip(at, bits) => {
                if let Some(byte) = body.get_mut(at % len) {
                    *byte ^= bits;
                }
            }
            Mutation::Truncate(at) => body.truncate(at % len),
            Mutation::Insert(at, byte) => body.insert((at % len).min(body.len()), byte),
            Mutation::Remove(at) => {
                if !body.is_empty() {
                    body.remove(at % body.len());
                }
            }
        }
    }
    body
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    prop::collection::vec(
        prop_oneof![
            (any::<usize>(), 1u8..).prop_map(|(a, b)| Mutation::Flip(a, b)),
            any::<usize>().prop_map(Mutation::Truncate),
            (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::Insert(a, b)),
            any::<usize>().prop_map(Mutation::Remove),
        ],
        1..4,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(status in statuses(), body in prop::collection::vec(any::<u8>(), 0..256)) {
        check(status, body)?;
    }

    #[test]
    fn arbitrary_json(status in statuses(), value in json()) {
        check(status, value.to_string().into_bytes())?;
    }

    #[test]
    fn mutated_valid_responses(
        status in statuses(),
        which in 0usize..5,
        mutations in mutations(),
    ) {
        check(status, mutate(valid_bodies()[which].clone(), &mutations))?;
    }
}
