//! Lost replies: the server applies a request fully, then the client gets
//! no usable answer, so it cannot know whether the operation happened.
//! This is what a client's exactly-once logic must survive.
//!
//! One middleware on the API routes (see `server::router`) draws, as each
//! request arrives, whether its reply is lost; the request then runs to
//! completion (latency, faults, keys, the handler, whatever its status), and
//! only then is its answer replaced by a connection reset, a gateway's 502
//! or 504 HTML page, or a stall followed by a 504.
//!
//! With a commit delay the order turns round, as for a request still queued
//! upstream when the gateway gave up: the answer is lost first, and the
//! request runs the delay later, its answer thrown away. A client that
//! reads back too soon then sees the state from before it.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::killable::Peer;
use crate::server::AppState;
use crate::wire;

/// How a reply is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Loss {
    /// TCP RST before any byte of the answer.
    Reset,
    /// A gateway's HTML 502.
    BadGateway,
    /// A gateway's HTML 504, at once.
    GatewayTimeout,
    /// Nothing for the stall, then a 504: a client's own timeout fires first.
    Stall,
}

/// A late commit reads its body before its connection may be reset; a
/// body bigger than this is refused by every handler anyway (axum's limit
/// is 2 MB), so it is lost and never applied.
const MAX_LATE_BODY: usize = 16 << 20;

pub(crate) struct LostReplies {
    rate: f64,
    stall: Duration,
    commit_delay: Duration,
    rng: Mutex<ChaCha8Rng>,
}

impl LostReplies {
    pub(crate) fn new(rate: f64, stall: Duration, commit_delay: Duration, seed: u64) -> Self {
        Self {
            rate,
            stall,
            commit_delay,
            // Its own stream: losing replies changes neither data nor faults.
            rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed ^ 0x6c6f_7374_7265_706c)),
        }
    }

    /// Whether any reply can be lost; if not, the server adds no middleware.
    pub(crate) fn enabled(&self) -> bool {
        self.rate > 0.0
    }

    /// Whether this request's reply is lost, and how.
    pub(crate) fn roll(&self) -> Option<Loss> {
        if !self.enabled() {
            return None;
        }
        let mut rng = self.rng.lock().unwrap_or_else(PoisonError::into_inner);
        if !rng.random_bool(self.rate.min(1.0)) {
            return None;
        }
        // Three kinds, equally likely; the gateway's page is a 502 or a 504.
        Some(match rng.random_range(0..6) {
            0 | 1 => Loss::Reset,
            2 => Loss::BadGateway,
            3 => Loss::GatewayTimeout,
            _ => Loss::Stall, // 4 or 5
        })
    }
}

/// The middleware on every API route: runs the request to completion, then
/// maybe throws its answer away; or, with a commit delay, throws the answer
/// away first and runs the request later.
pub(crate) async fn lose_replies(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<Peer>,
    request: Request,
    next: Next,
) -> Response {
    let Some(loss) = state.lost.roll() else {
        return next.run(request).await;
    };
    if state.lost.commit_delay.is_zero() {
        let response = next.run(request).await;
        state.stats.lost_reply();
        tracing::debug!(?loss, status = %response.status(), peer = %peer.addr, "reply lost");
        drop(response);
        return lose(&state, &peer, loss).await;
    }
    // Read whole now: a reset connection could not be read any more.
    let (parts, body) = request.into_parts();
    let body = match axum::body::to_bytes(body, MAX_LATE_BODY).await {
        Ok(body) => Some(body),
        Err(e) => {
            tracing::debug!(peer = %peer.addr, "request body unreadable, never applied: {e}");
            None
        }
    };
    state.stats.lost_reply();
    tracing::debug!(?loss, peer = %peer.addr, delay = ?state.lost.commit_delay, "reply lost, commit late");
    let response = lose(&state, &peer, loss).await;
    if let Some(body) = body {
        let request = Request::from_parts(parts, Body::from(body));
        let (delay, stop, stats) = (
            state.lost.commit_delay,
            state.stop.clone(),
            Arc::clone(&state.stats),
        );
        tokio::spawn(async move {
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(delay) => {}
            }
            let answer = next.run(request).await;
            stats.late_commit();
            tracing::debug!(status = %answer.status(), "late commit applied, its answer thrown away");
        });
    }
    response
}

/// What the client gets instead of the answer.
async fn lose(state: &AppState, peer: &Peer, loss: Loss) -> Response {
    match loss {
        Loss::Reset => {
            // Never written: the stream now fails every write, and is
            // closed with RST when hyper drops it.
            peer.kill.trip();
            wire::gateway_timeout()
        }
        Loss::BadGateway => wire::bad_gateway(),
        Loss::GatewayTimeout => wire::gateway_timeout(),
        Loss::Stall => {
            // A shutdown does not wait for the stall.
            tokio::select! {
                () = tokio::time::sleep(state.lost.stall) => {}
                () = state.stop.cancelled() => {}
            }
            wire::gateway_timeout()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_zero_never_loses_and_one_always_does_every_kind() {
        let never = LostReplies::new(0.0, Duration::ZERO, Duration::ZERO, 1);
        assert!(!never.enabled());
        assert!((0..1000).all(|_| never.roll().is_none()));
        let always = LostReplies::new(1.0, Duration::ZERO, Duration::ZERO, 1);
        let kinds: Vec<Loss> = (0..600).map(|_| always.roll().unwrap()).collect();
        let count = |kind| kinds.iter().filter(|&&k| k == kind).count();
        // A third each: resets, gateway pages (half 502, half 504), stalls.
        for (kind, around) in [
            (Loss::Reset, 200),
            (Loss::Stall, 200),
            (Loss::BadGateway, 100),
            (Loss::GatewayTimeout, 100),
        ] {
            let n = count(kind);
            assert!(n.abs_diff(around) < 50, "{kind:?}: {n}");
        }
    }

    #[test]
    fn the_same_seed_loses_the_same_replies() {
        let draws = |seed| {
            let lost = LostReplies::new(0.3, Duration::ZERO, Duration::ZERO, seed);
            (0..200).map(|_| lost.roll()).collect::<Vec<_>>()
        };
        assert_eq!(draws(7), draws(7));
        assert_ne!(draws(7), draws(8));
        let lost = draws(7).iter().filter(|d| d.is_some()).count();
        assert!((35..90).contains(&lost), "{lost}");
    }
}
