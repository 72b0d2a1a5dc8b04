//! The simulated delivery a retrigger queues (without `--webhook-url`): after a delay it succeeds
//! with a configured probability, else the failure is inactive again.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tokio_util::sync::CancellationToken;

use crate::clock::Clock;
use crate::seed::FAILURE_REASONS;
use crate::store::{Outcome, Store};

pub(crate) struct Simulated {
    delay: Duration,
    success: f64,
    rng: Mutex<ChaCha8Rng>,
    clock: Clock,
}

impl Simulated {
    pub(crate) fn new(delay: Duration, success: f64, seed: u64, clock: Clock) -> Self {
        Self {
            delay,
            success,
            rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed ^ 0x6465_6c69_7665_7279)),
            clock,
        }
    }

    fn outcome(&self) -> Outcome {
        let mut rng = self.rng.lock().unwrap_or_else(PoisonError::into_inner);
        if rng.random_bool(self.success.clamp(0.0, 1.0)) {
            Outcome::Delivered
        } else {
            let reason = FAILURE_REASONS
                .choose(&mut *rng)
                .copied()
                .unwrap_or("Connection timeout");
            Outcome::Failed(reason.to_owned())
        }
    }

    /// Resolves failure `id` after the delay, unless the server stops first.
    pub(crate) fn schedule(
        self: &Arc<Self>,
        store: Arc<Mutex<Store>>,
        id: String,
        stop: CancellationToken,
    ) {
        let delivery = Arc::clone(self);
        tokio::spawn(async move {
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(delivery.delay) => {}
            }
            let outcome = delivery.outcome();
            tracing::debug!(%id, ?outcome, "simulated delivery finished");
            store
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .resolve(&id, outcome, delivery.clock.now());
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_follows_the_probability() {
        let always = Simulated::new(
            Duration::ZERO,
            1.0,
            1,
            Clock::new(chrono::TimeDelta::zero()),
        );
        assert!((0..100).all(|_| always.outcome() == Outcome::Delivered));
        let never = Simulated::new(
            Duration::ZERO,
            0.0,
            1,
            Clock::new(chrono::TimeDelta::zero()),
        );
        assert!((0..100).all(|_| matches!(never.outcome(), Outcome::Failed(r) if !r.is_empty())));
    }
}
