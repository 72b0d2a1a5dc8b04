//! One request's body: which envelope it uses, its secret (kept apart so
//! that nothing stores or prints it) and its event.

use std::fmt;
use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::dedup::DedupKey;
use super::event::{Event, Head, classify};

/// The largest body a receiver should read. Voiso's documented events are
/// a few kilobytes; a megabyte leaves room for long messages while a
/// flood of large bodies cannot exhaust memory. Read at most this many
/// bytes and refuse the request (413) beyond it.
pub const MAX_BODY: usize = 1 << 20;

/// Which envelope a body uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EnvelopeFormat {
    /// `event, object, timestamp, secret, contact_center_id, data`: what
    /// every event page shows.
    Current,
    /// `name, event, entity, timestamp, key, payload`: the older overview.
    Legacy,
}

/// Why a body is not an event delivery at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// Not JSON (answer 400: the failure then shows in Voiso's failures
    /// list, to be retriggered once fixed).
    #[error("the body is not JSON: {0}")]
    NotJson(serde_json::Error),
    /// JSON, but not an object.
    #[error("the body is JSON but not an object")]
    NotAnObject,
}

/// The secret a body carried, never printed.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Secret(pub(super) String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// One parsed delivery: the event, its body without the secret, the
/// secret (for [`super::Verifier::verify`] only) and its dedup key.
#[derive(Debug, Clone)]
pub struct Delivery {
    format: EnvelopeFormat,
    secret: Option<Secret>,
    body: Value,
    head: Head,
    /// Typed on first use: a receiver that only stores never pays for it.
    event: OnceLock<Event>,
    key: DedupKey,
}

impl Delivery {
    /// Parses a body. Fails only for a body that is not a JSON object;
    /// anything else is an [`Event`], [`Event::Unknown`] when it fits no
    /// documented event.
    pub fn parse(bytes: &[u8]) -> Result<Self, ParseError> {
        let value: Value = serde_json::from_slice(bytes).map_err(ParseError::NotJson)?;
        Self::from_value(value)
    }

    /// As [`Delivery::parse`], from a value already parsed.
    pub fn from_value(value: Value) -> Result<Self, ParseError> {
        let Value::Object(mut object) = value else {
            return Err(ParseError::NotAnObject);
        };
        let format = if is_legacy(&object) {
            EnvelopeFormat::Legacy
        } else {
            EnvelopeFormat::Current
        };
        let secret_field = match format {
            EnvelopeFormat::Current => "secret",
            EnvelopeFormat::Legacy => "key",
        };
        let secret = match object.remove(secret_field) {
            Some(Value::String(s)) => Some(Secret(s)),
            // Not a string: no secret we could match; keep nothing of it.
            Some(_) | None => None,
        };
        let text = |name: &str| object.get(name).and_then(Value::as_str).map(str::to_owned);
        let head = match format {
            EnvelopeFormat::Current => Head {
                event: text("event"),
                object: text("object"),
                timestamp: text("timestamp"),
                contact_center_id: text("contact_center_id"),
                webhook_name: None,
            },
            EnvelopeFormat::Legacy => Head {
                event: text("event"),
                object: text("entity"),
                timestamp: text("timestamp"),
                contact_center_id: None,
                webhook_name: text("name"),
            },
        };
        let body = Value::Object(object);
        let key = DedupKey::of_stored(&body);
        Ok(Self {
            format,
            secret,
            body,
            head,
            event: OnceLock::new(),
            key,
        })
    }

    /// Which envelope the body used.
    pub fn format(&self) -> EnvelopeFormat {
        self.format
    }

    /// The typed event.
    pub fn event(&self) -> &Event {
        self.event.get_or_init(|| self.typed())
    }

    /// The typed event, by value.
    pub fn into_event(mut self) -> Event {
        match self.event.take() {
            Some(event) => event,
            None => self.typed(),
        }
    }

    fn typed(&self) -> Event {
        let data = match self.format {
            EnvelopeFormat::Current => "data",
            EnvelopeFormat::Legacy => "payload",
        };
        classify(self.head.clone(), self.body.get(data), &self.body)
    }

    /// The body as received, without its `secret` (or legacy `key`): what
    /// a receiver stores. [`DedupKey::of_stored`] of it is
    /// [`Delivery::dedup_key`], so keys can be rebuilt from a store.
    pub fn body(&self) -> &Value {
        &self.body
    }

    /// What identifies the event across retries and retriggers.
    pub fn dedup_key(&self) -> &DedupKey {
        &self.key
    }

    pub(super) fn secret(&self) -> Option<&Secret> {
        self.secret.as_ref()
    }
}

/// `payload` with `entity` or `key`, and no `data`: the older envelope.
pub(super) fn is_legacy(object: &Map<String, Value>) -> bool {
    object.contains_key("payload")
        && (object.contains_key("entity") || object.contains_key("key"))
        && !object.contains_key("data")
}
