//! `voiso`: list, inspect and bulk-retrigger Voiso webhook failures.

mod args;
mod bulk;
mod connect;
mod demo;
mod exit;
mod journal;
mod output;
mod read;
mod time_arg;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command, Failures, Webhooks};
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
        Command::Mock(mock) => Ok(voiso_mock::serve(mock).await),
        Command::Demo => demo::run().await,
        Command::Failures(Failures::List(list)) => {
            read::list_failures(&connect::client(&cli.connection)?, list).await
        }
        Command::Failures(Failures::Get { id, output }) => {
            read::get_failure(&connect::client(&cli.connection)?, &id, output).await
        }
        Command::Failures(Failures::Retrigger(retrigger)) => {
            bulk::run(&connect::client(&cli.connection)?, retrigger).await
        }
        Command::Webhooks(Webhooks::List { output }) => {
            read::list_webhooks(&connect::client(&cli.connection)?, output).await
        }
        Command::Webhooks(Webhooks::Get { id, output }) => {
            read::get_webhook(&connect::client(&cli.connection)?, &id, output).await
        }
    }
}
