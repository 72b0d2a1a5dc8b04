//! Counts of what the server answered, for tests and benchmarks that must
//! show how hard a client pushed (`GET /_mock/stats`).

use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

#[derive(Debug, Default)]
pub(crate) struct Stats {
    requests: AtomicU64,
    faults: AtomicU64,
    rate_limited: AtomicU64,
    lost_replies: AtomicU64,
    late_commits: AtomicU64,
}

/// A snapshot of the counters since the server started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RequestStats {
    /// API requests received (inspection endpoints and unknown paths excluded).
    pub requests: u64,
    /// Answered with an injected 500/502/503.
    pub faults: u64,
    /// Answered 429 by the rate limiter.
    pub rate_limited: u64,
    /// Applied, then answered with a reset, a gateway page or a stall
    /// instead of the real answer (`--lost-reply-rate`).
    pub lost_replies: u64,
    /// Requests whose answer was lost first and that were applied later
    /// (`--commit-delay-ms`), counted once they have run.
    pub late_commits: u64,
}

impl Stats {
    pub(crate) fn request(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn fault(&self) {
        self.faults.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn rate_limited(&self) {
        self.rate_limited.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn lost_reply(&self) {
        self.lost_replies.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn late_commit(&self) {
        self.late_commits.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn snapshot(&self) -> RequestStats {
        RequestStats {
            requests: self.requests.load(Ordering::Relaxed),
            faults: self.faults.load(Ordering::Relaxed),
            rate_limited: self.rate_limited.load(Ordering::Relaxed),
            lost_replies: self.lost_replies.load(Ordering::Relaxed),
            late_commits: self.late_commits.load(Ordering::Relaxed),
        }
    }
}
