//! The read-only commands: list and get, for failures and webhooks.

use std::process::ExitCode;

use chrono::{DateTime, Utc};
use futures::StreamExt;

use crate::args::{ListFailures, Output, Window};
use crate::exit::Failure;
use crate::messages::missing;
use crate::output::{print_record, stdout_printer};
use crate::time_arg::{check_window, parse_at};

/// A creation-time window as instants (`None`: unbounded on that side).
#[derive(Debug, Clone, Copy, Default)]
pub struct Bounds {
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
}

/// Reads `--since` / `--until`, refusing a window that holds nothing: an
/// inverted window is a typo, and an empty answer would hide it.
pub fn bounds(window: &Window) -> Result<Bounds, Failure> {
    let now = Utc::now();
    let read = |flag, value: &Option<String>| {
        value
            .as_deref()
            .map(|value| parse_at(value, now).map_err(|e| bad_time(flag, e)))
            .transpose()
    };
    let bounds = Bounds {
        since: read("--since", &window.since)?,
        until: read("--until", &window.until)?,
    };
    // No --until is now: the listing is pinned to the time it starts.
    if let Some(since) = bounds.since {
        let until = bounds.until.unwrap_or(now);
        check_window(since, until, bounds.until.is_some()).map_err(Failure::Usage)?;
    }
    Ok(bounds)
}

/// The list request a time window describes (shared with `retrigger --all`).
pub fn failures_in(client: &voiso::Client, bounds: Bounds) -> voiso::ListWebhookFailures {
    let mut list = client.webhook_failures().list();
    if let Some(since) = bounds.since {
        list = list.created_since(since);
    }
    if let Some(until) = bounds.until {
        list = list.created_before(until);
    }
    list
}

/// The statuses `--status` takes; `any` (or no flag) means every status.
/// A typo must not silently match nothing.
const STATUSES: &[&str] = &["inactive", "pending", "delivered"];

/// Checks a `--status` value: `Ok(None)` for any status.
pub fn status_filter(status: Option<&str>) -> Result<Option<String>, Failure> {
    match status {
        None | Some("any") => Ok(None),
        Some(s) if STATUSES.contains(&s) => Ok(Some(s.to_string())),
        Some(other) => Err(Failure::Usage(format!(
            "--status: `{other}` is not a status; use one of {}, or any",
            STATUSES.join(", ")
        ))),
    }
}

fn bad_time(flag: &str, why: String) -> Failure {
    Failure::Usage(format!("{flag}: {why}"))
}

pub async fn list_failures(
    client: &voiso::Client,
    args: ListFailures,
) -> Result<ExitCode, Failure> {
    let status = status_filter(args.status.as_deref())?;
    let list = failures_in(client, bounds(&args.window)?);
    let mut out = stdout_printer(args.output);
    let mut stream = std::pin::pin!(list.stream());
    let mut shown = 0u64;
    while let Some(failure) = stream.next().await {
        if args.max.is_some_and(|max| shown >= max) {
            break;
        }
        let failure = failure?;
        if status
            .as_deref()
            .is_some_and(|wanted| failure.status.as_str() != wanted)
        {
            continue;
        }
        out.item(&failure)?;
        shown += 1;
    }
    out.finish("webhook failures")?;
    Ok(ExitCode::SUCCESS)
}

pub async fn get_failure(
    client: &voiso::Client,
    id: &str,
    format: Option<Output>,
) -> Result<ExitCode, Failure> {
    // A pasted ID often brings a space or a newline along.
    let id = voiso::WebhookFailureId::new(id.trim()).map_err(|e| Failure::Usage(e.to_string()))?;
    let failure = match client.webhook_failures().get(&id).await {
        Ok(failure) => failure,
        Err(e) => {
            let what = format!("webhook failure {id}");
            return Err(missing(client, e, &what, "`voiso failures list` prints the IDs").await);
        }
    };
    print_record(&failure, format)?;
    Ok(ExitCode::SUCCESS)
}

pub async fn list_webhooks(
    client: &voiso::Client,
    format: Option<Output>,
) -> Result<ExitCode, Failure> {
    let mut out = stdout_printer(format);
    let mut stream = std::pin::pin!(client.webhooks().list().stream());
    while let Some(webhook) = stream.next().await {
        out.item(&webhook?)?;
    }
    out.finish("webhooks")?;
    Ok(ExitCode::SUCCESS)
}

pub async fn get_webhook(
    client: &voiso::Client,
    id: &str,
    format: Option<Output>,
) -> Result<ExitCode, Failure> {
    let id = voiso::WebhookId::new(id.trim()).map_err(|e| Failure::Usage(e.to_string()))?;
    let webhook = match client.webhooks().get(&id).await {
        Ok(webhook) => webhook,
        Err(e) => {
            let what = format!("webhook {id}");
            return Err(missing(client, e, &what, "`voiso webhooks list` prints the IDs").await);
        }
    };
    print_record(&webhook, format)?;
    Ok(ExitCode::SUCCESS)
}
