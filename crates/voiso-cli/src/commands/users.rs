//! `voiso users list`.

use std::process::ExitCode;

use crate::args::ListUsers;
use crate::exit::Failure;
use crate::output::Row;

use super::{cell, print_list};

impl Row for voiso::User {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("ID", 36),
        ("NAME", 24),
        ("EMAIL", 32),
        ("EXTENSION", 9),
        ("TIMEZONE", 0),
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            cell(&self.email),
            cell(&self.extension),
            cell(&self.timezone),
        ]
    }
}

pub async fn list(client: &voiso::Client, args: ListUsers) -> Result<ExitCode, Failure> {
    let mut users = client.users().list();
    if let Some(v) = args.name {
        users = users.name(v);
    }
    if let Some(v) = args.email {
        users = users.email(v);
    }
    if let Some(v) = args.sip_account {
        users = users.sip_account(v);
    }
    if let Some(v) = args.security_access_group_id {
        users = users.security_access_group_id(v);
    }
    if let Some(v) = args.extension {
        users = users.extension(v);
    }
    if let Some(v) = args.caller_id {
        users = users.caller_id(v);
    }
    if let Some(v) = args.timezone {
        users = users.timezone(v);
    }
    print_list(users.stream(), &args.list, "users").await
}
