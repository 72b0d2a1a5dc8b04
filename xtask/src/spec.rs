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
    /// Every `(path, method)` in the order the file writes them (`api` has
    /// its paths sorted, having gone through a JSON value).
    pub order: Vec<(String, String)>,
}

/// The values `x-voiso-retry` may take: how a client may repeat a call.
pub const RETRY_CLASSES: [&str; 4] = ["idempotent", "conflict-then-read", "deduplicated", "never"];

/// The form every `x-voiso-scope` takes. Voiso's endpoint pages mostly
/// write `<area>.<resource>.<read|manage>` (`tasks.webhooks.read`,
/// `reporting.cdrs.read`), but some areas have no resource part
/// (`campaigns.read` on the Get users assigned to a campaign page), so the
/// resource is optional.
pub const SCOPE_FORM: &str = "`<area>[.<resource>].<read|manage>`";

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
    let order = file_order(&bytes);
    Ok(Spec { api, sha256, order })
}

/// The keys of a path item that are operations.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// `(path, method)` pairs in the file's own order: a YAML value keeps it,
/// where the JSON value `load` goes through sorts keys.
fn file_order(bytes: &[u8]) -> Vec<(String, String)> {
    let Ok(value) = serde_yaml_ng::from_slice::<serde_yaml_ng::Value>(bytes) else {
        return Vec::new();
    };
    let mut order = Vec::new();
    for (path, item) in value
        .get("paths")
        .and_then(|p| p.as_mapping())
        .into_iter()
        .flatten()
    {
        let Some(path) = path.as_str() else { continue };
        for key in item.as_mapping().into_iter().flat_map(|m| m.keys()) {
            if let Some(method) = key.as_str().filter(|k| METHODS.contains(k)) {
                order.push((path.to_string(), method.to_string()));
            }
        }
    }
    order
}

/// The operation's `x-voiso-scope`, or why it cannot be used.
pub fn scope_of(op: &Operation) -> Result<&str, String> {
    let scope = match op.extensions.get("x-voiso-scope") {
        None => {
            return Err(format!(
                "missing `x-voiso-scope` (the API-key scope it needs, {SCOPE_FORM})"
            ));
        }
        Some(serde_json::Value::String(scope)) => scope.as_str(),
        Some(other) => {
            return Err(format!(
                "`x-voiso-scope: {other}` is not a string of the form {SCOPE_FORM}"
            ));
        }
    };
    let parts: Vec<&str> = scope.split('.').collect();
    let word = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    match parts.as_slice() {
        [area, "read" | "manage"] if word(area) => Ok(scope),
        [area, resource, "read" | "manage"] if word(area) && word(resource) => Ok(scope),
        _ => Err(format!(
            "`x-voiso-scope: {scope}` is not of the form {SCOPE_FORM} \
             (lower-case words, then `read` or `manage`)"
        )),
    }
}

/// The operation's `x-voiso-retry`, or why it cannot be used.
pub fn retry_of(op: &Operation) -> Result<&str, String> {
    let classes = RETRY_CLASSES.join(", ");
    match op.extensions.get("x-voiso-retry") {
        None => Err(format!(
            "missing `x-voiso-retry` (how a client may repeat it: one of {classes})"
        )),
        Some(serde_json::Value::String(class)) if RETRY_CLASSES.contains(&class.as_str()) => {
            Ok(class.as_str())
        }
        Some(serde_json::Value::String(class)) => {
            Err(format!("`x-voiso-retry: {class}` is not one of {classes}"))
        }
        Some(other) => Err(format!(
            "`x-voiso-retry: {other}` is not a string; use one of {classes}"
        )),
    }
}

/// The `Operation` variant an operationId becomes: UpperCamelCase, each run
/// of ASCII letters and digits starting a word (`listWebhooks` and
/// `list_webhooks` both give `ListWebhooks`). `None` when that is not a Rust
/// identifier.
pub fn variant_name(operation_id: &str) -> Option<String> {
    let mut name = String::new();
    for word in operation_id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    let usable = name.starts_with(|c: char| c.is_ascii_alphabetic()) && name != "Self";
    usable.then_some(name)
}

/// Every operation needs a unique operationId, at most one success schema and
/// one error schema, no `default` response and no declared 5xx (progenitor
/// would fold undeclared statuses together with declared ones). For the
/// operation table, it also needs an `x-voiso-scope` of the form
/// `<area>[.<resource>].<read|manage>`, an `x-voiso-retry` naming one of
/// [`RETRY_CLASSES`], and an operationId that makes a variant name no other
/// operationId makes.
pub fn operation_problems(api: &OpenAPI) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut variants: BTreeMap<String, (String, String)> = BTreeMap::new();

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
                match variant_name(id) {
                    None => problems.push(format!(
                        "{here}: operationId `{id}` cannot name an `Operation` variant; \
                         start it with an ASCII letter"
                    )),
                    Some(variant) => {
                        if let Some((other, first)) =
                            variants.insert(variant.clone(), (id.clone(), here.clone()))
                            && other != *id
                        {
                            problems.push(format!(
                                "{here}: operationId `{id}` gives the variant \
                                 `Operation::{variant}`, as `{other}` does on {first}"
                            ));
                        }
                    }
                }
            }
        }
        if let Err(why) = scope_of(op) {
            problems.push(format!("{here}: {why}"));
        }
        if let Err(why) = retry_of(op) {
            problems.push(format!("{here}: {why}"));
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
    /// What every operation of the fixtures carries unless a test says otherwise.
    const EXT: &str = "      x-voiso-scope: tasks.webhooks.read\n      x-voiso-retry: idempotent\n";

    /// A spec of one `GET /a` operation `a` with `lines` (each indented six
    /// spaces) in place of the usual extensions.
    fn one_operation(lines: &str) -> String {
        format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: a\n{lines}      responses:\n        '200': {{description: ok}}\n"
        )
    }

    #[test]
    fn a_clean_operation_has_no_problems() {
        assert_eq!(problems_of(&one_operation(EXT)), Vec::<String>::new());
    }

    #[test]
    fn missing_and_duplicate_operation_ids_are_named() {
        let spec = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: same\n{EXT}      responses: {{'200': {{description: ok}}}}\n    \
             post:\n{EXT}      responses: {{'200': {{description: ok}}}}\n  /b:\n    get:\n      operationId: same\n{EXT}      \
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
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: twoErrors\n{EXT}      responses:\n        \
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

    #[test]
    fn a_missing_scope_or_retry_class_is_named() {
        let no_scope = problems_of(&one_operation("      x-voiso-retry: idempotent\n"));
        assert_eq!(
            no_scope,
            [
                "a (GET /a): missing `x-voiso-scope` (the API-key scope it needs, \
              `<area>[.<resource>].<read|manage>`)"
            ]
        );
        let no_retry = problems_of(&one_operation("      x-voiso-scope: tasks.webhooks.read\n"));
        assert_eq!(
            no_retry,
            [
                "a (GET /a): missing `x-voiso-retry` (how a client may repeat it: one of \
              idempotent, conflict-then-read, deduplicated, never)"
            ]
        );
        assert_eq!(problems_of(&one_operation("")).len(), 2);
    }

    #[test]
    fn every_retry_class_is_taken_and_nothing_else() {
        for class in RETRY_CLASSES {
            let spec = one_operation(&format!(
                "      x-voiso-scope: tasks.webhooks.read\n      x-voiso-retry: {class}\n"
            ));
            assert_eq!(problems_of(&spec), Vec::<String>::new(), "{class}");
        }
        for (bad, shown) in [
            ("Idempotent", "`x-voiso-retry: Idempotent` is not one of"),
            (
                "conflict_then_read",
                "`x-voiso-retry: conflict_then_read` is not one of",
            ),
            ("''", "`x-voiso-retry: ` is not one of"),
            ("true", "`x-voiso-retry: true` is not a string"),
            ("[idempotent]", "is not a string"),
        ] {
            let spec = one_operation(&format!(
                "      x-voiso-scope: tasks.webhooks.read\n      x-voiso-retry: {bad}\n"
            ));
            let problems = problems_of(&spec);
            assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
            assert!(problems[0].starts_with("a (GET /a): "), "{problems:?}");
            assert!(problems[0].contains(shown), "{bad}: {problems:?}");
        }
    }

    #[test]
    fn a_scope_must_be_area_resource_read_or_manage() {
        for good in [
            "tasks.webhooks.read",
            "tasks.webhooks.manage",
            "messaging.canned_messages.read",
            "v4area.res2.manage",
            "campaigns.read",
            "campaigns.manage",
        ] {
            let spec = one_operation(&format!(
                "      x-voiso-scope: {good}\n      x-voiso-retry: never\n"
            ));
            assert_eq!(problems_of(&spec), Vec::<String>::new(), "{good}");
        }
        for bad in [
            "tasks.webhooks.write",
            "campaigns.write",
            "tasks.webhooks",
            "tasks.webhooks.read.extra",
            "read",
            ".read",
            "Tasks.webhooks.read",
            "tasks..read",
            "tasks.web-hooks.read",
            "'tasks.webhooks.read '",
            "''",
            "7",
        ] {
            let spec = one_operation(&format!(
                "      x-voiso-scope: {bad}\n      x-voiso-retry: never\n"
            ));
            let problems = problems_of(&spec);
            assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
            assert!(
                problems[0].starts_with("a (GET /a): `x-voiso-scope: "),
                "{problems:?}"
            );
            assert!(
                problems[0].contains("`<area>[.<resource>].<read|manage>`"),
                "{problems:?}"
            );
        }
    }

    #[test]
    fn variant_names_are_upper_camel_case() {
        assert_eq!(
            variant_name("listWebhookFailures").as_deref(),
            Some("ListWebhookFailures")
        );
        assert_eq!(variant_name("get_webhook").as_deref(), Some("GetWebhook"));
        assert_eq!(
            variant_name("calls.list-v2").as_deref(),
            Some("CallsListV2")
        );
        assert_eq!(variant_name("2fa"), None);
        assert_eq!(variant_name("self"), None);
        assert_eq!(variant_name("--"), None);
    }

    #[test]
    fn operation_ids_that_make_the_same_variant_are_refused() {
        let spec = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n{EXT}      responses: {{'200': {{description: ok}}}}\n  \
             /b:\n    get:\n      operationId: get_a\n{EXT}      responses: {{'200': {{description: ok}}}}\n  \
             /c:\n    get:\n      operationId: 3c\n{EXT}      responses: {{'200': {{description: ok}}}}\n"
        );
        let problems = problems_of(&spec);
        assert_eq!(
            problems,
            [
                "get_a (GET /b): operationId `get_a` gives the variant `Operation::GetA`, \
                 as `getA` does on getA (GET /a)",
                "3c (GET /c): operationId `3c` cannot name an `Operation` variant; \
                 start it with an ASCII letter",
            ]
        );
    }

    #[test]
    fn the_file_order_of_operations_is_kept() {
        let spec = format!(
            "{HEAD}paths:\n  /z:\n    parameters: []\n    post: {{}}\n    get: {{}}\n  /a:\n    delete: {{}}\n"
        );
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(p, m)| (p.to_string(), m.to_string()))
                .collect()
        };
        assert_eq!(
            file_order(spec.as_bytes()),
            pairs(&[("/z", "post"), ("/z", "get"), ("/a", "delete")])
        );
    }
}
