//! Named profiles in `$XDG_CONFIG_HOME/voiso/config.toml`: where to connect
//! and where the key lives, never the key itself (a file only its owner can
//! read, or a command such as a password manager's that prints it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The profile used when neither `--profile` nor `VOISO_PROFILE` names one.
pub const DEFAULT: &str = "default";

/// One `[profiles.NAME]` table.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub cluster: Option<String>,
    pub base_url: Option<String>,
    /// A file holding the key and nothing else; mode 0600 or stricter.
    pub key_file: Option<PathBuf>,
    /// A shell command whose stdout is the key.
    pub key_command: Option<String>,
    // Named so that a key pasted into the file is refused by name, not as
    // an unknown field.
    api_key: Option<toml::Value>,
    key: Option<toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// Where the config file is: `$XDG_CONFIG_HOME/voiso/config.toml`, else
/// `~/.config/voiso/config.toml`.
pub fn config_path(env: &impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .filter(|dir| Path::new(dir).is_absolute())
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some(base.join("voiso").join("config.toml"))
}

/// The profile `name` of the file at `path`. `Ok(None)`: the file or the
/// profile is absent, which only the default profile may be.
pub fn load(path: &Path, name: &str, named: bool) -> Result<Option<Profile>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => return Ok(None),
        Err(e) => {
            return Err(format!(
                "cannot read the config file {} for profile `{name}`: {e}",
                path.display()
            ));
        }
    };
    let file: File = toml::from_str(&text).map_err(|e| {
        format!(
            "the config file {} is not valid: {}",
            path.display(),
            e.message()
        )
    })?;
    let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
    let Some(profile) = file.profiles.get(name).cloned() else {
        if !named {
            return Ok(None);
        }
        return Err(format!(
            "no profile `{name}` in {}: its profiles are {}",
            path.display(),
            if known.is_empty() {
                "none yet ([profiles.NAME] tables)".to_string()
            } else {
                known.join(", ")
            }
        ));
    };
    if profile.api_key.is_some() || profile.key.is_some() {
        return Err(format!(
            "profile `{name}` in {} holds a key: the key never goes in the config file. Move it \
             to a file only you can read (`chmod 600 FILE`) and name it with key_file, or give \
             a key_command that prints it",
            path.display()
        ));
    }
    if profile.key_file.is_some() && profile.key_command.is_some() {
        return Err(format!(
            "profile `{name}` in {} has both key_file and key_command: keep one",
            path.display()
        ));
    }
    Ok(Some(profile))
}

/// Reads a key file, refusing one that others can read or write.
pub fn read_key_file(path: &Path, profile: &str) -> Result<String, String> {
    let path = expand_home(path);
    let meta = std::fs::metadata(&path).map_err(|e| {
        format!(
            "cannot read the key_file {} of profile `{profile}`: {e}",
            path.display()
        )
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(format!(
                "the key_file {} of profile `{profile}` can be read by others (mode {mode:03o}): \
                 run `chmod 600 {}`, then try again",
                path.display(),
                path.display()
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    let key = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "cannot read the key_file {} of profile `{profile}`: {e}",
            path.display()
        )
    })?;
    non_empty(key.trim(), || {
        format!(
            "the key_file {} of profile `{profile}` is empty",
            path.display()
        )
    })
}

/// Runs a key command through the shell and takes its trimmed stdout.
pub fn run_key_command(command: &str, profile: &str) -> Result<String, String> {
    let out = std::process::Command::new("sh")
        .args(["-c", command])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run the key_command of profile `{profile}`: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "the key_command of profile `{profile}` failed ({}): run `{command}` yourself to see why",
            out.status
        ));
    }
    let key = String::from_utf8(out.stdout).map_err(|_| {
        format!("the key_command of profile `{profile}` printed something that is not UTF-8")
    })?;
    non_empty(key.trim(), || {
        format!("the key_command of profile `{profile}` printed nothing")
    })
}

fn non_empty(key: &str, why: impl FnOnce() -> String) -> Result<String, String> {
    if key.is_empty() {
        Err(why())
    } else {
        Ok(key.to_string())
    }
}

/// `~/x` as the shell would read it: config files are written by hand.
fn expand_home(path: &Path) -> PathBuf {
    match (path.strip_prefix("~"), std::env::var_os("HOME")) {
        (Ok(rest), Some(home)) => Path::new(&home).join(rest),
        _ => path.to_path_buf(),
    }
}
