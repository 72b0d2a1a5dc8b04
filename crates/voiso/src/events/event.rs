//! The typed events: one variant per documented event name.

use serde_json::{Map, Value};

use super::data::{AgentStatusData, CallData, MessageData, decode};
use voiso_api::types;

/// `data` of `conversation.ended`: its fields are not published, so it
/// stays an open object.
pub type ConversationData = Map<String, Value>;

/// The envelope's fields around an event's `data`, for either envelope.
/// The secret is not here: it is checked, then dropped.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Envelope<D> {
    /// The event's name, as sent.
    pub event: String,
    /// `object` (current envelope) or `entity` (legacy): the kind of the
    /// primary object in `data`.
    pub object: Option<String>,
    /// When the event occurred, as sent; [`Envelope::time`] parses it.
    pub timestamp: Option<String>,
    /// The contact center's ID (current envelope only).
    pub contact_center_id: Option<String>,
    /// The webhook's name (legacy envelope only).
    pub webhook_name: Option<String>,
    /// `data` (current) or `payload` (legacy), decoded.
    pub data: D,
}

impl<D> Envelope<D> {
    /// [`Envelope::timestamp`] as a time, in any form Voiso has shown
    /// (see [`super::parse_timestamp`]).
    pub fn time(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.timestamp.as_deref().and_then(super::parse_timestamp)
    }
}

/// Why an event is [`Event::Unknown`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnknownReason {
    /// The body has no `event` string (e.g. the deprecated Call Notify and
    /// Call Outcome Logging requests, which have no envelope).
    NoEventName,
    /// A name outside the documented list (`call.ended`, or one Voiso adds).
    UnknownName,
    /// A documented name whose `data` does not fit the documented shape
    /// (the decoding error says where).
    Undecodable(String),
}

/// An event kept as raw JSON.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnknownEvent {
    /// The `event` field, when there is one.
    pub event: Option<String>,
    /// The whole body, without its `secret` or `key`.
    pub raw: Value,
    /// Why it was not typed.
    pub reason: UnknownReason,
}

/// One delivered event. Documented names get a variant each; anything
/// else is [`Event::Unknown`], kept verbatim, so a receiver never refuses
/// what Voiso adds later.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(missing_docs)] // Each variant is its event name.
pub enum Event {
    InboundCallAnswered(Envelope<CallData>),
    InboundCallHangup(Envelope<CallData>),
    InboundCallEnded(Envelope<CallData>),
    OutboundCallAnswered(Envelope<CallData>),
    OutboundCallHangup(Envelope<CallData>),
    OutboundCallEnded(Envelope<CallData>),
    DialerCallAnswered(Envelope<CallData>),
    DialerCallHangup(Envelope<CallData>),
    DialerCallEnded(Envelope<CallData>),
    MessageReceived(Envelope<MessageData>),
    MessageSent(Envelope<MessageData>),
    ConversationEnded(Envelope<ConversationData>),
    AgentStatusUpdate(Envelope<AgentStatusData>),
    /// Any other name, or a body that fits no documented shape.
    Unknown(UnknownEvent),
}

/// Every documented event name, in the order of [`Event`]'s variants.
pub const DOCUMENTED_EVENTS: [&str; 13] = [
    "inbound.call.answered",
    "inbound.call.hangup",
    "inbound.call.ended",
    "outbound.call.answered",
    "outbound.call.hangup",
    "outbound.call.ended",
    "dialer.call.answered",
    "dialer.call.hangup",
    "dialer.call.ended",
    "message.received",
    "message.sent",
    "conversation.ended",
    "agent.status.update",
];

impl Event {
    /// The event's name, as sent (`None` for a body without one).
    pub fn name(&self) -> Option<&str> {
        match self {
            Event::InboundCallAnswered(e)
            | Event::InboundCallHangup(e)
            | Event::InboundCallEnded(e)
            | Event::OutboundCallAnswered(e)
            | Event::OutboundCallHangup(e)
            | Event::OutboundCallEnded(e)
            | Event::DialerCallAnswered(e)
            | Event::DialerCallHangup(e)
            | Event::DialerCallEnded(e) => Some(&e.event),
            Event::MessageReceived(e) | Event::MessageSent(e) => Some(&e.event),
            Event::ConversationEnded(e) => Some(&e.event),
            Event::AgentStatusUpdate(e) => Some(&e.event),
            Event::Unknown(u) => u.event.as_deref(),
        }
    }

    /// Whether the event is one of the documented names, typed.
    pub fn is_known(&self) -> bool {
        !matches!(self, Event::Unknown(_))
    }
}

/// The fields every envelope shares, already pulled out of the body.
#[derive(Debug, Clone)]
pub(super) struct Head {
    pub event: Option<String>,
    pub object: Option<String>,
    pub timestamp: Option<String>,
    pub contact_center_id: Option<String>,
    pub webhook_name: Option<String>,
}

/// Types the event `head` names from its `data` (`None` for `data`
/// missing); `raw` is the whole body, kept for [`Event::Unknown`].
pub(super) fn classify(head: Head, data: Option<&Value>, raw: &Value) -> Event {
    let Some(name) = head.event.clone() else {
        return unknown(None, raw, UnknownReason::NoEventName);
    };
    let empty = Value::Object(Map::new());
    let data = data.unwrap_or(&empty);
    macro_rules! typed {
        ($variant:ident, $generated:ty) => {
            match decode::<$generated, _>(data) {
                Ok(data) => Event::$variant(envelope(head, data)),
                Err(e) => unknown(Some(name), raw, UnknownReason::Undecodable(e.to_string())),
            }
        };
    }
    match name.as_str() {
        "inbound.call.answered" => typed!(InboundCallAnswered, types::WebhookCallEventData),
        "inbound.call.hangup" => typed!(InboundCallHangup, types::WebhookCallEventData),
        "inbound.call.ended" => typed!(InboundCallEnded, types::WebhookCallEventData),
        "outbound.call.answered" => typed!(OutboundCallAnswered, types::WebhookCallEventData),
        "outbound.call.hangup" => typed!(OutboundCallHangup, types::WebhookCallEventData),
        "outbound.call.ended" => typed!(OutboundCallEnded, types::WebhookCallEventData),
        "dialer.call.answered" => typed!(DialerCallAnswered, types::WebhookCallEventData),
        "dialer.call.hangup" => typed!(DialerCallHangup, types::WebhookCallEventData),
        "dialer.call.ended" => typed!(DialerCallEnded, types::WebhookCallEventData),
        "message.received" => typed!(MessageReceived, types::WebhookMessageEventData),
        "message.sent" => typed!(MessageSent, types::WebhookMessageEventData),
        "conversation.ended" => typed!(ConversationEnded, ConversationData),
        "agent.status.update" => typed!(AgentStatusUpdate, types::WebhookAgentStatusEventData),
        _ => unknown(Some(name), raw, UnknownReason::UnknownName),
    }
}

fn envelope<D>(head: Head, data: D) -> Envelope<D> {
    Envelope {
        event: head.event.unwrap_or_default(),
        object: head.object,
        timestamp: head.timestamp,
        contact_center_id: head.contact_center_id,
        webhook_name: head.webhook_name,
        data,
    }
}

fn unknown(event: Option<String>, raw: &Value, reason: UnknownReason) -> Event {
    Event::Unknown(UnknownEvent {
        event,
        raw: raw.clone(),
        reason,
    })
}
