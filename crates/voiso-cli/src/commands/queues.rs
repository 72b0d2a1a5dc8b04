//! `voiso queues get` and `voiso queues users`.

use std::process::ExitCode;

use voiso::QueueId;

use crate::args::{ListOutput, Output};
use crate::exit::Failure;
use crate::output::{Row, print_one};

use super::{cell, print_list};

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

pub async fn get(
    client: &voiso::Client,
    id: QueueId,
    format: Option<Output>,
) -> Result<ExitCode, Failure> {
    let queue = client.queues().get(id).await?;
    print_one(&queue, format, "queues")?;
    Ok(ExitCode::SUCCESS)
}

pub async fn users(
    client: &voiso::Client,
    id: QueueId,
    list: ListOutput,
) -> Result<ExitCode, Failure> {
    print_list(
        client.queues().users(id).stream(),
        &list,
        "users in the queue",
    )
    .await
}
