//! Reading the spec and refusing, with a clear message, what progenitor
//! would reject late (or panic on).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use openapiv3::{OpenAPI, Operation, ReferenceOr, Response, StatusCode};
use sha2::{Digest, Sha256};

/// A spec that passed every check.
pub struct Spec {
    pub api: OpenAPI,
    /// Hex SHA-256 of the file's bytes, written into the generated header.
    pub sha256: String,
}

#[derive(Debug)]
pub enum SpecError {
    Missing(PathBuf),
    Unreadable(PathBuf, std::io::Error),
    Yaml(PathBuf, serde_yaml_ng::Error),
    Version(String),
    Shape(serde_json::Error),
    Operations(Vec<String>),
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(path) => write!(
                f,
                "spec not found at {}: restore it (git checkout -- openapi/) or pass --spec PATH",
                path.display()
            ),
            Self::Unreadable(path, e) => write!(f, "cannot read {}: {e}", path.display()),
            Self::Yaml(path, e) => match e.location() {
                Some(at) => write!(
                    f,
                    "{}:{}:{}: YAML syntax error: {e}",
                    path.display(),
                    at.line(),
                    at.column()
                ),
                None => write!(f, "{}: YAML syntax error: {e}", path.display()),
            },
            Self::Version(found) => write!(
                f,
                "the spec says `openapi: {found}`, but progenitor reads OpenAPI 3.0.x only: \
                 write the spec as 3.0.3"
            ),
            Self::Shape(e) => write!(f, "the spec is not a valid OpenAPI 3.0 document: {e}"),
            Self::Operations(problems) => {
                writeln!(f, "the spec has operations the generator cannot take:")?;
                for problem in problems {
                    writeln!(f, "  - {problem}")?;
                }
                Ok(())
            }
        }
    }
}

pub fn load(path: &Path) -> Result<Spec, SpecError> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SpecError::Missing(path.to_path_buf()),
        _ => SpecError::Unreadable(path.to_path_buf(), e),
    })?;
    let sha256 = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let value: serde_json::Value =
        serde_yaml_ng::from_slice(&bytes).map_err(|e| SpecError::Yaml(path.to_path_buf(), e))?;

    let version = match value.get("openapi") {
        Some(serde_json::Value::String(v)) => v.clone(),
        Some(other) => other.to_string(),
        None => "<missing>".to_string(),
    };
    if !version.starts_with("3.0.") {
        return Err(SpecError::Version(version));
    }

    let api: OpenAPI = serde_json::from_value(value).map_err(SpecError::Shape)?;
    let problems = operation_problems(&api);
    if !problems.is_empty() {
        return Err(SpecError::Operations(problems));
    }
    Ok(Spec { api, sha256 })
}

/// Every operation needs a unique operationId, at most one success schema and
/// one error schema, no `default` response and no declared 5xx (progenitor
/// would fold undeclared statuses together with declared ones).
pub fn operation_problems(api: &OpenAPI) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();

    for (path, method, op) in operations(api) {
        let here = match &op.operation_id {
            Some(id) => format!("{id} ({} {path})", method.to_uppercase()),
            None => format!("{} {path}", method.to_uppercase()),
        };
        match &op.operation_id {
            None => problems.push(format!("{here}: missing operationId")),
            Some(id) => {
                if let Some(first) = seen.insert(id.clone(), here.clone()) {
                    problems.push(format!(
                        "{here}: duplicate operationId `{id}`, also on {first}"
                    ));
                }
            }
        }
        if op.responses.default.is_some() {
            problems.push(format!(
                "{here}: has a `default` response; declare the documented statuses instead"
            ));
        }

        let mut success = BTreeSet::new();
        let mut errors = BTreeSet::new();
        for (status, response) in &op.responses.responses {
            let code = match status {
                StatusCode::Code(code) => *code,
                StatusCode::Range(range) => *range * 100,
            };
            if code >= 500 {
                problems.push(format!(
                    "{here}: declares {status}; 5xx bodies are undocumented and must stay \
                     distinguishable by status, so leave them undeclared"
                ));
            }
            let schema = response_schema(api, response);
            if (200..300).contains(&code) {
                success.insert(schema);
            } else if code >= 400 {
                errors.insert(schema);
            }
        }
        if success.len() > 1 {
            problems.push(format!(
                "{here}: {} different success schemas; progenitor takes one",
                success.len()
            ));
        }
        if errors.len() > 1 {
            problems.push(format!(
                "{here}: {} different error schemas ({}); use the one combined error schema",
                errors.len(),
                errors.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    problems
}

fn operations(api: &OpenAPI) -> impl Iterator<Item = (&str, &str, &Operation)> {
    api.paths.paths.iter().flat_map(|(path, item)| {
        item.as_item().into_iter().flat_map(move |item| {
            item.iter()
                .map(move |(method, op)| (path.as_str(), method, op))
        })
    })
}

/// A printable identity of a response's JSON schema: its `$ref`, an inline
/// schema's JSON, or `no body`.
fn response_schema(api: &OpenAPI, response: &ReferenceOr<Response>) -> String {
    let response = match response {
        ReferenceOr::Item(r) => Some(r),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/responses/")
            .and_then(|name| api.components.as_ref()?.responses.get(name))
            .and_then(|r| r.as_item()),
    };
    let Some(response) = response else {
        return "an unresolvable response $ref".to_string();
    };
    match response
        .content
        .values()
        .next()
        .and_then(|m| m.schema.as_ref())
    {
        None => "no body".to_string(),
        Some(ReferenceOr::Reference { reference }) => reference.clone(),
        Some(ReferenceOr::Item(schema)) => {
            serde_json::to_string(schema).unwrap_or_else(|_| "an inline schema".to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems_of(yaml: &str) -> Vec<String> {
        let api: OpenAPI = serde_yaml_ng::from_str(yaml).expect("test spec parses");
        operation_problems(&api)
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    #[test]
    fn a_clean_operation_has_no_problems() {
        let spec = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        '200': {{description: ok}}\n"
        );
        assert_eq!(problems_of(&spec), Vec::<String>::new());
    }

    #[test]
    fn missing_and_duplicate_operation_ids_are_named() {
        let spec = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: same\n      responses: {{'200': {{description: ok}}}}\n    \
             post:\n      responses: {{'200': {{description: ok}}}}\n  /b:\n    get:\n      operationId: same\n      \
             responses: {{'200': {{description: ok}}}}\n"
        );
        let problems = problems_of(&spec);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].contains("POST /a: missing operationId"),
            "{problems:?}"
        );
        assert!(
            problems[1].contains("duplicate operationId `same`"),
            "{problems:?}"
        );
        assert!(problems[1].contains("GET /a"), "{problems:?}");
    }

    #[test]
    fn default_responses_two_error_schemas_and_5xx_are_refused() {
        let spec = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: twoErrors\n      responses:\n        \
             '200': {{description: ok}}\n        '404':\n          description: x\n          content:\n            \
             application/json: {{schema: {{type: string}}}}\n        '409':\n          description: y\n          \
             content:\n            application/json: {{schema: {{type: integer}}}}\n        '503': {{description: z}}\n        \
             default: {{description: d}}\n"
        );
        let problems = problems_of(&spec).join("\n");
        assert!(
            problems.contains("twoErrors (GET /a): has a `default` response"),
            "{problems}"
        );
        assert!(
            problems.contains("twoErrors (GET /a): 3 different error schemas"),
            "{problems}"
        );
        assert!(
            problems.contains("twoErrors (GET /a): declares 503"),
            "{problems}"
        );
    }
}
