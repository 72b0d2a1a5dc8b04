//! `voiso`: list, inspect and bulk-retrigger Voiso webhook failures, and the
//! rest of the v4 API (users, queues, canned messages, campaigns, calls).

mod args;
mod bulk;
mod commands;
mod connect;
#[cfg(feature = "mock")]
mod demo;
mod durable;
mod exit;
mod jobs;
mod journal;
mod messages;
mod output;
mod profile;
mod read;
mod time_arg;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{
    Calls, Campaigns, CannedMessages, Cdrs, Cli, Command, Failures, Leads, Queues, Users, Webhooks,
};
use crate::exit::Failure;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout with exit 0, usage errors with 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::USAGE } else { 0 });
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILED);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(failure) => failure.report(),
    }
}

async fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        #[cfg(feature = "mock")]
        Command::Mock(mock) => Ok(voiso_mock::serve(mock).await),
        #[cfg(feature = "mock")]
        Command::Demo => demo::run().await,
        // Both describe the command itself: no client, key or network.
        Command::Auth(args::Auth::Status(status)) => {
            commands::auth::status(&cli.connection, status).await
        }
        Command::Api(api) => commands::api::run(&connect::client(&cli.connection)?, api).await,
        Command::Completions(completions) => commands::completions::print(&completions),
        Command::Man(man) => commands::manual::run(&man),
        Command::Failures(Failures::List(list)) => {
            read::list_failures(&connect::client(&cli.connection)?, list).await
        }
        Command::Failures(Failures::Get { id, output }) => {
            read::get_failure(&connect::client(&cli.connection)?, &id, output).await
        }
        Command::Failures(Failures::Retrigger(retrigger)) => {
            bulk::run(&connect::client(&cli.connection)?, retrigger).await
        }
        #[cfg(feature = "listen")]
        Command::Webhooks(Webhooks::Listen(listen)) => jobs::listen::run(listen).await,
        Command::Webhooks(Webhooks::List { output }) => {
            read::list_webhooks(&connect::client(&cli.connection)?, output).await
        }
        Command::Webhooks(Webhooks::Get { id, output }) => {
            read::get_webhook(&connect::client(&cli.connection)?, &id, output).await
        }
        Command::Users(Users::List(list)) => {
            commands::users::list(&connect::client(&cli.connection)?, list).await
        }
        Command::Queues(Queues::Get { id, output }) => {
            commands::queues::get(&connect::client(&cli.connection)?, id, output).await
        }
        Command::Queues(Queues::Users { id, list }) => {
            commands::queues::users(&connect::client(&cli.connection)?, id, list).await
        }
        Command::CannedMessages(CannedMessages::List(list)) => {
            commands::canned_messages::list(&connect::client(&cli.connection)?, list).await
        }
        Command::Campaigns(Campaigns::List(list)) => {
            commands::campaigns::list(&connect::client(&cli.connection)?, list).await
        }
        Command::Campaigns(Campaigns::Get { id, output }) => {
            commands::campaigns::get(&connect::client(&cli.connection)?, id, output).await
        }
        Command::Campaigns(Campaigns::Pause { id, output }) => {
            commands::campaigns::pause(&connect::client(&cli.connection)?, id, output).await
        }
        Command::Cdrs(Cdrs::Export(export)) => {
            jobs::cdr_export::run(&connect::reading_job_client(&cli.connection)?, export).await
        }
        Command::Cdrs(Cdrs::Sync(sync)) => {
            jobs::sync::sync(&connect::reading_job_client(&cli.connection)?, sync).await
        }
        Command::Cdrs(Cdrs::Verify(verify)) => {
            jobs::sync::verify(&connect::reading_job_client(&cli.connection)?, verify).await
        }
        Command::Cdrs(Cdrs::Schema(schema)) => jobs::sync::schema(&schema),
        Command::Campaigns(Campaigns::Leads(Leads::Import(import))) => {
            jobs::lead_import::run(&connect::client(&cli.connection)?, import).await
        }
        Command::Calls(Calls::Start(start)) => {
            commands::calls::start(&connect::client(&cli.connection)?, start).await
        }
    }
}
