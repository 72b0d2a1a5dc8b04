//! Turning flags and environment into a client. Flags win; the environment
//! fills in what they leave out.

use crate::args::Connection;
use crate::exit::Failure;

const HOW_TO_CONFIGURE: &str = "set VOISO_API_KEY, and VOISO_CLUSTER_ID (your \
contact center's first URL label, e.g. cc-xxx01) or VOISO_BASE_URL; or pass \
--api-key with --cluster-id or --base-url. Try `voiso demo` for a run without an account";

pub fn client(flags: &Connection) -> Result<voiso::Client, Failure> {
    client_with(flags, |name| std::env::var(name).ok())
}

/// Attempts per request of a long read-only job (`cdrs export`). One page
/// in a thousand meeting three faults in a row would otherwise end an hour's
/// export; reads are safe to repeat, the operation deadline still bounds
/// each page, and the client's retry quota still fails fast in an outage.
const JOB_READ_ATTEMPTS: u32 = 6;

/// The client of a long read-only job: more attempts per request.
pub fn reading_job_client(flags: &Connection) -> Result<voiso::Client, Failure> {
    let policy = voiso::RetryPolicy::default().with_max_attempts(JOB_READ_ATTEMPTS);
    client_with_policy(flags, |name| std::env::var(name).ok(), policy)
}

/// `env` stands in for the process environment, so tests can pin it.
pub fn client_with(
    flags: &Connection,
    env: impl Fn(&str) -> Option<String>,
) -> Result<voiso::Client, Failure> {
    client_with_policy(flags, env, voiso::RetryPolicy::default())
}

fn client_with_policy(
    flags: &Connection,
    env: impl Fn(&str) -> Option<String>,
    policy: voiso::RetryPolicy,
) -> Result<voiso::Client, Failure> {
    let key = flags.api_key.clone().or_else(|| env("VOISO_API_KEY"));
    // A host given by flag replaces the environment's host entirely, so that
    // `--base-url` works in a shell that exports VOISO_CLUSTER_ID.
    let (cluster, base) = if flags.cluster_id.is_some() || flags.base_url.is_some() {
        (flags.cluster_id.clone(), flags.base_url.clone())
    } else {
        (env("VOISO_CLUSTER_ID"), env("VOISO_BASE_URL"))
    };
    let Some(key) = key.filter(|k| !k.is_empty()) else {
        return Err(Failure::Usage(format!("no API key: {HOW_TO_CONFIGURE}")));
    };
    if cluster.is_none() && base.is_none() {
        return Err(Failure::Usage(format!("no host: {HOW_TO_CONFIGURE}")));
    }
    let mut builder = voiso::Client::builder().api_key(key).retry_policy(policy);
    if let Some(cluster) = cluster {
        builder = builder.cluster_id(cluster);
    }
    if let Some(base) = base {
        builder = builder.base_url(base);
    }
    if let Some(timeout) = flags.timeout {
        builder = builder.operation_timeout(timeout);
    }
    builder.build().map_err(Failure::from)
}
