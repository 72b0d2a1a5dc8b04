//! The generator's settings: the one place to change how the client looks.

use progenitor::{GenerationSettings, HooksMode, InterfaceStyle, TagStyle, TypePatch};

/// The spec, relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/voiso.yaml";
/// The generated module, relative to the workspace root.
pub const OUTPUT_PATH: &str = "crates/voiso-api/src/generated.rs";
/// The generated operation table's file name, beside the generated module.
pub const OPERATIONS_FILE: &str = "operations.rs";
/// The CDR table layout (`xtask/src/ddl.rs`), relative to the workspace root.
pub const DDL_PATH: &str = "crates/voiso-cli/src/generated/cdr_columns.rs";

pub fn generation_settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        // Named setters survive spec changes; positional arguments are
        // sorted alphabetically and silently shift when a parameter is added.
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // voiso-api implements `ClientHooks` by hand (it strips progenitor's
        // `api-version` header, which Voiso does not know); `Expected` makes
        // forgetting that a compile error instead of a silent fallback.
        .with_hooks(HooksMode::Expected)
        .with_derive("PartialEq")
        // Lets downstream crates embed Voiso objects in their own schemas;
        // behind voiso-api's `schemars` feature (see OPTIONAL_DERIVES).
        .with_derive("schemars::JsonSchema")
        // Maps keep their keys sorted: stable Debug output, snapshots and
        // re-serialised bodies.
        .with_map_type("::std::collections::BTreeMap")
        // The spec's `Error` schema would shadow `progenitor_client::Error`,
        // which the generated module re-exports under the same name.
        .with_patch("Error", TypePatch::default().with_rename("ApiError"));
    settings
}

/// Derives generated behind a cargo feature of voiso-api, as (derive path,
/// feature): a crate that does not need them does not compile them.
pub const OPTIONAL_DERIVES: &[(&str, &str)] = &[("schemars::JsonSchema", "schemars")];
