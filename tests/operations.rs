//! The generated operation table (`voiso_api::Operation`): snapshotted one
//! line per operation, so that a spec change shows its effect on the table
//! in review, and checked against `openapi/voiso.yaml` read independently.
//!
//! CI runs it with `CI=true` and `INSTA_UPDATE=no`, so a changed snapshot
//! fails; a maintainer accepts an intended change with `cargo insta review`.

use std::collections::BTreeSet;

use serde_json::Value;
use voiso_api::{Operation, Paging, RetryClass};
use voiso_tests::{resolve, spec, workspace_root};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn paging_word(paging: Paging) -> &'static str {
    match paging {
        Paging::None => "none",
        Paging::Offset => "offset",
        Paging::Cursor => "cursor",
        other => panic!("a paging style this test does not know: {other:?}"),
    }
}

/// `operationId METHOD path scope paging retry`, one line per operation.
#[test]
fn table() {
    let lines: Vec<String> = Operation::ALL
        .iter()
        .map(|op| {
            format!(
                "{} {} {} {} {} {}",
                op.name(),
                op.method(),
                op.path(),
                op.scope(),
                paging_word(op.paging()),
                op.retry().name()
            )
        })
        .collect();
    insta::assert_snapshot!("table", lines.join("\n"));
}

/// Paging as the spec implies it: a `cursor` query parameter, else an
/// `offset` one (path-level parameters included).
fn spec_paging(spec: &Value, item: &Value, op: &Value) -> Paging {
    let query: BTreeSet<&str> = [&item["parameters"], &op["parameters"]]
        .into_iter()
        .filter_map(Value::as_array)
        .flatten()
        .map(|p| resolve(spec, p))
        .filter(|p| p["in"] == "query")
        .filter_map(|p| p["name"].as_str())
        .collect();
    if query.contains("cursor") {
        Paging::Cursor
    } else if query.contains("offset") {
        Paging::Offset
    } else {
        Paging::None
    }
}

#[test]
fn the_table_agrees_with_the_spec() {
    let spec = spec();
    let mut in_spec = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("the spec has paths") {
        for (method, op) in item.as_object().into_iter().flatten() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let here = format!("{} {path}", method.to_uppercase());
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{here} has no operationId"));
            let scope = op["x-voiso-scope"]
                .as_str()
                .unwrap_or_else(|| panic!("{id} ({here}) has no x-voiso-scope"));
            let retry = op["x-voiso-retry"]
                .as_str()
                .unwrap_or_else(|| panic!("{id} ({here}) has no x-voiso-retry"));
            let operation = Operation::from_name(id).unwrap_or_else(|| {
                panic!("{id} ({here}) is not in Operation::ALL: run `cargo xtask generate`")
            });
            assert_eq!(operation.name(), id);
            assert_eq!(operation.method(), method.to_uppercase(), "{id}");
            assert_eq!(operation.path(), path, "{id}");
            assert_eq!(operation.scope(), scope, "{id}");
            assert_eq!(operation.retry().name(), retry, "{id}");
            assert_eq!(
                operation.summary(),
                op["summary"].as_str().unwrap_or(""),
                "{id}"
            );
            assert_eq!(operation.paging(), spec_paging(&spec, item, op), "{id}");
            in_spec.push(operation);
        }
    }

    // Every operation of the table is in the spec, exactly once.
    let mut listed = Operation::ALL.to_vec();
    listed.sort();
    in_spec.sort();
    assert_eq!(listed, in_spec, "Operation::ALL and the spec differ");
}

#[test]
fn every_operation_has_a_scope_and_a_retry_class() {
    for op in Operation::ALL {
        let parts: Vec<&str> = op.scope().split('.').collect();
        assert!(
            (2..=3).contains(&parts.len())
                && matches!(parts.last(), Some(&"read" | &"manage"))
                && parts.iter().all(|p| !p.is_empty()),
            "{}: scope {:?}",
            op.name(),
            op.scope()
        );
        assert!(
            [
                RetryClass::Idempotent,
                RetryClass::ConflictThenRead,
                RetryClass::Deduplicated,
                RetryClass::Never,
            ]
            .contains(&op.retry()),
            "{}",
            op.name()
        );
    }
}

#[test]
fn the_table_follows_the_files_order() {
    // A YAML value keeps the file's key order (a JSON value would sort it).
    let text = std::fs::read_to_string(workspace_root().join("openapi/voiso.yaml")).unwrap();
    let yaml: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).unwrap();
    let mut ids = Vec::new();
    for (_, item) in yaml["paths"].as_mapping().expect("the spec has paths") {
        for (method, op) in item.as_mapping().into_iter().flatten() {
            if method.as_str().is_some_and(|m| METHODS.contains(&m)) {
                ids.push(op["operationId"].as_str().unwrap().to_string());
            }
        }
    }
    let names: Vec<&str> = Operation::ALL.iter().map(|op| op.name()).collect();
    assert_eq!(names, ids);
    // `Ord` follows the same order.
    assert!(Operation::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn names_round_trip() {
    for &op in Operation::ALL {
        assert_eq!(Operation::from_name(op.name()), Some(op));
    }
    assert_eq!(Operation::from_name(""), None);
    assert_eq!(Operation::from_name("ListWebhooks"), None, "case matters");
    assert_eq!(
        Operation::from_name("getWebhookFailure").map(Operation::summary),
        Some("Get webhook failure")
    );
}
