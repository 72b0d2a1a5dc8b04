//! The long, resumable runs: CDR export and lead import.

pub mod cdr_export;
pub mod lead_import;
pub mod sync;
