//! `data` of each documented event, as this crate's own types. Bodies are
//! decoded through the types generated from the spec (so the spec is what
//! they are checked against) and converted, so that a generator upgrade
//! or a property the spec gains is not a breaking change here. Every field
//! is optional (only examples show these shapes) and everything else Voiso
//! sent is kept in `extra`.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};
use voiso_api::types;

/// An ID or extension that is an integer in some examples and a string in
/// others.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum NumberOrText {
    /// An integer, as most examples show.
    Number(i64),
    /// A string (`"2584"`), as the current examples show extensions.
    Text(String),
}

impl fmt::Display for NumberOrText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberOrText::Number(n) => n.fmt(f),
            NumberOrText::Text(s) => s.fmt(f),
        }
    }
}

impl From<types::WebhookEventNumericId> for NumberOrText {
    fn from(raw: types::WebhookEventNumericId) -> Self {
        match raw {
            types::WebhookEventNumericId::Int64(n) => NumberOrText::Number(n),
            types::WebhookEventNumericId::String(s) => NumberOrText::Text(s),
            // A form a later spec adds: kept as its text.
            other => NumberOrText::Text(other.to_string()),
        }
    }
}

impl From<types::WebhookEventExtension> for NumberOrText {
    fn from(raw: types::WebhookEventExtension) -> Self {
        match raw {
            types::WebhookEventExtension::Int64(n) => NumberOrText::Number(n),
            types::WebhookEventExtension::String(s) => NumberOrText::Text(s),
            other => NumberOrText::Text(other.to_string()),
        }
    }
}

/// The agent of a call or message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Agent {
    /// The agent's ID (an integer in the examples).
    pub id: Option<NumberOrText>,
    /// Their name.
    pub name: Option<String>,
    /// Their email address.
    pub email: Option<String>,
    /// Their extension.
    pub extension: Option<NumberOrText>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookEventAgent> for Agent {
    fn from(raw: types::WebhookEventAgent) -> Self {
        Agent {
            id: raw.id.map(Into::into),
            name: raw.name,
            email: raw.email,
            extension: raw.extension.map(Into::into),
            extra: raw.extra,
        }
    }
}

/// The Dialer campaign of a dialer call.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Campaign {
    /// The campaign's ID.
    pub id: Option<NumberOrText>,
    /// Its name.
    pub name: Option<String>,
    /// Whether it is live.
    pub is_live: Option<bool>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookEventCampaign> for Campaign {
    fn from(raw: types::WebhookEventCampaign) -> Self {
        Campaign {
            id: raw.id.map(Into::into),
            name: raw.name,
            is_live: raw.is_live,
            extra: raw.extra,
        }
    }
}

/// `data` of the `*.call.*` events (hangup and ended: inferred to carry
/// the answered events' fields; their bodies are not published).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CallData {
    /// The call's ID (opaque).
    pub id: Option<String>,
    /// `inbound`, `outbound` or `dialer` in the examples.
    pub kind: Option<String>,
    /// When the call started (RFC 3339, as sent).
    pub start_time: Option<String>,
    /// When an agent joined it (RFC 3339, as sent).
    pub agent_start_time: Option<String>,
    /// Durations by name (`total`, `queue_time`, `dialing_time`,
    /// `dialer_waiting`); seconds (inferred).
    pub duration: BTreeMap<String, i64>,
    /// The queue's name.
    pub queue: Option<String>,
    /// The script's name.
    pub script: Option<String>,
    /// The calling number (digits, no `+`).
    pub calling_number: Option<String>,
    /// The called number.
    pub called_number: Option<String>,
    /// A CRM record's ID (click-to-call; inferred).
    pub ext_user_id: Option<String>,
    /// A contacts link (dialer, one rendering only).
    pub contacts_url: Option<String>,
    /// The call's CDR page.
    pub cdr_url: Option<String>,
    /// The agent.
    pub agent: Option<Agent>,
    /// The Dialer campaign.
    pub campaign: Option<Campaign>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookCallEventData> for CallData {
    fn from(raw: types::WebhookCallEventData) -> Self {
        CallData {
            id: raw.id,
            kind: raw.type_,
            start_time: raw.start_time,
            agent_start_time: raw.agent_start_time,
            duration: raw.duration,
            queue: raw.queue,
            script: raw.script,
            calling_number: raw.calling_number,
            called_number: raw.called_number,
            ext_user_id: raw.ext_user_id,
            contacts_url: raw.contacts_url,
            cdr_url: raw.cdr_url,
            agent: raw.agent.map(Into::into),
            campaign: raw.campaign.map(Into::into),
            extra: raw.extra,
        }
    }
}

/// The contact of a message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Contact {
    /// The contact's ID.
    pub id: Option<NumberOrText>,
    /// Their user name.
    pub username: Option<String>,
    /// Their identifier on the channel.
    pub channel_identifier: Option<String>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookEventContact> for Contact {
    fn from(raw: types::WebhookEventContact) -> Self {
        Contact {
            id: raw.id.map(Into::into),
            username: raw.username,
            channel_identifier: raw.channel_identifier,
            extra: raw.extra,
        }
    }
}

/// The channel of a message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Channel {
    /// The channel's ID.
    pub id: Option<String>,
    /// Its kind (`chat` in the example).
    pub kind: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookEventChannel> for Channel {
    fn from(raw: types::WebhookEventChannel) -> Self {
        Channel {
            id: raw.id,
            kind: raw.type_,
            name: raw.name,
            extra: raw.extra,
        }
    }
}

/// `data` of `message.received` (and, inferred, `message.sent`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MessageData {
    /// The message's ID.
    pub id: Option<String>,
    /// Its conversation's ID.
    pub conversation_id: Option<String>,
    /// Null in the example; its type when set is not visible.
    pub reference_id: Option<Value>,
    /// `text` in the example.
    pub content_type: Option<String>,
    /// The content, e.g. `{"text": "..."}`.
    pub content_data: Map<String, Value>,
    /// `accepted` in the example.
    pub status: Option<String>,
    /// The agent.
    pub agent: Option<Agent>,
    /// The contact.
    pub contact: Option<Contact>,
    /// The channel.
    pub channel: Option<Channel>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookMessageEventData> for MessageData {
    fn from(raw: types::WebhookMessageEventData) -> Self {
        MessageData {
            id: raw.id,
            conversation_id: raw.conversation_id,
            reference_id: raw.reference_id,
            content_type: raw.content_type,
            content_data: raw.content_data,
            status: raw.status,
            agent: raw.agent.map(Into::into),
            contact: raw.contact.map(Into::into),
            channel: raw.channel.map(Into::into),
            extra: raw.extra,
        }
    }
}

/// An agent's new and previous status.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AgentStatus {
    /// The new status (`On Break`).
    pub current: Option<String>,
    /// The one before (`Available`).
    pub previous: Option<String>,
    /// Seconds spent in the previous one.
    pub previous_duration: Option<i64>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookAgentStatus> for AgentStatus {
    fn from(raw: types::WebhookAgentStatus) -> Self {
        AgentStatus {
            current: raw.current,
            previous: raw.previous,
            previous_duration: raw.previous_duration,
            extra: raw.extra,
        }
    }
}

/// `data` of `agent.status.update`: the agent and its status change.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AgentStatusData {
    /// The agent's ID.
    pub id: Option<NumberOrText>,
    /// Their name.
    pub name: Option<String>,
    /// Their email address.
    pub email: Option<String>,
    /// Their extension.
    pub extension: Option<NumberOrText>,
    /// The change.
    pub status: Option<AgentStatus>,
    /// When it happened (RFC 3339, as sent).
    pub activity_timestamp: Option<String>,
    /// Every other field sent.
    pub extra: Map<String, Value>,
}

impl From<types::WebhookAgentStatusEventData> for AgentStatusData {
    fn from(raw: types::WebhookAgentStatusEventData) -> Self {
        AgentStatusData {
            id: raw.id.map(Into::into),
            name: raw.name,
            email: raw.email,
            extension: raw.extension.map(Into::into),
            status: raw.status.map(Into::into),
            activity_timestamp: raw.activity_timestamp,
            extra: raw.extra,
        }
    }
}

/// Decodes `data` as the generated type `G`, then converts it.
pub(super) fn decode<G, T>(data: &Value) -> Result<T, serde_json::Error>
where
    G: serde::de::DeserializeOwned,
    T: From<G>,
{
    serde_json::from_value::<G>(data.clone()).map(T::from)
}
