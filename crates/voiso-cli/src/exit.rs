//! Exit codes, and the one place errors become a message and a code.

use std::process::ExitCode;

pub const FAILED: u8 = 1;
pub const USAGE: u8 = 2;
pub const AUTH: u8 = 3;
/// A long job stopped before finishing; a rerun with its journal resumes.
pub const STOPPED: u8 = 4;
pub const INTERRUPTED: u8 = 130;

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// Bad arguments or configuration (exit 2).
    Usage(String),
    /// The API refused the credentials (exit 3).
    Auth(voiso::Error),
    /// Anything else (exit 1).
    Failed(String),
    /// Stdout was closed by its reader (exit 0, nothing to say).
    ReaderGone,
}

impl From<voiso::Error> for Failure {
    fn from(error: voiso::Error) -> Self {
        if error.is_auth() {
            Failure::Auth(error)
        } else if matches!(error, voiso::Error::Config(_)) {
            Failure::Usage(crate::messages::describe(&error))
        } else {
            Failure::Failed(crate::messages::describe(&error))
        }
    }
}

impl From<voiso::ConfigError> for Failure {
    fn from(error: voiso::ConfigError) -> Self {
        Failure::from(voiso::Error::from(error))
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            // `voiso failures list | head`: the reader has what it wanted.
            Failure::ReaderGone
        } else {
            Failure::Failed(format!("cannot write the output: {error}"))
        }
    }
}

impl Failure {
    pub fn report(self) -> ExitCode {
        let (message, code) = match self {
            Failure::ReaderGone => return ExitCode::SUCCESS,
            Failure::Usage(message) => (message, USAGE),
            Failure::Auth(error) => (crate::messages::describe(&error), AUTH),
            Failure::Failed(message) => (message, FAILED),
        };
        crate::output::warn(format_args!("error: {message}"));
        ExitCode::from(code)
    }
}
