//! What Voiso sends to a webhook's URL: parsing both envelopes into typed
//! [`Event`]s, verifying that a request comes from Voiso, and a
//! [`DedupKey`] for storing each event once.
//!
//! Nothing here needs a client, a runtime or a web framework: hand it the
//! request's headers and body bytes from whatever server you run. With the
//! `axum` feature, `events::axum::VoisoEvent` does the whole sequence as an
//! extractor.
//!
//! ```
//! use voiso::events::{Delivery, Event, Verifier};
//!
//! let verifier = Verifier::new().secret("htuGG937kQp");
//! let body = br#"{"event": "outbound.call.answered", "object": "call",
//!   "timestamp": "2024-08-14T09:48:11Z", "secret": "htuGG937kQp",
//!   "contact_center_id": "12348054-2f06-476d-93a1-ae22bd3db4d7",
//!   "data": {"id": "c4d27999-e3f4-4dc8-1234-2cc83644a1b9", "type": "outbound"}}"#;
//! let delivery = Delivery::parse(body)?;
//! verifier.verify(&delivery, [("content-type", &b"application/json"[..])])?;
//! // Store `delivery.body()` under `delivery.dedup_key()` (skip it when the
//! // key is already stored), make it durable, and only then answer 200.
//! match delivery.event() {
//!     Event::OutboundCallAnswered(call) => {
//!         assert_eq!(call.data.id.as_deref(), Some("c4d27999-e3f4-4dc8-1234-2cc83644a1b9"));
//!     }
//!     other => panic!("unexpected {other:?}"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Where the documentation is silent, this module takes the conservative
//! reading: every field is optional and unknown fields are kept (in the
//! generated types' `extra`), an event whose name it does not know (or
//! whose `data` does not fit its documented shape) is [`Event::Unknown`]
//! with the body kept verbatim, never an error. Nothing in a delivery is
//! signed: a receiver that knows the secret cannot tell a replay from a
//! retry, which is one more reason to deduplicate.

mod data;
mod dedup;
mod delivery;
mod event;
mod timestamp;
mod verify;

#[cfg(feature = "axum")]
pub mod axum;

#[cfg(test)]
mod tests;

pub use data::{
    Agent, AgentStatus, AgentStatusData, CallData, Campaign, Channel, Contact, MessageData,
    NumberOrText,
};
pub use dedup::DedupKey;
pub use delivery::{Delivery, EnvelopeFormat, MAX_BODY, ParseError};
pub use event::{
    ConversationData, DOCUMENTED_EVENTS, Envelope, Event, UnknownEvent, UnknownReason,
};
pub use timestamp::parse_timestamp;
pub use verify::{Rejected, Verifier};
