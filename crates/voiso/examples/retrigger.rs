//! Retriggers one webhook failure by ID.
//!
//! ```sh
//! VOISO_API_KEY=... VOISO_CLUSTER_ID=cc-xxx01 cargo run -p voiso --example retrigger -- aabbccddeeff001122334455
//! ```

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let Some(id) = std::env::args().nth(1) else {
        eprintln!("usage: retrigger <webhook failure id>");
        return ExitCode::from(2);
    };
    let client = match voiso::Client::from_env() {
        Ok(client) => client,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    match client.webhook_failures().retrigger(id.as_str()).await {
        Ok(voiso::Retriggered::FailedAgain(failure)) => {
            let reason = failure.reason.as_deref().unwrap_or("no reason given");
            println!("{id} was retriggered, but its delivery failed again: {reason}");
            ExitCode::FAILURE
        }
        Ok(retriggered) => {
            match retriggered.failure() {
                Some(failure) => println!("{id} is now {}", failure.status),
                None => println!("{id} was retriggered"),
            }
            ExitCode::SUCCESS
        }
        Err(voiso::Error::Conflict { .. }) => {
            println!("{id} cannot be retriggered now (already pending?)");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(if error.is_auth() { 3 } else { 1 })
        }
    }
}
