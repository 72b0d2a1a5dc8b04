//! The HTTP side: verify with `voiso::events`' extractor, store, answer.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::routing::post;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use voiso::events::Verifier;
use voiso::events::axum::{EventRejection, VoisoEvent};

use super::store::{EventStore, Stored};

/// What the listener has done so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CountsSnapshot {
    pub stored: u64,
    pub duplicates: u64,
    pub refused: u64,
}

/// Live counters, shared with the progress line and the demo.
#[derive(Clone, Default)]
pub struct Counts(Arc<[AtomicU64; 3]>);

impl Counts {
    pub fn snapshot(&self) -> CountsSnapshot {
        CountsSnapshot {
            stored: self.0[0].load(Ordering::Relaxed),
            duplicates: self.0[1].load(Ordering::Relaxed),
            refused: self.0[2].load(Ordering::Relaxed),
        }
    }

    fn add(&self, which: usize) {
        self.0[which].fetch_add(1, Ordering::Relaxed);
    }
}

#[derive(Clone)]
struct AppState {
    verifier: Arc<Verifier>,
    store: EventStore,
    counts: Counts,
    /// Cancelled when a write fails: the listener stops rather than go on
    /// with a file in doubt.
    broken: CancellationToken,
    error: Arc<std::sync::Mutex<Option<io::Error>>>,
}

impl FromRef<AppState> for Arc<Verifier> {
    fn from_ref(state: &AppState) -> Self {
        Arc::clone(&state.verifier)
    }
}

async fn receive(
    State(state): State<AppState>,
    event: Result<VoisoEvent, EventRejection>,
) -> (StatusCode, &'static str) {
    let VoisoEvent(delivery) = match event {
        Ok(event) => event,
        Err(rejection) => {
            state.counts.add(2);
            return (rejection.status(), "refused\n");
        }
    };
    // Serialising a `Value` cannot fail.
    let line = serde_json::to_vec(delivery.body()).unwrap_or_default();
    match state.store.store(delivery.dedup_key().clone(), line).await {
        Ok(Stored::New) => {
            state.counts.add(0);
            (StatusCode::OK, "stored\n")
        }
        Ok(Stored::Duplicate) => {
            state.counts.add(1);
            (StatusCode::OK, "already stored\n")
        }
        Err(e) => {
            if let Ok(mut slot) = state.error.lock() {
                slot.get_or_insert(e);
            }
            state.broken.cancel();
            (StatusCode::SERVICE_UNAVAILABLE, "cannot store the event\n")
        }
    }
}

/// A bound listener, not yet serving.
pub struct Listener {
    tcp: TcpListener,
    state: AppState,
}

impl Listener {
    pub async fn bind(
        addr: SocketAddr,
        verifier: Arc<Verifier>,
        store: EventStore,
    ) -> io::Result<Self> {
        let tcp = TcpListener::bind(addr).await?;
        Ok(Self {
            tcp,
            state: AppState {
                verifier,
                store,
                counts: Counts::default(),
                broken: CancellationToken::new(),
                error: Arc::default(),
            },
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.tcp
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    pub fn counts(&self) -> Counts {
        self.state.counts.clone()
    }

    /// Serves until `stop` resolves (requests in flight finish: each has
    /// its answer only once stored) or a write fails (that error).
    pub async fn serve(self, stop: impl Future<Output = ()> + Send + 'static) -> io::Result<()> {
        let broken = self.state.broken.clone();
        let error = Arc::clone(&self.state.error);
        let route = post(receive).put(receive);
        let app = Router::new()
            .route("/", route.clone())
            .route("/{*path}", route)
            .with_state(self.state);
        let stopped = {
            let broken = broken.clone();
            async move {
                tokio::select! {
                    () = stop => {}
                    () = broken.cancelled() => {}
                }
            }
        };
        axum::serve(self.tcp, app)
            .with_graceful_shutdown(stopped)
            .await?;
        match error.lock().ok().and_then(|mut e| e.take()) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}
