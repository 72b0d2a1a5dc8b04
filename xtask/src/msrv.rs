//! `cargo xtask msrv`: the workspace's `rust-version` must be at least the
//! highest one the published crates' dependency closure declares, so that
//! a user on the Rust we declare can build what we publish. clippy's
//! `incompatible_msrv` (denied) covers our own code's use of std.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, ExitCode};

use serde_json::Value;

/// The crates users depend on or install.
const PUBLISHED: [&str; 4] = ["voiso-api", "voiso", "voiso-mock", "voiso-cli"];

type Version = (u64, u64, u64);

fn parse(text: &str) -> Option<Version> {
    let mut parts = text.split('.').map(|p| p.parse::<u64>().ok());
    Some((
        parts.next()??,
        parts.next().flatten().unwrap_or(0),
        parts.next().flatten().unwrap_or(0),
    ))
}

fn show((major, minor, patch): Version) -> String {
    format!("{major}.{minor}.{patch}")
}

/// The highest `rust-version` in the normal-dependency closure of
/// `roots`, with the crates that declare it.
pub fn closure_max(metadata: &Value, roots: &[&str]) -> Option<(Version, Vec<String>)> {
    let packages: BTreeMap<&str, &Value> = metadata["packages"]
        .as_array()?
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: BTreeMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()?
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let mut stack: Vec<&str> = packages
        .iter()
        .filter(|(_, p)| p["source"].is_null() && roots.contains(&p["name"].as_str().unwrap_or("")))
        .map(|(id, _)| *id)
        .collect();
    let mut seen = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes
            .get(id)
            .and_then(|n| n["deps"].as_array())
            .into_iter()
            .flatten()
        {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            if normal && let Some(pkg) = dep["pkg"].as_str() {
                stack.push(pkg);
            }
        }
    }
    let mut best: Option<(Version, Vec<String>)> = None;
    for id in seen {
        let package = packages.get(id)?;
        if package["source"].is_null() {
            continue;
        }
        let Some(version) = package["rust_version"].as_str().and_then(parse) else {
            continue;
        };
        let name = format!(
            "{} {}",
            package["name"].as_str()?,
            package["version"].as_str()?
        );
        match &mut best {
            Some((top, names)) if *top == version => names.push(name),
            Some((top, _)) if *top > version => {}
            _ => best = Some((version, vec![name])),
        }
    }
    best
}

pub fn main() -> ExitCode {
    let root = crate::workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = match Command::new(cargo)
        .current_dir(&root)
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
    {
        Ok(output) if output.status.success() => output.stdout,
        Ok(output) => {
            eprintln!(
                "error: cargo metadata failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: cannot run cargo metadata: {e}");
            return ExitCode::from(2);
        }
    };
    let Ok(metadata) = serde_json::from_slice::<Value>(&output) else {
        eprintln!("error: cargo metadata's output does not parse");
        return ExitCode::from(2);
    };
    let declared = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == "voiso" && p["source"].is_null())
        .and_then(|p| p["rust_version"].as_str())
        .and_then(parse);
    let Some(declared) = declared else {
        eprintln!("error: the workspace declares no rust-version");
        return ExitCode::from(2);
    };
    let Some((needed, by)) = closure_max(&metadata, &PUBLISHED) else {
        println!(
            "no dependency declares a rust-version; declared {}",
            show(declared)
        );
        return ExitCode::SUCCESS;
    };
    if needed > declared {
        eprintln!(
            "error: {} need Rust {}, but the workspace declares rust-version = \"{}\": raise it \
             in [workspace.package] (and say so in CHANGELOG.md), or keep the older dependency",
            by.join(", "),
            show(needed),
            show(declared)
        );
        return ExitCode::from(1);
    }
    println!(
        "rust-version {} covers the published crates' dependencies (highest: {} by {})",
        show(declared),
        show(needed),
        by.join(", ")
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_closure_takes_normal_dependencies_only() {
        let metadata = json!({
            "packages": [
                {"id": "a", "name": "voiso", "version": "0.1.0", "source": null, "rust_version": "1.89"},
                {"id": "b", "name": "dep", "version": "1.0.0", "source": "registry", "rust_version": "1.85"},
                {"id": "c", "name": "deep", "version": "2.0.0", "source": "registry", "rust_version": "1.88"},
                {"id": "d", "name": "devonly", "version": "1.0.0", "source": "registry", "rust_version": "1.99"}
            ],
            "resolve": {"nodes": [
                {"id": "a", "deps": [
                    {"pkg": "b", "dep_kinds": [{"kind": null}]},
                    {"pkg": "d", "dep_kinds": [{"kind": "dev"}]}
                ]},
                {"id": "b", "deps": [{"pkg": "c", "dep_kinds": [{"kind": null}]}]},
                {"id": "c", "deps": []},
                {"id": "d", "deps": []}
            ]}
        });
        let (version, by) = closure_max(&metadata, &["voiso"]).unwrap();
        assert_eq!(version, (1, 88, 0));
        assert_eq!(by, vec!["deep 2.0.0".to_string()]);
    }
}
