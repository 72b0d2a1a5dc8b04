//! `voiso api PATH`: any path of the API, with the SDK's key, host,
//! retries, deadline and body caps, in the manner of `gh api`. For what the
//! spec does not hold yet (a list of queues, SMS, teams, billing...).

use std::io::Read;
use std::process::ExitCode;

use crate::args::{ApiArgs, ApiRetry};
use crate::exit::Failure;
use crate::output::print_outcome;

pub async fn run(client: &voiso::Client, args: ApiArgs) -> Result<ExitCode, Failure> {
    let body = match &args.input {
        None => None,
        Some(path) => Some(read_body(path)?),
    };
    let method = match &args.method {
        Some(name) => voiso::Method::from_bytes(name.to_ascii_uppercase().as_bytes())
            .map_err(|_| Failure::Usage(format!("--method {name:?} is not an HTTP method")))?,
        None if body.is_some() => voiso::Method::POST,
        None => voiso::Method::GET,
    };
    let mut request = client.request(method, args.path.clone());
    for (key, value) in args.query {
        request = request.query(key, value);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    if let Some(retry) = args.retry {
        request = request.retry(match retry {
            ApiRetry::Idempotent => voiso::RetryClass::Idempotent,
            ApiRetry::Deduplicated => voiso::RetryClass::Deduplicated,
            ApiRetry::Never => voiso::RetryClass::Never,
        });
    }
    let response = match request.await {
        Ok(response) => response,
        Err(error @ voiso::Error::InvalidArgument(_)) => {
            return Err(Failure::Usage(error.to_string()));
        }
        Err(error) if error.may_have_acted() => {
            return Err(Failure::Failed(format!(
                "{}: Voiso's answer was lost and the request was not sent again (retry class \
                 {}), so it may have taken effect once; read the resource before sending it \
                 again",
                crate::messages::describe(&error),
                args.retry.map_or("never", ApiRetry::name)
            )));
        }
        Err(error) => return Err(error.into()),
    };
    if !response.body().is_null() {
        print_outcome(response.body());
    }
    Ok(ExitCode::SUCCESS)
}

fn read_body(path: &std::path::Path) -> Result<serde_json::Value, Failure> {
    let mut text = String::new();
    let shown = path.display();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::Usage(format!("cannot read the body from stdin: {e}")))?;
    } else {
        text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Usage(format!("cannot read --input {shown}: {e}")))?;
    }
    serde_json::from_str(&text).map_err(|e| {
        Failure::Usage(format!(
            "--input {shown} is not JSON ({e}): the body is sent as JSON"
        ))
    })
}
