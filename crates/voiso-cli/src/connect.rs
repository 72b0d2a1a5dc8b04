//! Turning flags, environment and profile into a client. For each setting
//! the first of these that has it wins: flag, environment variable, the
//! profile (`--profile`, `VOISO_PROFILE`, else `default`), the built-in
//! default. Where each setting came from is kept, so that an error can name
//! what the user set ([`origin`]).

use std::fmt;
use std::sync::OnceLock;
use std::time::Duration;

use crate::args::Connection;
use crate::exit::Failure;
use crate::profile;

const HOW_TO_CONFIGURE: &str = "set VOISO_API_KEY, and VOISO_CLUSTER_ID (your \
contact center's first URL label, e.g. cc-xxx01) or VOISO_BASE_URL; or pass \
--api-key with --cluster-id or --base-url; or name them in a profile of \
$XDG_CONFIG_HOME/voiso/config.toml (see `voiso auth status --help`). Try `voiso demo` \
for a run without an account";

/// The library's default operation deadline, for messages.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Where the key came from (never the key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Flag,
    Env,
    File { profile: String, path: String },
    Command { profile: String },
}

impl fmt::Display for KeySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeySource::Flag => f.write_str("--api-key"),
            KeySource::Env => f.write_str("VOISO_API_KEY"),
            KeySource::File { profile, path } => {
                write!(f, "the key_file {path} of profile `{profile}`")
            }
            KeySource::Command { profile } => write!(f, "the key_command of profile `{profile}`"),
        }
    }
}

/// The host: a cluster or a base URL, and what set it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub cluster: Option<String>,
    pub base_url: Option<String>,
    pub source: HostSource,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostSource {
    Flag,
    Env,
    Profile(String),
}

impl Host {
    /// The setting as the user typed it: `--cluster-id`, `VOISO_BASE_URL`,
    /// `cluster in profile `prod``.
    pub fn setting(&self) -> String {
        let cluster = self.cluster.is_some();
        match (&self.source, cluster) {
            (HostSource::Flag, true) => "--cluster-id".into(),
            (HostSource::Flag, false) => "--base-url".into(),
            (HostSource::Env, true) => "VOISO_CLUSTER_ID".into(),
            (HostSource::Env, false) => "VOISO_BASE_URL".into(),
            (HostSource::Profile(name), true) => format!("`cluster` of profile `{name}`"),
            (HostSource::Profile(name), false) => format!("`base_url` of profile `{name}`"),
        }
    }
}

/// What this run connects with, minus the key.
#[derive(Debug, Clone)]
pub struct Origin {
    pub profile: Option<String>,
    pub key: KeySource,
    pub host: Host,
    /// The URL requests go to.
    pub base_url: String,
    /// `--timeout`, if given.
    pub timeout: Option<Duration>,
}

static ORIGIN: OnceLock<Origin> = OnceLock::new();

/// What the client of this run was built from, once it was.
pub fn origin() -> Option<&'static Origin> {
    ORIGIN.get()
}

pub fn client(flags: &Connection) -> Result<voiso::Client, Failure> {
    client_with_policy(flags, env, voiso::RetryPolicy::default())
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// Attempts per request of a long read-only job (`cdrs export`). One page
/// in a thousand meeting three faults in a row would otherwise end an hour's
/// export; reads are safe to repeat, the operation deadline still bounds
/// each page, and the client's retry quota still fails fast in an outage.
const JOB_READ_ATTEMPTS: u32 = 6;

/// The client of a long read-only job: more attempts per request.
pub fn reading_job_client(flags: &Connection) -> Result<voiso::Client, Failure> {
    let policy = voiso::RetryPolicy::default().with_max_attempts(JOB_READ_ATTEMPTS);
    client_with_policy(flags, env, policy)
}

/// The settings, resolved, with the key.
pub struct Resolved {
    pub key: String,
    pub origin: Origin,
}

/// Resolves every setting; `env` stands in for the process environment.
pub fn resolve(
    flags: &Connection,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Resolved, Failure> {
    let named = flags
        .profile
        .clone()
        .or_else(|| env("VOISO_PROFILE"))
        .filter(|p| !p.is_empty());
    let profile_name = named.clone().unwrap_or_else(|| profile::DEFAULT.into());
    let profile = match profile::config_path(&env) {
        Some(path) => {
            profile::load(&path, &profile_name, named.is_some()).map_err(Failure::Usage)?
        }
        None if named.is_some() => {
            return Err(Failure::Usage(format!(
                "profile `{profile_name}`: there is no config file to read it from (set \
                 XDG_CONFIG_HOME or HOME)"
            )));
        }
        None => None,
    };
    let in_profile = profile.as_ref().map(|_| profile_name.clone());

    // A host given by flag replaces the environment's host entirely, so that
    // `--base-url` works in a shell that exports VOISO_CLUSTER_ID; the same
    // goes for the environment over the profile.
    let host = if flags.cluster_id.is_some() || flags.base_url.is_some() {
        Some(Host {
            cluster: flags.cluster_id.clone(),
            base_url: flags.base_url.clone(),
            source: HostSource::Flag,
        })
    } else if env("VOISO_CLUSTER_ID").is_some() || env("VOISO_BASE_URL").is_some() {
        Some(Host {
            cluster: env("VOISO_CLUSTER_ID"),
            base_url: env("VOISO_BASE_URL"),
            source: HostSource::Env,
        })
    } else {
        profile
            .as_ref()
            .filter(|p| p.cluster.is_some() || p.base_url.is_some())
            .map(|p| Host {
                cluster: p.cluster.clone(),
                base_url: p.base_url.clone(),
                source: HostSource::Profile(profile_name.clone()),
            })
    };

    let key = if let Some(key) = flags.api_key.clone().filter(|k| !k.is_empty()) {
        Some((key, KeySource::Flag))
    } else if let Some(key) = env("VOISO_API_KEY").filter(|k| !k.is_empty()) {
        Some((key, KeySource::Env))
    } else if let Some(p) = &profile {
        if let Some(path) = &p.key_file {
            let key = profile::read_key_file(path, &profile_name).map_err(Failure::Usage)?;
            let path = path.display().to_string();
            Some((
                key,
                KeySource::File {
                    profile: profile_name.clone(),
                    path,
                },
            ))
        } else if let Some(command) = &p.key_command {
            let key = profile::run_key_command(command, &profile_name).map_err(Failure::Usage)?;
            Some((
                key,
                KeySource::Command {
                    profile: profile_name.clone(),
                },
            ))
        } else {
            None
        }
    } else {
        None
    };
    let Some((key, key_source)) = key else {
        return Err(Failure::Usage(format!("no API key: {HOW_TO_CONFIGURE}")));
    };
    let Some(host) = host else {
        return Err(Failure::Usage(format!("no host: {HOW_TO_CONFIGURE}")));
    };
    let base_url = match (&host.cluster, &host.base_url) {
        (Some(cluster), None) => format!("https://{cluster}.voiso.com"),
        (_, Some(base)) => base.clone(),
        (None, None) => String::new(),
    };
    Ok(Resolved {
        key,
        origin: Origin {
            profile: in_profile,
            key: key_source,
            host,
            base_url,
            timeout: flags.timeout,
        },
    })
}

fn client_with_policy(
    flags: &Connection,
    env: impl Fn(&str) -> Option<String>,
    policy: voiso::RetryPolicy,
) -> Result<voiso::Client, Failure> {
    let Resolved { key, origin } = resolve(flags, env)?;
    let mut builder = voiso::Client::builder().api_key(key).retry_policy(policy);
    if let Some(cluster) = &origin.host.cluster {
        builder = builder.cluster_id(cluster);
    }
    if let Some(base) = &origin.host.base_url {
        builder = builder.base_url(base);
    }
    if let Some(timeout) = flags.timeout {
        builder = builder.operation_timeout(timeout);
    }
    let client = builder
        .build()
        .map_err(|e| Failure::Usage(config_message(&e, &origin)))?;
    let origin = Origin {
        base_url: client.base_url().to_string(),
        ..origin
    };
    let _ = ORIGIN.set(origin);
    Ok(client)
}

/// The library's configuration errors name its builder and the variables;
/// here they name what this user set.
fn config_message(error: &voiso::ConfigError, origin: &Origin) -> String {
    use voiso::ConfigError as C;
    let host = origin.host.setting();
    match error {
        C::InvalidApiKey { reason } => format!(
            "the API key from {} is unusable: {reason}; give the key exactly as Voiso shows it",
            origin.key
        ),
        C::BothClusterAndBaseUrl => format!(
            "both a cluster and a base URL are set ({}): keep only one",
            match origin.host.source {
                HostSource::Flag => "--cluster-id and --base-url".to_string(),
                HostSource::Env => "VOISO_CLUSTER_ID and VOISO_BASE_URL".to_string(),
                HostSource::Profile(ref p) => format!("cluster and base_url of profile `{p}`"),
            }
        ),
        C::InvalidClusterId(id) => format!(
            "{host}: `{id}` is not a cluster: use the first label of your contact center's URL \
             (`cc-xxx01` for https://cc-xxx01.voiso.com)"
        ),
        C::InvalidBaseUrl(why) => {
            format!("{host} is unusable: {why}; use e.g. https://cc-xxx01.voiso.com")
        }
        C::InsecureBaseUrl(url) => format!(
            "{host} `{url}` is plain http to a non-loopback host, so the API key would travel \
             in clear: use https"
        ),
        other => other.to_string(),
    }
}

/// The configuration as described to the user, with the key's source and
/// the timeout in force.
pub fn timeout_setting(origin: Option<&Origin>) -> String {
    match origin.and_then(|o| o.timeout) {
        Some(t) => format!("--timeout {}", humantime::format_duration(t)),
        None => format!(
            "the default --timeout of {}",
            humantime::format_duration(DEFAULT_TIMEOUT)
        ),
    }
}
