//! The commands for the API areas beyond webhook failures: one module per
//! area, and the one helper every listing goes through; and the two that
//! describe the command itself (completions, man).

pub mod api;
pub mod auth;
pub mod calls;
pub mod campaigns;
pub mod canned_messages;
pub mod completions;
pub mod manual;
pub mod queues;
pub mod users;

use std::process::ExitCode;

use futures::{Stream, StreamExt};

use crate::args::ListOutput;
use crate::exit::Failure;
use crate::output::{Row, stdout_printer};

/// Prints `items` as they stream in, in the chosen format, stopping after
/// `--max`. `what` names the items in the empty-table message.
pub async fn print_list<T: Row>(
    items: impl Stream<Item = Result<T, voiso::Error>>,
    list: &ListOutput,
    what: &str,
) -> Result<ExitCode, Failure> {
    print_list_or_api_error(items, list, what)
        .await
        .map_err(|stop| match stop {
            ListStop::Api(e) => e.into(),
            ListStop::Local(f) => f,
        })
}

/// Why a listing stopped: the API's error is kept whole for a caller that
/// can say more about it (which ID was not found).
pub enum ListStop {
    Api(voiso::Error),
    Local(Failure),
}

pub async fn print_list_or_api_error<T: Row>(
    items: impl Stream<Item = Result<T, voiso::Error>>,
    list: &ListOutput,
    what: &str,
) -> Result<ExitCode, ListStop> {
    let local = |e: std::io::Error| ListStop::Local(e.into());
    let mut out = stdout_printer(list.output);
    let mut items = std::pin::pin!(items);
    let mut shown = 0u64;
    while list.max.is_none_or(|max| shown < max) {
        let Some(item) = items.next().await else {
            break;
        };
        out.item(&item.map_err(ListStop::Api)?).map_err(local)?;
        shown += 1;
    }
    out.finish(what).map_err(local)?;
    Ok(ExitCode::SUCCESS)
}

/// An optional text cell.
fn cell(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}
