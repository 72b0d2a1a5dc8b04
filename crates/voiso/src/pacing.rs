//! Pacing bulk work to a rate limit the server never states.
//!
//! Concurrency alone cannot respect a rate limit: at loopback latency one
//! request in flight already sends hundreds per second. So the first 429
//! turns on a request rate, estimated from the successes just before it
//! (what the limiter let through), set a little below it, probed upwards
//! while nothing is refused, and cut again on the next 429. Time is passed
//! in, so a table of tests pins the behaviour.

use std::collections::VecDeque;
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;

use tokio::time::Instant;

/// Successes counted for the rate estimate.
const WINDOW: Duration = Duration::from_secs(1);
/// Fewer successes than this in the window say nothing about the limit.
const MIN_EVIDENCE: usize = 2;
/// Start a little below what the server let through.
const START_FRACTION: f64 = 0.9;
/// On a 429 while paced.
const CUT_FRACTION: f64 = 0.8;
/// Probe upwards this often while nothing is refused ...
const PROBE_EVERY: Duration = Duration::from_secs(1);
/// ... by this fraction of the rate, and at least one request per second.
const PROBE_FRACTION: f64 = 0.02;
/// One burst of 429s (all in-flight requests see them) is one signal.
const CUT_WINDOW: Duration = Duration::from_millis(250);
const MIN_RATE: f64 = 0.5;

#[derive(Debug)]
pub(crate) struct Pacer {
    /// Requests per second; `None` until the server first refuses one.
    rate: Option<f64>,
    next_slot: Instant,
    recent: VecDeque<Instant>,
    last_change: Option<Instant>,
}

impl Pacer {
    pub(crate) fn new(now: Instant) -> Self {
        Pacer {
            rate: None,
            next_slot: now,
            recent: VecDeque::new(),
            last_change: None,
        }
    }

    #[cfg(test)]
    pub(crate) fn rate(&self) -> Option<f64> {
        self.rate
    }

    /// Whether a rate has been learnt (requests are spaced out).
    pub(crate) fn is_pacing(&self) -> bool {
        self.rate.is_some()
    }

    /// Takes the next start slot: the instant the caller may send.
    pub(crate) fn reserve(&mut self, now: Instant) -> Instant {
        let Some(rate) = self.rate else {
            return now;
        };
        let slot = self.next_slot.max(now);
        self.next_slot = slot + Duration::from_secs_f64(1.0 / rate);
        slot
    }

    pub(crate) fn on_success(&mut self, now: Instant) {
        self.recent.push_back(now);
        while self
            .recent
            .front()
            .is_some_and(|&at| now.duration_since(at) > WINDOW)
        {
            self.recent.pop_front();
        }
        if let (Some(rate), Some(changed)) = (self.rate, self.last_change)
            && now.duration_since(changed) >= PROBE_EVERY
        {
            self.rate = Some(rate + (rate * PROBE_FRACTION).max(1.0));
            self.last_change = Some(now);
        }
    }

    pub(crate) fn on_rate_limited(&mut self, now: Instant) {
        if self
            .last_change
            .is_some_and(|at| now.duration_since(at) < CUT_WINDOW)
        {
            return;
        }
        let seen = self
            .recent
            .iter()
            .filter(|&&at| now.duration_since(at) <= WINDOW)
            .count();
        self.rate = match self.rate {
            Some(rate) => Some((rate * CUT_FRACTION).max(MIN_RATE)),
            None if seen >= MIN_EVIDENCE => {
                Some((seen as f64 / WINDOW.as_secs_f64() * START_FRACTION).max(MIN_RATE))
            }
            // Refused before anything got through: Retry-After alone tells
            // when to try; the next 429 will carry evidence.
            None => None,
        };
        self.last_change = Some(now);
        self.next_slot = self.next_slot.max(now);
        tracing::debug!(rate = ?self.rate, "rate limited: pacing requests");
    }
}

/// Adaptive concurrency (additive increase, multiplicative decrease), a
/// shared pause for `Retry-After`, and a request rate learnt from 429s.
#[derive(Debug)]
pub(crate) struct Limiter {
    max: usize,
    max_pause: Duration,
    state: Mutex<LimiterState>,
    changed: Notify,
}

#[derive(Debug)]
struct LimiterState {
    limit: usize,
    in_flight: usize,
    successes: usize,
    paused_until: Option<Instant>,
    last_cut: Option<Instant>,
    pacer: Pacer,
}

pub(crate) struct Permit {
    limiter: Arc<Limiter>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.limiter.lock().in_flight -= 1;
        self.limiter.changed.notify_waiters();
    }
}

impl Limiter {
    pub(crate) fn new(max: usize, max_pause: Duration) -> Self {
        Limiter {
            max: max.max(1),
            max_pause,
            state: Mutex::new(LimiterState {
                limit: max.max(1),
                in_flight: 0,
                successes: 0,
                paused_until: None,
                last_cut: None,
                pacer: Pacer::new(Instant::now()),
            }),
            changed: Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LimiterState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    #[cfg(test)]
    pub(crate) fn limit(&self) -> usize {
        self.lock().limit
    }

    pub(crate) async fn acquire(self: &Arc<Self>) -> Permit {
        loop {
            // Only the pause: the request's rate slot is taken by `ready`
            // right before each attempt.
            self.paused().await;
            let mut changed = pin!(self.changed.notified());
            changed.as_mut().enable();
            {
                let mut state = self.lock();
                if state.in_flight < state.limit {
                    state.in_flight += 1;
                    return Permit {
                        limiter: self.clone(),
                    };
                }
            }
            changed.await;
        }
    }

    /// Waits out a pause a 429's `Retry-After` asked for.
    async fn paused(&self) {
        loop {
            let until = self.lock().paused_until;
            match until {
                Some(until) if until > Instant::now() => tokio::time::sleep_until(until).await,
                _ => return,
            }
        }
    }

    /// Waits out a pause a 429's `Retry-After` asked for, then for this
    /// request's slot at the learnt rate.
    pub(crate) async fn ready(&self) {
        let mut slot = None;
        loop {
            let wait = {
                let mut state = self.lock();
                let now = Instant::now();
                match state.paused_until {
                    Some(until) if until > now => until,
                    _ => *slot.get_or_insert_with(|| state.pacer.reserve(now)),
                }
            };
            if wait <= Instant::now() {
                return;
            }
            tokio::time::sleep_until(wait).await;
        }
    }

    pub(crate) fn on_rate_limited(&self, retry_after: Option<Duration>) {
        let now = Instant::now();
        let mut state = self.lock();
        let was_pacing = state.pacer.is_pacing();
        state.pacer.on_rate_limited(now);
        if state
            .last_cut
            .is_none_or(|at| now.duration_since(at) >= CUT_WINDOW)
        {
            state.limit = (state.limit / 2).max(1);
            state.successes = 0;
            state.last_cut = Some(now);
            tracing::debug!(
                concurrency = state.limit,
                "rate limited: reducing concurrency"
            );
        }
        // Until a rate is learnt, everyone waits as Retry-After says. Once
        // pacing, the rate cut is the answer: the refused request still
        // waits its Retry-After, but the others keep their (slower) pace
        // rather than idling a whole second on every probe that overshoots.
        if let Some(wait) = retry_after.filter(|_| !was_pacing) {
            let until = now + wait.min(self.max_pause);
            state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
        }
    }

    pub(crate) fn on_success(&self) {
        let mut state = self.lock();
        state.pacer.on_success(Instant::now());
        state.successes += 1;
        if state.successes >= state.limit && state.limit < self.max {
            state.limit += 1;
            state.successes = 0;
            drop(state);
            self.changed.notify_waiters();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t0: Instant, ms: u64) -> Instant {
        t0 + Duration::from_millis(ms)
    }

    #[test]
    fn unpaced_until_the_first_429_then_just_below_what_got_through() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(t0);
        for i in 0..50 {
            assert_eq!(
                pacer.reserve(at(t0, i)),
                at(t0, i),
                "no pacing before a 429"
            );
            pacer.on_success(at(t0, i));
        }
        pacer.on_rate_limited(at(t0, 60));
        assert_eq!(pacer.rate(), Some(45.0));
        // Slots are 1/45 s apart, however many callers ask at once.
        let first = pacer.reserve(at(t0, 60));
        let second = pacer.reserve(at(t0, 60));
        assert_eq!(first, at(t0, 60));
        let gap = second.duration_since(first).as_secs_f64();
        assert!((gap - 1.0 / 45.0).abs() < 1e-6, "{gap}");
    }

    #[test]
    fn a_burst_of_429s_is_one_cut_and_probing_resumes_after() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(t0);
        for i in 0..10 {
            pacer.on_success(at(t0, i * 10));
        }
        pacer.on_rate_limited(at(t0, 100));
        assert_eq!(pacer.rate(), Some(9.0));
        pacer.on_rate_limited(at(t0, 150));
        pacer.on_rate_limited(at(t0, 300));
        assert_eq!(pacer.rate(), Some(9.0), "within the cut window");
        pacer.on_rate_limited(at(t0, 400));
        assert_eq!(pacer.rate(), Some(9.0 * 0.8), "a later 429 cuts again");
        pacer.on_success(at(t0, 1_000));
        assert_eq!(pacer.rate(), Some(9.0 * 0.8), "too soon to probe");
        pacer.on_success(at(t0, 1_400));
        assert_eq!(
            pacer.rate(),
            Some(9.0 * 0.8 + 1.0),
            "probes up by at least 1/s"
        );
    }

    #[test]
    fn a_429_with_no_evidence_leaves_it_unpaced() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(t0);
        pacer.on_success(at(t0, 0));
        pacer.on_rate_limited(at(t0, 5));
        assert_eq!(pacer.rate(), None);
        // Old successes are not evidence either.
        for i in 0..20 {
            pacer.on_success(at(t0, i));
        }
        pacer.on_rate_limited(at(t0, 5_000));
        assert_eq!(pacer.rate(), None);
    }

    #[test]
    fn the_rate_never_reaches_zero() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(t0);
        for i in 0..3 {
            pacer.on_success(at(t0, i));
        }
        for i in 0..100 {
            pacer.on_rate_limited(at(t0, 10 + i * 300));
        }
        assert_eq!(pacer.rate(), Some(MIN_RATE));
    }
}

#[cfg(test)]
mod limiter_tests {
    use super::*;

    #[tokio::test]
    async fn halves_on_429_once_per_burst_and_recovers() {
        let limiter = Limiter::new(8, Duration::from_secs(1));
        limiter.on_rate_limited(None);
        limiter.on_rate_limited(None);
        assert_eq!(limiter.limit(), 4, "one cut per burst");
        for _ in 0..4 {
            limiter.on_success();
        }
        assert_eq!(limiter.limit(), 5);
        for _ in 0..100 {
            limiter.on_success();
        }
        assert_eq!(limiter.limit(), 8, "never above the configured maximum");
    }

    #[tokio::test]
    async fn permits_are_bounded_by_the_limit() {
        let limiter = Arc::new(Limiter::new(2, Duration::from_secs(1)));
        let a = limiter.acquire().await;
        let _b = limiter.acquire().await;
        let third = tokio::time::timeout(Duration::from_millis(50), limiter.acquire()).await;
        assert!(third.is_err(), "a third permit must wait");
        drop(a);
        let third = tokio::time::timeout(Duration::from_millis(500), limiter.acquire()).await;
        assert!(third.is_ok());
    }

    #[tokio::test]
    async fn retry_after_pauses_everyone_but_never_beyond_the_cap() {
        let limiter = Arc::new(Limiter::new(2, Duration::from_millis(300)));
        limiter.on_rate_limited(Some(Duration::from_millis(150)));
        let started = Instant::now();
        let permit = limiter.acquire().await;
        assert!(started.elapsed() >= Duration::from_millis(150));
        drop(permit);
        limiter.on_rate_limited(Some(Duration::from_secs(3600)));
        let started = Instant::now();
        let _permit = limiter.acquire().await;
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
