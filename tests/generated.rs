//! Snapshot tests that make every change to the generated client visible in
//! review: its source, the exact request each operation puts on the wire,
//! and how each documented example decodes.
//!
//! CI runs them with `CI=true` and `INSTA_UPDATE=no`, so a changed snapshot
//! fails; a maintainer accepts an intended change with `cargo insta review`.

use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;

use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use voiso_api::Client;
use voiso_api::types;
use voiso_tests::{operations, render_request, resolve, spec};
use wiremock::{Mock, MockServer, Request, ResponseTemplate, matchers::any};

const TOKEN: &str = "test-key-5f2c";

// The generated source itself has one guard, `cargo xtask generate --check`
// (in CI): a snapshot that copied it byte for byte would only add churn.
// What the snapshots here show is its behaviour: requests, decoding, errors.

// ---------------------------------------------------------------------------
// Requests on the wire.

type Outcome = Pin<Box<dyn Future<Output = String>>>;

/// One call through the generated client; the label names it in the snapshot.
struct Case {
    operation: &'static str,
    label: &'static str,
    call: fn(Client) -> Outcome,
}

fn outcome<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<voiso_api::ResponseValue<T>, voiso_api::Error<E>>,
) -> String {
    match result {
        Ok(value) => format!("Ok({})", value.status()),
        Err(voiso_api::Error::InvalidRequest(why)) => format!("refused before sending: {why}"),
        Err(other) => format!("Err({other})"),
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            operation: "listWebhookFailures",
            label: "no parameters",
            call: |c| Box::pin(async move { outcome(c.list_webhook_failures().send().await) }),
        },
        Case {
            operation: "listWebhookFailures",
            label: "every parameter",
            call: |c| {
                Box::pin(async move {
                    let since: chrono::DateTime<chrono::Utc> =
                        "2026-03-15T00:00:00Z".parse().expect("valid time");
                    let before: chrono::DateTime<chrono::Utc> =
                        "2026-03-16T12:30:00.250Z".parse().expect("valid time");
                    outcome(
                        c.list_webhook_failures()
                            .limit(std::num::NonZeroU32::new(50).expect("non-zero"))
                            .offset(100_i64)
                            .created_at_gte(since)
                            .created_at_lt(before)
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhookFailure",
            label: "documented id",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.get_webhook_failure()
                            .webhook_failure_id("aabbccddeeff001122334455")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhookFailure",
            label: "id with path and query syntax a/b?c#d",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.get_webhook_failure()
                            .webhook_failure_id("a/b?c#d")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhookFailure",
            label: "id ../x",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.get_webhook_failure()
                            .webhook_failure_id("../x")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhookFailure",
            label: "id .. (a dot segment) is refused",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.get_webhook_failure()
                            .webhook_failure_id("..")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhookFailure",
            label: "id with a backslash is refused",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.get_webhook_failure()
                            .webhook_failure_id("a\\..\\x")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhookFailure",
            label: "empty id is refused",
            call: |c| {
                Box::pin(async move {
                    outcome(c.get_webhook_failure().webhook_failure_id("").send().await)
                })
            },
        },
        Case {
            operation: "getWebhookFailure",
            label: "id with percent, space and unicode",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.get_webhook_failure()
                            .webhook_failure_id("%2F é")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "retriggerWebhookFailure",
            label: "documented id",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.retrigger_webhook_failure()
                            .webhook_failure_id("aabbccddeeff001122334455")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "retriggerWebhookFailure",
            label: "id ../x",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.retrigger_webhook_failure()
                            .webhook_failure_id("../x")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "listWebhooks",
            label: "limit and offset",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.list_webhooks()
                            .limit(std::num::NonZeroU32::new(100).expect("non-zero"))
                            .offset(0_i64)
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhook",
            label: "documented id",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.get_webhook()
                            .webhook_id("0b97ce11-b6e0-49b4-8f92-68040aa324bf")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getWebhook",
            label: "id with path and query syntax a/b?c#d",
            call: |c| {
                Box::pin(async move { outcome(c.get_webhook().webhook_id("a/b?c#d").send().await) })
            },
        },
        Case {
            operation: "listUsers",
            label: "no parameters",
            call: |c| Box::pin(async move { outcome(c.list_users().send().await) }),
        },
        Case {
            operation: "listUsers",
            label: "documented page: limit 20, offset 40",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.list_users()
                            .limit(std::num::NonZeroU32::new(20).expect("non-zero"))
                            .offset(40_i64)
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "listUsers",
            label: "every filter, with query syntax in the strings",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.list_users()
                            .name("Jane & Joe=1#x")
                            .email("jane+ops@example.com")
                            .sip_account("jane.doe@sip.example.com")
                            .security_access_group_id(3_i64)
                            .extension("102")
                            .caller_id("+1 202/555?0123")
                            .timezone("America/New_York")
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getQueue",
            label: "documented id",
            call: |c| Box::pin(async move { outcome(c.get_queue().queue_id(1_i64).send().await) }),
        },
        Case {
            operation: "getQueue",
            label: "negative id stays one path segment",
            call: |c| Box::pin(async move { outcome(c.get_queue().queue_id(-1_i64).send().await) }),
        },
        Case {
            operation: "getQueue",
            label: "largest id",
            call: |c| {
                Box::pin(async move { outcome(c.get_queue().queue_id(i64::MAX).send().await) })
            },
        },
        Case {
            operation: "listQueueUsers",
            label: "documented page: limit 50, offset 50",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.list_queue_users()
                            .queue_id(1_i64)
                            .limit(std::num::NonZeroU32::new(50).expect("non-zero"))
                            .offset(50_i64)
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "listQueueUsers",
            label: "missing queue id is refused",
            call: |c| Box::pin(async move { outcome(c.list_queue_users().send().await) }),
        },
        Case {
            operation: "listCannedMessages",
            label: "limit and offset",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.list_canned_messages()
                            .limit(std::num::NonZeroU32::new(100).expect("non-zero"))
                            .offset(0_i64)
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "listCampaigns",
            label: "no parameters",
            call: |c| Box::pin(async move { outcome(c.list_campaigns().send().await) }),
        },
        Case {
            operation: "listCampaigns",
            label: "every filter",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.list_campaigns()
                            .limit(std::num::NonZeroU32::new(10).expect("non-zero"))
                            .offset(20_i64)
                            .name("Summer Outreach")
                            .status("auto_paused")
                            .strategy("predictive_ai")
                            .method("progressive")
                            .live(false)
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "getCampaign",
            label: "documented id",
            call: |c| {
                Box::pin(async move { outcome(c.get_campaign().campaign_id(3_i64).send().await) })
            },
        },
        Case {
            operation: "getCampaign",
            label: "negative id stays one path segment",
            call: |c| {
                Box::pin(async move { outcome(c.get_campaign().campaign_id(-3_i64).send().await) })
            },
        },
        Case {
            operation: "pauseCampaign",
            label: "documented id (no body)",
            call: |c| {
                Box::pin(async move { outcome(c.pause_campaign().campaign_id(3_i64).send().await) })
            },
        },
        Case {
            operation: "addCampaignLeads",
            label: "documented body",
            call: |c| {
                Box::pin(async move {
                    let leads: types::LeadsImportRequest = serde_json::from_value(
                        documented_request_example(&spec(), "addCampaignLeads"),
                    )
                    .expect("the documented leads decode");
                    outcome(
                        c.add_campaign_leads()
                            .campaign_id(3_i64)
                            .body(leads)
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "addCampaignLeads",
            label: "one lead built in Rust",
            call: |c| {
                Box::pin(async move {
                    let lead: types::Lead = types::Lead::builder()
                        .phone_number("15557654321")
                        .priority(std::num::NonZeroU32::new(1000).expect("non-zero"))
                        .active(false)
                        .try_into()
                        .expect("a valid lead");
                    outcome(
                        c.add_campaign_leads()
                            .campaign_id(3_i64)
                            .body(vec![lead])
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "addCampaignLeads",
            label: "a phone number with + is refused before sending",
            call: |c| {
                Box::pin(async move {
                    let lead: Result<types::Lead, _> = types::Lead::builder()
                        .phone_number("+15557654321")
                        .try_into();
                    match lead {
                        Ok(lead) => outcome(
                            c.add_campaign_leads()
                                .campaign_id(3_i64)
                                .body(vec![lead])
                                .send()
                                .await,
                        ),
                        Err(why) => format!("refused before sending: {why}"),
                    }
                })
            },
        },
        Case {
            operation: "startCall",
            label: "documented body (user_id as the example's string)",
            call: |c| {
                Box::pin(async move {
                    let body: types::StartCallRequest =
                        serde_json::from_value(documented_request_example(&spec(), "startCall"))
                            .expect("the documented body decodes");
                    outcome(c.start_call().body(body).send().await)
                })
            },
        },
        Case {
            operation: "startCall",
            label: "integer user_id, caller id and source",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.start_call()
                            .body_map(|b| {
                                b.user_id(1234_i64)
                                    .phone_number("18885658889")
                                    .caller_id(Some("18885650001".to_string()))
                                    .source(Some(
                                        types::CallSource::builder()
                                            .account_id(Some("0015e00000AbCdE".to_string()))
                                            .system(Some("my_crm".to_string()))
                                            .try_into()
                                            .expect("a valid source"),
                                    ))
                            })
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "startCall",
            label: "a user's UUID as user_id",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.start_call()
                            .body_map(|b| {
                                b.user_id(types::AgentId::String(
                                    "0b97ce11-b6e0-49b4-8f92-68040aa324bf".to_string(),
                                ))
                                .phone_number("18885658889")
                            })
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "startCall",
            label: "missing phone_number is refused",
            call: |c| {
                Box::pin(async move {
                    outcome(
                        c.start_call()
                            .body_map(|b| b.user_id(1234_i64))
                            .send()
                            .await,
                    )
                })
            },
        },
        Case {
            operation: "listCdrs",
            label: "no parameters",
            call: |c| Box::pin(async move { outcome(c.list_cdrs().send().await) }),
        },
        Case {
            operation: "listCdrs",
            label: "every parameter, with query syntax in the cursor",
            call: |c| {
                Box::pin(async move {
                    let from: chrono::DateTime<chrono::Utc> =
                        "2026-03-15T00:00:00Z".parse().expect("valid time");
                    let to: chrono::DateTime<chrono::Utc> =
                        "2026-03-16T00:00:00.5Z".parse().expect("valid time");
                    outcome(
                        c.list_cdrs()
                            .limit(std::num::NonZeroU32::new(1000).expect("non-zero"))
                            .offset(0_i64)
                            .cursor("eyJpZCI6MX0=/../?limit=1&x#y")
                            .started_at_gte(from)
                            .started_at_lt(to)
                            .ended_at_gte(from)
                            .ended_at_lt(to)
                            .type_("hlr_lookup")
                            .send()
                            .await,
                    )
                })
            },
        },
    ]
}

/// The request body's example of an operation, from the spec.
fn documented_request_example(spec: &Value, operation_id: &str) -> Value {
    let (_, method, path) = operations(spec)
        .into_iter()
        .find(|(id, ..)| id == operation_id)
        .expect("the operation is in the spec");
    let op = &spec["paths"][&path][method.to_lowercase()];
    resolve(spec, &op["requestBody"])["content"]["application/json"]["example"].clone()
}

/// The spec's operation a request was sent to: its method and path template.
fn operation_of(spec: &Value, request: &Request) -> Option<(String, String)> {
    let segments: Vec<&str> = request.url.path().split('/').collect();
    operations(spec)
        .into_iter()
        .find(|(_, method, path)| {
            let template: Vec<&str> = path.split('/').collect();
            *method == request.method.as_str()
                && template.len() == segments.len()
                && template
                    .iter()
                    .zip(&segments)
                    .all(|(t, s)| t.starts_with('{') || t == s)
        })
        .map(|(id, _, path)| (id, path))
}

/// The documented success body for a request, so each call also proves the
/// generated decoder accepts it. Operations whose response the docs do not
/// show answer a body of the inferred shape, built from documented records
/// where there are some.
fn success_body(spec: &Value, request: &Request) -> Value {
    let Some((id, path)) = operation_of(spec, request) else {
        return json!({"error": "Not found"});
    };
    match id.as_str() {
        "listWebhooks" => {
            let webhook =
                &documented_example(spec, "/api/v4/tasks/webhooks/{webhook_id}")["webhook"];
            json!({"webhooks": [webhook], "metadata": {"total": 1}})
        }
        "listUsers" => documented_example(spec, "/api/v4/routing/queues/{queue_id}/users"),
        "startCall" => json!({"call": {"id": "c0ffee00-0000-4000-8000-000000000001"}}),
        "listCdrs" => json!({
            "cdrs": [{
                "id": "cdr-1",
                "type": "call",
                "started_at": "2026-03-15T10:00:00Z",
                "ended_at": "2026-03-15T10:04:12Z",
                "data": {"direction": "outbound"}
            }],
            "metadata": {"next_cursor": "eyJpZCI6MX0=", "total": 1}
        }),
        _ => documented_example(spec, &path),
    }
}

fn documented_example(spec: &Value, path: &str) -> Value {
    let item = &spec["paths"][path];
    let op = item
        .as_object()
        .and_then(|methods| methods.values().next())
        .expect("the path has an operation");
    let example =
        resolve(spec, &op["responses"]["200"])["content"]["application/json"]["example"].clone();
    assert!(!example.is_null(), "{path} has no documented 200 example");
    example
}

/// A request's JSON body, compact, for the transcript (nothing when empty).
fn render_body(request: &Request) -> String {
    if request.body.is_empty() {
        return String::new();
    }
    match serde_json::from_slice::<Value>(&request.body) {
        Ok(body) => format!("body: {body}\n"),
        Err(_) => format!(
            "body (not JSON): {}\n",
            String::from_utf8_lossy(&request.body)
        ),
    }
}

#[tokio::test]
async fn requests_on_the_wire() {
    let spec = spec();
    let server = MockServer::start().await;
    let responder_spec = spec.clone();
    Mock::given(any())
        .respond_with(move |request: &Request| {
            ResponseTemplate::new(200).set_body_json(success_body(&responder_spec, request))
        })
        .mount(&server)
        .await;

    let mut headers = reqwest::header::HeaderMap::new();
    let mut auth: reqwest::header::HeaderValue =
        format!("Bearer {TOKEN}").parse().expect("valid header");
    auth.set_sensitive(true);
    headers.insert(reqwest::header::AUTHORIZATION, auth);
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("client builds");
    let client = Client::new_with_client(&server.uri(), http);

    let mut covered = BTreeSet::new();
    let mut seen = 0;
    let mut transcript = String::new();
    for case in cases() {
        covered.insert(case.operation);
        let result = (case.call)(client.clone()).await;
        let received = server.received_requests().await.expect("recording is on");
        transcript.push_str(&format!("## {} — {}\n", case.operation, case.label));
        for request in &received[seen..] {
            transcript.push_str(&render_request(request, TOKEN));
            transcript.push_str(&render_body(request));
        }
        if received.len() == seen {
            transcript.push_str("(nothing sent)\n");
        }
        seen = received.len();
        transcript.push_str(&format!("=> {result}\n\n"));
    }

    let in_spec: BTreeSet<String> = operations(&spec).into_iter().map(|(id, ..)| id).collect();
    let covered: BTreeSet<String> = covered.into_iter().map(String::from).collect();
    assert_eq!(
        in_spec, covered,
        "every operation in the spec needs a request snapshot case"
    );
    insta::assert_snapshot!("requests_on_the_wire", transcript);
}

// ---------------------------------------------------------------------------
// Decoding.

/// Decodes `value` as `T`, and validates it against the JSON schema derived
/// from `T` (what a downstream crate embeds), returning `T`'s Debug form.
fn decode<T: DeserializeOwned + schemars::JsonSchema + std::fmt::Debug>(value: &Value) -> String {
    let schema = serde_json::to_value(schemars::schema_for!(T)).expect("schema serializes");
    let validator = jsonschema::validator_for(&schema).expect("derived schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "{value} does not validate against the schema derived from {}: {errors:?}",
        std::any::type_name::<T>()
    );
    match serde_json::from_value::<T>(value.clone()) {
        Ok(decoded) => format!("{decoded:#?}"),
        Err(e) => panic!(
            "{value} does not decode as {}: {e}",
            std::any::type_name::<T>()
        ),
    }
}

/// The Rust type generated for a component schema, by the schema's name.
fn decode_as(schema: &str, value: &Value) -> String {
    match schema {
        "WebhookFailureList" => decode::<types::WebhookFailureList>(value),
        "WebhookFailureEnvelope" => decode::<types::WebhookFailureEnvelope>(value),
        "WebhookList" => decode::<types::WebhookList>(value),
        "WebhookEnvelope" => decode::<types::WebhookEnvelope>(value),
        "UserList" => decode::<types::UserList>(value),
        "QueueEnvelope" => decode::<types::QueueEnvelope>(value),
        "CannedMessageList" => decode::<types::CannedMessageList>(value),
        "CampaignList" => decode::<types::CampaignList>(value),
        "CampaignEnvelope" => decode::<types::CampaignEnvelope>(value),
        "PausedCampaign" => decode::<types::PausedCampaign>(value),
        "LeadsImportRequest" => decode::<types::LeadsImportRequest>(value),
        "LeadsImportEnvelope" => decode::<types::LeadsImportEnvelope>(value),
        "StartCallRequest" => decode::<types::StartCallRequest>(value),
        "CallEnvelope" => decode::<types::CallEnvelope>(value),
        "CdrList" => decode::<types::CdrList>(value),
        "Error" => decode::<types::ApiError>(value),
        other => panic!("no decoder for schema {other}: add it to decode_as"),
    }
}

#[test]
fn documented_examples_decode() {
    let spec = spec();
    let mut out = String::new();
    let mut decoded = 0;
    for (id, method, path) in operations(&spec) {
        let op = &spec["paths"][&path][method.to_lowercase()];
        if let Some(body) = op.get("requestBody") {
            let media = &resolve(&spec, body)["content"]["application/json"];
            if let Some(example) = media.get("example") {
                let schema = media["schema"]["$ref"]
                    .as_str()
                    .and_then(|r| r.rsplit('/').next())
                    .expect("request schemas are components");
                out.push_str(&format!("## {id} request body ({schema})\n"));
                out.push_str(&decode_as(schema, example));
                out.push_str("\n\n");
                decoded += 1;
            }
        }
        for (status, response) in op["responses"].as_object().expect("responses") {
            let media = &resolve(&spec, response)["content"]["application/json"];
            let Some(example) = media.get("example") else {
                continue;
            };
            let schema = media["schema"]["$ref"]
                .as_str()
                .and_then(|r| r.rsplit('/').next())
                .expect("response schemas are components");
            out.push_str(&format!("## {id} {status} ({schema})\n"));
            out.push_str(&decode_as(schema, example));
            out.push_str("\n\n");
            decoded += 1;
        }
    }
    assert!(decoded >= 80, "only {decoded} examples found in the spec");
    insta::assert_snapshot!("documented_examples", out);
}

#[test]
fn error_bodies_of_each_shape_decode() {
    let bodies = [
        ("simple", json!({"error": "Unauthorized"})),
        (
            "validation",
            json!({"errors": {"limit": ["must be less than or equal to 100"], "offset": ["must be greater than or equal to 0", "is not a number"]}}),
        ),
        (
            "both",
            json!({"error": "Conflict", "errors": {"status": ["is pending"]}}),
        ),
        ("empty object", json!({})),
        (
            "unknown fields",
            json!({"error": "Forbidden", "request_id": "r-1"}),
        ),
    ];
    let mut out = String::new();
    for (label, body) in bodies {
        out.push_str(&format!(
            "## {label}: {body}\n{}\n\n",
            decode_as("Error", &body)
        ));
    }
    insta::assert_snapshot!("error_bodies", out);
}

#[test]
fn responses_the_docs_do_not_show_still_decode() {
    // A status the server adds later, precision the docs vary on, a missing
    // optional field and an unknown one must not make a response undecodable.
    let body = json!({
        "webhook_failure": {
            "id": "aabbccddeeff001122334455",
            "event": "dialer.call.ended",
            "status": "delivered",
            "webhook": {"id": "0b97ce11-b6e0-49b4-8f92-68040aa324bf", "name": "CRM"},
            "created_at": "2026-03-15T10:00:00.123456Z",
            "updated_at": "2026-03-15T10:00:00.5Z",
            "attempts": 5
        }
    });
    insta::assert_snapshot!(
        "undocumented_but_valid",
        decode_as("WebhookFailureEnvelope", &body)
    );
}

#[test]
fn records_keep_what_the_spec_does_not_know() {
    // Values Voiso may add later (a campaign status, a CDR type, a channel),
    // fields the spec does not name, nulls where the docs allow them and the
    // forms the docs leave open must all decode; unknown fields land in the
    // record's `extra` map and are sent back out when re-serialised.
    let cases = [
        (
            "CampaignEnvelope",
            "a later status and strategy, unknown fields, nulled optional blocks",
            json!({"campaign": {
                "id": 4,
                "name": "Winter",
                "status": "archived",
                "strategy": "preview_ai",
                "dial_level": 2.5,
                "method": "progressive",
                "live": true,
                "dial_level_override": null,
                "amd_voicemail_message": {"enabled": true, "voice_message": null, "retries": 2},
                "caller_id_sets": null,
                "max_dial_time": null,
                "follow_up_mode": null
            }}),
        ),
        (
            "PausedCampaign",
            "the {\"campaign\": ...} wrapper Get campaign uses",
            json!({"campaign": {"id": 3, "name": "Summer Outreach Campaign", "status": "pausing",
                                "strategy": "simple", "dial_level": 1}}),
        ),
        (
            "QueueEnvelope",
            "feature blocks off (null), a later strategy, an unknown destination",
            json!({"queue": {
                "id": 2,
                "name": "Sales",
                "strategy": "least_recent",
                "music_on_hold": null,
                "in_queue_announcement": null,
                "failover_destination": {"type": "queue", "wait_time": 120,
                                         "destination": {"queue": {"id": 7}}},
                "callback": null,
                "post_call_rating": {"notification_voice_message": {"type": "tts", "name": "n"},
                                     "instruction_voice_message": {"type": "voice_message", "name": "i"},
                                     "scale": 5},
                "skills": ["billing"]
            }}),
        ),
        (
            "UserList",
            "a user with only the required fields and one unknown",
            json!({"users": [{"id": "0b97ce11-b6e0-49b4-8f92-68040aa324bf", "name": "Jane Doe",
                              "status": "available",
                              "supervised_teams": [{"id": 4, "name": "Night shift"}]}],
                   "metadata": {"total": 1, "limit": 100}}),
        ),
        (
            "CannedMessageList",
            "a later channel and an unknown field",
            json!({"canned_messages": [{"id": 11, "name": "Hi", "channels": ["viber"],
                                        "language": "en"}],
                   "metadata": {"total": 1}}),
        ),
        (
            "LeadsImportEnvelope",
            "lists absent when empty, and an unknown count",
            json!({"leads_import": {"created": ["15551234567"], "skipped": 0}}),
        ),
        (
            "CallEnvelope",
            "an integer call id",
            json!({"call": {"id": 987654, "status": "ringing"}}),
        ),
        (
            "CdrList",
            "a later type, an ongoing record, an integer id, the last page",
            json!({"cdrs": [
                       {"id": 17, "type": "fax", "started_at": "2026-03-15T10:00:00.123Z",
                        "ended_at": null, "data": {"pages": 3}, "subtype": "inbound"},
                       {"id": "c-18", "type": "sms", "started_at": "2026-03-15T11:00:00Z"}
                   ],
                   "metadata": {"next_cursor": null}}),
        ),
    ];
    let mut out = String::new();
    for (schema, label, body) in cases {
        out.push_str(&format!(
            "## {schema}: {label}\n{}\n\n",
            decode_as(schema, &body)
        ));
    }
    insta::assert_snapshot!("forward_compatible", out);

    // Unknown fields are kept in `extra`, not dropped, and survive a round trip.
    let campaign: types::CampaignEnvelope = serde_json::from_value(json!({"campaign": {
        "id": 4, "name": "Winter", "status": "archived", "strategy": "simple",
        "dial_level": 1, "live": true
    }}))
    .expect("decodes");
    assert_eq!(campaign.campaign.status, "archived");
    assert_eq!(campaign.campaign.extra.get("live"), Some(&json!(true)));
    let again = serde_json::to_value(&campaign).expect("serializes");
    assert_eq!(again["campaign"]["live"], json!(true));

    let cdrs: types::CdrList = serde_json::from_value(json!({"cdrs": [
        {"id": 1, "type": "fax", "started_at": "2026-03-15T10:00:00Z", "subtype": "x"}
    ], "metadata": {"next_cursor": null}}))
    .expect("decodes");
    assert_eq!(cdrs.cdrs[0].type_, "fax");
    assert_eq!(cdrs.cdrs[0].id, types::CdrId::Int64(1));
    assert_eq!(cdrs.cdrs[0].extra.get("subtype"), Some(&json!("x")));
    assert_eq!(cdrs.metadata.next_cursor, None);

    // Pause's response in either form gives the same campaign.
    let bare: types::PausedCampaign = serde_json::from_value(
        json!({"id": 3, "name": "S", "status": "paused", "strategy": "simple", "dial_level": 1}),
    )
    .expect("decodes");
    let wrapped: types::PausedCampaign = serde_json::from_value(
        json!({"campaign": {"id": 3, "name": "S", "status": "paused", "strategy": "simple", "dial_level": 1}}),
    )
    .expect("decodes");
    let campaign_of = |paused: types::PausedCampaign| match paused {
        types::PausedCampaign::Bare(campaign) => campaign,
        types::PausedCampaign::Wrapped(envelope) => envelope.campaign,
        other => panic!("a shape this test does not know: {other:?}"),
    };
    assert!(matches!(&bare, types::PausedCampaign::Bare(_)), "{bare:?}");
    assert!(
        matches!(&wrapped, types::PausedCampaign::Wrapped(_)),
        "{wrapped:?}"
    );
    assert_eq!(campaign_of(bare), campaign_of(wrapped));
}

#[test]
fn start_call_sends_user_id_as_given() {
    // The docs type user_id as an integer but send a string: both go out as
    // the caller wrote them, never converted.
    let as_json = |user_id: types::AgentId| {
        let body: types::StartCallRequest = types::StartCallRequest::builder()
            .user_id(user_id)
            .phone_number("18885658889")
            .try_into()
            .expect("a valid request");
        serde_json::to_value(body).expect("serializes")["user_id"].clone()
    };
    assert_eq!(as_json(types::AgentId::from(1234_i64)), json!(1234));
    assert_eq!(
        as_json(types::AgentId::String("1234".into())),
        json!("1234")
    );
    assert_eq!(
        as_json(types::AgentId::String(
            "0b97ce11-b6e0-49b4-8f92-68040aa324bf".into()
        )),
        json!("0b97ce11-b6e0-49b4-8f92-68040aa324bf")
    );
}

#[tokio::test]
async fn hostile_strings_stay_in_their_parameter() {
    // Query values full of URL syntax reach the server as exactly one value
    // of exactly the parameter they were given for.
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(|request: &Request| {
            ResponseTemplate::new(200).set_body_json(if request.url.path().ends_with("/users") {
                json!({"users": [], "metadata": {"total": 0}})
            } else {
                json!({"cdrs": [], "metadata": {"next_cursor": null}})
            })
        })
        .mount(&server)
        .await;
    let client = Client::new(&server.uri());
    let cursor = "eyJpZCI6MX0=/../?limit=1&offset=5#frag %2F é";
    client
        .list_cdrs()
        .cursor(cursor)
        .type_("call&type=sms")
        .send()
        .await
        .expect("the mock answers 200");
    let name = "Jane & Joe=1#x/../%41";
    client
        .list_users()
        .name(name)
        .send()
        .await
        .expect("the mock answers 200");

    let received = server.received_requests().await.expect("recording is on");
    let pairs = |i: usize| -> Vec<(String, String)> {
        received[i]
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    };
    assert_eq!(received[0].url.path(), "/api/v4/reporting/cdrs");
    assert_eq!(
        pairs(0),
        vec![
            ("cursor".to_string(), cursor.to_string()),
            ("type".to_string(), "call&type=sms".to_string()),
        ]
    );
    assert_eq!(received[1].url.path(), "/api/v4/users");
    assert_eq!(pairs(1), vec![("name".to_string(), name.to_string())]);
}

#[tokio::test]
async fn writes_accept_each_declared_success_status() {
    // The docs do not say which 2xx Add leads and Start call answer: each
    // declared one decodes the same body.
    let spec = spec();
    let leads_body = documented_example(&spec, &spec_path_of(&spec, "addCampaignLeads"));
    for status in [200, 201, 202] {
        let server = MockServer::start().await;
        let leads = leads_body.clone();
        Mock::given(any())
            .respond_with(move |request: &Request| {
                let body = if request.url.path().ends_with("/leads") {
                    leads.clone()
                } else {
                    json!({"call": {"id": 42}})
                };
                ResponseTemplate::new(status).set_body_json(body)
            })
            .mount(&server)
            .await;
        let client = Client::new(&server.uri());
        let lead: types::Lead = types::Lead::builder()
            .phone_number("15551234567")
            .try_into()
            .expect("a valid lead");
        let imported = client
            .add_campaign_leads()
            .campaign_id(3_i64)
            .body(vec![lead])
            .send()
            .await
            .unwrap_or_else(|e| panic!("add leads with {status}: {e}"));
        assert_eq!(imported.status().as_u16(), status);
        assert_eq!(
            imported.leads_import.created,
            vec!["15551234567".to_string()]
        );
        let call = client
            .start_call()
            .body_map(|b| b.user_id(1234_i64).phone_number("18885658889"))
            .send()
            .await
            .unwrap_or_else(|e| panic!("start call with {status}: {e}"));
        assert_eq!(call.status().as_u16(), status);
        assert_eq!(call.call.id, types::CallId::Int64(42));
    }
}

/// The path template of an operation.
fn spec_path_of(spec: &Value, operation_id: &str) -> String {
    operations(spec)
        .into_iter()
        .find(|(id, ..)| id == operation_id)
        .map(|(_, _, path)| path)
        .expect("the operation is in the spec")
}
