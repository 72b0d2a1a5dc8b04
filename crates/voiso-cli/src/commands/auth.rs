//! `voiso auth status`: which key (by source, never its value), host and
//! profile this run uses, and which scopes the server grants that key, from
//! what one cheap GET per scope area answers.

use std::process::ExitCode;

use futures::StreamExt;
use serde::Serialize;

use crate::args::{AuthStatus, Connection};
use crate::connect::{Origin, resolve, timeout_setting};
use crate::exit::{self, Failure};
use crate::output::{Record, print_record};

pub const PROFILES_HELP: &str = "\
Profiles: $XDG_CONFIG_HOME/voiso/config.toml (else ~/.config/voiso/config.toml), e.g.
  [profiles.default]
  cluster = \"cc-xxx01\"
  key_file = \"~/.config/voiso/cc-xxx01.key\"   # chmod 600; the key alone
  [profiles.local]
  base_url = \"http://127.0.0.1:8080\"
  key_command = \"pass show voiso/local\"      # prints the key
Each setting comes from the first of: flag, environment variable, profile (--profile,
$VOISO_PROFILE, else `default`). The key itself never goes in the config file.

Exit codes: 0 the key was accepted, 2 configuration error, 3 the key was refused (401).";

/// A read-only scope and the GET that shows whether the key has it.
#[derive(Clone, Copy)]
enum Probe {
    Webhooks,
    Users,
    Queues,
    CannedMessages,
    Campaigns,
    Cdrs,
}

const PROBES: &[(&str, Probe)] = &[
    ("tasks.webhooks.read", Probe::Webhooks),
    ("users.read", Probe::Users),
    ("routing.queues.read", Probe::Queues),
    ("messaging.canned_messages.read", Probe::CannedMessages),
    ("campaigns.read", Probe::Campaigns),
    ("reporting.cdrs.read", Probe::Cdrs),
];

/// Write scopes: only a write would tell, and a probe must change nothing.
const NOT_PROBED: &[&str] = &[
    "tasks.webhooks.manage",
    "campaigns.manage",
    "voice.call.manage",
];

impl Probe {
    async fn run(self, client: &voiso::Client) -> Result<(), voiso::Error> {
        match self {
            Probe::Webhooks => client.webhooks().list().limit(1).send().await.map(drop),
            Probe::Users => client.users().list().limit(1).send().await.map(drop),
            // There is no queue listing: a 404 for queue 1 passed the
            // scope check all the same.
            Probe::Queues => match client.queues().get(voiso::QueueId::new(1)).await {
                Err(voiso::Error::NotFound { .. }) => Ok(()),
                other => other.map(drop),
            },
            Probe::CannedMessages => client
                .canned_messages()
                .list()
                .limit(1)
                .send()
                .await
                .map(drop),
            Probe::Campaigns => client.campaigns().list().limit(1).send().await.map(drop),
            Probe::Cdrs => match client.cdrs().list().limit(1).pages().next().await {
                Some(Err(e)) => Err(e),
                _ => Ok(()),
            },
        }
    }
}

#[derive(Serialize)]
struct Status {
    profile: Option<String>,
    key_source: String,
    host_source: String,
    base_url: String,
    timeout: String,
    /// Granted, refused, or what else the probe met.
    scopes: Vec<Scope>,
}

#[derive(Serialize)]
struct Scope {
    scope: &'static str,
    status: String,
}

impl Record for Status {
    fn fields(&self) -> Vec<(String, String)> {
        let mut fields = vec![
            (
                "profile".to_string(),
                self.profile.clone().unwrap_or_else(|| "(none)".into()),
            ),
            ("key from".into(), self.key_source.clone()),
            ("host from".into(), self.host_source.clone()),
            ("base URL".into(), self.base_url.clone()),
            ("timeout".into(), self.timeout.clone()),
        ];
        fields.extend(
            self.scopes
                .iter()
                .map(|s| (s.scope.to_string(), s.status.clone())),
        );
        fields
    }
}

pub async fn status(flags: &Connection, args: AuthStatus) -> Result<ExitCode, Failure> {
    let client = crate::connect::client(flags)?;
    let origin: Origin = match crate::connect::origin() {
        Some(origin) => origin.clone(),
        None => resolve(flags, |name| std::env::var(name).ok())?.origin,
    };
    let mut scopes = Vec::new();
    let mut rejected = false;
    for (scope, probe) in PROBES {
        let status = match probe.run(&client).await {
            Ok(()) => "granted".to_string(),
            Err(voiso::Error::Forbidden { .. }) => "refused (403)".to_string(),
            Err(voiso::Error::Unauthorized) => {
                rejected = true;
                "unknown: the key was rejected (401)".to_string()
            }
            Err(e) => format!("unknown: {}", crate::messages::describe(&e)),
        };
        scopes.push(Scope { scope, status });
    }
    for scope in NOT_PROBED {
        scopes.push(Scope {
            scope,
            status: "not probed (only a write would tell)".into(),
        });
    }
    let host_source = origin.host.setting();
    let status = Status {
        profile: origin.profile.clone(),
        key_source: origin.key.to_string(),
        host_source,
        base_url: origin.base_url.clone(),
        timeout: timeout_setting(Some(&origin)),
        scopes,
    };
    print_record(&status, args.output)?;
    if rejected {
        crate::output::warn(format_args!(
            "error: {}",
            crate::messages::describe(&voiso::Error::Unauthorized)
        ));
        return Ok(ExitCode::from(exit::AUTH));
    }
    Ok(ExitCode::SUCCESS)
}
