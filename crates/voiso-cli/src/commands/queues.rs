//! `voiso queues get` and `voiso queues users`.

use std::process::ExitCode;

use voiso::QueueId;

use crate::args::{ListOutput, Output};
use crate::exit::Failure;
use crate::messages::missing;
use crate::output::{Record, Row, print_record};

use super::{ListStop, cell, print_list_or_api_error};

impl Record for voiso::Queue {}

impl Row for voiso::Queue {
    const COLUMNS: &'static [(&'static str, usize)] =
        &[("ID", 6), ("NAME", 28), ("EXTENSION", 9), ("STRATEGY", 0)];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            cell(&self.extension),
            cell(&self.strategy),
        ]
    }
}

/// Where a queue ID comes from: the API documents no queue listing.
const NO_QUEUE_LIST: &str = "Voiso documents no queue listing: `voiso api routing/queues` \
lists them (an undocumented endpoint), or see Routing > Queues in the Voiso web app";

pub async fn get(
    client: &voiso::Client,
    id: QueueId,
    format: Option<Output>,
) -> Result<ExitCode, Failure> {
    let queue = match client.queues().get(id).await {
        Ok(queue) => queue,
        Err(e) => return Err(missing(client, e, &format!("queue {id}"), NO_QUEUE_LIST).await),
    };
    print_record(&queue, format)?;
    Ok(ExitCode::SUCCESS)
}

pub async fn users(
    client: &voiso::Client,
    id: QueueId,
    list: ListOutput,
) -> Result<ExitCode, Failure> {
    let users = client.queues().users(id).stream();
    match print_list_or_api_error(users, &list, "users in the queue").await {
        Ok(code) => Ok(code),
        Err(ListStop::Api(e)) => {
            Err(missing(client, e, &format!("queue {id}"), NO_QUEUE_LIST).await)
        }
        Err(ListStop::Local(failure)) => Err(failure),
    }
}
