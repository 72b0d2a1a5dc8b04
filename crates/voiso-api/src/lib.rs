//! The Voiso contact-center API client, generated from `openapi/voiso.yaml`
//! by progenitor (`cargo xtask generate`).
//!
//! Most users want the ergonomic `voiso` crate, which adds configuration,
//! authentication, retries and pagination on top of this one.

#![forbid(unsafe_code)]

// The generated module is never edited by hand and never reformatted.
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, dead_code)]
mod generated;
mod hooks;
// The operation table, generated beside the client from the same spec.
#[rustfmt::skip]
mod operations;
pub mod raw;
pub mod scope;

pub use generated::*;
pub use operations::{Operation, OperationHandlers, Paging, RetryClass, limits};
