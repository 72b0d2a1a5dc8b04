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
        Self { dir }
    }
    fn spec(&self) -> PathBuf {
        self.dir.path().join("spec.yaml")
    }
    fn out(&self) -> PathBuf {
        self.dir.path().join("generated.rs")
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
    fn output_untouched(&self) -> bool {
        std::fs::read_to_string(self.out()).unwrap() == SENTINEL
            && std::fs::read_dir(self.dir.path()).unwrap().count() <= 2
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

#[test]
fn check_reports_stale_output_with_a_diff_then_passes_after_regenerating() {
    let run = Run::new();
    run.write_spec(&real_spec());
    assert_eq!(run.xtask(&[]).status.code(), Some(0));
    let fresh = std::fs::read_to_string(run.out()).unwrap();
    assert!(fresh.starts_with("// @generated from openapi/voiso.yaml by `cargo xtask generate`"));
    assert!(!fresh.contains('\r'), "output must use LF line endings");
    assert_eq!(run.xtask(&["--check"]).status.code(), Some(0));

    // A second run is byte-identical: generation is deterministic.
    assert_eq!(run.xtask(&[]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(run.out()).unwrap(), fresh);

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
    assert_eq!(
        std::fs::read_to_string(run.out()).unwrap(),
        fresh,
        "--check wrote"
    );

    assert_eq!(run.xtask(&[]).status.code(), Some(0));
    assert_eq!(run.xtask(&["--check"]).status.code(), Some(0));
}

#[test]
fn the_checked_in_client_is_fresh() {
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
