//! The one attempt loop every request goes through, read or write,
//! dispatched on the operation's retry class (the spec's `x-voiso-retry`,
//! generated into [`Operation::retry`]):
//!
//! - `idempotent`: retried as the retry policy says.
//! - `conflict-then-read`: after an answer that may have been lost, the
//!   next step is a read-back, never a blind resend; a 409 is settled by a
//!   read too (already done, or refused in the resource's state).
//! - `deduplicated`: the server reports a repeat as a duplicate, so a lost
//!   answer is resent until the operation's deadline.
//! - `never`: never repeated once its outcome is unknown.
//!
//! What differs per operation (how to read back, how to judge "went
//! through", what a resend returns) is its [`Strategy`]; what is generic
//! (attempts, waits, the settle interval, pacing, the quota) lives here once.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use crate::target::Target;
use chrono::{DateTime, TimeDelta, Utc};
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use voiso_api::{Operation, RetryClass};

use crate::client::{ApiResult, Deadline, Inner};
use crate::error::Error;
use crate::pacing::Limiter;

/// Why a write stopped without going through.
#[derive(Debug)]
pub(crate) enum WriteStop {
    /// The API or the transport said no.
    Api(Error),
    /// The strategy's intent record failed, so nothing was sent.
    NotSent(String),
}

impl From<Error> for WriteStop {
    fn from(error: Error) -> Self {
        WriteStop::Api(error)
    }
}

impl WriteStop {
    /// For callers without an intent record, which never see `NotSent`.
    pub(crate) fn into_error(self) -> Error {
        match self {
            WriteStop::Api(error) => error,
            WriteStop::NotSent(why) => Error::InvalidArgument(format!("not sent: {why}")),
        }
    }
}

/// What one write has been through, as far as its retries go. A strategy
/// that outlives a call (a retrigger's state) keeps it across calls.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Marks {
    /// An answer was lost: the server may have acted.
    pub(crate) lost: bool,
    /// The next step must be a read-back.
    pub(crate) needs_read: bool,
    /// No read-back before this: a request that may still be in flight
    /// upstream (a timeout, a reset, a gateway's 502/504) could otherwise
    /// commit after the read that judges it.
    pub(crate) settle_until: Option<Instant>,
    /// An earlier process may have had a request in flight until then (a
    /// wall-clock time, since it crosses processes): the first read-back
    /// waits the settle interval from it.
    pub(crate) in_flight_until: Option<DateTime<Utc>>,
}

/// Why a read-back is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReadWhy {
    /// An answer was lost: did the write go through?
    Lost,
    /// A 2xx whose body could not be read: it went through; what is it now?
    Unreadable,
    /// A 409: done already (by us or someone else), or refused in its state?
    Conflict,
}

/// What a read-back found.
pub(crate) enum ReadBack<T> {
    /// The write went through, or has nothing left to do: this is the result.
    Done(T),
    /// It did not go through: send (again).
    Send,
    /// The resource's state refuses the write (a 409 explained by the read).
    Refused(Error),
}

/// What an operation adds to the generic loop. Only `conflict-then-read`
/// operations read back; the defaults fit the other classes.
pub(crate) trait Strategy<A>: Send {
    /// What the caller gets.
    type Output: Send;

    /// A 2xx answer. `resent`: an earlier answer was lost, so this may
    /// answer a repeat (a deduplicated write's duplicates are its own).
    /// An `Err` is an answer of a shape this build does not know.
    fn accepted(&mut self, answer: A, resent: bool) -> Result<Self::Output, Error>;

    /// The write's marks (kept by the caller when they must outlive a call).
    fn marks(&mut self) -> &mut Marks;

    /// Reads the resource back and judges it.
    fn read_back(
        &mut self,
        _inner: &Inner,
        _gate: Option<&Arc<Limiter>>,
        _deadline: Deadline,
        _why: ReadWhy,
    ) -> impl Future<Output = Result<ReadBack<Self::Output>, Error>> + Send {
        async {
            Err(Error::InvalidArgument(
                "this operation cannot be read back".into(),
            ))
        }
    }

    /// Runs once before the first request of a write that was never sent:
    /// take a baseline, record the intent. `Some` ends the write unsent.
    fn prepare(
        &mut self,
        _inner: &Inner,
        _gate: Option<&Arc<Limiter>>,
        _deadline: Deadline,
    ) -> impl Future<Output = Result<Option<Self::Output>, WriteStop>> + Send {
        async { Ok(None) }
    }

    /// How long to wait when a `deduplicated` write meets a 409 (the
    /// previous request is still being processed).
    fn busy_spacing(&self) -> Duration {
        Duration::ZERO
    }
}

/// A call with nothing to add: reads, and writes whose class needs no
/// read-back.
pub(crate) struct Plain {
    marks: Marks,
}

impl Plain {
    pub(crate) fn new() -> Self {
        Plain {
            marks: Marks::default(),
        }
    }
}

impl<A: Send> Strategy<A> for Plain {
    type Output = A;

    fn accepted(&mut self, answer: A, _resent: bool) -> Result<A, Error> {
        Ok(answer)
    }

    fn marks(&mut self) -> &mut Marks {
        &mut self.marks
    }
}

/// An error after which the request may still be on its way upstream
/// (rather than answered): a read-back must wait the settle interval.
fn may_be_in_flight(error: &Error) -> bool {
    match error {
        Error::Timeout | Error::Network { .. } => true,
        Error::Server { status, .. } => matches!(status.as_u16(), 502 | 504),
        _ => false,
    }
}

/// One request of the loop, identified for traces and errors.
pub(crate) struct Call<'k> {
    pub(crate) op: Target<'k>,
    pub(crate) key: Option<&'k str>,
    pub(crate) deadline: Deadline,
    /// Bulk pacing: with it, each attempt takes a concurrency slot and a
    /// rate slot, and a 429 goes straight back to the bulk worker.
    pub(crate) gate: Option<&'k Arc<Limiter>>,
}

impl Inner {
    /// A call that is safe to repeat (a read): [`Inner::run`] with nothing
    /// to add.
    pub(crate) async fn call<'s, R, F, Fut>(
        &'s self,
        op: Operation,
        key: Option<&str>,
        gate: Option<&Arc<Limiter>>,
        deadline: Deadline,
        send: F,
    ) -> Result<R, Error>
    where
        R: DeserializeOwned + Send,
        F: FnMut(&'s voiso_api::Client) -> Fut,
        Fut: Future<Output = ApiResult<R>>,
    {
        let call = Call {
            op: op.into(),
            key,
            deadline,
            gate,
        };
        self.run(&call, &mut Plain::new(), send)
            .await
            .map_err(WriteStop::into_error)
    }

    /// The attempt loop. `send` makes one request; `strategy` says what the
    /// operation's retry class needs beyond it.
    pub(crate) async fn run<'s, A, S, F, Fut>(
        &'s self,
        call: &Call<'_>,
        strategy: &mut S,
        mut send: F,
    ) -> Result<S::Output, WriteStop>
    where
        A: DeserializeOwned,
        S: Strategy<A>,
        F: FnMut(&'s voiso_api::Client) -> Fut,
        Fut: Future<Output = ApiResult<A>>,
    {
        let Call {
            op,
            key,
            deadline,
            gate,
        } = *call;
        let class = op.retry();
        let mut prepared = false;
        let mut attempt = 0;
        loop {
            if strategy.marks().needs_read {
                self.settle(strategy.marks(), deadline).await?;
                match strategy
                    .read_back(self, gate, deadline, ReadWhy::Lost)
                    .await?
                {
                    ReadBack::Done(output) => {
                        strategy.marks().needs_read = false;
                        return Ok(output);
                    }
                    ReadBack::Send => strategy.marks().needs_read = false,
                    ReadBack::Refused(refused) => return Err(refused.into()),
                }
            }
            if !prepared {
                prepared = true;
                if let Some(output) = strategy.prepare(self, gate, deadline).await? {
                    return Ok(output);
                }
            }
            attempt += 1;
            let permit = match gate {
                Some(gate) => Some(gate.acquire().await),
                None => None,
            };
            if let Some(gate) = gate {
                gate.ready().await;
            }
            let Some(timeout) = self.attempt_timeout(deadline) else {
                return Err(Error::Timeout.into());
            };
            let result = self
                .attempt(op, key, attempt, timeout, send(&self.api))
                .await;
            drop(permit);
            let error = match result {
                Ok(answer) => {
                    self.on_success(gate.map(Arc::as_ref));
                    let resent = strategy.marks().lost;
                    return strategy.accepted(answer, resent).map_err(Into::into);
                }
                Err(error) => error,
            };

            if error.is_unread_success() {
                self.on_success(gate.map(Arc::as_ref));
                match class {
                    RetryClass::ConflictThenRead => {
                        strategy.marks().needs_read = false;
                        return match strategy
                            .read_back(self, gate, deadline, ReadWhy::Unreadable)
                            .await?
                        {
                            ReadBack::Done(output) => Ok(output),
                            ReadBack::Send => Err(error.into()),
                            ReadBack::Refused(refused) => Err(refused.into()),
                        };
                    }
                    // Accepted, answer unreadable: a resend, once the
                    // import is done, returns it (as duplicates).
                    RetryClass::Deduplicated => {
                        strategy.marks().lost = true;
                        let wait = strategy.busy_spacing();
                        if Instant::now() + wait >= deadline {
                            return Err(error.into());
                        }
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    RetryClass::Idempotent => return Err(error.into()),
                    // `never`, and a class a later spec adds: not repeated.
                    _ => return Err(never_again(op, error)),
                }
            } else if let Error::Conflict { .. } = error {
                match class {
                    RetryClass::ConflictThenRead => {
                        return match strategy
                            .read_back(self, gate, deadline, ReadWhy::Conflict)
                            .await?
                        {
                            ReadBack::Done(output) => {
                                strategy.marks().needs_read = false;
                                Ok(output)
                            }
                            ReadBack::Send => Err(error.into()),
                            ReadBack::Refused(refused) => Err(refused.into()),
                        };
                    }
                    // Still processing the previous request: wait it out,
                    // no attempt used up.
                    RetryClass::Deduplicated => {
                        attempt -= 1;
                        let wait = error
                            .retry_after()
                            .unwrap_or_default()
                            .max(strategy.busy_spacing());
                        if Instant::now() + wait >= deadline {
                            return Err(error.into());
                        }
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    _ => return Err(error.into()),
                }
            } else if error.outcome_unknown() {
                match class {
                    RetryClass::ConflictThenRead => {
                        let marks = strategy.marks();
                        marks.lost = true;
                        marks.needs_read = true;
                        if may_be_in_flight(&error) {
                            let until = Instant::now() + self.settle;
                            marks.settle_until =
                                Some(marks.settle_until.map_or(until, |u| u.max(until)));
                        }
                    }
                    RetryClass::Deduplicated => strategy.marks().lost = true,
                    RetryClass::Idempotent => {}
                    // `never`, and a class a later spec adds: not repeated.
                    _ => return Err(never_again(op, error)),
                }
            }

            if self.on_rate_limited(gate.map(Arc::as_ref), &error) {
                return Err(error.into());
            }
            match self.retry_delay(op, &error, attempt, deadline) {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return Err(error.into()),
            }
        }
    }

    /// Waits out the settle interval before a read-back. A deadline that
    /// ends first fails the call rather than read too early; the marks
    /// keep asking for the read.
    async fn settle(&self, marks: &mut Marks, deadline: Deadline) -> Result<(), Error> {
        if let Some(at) = marks.in_flight_until.take() {
            // Settled once the interval has passed since then, whatever
            // this process did meanwhile.
            let settled = TimeDelta::from_std(self.settle)
                .ok()
                .and_then(|settle| at.checked_add_signed(settle));
            let left = settled.map_or(Ok(self.settle), |at| (at - Utc::now()).to_std());
            if let Ok(left) = left {
                let until = Instant::now() + left;
                marks.settle_until = Some(marks.settle_until.map_or(until, |u| u.max(until)));
            }
        }
        if let Some(until) = marks.settle_until {
            if until > deadline {
                return Err(Error::Timeout);
            }
            tokio::time::sleep_until(until).await;
            marks.settle_until = None;
        }
        Ok(())
    }
}

/// A `never` write whose outcome is unknown: not repeated. Starting a call
/// says so in its own terms; a caller's own request keeps its error, whose
/// [`Error::may_have_acted`] says it.
fn never_again(op: Target<'_>, error: Error) -> WriteStop {
    if let Target::Raw { .. } = op {
        return WriteStop::Api(error);
    }
    WriteStop::Api(Error::MayHaveStarted {
        cause: Box::new(error),
    })
}
