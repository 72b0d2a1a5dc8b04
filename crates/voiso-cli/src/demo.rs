//! `voiso demo`: the first command a newcomer runs. An embedded mock stands
//! in for a contact center, so it needs no account, no key and no network.

use std::process::ExitCode;

use futures::StreamExt;
use voiso_mock::{DEFAULT_KEY, MockConfig, MockServer};

use crate::args::Output;
use crate::bulk::execute;
use crate::exit::Failure;
use crate::output::{Printer, text};

/// Enough failures to show paging and progress, few enough to finish in seconds.
const DEMO_FAILURES: usize = 150;

pub async fn run() -> Result<ExitCode, Failure> {
    let config = MockConfig::default().failures(DEMO_FAILURES);
    let server = MockServer::start(config)
        .await
        .map_err(|e| Failure::Failed(format!("cannot start the embedded mock: {e}")))?;
    text(format_args!(
        "Started a local Voiso mock at {} with {DEMO_FAILURES} webhook failures (key `{DEFAULT_KEY}`).",
        server.base_url()
    ));
    let outcome = demo(&server).await;
    server.shutdown().await;
    outcome
}

async fn demo(server: &MockServer) -> Result<ExitCode, Failure> {
    let client = voiso::Client::builder()
        .base_url(server.base_url())
        .api_key(DEFAULT_KEY)
        .build()?;

    text("\n$ voiso failures list --status inactive --max 5");
    let mut inactive = Vec::new();
    let mut pending = 0;
    let mut table = Printer::new(Output::Table, std::io::stdout().lock());
    let mut failures = std::pin::pin!(client.webhook_failures().list().stream());
    while let Some(failure) = failures.next().await {
        let failure = failure?;
        match failure.status {
            voiso::WebhookFailureStatus::Inactive => {
                if inactive.len() < 5 {
                    table.item(&failure)?;
                }
                inactive.push(voiso::RetriggerTarget::from(&failure));
            }
            _ => pending += 1,
        }
    }
    table.finish("webhook failures")?;
    text(format_args!(
        "... {} inactive and {pending} in other states, across every page.",
        inactive.len()
    ));

    text("\n$ voiso failures retrigger --all --status inactive");
    let wanted = inactive.len();
    let report = execute(&client, inactive, 8, None).await?;
    let code = report.print();

    let counts = server.retrigger_counts();
    let once = counts.values().filter(|&&n| n == 1).count();
    text(format_args!(
        "\nThe mock counted {once} of {wanted} failures retriggered exactly once{}.",
        if counts.values().any(|&n| n > 1) {
            ", and some more than once: a bug, please report it"
        } else {
            ""
        }
    ));
    text("Next: `voiso mock` runs this server on its own; point the CLI at it with");
    text(format_args!(
        "VOISO_BASE_URL=http://127.0.0.1:8080 VOISO_API_KEY={DEFAULT_KEY} voiso failures list"
    ));
    Ok(code)
}
