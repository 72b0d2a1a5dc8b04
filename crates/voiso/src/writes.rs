//! What a write has been through, so that it is never repeated blind.
//!
//! A lost answer (a reset, a timeout, a 5xx after the server committed) is
//! the normal case here: the server may have acted. After one, the next step
//! for that item is always a read, judged by [`went_through`]. The state is
//! the caller's: it carries over between calls, bulk rounds and, through a
//! journal, processes.

use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use voiso_api::Operation;

use crate::client::{ApiResult, Deadline, Inner};

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

/// A write that a repeat answers with 409 and a read can settle (pause a
/// campaign). After a lost answer the next step is a read, never a blind
/// resend; a 409 after a lost answer is settled by a read too.
pub(crate) struct ConflictThenRead<'k> {
    pub(crate) op: Operation,
    pub(crate) key: &'k str,
    pub(crate) deadline: Deadline,
}

impl ConflictThenRead<'_> {
    /// Sends with `send`; `read` gets the resource as it is now, and
    /// `went_through` tells from it whether the write took effect.
    pub(crate) async fn run<'s, W, T, S, SFut, R, RFut>(
        &self,
        inner: &'s Inner,
        mut send: S,
        mut read: R,
        went_through: impl Fn(&T) -> bool,
        convert: impl Fn(W) -> T,
    ) -> Result<T, Error>
    where
        W: DeserializeOwned,
        S: FnMut(&'s voiso_api::Client) -> SFut,
        SFut: Future<Output = ApiResult<W>>,
        R: FnMut() -> RFut,
        RFut: Future<Output = Result<T, Error>>,
    {
        let mut lost = false;
        let mut needs_read = false;
        let mut attempt = 0;
        loop {
            if needs_read {
                let current = read().await?;
                needs_read = false;
                if went_through(&current) {
                    return Ok(current);
                }
            }
            attempt += 1;
            let Some(timeout) = inner.attempt_timeout(self.deadline) else {
                return Err(Error::Timeout);
            };
            let sent = send(&inner.api);
            let error = match inner
                .attempt(self.op, Some(self.key), attempt, timeout, sent)
                .await
            {
                Ok(value) => {
                    inner.on_success(None);
                    return Ok(convert(value));
                }
                Err(error) => error,
            };
            match &error {
                // A 2xx whose body could not be read: it acted.
                Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. }
                    if status.is_success() =>
                {
                    inner.on_success(None);
                    return read().await;
                }
                Error::Conflict { .. } if lost => {
                    let current = read().await?;
                    return if went_through(&current) {
                        Ok(current)
                    } else {
                        Err(error)
                    };
                }
                _ => {}
            }
            if error.outcome_unknown() {
                lost = true;
                needs_read = true;
            }
            match inner.retry_delay(self.op, &error, attempt, self.deadline) {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return Err(error),
            }
        }
    }
}

/// A write whose repeat the server reports as duplicates (add leads):
/// resending after a lost answer is safe. A 409 (the previous request is
/// still being processed) is waited out `spacing` at a time. Returns the
/// answer and whether it answers a resend after a lost one.
pub(crate) async fn deduplicated<'s, W, S, SFut>(
    inner: &'s Inner,
    op: Operation,
    key: &str,
    spacing: Duration,
    mut send: S,
) -> Result<(W, bool), Error>
where
    W: DeserializeOwned,
    S: FnMut(&'s voiso_api::Client) -> SFut,
    SFut: Future<Output = ApiResult<W>>,
{
    let deadline = inner.deadline();
    let mut lost = false;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let Some(timeout) = inner.attempt_timeout(deadline) else {
            return Err(Error::Timeout);
        };
        let error = match inner
            .attempt(op, Some(key), attempt, timeout, send(&inner.api))
            .await
        {
            Ok(value) => {
                inner.on_success(None);
                return Ok((value, lost));
            }
            Err(error) => error,
        };
        let delay = match &error {
            // Accepted, answer unreadable: resend once the import is done.
            Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. }
                if status.is_success() =>
            {
                lost = true;
                Some(spacing)
            }
            // Still processing the previous import: not an attempt used up.
            Error::Conflict { .. } => {
                attempt -= 1;
                Some(error.retry_after().unwrap_or(spacing).max(spacing))
            }
            _ => {
                lost |= error.outcome_unknown();
                inner.retry_delay(op, &error, attempt, deadline)
            }
        };
        match delay {
            Some(delay) if Instant::now() + delay < deadline => tokio::time::sleep(delay).await,
            _ => return Err(error),
        }
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
