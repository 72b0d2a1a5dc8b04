//! Comparing with, and atomically replacing, the checked-in output.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The checked-in file differs from what the spec generates.
pub struct Stale {
    /// A unified diff from the checked-in file to the fresh output.
    pub diff: String,
}

pub fn compare(path: &Path, fresh: &str) -> Result<(), Stale> {
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current == fresh {
        return Ok(());
    }
    let shown = path.display().to_string();
    let diff = similar::TextDiff::from_lines(current.as_str(), fresh)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{shown} (checked in)"),
            &format!("{shown} (generated)"),
        )
        .to_string();
    Err(Stale { diff })
}

/// Writes each `(path, content)` whose file does not already hold it. A
/// reader (or a crash) never sees a half-written file: every text first goes
/// to a sibling temporary file, and only once all of them are on disk are
/// they renamed over their targets, so a full disk or a read-only directory
/// leaves every target as it was. Returns, per file, whether it changed.
pub fn write_atomic(files: &[(&Path, &str)]) -> Result<Vec<bool>, (PathBuf, std::io::Error)> {
    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    let mut changed = Vec::new();
    let mut failure = None;
    for (path, content) in files {
        let fresh = std::fs::read_to_string(path).is_ok_and(|current| current == *content);
        changed.push(!fresh);
        if fresh {
            continue;
        }
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("generated");
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let written = (|| {
            let mut file = std::fs::File::create(&tmp)?;
            file.write_all(content.as_bytes())?;
            file.sync_all()
        })();
        staged.push((tmp, path));
        if let Err(e) = written {
            failure = Some((path.to_path_buf(), e));
            break;
        }
    }
    if failure.is_none() {
        for (tmp, path) in &staged {
            if let Err(e) = std::fs::rename(tmp, path) {
                failure = Some((path.to_path_buf(), e));
                break;
            }
        }
    }
    match failure {
        None => Ok(changed),
        Some(failure) => {
            for (tmp, _) in &staged {
                let _ = std::fs::remove_file(tmp);
            }
            Err(failure)
        }
    }
}
