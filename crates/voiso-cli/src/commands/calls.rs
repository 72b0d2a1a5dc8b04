//! `voiso calls start`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use crate::args::StartCall;
use crate::exit::Failure;
use crate::output::{clean, is_json, print_outcome, say};

/// Starts one call and prints its ID. Never retried here: the library
/// already refuses to repeat a call whose outcome is unknown
/// (`Error::MayHaveStarted`), and so does this command (exit 1).
pub async fn start(client: &voiso::Client, args: StartCall) -> Result<ExitCode, Failure> {
    let json = is_json(args.output);
    let user = args.user;
    let mut call = client.calls().start(user, args.phone);
    if let Some(caller_id) = args.caller_id {
        call = call.caller_id(caller_id);
    }
    match call.await {
        Ok(id) if json => {
            print_outcome(&serde_json::json!({
                "outcome": "started", "call_id": id.to_string(), "user": user.to_string(),
            }));
            Ok(ExitCode::SUCCESS)
        }
        Ok(id) => {
            say(id);
            Ok(ExitCode::SUCCESS)
        }
        // Checked before anything was sent, e.g. a phone number with a `+`.
        Err(error @ voiso::Error::InvalidArgument(_)) => Err(Failure::Usage(error.to_string())),
        // The reasons (e.g. "user is not available") are about what was
        // typed on this command line, so they are shown in full.
        Err(voiso::Error::Validation { status, errors, .. }) if !errors.is_empty() => {
            let message = format!("Voiso refused the call ({status}): {}", reasons(&errors));
            if json {
                print_outcome(&serde_json::json!({
                    "outcome": "refused", "user": user.to_string(), "error": message,
                }));
            }
            Err(Failure::Failed(message))
        }
        Err(voiso::Error::MayHaveStarted { cause, .. }) => {
            let message = format!(
                "the call may have started: Voiso's answer was lost ({}). It was not sent again, \
                 so the phone cannot ring twice; check the agent or `voiso cdrs export --since \
                 1h` before starting it again",
                lost(&cause)
            );
            if json {
                print_outcome(&serde_json::json!({
                    "outcome": "may_have_started", "user": user.to_string(), "error": message,
                }));
            }
            Err(Failure::Failed(message))
        }
        Err(error) => Err(error.into()),
    }
}

/// How an answer was lost, in a few words (the cause's own message says
/// "retry", which is the wrong advice here).
fn lost(cause: &voiso::Error) -> String {
    match (cause, cause.status()) {
        (voiso::Error::Server { .. }, Some(status)) => format!("a {status} answer"),
        (_, Some(status)) => format!("an unreadable {status} answer"),
        (voiso::Error::Timeout, None) => "it timed out".into(),
        (voiso::Error::Network { .. }, None) => "the connection broke".into(),
        (_, None) => "no answer".into(),
    }
}

/// `field message; field message`, control characters removed.
fn reasons(errors: &BTreeMap<String, Vec<String>>) -> String {
    let all: Vec<String> = errors
        .iter()
        .flat_map(|(field, messages)| messages.iter().map(move |m| format!("{field} {m}")))
        .collect();
    clean(&all.join("; "))
}
