//! The library's errors in the command's own terms. `voiso::Error` speaks
//! to a programmer (`ClientBuilder::…`, `VOISO_API_KEY` whatever set the
//! key); here each names the flag, variable or profile this user set, the
//! ID at fault, and what to run next.

use crate::connect::{Origin, origin, timeout_setting};
use crate::exit::Failure;

/// The message of `error` for this run.
pub fn describe(error: &voiso::Error) -> String {
    describe_with(error, origin())
}

pub fn describe_with(error: &voiso::Error, origin: Option<&Origin>) -> String {
    let key = origin.map_or("VOISO_API_KEY".to_string(), |o| o.key.to_string());
    let host = origin.map_or("VOISO_CLUSTER_ID or VOISO_BASE_URL".to_string(), |o| {
        o.host.setting()
    });
    match error {
        voiso::Error::Unauthorized => format!(
            "Voiso rejected the API key from {key} (401 Unauthorized): check that it holds a \
             current, generated v4 key for this contact center ({host}); `voiso auth status` \
             shows where each setting comes from"
        ),
        voiso::Error::Forbidden { scope, message, .. } => format!(
            "the API key from {key} lacks {} (403 Forbidden{}): ask a Voiso admin for a key with \
             that scope; `voiso auth status` lists the scopes it has",
            scope.map_or_else(
                || "the scope this request needs".to_string(),
                |s| format!("the `{s}` scope")
            ),
            message
                .as_ref()
                .map(|m| format!(": Voiso says {m:?}"))
                .unwrap_or_default()
        ),
        voiso::Error::Timeout => format!(
            "the request to Voiso timed out ({} ran out): retry later, or allow longer with \
             e.g. --timeout 2m",
            timeout_setting(origin)
        ),
        voiso::Error::Connect { source, .. } => format!(
            "could not connect to Voiso at {} ({source}): check the network, and that {host} \
             names your contact center",
            origin.map_or("the host", |o| o.base_url.as_str())
        ),
        voiso::Error::NotFound { what, .. } if !what.contains('`') => wrong_host(origin),
        voiso::Error::NotFound { what, .. } => format!(
            "{what} was not found (404): check the ID (a listing prints the IDs), and that \
             {host} is the right contact center"
        ),
        voiso::Error::ResponseTooLarge { status, limit, .. } => format!(
            "Voiso's response ({status}) is larger than {limit} bytes and was not read: ask for \
             less at once (a narrower --since/--until)"
        ),
        // A web page where JSON was due: most often not Voiso's API at all.
        voiso::Error::Decode { .. } => format!(
            "{error}; if {host} does not name a Voiso API (a web page answered), correct it"
        ),
        other => other.to_string(),
    }
}

/// A 404 where the API has no reason to answer one (a listing, or a probe
/// that should always be found): the host is not a Voiso API.
fn wrong_host(origin: Option<&Origin>) -> String {
    match origin {
        Some(o) => format!(
            "{} answered 404 Not Found where Voiso's API always answers: the host looks wrong. \
             Check {} (a cluster is the first label of your contact center's URL, e.g. \
             cc-xxx01; a base URL has no /api path)",
            o.base_url,
            o.host.setting()
        ),
        None => "the host answered 404 Not Found where Voiso's API always answers: the host \
                 looks wrong; check VOISO_CLUSTER_ID or VOISO_BASE_URL"
            .to_string(),
    }
}

/// A 404 on something the user named (`what`, e.g. "queue 999"): the ID is
/// missing, unless a listing on the same host is missing too, when it is the
/// host. `next` is what to run to find a right ID.
pub async fn missing(
    client: &voiso::Client,
    error: voiso::Error,
    what: &str,
    next: &str,
) -> Failure {
    if !matches!(error, voiso::Error::NotFound { .. }) {
        return error.into();
    }
    if host_answers_404(client).await {
        return Failure::Failed(wrong_host(origin()));
    }
    Failure::Failed(format!("{what} was not found (404): check the ID; {next}"))
}

/// Whether a listing that Voiso always answers is a 404 here. Two are
/// tried, since the key may lack the scope of one; any answer but a 404
/// says the host is a Voiso API.
async fn host_answers_404(client: &voiso::Client) -> bool {
    match client.webhooks().list().limit(1).send().await {
        Err(voiso::Error::NotFound { .. }) => return true,
        Err(e) if e.is_auth() => {}
        _ => return false,
    }
    let campaigns = client.campaigns().list().limit(1).send().await;
    matches!(campaigns, Err(voiso::Error::NotFound { .. }))
}
