//! The resources, as a caller sees them.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use voiso_api::types;

use crate::ids::{CampaignId, WebhookFailureId, WebhookId};

mod lead;
mod records;

pub use lead::{Lead, LeadSource};
pub use records::{CannedMessage, Cdr, CdrId, Queue, TeamRef, User};

/// The open string values of the spec (`x-voiso-known-values`), generated:
/// a value Voiso adds later decodes as `Unknown` and is sent back unchanged.
pub use voiso_api::known::{CampaignStatus, CdrType, WebhookFailureStatus};

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
