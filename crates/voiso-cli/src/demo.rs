//! `voiso demo`: the first command a newcomer runs. An embedded mock stands
//! in for a contact center, so it needs no account, no key and no network.

use std::process::ExitCode;
use std::time::Duration;

use futures::StreamExt;
use voiso_mock::{DEFAULT_KEY, DeliverySummary, MockConfig, MockServer, WebhookDelivery};

use crate::args::{CdrExport, ExportFormat, LeadImport, Output, SummaryOutput};
use crate::bulk::execute;
use crate::exit::Failure;
use crate::jobs::listen;
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
    let report = execute(&client, inactive, 8, None, false).await?;
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
    export_and_import(&client).await?;
    let code = match webhook_loop().await? {
        ExitCode::SUCCESS => code,
        failed => failed,
    };

    text("\nNext: `voiso mock` runs this server on its own; point the CLI at it with");
    text(format_args!(
        "VOISO_BASE_URL=http://127.0.0.1:8080 VOISO_API_KEY={DEFAULT_KEY} voiso failures list"
    ));
    Ok(code)
}

/// The integrator's two daily jobs, small: a day of CDRs to a file, and a
/// CSV of leads (three of them invalid on purpose) into a campaign.
async fn export_and_import(client: &voiso::Client) -> Result<(), Failure> {
    let dir = std::env::temp_dir().join(format!("voiso-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Failed(format!("cannot create {}: {e}", dir.display())))?;
    let outcome = jobs_in(client, &dir).await;
    let _ = std::fs::remove_dir_all(&dir);
    outcome
}

async fn jobs_in(client: &voiso::Client, dir: &std::path::Path) -> Result<(), Failure> {
    let cdrs = dir.join("cdrs.ndjson");
    text(format_args!(
        "\n$ voiso cdrs export --since 7d --parallel 4 --out {}",
        cdrs.display()
    ));
    let export = CdrExport {
        since: "7d".into(),
        until: None,
        types: Vec::new(),
        output: ExportFormat::Ndjson,
        out: Some(cdrs.clone()),
        parallel: 4,
        checkpoint: None,
        columns: None,
    };
    crate::jobs::cdr_export::run(client, export).await?;
    let written = std::fs::read_to_string(&cdrs).unwrap_or_default();
    text(format_args!(
        "{} CDRs of the last week written, newest first; the first one:",
        written.lines().count()
    ));
    if let Some(first) = written.lines().next() {
        text(format_args!("  {first}"));
    }

    let campaign = client
        .campaigns()
        .list()
        .status(voiso::CampaignStatus::Active)
        .send()
        .await?
        .items
        .first()
        .map(|c| c.id)
        .ok_or_else(|| Failure::Failed("the mock has no active campaign".into()))?;
    let csv = dir.join("leads.csv");
    let mut rows = String::from("phone_number,name,priority,active,source_system,source_url\n");
    for i in 0..12 {
        rows.push_str(&format!(
            "1555010{i:04},Lead {i},{},true,demo-crm,\n",
            10 + i
        ));
    }
    rows.push_str("1555-NOT-A-NUMBER,Typo,5,true,demo-crm,\n");
    rows.push_str("15550109999,Too eager,2000,true,demo-crm,\n");
    rows.push_str("15550108888,Unsure,5,maybe,demo-crm,\n");
    std::fs::write(&csv, rows)
        .map_err(|e| Failure::Failed(format!("cannot write {}: {e}", csv.display())))?;
    text(format_args!(
        "\n$ voiso campaigns leads import {campaign} --file {}    # 3 rows invalid on purpose",
        csv.display()
    ));
    let import = LeadImport {
        campaign,
        file: csv,
        journal: None,
        report: None,
        dry_run: false,
        delimiter: None,
        map: Vec::new(),
        ignore_columns: Vec::new(),
        output: Some(SummaryOutput::Table),
    };
    // Exit 1 is what the invalid rows call for; the demo goes on.
    crate::jobs::lead_import::run(client, import).await?;
    Ok(())
}

/// Events in the webhook loop, and how fast they come: a few seconds.
const LOOP_EVENTS: u64 = 200;
const LOOP_RATE: f64 = 100.0;
const LOOP_SECRET: &str = "demo-webhook-secret";

/// The retrigger story for real: the mock delivers to a local listener,
/// the listener goes down for a while (deliveries fail and turn
/// inactive), comes back, and `failures retrigger --all` brings every
/// missed event, each stored once.
async fn webhook_loop() -> Result<ExitCode, Failure> {
    let dir = std::env::temp_dir().join(format!("voiso-demo-hooks-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Failed(format!("cannot create {}: {e}", dir.display())))?;
    let outcome = webhook_loop_in(&dir).await;
    let _ = std::fs::remove_dir_all(&dir);
    outcome
}

async fn webhook_loop_in(dir: &std::path::Path) -> Result<ExitCode, Failure> {
    let out = dir.join("events.ndjson");
    let verifier = || voiso::events::Verifier::new().secret(LOOP_SECRET);
    let any_port = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let listener = listen::start(any_port, verifier(), &out).await?;
    let addr = listener.addr();
    text(format_args!(
        "\n$ voiso webhooks listen --addr {addr} --secret {LOOP_SECRET} --out {}",
        out.display()
    ));
    let delivery = WebhookDelivery::new(format!("http://{addr}/voiso"))
        .events(LOOP_EVENTS, LOOP_RATE)
        .secret(LOOP_SECRET)
        .timeout(Duration::from_secs(2))
        .retry_delay(Duration::from_millis(100));
    let server = MockServer::start(MockConfig::default().failures(0).webhook_delivery(delivery))
        .await
        .map_err(|e| Failure::Failed(format!("cannot start the delivering mock: {e}")))?;
    text(format_args!(
        "$ voiso mock --failures 0 --webhook-url http://{addr}/voiso --events {LOOP_EVENTS} \
         --events-per-s {LOOP_RATE} --webhook-secret {LOOP_SECRET} --retry-delay-ms 100"
    ));
    let outcome = outage(&server, listener, verifier, &out).await;
    server.shutdown().await;
    outcome
}

async fn outage(
    server: &MockServer,
    listener: listen::Running,
    verifier: impl Fn() -> voiso::events::Verifier,
    out: &std::path::Path,
) -> Result<ExitCode, Failure> {
    let addr = listener.addr();
    wait_for(server, |s| s.generated >= LOOP_EVENTS * 3 / 10).await;
    listener.stop().await.map_err(listener_failed)?;
    text("... the listener is down: deliveries fail, retried every 100 ms, inactive after five");
    wait_for(server, |s| s.generated >= LOOP_EVENTS * 7 / 10).await;
    let listener = listen::start(addr, verifier(), out).await?;
    text("... the listener is back (same address, same file)");
    let before = wait_for(server, |s| s.generated == LOOP_EVENTS && s.in_flight == 0).await;

    text("\n$ voiso failures retrigger --all");
    let client = voiso::Client::builder()
        .base_url(server.base_url())
        .api_key(DEFAULT_KEY)
        .build()?;
    let mut inactive = Vec::new();
    let mut failures = std::pin::pin!(client.webhook_failures().list().stream());
    while let Some(failure) = failures.next().await {
        let failure = failure?;
        if failure.status == voiso::WebhookFailureStatus::Inactive {
            inactive.push(voiso::RetriggerTarget::from(&failure));
        }
    }
    let report = execute(&client, inactive, 8, None, false).await?;
    let code = report.print();
    let after = wait_for(server, |s| s.in_flight == 0).await;
    listener.stop().await.map_err(listener_failed)?;

    let lines = std::fs::read_to_string(out).unwrap_or_default();
    let mut keys = std::collections::BTreeSet::new();
    let mut stored = 0u64;
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(line) {
            stored += 1;
            keys.insert(voiso::events::DedupKey::of_stored(&value));
        }
    }
    let once = stored == keys.len() as u64 && stored == after.generated;
    text(format_args!(
        "\nEvents generated:            {}\n\
         Delivered first time:        {}\n\
         Delivered by a mock retry:   {}\n\
         Inactive after the outage:   {}\n\
         Delivered after retrigger:   {}\n\
         Stored once each:            {stored} of {} {}",
        after.generated,
        after.delivered_first_time,
        after.delivered_after_retry,
        before.inactive,
        after.delivered_after_retrigger,
        after.generated,
        if once {
            "(none missed, none twice)"
        } else {
            "(MISMATCH: a bug, please report it)"
        },
    ));
    Ok(if once { code } else { ExitCode::FAILURE })
}

/// The mock's delivery counts once `done` holds for them. The stream and
/// its retries end on their own: this only watches.
async fn wait_for(server: &MockServer, done: impl Fn(&DeliverySummary) -> bool) -> DeliverySummary {
    loop {
        let summary = server.delivery_summary();
        if done(&summary) {
            return summary;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn listener_failed(e: std::io::Error) -> Failure {
    Failure::Failed(format!("the demo's listener failed: {e}"))
}
