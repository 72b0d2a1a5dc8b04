//! Comparing with, and atomically replacing, the checked-in output.

use std::io::Write;
use std::path::Path;

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

/// Writes `content` unless it is already there. A reader (or a crash) never
/// sees a half-written file: the text goes to a sibling temporary file that
/// is then renamed over the target. Returns whether anything changed.
pub fn write_atomic(path: &Path, content: &str) -> std::io::Result<bool> {
    if std::fs::read_to_string(path).is_ok_and(|current| current == content) {
        return Ok(false);
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
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.map(|()| true)
}
