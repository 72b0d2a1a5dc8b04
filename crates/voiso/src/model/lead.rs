//! A lead to add to a campaign: this crate's own type, built with
//! [`Lead::new`] and setters, so the generated request type (and its
//! builder) can change without breaking callers.

use std::collections::BTreeMap;
use std::num::NonZeroU32;

use serde::{Deserialize, Serialize};

/// A contact to dial in a campaign.
///
/// ```
/// let lead = voiso::Lead::new("15551234567")
///     .name("John Doe")
///     .priority(10)
///     .source("my_crm", Some("https://crm.example.com/leads/123"))
///     .context_header("X-Call-Context", "promo");
/// assert_eq!(lead.phone_number, "15551234567");
/// ```
///
/// Nothing is checked here: [`Campaigns::add_leads`](crate::Campaigns::add_leads)
/// checks every lead before it sends any and names the first bad one.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    /// Whether the lead should be called in this campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Custom SIP headers sent during dialer calls.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub context_headers: BTreeMap<String, String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// International, with the country code, digits only (no `+`).
    pub phone_number: String,
    /// 1 to 1000; lower means higher priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<NonZeroU32>,
    /// Where the lead comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LeadSource>,
}

/// Where a lead comes from: a system's name and the lead's URL there.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LeadSource {
    /// The system's name (e.g. your CRM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The lead's URL in that system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Lead {
    /// A lead with only its phone number (digits with the country code).
    pub fn new(phone_number: impl Into<String>) -> Self {
        Lead {
            active: None,
            context_headers: BTreeMap::new(),
            name: None,
            phone_number: phone_number.into(),
            priority: None,
            source: None,
        }
    }

    /// Its display name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Its priority, 1 to 1000 (lower first). 0 leaves it unset.
    pub fn priority(mut self, priority: u32) -> Self {
        self.priority = NonZeroU32::new(priority);
        self
    }

    /// Whether it should be called.
    pub fn active(mut self, active: bool) -> Self {
        self.active = Some(active);
        self
    }

    /// Where it comes from.
    pub fn source(mut self, system: impl Into<String>, url: Option<&str>) -> Self {
        self.source = Some(LeadSource {
            system: Some(system.into()),
            url: url.map(str::to_string),
        });
        self
    }

    /// Adds a SIP header sent with its dialer calls.
    pub fn context_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.context_headers.insert(name.into(), value.into());
        self
    }
}
