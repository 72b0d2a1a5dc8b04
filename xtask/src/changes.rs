//! `cargo xtask changes --base REV`: what a spec change does to users,
//! before it lands. The spec at `REV` and the working tree's are compared
//! per operation and per schema, each change classified `breaking`,
//! `additive` or `docs`; then the public-API listings' lines added and
//! removed; then the version bump the rule requires (README, "Versioning").

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::process::{Command, ExitCode};

use serde_json::{Value, json};

use crate::public_api;
use crate::settings::SPEC_PATH;

const USAGE: &str = "\
usage: cargo xtask changes --base REV [--format text|json] [--markdown] [--spec-only] [--check-version]

  --base REV        the git revision to compare the working tree with
  --format FORMAT   text (default) or json
  --markdown        print a CHANGELOG.md entry instead
  --spec-only       compare the specs only (no build, a few seconds)
  --check-version   exit 1 unless the workspace version is bumped as the rule
                    requires against REV's

exit codes: 0 ok, 1 version not bumped (--check-version), 2 bad input";

/// How a change reaches users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    Docs,
    Additive,
    Breaking,
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::Docs => "docs",
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }
}

/// One change, about an operation or a schema.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    pub class: Class,
    pub operation: Option<String>,
    pub schema: Option<String>,
    pub what: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let subject = match (&self.operation, &self.schema) {
            (Some(op), _) => format!("operation {op}"),
            (None, Some(schema)) => format!("schema {schema}"),
            (None, None) => "spec".into(),
        };
        write!(f, "{:<9} {subject}: {}", self.class.name(), self.what)
    }
}

/// Where a schema is used: what a change to it can break depends on it.
#[derive(Debug, Clone, Copy, Default)]
struct Use {
    request: bool,
    response: bool,
}

struct Diff<'a> {
    base: &'a Value,
    now: &'a Value,
    changes: Vec<Change>,
    uses: BTreeMap<String, Use>,
}

/// Every change from `base` to `now` (both specs as JSON values).
pub fn compare(base: &Value, now: &Value) -> Vec<Change> {
    let mut uses = uses_of(base);
    for (name, u) in uses_of(now) {
        let entry = uses.entry(name).or_default();
        entry.request |= u.request;
        entry.response |= u.response;
    }
    let mut diff = Diff {
        base,
        now,
        changes: Vec::new(),
        uses,
    };
    diff.operations();
    diff.schemas();
    diff.changes.sort();
    diff.changes.dedup();
    diff.changes
}

/// `(operationId, method, path, operation)` for every operation.
fn operations(spec: &Value) -> BTreeMap<String, (String, String, &Value)> {
    let mut out = BTreeMap::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            if let Some(op) = item.get(method) {
                let id = op["operationId"].as_str().map_or_else(
                    || format!("{} {path}", method.to_uppercase()),
                    str::to_string,
                );
                out.insert(id, (method.to_uppercase(), path.clone(), op));
            }
        }
    }
    out
}

/// Follows a local `$ref` (`#/components/...`) to what it names.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    let mut value = value;
    for _ in 0..16 {
        let Some(reference) = value["$ref"].as_str() else {
            return value;
        };
        let Some(pointer) = reference.strip_prefix('#') else {
            return value;
        };
        match spec.pointer(pointer) {
            Some(target) => value = target,
            None => return value,
        }
    }
    value
}

fn ref_name(value: &Value) -> Option<&str> {
    value["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

/// Schema names reachable from request bodies and parameters (request) and
/// from responses (response), through properties, items and compositions.
fn uses_of(spec: &Value) -> BTreeMap<String, Use> {
    let mut uses: BTreeMap<String, Use> = BTreeMap::new();
    fn walk(spec: &Value, schema: &Value, request: bool, uses: &mut BTreeMap<String, Use>) {
        if let Some(name) = ref_name(schema) {
            let entry = uses.entry(name.to_string()).or_default();
            let known = if request {
                entry.request
            } else {
                entry.response
            };
            if known {
                return;
            }
            if request {
                entry.request = true;
            } else {
                entry.response = true;
            }
            walk(spec, resolve(spec, schema), request, uses);
            return;
        }
        for (_, property) in schema["properties"].as_object().into_iter().flatten() {
            walk(spec, property, request, uses);
        }
        if schema["items"].is_object() {
            walk(spec, &schema["items"], request, uses);
        }
        if schema["additionalProperties"].is_object() {
            walk(spec, &schema["additionalProperties"], request, uses);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for part in schema[key].as_array().into_iter().flatten() {
                walk(spec, part, request, uses);
            }
        }
    }
    for (_, (_, _, op)) in operations(spec) {
        for content in op["requestBody"]["content"]
            .as_object()
            .into_iter()
            .flatten()
        {
            walk(spec, &content.1["schema"], true, &mut uses);
        }
        for parameter in op["parameters"].as_array().into_iter().flatten() {
            walk(spec, &resolve(spec, parameter)["schema"], true, &mut uses);
        }
        for (_, response) in op["responses"].as_object().into_iter().flatten() {
            let response = resolve(spec, response);
            for content in response["content"].as_object().into_iter().flatten() {
                walk(spec, &content.1["schema"], false, &mut uses);
            }
        }
    }
    uses
}

/// A schema's type as one word (`string`, `array of Cdr`, `ref Cdr`...):
/// a change of it is a retype.
fn type_word(spec: &Value, schema: &Value) -> String {
    if let Some(name) = ref_name(schema) {
        return format!("ref {name}");
    }
    let schema = resolve(spec, schema);
    let base = schema["type"].as_str().unwrap_or("any").to_string();
    let format = schema["format"]
        .as_str()
        .map(|f| format!(" ({f})"))
        .unwrap_or_default();
    let nullable = if schema["nullable"] == true {
        ", nullable"
    } else {
        ""
    };
    if base == "array" {
        format!("array of {}{nullable}", type_word(spec, &schema["items"]))
    } else {
        format!("{base}{format}{nullable}")
    }
}

fn strings(value: &Value) -> BTreeSet<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
        .collect()
}

impl Diff<'_> {
    fn push(&mut self, class: Class, operation: Option<&str>, schema: Option<&str>, what: String) {
        self.changes.push(Change {
            class,
            operation: operation.map(str::to_string),
            schema: schema.map(str::to_string),
            what,
        });
    }

    fn operations(&mut self) {
        let base = operations(self.base);
        let now = operations(self.now);
        for (id, (method, path, _)) in &base {
            if !now.contains_key(id) {
                self.push(
                    Class::Breaking,
                    Some(id),
                    None,
                    format!("operation removed ({method} {path})"),
                );
            }
        }
        for (id, (method, path, op)) in &now {
            let Some((base_method, base_path, base_op)) = base.get(id) else {
                self.push(
                    Class::Additive,
                    Some(id),
                    None,
                    format!("operation added ({method} {path})"),
                );
                continue;
            };
            if (base_method, base_path) != (method, path) {
                self.push(
                    Class::Breaking,
                    Some(id),
                    None,
                    format!("moved from {base_method} {base_path} to {method} {path}"),
                );
            }
            self.operation(id, base_op, op);
        }
    }

    fn operation(&mut self, id: &str, base: &Value, now: &Value) {
        let op = Some(id);
        for key in ["x-voiso-scope", "x-voiso-retry"] {
            if base[key] != now[key] {
                self.push(
                    Class::Breaking,
                    op,
                    None,
                    format!("`{key}` changed from {} to {}", base[key], now[key]),
                );
            }
        }
        for key in ["summary", "description"] {
            if base[key] != now[key] {
                self.push(Class::Docs, op, None, format!("{key} changed"));
            }
        }
        self.parameters(id, base, now);

        let base_body = &base["requestBody"];
        let now_body = &now["requestBody"];
        match (base_body.is_null(), now_body.is_null()) {
            (true, false) => {
                let class = if now_body["required"] == true {
                    Class::Breaking
                } else {
                    Class::Additive
                };
                self.push(class, op, None, "request body added".into());
            }
            (false, true) => self.push(Class::Breaking, op, None, "request body removed".into()),
            (false, false) => {
                let (b, n) = (body_schema(base_body), body_schema(now_body));
                self.schema_pair(
                    op,
                    None,
                    "request body",
                    b,
                    n,
                    Use {
                        request: true,
                        response: false,
                    },
                );
            }
            (true, true) => {}
        }

        let base_responses = base["responses"].as_object().cloned().unwrap_or_default();
        let now_responses = now["responses"].as_object().cloned().unwrap_or_default();
        for status in base_responses.keys() {
            if !now_responses.contains_key(status) {
                self.push(
                    Class::Breaking,
                    op,
                    None,
                    format!("response {status} removed"),
                );
            }
        }
        for (status, response) in &now_responses {
            let Some(base_response) = base_responses.get(status) else {
                self.push(
                    Class::Additive,
                    op,
                    None,
                    format!("response {status} added"),
                );
                continue;
            };
            let b = body_schema(resolve(self.base, base_response));
            let n = body_schema(resolve(self.now, response));
            self.schema_pair(
                op,
                None,
                &format!("response {status}"),
                b,
                n,
                Use {
                    request: false,
                    response: true,
                },
            );
        }
    }

    fn parameters(&mut self, id: &str, base: &Value, now: &Value) {
        let collect = |spec: &Value, op: &Value| -> BTreeMap<(String, String), Value> {
            op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| resolve(spec, p).clone())
                .map(|p| {
                    let key = (
                        p["in"].as_str().unwrap_or_default().to_string(),
                        p["name"].as_str().unwrap_or_default().to_string(),
                    );
                    (key, p)
                })
                .collect()
        };
        let base_params = collect(self.base, base);
        let now_params = collect(self.now, now);
        let op = Some(id);
        for ((place, name), _) in base_params.iter() {
            if !now_params.contains_key(&(place.clone(), name.clone())) {
                self.push(
                    Class::Breaking,
                    op,
                    None,
                    format!("{place} parameter `{name}` removed"),
                );
            }
        }
        for ((place, name), param) in &now_params {
            let required = param["required"] == true;
            let Some(base_param) = base_params.get(&(place.clone(), name.clone())) else {
                let (class, how) = if required {
                    (Class::Breaking, "required")
                } else {
                    (Class::Additive, "optional")
                };
                self.push(
                    class,
                    op,
                    None,
                    format!("{place} parameter `{name}` added ({how})"),
                );
                continue;
            };
            let was_required = base_param["required"] == true;
            if required && !was_required {
                self.push(
                    Class::Breaking,
                    op,
                    None,
                    format!("{place} parameter `{name}` made required"),
                );
            } else if was_required && !required {
                self.push(
                    Class::Additive,
                    op,
                    None,
                    format!("{place} parameter `{name}` made optional"),
                );
            }
            if base_param["description"] != param["description"] {
                self.push(
                    Class::Docs,
                    op,
                    None,
                    format!("{place} parameter `{name}`: description changed"),
                );
            }
            let context = format!("{place} parameter `{name}`");
            self.schema_pair(
                op,
                None,
                &context,
                Some(&base_param["schema"]),
                Some(&param["schema"]),
                Use {
                    request: true,
                    response: false,
                },
            );
        }
    }

    fn schemas(&mut self) {
        let empty = serde_json::Map::new();
        let base = self.base["components"]["schemas"]
            .as_object()
            .unwrap_or(&empty);
        let now = self.now["components"]["schemas"]
            .as_object()
            .unwrap_or(&empty);
        for name in base.keys() {
            if !now.contains_key(name) {
                self.push(Class::Breaking, None, Some(name), "schema removed".into());
            }
        }
        for (name, schema) in now {
            let Some(base_schema) = base.get(name) else {
                self.push(Class::Additive, None, Some(name), "schema added".into());
                continue;
            };
            let used = self.uses.get(name).copied().unwrap_or_default();
            // A schema no operation uses yet is read like a response.
            let used = if used.request || used.response {
                used
            } else {
                Use {
                    request: false,
                    response: true,
                }
            };
            self.schema_body(None, Some(name), "", base_schema, schema, used);
        }
    }

    /// Compares two schemas met inline (a body, a parameter); a named one
    /// (`$ref`) is compared once, under its own name, by [`Self::schemas`].
    fn schema_pair(
        &mut self,
        op: Option<&str>,
        schema: Option<&str>,
        context: &str,
        base: Option<&Value>,
        now: Option<&Value>,
        used: Use,
    ) {
        let (Some(base), Some(now)) = (base, now) else {
            if base.is_some() != now.is_some() {
                self.push(
                    Class::Breaking,
                    op,
                    schema,
                    format!("{context}: body schema changed"),
                );
            }
            return;
        };
        // A named schema is compared once, under its name; here only
        // whether the name (or the inline type) changed.
        if ref_name(base).is_some() || ref_name(now).is_some() {
            let base_word = type_word(self.base, base);
            let now_word = type_word(self.now, now);
            if base_word != now_word {
                self.push(
                    Class::Breaking,
                    op,
                    schema,
                    format!("{context}: retyped from {base_word} to {now_word}"),
                );
            }
            return;
        }
        self.schema_body(op, schema, context, base, now, used);
    }

    fn schema_body(
        &mut self,
        op: Option<&str>,
        schema: Option<&str>,
        context: &str,
        base: &Value,
        now: &Value,
        used: Use,
    ) {
        let at = |what: &str| {
            if context.is_empty() {
                what.to_string()
            } else {
                format!("{context}: {what}")
            }
        };
        if base["description"] != now["description"] && context.is_empty() {
            self.push(Class::Docs, op, schema, "description changed".into());
        }
        let base_word = type_word(self.base, base);
        let now_word = type_word(self.now, now);
        if base_word != now_word {
            self.push(
                Class::Breaking,
                op,
                schema,
                at(&format!("retyped from {base_word} to {now_word}")),
            );
            return;
        }
        for key in ["enum", "x-voiso-known-values"] {
            let (b, n) = (strings(&base[key]), strings(&now[key]));
            for value in b.difference(&n) {
                self.push(
                    Class::Breaking,
                    op,
                    schema,
                    at(&format!("{key} value `{value}` removed")),
                );
            }
            for value in n.difference(&b) {
                self.push(
                    Class::Additive,
                    op,
                    schema,
                    at(&format!("{key} value `{value}` added")),
                );
            }
        }
        for key in [
            "maxItems",
            "minItems",
            "maximum",
            "minimum",
            "maxLength",
            "pattern",
        ] {
            if base[key] != now[key] {
                // A tighter limit refuses what was accepted; the client's
                // checks and the mock follow the generated constants.
                self.push(
                    Class::Breaking,
                    op,
                    schema,
                    at(&format!(
                        "`{key}` changed from {} to {}",
                        base[key], now[key]
                    )),
                );
            }
        }
        if base["items"].is_object() && now["items"].is_object() {
            let context = if context.is_empty() {
                "items".to_string()
            } else {
                format!("{context} items")
            };
            self.schema_pair(
                op,
                schema,
                &context,
                Some(&base["items"]),
                Some(&now["items"]),
                used,
            );
        }
        let empty = serde_json::Map::new();
        let base_props = base["properties"].as_object().unwrap_or(&empty);
        let now_props = now["properties"].as_object().unwrap_or(&empty);
        let base_required = strings(&base["required"]);
        let now_required = strings(&now["required"]);
        for name in base_props.keys() {
            if !now_props.contains_key(name) {
                self.push(
                    Class::Breaking,
                    op,
                    schema,
                    at(&format!("property `{name}` removed")),
                );
            }
        }
        for (name, property) in now_props {
            let required = now_required.contains(name);
            let Some(base_property) = base_props.get(name) else {
                // A reader never breaks on a new field (the types are
                // `#[non_exhaustive]`); a writer must now send a required one.
                let class = if required && used.request {
                    Class::Breaking
                } else {
                    Class::Additive
                };
                let how = if required { "required" } else { "optional" };
                self.push(
                    class,
                    op,
                    schema,
                    at(&format!("property `{name}` added ({how})")),
                );
                continue;
            };
            let was_required = base_required.contains(name);
            if required != was_required {
                // Either way the generated field changes type (`T` against
                // `Option<T>`); a request made to require it also refuses
                // callers that leave it out.
                let how = if required {
                    "made required"
                } else {
                    "made optional"
                };
                self.push(
                    Class::Breaking,
                    op,
                    schema,
                    at(&format!("property `{name}` {how}")),
                );
            }
            if base_property["description"] != property["description"] {
                self.push(
                    Class::Docs,
                    op,
                    schema,
                    at(&format!("property `{name}`: description changed")),
                );
            }
            let context = if context.is_empty() {
                format!("property `{name}`")
            } else {
                format!("{context} property `{name}`")
            };
            self.schema_pair(
                op,
                schema,
                &context,
                Some(base_property),
                Some(property),
                used,
            );
        }
    }
}

fn body_schema(body: &Value) -> Option<&Value> {
    body["content"]
        .as_object()
        .and_then(|c| c.values().next())
        .map(|media| &media["schema"])
        .filter(|s| !s.is_null())
}

/// A `major.minor.patch` version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub u64, pub u64, pub u64);

impl Version {
    pub fn parse(text: &str) -> Option<Version> {
        let mut parts = text.trim().split('.').map(|p| p.parse::<u64>().ok());
        let version = Version(parts.next()??, parts.next()??, parts.next()??);
        parts.next().is_none().then_some(version)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// The bump the versioning rule asks for: `major`, `minor`, `patch` or
/// `none`. While 0.x a breaking change bumps the minor and an additive one
/// at least the patch; from 1.0, the major and the minor.
pub fn required_bump(base: Version, worst: Option<Class>) -> &'static str {
    match (worst, base.0) {
        (Some(Class::Breaking), 0) => "minor",
        (Some(Class::Breaking), _) => "major",
        (Some(Class::Additive), 0) => "patch",
        (Some(Class::Additive), _) => "minor",
        _ => "none",
    }
}

/// Whether `now` bumps `base` at least as `required` says.
pub fn bumped_enough(base: Version, now: Version, required: &str) -> bool {
    match required {
        "major" => now.0 > base.0,
        "minor" => now.0 > base.0 || (now.0 == base.0 && now.1 > base.1),
        "patch" => now > base,
        _ => now >= base,
    }
}

/// The workspace version in a root `Cargo.toml`'s `[workspace.package]`.
pub fn workspace_version(manifest: &str) -> Option<Version> {
    let mut in_package = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[workspace.package]";
        } else if in_package && let Some(value) = line.strip_prefix("version") {
            let value = value
                .trim_start()
                .strip_prefix('=')?
                .trim()
                .trim_matches('"');
            return Version::parse(value);
        }
    }
    None
}

fn git_show(root: &Path, rev: &str, path: &str) -> Result<Option<String>, String> {
    let out = Command::new("git")
        .current_dir(root)
        .args(["show", &format!("{rev}:{path}")])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        return Ok(Some(String::from_utf8_lossy(&out.stdout).into_owned()));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("exists on disk, but not in") || stderr.contains("does not exist in") {
        return Ok(None);
    }
    Err(format!(
        "cannot read {path} at `{rev}`: {}",
        stderr.trim().lines().next().unwrap_or("git show failed")
    ))
}

fn yaml_value(text: &str, what: &str) -> Result<Value, String> {
    serde_yaml_ng::from_str(text).map_err(|e| format!("{what} is not readable YAML: {e}"))
}

struct Options {
    base: String,
    json: bool,
    markdown: bool,
    spec_only: bool,
    check_version: bool,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        base: String::new(),
        json: false,
        markdown: false,
        spec_only: false,
        check_version: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--base" => options.base = args.next().ok_or("--base needs a revision")?,
            "--format" => match args.next().as_deref() {
                Some("json") => options.json = true,
                Some("text") => options.json = false,
                other => return Err(format!("--format takes text or json, not {other:?}")),
            },
            "--markdown" => options.markdown = true,
            "--spec-only" => options.spec_only = true,
            "--check-version" => options.check_version = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if options.base.is_empty() {
        return Err("--base REV is required (e.g. --base origin/main)".into());
    }
    Ok(options)
}

pub fn main(args: impl Iterator<Item = String>) -> ExitCode {
    let options = match parse(args) {
        Ok(options) => options,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("error: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(options: &Options) -> Result<ExitCode, String> {
    let root = crate::workspace_root();
    let rev = &options.base;
    let base_text = git_show(&root, rev, SPEC_PATH)?
        .ok_or_else(|| format!("{SPEC_PATH} does not exist at `{rev}`"))?;
    let base = yaml_value(&base_text, &format!("{SPEC_PATH} at `{rev}`"))?;
    let now_path = root.join(SPEC_PATH);
    let now_text = std::fs::read_to_string(&now_path)
        .map_err(|e| format!("cannot read {}: {e}", now_path.display()))?;
    let now = yaml_value(&now_text, SPEC_PATH)?;
    let mut changes = compare(&base, &now);

    let mut listing_diffs = Vec::new();
    if !options.spec_only {
        for (package, listing_path) in public_api::CRATES {
            let fresh = public_api::listing(&root, package)?;
            let old = git_show(&root, rev, listing_path)?.unwrap_or_default();
            let old_lines: BTreeSet<&str> = old.lines().collect();
            let new_lines: BTreeSet<&str> = fresh.lines().collect();
            let removed: Vec<String> = old_lines
                .difference(&new_lines)
                .map(|l| l.to_string())
                .collect();
            let added: Vec<String> = new_lines
                .difference(&old_lines)
                .map(|l| l.to_string())
                .collect();
            if !removed.is_empty() && !old.is_empty() {
                changes.push(Change {
                    class: Class::Breaking,
                    operation: None,
                    schema: None,
                    what: format!(
                        "{package}: {} public API lines removed or changed",
                        removed.len()
                    ),
                });
            }
            if !added.is_empty() && removed.is_empty() {
                changes.push(Change {
                    class: Class::Additive,
                    operation: None,
                    schema: None,
                    what: format!("{package}: {} public API lines added", added.len()),
                });
            }
            listing_diffs.push((package, listing_path, added, removed));
        }
    }

    let base_manifest = git_show(&root, rev, "Cargo.toml")?.unwrap_or_default();
    let now_manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    let base_version = workspace_version(&base_manifest)
        .ok_or_else(|| format!("no [workspace.package] version in Cargo.toml at `{rev}`"))?;
    let now_version =
        workspace_version(&now_manifest).ok_or("no [workspace.package] version in Cargo.toml")?;
    let worst = changes.iter().map(|c| c.class).max();
    let required = required_bump(base_version, worst);
    let ok = bumped_enough(base_version, now_version, required);

    if options.markdown {
        print!("{}", markdown(now_version, &changes));
    } else if options.json {
        let listed: Vec<Value> = changes
            .iter()
            .map(|c| {
                json!({"class": c.class.name(), "operation": c.operation,
                       "schema": c.schema, "what": c.what})
            })
            .collect();
        let listings: Vec<Value> = listing_diffs
            .iter()
            .map(|(package, path, added, removed)| {
                json!({"crate": package, "listing": path, "added": added, "removed": removed})
            })
            .collect();
        let report = json!({
            "version": {"base": base_version.to_string(), "now": now_version.to_string(), "required": required},
            "changes": listed,
            "public_api": listings,
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        println!("spec changes ({SPEC_PATH}, `{rev}` → working tree):");
        if changes.is_empty() {
            println!("  none");
        }
        for change in &changes {
            println!("  {change}");
        }
        for (_, path, added, removed) in &listing_diffs {
            println!(
                "\npublic API ({path}): {} added, {} removed",
                added.len(),
                removed.len()
            );
            for line in removed {
                println!("  - {line}");
            }
            for line in added {
                println!("  + {line}");
            }
        }
        println!(
            "\nversion: base {base_version}, now {now_version}; the changes require: {required}{}",
            if ok { "" } else { " (not bumped yet)" }
        );
    }
    if options.check_version && !ok {
        eprintln!(
            "error: the workspace version {now_version} is not bumped as the rule requires \
             ({required} against {base_version} at `{rev}`): edit [workspace.package] version \
             in Cargo.toml and add a CHANGELOG.md entry (`cargo xtask changes --base {rev} --markdown`)"
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// A CHANGELOG.md entry for `version`.
pub fn markdown(version: Version, changes: &[Change]) -> String {
    let mut out = format!("## {version}\n");
    for (class, heading) in [
        (Class::Breaking, "Breaking"),
        (Class::Additive, "Added"),
        (Class::Docs, "Documentation"),
    ] {
        let of_class: Vec<&Change> = changes.iter().filter(|c| c.class == class).collect();
        if of_class.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {heading}\n\n"));
        for change in of_class {
            let subject = match (&change.operation, &change.schema) {
                (Some(op), _) => format!("`{op}`: "),
                (None, Some(schema)) => format!("`{schema}`: "),
                (None, None) => String::new(),
            };
            out.push_str(&format!("- {subject}{}\n", change.what));
        }
    }
    out
}

#[cfg(test)]
mod tests;
