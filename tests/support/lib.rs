//! Helpers shared by the workspace's end-to-end and snapshot tests.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The workspace root, for reading checked-in files.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits inside the workspace")
        .to_path_buf()
}

/// `openapi/voiso.yaml`, as JSON.
pub fn spec() -> Value {
    let text = std::fs::read_to_string(workspace_root().join("openapi/voiso.yaml"))
        .expect("openapi/voiso.yaml is readable");
    serde_yaml_ng::from_str(&text).expect("openapi/voiso.yaml is valid YAML")
}

/// Every `(operationId, method, path)` in the spec, in spec order.
pub fn operations(spec: &Value) -> Vec<(String, String, String)> {
    let mut ops = Vec::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            if let Some(id) = op["operationId"].as_str() {
                ops.push((id.to_string(), method.to_uppercase(), path.clone()));
            }
        }
    }
    ops
}

/// Follows a local `$ref` (`#/components/...`) once; other values pass through.
pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.trim_start_matches('#');
            spec.pointer(pointer)
                .unwrap_or_else(|| panic!("dangling $ref {reference}"))
        }
        None => value,
    }
}

/// Renders a request received by a test server the way snapshots show it:
/// method, path and raw query, then headers sorted by name. The host's port
/// changes every run and the bearer token is a secret, so both are masked.
pub fn render_request(request: &wiremock::Request, expected_token: &str) -> String {
    let url = &request.url;
    let mut out = format!("{} {}", request.method, url.path());
    if let Some(query) = url.query() {
        out.push('?');
        out.push_str(query);
    }
    out.push('\n');
    let mut headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            let shown = match name.as_str() {
                "host" => "127.0.0.1:[port]".to_string(),
                "authorization" if value == format!("Bearer {expected_token}") => {
                    "Bearer [the configured key]".to_string()
                }
                "authorization" => format!("[unexpected credentials of {} bytes]", value.len()),
                _ => value,
            };
            (name.as_str().to_string(), shown)
        })
        .collect();
    headers.sort();
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\n"));
    }
    out
}
