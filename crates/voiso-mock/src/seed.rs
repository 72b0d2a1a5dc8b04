//! The deterministic data set: a handful of webhooks and the failures of
//! their deliveries, all derived from one seed.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Duration, DurationRound, TimeDelta, Utc};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use voiso_api::types::{Webhook, WebhookFailure, WebhookFailureId, WebhookId, WebhookRef};

/// Status of a delivery Voiso gave up on.
pub const STATUS_INACTIVE: &str = "inactive";
/// Status of a delivery queued for another attempt.
pub const STATUS_PENDING: &str = "pending";
/// Status of a retriggered delivery that went through.
pub const STATUS_DELIVERED: &str = "delivered";

/// Outside the documented event list, but it is what Voiso's own failure
/// examples show, so clients must meet it.
const UNDOCUMENTED_EVENT: &str = "call.ended";

/// Why a delivery failed, as Voiso words it in its examples and as common
/// HTTP failures read.
pub(crate) const FAILURE_REASONS: &[&str] = &[
    "Connection timeout",
    "Connection refused",
    "Read timeout",
    "SSL certificate verify failed",
    "HTTP 401 Unauthorized",
    "HTTP 404 Not Found",
    "HTTP 500 Internal Server Error",
    "HTTP 502 Bad Gateway",
    "HTTP 503 Service Unavailable",
];

struct WebhookTemplate {
    name: &'static str,
    url: &'static str,
    http_method: &'static str,
    authentication_method: &'static str,
    headers: &'static [(&'static str, &'static str)],
    events: &'static [&'static str],
}

const WEBHOOKS: &[WebhookTemplate] = &[
    WebhookTemplate {
        name: "CRM call events",
        url: "https://crm.example.com/voiso/webhook",
        http_method: "post",
        authentication_method: "basic",
        headers: &[("X-Custom-Header", "value")],
        events: &[
            "inbound.call.answered",
            "outbound.call.answered",
            "inbound.call.ended",
            "outbound.call.ended",
        ],
    },
    WebhookTemplate {
        name: "Helpdesk conversations",
        url: "https://helpdesk.example.org/hooks/voiso",
        http_method: "post",
        authentication_method: "bearer",
        headers: &[("X-Source", "voiso")],
        events: &["conversation.ended", "message.received"],
    },
    WebhookTemplate {
        name: "Dialer analytics",
        url: "https://analytics.example.net/ingest/voiso",
        http_method: "put",
        authentication_method: "none",
        headers: &[],
        events: &[
            "dialer.call.answered",
            "dialer.call.hangup",
            "dialer.call.ended",
        ],
    },
    WebhookTemplate {
        name: "Missed call alerts",
        url: "https://alerts.example.com/voiso/missed",
        http_method: "post",
        authentication_method: "basic",
        headers: &[("X-Team", "support")],
        events: &["inbound.call.hangup", "outbound.call.hangup"],
    },
    WebhookTemplate {
        name: "Data warehouse sync",
        url: "https://etl.example.io/webhooks/voiso-calls",
        http_method: "post",
        authentication_method: "bearer",
        headers: &[("X-Tenant", "cc-xxx01"), ("X-Schema-Version", "3")],
        events: &[
            "inbound.call.ended",
            "outbound.call.ended",
            "dialer.call.ended",
            "conversation.ended",
        ],
    },
];

const DAY_SECONDS: i64 = 24 * 60 * 60;

pub(crate) struct SeedData {
    pub webhooks: Vec<Webhook>,
    pub failures: Vec<WebhookFailure>,
}

/// `count` failures created over the 30 days before `anchor`, mostly
/// `inactive`, some `pending`.
pub(crate) fn generate(seed: u64, count: usize, anchor: DateTime<Utc>) -> SeedData {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let anchor = anchor
        .duration_trunc(TimeDelta::seconds(1))
        .unwrap_or(anchor);

    let webhooks: Vec<Webhook> = WEBHOOKS
        .iter()
        .map(|template| webhook(&mut rng, template, anchor))
        .collect();

    let mut ids = HashSet::with_capacity(count);
    let failures = (0..count)
        .map(|_| {
            let index = rng.random_range(0..webhooks.len());
            failure(
                &mut rng,
                &mut ids,
                &webhooks[index],
                WEBHOOKS[index].events,
                anchor,
            )
        })
        .collect();
    SeedData { webhooks, failures }
}

fn webhook(rng: &mut ChaCha8Rng, template: &WebhookTemplate, anchor: DateTime<Utc>) -> Webhook {
    // Webhooks are set up long before the failures shown, with the
    // microsecond timestamps of Voiso's webhook example.
    let created_at = anchor
        - Duration::seconds(rng.random_range(60 * DAY_SECONDS..400 * DAY_SECONDS))
        - Duration::microseconds(rng.random_range(0..1_000_000));
    let updated_at = created_at + Duration::seconds(rng.random_range(0..20 * DAY_SECONDS));
    build!(Webhook {
        authentication_method: Some(template.authentication_method.to_owned()),
        created_at: Some(created_at),
        events: template
            .events
            .iter()
            .map(|e| (*e).to_owned())
            .collect::<Vec<_>>(),
        headers: template
            .headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect::<BTreeMap<_, _>>(),
        http_method: Some(template.http_method.to_owned()),
        id: WebhookId::try_from(uuid_v4(rng)).expect("a UUID matches the WebhookId pattern"),
        name: template.name.to_owned(),
        updated_at: Some(updated_at),
        url: Some(template.url.to_owned()),
    })
}

fn failure(
    rng: &mut ChaCha8Rng,
    ids: &mut HashSet<String>,
    webhook: &Webhook,
    events: &[&str],
    anchor: DateTime<Utc>,
) -> WebhookFailure {
    let id = loop {
        let id = hex_id(rng);
        if ids.insert(id.clone()) {
            break id;
        }
    };
    let event = if rng.random_bool(0.25) {
        UNDOCUMENTED_EVENT
    } else {
        events.choose(rng).copied().unwrap_or(UNDOCUMENTED_EVENT)
    };
    let created_at = anchor - Duration::seconds(rng.random_range(0..30 * DAY_SECONDS));
    let pending = rng.random_bool(0.15);
    // Voiso gives up after five failures within 24 hours; a pending one is
    // still in its retry cycle.
    let (status, reason, last_attempt_after) = if pending {
        (STATUS_PENDING, None, rng.random_range(30..3_600))
    } else {
        let reason = FAILURE_REASONS
            .choose(rng)
            .copied()
            .unwrap_or("Connection timeout");
        (
            STATUS_INACTIVE,
            Some(reason.to_owned()),
            rng.random_range(600..DAY_SECONDS),
        )
    };
    let last_attempt_at = (created_at + Duration::seconds(last_attempt_after)).min(anchor);
    build!(WebhookFailure {
        created_at,
        event: event.to_owned(),
        id: WebhookFailureId::try_from(id)
            .expect("a hex string matches the WebhookFailureId pattern"),
        last_attempt_at: Some(last_attempt_at),
        reason,
        status: status.to_owned(),
        updated_at: last_attempt_at,
        webhook: build!(WebhookRef {
            id: webhook.id.clone(),
            name: webhook.name.clone(),
        }),
    })
}

/// 24 lower-case hex characters, the form of every documented failure ID.
fn hex_id(rng: &mut ChaCha8Rng) -> String {
    let bytes: [u8; 12] = rng.random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A version-4 UUID drawn from the seeded generator.
pub(crate) fn uuid_v4(rng: &mut ChaCha8Rng) -> String {
    let mut b: [u8; 16] = rng.random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor() -> DateTime<Utc> {
        "2026-03-31T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        let a = generate(7, 200, anchor());
        let b = generate(7, 200, anchor());
        let c = generate(8, 200, anchor());
        assert_eq!(a.failures, b.failures);
        assert_eq!(a.webhooks, b.webhooks);
        assert_ne!(a.failures, c.failures);
    }

    #[test]
    fn data_has_the_documented_shape() {
        let data = generate(42, 1_000, anchor());
        let oldest = anchor() - Duration::days(30);
        let webhook_ids: HashSet<_> = data.webhooks.iter().map(|w| w.id.clone()).collect();
        let mut ids = HashSet::new();
        let (mut inactive, mut pending, mut call_ended) = (0, 0, 0);
        for f in &data.failures {
            assert!(ids.insert(f.id.to_string()), "duplicate id {}", *f.id);
            assert_eq!(f.id.len(), 24);
            assert!(f.id.bytes().all(|b| b.is_ascii_hexdigit()));
            assert!(f.created_at > oldest && f.created_at <= anchor());
            assert!(f.updated_at >= f.created_at && f.updated_at <= anchor());
            assert!(webhook_ids.contains(&f.webhook.id));
            match f.status.as_str() {
                STATUS_INACTIVE => {
                    inactive += 1;
                    assert!(f.reason.is_some());
                }
                STATUS_PENDING => {
                    pending += 1;
                    assert!(f.reason.is_none());
                }
                other => panic!("unexpected status {other}"),
            }
            call_ended += usize::from(f.event == UNDOCUMENTED_EVENT);
        }
        assert!(inactive > pending && pending > 50, "{inactive} / {pending}");
        assert!(call_ended > 100);
        for w in &data.webhooks {
            assert_eq!(w.id.len(), 36);
            assert!(w.url.as_deref().unwrap().starts_with("https://"));
            assert!(!w.events.is_empty());
        }
    }
}
