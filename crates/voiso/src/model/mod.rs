//! The resources, as a caller sees them.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use voiso_api::types;

use crate::ids::{CampaignId, WebhookFailureId, WebhookId};

mod lead;
mod records;

pub use lead::{Lead, LeadSource};
pub use records::{CannedMessage, Cdr, CdrId, Queue, TeamRef, User};

/// A string enum whose unknown values decode as `Unknown` and serialise
/// back unchanged: Voiso adds values without notice.
macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $wire:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
            /// A value this SDK does not know yet, kept verbatim.
            Unknown(String),
        }

        impl $name {
            /// The values this SDK knows, as sent on the wire.
            pub const KNOWN: &'static [&'static str] = &[$($wire),*];

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)*
                    $name::Unknown(other) => other,
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    $($wire => $name::$variant,)*
                    _ => $name::Unknown(value),
                }
            }
        }

        impl FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(value.to_string().into())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Into::into)
            }
        }
    };
}

open_enum! {
    /// A failed webhook delivery's state. Voiso documents no list of values.
    WebhookFailureStatus {
        /// Voiso stopped retrying; it waits for a manual retrigger.
        Inactive => "inactive",
        /// Queued for another delivery attempt (e.g. after a retrigger).
        Pending => "pending",
        /// Delivered after all (inferred: not in Voiso's documentation).
        Delivered => "delivered",
    }
}

impl WebhookFailureStatus {
    /// Whether the failure is queued or done, i.e. a retrigger took effect.
    pub fn is_retriggered(&self) -> bool {
        matches!(
            self,
            WebhookFailureStatus::Pending | WebhookFailureStatus::Delivered
        )
    }
}

open_enum! {
    /// A dialer campaign's state: the 11 values Voiso documents.
    CampaignStatus {
        /// Being set up.
        Draft => "draft",
        /// Dialing.
        Active => "active",
        /// Paused by hand.
        Paused => "paused",
        /// On its way to `stopped`.
        Stopping => "stopping",
        /// Every lead done.
        Completed => "completed",
        /// Being processed (e.g. an import).
        Processing => "processing",
        /// Stopped.
        Stopped => "stopped",
        /// Paused by Voiso (e.g. no agents).
        AutoPaused => "auto_paused",
        /// On its way to `paused`.
        Pausing => "pausing",
        /// On its way to `auto_paused`.
        AutoPausing => "auto_pausing",
        /// A lead import failed.
        ImportError => "import_error",
    }
}

open_enum! {
    /// A CDR's type: the values Voiso documents.
    CdrType {
        /// A voice call.
        Call => "call",
        /// A chat conversation.
        Conversation => "conversation",
        /// A text message.
        Sms => "sms",
        /// A number lookup.
        HlrLookup => "hlr_lookup",
    }
}

impl CampaignStatus {
    /// Whether a pause has taken effect (or is taking it).
    pub fn is_paused(&self) -> bool {
        matches!(self, CampaignStatus::Paused | CampaignStatus::Pausing)
    }
}

/// The webhook a failure belongs to.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookRef {
    /// The webhook's ID.
    pub id: WebhookId,
    /// Its name.
    pub name: String,
}

/// A webhook delivery that failed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFailure {
    /// The failure's ID.
    pub id: WebhookFailureId,
    /// The event being delivered (free-form, e.g. `call.ended`).
    pub event: String,
    /// Its state.
    pub status: WebhookFailureStatus,
    /// Why the last attempt failed; `None` after a retrigger.
    pub reason: Option<String>,
    /// The webhook it belongs to.
    pub webhook: WebhookRef,
    /// When the last delivery attempt was made.
    pub last_attempt_at: Option<DateTime<Utc>>,
    /// When the failure was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl From<types::WebhookFailure> for WebhookFailure {
    fn from(raw: types::WebhookFailure) -> Self {
        WebhookFailure {
            id: WebhookFailureId::from_generated(raw.id),
            event: raw.event,
            status: raw.status.into(),
            reason: raw.reason,
            webhook: WebhookRef {
                id: WebhookId::from_generated(raw.webhook.id),
                name: raw.webhook.name,
            },
            last_attempt_at: raw.last_attempt_at,
            created_at: raw.created_at,
            updated_at: raw.updated_at,
        }
    }
}

/// A configured webhook. Its `id` is the same [`WebhookId`] a failure's
/// `webhook.id` is, so either can be passed to `webhooks().get(..)`.
/// (Fields in the wire order of the generated type, so output is unchanged.)
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Webhook {
    /// How deliveries authenticate (e.g. `basic`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<String>,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    /// The events it subscribes to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// Extra headers sent with each delivery.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// The HTTP method deliveries use (e.g. `post`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_method: Option<String>,
    /// The webhook's ID.
    pub id: WebhookId,
    /// Its name.
    pub name: String,
    /// When it last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Where deliveries go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl From<types::Webhook> for Webhook {
    fn from(raw: types::Webhook) -> Self {
        Webhook {
            id: WebhookId::from_generated(raw.id),
            name: raw.name,
            http_method: raw.http_method,
            url: raw.url,
            authentication_method: raw.authentication_method,
            headers: raw.headers,
            events: raw.events,
            created_at: raw.created_at,
            updated_at: raw.updated_at,
        }
    }
}

/// A dialer campaign: the fields Voiso guarantees, typed, and everything
/// it sent in [`details`](Self::details) (unknown fields included).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Campaign {
    /// Its ID.
    pub id: CampaignId,
    /// Its name.
    pub name: String,
    /// Its state.
    pub status: CampaignStatus,
    /// Its dialing strategy (`simple`, `predictive_ai`, ...).
    pub strategy: String,
    /// Its dial level.
    pub dial_level: f64,
    /// The whole record as received, unknown fields included.
    #[serde(skip)]
    pub details: serde_json::Map<String, serde_json::Value>,
}

impl From<types::Campaign> for Campaign {
    fn from(raw: types::Campaign) -> Self {
        Campaign {
            id: CampaignId::new(raw.id),
            name: raw.name.clone(),
            status: raw.status.clone().into(),
            strategy: raw.strategy.clone(),
            dial_level: raw.dial_level,
            details: match serde_json::to_value(&raw) {
                Ok(serde_json::Value::Object(fields)) => fields,
                _ => serde_json::Map::new(),
            },
        }
    }
}

/// One page of a list.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// This page's items, newest first.
    pub items: Vec<T>,
    /// How many items match the filters in all (`metadata.total`).
    pub total: i64,
    /// The offset this page starts at.
    pub offset: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_status_round_trips() {
        let status: WebhookFailureStatus = serde_json::from_str("\"archived\"").unwrap();
        assert_eq!(status, WebhookFailureStatus::Unknown("archived".into()));
        assert_eq!(serde_json::to_string(&status).unwrap(), "\"archived\"");
        assert_eq!(status.to_string(), "archived");
        for known in ["inactive", "pending", "delivered"] {
            let status: WebhookFailureStatus = known.parse().unwrap();
            assert!(!matches!(status, WebhookFailureStatus::Unknown(_)));
            assert_eq!(status.as_str(), known);
        }
    }
}
