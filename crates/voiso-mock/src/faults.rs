//! Injected server errors, so that clients can test their retries.

use std::sync::{Mutex, PoisonError};

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::wire;

/// What a gateway in front of Voiso answers: nginx's page, not JSON.
const BAD_GATEWAY_HTML: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

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
            1 => bad_gateway(),
            _ => wire::error(StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable"),
        })
    }
}

fn bad_gateway() -> Response {
    let mut response = Response::new(Body::from(BAD_GATEWAY_HTML));
    *response.status_mut() = StatusCode::BAD_GATEWAY;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    response
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
