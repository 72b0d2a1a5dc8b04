//! The crate's modules form layers: each imports only modules of lower
//! layers, so the crate reads bottom up and no change can close a cycle.
//! Root re-exports (`crate::Client`) are not used inside the crate: they
//! would hide an edge from this check.

use std::collections::BTreeMap;
use std::path::Path;

/// Lowest first. Modules of one layer do not import each other.
const LAYERS: &[&[&str]] = &[
    &["target"],
    // `events` needs nothing of the client: any web framework can use it.
    &["error", "events"],
    &["ids", "auth"],
    &["model"],
    &["retry", "pacing"],
    &["config"],
    &["client"],
    &["runtime", "paging"],
    &["areas", "request"],
    &["bulk"],
];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn modules_import_only_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut wrong: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let module = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if module == "lib" || module == "layers_test" {
            continue;
        }
        let own = rank(&module).unwrap_or_else(|| panic!("module {module} has no layer: add it"));
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().map(str::trim_start) {
            if line.starts_with("//") {
                continue;
            }
            for (at, _) in line.match_indices("crate::") {
                let name: String = line[at + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let problem = match rank(&name) {
                    _ if name == module => None,
                    Some(theirs) if theirs < own => None,
                    Some(_) => Some(format!("imports {name}, a layer not below it")),
                    None if name.starts_with(char::is_uppercase) => {
                        Some(format!("uses the root re-export crate::{name}"))
                    }
                    None => Some(format!("imports crate::{name}, a module with no layer")),
                };
                if let Some(problem) = problem {
                    wrong
                        .entry(relative.display().to_string())
                        .or_default()
                        .push(problem);
                }
            }
        }
    }
    assert!(wrong.is_empty(), "layering broken: {wrong:#?}");
}
