//! The server's clock, which a test can set off from the real time
//! ([`crate::MockConfig::clock_skew`]), so that a client learns to judge
//! Voiso's timestamps against Voiso's own and never against its clock.

use chrono::{DateTime, DurationRound, TimeDelta, Utc};

#[derive(Debug, Clone, Copy)]
pub(crate) struct Clock {
    skew: TimeDelta,
}

impl Clock {
    pub(crate) fn new(skew: TimeDelta) -> Self {
        Self { skew }
    }

    /// Now, off by the skew, at millisecond precision like most Voiso
    /// timestamps.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        let real = Utc::now();
        // Validation keeps the skew within a year: no overflow in practice.
        let now = real.checked_add_signed(self.skew).unwrap_or(real);
        now.duration_trunc(TimeDelta::milliseconds(1))
            .unwrap_or(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skew_moves_now_both_ways() {
        for skew in [-10, 0, 10] {
            let clock = Clock::new(TimeDelta::seconds(skew));
            let before = Utc::now();
            let now = clock.now();
            let after = Utc::now();
            let real = now - TimeDelta::seconds(skew);
            // Truncated to the millisecond, never moved past the real instant.
            assert!(real <= after, "{skew}");
            assert!(real > before - TimeDelta::milliseconds(1), "{skew}");
        }
    }
}
