//! One file per API area: each reads as the list of its operations, thin
//! builders over the generic request loop, pagers and write state.

pub(crate) mod calls;
pub(crate) mod campaigns;
pub(crate) mod canned_messages;
pub(crate) mod cdrs;
pub(crate) mod queues;
pub(crate) mod users;
pub(crate) mod webhook_failures;
pub(crate) mod webhooks;
