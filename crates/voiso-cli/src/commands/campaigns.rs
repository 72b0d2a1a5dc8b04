//! `voiso campaigns list|get|pause`.

use std::process::ExitCode;

use futures::StreamExt;
use serde::{Serialize, Serializer};
use voiso::CampaignId;

use crate::args::{ListCampaigns, Output};
use crate::exit::Failure;
use crate::messages::missing;
use crate::output::{Record, Row, is_json, print_outcome, print_record, say};

use super::print_list;

/// A campaign as printed. Its JSON is the whole record Voiso sent
/// (`details`: every field, unknown ones included), not only the few
/// fields `voiso::Campaign` types.
pub struct CampaignRecord(pub voiso::Campaign);

impl Serialize for CampaignRecord {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.details.serialize(serializer)
    }
}

impl Record for CampaignRecord {}

impl Row for CampaignRecord {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("ID", 6),
        ("NAME", 28),
        ("STATUS", 12),
        ("STRATEGY", 14),
        ("METHOD", 0),
    ];
    fn cells(&self) -> Vec<String> {
        let campaign = &self.0;
        let method = campaign.details.get("method");
        vec![
            campaign.id.to_string(),
            campaign.name.clone(),
            campaign.status.to_string(),
            campaign.strategy.clone(),
            method.and_then(|m| m.as_str()).unwrap_or_default().into(),
        ]
    }
}

pub async fn list(client: &voiso::Client, args: ListCampaigns) -> Result<ExitCode, Failure> {
    let mut campaigns = client.campaigns().list();
    if let Some(v) = args.name {
        campaigns = campaigns.name(v);
    }
    if let Some(v) = args.status {
        campaigns = campaigns.status(v.into());
    }
    if let Some(v) = args.strategy {
        campaigns = campaigns.strategy(v);
    }
    if let Some(v) = args.method {
        campaigns = campaigns.method(v);
    }
    if let Some(v) = args.live {
        campaigns = campaigns.live(v);
    }
    let records = campaigns.stream().map(|c| c.map(CampaignRecord));
    print_list(records, &args.list, "campaigns").await
}

pub async fn get(
    client: &voiso::Client,
    id: CampaignId,
    format: Option<Output>,
) -> Result<ExitCode, Failure> {
    let campaign = match client.campaigns().get(id).await {
        Ok(campaign) => campaign,
        Err(e) => {
            let what = format!("campaign {id}");
            return Err(missing(client, e, &what, "`voiso campaigns list` prints the IDs").await);
        }
    };
    print_record(&CampaignRecord(campaign), format)?;
    Ok(ExitCode::SUCCESS)
}

/// Pauses a campaign. The library reads a 409 back: a campaign already
/// paused (or pausing) is what was wanted (exit 0); any other state is a
/// failure naming it. A lost answer is read back too, so the message can say
/// that running it again is safe.
pub async fn pause(
    client: &voiso::Client,
    id: CampaignId,
    format: Option<Output>,
) -> Result<ExitCode, Failure> {
    let json = is_json(format);
    let outcome = |outcome: &str, campaign: Option<&voiso::Campaign>, error: Option<&str>| {
        if json {
            print_outcome(&serde_json::json!({
                "campaign": id.get(),
                "outcome": outcome,
                "name": campaign.map(|c| c.name.clone()),
                "status": campaign.map(|c| c.status.to_string()),
                "error": error,
            }));
        }
    };
    match client.campaigns().pause(id).await {
        Ok(voiso::Paused::Now(campaign)) => {
            outcome("paused", Some(&campaign), None);
            if !json {
                say(format_args!(
                    "campaign {id} ({}) paused: its status is now {}",
                    campaign.name, campaign.status
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        Ok(paused) => {
            let campaign = paused.campaign();
            outcome("already_paused", Some(campaign), None);
            if !json {
                say(format_args!(
                    "campaign {id} ({}) was already {}: nothing to do",
                    campaign.name, campaign.status
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error @ voiso::Error::NotAllowed { .. }) => {
            let message = crate::output::clean(&error.to_string());
            outcome("not_allowed", None, Some(&message));
            Err(Failure::Failed(message))
        }
        Err(error @ voiso::Error::NotFound { .. }) => {
            let what = format!("campaign {id}");
            Err(missing(
                client,
                error,
                &what,
                "`voiso campaigns list` prints the IDs",
            )
            .await)
        }
        // The answer was lost (or the server failed mid-way) and the
        // read-back could not settle it either.
        Err(error) if error.may_have_acted() || error.is_retryable() => {
            let message = format!(
                "{}; whether campaign {id} was paused is not known. It is safe to run again: \
                 `voiso campaigns pause {id}` reads the campaign and pauses it only if it is \
                 still active",
                crate::messages::describe(&error)
            );
            outcome("unknown", None, Some(&message));
            Err(Failure::Failed(message))
        }
        Err(error) => Err(error.into()),
    }
}
