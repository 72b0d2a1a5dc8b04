//! What a retrigger (and, with `--webhook-url`, every generated event)
//! sets off: a simulated outcome, or real HTTP deliveries.

mod fixtures;
mod ledger;
mod real;
mod simulated;

use std::sync::{Arc, Mutex};

use tokio_util::sync::CancellationToken;

pub use ledger::DeliverySummary;
pub(crate) use real::Real;
pub(crate) use simulated::Simulated;

use crate::store::Store;

pub(crate) struct Delivery {
    simulated: Arc<Simulated>,
    real: Option<Arc<Real>>,
}

impl Delivery {
    pub(crate) fn new(simulated: Simulated, real: Option<Arc<Real>>) -> Self {
        Self {
            simulated: Arc::new(simulated),
            real,
        }
    }

    pub(crate) fn real(&self) -> Option<&Arc<Real>> {
        self.real.as_ref()
    }

    /// Resolves failure `id`, just turned `pending` by a retrigger: for
    /// real when it is one of this run's deliveries, else simulated.
    pub(crate) fn schedule(&self, store: Arc<Mutex<Store>>, id: String, stop: CancellationToken) {
        if let Some(real) = &self.real
            && real.retrigger(&store, &id, &stop)
        {
            return;
        }
        self.simulated.schedule(store, id, stop);
    }

    /// `GET /_mock/deliveries`: per event, its attempts and outcomes.
    pub(crate) fn report(&self) -> serde_json::Value {
        match &self.real {
            Some(real) => real.ledger().report(),
            None => ledger::Ledger::default().report(),
        }
    }
}
