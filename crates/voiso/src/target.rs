//! What a request is, for the attempt loop, its traces and its errors: an
//! operation of the generated table, or a request the caller describes
//! ([`Client::request`](crate::Client::request)), which goes through the
//! same loop.

use voiso_api::{Operation, RetryClass};

#[derive(Debug, Clone, Copy)]
pub(crate) enum Target<'a> {
    Op(Operation),
    Raw {
        method: &'a str,
        path: &'a str,
        retry: RetryClass,
    },
}

impl From<Operation> for Target<'_> {
    fn from(op: Operation) -> Self {
        Target::Op(op)
    }
}

impl Target<'_> {
    /// The operationId, or `request` for a caller's own.
    pub(crate) fn name(&self) -> &str {
        match self {
            Target::Op(op) => op.name(),
            Target::Raw { .. } => "request",
        }
    }

    pub(crate) fn method(&self) -> &str {
        match self {
            Target::Op(op) => op.method(),
            Target::Raw { method, .. } => method,
        }
    }

    pub(crate) fn path(&self) -> &str {
        match self {
            Target::Op(op) => op.path(),
            Target::Raw { path, .. } => path,
        }
    }

    pub(crate) fn retry(&self) -> RetryClass {
        match self {
            Target::Op(op) => op.retry(),
            Target::Raw { retry, .. } => *retry,
        }
    }

    /// The API-key scope it needs, when the spec says.
    pub(crate) fn scope(&self) -> Option<&'static str> {
        match self {
            Target::Op(op) => Some(op.scope()),
            Target::Raw { .. } => None,
        }
    }

    /// What it is about, for messages: an operation's summary less the verb
    /// ("Get webhook failure" is about "webhook failure"), else the path.
    pub(crate) fn resource(&self) -> String {
        match self {
            Target::Op(op) => {
                let summary = op.summary();
                let noun = summary.split_once(' ').map_or(summary, |(_, rest)| rest);
                noun.strip_prefix("list of ").unwrap_or(noun).to_string()
            }
            Target::Raw { path, .. } => format!("`{path}`"),
        }
    }
}
