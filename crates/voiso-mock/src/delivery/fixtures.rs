//! The events the mock generates: Voiso's published examples (see
//! `voiso-webhooks.md` §6, the invalid ones with their missing commas
//! added, `[email protected]` replaced by `example.com` addresses) with
//! fresh IDs and times. Hangup and ended events carry only the fields
//! seen on answered events: their bodies are not published.

use chrono::{DateTime, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};

/// The documented events the mock sends: every call event and
/// `message.received` (the others' bodies are not published).
pub(crate) const KINDS: [&str; 10] = [
    "inbound.call.answered",
    "outbound.call.answered",
    "dialer.call.answered",
    "message.received",
    "inbound.call.hangup",
    "outbound.call.hangup",
    "dialer.call.hangup",
    "inbound.call.ended",
    "outbound.call.ended",
    "dialer.call.ended",
];

/// The contact center every generated event belongs to.
const CONTACT_CENTER: &str = "12345054-2f06-476d-93a1-ae22bd3db4d7";

fn uuid(rng: &mut ChaCha8Rng) -> String {
    let b: [u8; 16] = rng.random();
    format!(
        "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
        u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
        u16::from_be_bytes([b[4], b[5]]),
        u16::from_be_bytes([b[6], b[7]]) & 0xfff,
        u16::from_be_bytes([b[8], b[9]]) & 0xfff,
        u64::from_be_bytes([0, 0, b[10], b[11], b[12], b[13], b[14], b[15]]),
    )
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Event number `seq` of a run seeded `seed`: its name and body (without
/// the secret, which the sender adds). `at` is the event's time (whole
/// seconds, as in every example); each event has its own call or message
/// ID, so no two share a dedup identity.
pub(crate) fn event(seed: u64, seq: u64, at: DateTime<Utc>) -> (&'static str, Value) {
    let mut rng =
        ChaCha8Rng::seed_from_u64(seed ^ 0x6576_656e_7473 ^ seq.wrapping_mul(0x9e37_79b9));
    let kind = KINDS[usize::try_from(seq % KINDS.len() as u64).unwrap_or(0)];
    let id = uuid(&mut rng);
    let cdr = uuid(&mut rng);
    let stamp = rfc3339(at);
    let started = rfc3339(at - chrono::Duration::seconds(16));
    let agent =
        json!({"id": 13242, "name": "Mary Louis", "email": "ml@example.com", "extension": "2584"});
    let cdr_url = format!("https://cluster1.voiso.com/cdr/{cdr}");
    let data = match kind.split('.').next() {
        Some("inbound") => json!({
            "id": id, "type": "inbound", "start_time": started, "agent_start_time": stamp,
            "duration": {"total": 16, "queue_time": 16}, "queue": "Sales Queue", "script": "Sales Script",
            "calling_number": "1234567898", "called_number": "23456957701", "cdr_url": cdr_url, "agent": agent,
        }),
        Some("outbound") => json!({
            "id": id, "type": "outbound", "start_time": started, "duration": {"total": 2, "dialing_time": 2},
            "calling_number": "41106695555", "called_number": "31106695555", "ext_user_id": "00Q5e00000NslwPEAR",
            "cdr_url": cdr_url,
            "agent": {"id": 13240, "name": "James Smith", "email": "jamess@example.com", "extension": "3434"},
        }),
        Some("dialer") => json!({
            "id": id, "type": "dialer", "start_time": started, "agent_start_time": stamp,
            "duration": {"total": 26, "dialing_time": 27, "dialer_waiting": 27}, "calling_number": "888888",
            "called_number": "966551571128", "cdr_url": cdr_url,
            "agent": {"id": 6963, "name": "Kathy Senger", "email": "kathy@example.com", "extension": "4422"},
            "campaign": {"id": 9883, "name": "Anniversary Sale", "is_live": false},
        }),
        _ => json!({
            "id": id, "reference_id": null, "content_type": "text",
            "content_data": {"text": "Hi, can you help me with my request, please."}, "status": "accepted",
            "conversation_id": uuid(&mut rng),
            "agent": {"id": 487, "name": "John S", "email": "agent@example.com", "extension": "8835"},
            "contact": {"id": 345, "username": "Guest", "channel_identifier": uuid(&mut rng)},
            "channel": {"id": "ab5ba051-a8fc-5555-a4ab-cf6f4de6c2ab", "type": "chat", "name": "premium support"},
        }),
    };
    let object = if kind == "message.received" {
        "message"
    } else {
        "call"
    };
    let body = json!({
        "event": kind, "object": object, "timestamp": stamp,
        "contact_center_id": CONTACT_CENTER, "data": data,
    });
    (kind, body)
}
