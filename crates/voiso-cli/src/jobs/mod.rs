//! The long, resumable runs: CDR export and lead import; and the
//! long-running webhook listener.

pub mod cdr_export;
pub mod lead_import;
#[cfg(feature = "listen")]
pub mod listen;
pub mod sync;
