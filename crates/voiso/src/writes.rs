//! What a write has been through, so that it is never repeated blind.
//!
//! A lost answer (a reset, a timeout, a 5xx after the server committed) is
//! the normal case here: the server may have acted. After one, the next step
//! for that item is always a read, judged by [`went_through`]. The state is
//! the caller's: it carries over between calls, bulk rounds and, through a
//! journal, processes.

use chrono::{DateTime, TimeDelta, Utc};

use crate::error::Error;
use crate::ids::WebhookFailureId;
use crate::model::{WebhookFailure, WebhookFailureStatus};

/// Runs right before an item's first POST (a journal records the intent);
/// an error keeps the POST from being sent.
pub(crate) type BeforeSend =
    dyn Fn(&WebhookFailureId, &RetriggerState) -> std::io::Result<()> + Send + Sync;

/// Why a write stopped without going through.
#[derive(Debug)]
pub(crate) enum WriteStop {
    /// The API or the transport said no.
    Api(Error),
    /// `before_send` refused, so nothing was sent.
    NotSent(String),
}

impl From<Error> for WriteStop {
    fn from(error: Error) -> Self {
        WriteStop::Api(error)
    }
}

impl WriteStop {
    /// For callers without a `before_send` hook, which never see `NotSent`.
    pub(crate) fn into_error(self) -> Error {
        match self {
            WriteStop::Api(error) => error,
            WriteStop::NotSent(why) => Error::InvalidArgument(format!("not sent: {why}")),
        }
    }
}

/// How far the server's clock may lag ours when a retrigger is judged by
/// the time of its first POST (when no baseline `updated_at` is known): a
/// change up to this long before we first sent still counts as ours.
pub const CLOCK_SKEW: TimeDelta = TimeDelta::seconds(5);

/// One webhook failure's retrigger as far as this client knows it.
///
/// Start from [`RetriggerState::new`], give it the failure's `updated_at`
/// when it came from a listing ([`with_baseline`](Self::with_baseline)),
/// and hand the same state to every call for that ID. A state restored from
/// a journal that says a POST may have gone out uses
/// [`maybe_sent`](Self::maybe_sent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetriggerState {
    /// The failure's `updated_at` as last seen before any POST: a read-back
    /// whose `updated_at` is later shows that a retrigger went through,
    /// whatever the clocks say.
    pub baseline: Option<DateTime<Utc>>,
    /// When the first POST was sent (`None`: never).
    pub first_sent_at: Option<DateTime<Utc>>,
    /// A POST's answer was lost at some point: the server may have acted.
    pub outcome_unknown: bool,
    /// The next step must be a read: an answer was lost and no read has
    /// shown since that the retrigger did not go through.
    pub(crate) needs_read: bool,
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
        self.outcome_unknown = true;
        self.needs_read = true;
        self
    }

    /// Whether a POST may have been sent.
    pub fn sent(&self) -> bool {
        self.first_sent_at.is_some() || self.outcome_unknown
    }

    pub(crate) fn answer_lost(&mut self) {
        self.outcome_unknown = true;
        self.needs_read = true;
    }
}

/// A retrigger that went through.
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
}

impl Retriggered {
    /// The failure's record, when one could be read.
    pub fn failure(&self) -> Option<&WebhookFailure> {
        match self {
            Retriggered::Accepted(failure) | Retriggered::FailedAgain(failure) => Some(failure),
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
/// `updated_at`). Without a baseline, a change since the first POST (less
/// [`CLOCK_SKEW`]) counts; with neither, only the status can tell.
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
            outcome_unknown: true,
            needs_read: true,
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
            // Without one, the first POST's time less the skew.
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
        assert!(state.needs_read && state.outcome_unknown && state.sent());
        assert_eq!(state.first_sent_at, Some(at(2)));
        assert_eq!(state.baseline, Some(at(1)));
        let unknown_time = RetriggerState::new().maybe_sent(None);
        assert!(unknown_time.needs_read && unknown_time.first_sent_at.is_none());
        assert!(!RetriggerState::new().sent());
    }
}
