//! The operation table, `crates/voiso-api/src/operations.rs`: one
//! `Operation` variant per operationId, and its method, path, scope, paging,
//! retry class and summary as match arms, so that no hand-written code
//! restates what the spec says.

use openapiv3::{
    OpenAPI, Parameter, ParameterSchemaOrContent, PathItem, ReferenceOr, SchemaKind, Type,
};

use crate::settings::SPEC_PATH;
use crate::spec::{self, Spec};

/// What the table says about one operation.
struct Entry {
    id: String,
    variant: String,
    method: String,
    path: String,
    scope: String,
    paging: &'static str,
    /// The `maximum` of the `limit` query parameter, if it has one.
    max_limit: Option<u32>,
    /// The `x-voiso-retry` value and the `RetryClass` variant it names.
    retry: (&'static str, &'static str),
    summary: String,
}

/// `RetryClass` variants: the `x-voiso-retry` value that names each (every
/// one of [`spec::RETRY_CLASSES`]), the variant, and what it means.
const RETRY_VARIANTS: [(&str, &str, &str); 4] = [
    (
        "idempotent",
        "Idempotent",
        "repeating the call changes nothing, so it may be sent again after any transient failure.",
    ),
    (
        "conflict-then-read",
        "ConflictThenRead",
        "a repeat of a call that already took effect answers 409 Conflict, so it may be sent again; a 409 after an attempt whose outcome is unknown (a timeout, a reset, a 5xx) means reading the resource back to tell that attempt's success from a real conflict.",
    ),
    (
        "deduplicated",
        "Deduplicated",
        "the server recognises a repeated request and acts once, so it may be sent again unchanged.",
    ),
    (
        "never",
        "Never",
        "a repeat could act twice, so it is never sent again automatically.",
    ),
];

/// `Paging` variants: name, and what it means for a client.
const PAGING_VARIANTS: [(&str, &str); 3] = [
    ("None", "One response holds the whole answer."),
    (
        "Offset",
        "Pages by the `offset` query parameter (with `limit`); `metadata.total` counts every matching item.",
    ),
    (
        "Cursor",
        "Pages by the `cursor` query parameter; each page's `metadata.next_cursor` is the cursor of the next.",
    ),
];

/// The complete text of the operation table, or why the spec cannot make one
/// (only for what [`spec::load`] lets through by mistake).
pub fn render(spec: &Spec) -> Result<String, String> {
    let entries = entries(spec)?;
    let source = source(&entries) + &crate::limits::source(&spec.api);
    let file = syn::parse_file(&source)
        .map_err(|e| format!("the operation table does not parse as Rust: {e}"))?;
    Ok(format!(
        "// @generated from {SPEC_PATH} by `cargo xtask generate`. Do not edit by hand:\n\
         // change the spec (or xtask/src/table.rs) and regenerate.\n\
         // spec sha256: {}\n\n{}",
        spec.sha256,
        prettyplease::unparse(&file).replace("\r\n", "\n")
    ))
}

/// Every operation, in the file's order.
fn entries(spec: &Spec) -> Result<Vec<Entry>, String> {
    let api = &spec.api;
    let mut entries = Vec::new();
    for (path, item) in &api.paths.paths {
        let Some(item) = item.as_item() else { continue };
        for (method, op) in item.iter() {
            let here = format!("{} {path}", method.to_uppercase());
            let id = op
                .operation_id
                .clone()
                .ok_or_else(|| format!("{here}: missing operationId"))?;
            let here = format!("{id} ({here})");
            let variant = spec::variant_name(&id)
                .ok_or_else(|| format!("{here}: operationId cannot name a variant"))?;
            let scope = spec::scope_of(op).map_err(|e| format!("{here}: {e}"))?;
            let retry = spec::retry_of(op).map_err(|e| format!("{here}: {e}"))?;
            let retry = RETRY_VARIANTS
                .iter()
                .find(|(value, _, _)| *value == retry)
                .map(|(value, variant, _)| (*value, *variant))
                .ok_or_else(|| format!("{here}: no RetryClass for `{retry}`"))?;
            entries.push(Entry {
                variant,
                method: method.to_uppercase(),
                path: path.clone(),
                scope: scope.to_string(),
                paging: paging(api, item, op),
                max_limit: max_limit(api, item, op).map_err(|e| format!("{here}: {e}"))?,
                retry,
                summary: op.summary.clone().unwrap_or_default(),
                id,
            });
        }
    }
    let position = |e: &Entry| {
        spec.order
            .iter()
            .position(|(path, method)| *path == e.path && method.to_uppercase() == e.method)
            .unwrap_or(usize::MAX)
    };
    // A stable sort: anything the file order misses keeps the parsed order.
    entries.sort_by_key(position);
    Ok(entries)
}

/// The operation's query parameters, path-level ones and references included.
fn query_parameters<'a>(
    api: &'a OpenAPI,
    item: &'a PathItem,
    op: &'a openapiv3::Operation,
) -> impl Iterator<Item = &'a openapiv3::ParameterData> {
    item.parameters
        .iter()
        .chain(&op.parameters)
        .filter_map(|p| match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/parameters/")
                .and_then(|name| api.components.as_ref()?.parameters.get(name))
                .and_then(ReferenceOr::as_item),
        })
        .filter_map(|p| match p {
            Parameter::Query { parameter_data, .. } => Some(parameter_data),
            _ => None,
        })
}

/// The page maximum: the `maximum` of the `limit` query parameter's
/// integer schema. A `limit` without one is an error (a client could not
/// know what to ask for).
fn max_limit(
    api: &OpenAPI,
    item: &PathItem,
    op: &openapiv3::Operation,
) -> Result<Option<u32>, String> {
    let Some(limit) = query_parameters(api, item, op).find(|p| p.name == "limit") else {
        return Ok(None);
    };
    let schema = match &limit.format {
        ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => Some(schema),
        ParameterSchemaOrContent::Schema(ReferenceOr::Reference { reference }) => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|name| api.components.as_ref()?.schemas.get(name))
            .and_then(ReferenceOr::as_item),
        ParameterSchemaOrContent::Content(_) => None,
    };
    match schema.map(|s| &s.schema_kind) {
        Some(SchemaKind::Type(Type::Integer(integer))) => integer
            .maximum
            .map(|max| {
                u32::try_from(max).map_err(|_| format!("`limit` maximum {max} is out of range"))
            })
            .transpose()?
            .ok_or_else(|| "the `limit` parameter has no `maximum`".to_string())
            .map(Some),
        _ => Err("the `limit` parameter is not an integer schema".into()),
    }
}

/// `Cursor` with a `cursor` query parameter, else `Offset` with an `offset`
/// one, else `None`. Path-level parameters count too.
fn paging(api: &OpenAPI, item: &PathItem, op: &openapiv3::Operation) -> &'static str {
    let query: Vec<&str> = query_parameters(api, item, op)
        .map(|p| p.name.as_str())
        .collect();
    if query.contains(&"cursor") {
        "Cursor"
    } else if query.contains(&"offset") {
        "Offset"
    } else {
        "None"
    }
}

/// A Rust string literal holding `text`.
pub(crate) fn lit(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

/// `#[doc]` attributes, one per line, that prettyplease prints as `///`.
fn doc(out: &mut String, text: &str) {
    for line in text.lines() {
        let line = line.trim_end();
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        out.push_str(&format!("#[doc = {}]\n", lit(&line)));
    }
}

/// One `match self` method of `Operation`, returning `ty`.
fn method(out: &mut String, docs: &str, name: &str, ty: &str, arms: &[(&str, String)]) {
    doc(out, docs);
    out.push_str(&format!("pub fn {name}(self) -> {ty} {{ match self {{\n"));
    for (variant, value) in arms {
        out.push_str(&format!("Operation::{variant} => {value},\n"));
    }
    out.push_str("} }\n");
}

fn source(entries: &[Entry]) -> String {
    let mut out = String::new();
    out.push_str(
        "//! Every operation of the Voiso API, as `openapi/voiso.yaml` declares it:\n\
         //! one [`Operation`] per operationId, with its method, path template,\n\
         //! API-key scope (`x-voiso-scope`), paging and retry class (`x-voiso-retry`).\n",
    );

    doc(
        &mut out,
        "One operation of the API, as the spec declares it.\n\n\
         Variants are named after the operationId in UpperCamelCase and come in\n\
         the spec's order, which `Ord` follows.",
    );
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[non_exhaustive]\npub enum Operation {\n",
    );
    for e in entries {
        let heading = if e.summary.is_empty() {
            format!("`{}`", e.id)
        } else {
            e.summary.clone()
        };
        let paging = match e.paging {
            "Cursor" => "cursor paging",
            "Offset" => "offset paging",
            _ => "not paged",
        };
        doc(
            &mut out,
            &format!(
                "{heading}\n\n`{} {}` (`{}`): scope `{}`, {paging}, retry `{}`.",
                e.method, e.path, e.id, e.scope, e.retry.0
            ),
        );
        out.push_str(&format!("{},\n", e.variant));
    }
    out.push_str("}\n");

    doc(
        &mut out,
        "How an operation's results come in pages, derived from its parameters:\n\
         a `cursor` query parameter makes it [`Paging::Cursor`], else an `offset`\n\
         query parameter makes it [`Paging::Offset`], else it is [`Paging::None`].",
    );
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[non_exhaustive]\npub enum Paging {\n",
    );
    for (variant, meaning) in PAGING_VARIANTS {
        doc(&mut out, meaning);
        out.push_str(&format!("{variant},\n"));
    }
    out.push_str("}\n");

    doc(
        &mut out,
        "Whether a call that failed may be sent again: the operation's `x-voiso-retry`.",
    );
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[non_exhaustive]\npub enum RetryClass {\n",
    );
    for (value, variant, meaning) in RETRY_VARIANTS {
        doc(&mut out, &format!("`{value}`: {meaning}"));
        out.push_str(&format!("{variant},\n"));
    }
    out.push_str("}\n");

    out.push_str("impl RetryClass {\n");
    doc(
        &mut out,
        "The value `x-voiso-retry` gives in the spec, e.g. `\"conflict-then-read\"`.",
    );
    out.push_str("pub fn name(self) -> &'static str { match self {\n");
    for (value, variant, _) in RETRY_VARIANTS {
        out.push_str(&format!("RetryClass::{variant} => {},\n", lit(value)));
    }
    out.push_str("} }\n}\n");

    out.push_str("impl Operation {\n");
    doc(&mut out, "Every operation, in the spec's order.");
    out.push_str("pub const ALL: &'static [Operation] = &[\n");
    for e in entries {
        out.push_str(&format!("Operation::{},\n", e.variant));
    }
    out.push_str("];\n");

    let arms = |value: &dyn Fn(&Entry) -> String| -> Vec<(&str, String)> {
        entries
            .iter()
            .map(|e| (e.variant.as_str(), value(e)))
            .collect()
    };
    method(
        &mut out,
        "The spec's operationId, e.g. `\"listWebhookFailures\"`.",
        "name",
        "&'static str",
        &arms(&|e| lit(&e.id)),
    );
    method(
        &mut out,
        "The HTTP method, upper case: `\"GET\"`, `\"POST\"`, ...",
        "method",
        "&'static str",
        &arms(&|e| lit(&e.method)),
    );
    method(
        &mut out,
        "The path template, parameters not substituted (so traces group well),\n\
         e.g. `\"/api/v4/tasks/webhook_failures/{webhook_failure_id}\"`.",
        "path",
        "&'static str",
        &arms(&|e| lit(&e.path)),
    );
    method(
        &mut out,
        "The API-key scope the operation needs (`x-voiso-scope`), of the form\n\
         `<area>[.<resource>].<read|manage>`, e.g. `\"tasks.webhooks.read\"`.",
        "scope",
        "&'static str",
        &arms(&|e| lit(&e.scope)),
    );
    method(
        &mut out,
        "How the operation's results come in pages.",
        "paging",
        "Paging",
        &arms(&|e| format!("Paging::{}", e.paging)),
    );
    doc(
        &mut out,
        "The most items one page may hold: the `maximum` of the operation's\n\
         `limit` parameter (`None` when it has none). Clients ask for it and the\n\
         mock enforces it, so a change in the spec reaches both.",
    );
    out.push_str("pub const fn max_limit(self) -> Option<u32> { match self {\n");
    for e in entries {
        let value = e
            .max_limit
            .map_or("None".to_string(), |n| format!("Some({n})"));
        out.push_str(&format!("Operation::{} => {value},\n", e.variant));
    }
    out.push_str("} }\n");
    method(
        &mut out,
        "Whether a failed call may be sent again (`x-voiso-retry`).",
        "retry",
        "RetryClass",
        &arms(&|e| format!("RetryClass::{}", e.retry.1)),
    );
    method(
        &mut out,
        "The spec's one-line summary, e.g. `\"Get webhook failure\"`; empty when\n\
         the spec gives none.",
        "summary",
        "&'static str",
        &arms(&|e| lit(&e.summary)),
    );

    doc(
        &mut out,
        "The operation whose operationId is exactly `name`.",
    );
    out.push_str("pub fn from_name(name: &str) -> Option<Operation> { match name {\n");
    for e in entries {
        out.push_str(&format!(
            "{} => Some(Operation::{}),\n",
            lit(&e.id),
            e.variant
        ));
    }
    out.push_str("_ => None,\n} }\n");
    doc(
        &mut out,
        "This operation's handler among `handlers`'s: the one place that matches\n\
         every variant, so code outside this crate need not (and, the enum\n\
         being `#[non_exhaustive]`, cannot) match them all to stay complete.",
    );
    out.push_str(
        "pub fn handler<H: OperationHandlers + ?Sized>(self, handlers: &H) -> H::Handler { match self {\n",
    );
    for e in entries {
        out.push_str(&format!(
            "Operation::{} => handlers.{}(),\n",
            e.variant,
            snake(&e.variant)
        ));
    }
    out.push_str("} }\n}\n");

    doc(
        &mut out,
        "One method per operation, for code that serves the API (the mock):\n\
         an implementation does not compile until it has a handler for every\n\
         operation in the spec, and [`Operation::handler`] picks among them.",
    );
    out.push_str("pub trait OperationHandlers {\n");
    doc(&mut out, "What a handler is: a route, a closure, a name...");
    out.push_str("type Handler;\n");
    for e in entries {
        doc(
            &mut out,
            &format!("The handler of `{} {}` (`{}`).", e.method, e.path, e.id),
        );
        out.push_str(&format!(
            "fn {}(&self) -> Self::Handler;\n",
            snake(&e.variant)
        ));
    }
    out.push_str("}\n");
    out
}

/// `snake_case` of an UpperCamelCase variant name (`ListCdrs` → `list_cdrs`).
fn snake(variant: &str) -> String {
    let mut out = String::new();
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(yaml: &str) -> String {
        let api: OpenAPI = serde_yaml_ng::from_str(yaml).expect("test spec parses");
        let spec = Spec {
            api,
            sha256: "0".repeat(64),
            order: Vec::new(),
        };
        render(&spec).expect("renders")
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    #[test]
    fn every_retry_class_has_a_variant() {
        let values: Vec<&str> = RETRY_VARIANTS.iter().map(|(value, _, _)| *value).collect();
        assert_eq!(values, spec::RETRY_CLASSES);
    }

    #[test]
    fn paging_follows_the_query_parameters() {
        let spec = format!(
            "{HEAD}paths:\n  \
             /c:\n    get:\n      operationId: cursorAndOffset\n      x-voiso-scope: a.b.read\n      x-voiso-retry: idempotent\n      \
             parameters:\n        - {{name: offset, in: query, schema: {{type: integer}}}}\n        \
             - {{name: cursor, in: query, schema: {{type: string}}}}\n      responses: {{'200': {{description: ok}}}}\n  \
             /o/{{id}}:\n    parameters:\n      - $ref: '#/components/parameters/Offset'\n    \
             get:\n      operationId: pathLevelOffset\n      x-voiso-scope: a.b.read\n      x-voiso-retry: idempotent\n      \
             responses: {{'200': {{description: ok}}}}\n  \
             /n:\n    get:\n      operationId: offsetInHeader\n      x-voiso-scope: a.b.read\n      x-voiso-retry: never\n      \
             parameters:\n        - {{name: offset, in: header, schema: {{type: integer}}}}\n      responses: {{'200': {{description: ok}}}}\n\
             components:\n  parameters:\n    Offset: {{name: offset, in: query, schema: {{type: integer}}}}\n"
        );
        let text = table(&spec);
        assert!(
            text.contains("Operation::CursorAndOffset => Paging::Cursor"),
            "{text}"
        );
        assert!(
            text.contains("Operation::PathLevelOffset => Paging::Offset"),
            "{text}"
        );
        assert!(
            text.contains("Operation::OffsetInHeader => Paging::None"),
            "{text}"
        );
        assert!(
            text.contains("Operation::OffsetInHeader => RetryClass::Never"),
            "{text}"
        );
    }

    #[test]
    fn strings_are_escaped_and_a_missing_summary_is_empty() {
        let spec = format!(
            "{HEAD}paths:\n  /q:\n    post:\n      operationId: quote\n      summary: 'Say \"hi\" \\ {{x}}'\n      \
             x-voiso-scope: a.b.manage\n      x-voiso-retry: conflict-then-read\n      responses: {{'200': {{description: ok}}}}\n  \
             /r:\n    get:\n      operationId: bare\n      x-voiso-scope: a.b.read\n      x-voiso-retry: deduplicated\n      \
             responses: {{'200': {{description: ok}}}}\n"
        );
        let text = table(&spec);
        assert!(
            text.contains(r#"Operation::Quote => "Say \"hi\" \\ {x}","#),
            "{text}"
        );
        assert!(text.contains(r#"Operation::Bare => "","#), "{text}");
        assert!(text.contains("/// `bare`\n"), "{text}");
    }
}
