//! Injected server errors, so that clients can test their retries.

use std::sync::{Mutex, PoisonError};

use axum::http::StatusCode;
use axum::response::Response;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::wire;

pub(crate) struct Faults {
    rate: f64,
    rng: Mutex<ChaCha8Rng>,
}

impl Faults {
    pub(crate) fn new(rate: f64, seed: u64) -> Self {
        Self {
            rate,
            // Kept apart from the data's stream so that faults never change it.
            rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed ^ 0x6661_756c_7473)),
        }
    }

    /// A fault response for this request, if it draws one.
    pub(crate) fn roll(&self) -> Option<Response> {
        if self.rate <= 0.0 {
            return None;
        }
        let mut rng = self.rng.lock().unwrap_or_else(PoisonError::into_inner);
        if !rng.random_bool(self.rate.min(1.0)) {
            return None;
        }
        Some(match rng.random_range(0..3) {
            0 => wire::error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"),
            1 => wire::bad_gateway(),
            _ => wire::error(StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_zero_never_faults_and_one_always_does() {
        let never = Faults::new(0.0, 1);
        assert!((0..1000).all(|_| never.roll().is_none()));
        let always = Faults::new(1.0, 1);
        let statuses: std::collections::BTreeSet<u16> = (0..200)
            .map(|_| always.roll().unwrap().status().as_u16())
            .collect();
        assert_eq!(statuses, [500, 502, 503].into());
    }

    #[test]
    fn a_fraction_faults_about_that_often() {
        let half = Faults::new(0.5, 9);
        let faults = (0..4000).filter(|_| half.roll().is_some()).count();
        assert!((1700..2300).contains(&faults), "{faults}");
    }
}
