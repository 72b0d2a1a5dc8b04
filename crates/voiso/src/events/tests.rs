//! Every example of `voiso-webhooks.md` (Voiso's published bodies; the
//! invalid ones with only their missing commas added and the legacy
//! one made JSON), through parse, verify and dedup.

use serde_json::{Value, json};

use super::event::DOCUMENTED_EVENTS;
use super::*;

const INBOUND_ANSWERED: &str = r#"{"event": "inbound.call.answered", "object": "call", "timestamp": "2024-08-14T10:43:54Z", "secret": "12t78y34uidd33esqsve", "contact_center_id": "12345054-2f06-476d-93a1-ae22bd3db4d7",
 "data": {"id": "c123b7f3-86c8-4c8c-b671-a857550abc33", "type": "inbound", "start_time": "2024-08-14T10:43:38Z", "agent_start_time": "2024-08-14T10:43:54Z",
  "duration": {"total": 16, "queue_time": 16}, "queue": "Sales Queue", "script": "Sales Script", "calling_number": "1234567898", "called_number": "23456957701",
  "cdr_url": "https://cluster1.voiso.com/cdr/c436b7f3-86c8-4c8c-b671-a123450ede33", "agent": {"id": 13242, "name": "Mary Louis", "email": "ml@example.com", "extension": "2584"}}}"#;

const OUTBOUND_ANSWERED: &str = r#"{"event": "outbound.call.answered", "object": "call", "timestamp": "2024-08-14T09:48:11Z", "secret": "htuGG937kQp", "contact_center_id": "12348054-2f06-476d-93a1-ae22bd3db4d7",
 "data": {"id": "c4d27999-e3f4-4dc8-1234-2cc83644a1b9", "type": "outbound", "start_time": "2024-08-14T09:48:09Z", "duration": {"total": 2, "dialing_time": 2},
  "calling_number": "41106695555", "called_number": "31106695555", "ext_user_id": "00Q5e00000NslwPEAR", "cdr_url": "https://cluster1.voiso.com/cdr/c4d12345-e3f4-4dc8-9723-2cc83644a1b9",
  "agent": {"id": 13240, "name": "James Smith", "email": "jamess@example.com", "extension": "3434"}}}"#;

const DIALER_ANSWERED: &str = r#"{"event": "dialer.call.answered", "object": "call", "timestamp": "2024-08-14T09:50:30Z", "secret": "12r7t8y89u97t555w", "contact_center_id": "12345054-2f06-476d-93a1-abc22bd3b4d7",
 "data": {"id": "eb8ec211-3779-4f24-a13c-dadg6b8adc73", "type": "dialer", "start_time": "2024-08-14T09:50:04Z", "agent_start_time": "2024-08-14T09:50:30Z",
  "duration": {"total": 26, "dialing_time": 27, "dialer_waiting": 27}, "calling_number": "888888", "called_number": "966551571128", "contacts_url": "https://example/995511295316",
  "cdr_url": "https://cluster1.voiso.com/cdr/ab8bc211-1234-4f24-a13c-cdad6b8edc73", "agent": {"id": 6963, "name": "Kathy Senger", "email": "kathy@example.com", "extension": "4422"},
  "campaign": {"id": 9883, "name": "Anniversary Sale", "is_live": false}}}"#;

/// As the newest `/reference` rendering has it (both commas present).
const MESSAGE_RECEIVED: &str = r#"{"event": "message.received", "object": "message", "timestamp": "2024-07-04T12:38:21Z", "secret": "87edc123abc787edc7",
 "contact_center_id": "187abc75-3008-44e3-5555-aa0abc12yt703",
 "data": {"id": "123450f3-3c33-419e-b8b6-2cb933d014aa", "reference_id": null, "content_type": "text", "content_data": {"text": "Hi, can you help me with my request, please."},
  "status": "accepted", "conversation_id": "f0f749d7-46ad-4abc-b094-4c123f8dbfc8", "agent": {"id": 487, "name": "John S", "email": "agent@example.com", "extension": "8835"},
  "contact": {"id": 345, "username": "Guest", "channel_identifier": "df451a0d1-a3d9-459d-96c2-f23e81f94a6d"},
  "channel": {"id": "ab5ba051-a8fc-5555-a4ab-cf6f4de6c2ab", "type": "chat", "name": "premium support"}}}"#;

const AGENT_STATUS: &str = r#"{"event": "agent.status.update", "object": "agent", "timestamp": "2024-08-12T06:54:29Z", "secret": "ytfg8gh9hnoid7",
 "contact_center_id": "1a234567-b8c9-012a-3456-b7c8de90a1b2", "data": {"id": 1, "name": "James Carter", "email": "jc@example.com",
  "extension": "1234", "status": {"current": "On Break", "previous": "Available", "previous_duration": 3600},
  "activity_timestamp": "2024-08-12T06:54:29Z"}}"#;

/// The legacy example made JSON: braces, commas, the timestamp quoted,
/// `[first_line"]` closed. Its event/entity mismatch is as published.
const LEGACY: &str = r#"{"name": "user_created", "event": "inbound.call.hangup", "entity": "user", "timestamp": "2024-06-19T14:30:13+0000",
 "key": "fiv39qu4eh8H83e4dieEw44", "payload":
 {"id": 28982, "name": "Nurul Rahman", "email": "n.rahman@mail.com", "sip_account": "n.rahman@contactcenter.voiso.com",
  "role_name": "agent", "extension": 1234, "caller_id": 2594, "timezone": "Malaysian Standard Time", "webrtc_ringtone": "null",
  "team": ["shift_manager", "quality_management"], "supervisor_in_teams": ["quality_management"],
  "skills": ["mandarin", "malay", "product_query", "billing"], "queues": ["first_line"], "employee_id": 13113}}"#;

/// The deprecated Call Notify and Call Outcome Logging bodies: no envelope.
const CALL_NOTIFY: &str = r#"{"callcenter": "client_name", "type": "inbound", "uuid": "07771c38-c159-4965-a878-be0162118b2b", "agent_extension": "111", "agent_name": "John Smith", "agent_email": "js@example.com", "agent_id": 1, "queue_name": "Inbound queue name", "script_name": "Inbound script name", "call_start_time": 1630664544.661, "agent_start_time": 1630664545.123, "ani": "443336006114", "dnis": "18885658889"}"#;
const CALL_OUTCOME: &str = r#"{"uuid": "07771c38-c159-4965-a878-be0162118b2b", "agent_extension": "111", "start_time": 1630664544.661, "end_time": 1630664575.994, "type": "callback", "duration": 31.333, "disposition": "answered", "ani": "443336006114", "dnis": "18885658889"}"#;

fn parse(body: &str) -> Delivery {
    Delivery::parse(body.as_bytes()).unwrap()
}

const NO_HEADERS: [(&str, &[u8]); 0] = [];

#[test]
fn inbound_answered_decodes_every_field() {
    let d = parse(INBOUND_ANSWERED);
    assert_eq!(d.format(), EnvelopeFormat::Current);
    let Event::InboundCallAnswered(e) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert_eq!(e.object.as_deref(), Some("call"));
    assert_eq!(
        e.contact_center_id.as_deref(),
        Some("12345054-2f06-476d-93a1-ae22bd3db4d7")
    );
    assert_eq!(e.time(), Some("2024-08-14T10:43:54Z".parse().unwrap()));
    assert_eq!(e.data.duration.get("queue_time"), Some(&16));
    assert_eq!(e.data.queue.as_deref(), Some("Sales Queue"));
    let agent = e.data.agent.as_ref().unwrap();
    assert_eq!(agent.name.as_deref(), Some("Mary Louis"));
    assert!(e.data.extra.is_empty(), "{:?}", e.data.extra);
    assert!(
        Verifier::new()
            .secret("12t78y34uidd33esqsve")
            .verify(&d, NO_HEADERS)
            .is_ok()
    );
}

#[test]
fn outbound_and_dialer_answered_decode() {
    let d = parse(OUTBOUND_ANSWERED);
    let Event::OutboundCallAnswered(e) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert_eq!(e.data.ext_user_id.as_deref(), Some("00Q5e00000NslwPEAR"));
    assert!(e.data.agent_start_time.is_none());

    let d = parse(DIALER_ANSWERED);
    let Event::DialerCallAnswered(e) = d.event() else {
        panic!("{:?}", d.event())
    };
    // Not a valid UUID (a `g`): ids stay opaque strings.
    assert_eq!(
        e.data.id.as_deref(),
        Some("eb8ec211-3779-4f24-a13c-dadg6b8adc73")
    );
    assert_eq!(e.data.campaign.as_ref().unwrap().is_live, Some(false));
    assert_eq!(e.data.duration.get("dialer_waiting"), Some(&27));
    assert!(
        Verifier::new()
            .secret("12r7t8y89u97t555w")
            .verify(&d, NO_HEADERS)
            .is_ok()
    );
}

#[test]
fn message_and_agent_status_decode() {
    let d = parse(MESSAGE_RECEIVED);
    let Event::MessageReceived(e) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert_eq!(e.data.content_type.as_deref(), Some("text"));
    assert_eq!(
        e.data.channel.as_ref().unwrap().kind.as_deref(),
        Some("chat")
    );
    assert_eq!(
        e.data.contact.as_ref().unwrap().username.as_deref(),
        Some("Guest")
    );

    let d = parse(AGENT_STATUS);
    let Event::AgentStatusUpdate(e) = d.event() else {
        panic!("{:?}", d.event())
    };
    let status = e.data.status.as_ref().unwrap();
    assert_eq!(
        (status.current.as_deref(), status.previous_duration),
        (Some("On Break"), Some(3600))
    );
}

#[test]
fn every_documented_name_gets_its_variant_and_others_stay_raw() {
    for name in DOCUMENTED_EVENTS {
        let body = json!({"event": name, "object": "x", "data": {"id": "1"}, "secret": "s"});
        let d = Delivery::from_value(body).unwrap();
        assert!(d.event().is_known(), "{name}: {:?}", d.event());
        assert_eq!(d.event().name(), Some(name));
    }
    // `call.ended` appears in failure examples and in no event list.
    let d =
        Delivery::from_value(json!({"event": "call.ended", "data": {"id": "7"}, "secret": "s"}))
            .unwrap();
    let Event::Unknown(u) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert_eq!(u.reason, UnknownReason::UnknownName);
    assert_eq!(u.raw, json!({"event": "call.ended", "data": {"id": "7"}}));
}

#[test]
fn a_documented_name_with_unexpected_data_is_kept_raw_not_refused() {
    let d = Delivery::from_value(
        json!({"event": "inbound.call.answered", "data": {"id": 5, "queue": ["a"]}}),
    )
    .unwrap();
    assert!(matches!(
        d.event(),
        Event::Unknown(UnknownEvent {
            reason: UnknownReason::Undecodable(_),
            ..
        })
    ));
}

#[test]
fn unknown_fields_are_kept_and_numbers_or_strings_decode() {
    let d = Delivery::from_value(json!({"event": "outbound.call.hangup", "data":
        {"id": "c", "hold_time": 3, "agent": {"id": "a-17", "extension": 2584}}}))
    .unwrap();
    let Event::OutboundCallHangup(e) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert_eq!(e.data.extra.get("hold_time"), Some(&json!(3)));
    let agent = e.data.agent.as_ref().unwrap();
    assert!(agent.id.is_some() && agent.extension.is_some());
}

#[test]
fn the_legacy_envelope_decodes_and_verifies_with_its_key() {
    let d = parse(LEGACY);
    assert_eq!(d.format(), EnvelopeFormat::Legacy);
    // Its payload is a user, not a call: kept raw, not refused.
    assert_eq!(d.event().name(), Some("inbound.call.hangup"));
    assert!(d.body().get("key").is_none(), "the key is never stored");
    assert!(
        Verifier::new()
            .secret("fiv39qu4eh8H83e4dieEw44")
            .verify(&d, NO_HEADERS)
            .is_ok()
    );
    assert_eq!(
        Verifier::new().secret("other").verify(&d, NO_HEADERS),
        Err(Rejected::WrongSecret)
    );
    assert_eq!(
        parse_timestamp("2024-06-19T14:30:13+0000"),
        Some("2024-06-19T14:30:13Z".parse().unwrap())
    );
}

#[test]
fn deprecated_bodies_without_an_envelope_stay_raw() {
    for body in [CALL_NOTIFY, CALL_OUTCOME] {
        let d = parse(body);
        let Event::Unknown(u) = d.event() else {
            panic!("{:?}", d.event())
        };
        assert_eq!(u.reason, UnknownReason::NoEventName);
        assert_eq!(u.raw, serde_json::from_str::<Value>(body).unwrap());
        assert_eq!(
            Verifier::new().secret("x").verify(&d, NO_HEADERS),
            Err(Rejected::MissingSecret)
        );
    }
    assert_eq!(
        parse_timestamp("1630664544.661"),
        Some("2021-09-03T10:22:24.661Z".parse().unwrap())
    );
}

#[test]
fn wrong_secrets_headers_and_basic_are_rejected() {
    let d = parse(INBOUND_ANSWERED);
    assert_eq!(
        Verifier::new().verify(&d, NO_HEADERS),
        Err(Rejected::NothingConfigured)
    );
    assert_eq!(
        Verifier::new()
            .secret("12t78y34uidd33esqsvX")
            .verify(&d, NO_HEADERS),
        Err(Rejected::WrongSecret)
    );
    // Rotation: either of two secrets.
    let rotating = Verifier::new().secret("new").secret("12t78y34uidd33esqsve");
    assert!(rotating.verify(&d, NO_HEADERS).is_ok());

    let basic = Verifier::new().basic("voiso", "pa:ss");
    let good = b"Basic dm9pc286cGE6c3M=".as_slice();
    assert!(basic.verify(&d, [("Authorization", good)]).is_ok());
    assert!(
        basic
            .verify(&d, [("authorization", &b"basic dm9pc286cGE6c3M="[..])])
            .is_ok()
    );
    assert_eq!(
        basic.verify(&d, [("Authorization", &b"Basic dm9pc286cGE6c3N="[..])]),
        Err(Rejected::WrongBasic)
    );
    assert_eq!(basic.verify(&d, NO_HEADERS), Err(Rejected::MissingBasic));

    let header = Verifier::new().header("X-Custom-Header", "value");
    assert!(
        header
            .verify(&d, [("x-custom-header", &b"value"[..])])
            .is_ok()
    );
    assert_eq!(
        header.verify(&d, [("x-custom-header", &b"valuE"[..])]),
        Err(Rejected::WrongHeader("x-custom-header".into()))
    );
    assert_eq!(
        header.verify(&d, NO_HEADERS),
        Err(Rejected::MissingHeader("x-custom-header".into()))
    );
}

#[test]
fn the_secret_never_shows() {
    let d = parse(INBOUND_ANSWERED);
    assert!(!format!("{d:?}").contains("12t78y34uidd33esqsve"));
    assert!(!d.body().to_string().contains("12t78y34uidd33esqsve"));
    let v = Verifier::new()
        .secret("12t78y34uidd33esqsve")
        .basic("u", "p");
    assert!(!format!("{v:?}").contains("12t78y34uidd33esqsve"));
}

#[test]
fn dedup_keys_survive_redelivery_and_restarts_and_tell_events_apart() {
    let keys: Vec<DedupKey> = [
        INBOUND_ANSWERED,
        OUTBOUND_ANSWERED,
        DIALER_ANSWERED,
        MESSAGE_RECEIVED,
        AGENT_STATUS,
        LEGACY,
        CALL_NOTIFY,
        CALL_OUTCOME,
    ]
    .iter()
    .map(|body| {
        let d = parse(body);
        // What a receiver rebuilds from its store on start.
        assert_eq!(&DedupKey::of_stored(d.body()), d.dedup_key());
        d.dedup_key().clone()
    })
    .collect();
    let distinct: std::collections::BTreeSet<_> = keys.iter().collect();
    assert_eq!(distinct.len(), keys.len());

    // A redelivery with another secret, other whitespace and field order.
    let mut again: Value = serde_json::from_str(INBOUND_ANSWERED).unwrap();
    again["secret"] = json!("rotated");
    let again = Delivery::from_value(again).unwrap();
    assert_eq!(again.dedup_key(), &keys[0]);

    // The hangup of the same call is another event.
    let mut hangup: Value = serde_json::from_str(INBOUND_ANSWERED).unwrap();
    hangup["event"] = json!("inbound.call.hangup");
    assert_ne!(Delivery::from_value(hangup).unwrap().dedup_key(), &keys[0]);
}

#[test]
fn non_objects_are_errors() {
    assert!(matches!(
        Delivery::parse(b"{\"event\": "),
        Err(ParseError::NotJson(_))
    ));
    assert!(matches!(
        Delivery::parse(b"[1]"),
        Err(ParseError::NotAnObject)
    ));
    // The published message.received, with its two missing commas.
    let invalid = MESSAGE_RECEIVED.replace("\"87edc123abc787edc7\",", "\"87edc123abc787edc7\"");
    assert!(matches!(
        Delivery::parse(invalid.as_bytes()),
        Err(ParseError::NotJson(_))
    ));
}
