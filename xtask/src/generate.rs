//! Running progenitor as a library and shaping its output into the
//! checked-in module.

use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

use openapiv3::OpenAPI;
use progenitor::Generator;

use crate::settings::{SPEC_PATH, generation_settings};
use crate::spec::Spec;

#[derive(Debug)]
pub enum GenerateError {
    /// progenitor returned an error.
    Rejected(String),
    /// progenitor panicked; `operation` is the one that makes it panic alone,
    /// when there is one.
    Panicked {
        message: String,
        operation: Option<String>,
    },
    /// progenitor's tokens did not parse as a Rust file.
    Unparsable(String),
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rejected(e) => write!(f, "progenitor rejected the spec: {e}"),
            Self::Panicked {
                message,
                operation: Some(op),
            } => write!(
                f,
                "progenitor panicked while generating operation `{op}`: {message}\n\
                 change that operation in the spec (or the settings in xtask/src/settings.rs)"
            ),
            Self::Panicked {
                message,
                operation: None,
            } => write!(
                f,
                "progenitor panicked: {message}\n(no single operation causes it; \
                 look at the shared components)"
            ),
            Self::Unparsable(e) => write!(f, "progenitor produced code that does not parse: {e}"),
        }
    }
}

/// The complete text of the generated module.
pub fn render(spec: &Spec) -> Result<String, GenerateError> {
    let tokens = match tokens_catching_panics(&spec.api) {
        Ok(result) => result.map_err(|e| GenerateError::Rejected(e.to_string()))?,
        Err(message) => {
            return Err(GenerateError::Panicked {
                operation: culprit(&spec.api),
                message,
            });
        }
    };
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| GenerateError::Unparsable(e.to_string()))?;
    crate::optional_derives::gate(&mut file);
    crate::non_exhaustive::mark(&mut file);
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "// @generated from {SPEC_PATH} by `cargo xtask generate`. Do not edit by hand:\n\
         // change the spec (or xtask/src/settings.rs) and regenerate.\n\
         // spec sha256: {}\n\n{}",
        spec.sha256,
        body.replace("\r\n", "\n")
    ))
}

type Tokens = Result<proc_macro2::TokenStream, progenitor::Error>;

/// Runs progenitor with panics turned into an `Err` holding the message, and
/// the default panic report silenced so the user sees one clear error.
fn tokens_catching_panics(api: &OpenAPI) -> Result<Tokens, String> {
    let location = Arc::new(Mutex::new(None::<String>));
    let seen = Arc::clone(&location);
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if let (Ok(mut slot), Some(at)) = (seen.lock(), info.location()) {
            *slot = Some(format!("{}:{}", at.file(), at.line()));
        }
    }));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        Generator::new(&generation_settings()).generate_tokens(api)
    }));
    panic::set_hook(previous);

    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a non-text panic".to_string());
        match location.lock().ok().and_then(|l| l.clone()) {
            Some(at) => format!("{message} (at {at})"),
            None => message,
        }
    })
}

/// Finds the first operation that makes progenitor panic on its own, by
/// generating a copy of the spec that keeps only that operation.
fn culprit(api: &OpenAPI) -> Option<String> {
    let mut candidates = Vec::new();
    for (path, item) in &api.paths.paths {
        if let Some(item) = item.as_item() {
            for (method, op) in item.iter() {
                candidates.push((path.clone(), method.to_string(), op.operation_id.clone()));
            }
        }
    }
    candidates.into_iter().find_map(|(path, method, id)| {
        let mut alone = api.clone();
        alone.paths.paths.retain(|p, _| *p == path);
        if let Some(item) = alone.paths.paths.get_mut(&path).and_then(|i| match i {
            openapiv3::ReferenceOr::Item(item) => Some(item),
            openapiv3::ReferenceOr::Reference { .. } => None,
        }) {
            for m in [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ] {
                if m != method {
                    *operation_slot(item, m) = None;
                }
            }
        }
        tokens_catching_panics(&alone)
            .is_err()
            .then(|| id.unwrap_or_else(|| format!("{} {path}", method.to_uppercase())))
    })
}

fn operation_slot<'a>(
    item: &'a mut openapiv3::PathItem,
    method: &str,
) -> &'a mut Option<openapiv3::Operation> {
    match method {
        "get" => &mut item.get,
        "put" => &mut item.put,
        "post" => &mut item.post,
        "delete" => &mut item.delete,
        "options" => &mut item.options,
        "head" => &mut item.head,
        "patch" => &mut item.patch,
        _ => &mut item.trace,
    }
}
