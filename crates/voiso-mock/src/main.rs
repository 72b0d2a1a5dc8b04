//! `voiso-mock`: the mock server as a command.

use std::process::ExitCode;

use clap::Parser;

/// A local Voiso server with the API's real behaviour, for tests and demos.
#[derive(Debug, Parser)]
#[command(name = "voiso-mock", version)]
struct Cli {
    #[command(flatten)]
    args: voiso_mock::MockArgs,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    // Logs go to stderr: stdout's first line belongs to the listening address.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .try_init();
    voiso_mock::serve(cli.args).await
}
