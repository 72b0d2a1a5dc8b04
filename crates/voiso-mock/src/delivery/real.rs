//! Real deliveries (`--webhook-url`): generated events POSTed to a local
//! endpoint, retried, turned into inactive webhook failures after five
//! failed attempts, and re-sent for real by a retrigger.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use chrono::{DurationRound, TimeDelta};
use tokio_util::sync::CancellationToken;
use voiso_api::types::{Webhook, WebhookFailure, WebhookFailureId, WebhookId, WebhookRef};

use super::fixtures;
use super::ledger::{Attempt, EventRecord, Kind, Ledger, State};
use crate::clock::Clock;
use crate::config::WebhookDelivery;
use crate::seed::STATUS_INACTIVE;
use crate::store::{Outcome, Store};

/// Voiso turns a delivery inactive after five failures within 24 hours
/// (documented); its retry schedule is not, so attempts here are spaced
/// by `--retry-delay-ms`, five attempts standing for the 24-hour window.
pub(crate) const ATTEMPTS_BEFORE_INACTIVE: usize = 5;

/// One event's request, as every attempt sends it.
pub(crate) struct Outgoing {
    body: Bytes,
    headers: Vec<(String, String)>,
}

pub(crate) struct Real {
    client: reqwest::Client,
    config: WebhookDelivery,
    seed: u64,
    clock: Clock,
    ledger: Mutex<Ledger>,
    outgoing: Mutex<Vec<Arc<Outgoing>>>,
}

impl Real {
    pub(crate) fn new(config: WebhookDelivery, seed: u64, clock: Clock) -> Self {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        let ledger = Ledger {
            planned: config.events,
            ..Ledger::default()
        };
        Self {
            client,
            config,
            seed,
            clock,
            ledger: Mutex::new(ledger),
            outgoing: Mutex::new(Vec::new()),
        }
    }

    pub(crate) fn ledger(&self) -> MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Generates `--events` events at `--events-per-s` and delivers each.
    pub(crate) fn start(
        self: &Arc<Self>,
        store: Arc<Mutex<Store>>,
        webhooks: Vec<Webhook>,
        stop: CancellationToken,
    ) {
        let real = Arc::clone(self);
        tokio::spawn(async move {
            let began = tokio::time::Instant::now();
            let first = real.clock.now();
            let first = first.duration_trunc(TimeDelta::seconds(1)).unwrap_or(first);
            let spacing = Duration::from_secs_f64(1.0 / real.config.events_per_s);
            for seq in 0..real.config.events {
                let due = began + spacing.mul_f64(seq as f64);
                tokio::select! {
                    () = stop.cancelled() => return,
                    () = tokio::time::sleep_until(due) => {}
                }
                // One second apart in event time, so no two events of a run
                // share a timestamp, whatever the rate.
                let at = first + TimeDelta::seconds(i64::try_from(seq).unwrap_or(i64::MAX));
                let index = real.generate(seq, at, &webhooks);
                tokio::spawn(Arc::clone(&real).deliver(index, Arc::clone(&store), stop.clone()));
            }
        });
    }

    fn generate(&self, seq: u64, at: chrono::DateTime<chrono::Utc>, webhooks: &[Webhook]) -> usize {
        let (kind, mut body) = fixtures::event(self.seed, seq, at);
        let webhook = webhooks
            .iter()
            .find(|w| w.events.iter().any(|e| e == kind))
            .or_else(|| webhooks.first());
        body["secret"] = serde_json::Value::from(self.config.secret.clone());
        let mut headers: Vec<(String, String)> = webhook
            .map(|w| {
                w.headers
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default();
        headers.push(("content-type".into(), "application/json".into()));
        let record = EventRecord {
            seq,
            event: kind,
            data_id: body["data"]["id"].as_str().unwrap_or_default().to_owned(),
            timestamp: body["timestamp"].as_str().unwrap_or_default().to_owned(),
            webhook_id: webhook.map(|w| w.id.to_string()).unwrap_or_default(),
            webhook_name: webhook.map(|w| w.name.clone()).unwrap_or_default(),
            failure_id: None,
            state: State::Delivering,
            attempts: Vec::new(),
        };
        let outgoing = Outgoing {
            body: Bytes::from(serde_json::to_vec(&body).unwrap_or_default()),
            headers,
        };
        self.outgoing
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(Arc::new(outgoing));
        let mut ledger = self.ledger();
        ledger.events.push(record);
        ledger.events.len() - 1
    }

    fn outgoing(&self, index: usize) -> Option<Arc<Outgoing>> {
        self.outgoing
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(index)
            .cloned()
    }

    /// The first attempt and the automatic retries of event `index`.
    async fn deliver(
        self: Arc<Self>,
        index: usize,
        store: Arc<Mutex<Store>>,
        stop: CancellationToken,
    ) {
        let Some(outgoing) = self.outgoing(index) else {
            return;
        };
        for attempt in 1..=ATTEMPTS_BEFORE_INACTIVE {
            let kind = if attempt == 1 {
                Kind::First
            } else {
                Kind::Retry
            };
            let result = tokio::select! {
                () = stop.cancelled() => return,
                result = self.send(&outgoing) => result,
            };
            let last = attempt == ATTEMPTS_BEFORE_INACTIVE;
            if self.record(index, kind, result.err(), last, &store) {
                return;
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(self.config.retry_delay) => {}
            }
        }
    }

    /// Records an automatic attempt; after the last failed one, the event
    /// becomes an inactive failure. `true` when the event is done with.
    fn record(
        &self,
        index: usize,
        kind: Kind,
        failed: Option<String>,
        last: bool,
        store: &Mutex<Store>,
    ) -> bool {
        let mut ledger = self.ledger();
        let now = self.clock.now();
        let Some(record) = ledger.events.get_mut(index) else {
            return true;
        };
        record.attempts.push(attempt_of(now, kind, failed.clone()));
        let Some(reason) = failed else {
            record.state = State::Delivered;
            return true;
        };
        if !last {
            return false;
        }
        let id = format!("fa11{:020x}", record.seq);
        record.state = State::Inactive;
        record.failure_id = Some(id.clone());
        let failure = failure(&id, record, reason, now);
        ledger.by_failure.insert(id, index);
        // Under the ledger's lock: a retrigger cannot find the failure in
        // the store before the ledger knows it.
        store
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .add_failure(failure);
        true
    }

    /// Re-sends the event of failure `id` (just turned `pending` by a
    /// retrigger) for real. `false` when `id` is not one of this run's
    /// deliveries (a seeded failure, simulated as before).
    pub(crate) fn retrigger(
        self: &Arc<Self>,
        store: &Arc<Mutex<Store>>,
        id: &str,
        stop: &CancellationToken,
    ) -> bool {
        let index = {
            let mut ledger = self.ledger();
            let Some(&index) = ledger.by_failure.get(id) else {
                return false;
            };
            if let Some(record) = ledger.events.get_mut(index) {
                record.state = State::Pending;
            }
            index
        };
        let Some(outgoing) = self.outgoing(index) else {
            return false;
        };
        let (real, store, id, stop) = (
            Arc::clone(self),
            Arc::clone(store),
            id.to_owned(),
            stop.clone(),
        );
        tokio::spawn(async move {
            let result = tokio::select! {
                () = stop.cancelled() => return,
                result = real.send(&outgoing) => result,
            };
            let now = real.clock.now();
            // Ledger first, then the store: a client that sees the failure
            // delivered finds the event delivered too.
            {
                let mut ledger = real.ledger();
                if let Some(record) = ledger.events.get_mut(index) {
                    record
                        .attempts
                        .push(attempt_of(now, Kind::Retrigger, result.clone().err()));
                    record.state = if result.is_ok() {
                        State::Delivered
                    } else {
                        State::Inactive
                    };
                }
            }
            let outcome = match result {
                Ok(()) => Outcome::Delivered,
                Err(reason) => Outcome::Failed(reason),
            };
            store
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .resolve(&id, outcome, now);
        });
        true
    }

    /// One POST: success only on HTTP 200 within the timeout.
    async fn send(&self, outgoing: &Outgoing) -> Result<(), String> {
        let mut request = self
            .client
            .post(self.config.url.clone())
            .body(outgoing.body.clone());
        for (name, value) in &outgoing.headers {
            request = request.header(name, value);
        }
        match request.send().await {
            Ok(response) => {
                let status = response.status();
                // Read the answer so the connection can be reused.
                let _ = response.bytes().await;
                if status == reqwest::StatusCode::OK {
                    Ok(())
                } else {
                    Err(format!("HTTP {}", status.as_u16()))
                }
            }
            Err(e) => Err(reason(&e)),
        }
    }
}

fn attempt_of(at: chrono::DateTime<chrono::Utc>, kind: Kind, failed: Option<String>) -> Attempt {
    Attempt {
        at,
        kind,
        outcome: if failed.is_some() {
            "failed"
        } else {
            "delivered"
        },
        reason: failed,
    }
}

fn failure(
    id: &str,
    record: &EventRecord,
    reason: String,
    now: chrono::DateTime<chrono::Utc>,
) -> WebhookFailure {
    build!(WebhookFailure {
        created_at: now,
        event: record.event.to_owned(),
        id: WebhookFailureId::try_from(id.to_owned()).expect("hex matches the failure ID pattern"),
        last_attempt_at: Some(now),
        reason: Some(reason),
        status: STATUS_INACTIVE.to_owned(),
        updated_at: now,
        webhook: build!(WebhookRef {
            // The seed always has webhooks; "unknown" only if it had none.
            id: WebhookId::try_from(record.webhook_id.clone()).unwrap_or_else(|_| {
                WebhookId::try_from("unknown".to_owned()).expect("a webhook ID")
            }),
            name: record.webhook_name.clone(),
        }),
    })
}

/// A failed request's reason, worded as Voiso's failure records word it.
fn reason(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        return "Timeout".into();
    }
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => return "Connection refused".into(),
                std::io::ErrorKind::ConnectionReset => return "Connection reset".into(),
                std::io::ErrorKind::TimedOut => return "Timeout".into(),
                _ => {}
            }
        }
        source = e.source();
    }
    if error.is_connect() {
        "Connection failed".into()
    } else {
        "No response".into()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use axum::http::StatusCode;

    use super::*;
    use crate::seed;

    /// A local endpoint answering the n-th request with `script[n]`
    /// (`None`: never answers), 200 after the script.
    async fn endpoint(script: Vec<Option<StatusCode>>) -> String {
        let seen = Arc::new(AtomicUsize::new(0));
        let app = axum::Router::new().fallback(move || {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let answer = script.get(n).copied().unwrap_or(Some(StatusCode::OK));
            async move {
                match answer {
                    Some(status) => status,
                    None => std::future::pending().await,
                }
            }
        });
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", tcp.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(tcp, app).await });
        url
    }

    fn parts(url: String) -> (Arc<Real>, Arc<Mutex<Store>>, Vec<Webhook>) {
        let config = WebhookDelivery::new(url)
            .events(1, 100.0)
            .timeout(Duration::from_millis(300))
            .retry_delay(Duration::from_millis(10));
        let real = Arc::new(Real::new(config, 3, Clock::new(TimeDelta::zero())));
        let data = seed::generate(3, 0, "2026-03-31T00:00:00Z".parse().unwrap());
        let webhooks = data.webhooks.clone();
        (real, Arc::new(Mutex::new(Store::new(data))), webhooks)
    }

    /// Waits (on the real clock: real sockets) until event 0 has left
    /// `busy`, and checks it is then `state`.
    async fn settled(real: &Real, busy: State, state: State) -> EventRecord {
        loop {
            if let Some(e) = real.ledger().events.first()
                && e.state != busy
            {
                assert_eq!(e.state, state, "{e:?}");
                return e.clone();
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    fn reasons(e: &EventRecord) -> Vec<Option<&str>> {
        e.attempts.iter().map(|a| a.reason.as_deref()).collect()
    }

    #[tokio::test]
    async fn only_200_succeeds_and_five_failures_make_an_inactive_failure() {
        let url = endpoint(vec![
            Some(StatusCode::SERVICE_UNAVAILABLE),
            Some(StatusCode::SERVICE_UNAVAILABLE),
            None,
            Some(StatusCode::NO_CONTENT),
            Some(StatusCode::SERVICE_UNAVAILABLE),
        ])
        .await;
        let (real, store, webhooks) = parts(url);
        let stop = CancellationToken::new();
        real.start(Arc::clone(&store), webhooks, stop.clone());
        let event = settled(&real, State::Delivering, State::Inactive).await;
        assert_eq!(
            reasons(&event),
            [
                Some("HTTP 503"),
                Some("HTTP 503"),
                Some("Timeout"),
                Some("HTTP 204"),
                Some("HTTP 503")
            ]
        );
        let id = event.failure_id.clone().unwrap();
        let failure = store.lock().unwrap().failure(&id).cloned().unwrap();
        assert_eq!(failure.status, STATUS_INACTIVE);
        assert_eq!(failure.reason.as_deref(), Some("HTTP 503"));
        assert_eq!(failure.event, event.event);

        // Only a retrigger sends it again, for real.
        let now = real.clock.now();
        store.lock().unwrap().retrigger(&id, now).unwrap();
        assert!(real.retrigger(&store, &id, &stop));
        let event = settled(&real, State::Pending, State::Delivered).await;
        assert_eq!(event.attempts.last().map(|a| a.kind), Some(Kind::Retrigger));
        assert_eq!(
            store.lock().unwrap().failure(&id).unwrap().status,
            crate::seed::STATUS_DELIVERED
        );
        assert!(!real.retrigger(&store, "not-one-of-ours", &stop));
        stop.cancel();
    }

    #[tokio::test]
    async fn a_closed_port_is_connection_refused() {
        let tcp = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hook", tcp.local_addr().unwrap());
        drop(tcp);
        let (real, store, webhooks) = parts(url);
        let stop = CancellationToken::new();
        real.start(store, webhooks, stop.clone());
        let event = settled(&real, State::Delivering, State::Inactive).await;
        assert_eq!(reasons(&event), [Some("Connection refused"); 5]);
        stop.cancel();
    }
}
