//! `voiso canned-messages list`.

use std::process::ExitCode;

use crate::args::ListOutput;
use crate::exit::Failure;
use crate::output::Row;

use super::print_list;

impl Row for voiso::CannedMessage {
    const COLUMNS: &'static [(&'static str, usize)] =
        &[("ID", 6), ("NAME", 24), ("CHANNELS", 16), ("BODY", 0)];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.channels.join(","),
            self.body.clone().unwrap_or_default(),
        ]
    }
}

pub async fn list(client: &voiso::Client, list: ListOutput) -> Result<ExitCode, Failure> {
    print_list(
        client.canned_messages().list().stream(),
        &list,
        "canned messages",
    )
    .await
}
