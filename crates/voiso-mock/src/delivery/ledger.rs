//! What the mock sent, per event: `GET /_mock/deliveries`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

/// Why an attempt was made.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Kind {
    First,
    Retry,
    Retrigger,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Attempt {
    pub at: DateTime<Utc>,
    pub kind: Kind,
    /// `delivered` or `failed`.
    pub outcome: &'static str,
    pub reason: Option<String>,
}

/// Where an event's delivery stands.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub(crate) enum State {
    /// Being sent or between automatic retries.
    Delivering,
    /// Five failed deliveries: a webhook failure that only a retrigger resends.
    Inactive,
    /// Retriggered, its attempt under way.
    Pending,
    Delivered,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct EventRecord {
    pub seq: u64,
    pub event: &'static str,
    pub data_id: String,
    pub timestamp: String,
    pub webhook_id: String,
    #[serde(skip)]
    pub webhook_name: String,
    pub failure_id: Option<String>,
    pub state: State,
    pub attempts: Vec<Attempt>,
}

/// Counts over every event, as `voiso demo` prints them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DeliverySummary {
    /// Events the run is to generate (`--events`).
    pub planned: u64,
    /// Events generated so far.
    pub generated: u64,
    /// Delivered on their first attempt.
    pub delivered_first_time: u64,
    /// Delivered by an automatic retry.
    pub delivered_after_retry: u64,
    /// Delivered by a retrigger's attempt.
    pub delivered_after_retrigger: u64,
    /// Inactive failures now.
    pub inactive: u64,
    /// Being delivered or retriggered now.
    pub in_flight: u64,
    /// Every attempt made, failed ones included.
    pub attempts: u64,
}

#[derive(Default)]
pub(crate) struct Ledger {
    pub planned: u64,
    pub events: Vec<EventRecord>,
    pub by_failure: HashMap<String, usize>,
}

impl Ledger {
    pub fn summary(&self) -> DeliverySummary {
        let mut s = DeliverySummary {
            planned: self.planned,
            generated: self.events.len() as u64,
            ..DeliverySummary::default()
        };
        for e in &self.events {
            s.attempts += e.attempts.len() as u64;
            match e.state {
                State::Delivered => match e.attempts.last().map(|a| a.kind) {
                    Some(Kind::First) => s.delivered_first_time += 1,
                    Some(Kind::Retry) => s.delivered_after_retry += 1,
                    Some(Kind::Retrigger) => s.delivered_after_retrigger += 1,
                    None => {}
                },
                State::Inactive => s.inactive += 1,
                State::Delivering | State::Pending => s.in_flight += 1,
            }
        }
        s
    }

    pub fn report(&self) -> serde_json::Value {
        serde_json::json!({"summary": self.summary(), "events": self.events})
    }
}
