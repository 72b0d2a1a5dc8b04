//! The classification, on a table of mutations of the real spec: one per
//! kind of change, each applied to a copy, with the class it must get.

use serde_json::{Value, json};

use super::*;

fn spec() -> Value {
    let path = crate::workspace_root().join(SPEC_PATH);
    let text = std::fs::read_to_string(path).expect("the spec is readable");
    serde_yaml_ng::from_str(&text).expect("the spec is YAML")
}

fn op<'a>(spec: &'a mut Value, path: &str, method: &str) -> &'a mut Value {
    &mut spec["paths"][path][method]
}

fn schema<'a>(spec: &'a mut Value, name: &str) -> &'a mut Value {
    &mut spec["components"]["schemas"][name]
}

type Mutation = (&'static str, Class, fn(&mut Value));

const FAILURES: &str = "/api/v4/tasks/webhook_failures";

fn mutations() -> Vec<Mutation> {
    vec![
        ("operation added", Class::Additive, |s| {
            s["paths"]["/api/v4/routing/queues"] = json!({"get": {
                "operationId": "listQueues", "summary": "List queues",
                "x-voiso-scope": "routing.queues.read", "x-voiso-retry": "idempotent",
                "responses": {"200": {"description": "ok"}}}});
        }),
        ("operation removed", Class::Breaking, |s| {
            s["paths"]
                .as_object_mut()
                .unwrap()
                .remove("/api/v4/voice/calls");
        }),
        ("optional parameter added", Class::Additive, |s| {
            op(s, FAILURES, "get")["parameters"]
                .as_array_mut()
                .unwrap()
                .push(json!({
                "name": "event", "in": "query", "required": false, "schema": {"type": "string"}}));
        }),
        ("required parameter added", Class::Breaking, |s| {
            op(s, FAILURES, "get")["parameters"]
                .as_array_mut()
                .unwrap()
                .push(json!({
                "name": "event", "in": "query", "required": true, "schema": {"type": "string"}}));
        }),
        ("parameter removed", Class::Breaking, |s| {
            op(s, FAILURES, "get")["parameters"]
                .as_array_mut()
                .unwrap()
                .pop();
        }),
        ("parameter made required", Class::Breaking, |s| {
            let params = op(s, FAILURES, "get")["parameters"].as_array_mut().unwrap();
            let last = params.last_mut().unwrap();
            last["required"] = json!(true);
        }),
        ("response property added", Class::Additive, |s| {
            schema(s, "WebhookFailure")["properties"]["attempts"] = json!({"type": "integer"});
        }),
        ("response property removed", Class::Breaking, |s| {
            schema(s, "WebhookFailure")["properties"]
                .as_object_mut()
                .unwrap()
                .remove("last_attempt_at");
        }),
        ("response property retyped", Class::Breaking, |s| {
            schema(s, "WebhookFailure")["properties"]["event"] = json!({"type": "integer"});
        }),
        ("request property added optional", Class::Additive, |s| {
            schema(s, "StartCallRequest")["properties"]["note"] = json!({"type": "string"});
        }),
        ("request property added required", Class::Breaking, |s| {
            let body = schema(s, "StartCallRequest");
            body["properties"]["note"] = json!({"type": "string"});
            body["required"].as_array_mut().unwrap().push(json!("note"));
        }),
        ("known value added", Class::Additive, |s| {
            let values = &mut op(s, "/api/v4/campaigns", "get")["parameters"];
            let status = values
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|p| p["name"] == "status")
                .unwrap();
            status["schema"]["x-voiso-known-values"]
                .as_array_mut()
                .unwrap()
                .push(json!("archived"));
        }),
        ("known value removed", Class::Breaking, |s| {
            let values = &mut op(s, "/api/v4/campaigns", "get")["parameters"];
            let status = values
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|p| p["name"] == "status")
                .unwrap();
            status["schema"]["x-voiso-known-values"]
                .as_array_mut()
                .unwrap()
                .pop();
        }),
        ("enum value added", Class::Additive, |s| {
            schema(s, "WebhookFailure")["properties"]["event"]["enum"] = json!(["a"]);
            // (the base gets the same enum minus the value: see the test)
        }),
        ("response status added", Class::Additive, |s| {
            op(s, FAILURES, "get")["responses"]["404"] =
                json!({"$ref": "#/components/responses/NotFound"});
        }),
        ("scope changed", Class::Breaking, |s| {
            op(s, FAILURES, "get")["x-voiso-scope"] = json!("tasks.webhooks.manage");
        }),
        ("retry class changed", Class::Breaking, |s| {
            op(s, FAILURES, "get")["x-voiso-retry"] = json!("never");
        }),
        ("summary changed", Class::Docs, |s| {
            op(s, FAILURES, "get")["summary"] = json!("List the failed deliveries");
        }),
        ("description changed", Class::Docs, |s| {
            schema(s, "WebhookFailure")["properties"]["event"]["description"] = json!("The event.");
        }),
    ]
}

#[test]
fn each_kind_of_change_gets_its_class() {
    let base = spec();
    assert!(
        compare(&base, &base).is_empty(),
        "{:#?}",
        compare(&base, &base)
    );
    let mut wrong = Vec::new();
    for (name, expected, mutate) in mutations() {
        let mut now = base.clone();
        mutate(&mut now);
        let mut before = base.clone();
        if name == "enum value added" {
            // An enum of one value, then two.
            schema(&mut before, "WebhookFailure")["properties"]["event"]["enum"] = json!(["a"]);
            schema(&mut now, "WebhookFailure")["properties"]["event"]["enum"] = json!(["a", "b"]);
        }
        let changes = compare(&before, &now);
        let worst = changes.iter().map(|c| c.class).max();
        if worst != Some(expected) {
            wrong.push(format!("{name}: expected {expected:?}, got {changes:#?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_versioning_rule() {
    let v = |t: &str| Version::parse(t).unwrap();
    let cases = [
        // (base, now, worst change, required, bumped enough)
        ("0.1.0", "0.1.0", Some(Class::Breaking), "minor", false),
        ("0.1.0", "0.1.1", Some(Class::Breaking), "minor", false),
        ("0.1.0", "0.2.0", Some(Class::Breaking), "minor", true),
        ("0.1.0", "0.1.0", Some(Class::Additive), "patch", false),
        ("0.1.0", "0.1.1", Some(Class::Additive), "patch", true),
        ("0.1.0", "0.2.0", Some(Class::Additive), "patch", true),
        ("0.1.0", "0.1.0", Some(Class::Docs), "none", true),
        ("0.1.0", "0.1.0", None, "none", true),
        ("1.2.3", "1.3.0", Some(Class::Breaking), "major", false),
        ("1.2.3", "2.0.0", Some(Class::Breaking), "major", true),
        ("1.2.3", "1.3.0", Some(Class::Additive), "minor", true),
    ];
    for (base, now, worst, required, ok) in cases {
        assert_eq!(required_bump(v(base), worst), required, "{base} {worst:?}");
        assert_eq!(
            bumped_enough(v(base), v(now), required),
            ok,
            "{base} → {now}"
        );
    }
    assert_eq!(Version::parse("0.1"), None);
    assert_eq!(
        workspace_version(
            "[package]\nversion = \"9.9.9\"\n[workspace.package]\nversion = \"0.1.0\"\n"
        ),
        Some(v("0.1.0"))
    );
}

#[test]
fn the_markdown_entry_groups_by_class() {
    let changes = vec![
        Change {
            class: Class::Additive,
            operation: Some("listQueues".into()),
            schema: None,
            what: "operation added".into(),
        },
        Change {
            class: Class::Docs,
            operation: None,
            schema: Some("Cdr".into()),
            what: "description changed".into(),
        },
    ];
    let text = markdown(Version(0, 1, 1), &changes);
    assert_eq!(
        text,
        "## 0.1.1\n\n### Added\n\n- `listQueues`: operation added\n\n\
         ### Documentation\n\n- `Cdr`: description changed\n"
    );
}
