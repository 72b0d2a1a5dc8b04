//! Profiles in $XDG_CONFIG_HOME/voiso/config.toml and `voiso auth status`
//! (part of the `cli` test binary): flag over environment over profile,
//! and a key file others can read refused.

#[allow(unused_imports)]
use super::*;

use std::os::unix::fs::PermissionsExt;

/// A config home with profiles pointing at `base_url`: `default` (a key
/// file, 0600), `ro` (a key command), `loose` (a key file anyone can read)
/// and `leaky` (a key in the file itself).
fn config_home(base_url: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("voiso");
    std::fs::create_dir_all(&dir).unwrap();
    let key = |name: &str, key: &str, mode: u32| {
        let path = dir.join(name);
        std::fs::write(&path, format!("{key}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path.display().to_string()
    };
    let default_key = key("default.key", "demo-key", 0o600);
    let loose_key = key("loose.key", "demo-key", 0o644);
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "[profiles.default]\nbase_url = \"{base_url}\"\nkey_file = \"{default_key}\"\n\n\
             [profiles.ro]\nbase_url = \"{base_url}\"\nkey_command = \"printf ro\"\n\n\
             [profiles.loose]\nbase_url = \"{base_url}\"\nkey_file = \"{loose_key}\"\n\n\
             [profiles.leaky]\nbase_url = \"{base_url}\"\napi_key = \"demo-key\"\n"
        ),
    )
    .unwrap();
    home
}

/// `voiso` with nothing set but the config home (and `env`).
fn with_profiles(home: &Path, env: &[(&str, &str)]) -> Command {
    let mut cmd = bare_voiso();
    cmd.env("XDG_CONFIG_HOME", home).env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

async fn status(home: &Path, env: &[(&str, &str)], flags: &[&str]) -> serde_json::Value {
    let mut cmd = with_profiles(home, env);
    cmd.args(flags).args(["auth", "status", "-o", "json"]);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{flags:?}: {}",
        text(&out.stderr)
    );
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

fn scope<'a>(status: &'a serde_json::Value, name: &str) -> &'a str {
    status["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["scope"] == name)
        .and_then(|s| s["status"].as_str())
        .unwrap_or_else(|| panic!("no {name}: {status}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_resolve_flag_then_environment_then_profile() {
    let all = super::messages::all_scopes("demo-key");
    let mock = MockProcess::start(3, &["--key", &all, "--key", "ro:tasks.webhooks.read"]);
    let home = config_home(&mock.base_url);
    let config = home.path().join("voiso").join("config.toml");
    let before = std::fs::read_to_string(&config).unwrap();

    // The profile `default`, with nothing else set.
    let s = status(home.path(), &[], &[]).await;
    assert_eq!(s["profile"], "default", "{s}");
    assert!(
        s["key_source"]
            .as_str()
            .unwrap()
            .starts_with("the key_file ")
            && s["key_source"]
                .as_str()
                .unwrap()
                .ends_with("of profile `default`"),
        "{s}"
    );
    assert_eq!(s["host_source"], "`base_url` of profile `default`", "{s}");
    assert_eq!(scope(&s, "users.read"), "granted", "{s}");
    assert!(!s.to_string().contains("demo-key"), "the key is shown: {s}");

    // The environment's key wins over the profile's; the flag over both.
    let s = status(home.path(), &[("VOISO_API_KEY", "ro")], &[]).await;
    assert_eq!(s["key_source"], "VOISO_API_KEY", "{s}");
    assert_eq!(scope(&s, "users.read"), "refused (403)", "{s}");
    assert_eq!(scope(&s, "tasks.webhooks.read"), "granted", "{s}");
    let s = status(
        home.path(),
        &[("VOISO_API_KEY", "ro")],
        &["--api-key", "demo-key"],
    )
    .await;
    assert_eq!(s["key_source"], "--api-key", "{s}");
    assert_eq!(scope(&s, "users.read"), "granted", "{s}");

    // VOISO_PROFILE picks a profile; --profile wins over it.
    let s = status(home.path(), &[("VOISO_PROFILE", "ro")], &[]).await;
    assert_eq!(s["key_source"], "the key_command of profile `ro`", "{s}");
    assert_eq!(scope(&s, "users.read"), "refused (403)", "{s}");
    let s = status(
        home.path(),
        &[("VOISO_PROFILE", "ro")],
        &["--profile", "default"],
    )
    .await;
    assert_eq!(s["profile"], "default", "{s}");

    // The environment's host wins over the profile's, and a flag over it.
    let dead = [("VOISO_BASE_URL", "http://127.0.0.1:9")];
    let mut cmd = with_profiles(home.path(), &dead);
    cmd.args(["webhooks", "list"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("VOISO_BASE_URL"),
        "{}",
        text(&out.stderr)
    );
    let s = status(home.path(), &dead, &["--base-url", &mock.base_url]).await;
    assert_eq!(s["host_source"], "--base-url", "{s}");

    // Whatever ran, the config file is as it was: no key written to it.
    assert_eq!(std::fs::read_to_string(&config).unwrap(), before);

    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&regex::escape(&home.path().display().to_string()), "[HOME]");
    settings.add_filter(&regex::escape(&mock.base_url), "http://[MOCK]");
    let _guard = settings.bind_to_scope();
    let mut cmd = with_profiles(home.path(), &[]);
    cmd.env("COLUMNS", "100")
        .args(["auth", "status", "-o", "table"]);
    let out = run(cmd).await;
    insta::assert_snapshot!("out__auth_status_table", text(&out.stdout));

    // Refused: a key file others can read (with the command that fixes it),
    // a key in the config file, a profile that is not there.
    for (profile, needle) in [
        (
            "loose",
            format!(
                "run `chmod 600 {}",
                home.path().join("voiso/loose.key").display()
            ),
        ),
        ("leaky", "the key never goes in the config file".to_string()),
        ("nope", "no profile `nope`".to_string()),
    ] {
        let mut cmd = with_profiles(home.path(), &[]);
        cmd.args(["--profile", profile, "failures", "list"]);
        let out = run(cmd).await;
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{profile}: {stderr}");
        assert!(stderr.contains(&needle), "{profile}: {stderr}");
        assert!(
            !stderr.contains("demo-key"),
            "{profile}: the key leaked: {stderr}"
        );
        insta::assert_snapshot!(format!("err__profile_{profile}"), stderr);
    }
}
