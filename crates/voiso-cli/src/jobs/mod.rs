//! The long, resumable runs: CDR export and lead import; and the
//! long-running webhook listener.

pub mod cdr_export;
pub mod lead_import;
pub mod listen;
