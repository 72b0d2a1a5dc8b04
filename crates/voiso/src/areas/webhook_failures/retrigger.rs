//! Retriggering one failure: a `conflict-then-read` write whose state the
//! caller keeps, so that it is never repeated blind, also across calls,
//! bulk rounds and (through a journal) processes.
//!
//! A retrigger is judged clock-free: before the first POST of an ID the
//! failure is read once, and its `updated_at` becomes the baseline; a
//! read-back after a lost answer went through when the failure is queued or
//! delivered, or changed after the baseline. Voiso's clock is never
//! compared with ours, except for journals written by older versions that
//! hold the time of a first POST but no baseline.

use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use voiso_api::{Operation, types};

use crate::client::{Deadline, Inner};
use crate::error::Error;
use crate::ids::WebhookFailureId;
use crate::model::{WebhookFailure, WebhookFailureStatus};
use crate::pacing::Limiter;
use crate::runtime::{Call, Marks, ReadBack, ReadWhy, Strategy, WriteStop};

/// Runs right before an item's first POST (a journal records the intent);
/// an error keeps the POST from being sent.
pub(crate) type BeforeSend =
    dyn Fn(&WebhookFailureId, &RetriggerState) -> std::io::Result<()> + Send + Sync;

/// How far the server's clock may lag ours when a retrigger is judged by
/// the time of its first POST. Only states without a baseline use it: those
/// restored from journals written before baselines were always taken.
pub const CLOCK_SKEW: TimeDelta = TimeDelta::seconds(5);

/// One webhook failure's retrigger as far as this client knows it.
///
/// Start from [`RetriggerState::new`] (the failure is then read once before
/// its first POST, for a baseline) or from a listed failure's `updated_at`
/// ([`with_baseline`](Self::with_baseline)), and hand the same state to
/// every call for that ID. A state restored from a journal that says a POST
/// may have gone out uses [`maybe_sent`](Self::maybe_sent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetriggerState {
    /// The failure's `updated_at` as last seen before any POST: a read-back
    /// whose `updated_at` is later shows that a retrigger went through,
    /// whatever the clocks say.
    pub baseline: Option<DateTime<Utc>>,
    /// When the first POST was sent (`None`: never).
    pub first_sent_at: Option<DateTime<Utc>>,
    pub(crate) marks: Marks,
}

impl RetriggerState {
    /// Nothing sent, nothing known.
    pub fn new() -> Self {
        RetriggerState::default()
    }

    /// The failure's `updated_at` as listed, before any POST.
    pub fn with_baseline(mut self, updated_at: DateTime<Utc>) -> Self {
        self.baseline = Some(updated_at);
        self
    }

    /// An earlier process may have sent a POST (first at `first_sent_at`,
    /// when known) whose outcome it never learnt: the next step is a read.
    pub fn maybe_sent(mut self, first_sent_at: Option<DateTime<Utc>>) -> Self {
        if first_sent_at.is_some() {
            self.first_sent_at = first_sent_at;
        }
        self.marks.lost = true;
        self.marks.needs_read = true;
        self.marks.in_flight_until.get_or_insert_with(Utc::now);
        self
    }

    /// An earlier process may have had this ID's POST in flight until `at`
    /// (the last time its journal was written, say): the read that settles
    /// it waits the client's
    /// [`settle_interval`](crate::ClientBuilder::settle_interval) from
    /// then, so a POST still queued upstream cannot land after it. A state
    /// from [`maybe_sent`](Self::maybe_sent) without this time waits the
    /// whole interval from when it was made: the earlier process may have
    /// died with the POST just sent.
    pub fn in_flight_until(mut self, at: DateTime<Utc>) -> Self {
        self.marks.in_flight_until = Some(at);
        self
    }

    /// Whether a POST may have been sent.
    pub fn sent(&self) -> bool {
        self.first_sent_at.is_some() || self.marks.lost
    }

    /// Whether a POST's answer was lost at some point: the server may have
    /// acted, and no read has settled it yet if the call failed.
    pub fn outcome_unknown(&self) -> bool {
        self.marks.lost
    }
}

/// What a retrigger did, or found already done.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Retriggered {
    /// Voiso accepted it: the record, pending (or delivered by now).
    Accepted(WebhookFailure),
    /// It went through, and the redelivery has already failed again: the
    /// failure is `inactive` once more (its `reason` says why). Fix the
    /// endpoint before retriggering it again.
    FailedAgain(WebhookFailure),
    /// Voiso acted (a 2xx) but neither its answer nor a read-back could be
    /// decoded.
    Unread,
    /// Nothing was sent by this call: the failure was already queued or
    /// delivered (Voiso would refuse a retrigger with 409).
    AlreadyPending(WebhookFailure),
}

impl Retriggered {
    /// The failure's record, when one could be read.
    pub fn failure(&self) -> Option<&WebhookFailure> {
        match self {
            Retriggered::Accepted(failure)
            | Retriggered::FailedAgain(failure)
            | Retriggered::AlreadyPending(failure) => Some(failure),
            Retriggered::Unread => None,
        }
    }

    /// A record read after the retrigger went through.
    pub(crate) fn from_record(failure: WebhookFailure) -> Self {
        if failure.status == WebhookFailureStatus::Inactive {
            Retriggered::FailedAgain(failure)
        } else {
            Retriggered::Accepted(failure)
        }
    }
}

/// Whether a failure read back after a lost answer shows that a retrigger
/// went through: it is queued or delivered, or it changed after the
/// baseline (a delivery that failed again is `inactive` with a later
/// `updated_at`). Without a baseline (an old journal), a change since the
/// first POST (less [`CLOCK_SKEW`]) counts; with neither, only the status.
pub(crate) fn went_through(
    state: &RetriggerState,
    status: &WebhookFailureStatus,
    updated_at: DateTime<Utc>,
) -> bool {
    if status.is_retriggered() {
        return true;
    }
    match (state.baseline, state.first_sent_at) {
        (Some(baseline), _) => updated_at > baseline,
        (None, Some(sent)) => updated_at >= sent - CLOCK_SKEW,
        (None, None) => false,
    }
}

/// The retrigger's part in the generic loop.
struct Retrigger<'a> {
    id: &'a WebhookFailureId,
    state: &'a mut RetriggerState,
    before_send: Option<&'a Arc<BeforeSend>>,
}

impl Retrigger<'_> {
    fn judged(&self, current: WebhookFailure) -> ReadBack<Retriggered> {
        if went_through(self.state, &current.status, current.updated_at) {
            tracing::debug!(
                id = self.id.as_str(),
                "an earlier attempt whose answer was lost went through"
            );
            ReadBack::Done(Retriggered::from_record(current))
        } else {
            ReadBack::Send
        }
    }
}

impl Strategy<types::WebhookFailureEnvelope> for Retrigger<'_> {
    type Output = Retriggered;

    fn accepted(
        &mut self,
        answer: types::WebhookFailureEnvelope,
        _: bool,
    ) -> Result<Retriggered, Error> {
        Ok(Retriggered::Accepted(answer.webhook_failure.into()))
    }

    fn marks(&mut self) -> &mut Marks {
        &mut self.state.marks
    }

    async fn read_back(
        &mut self,
        inner: &Inner,
        gate: Option<&Arc<Limiter>>,
        deadline: Deadline,
        why: ReadWhy,
    ) -> Result<ReadBack<Retriggered>, Error> {
        let current = inner.get_failure(self.id, gate, deadline).await;
        Ok(match why {
            // It went through: what it is now is a bonus.
            ReadWhy::Unreadable => {
                ReadBack::Done(current.map_or(Retriggered::Unread, Retriggered::from_record))
            }
            ReadWhy::Lost => self.judged(current?),
            ReadWhy::Conflict => {
                let current = current?;
                if self.state.marks.lost {
                    // What conflicts may be our own attempt whose answer was lost.
                    self.judged(current)
                } else if current.status.is_retriggered() {
                    ReadBack::Done(Retriggered::AlreadyPending(current))
                } else {
                    ReadBack::Send
                }
            }
        })
    }

    async fn prepare(
        &mut self,
        inner: &Inner,
        gate: Option<&Arc<Limiter>>,
        deadline: Deadline,
    ) -> Result<Option<Retriggered>, WriteStop> {
        if self.state.sent() {
            return Ok(None);
        }
        if self.state.baseline.is_none() {
            let current = inner.get_failure(self.id, gate, deadline).await?;
            if current.status.is_retriggered() {
                return Ok(Some(Retriggered::AlreadyPending(current)));
            }
            self.state.baseline = Some(current.updated_at);
        }
        self.state.first_sent_at = Some(Utc::now());
        if let Some(hook) = self.before_send {
            // A journal fsyncs here: off the threads that drive requests.
            let (hook, id, state) = (hook.clone(), self.id.clone(), self.state.clone());
            let recorded = tokio::task::spawn_blocking(move || hook(&id, &state))
                .await
                .unwrap_or_else(|e| Err(std::io::Error::other(e.to_string())));
            if let Err(e) = recorded {
                self.state.first_sent_at = None;
                return Err(WriteStop::NotSent(e.to_string()));
            }
        }
        Ok(None)
    }
}

impl Inner {
    /// One failure's retrigger, retried within `deadline`; `before_send`
    /// runs right before the ID's first POST, so a journal can record the
    /// intent first.
    pub(crate) async fn retrigger(
        &self,
        id: &WebhookFailureId,
        state: &mut RetriggerState,
        gate: Option<&Arc<Limiter>>,
        before_send: Option<&Arc<BeforeSend>>,
        deadline: Deadline,
    ) -> Result<Retriggered, WriteStop> {
        let call = Call {
            op: Operation::RetriggerWebhookFailure.into(),
            key: Some(id.as_str()),
            deadline,
            gate,
        };
        let mut write = Retrigger {
            id,
            state,
            before_send,
        };
        self.run(&call, &mut write, |api| {
            api.retrigger_webhook_failure()
                .webhook_failure_id(id.generated().clone())
                .send()
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn resolution_table() {
        use WebhookFailureStatus::{Delivered, Inactive, Pending, Unknown};
        let state = |baseline: Option<i64>, sent: Option<i64>| RetriggerState {
            baseline: baseline.map(at),
            first_sent_at: sent.map(at),
            marks: Marks {
                lost: true,
                needs_read: true,
                ..Marks::default()
            },
        };
        // (baseline, first POST, read-back status, read-back updated_at) -> went through
        let cases = [
            // Queued or done: whatever the times.
            (Some(100), Some(200), Pending, 50, true),
            (None, None, Pending, 0, true),
            (Some(100), None, Delivered, 100, true),
            // With a baseline the clocks do not matter.
            (Some(100), Some(200), Inactive, 101, true),
            (Some(100), Some(200), Inactive, 100, false),
            (Some(100), Some(200), Inactive, 90, false),
            // A server clock far behind ours: the baseline still tells.
            (Some(100), Some(10_000), Inactive, 101, true),
            // Without one (an old journal), the first POST's time less the skew.
            (None, Some(200), Inactive, 200, true),
            (None, Some(200), Inactive, 196, true),
            (None, Some(200), Inactive, 195, true),
            (None, Some(200), Inactive, 194, false),
            (None, Some(200), Inactive, 100, false),
            // Nothing to judge by but the status.
            (None, None, Inactive, 1_000, false),
            (Some(100), None, Unknown("archived".into()), 100, false),
            (Some(100), None, Unknown("archived".into()), 150, true),
        ];
        for (baseline, sent, status, updated, want) in cases {
            assert_eq!(
                went_through(&state(baseline, sent), &status, at(updated)),
                want,
                "baseline {baseline:?}, sent {sent:?}, {status} at {updated}"
            );
        }
    }

    #[test]
    fn maybe_sent_asks_for_a_read_and_keeps_a_known_time() {
        let state = RetriggerState::new()
            .with_baseline(at(1))
            .maybe_sent(Some(at(2)));
        assert!(state.marks.needs_read && state.outcome_unknown() && state.sent());
        assert_eq!(state.first_sent_at, Some(at(2)));
        assert_eq!(state.baseline, Some(at(1)));
        let unknown_time = RetriggerState::new().maybe_sent(None);
        assert!(unknown_time.marks.needs_read && unknown_time.first_sent_at.is_none());
        assert!(!RetriggerState::new().sent());
    }
}
