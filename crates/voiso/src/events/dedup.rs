//! The key under which a receiver stores an event once.

use std::fmt;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::delivery::is_legacy;

/// What identifies one event across Voiso's retries and manual
/// retriggers: a hex SHA-256 over the event's identity.
///
/// Voiso documents no event or delivery ID, so the key is built from what
/// an event carries and a redelivery repeats:
///
/// - current envelope with a `data.id`: `contact_center_id`, `event`,
///   `data.id` and `timestamp`. The call (or message, or agent) ID tells
///   apart the objects, the event name the stages of one call (`answered`,
///   `hangup`, `ended` share the call ID), and `timestamp` is when the
///   event happened, not when it was sent, so it survives retries, and it
///   tells apart two status changes of one agent (whose `data.id` is the
///   agent's). Two such changes within the same second (timestamps are
///   whole seconds) would share a key: a known limit of what Voiso sends.
/// - legacy envelope with a `payload.id`: `name`, `event`, `entity`,
///   `payload.id` and `timestamp`, for the same reasons.
/// - anything else: the whole body without its `secret`/`key`. Without the
///   secret, so a secret rotated between a delivery and its retrigger does
///   not make a second key; re-serialised from the parsed JSON, so it does
///   not depend on whitespace.
///
/// Each part is JSON-encoded in an array before hashing, so no separator
/// inside a value can make two identities collide.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DedupKey(String);

impl DedupKey {
    /// The key of a stored body (a body without its secret, as
    /// [`super::Delivery::body`] gives): a receiver rebuilds its set of
    /// keys from its store with this on start.
    pub fn of_stored(body: &Value) -> Self {
        let field = |v: &Value, name: &str| v.get(name).cloned().unwrap_or(Value::Null);
        let identity = match body {
            Value::Object(object) if is_legacy(object) => {
                let id = body.get("payload").map(|p| field(p, "id"));
                id.filter(is_id).map(|id| {
                    Value::Array(vec![
                        Value::from("legacy"),
                        field(body, "name"),
                        field(body, "event"),
                        field(body, "entity"),
                        id,
                        field(body, "timestamp"),
                    ])
                })
            }
            Value::Object(_) => {
                let id = body.get("data").map(|d| field(d, "id"));
                id.filter(is_id).map(|id| {
                    Value::Array(vec![
                        Value::from("current"),
                        field(body, "contact_center_id"),
                        field(body, "event"),
                        id,
                        field(body, "timestamp"),
                    ])
                })
            }
            _ => None,
        };
        let identity =
            identity.unwrap_or_else(|| Value::Array(vec![Value::from("body"), body.clone()]));
        // Serialising a `Value` cannot fail.
        let bytes = serde_json::to_vec(&identity).unwrap_or_default();
        let digest = Sha256::digest(&bytes);
        let mut hex = String::with_capacity(64);
        for byte in digest {
            hex.push_str(&format!("{byte:02x}"));
        }
        DedupKey(hex)
    }

    /// The key as 64 hex digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ID worth keying on: a non-empty string or a number.
fn is_id(value: &Value) -> bool {
    match value {
        Value::String(s) => !s.is_empty(),
        Value::Number(_) => true,
        _ => false,
    }
}

impl fmt::Display for DedupKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for DedupKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DedupKey({})", self.0)
    }
}
