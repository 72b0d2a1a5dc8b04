//! Starting, inspecting and stopping a mock server.

use std::collections::BTreeMap;
use std::io;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::http::Method;
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodFilter, MethodRouter, get, on};
use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use tokio::net::TcpListener;

use crate::stats::{RequestStats, Stats};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use voiso_api::types::{Webhook, WebhookFailure};
use voiso_api::{Operation, OperationHandlers};

use crate::auth::Keyring;
use crate::cdr::Cdrs;
use crate::center::Center;
use crate::clock::Clock;
use crate::config::{ApiKey, MockArgs, MockConfig};
use crate::delivery::{Delivery, DeliverySummary, Real, Simulated};
use crate::faults::Faults;
use crate::handlers;
use crate::killable::{KillableListener, Peer};
use crate::lost::{self, LostReplies};
use crate::ops;
use crate::seed;
use crate::store::Store;

/// How long [`MockServer::shutdown`] lets open requests finish.
const GRACE: Duration = Duration::from_secs(5);

pub(crate) struct AppState {
    pub(crate) store: Arc<Mutex<Store>>,
    /// Users, queues, canned messages, campaigns, started calls.
    pub(crate) center: Arc<Mutex<Center>>,
    /// The computed CDRs (immutable).
    pub(crate) cdrs: Cdrs,
    pub(crate) keys: Keyring,
    pub(crate) faults: Faults,
    pub(crate) lost: LostReplies,
    pub(crate) latency: Duration,
    pub(crate) delivery: Arc<Delivery>,
    pub(crate) stop: CancellationToken,
    pub(crate) stats: Arc<Stats>,
    /// What every time stamped at run time reads (maybe skewed).
    pub(crate) clock: Clock,
    /// The most items a list page holds, whatever `limit` asks.
    pub(crate) page_cap: Option<usize>,
}

impl AppState {
    /// The items a page holds when `limit` are asked for.
    pub(crate) fn page_limit(&self, limit: usize) -> usize {
        self.page_cap.map_or(limit, |cap| limit.min(cap))
    }

    /// The store's lock. Poisoning is ignored: nothing that holds the lock
    /// can panic part-way through a change.
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The contact center's lock, poisoning ignored likewise.
    pub(crate) fn center(&self) -> MutexGuard<'_, Center> {
        self.center.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

type Route = MethodRouter<Arc<AppState>>;

/// The handler of each operation of the generated table, for one method.
/// Implementing the generated trait is what makes a new operation in the
/// spec fail to compile until it has a handler here.
struct Routes(MethodFilter);

impl OperationHandlers for Routes {
    type Handler = Route;
    fn list_webhook_failures(&self) -> Route {
        on(self.0, handlers::list_failures)
    }
    fn get_webhook_failure(&self) -> Route {
        on(self.0, handlers::get_failure)
    }
    fn retrigger_webhook_failure(&self) -> Route {
        on(self.0, handlers::retrigger)
    }
    fn list_webhooks(&self) -> Route {
        on(self.0, handlers::list_webhooks)
    }
    fn get_webhook(&self) -> Route {
        on(self.0, handlers::get_webhook)
    }
    fn list_users(&self) -> Route {
        on(self.0, ops::list_users)
    }
    fn get_queue(&self) -> Route {
        on(self.0, ops::get_queue)
    }
    fn list_queue_users(&self) -> Route {
        on(self.0, ops::list_queue_users)
    }
    fn list_canned_messages(&self) -> Route {
        on(self.0, ops::list_canned_messages)
    }
    fn list_campaigns(&self) -> Route {
        on(self.0, ops::list_campaigns)
    }
    fn get_campaign(&self) -> Route {
        on(self.0, ops::get_campaign)
    }
    fn pause_campaign(&self) -> Route {
        on(self.0, ops::pause_campaign)
    }
    fn add_campaign_leads(&self) -> Route {
        on(self.0, ops::add_campaign_leads)
    }
    fn start_call(&self) -> Route {
        on(self.0, ops::start_call)
    }
    fn list_cdrs(&self) -> Route {
        on(self.0, ops::list_cdrs)
    }
}

/// Every operation of the table, at its path and method, and nothing else.
fn api_routes() -> Router<Arc<AppState>> {
    let mut paths: BTreeMap<&'static str, Route> = BTreeMap::new();
    for &op in Operation::ALL {
        let method = Method::from_bytes(op.method().as_bytes())
            .ok()
            .and_then(|m| MethodFilter::try_from(m).ok())
            .unwrap_or_else(|| panic!("{}: unroutable method {}", op.name(), op.method()));
        let route = op.handler(&Routes(method));
        let route = match paths.remove(op.path()) {
            Some(others) => others.merge(route),
            None => route,
        };
        paths.insert(op.path(), route);
    }
    paths
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(path, route)
        })
}

fn router(state: Arc<AppState>) -> Router {
    let api = api_routes();
    // Only when replies can be lost: at rate 0 the hot path is untouched.
    // `route_layer` wraps the operations, not the 405 fallback added below.
    let api = if state.lost.enabled() {
        api.route_layer(from_fn_with_state(Arc::clone(&state), lost::lose_replies))
    } else {
        api
    };
    Router::new()
        .merge(api)
        .route("/_mock/retriggers", get(handlers::retrigger_counts))
        .route("/_mock/stats", get(handlers::request_stats))
        .route("/_mock/deliveries", get(handlers::deliveries))
        .route("/_mock/state", get(ops::mock_state))
        .method_not_allowed_fallback(handlers::method_not_allowed)
        .fallback(handlers::not_found)
        .with_state(state)
}

/// A running mock server. Dropping it stops it too, without waiting.
pub struct MockServer {
    addr: SocketAddr,
    base_url: String,
    keys: Vec<ApiKey>,
    store: Arc<Mutex<Store>>,
    center: Arc<Mutex<Center>>,
    stats: Arc<Stats>,
    delivery: Arc<Delivery>,
    stop: CancellationToken,
    task: Option<JoinHandle<io::Result<()>>>,
}

impl MockServer {
    /// Generates the data and starts serving on `config.addr` (by default a
    /// free port on 127.0.0.1). Must be called inside a Tokio runtime.
    pub async fn start(config: MockConfig) -> io::Result<Self> {
        config
            .validate()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let anchor = config.anchor.unwrap_or_else(start_of_today);
        let data = seed::generate(config.seed, config.failures, anchor);
        let store = Arc::new(Mutex::new(Store::new(data)));
        let center = Center::generate(config.seed, anchor);
        let cdrs = Cdrs::new(
            config.seed,
            config.cdrs,
            anchor,
            (center.user_ids().to_vec(), center.queue_ids()),
            config.cdr_layout,
        )
        .with_total_cap(config.cdr_total_cap);
        let clock = Clock::new(config.clock_skew);
        let center = Arc::new(Mutex::new(center));
        let stop = CancellationToken::new();
        let stats = Arc::new(Stats::default());
        let real = config
            .webhook_delivery
            .clone()
            .map(|d| Arc::new(Real::new(d, config.seed, clock)));
        let delivery = Arc::new(Delivery::new(
            Simulated::new(
                config.delivery_delay,
                config.delivery_success,
                config.seed,
                clock,
            ),
            real,
        ));
        let state = Arc::new(AppState {
            store: Arc::clone(&store),
            center: Arc::clone(&center),
            cdrs,
            keys: Keyring::new(&config.keys, config.rate_limit),
            faults: Faults::new(config.fault_rate, config.seed),
            lost: LostReplies::new(
                config.lost_reply_rate,
                config.lost_reply_stall,
                config.commit_delay,
                config.seed,
            ),
            latency: config.latency,
            delivery: Arc::clone(&delivery),
            stop: stop.clone(),
            stats: Arc::clone(&stats),
            clock,
            page_cap: config.page_cap,
        });

        let listener = TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        if let Some(real) = delivery.real() {
            let webhooks = store
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .webhooks()
                .to_vec();
            real.start(Arc::clone(&store), webhooks, stop.clone());
        }
        let stopped = stop.clone().cancelled_owned();
        let task = if state.lost.enabled() {
            // Connections a lost reply can reset (see `killable`).
            let app = router(state).into_make_service_with_connect_info::<Peer>();
            let serve =
                axum::serve(KillableListener(listener), app).with_graceful_shutdown(stopped);
            tokio::spawn(async move { serve.await })
        } else {
            let serve = axum::serve(listener, router(state)).with_graceful_shutdown(stopped);
            tokio::spawn(async move { serve.await })
        };
        tracing::info!(%addr, failures = config.failures, cdrs = config.cdrs, seed = config.seed, "voiso-mock started");
        Ok(Self {
            addr,
            base_url: format!("http://{addr}"),
            keys: config.keys,
            store,
            center,
            stats,
            delivery,
            stop,
            task: Some(task),
        })
    }

    /// `http://HOST:PORT`, without a trailing slash; API paths start `/api/v4/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The keys the server accepts.
    pub fn keys(&self) -> &[ApiKey] {
        &self.keys
    }

    /// Successful retriggers per failure ID, as `GET /_mock/retriggers`.
    pub fn retrigger_counts(&self) -> BTreeMap<String, u64> {
        self.lock().retrigger_counts().clone()
    }

    /// Requests, injected faults, 429s, lost replies and late commits so
    /// far, as `GET /_mock/stats`.
    pub fn request_stats(&self) -> RequestStats {
        self.stats.snapshot()
    }

    /// With real deliveries: counts over every generated event, as the
    /// `summary` of `GET /_mock/deliveries` (all zero without).
    pub fn delivery_summary(&self) -> DeliverySummary {
        self.delivery
            .real()
            .map(|real| real.ledger().summary())
            .unwrap_or_default()
    }

    /// `GET /_mock/deliveries`: per event, its attempts and outcomes.
    pub fn deliveries(&self) -> serde_json::Value {
        self.delivery.report()
    }

    /// A failure's current state.
    pub fn failure(&self, id: &str) -> Option<WebhookFailure> {
        self.lock().failure(id).cloned()
    }

    /// All failures, newest first.
    pub fn failures(&self) -> Vec<WebhookFailure> {
        self.lock().failures().cloned().collect()
    }

    pub fn webhooks(&self) -> Vec<Webhook> {
        self.lock().webhooks().to_vec()
    }

    /// Campaigns, started calls and agents, as `GET /_mock/state`.
    pub fn state(&self) -> serde_json::Value {
        self.center
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .state()
    }

    fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stops accepting connections, lets open requests finish (for a few
    /// seconds at most) and cancels pending simulated deliveries.
    pub async fn shutdown(mut self) {
        self.stop.cancel();
        if let Some(mut task) = self.task.take() {
            match tokio::time::timeout(GRACE, &mut task).await {
                Ok(Ok(Ok(()))) => {}
                Ok(Ok(Err(e))) => tracing::warn!("voiso-mock stopped with an error: {e}"),
                Ok(Err(e)) => tracing::warn!("voiso-mock task failed: {e}"),
                Err(_) => task.abort(),
            }
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.stop.cancel();
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Midnight UTC: a run on the same day with the same seed serves
/// byte-identical data, and every generated time is still in the past.
fn start_of_today() -> DateTime<Utc> {
    let now = Utc::now();
    now.duration_trunc(TimeDelta::days(1)).unwrap_or(now)
}

/// Runs the server the flags describe until SIGINT or SIGTERM. The first
/// line on stdout is `listening on http://HOST:PORT`. Exit code 2 for a
/// configuration clap could not catch, 1 when the address cannot be bound.
pub async fn serve(args: MockArgs) -> ExitCode {
    let config = match args.into_config() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let addr = config.addr;
    let server = match MockServer::start(config).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("error: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    {
        use std::io::Write;
        let mut stdout = io::stdout().lock();
        // A parent reading the line may have gone; nothing to do about it.
        let _ = writeln!(stdout, "listening on {}", server.base_url());
        let _ = stdout.flush();
    }
    shutdown_signal().await;
    tracing::info!("voiso-mock shutting down");
    server.shutdown().await;
    ExitCode::SUCCESS
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
                return;
            }
            Err(e) => tracing::warn!("cannot listen for SIGTERM: {e}"),
        }
    }
    if let Err(e) = tokio::signal::ctrl_c().await {
        tracing::warn!("cannot listen for SIGINT: {e}");
        std::future::pending::<()>().await;
    }
}
