//! Pacing bulk work to a rate limit the server never states.
//!
//! Concurrency alone cannot respect a rate limit: at loopback latency one
//! request in flight already sends hundreds per second. So the first 429
//! turns on a request rate, estimated from the successes just before it
//! (what the limiter let through), set a little below it, probed upwards
//! while nothing is refused, and cut again on the next 429. Time is passed
//! in, so a table of tests pins the behaviour.

use std::collections::VecDeque;
use std::time::Duration;

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
