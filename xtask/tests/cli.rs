//! `cargo xtask generate` as a maintainer runs it: the real binary, on specs
//! written to a temporary directory.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SENTINEL: &str = "// the checked-in output, which bad input must not touch\n";

fn real_spec() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    std::fs::read_to_string(root.join("openapi/voiso.yaml")).unwrap()
}

struct Run {
    dir: tempfile::TempDir,
}

impl Run {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("generated.rs"), SENTINEL).unwrap();
        std::fs::write(dir.path().join("operations.rs"), SENTINEL).unwrap();
        Self { dir }
    }
    fn spec(&self) -> PathBuf {
        self.dir.path().join("spec.yaml")
    }
    fn out(&self) -> PathBuf {
        self.dir.path().join("generated.rs")
    }
    /// Where the operation table goes: beside `out`, by default.
    fn table(&self) -> PathBuf {
        self.dir.path().join("operations.rs")
    }
    fn write_spec(&self, text: &str) -> &Self {
        std::fs::write(self.spec(), text).unwrap();
        self
    }
    fn xtask(&self, extra: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .arg("generate")
            .args(extra)
            .arg("--spec")
            .arg(self.spec())
            .arg("--out")
            .arg(self.out())
            .output()
            .unwrap()
    }
    /// Both outputs still hold the sentinel, and no temporary file is left.
    fn output_untouched(&self) -> bool {
        std::fs::read_to_string(self.out()).unwrap() == SENTINEL
            && std::fs::read_to_string(self.table()).unwrap() == SENTINEL
            && std::fs::read_dir(self.dir.path()).unwrap().count() <= 3
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Bad input: exit code 2, a message containing `expect`, output untouched.
fn assert_refused(spec: Option<&str>, expect: &[&str]) {
    let run = Run::new();
    if let Some(spec) = spec {
        run.write_spec(spec);
    }
    let out = run.xtask(&[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    for needle in expect {
        assert!(err.contains(needle), "expected {needle:?} in: {err}");
    }
    assert!(err.contains("nothing was written"), "stderr: {err}");
    assert!(err.contains("operations.rs are unchanged"), "stderr: {err}");
    assert!(
        !err.contains("panicked at"),
        "a raw panic report leaked: {err}"
    );
    assert!(run.output_untouched(), "the output file was changed");
}

#[test]
fn missing_spec() {
    assert_refused(None, &["spec not found at"]);
}

#[test]
fn yaml_syntax_error_names_the_line() {
    let mut spec = real_spec();
    spec.push_str("  broken: [unclosed\n");
    let lines = spec.lines().count();
    assert_refused(
        Some(&spec),
        &["spec.yaml:", "YAML syntax error", &format!("line {lines}")],
    );
}

#[test]
fn openapi_3_1_is_refused() {
    let spec = real_spec().replacen("openapi: 3.0.3", "openapi: 3.1.0", 1);
    assert_refused(Some(&spec), &["`openapi: 3.1.0`", "OpenAPI 3.0.x only"]);
}

#[test]
fn missing_operation_id_is_named() {
    let spec = real_spec().replacen("      operationId: getWebhook\n", "", 1);
    assert_refused(
        Some(&spec),
        &["GET /api/v4/tasks/webhooks/{webhook_id}: missing operationId"],
    );
}

#[test]
fn duplicate_operation_id_is_named() {
    let spec = real_spec().replacen(
        "operationId: getWebhook\n",
        "operationId: listWebhooks\n",
        1,
    );
    assert_refused(Some(&spec), &["duplicate operationId `listWebhooks`"]);
}

#[test]
fn a_second_error_schema_is_named() {
    let spec = real_spec().replacen(
        "        \"409\":\n          $ref: \"#/components/responses/Conflict\"\n",
        "        \"409\":\n          description: other\n          content:\n            application/json:\n              schema:\n                type: string\n",
        1,
    );
    assert_refused(
        Some(&spec),
        &[
            "retriggerWebhookFailure (POST /api/v4/tasks/webhook_failures/{webhook_failure_id}/retrigger): 2 different error schemas",
        ],
    );
}

#[test]
fn a_default_response_is_named() {
    let spec = real_spec().replacen(
        "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n",
        "        default:\n          $ref: \"#/components/responses/NotFound\"\n",
        1,
    );
    assert_refused(
        Some(&spec),
        &["getWebhookFailure (GET", "has a `default` response"],
    );
}

#[test]
fn a_panic_inside_progenitor_is_caught_and_named() {
    // A dangling parameter $ref passes the pre-checks but makes progenitor panic.
    let spec = real_spec().replacen(
        "      parameters:\n        - name: webhook_id\n",
        "      parameters:\n        - $ref: \"#/components/parameters/Nope\"\n        - name: webhook_id\n",
        1,
    );
    assert_refused(
        Some(&spec),
        &[
            "progenitor panicked while generating operation `getWebhook`",
            "Nope",
        ],
    );
}

/// The real spec with `line` (one of the lines under `getWebhook`) removed or
/// replaced.
fn get_webhook_with(line: &str, replacement: &str) -> String {
    let spec = real_spec();
    let start = spec
        .find("      operationId: getWebhook\n")
        .expect("the spec has getWebhook");
    let at = start + spec[start..].find(line).expect("getWebhook has the line");
    format!("{}{replacement}{}", &spec[..at], &spec[at + line.len()..])
}

#[test]
fn missing_scope_is_named() {
    assert_refused(
        Some(&get_webhook_with(
            "      x-voiso-scope: tasks.webhooks.read\n",
            "",
        )),
        &["getWebhook (GET /api/v4/tasks/webhooks/{webhook_id}): missing `x-voiso-scope`"],
    );
}

#[test]
fn a_malformed_scope_is_named() {
    assert_refused(
        Some(&get_webhook_with(
            "      x-voiso-scope: tasks.webhooks.read\n",
            "      x-voiso-scope: tasks.webhooks.write\n",
        )),
        &[
            "getWebhook (GET /api/v4/tasks/webhooks/{webhook_id}): `x-voiso-scope: tasks.webhooks.write` \
             is not of the form `<area>[.<resource>].<read|manage>`",
        ],
    );
}

#[test]
fn missing_retry_class_is_named() {
    assert_refused(
        Some(&get_webhook_with("      x-voiso-retry: idempotent\n", "")),
        &[
            "getWebhook (GET /api/v4/tasks/webhooks/{webhook_id}): missing `x-voiso-retry`",
            "idempotent, conflict-then-read, deduplicated, never",
        ],
    );
}

#[test]
fn an_unknown_retry_class_is_named() {
    assert_refused(
        Some(&get_webhook_with(
            "      x-voiso-retry: idempotent\n",
            "      x-voiso-retry: always\n",
        )),
        &[
            "getWebhook (GET /api/v4/tasks/webhooks/{webhook_id}): `x-voiso-retry: always` \
             is not one of idempotent, conflict-then-read, deduplicated, never",
        ],
    );
}

#[test]
fn check_reports_a_stale_operation_table_alone() {
    let run = Run::new();
    run.write_spec(&real_spec());
    assert_eq!(run.xtask(&[]).status.code(), Some(0));
    let client = std::fs::read_to_string(run.out()).unwrap();
    let table = std::fs::read_to_string(run.table()).unwrap();
    assert!(table.starts_with("// @generated from openapi/voiso.yaml by `cargo xtask generate`"));
    assert!(table.contains("pub enum Operation {"), "{table}");

    // A hand edit of the table (say, a scope weakened to make a call pass).
    std::fs::write(
        run.table(),
        table.replacen(
            "=> \"tasks.webhooks.manage\"",
            "=> \"tasks.webhooks.read\"",
            1,
        ),
    )
    .unwrap();
    let stale = run.xtask(&["--check"]);
    let diff = String::from_utf8_lossy(&stale.stdout);
    assert_eq!(stale.status.code(), Some(1), "stderr: {}", stderr(&stale));
    assert!(
        stderr(&stale).contains("operations.rs is stale: run `cargo xtask generate`"),
        "{}",
        stderr(&stale)
    );
    assert!(
        !stderr(&stale).contains("generated.rs is stale"),
        "{}",
        stderr(&stale)
    );
    assert!(diff.contains("operations.rs (checked in)"), "{diff}");
    assert!(
        diff.contains(
            "-            Operation::RetriggerWebhookFailure => \"tasks.webhooks.read\","
        ) && diff.contains(
            "+            Operation::RetriggerWebhookFailure => \"tasks.webhooks.manage\","
        ),
        "{diff}"
    );
    assert_ne!(
        std::fs::read_to_string(run.table()).unwrap(),
        table,
        "--check wrote"
    );

    // Regenerating repairs the table and leaves the fresh client alone.
    let out = run.xtask(&[]);
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("generated.rs is already up to date"),
        "{said}"
    );
    assert!(
        said.contains("wrote ") && said.contains("operations.rs"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(run.table()).unwrap(), table);
    assert_eq!(std::fs::read_to_string(run.out()).unwrap(), client);
    assert_eq!(run.xtask(&["--check"]).status.code(), Some(0));
}

#[test]
fn operations_path_can_be_given_and_must_differ_from_out() {
    let run = Run::new();
    run.write_spec(&real_spec());
    let elsewhere = run.dir.path().join("table.rs");
    let out = run.xtask(&["--operations", elsewhere.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(
        std::fs::read_to_string(&elsewhere)
            .unwrap()
            .contains("pub enum Operation")
    );
    assert_eq!(std::fs::read_to_string(run.table()).unwrap(), SENTINEL);

    let same = run.xtask(&["--operations", run.out().to_str().unwrap()]);
    assert_eq!(same.status.code(), Some(2));
    assert!(
        stderr(&same).contains("would both go to"),
        "{}",
        stderr(&same)
    );
}

#[test]
fn check_reports_stale_output_with_a_diff_then_passes_after_regenerating() {
    let run = Run::new();
    run.write_spec(&real_spec());
    assert_eq!(run.xtask(&[]).status.code(), Some(0));
    let fresh = std::fs::read_to_string(run.out()).unwrap();
    let fresh_table = std::fs::read_to_string(run.table()).unwrap();
    for text in [&fresh, &fresh_table] {
        assert!(
            text.starts_with("// @generated from openapi/voiso.yaml by `cargo xtask generate`")
        );
        assert!(!text.contains('\r'), "output must use LF line endings");
    }
    assert_eq!(run.xtask(&["--check"]).status.code(), Some(0));

    // A second run, in a fresh process, is byte-identical: generation is
    // deterministic, for the client and the table alike.
    let again = Run::new();
    again.write_spec(&real_spec());
    assert_eq!(again.xtask(&[]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(again.out()).unwrap(), fresh);
    assert_eq!(std::fs::read_to_string(again.table()).unwrap(), fresh_table);
    assert_eq!(run.xtask(&[]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(run.out()).unwrap(), fresh);
    assert_eq!(std::fs::read_to_string(run.table()).unwrap(), fresh_table);

    run.write_spec(&real_spec().replacen(
        "summary: Get webhook\n",
        "summary: Get one webhook\n",
        1,
    ));
    let stale = run.xtask(&["--check"]);
    let diff = String::from_utf8_lossy(&stale.stdout);
    assert_eq!(stale.status.code(), Some(1), "stderr: {}", stderr(&stale));
    assert!(stderr(&stale).contains("is stale: run `cargo xtask generate`"));
    assert!(
        diff.contains("(checked in)") && diff.contains("(generated)"),
        "{diff}"
    );
    assert!(
        diff.contains("-// spec sha256: ") && diff.contains("+// spec sha256: "),
        "{diff}"
    );
    assert!(diff.contains("+    /**Get one webhook"), "{diff}");
    // The summary is in the table too: both files are stale, both diffed.
    assert!(diff.contains("operations.rs (generated)"), "{diff}");
    assert!(
        diff.contains("+    /// Get one webhook")
            && diff.contains("+            Operation::GetWebhook => \"Get one webhook\","),
        "{diff}"
    );
    assert!(stderr(&stale).contains("generated.rs is stale"));
    assert!(stderr(&stale).contains("operations.rs is stale"));
    assert_eq!(
        std::fs::read_to_string(run.out()).unwrap(),
        fresh,
        "--check wrote"
    );
    assert_eq!(
        std::fs::read_to_string(run.table()).unwrap(),
        fresh_table,
        "--check wrote"
    );

    assert_eq!(run.xtask(&[]).status.code(), Some(0));
    assert_eq!(run.xtask(&["--check"]).status.code(), Some(0));
}

#[test]
fn the_checked_in_client_and_table_are_fresh() {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["generate", "--check"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["generate", "--frobnicate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown argument `--frobnicate`"));
}

#[test]
fn a_page_maximum_in_the_spec_reaches_the_operation_table() {
    // The shared `Limit` parameter's maximum, and the CDR list's own.
    let spec = real_spec()
        .replacen(
            "      description: Page size (default 100, max 100).\n      schema:\n        type: integer\n        format: int32\n        minimum: 1\n        maximum: 100\n",
            "      description: Page size (default 100, max 50).\n      schema:\n        type: integer\n        format: int32\n        minimum: 1\n        maximum: 50\n",
            1,
        )
        .replacen("            maximum: 1000\n", "            maximum: 500\n", 1);
    let run = Run::new();
    run.write_spec(&spec);
    let out = run.xtask(&[]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let table = std::fs::read_to_string(run.table()).unwrap();
    for line in [
        "Operation::ListUsers => Some(50),",
        "Operation::ListWebhookFailures => Some(50),",
        "Operation::ListCdrs => Some(500),",
        "Operation::GetWebhook => None,",
    ] {
        assert!(table.contains(line), "{line} missing from the table");
    }

    // A `limit` without a maximum cannot tell a client what to ask for.
    let spec = real_spec().replacen("            maximum: 1000\n", "", 1);
    assert_refused(
        Some(&spec),
        &["listCdrs (GET /api/v4/reporting/cdrs)", "no `maximum`"],
    );
}
