//! The contact center behind the operations beyond webhooks: users (some
//! of them agents not available for calls), queues and their users, canned
//! messages, campaigns in every documented status with their leads, and the
//! calls started. All generated from the seed, on a stream of its own so
//! that the webhook data does not change.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, Utc};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::seed::uuid_v4;
use serde_json::{Map, Value};
use voiso_api::types::{
    AmdVoicemailMessage, CallerIdGroupRef, CallerIdSet, Campaign, CannedMessage, DialLevelOverride,
    Lead, LeadsImport, MediaRef, Queue, QueueAnnouncement, QueueCallback, QueueFailover,
    QueuePostCallRating, SecurityAccessGroupRef, TeamRef, User,
};

use crate::cdr::{StartedCall, mix};

/// The documented campaign statuses.
pub const CAMPAIGN_STATUSES: [&str; 11] = [
    "draft",
    "active",
    "paused",
    "stopping",
    "completed",
    "processing",
    "stopped",
    "auto_paused",
    "pausing",
    "auto_pausing",
    "import_error",
];

/// A second import into one campaign this soon after the last accepted one
/// is refused, as the admin docs ask clients to wait.
pub(crate) const IMPORT_SPACING: StdDuration = StdDuration::from_secs(2);
/// The most leads one request may carry.
pub(crate) const MAX_LEADS: usize = voiso_api::limits::LEADS_IMPORT_REQUEST_MAX_ITEMS;

const USERS: usize = 40;
const FIRST: [&str; 20] = [
    "Jane", "John", "Maria", "Ahmed", "Li", "Olga", "Carlos", "Fatima", "Noah", "Emma", "Lucas",
    "Aisha", "Mateo", "Sofia", "Ivan", "Chloe", "Kenji", "Zara", "Omar", "Elena",
];
const LAST: [&str; 12] = [
    "Doe", "Smith", "Garcia", "Khan", "Wei", "Petrova", "Silva", "Haddad", "Brown", "Martin",
    "Rossi", "Novak",
];
const TIMEZONES: [&str; 5] = [
    "America/New_York",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Dubai",
    "America/Los_Angeles",
];
const GROUPS: [(i64, &str); 4] = [
    (1, "Administrators"),
    (2, "Supervisors"),
    (3, "Boarding"),
    (4, "Agents"),
];
const TEAMS: [(i64, &str); 5] = [
    (1, "Sales"),
    (2, "Retention"),
    (3, "Multilingual Support"),
    (4, "Technical Support"),
    (5, "Collections"),
];
const QUEUES: [(&str, &str); 6] = [
    ("Technical Support", "ring_all"),
    ("Sales", "round_robin"),
    ("Billing", "ring_all"),
    ("Retention", "least_recent"),
    ("VIP Customers", "ring_all"),
    ("Spanish Line", "fewest_calls"),
];
const CANNED: [(&str, &str, &[&str]); 12] = [
    (
        "Payment Confirmation",
        "Thank you for your payment of {{amount}}.",
        &["sms", "whatsapp", "telegram"],
    ),
    (
        "Greeting",
        "Hello {{first_name}}, how can we help you today?",
        &["whatsapp", "telegram"],
    ),
    (
        "Order Shipped",
        "Your order {{order_id}} is on its way.",
        &["sms"],
    ),
    (
        "Callback Offer",
        "We missed your call. Reply YES for a callback.",
        &["sms", "whatsapp"],
    ),
    (
        "Appointment Reminder",
        "Reminder: your appointment is on {{date}}.",
        &["sms"],
    ),
    (
        "Survey",
        "How did we do? Rate us from 1 to 5.",
        &["whatsapp"],
    ),
    (
        "Out of Office",
        "Our office is closed; we reply from {{opening_time}}.",
        &["sms", "whatsapp", "telegram"],
    ),
    ("Password Reset", "Your reset code is {{code}}.", &["sms"]),
    (
        "Welcome",
        "Welcome to {{company}}, {{first_name}}!",
        &["whatsapp", "telegram"],
    ),
    (
        "Closing",
        "Thanks for chatting with us. Have a great day!",
        &["whatsapp", "telegram"],
    ),
    (
        "Promo",
        "Use {{promo_code}} for 10% off until {{date}}.",
        &["sms", "whatsapp"],
    ),
    (
        "Escalation",
        "A supervisor will contact you within {{hours}} hours.",
        &["telegram"],
    ),
];
const CAMPAIGN_NAMES: [&str; 16] = [
    "Summer Outreach Campaign",
    "Winter Renewals",
    "Spring Promo",
    "Payment Reminders",
    "Lapsed Customers Win-back",
    "Webinar Follow-up",
    "Summer Survey",
    "Black Friday Leads",
    "Premium Upsell",
    "Debt Collection Q1",
    "Imported Leads March",
    "Onboarding Calls",
    "Loyalty Program",
    "Event Invitations",
    "Autumn Outreach",
    "Customer Satisfaction",
];
/// The dialing methods; none are documented.
const METHODS: [&str; 3] = ["progressive", "preview", "predictive"];

/// One accepted lead import, for `/_mock/state`.
#[derive(Debug, Clone)]
pub(crate) struct Import {
    pub at: DateTime<Utc>,
    pub count: usize,
}

struct CampaignEntry {
    campaign: Campaign,
    leads: HashSet<String>,
    imports: Vec<Import>,
    last_accepted: Option<Instant>,
}

struct QueueEntry {
    queue: Queue,
    members: Vec<usize>,
}

/// Why a pause was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PauseError {
    NotFound,
    Conflict(String),
}

/// Why a lead import was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ImportError {
    NotFound,
    TooSoon,
}

/// Whether `user_id` can take a call.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Agent {
    Unknown,
    Unavailable,
    Available,
}

pub(crate) struct Center {
    users: Vec<User>,
    user_ids: Vec<String>,
    available: Vec<bool>,
    by_user_id: HashMap<String, usize>,
    queues: Vec<QueueEntry>,
    canned: Vec<CannedMessage>,
    campaigns: Vec<CampaignEntry>,
    calls: Vec<StartedCall>,
    call_key: u64,
}

/// Filters of `listUsers`, each an exact match.
#[derive(Debug, Default)]
pub(crate) struct UserFilter {
    pub name: Option<String>,
    pub email: Option<String>,
    pub sip_account: Option<String>,
    pub security_access_group_id: Option<i64>,
    pub extension: Option<String>,
    pub caller_id: Option<String>,
    pub timezone: Option<String>,
}

impl UserFilter {
    fn matches(&self, u: &User) -> bool {
        fn eq(want: &Option<String>, have: &Option<String>) -> bool {
            want.as_ref().is_none_or(|w| have.as_ref() == Some(w))
        }
        self.name.as_ref().is_none_or(|n| *n == u.name)
            && eq(&self.email, &u.email)
            && eq(&self.sip_account, &u.sip_account)
            && eq(&self.extension, &u.extension)
            && eq(&self.caller_id, &u.caller_id)
            && eq(&self.timezone, &u.timezone)
            && self
                .security_access_group_id
                .is_none_or(|id| u.security_access_group.as_ref().is_some_and(|g| g.id == id))
    }
}

/// Filters of `listCampaigns`: `name` is a case-insensitive partial match.
#[derive(Debug, Default)]
pub(crate) struct CampaignFilter {
    pub name: Option<String>,
    pub status: Option<String>,
    pub strategy: Option<String>,
    pub method: Option<String>,
    pub live: Option<bool>,
}

impl CampaignFilter {
    fn matches(&self, c: &Campaign) -> bool {
        self.name
            .as_ref()
            .is_none_or(|n| c.name.to_lowercase().contains(&n.to_lowercase()))
            && self.status.as_ref().is_none_or(|s| *s == c.status)
            && self.strategy.as_ref().is_none_or(|s| *s == c.strategy)
            && self
                .method
                .as_ref()
                .is_none_or(|m| c.extra.get("method").and_then(Value::as_str) == Some(m))
            && self
                .live
                .is_none_or(|l| c.extra.get("live").and_then(Value::as_bool) == Some(l))
    }
}

fn team(id: i64) -> TeamRef {
    let (id, name) = TEAMS[(id - 1) as usize];
    build!(TeamRef {
        id,
        name: name.to_owned(),
        extra: Map::new(),
    })
}

fn media(kind: &str, name: &str) -> MediaRef {
    build!(MediaRef {
        name: name.to_owned(),
        type_: kind.to_owned(),
        extra: Map::new(),
    })
}

fn page<T: Clone>(items: &[T], offset: u64, limit: usize) -> Vec<T> {
    let start = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(items.len());
    items[start..].iter().take(limit).cloned().collect()
}

/// Whether a number can be dialled: 7 to 15 digits (E.164 without `+`).
pub(crate) fn valid_number(number: &str) -> bool {
    (7..=15).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

impl Center {
    pub(crate) fn generate(seed: u64, anchor: DateTime<Utc>) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6365_6e74_6572);
        let mut first = FIRST;
        let mut last = LAST;
        first.shuffle(&mut rng);
        last.shuffle(&mut rng);

        let mut users = Vec::with_capacity(USERS);
        for i in 0..USERS {
            let (f, l) = (
                first[i % FIRST.len()],
                last[(i * 7 + i / FIRST.len()) % LAST.len()],
            );
            let login = format!("{}.{}", f.to_lowercase(), l.to_lowercase());
            let group = match i {
                0 => GROUPS[0],
                1..=3 => GROUPS[1],
                _ => GROUPS[2 + rng.random_range(0..2)],
            };
            let mut teams: Vec<i64> = vec![rng.random_range(1..=5)];
            if rng.random_bool(0.3) {
                let other = rng.random_range(1..=5);
                if other != teams[0] {
                    teams.push(other);
                }
            }
            teams.sort_unstable();
            let supervised = if group.0 == 2 { teams.clone() } else { vec![] };
            let id = uuid_v4(&mut rng);
            // The type of `id` is the spec's UUID; it is read from its text.
            let id: uuid::Uuid = serde_json::from_value(Value::String(id)).expect("a v4 UUID");
            users.push(build!(User {
                caller_id: Some(format!("1202555{:04}", 100 + i)),
                email: Some(format!("{login}@example.com")),
                employee_id: Some(format!("E-{}", 400 + i)),
                extension: Some((100 + i).to_string()),
                id,
                name: format!("{f} {l}"),
                security_access_group: Some(build!(SecurityAccessGroupRef {
                    id: group.0,
                    name: group.1.to_owned(),
                    extra: Map::new(),
                })),
                sip_account: Some(format!("{login}@sip.example.com")),
                supervised_teams: supervised.into_iter().map(team).collect::<Vec<_>>(),
                teams: teams.into_iter().map(team).collect::<Vec<_>>(),
                timezone: Some(TIMEZONES[rng.random_range(0..TIMEZONES.len())].to_owned()),
                extra: Map::new(),
            }));
        }
        let user_ids: Vec<String> = users.iter().map(|u| u.id.to_string()).collect();
        let by_user_id = user_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        // About one agent in four is signed out or not Available.
        let shift = (mix(seed) % 4) as usize;
        let available = (0..USERS).map(|i| !(i + shift).is_multiple_of(4)).collect();

        let queues = QUEUES
            .iter()
            .enumerate()
            .map(|(i, &(name, strategy))| {
                let id = i as i64 + 1;
                let mut members: Vec<usize> =
                    (0..USERS).filter(|_| rng.random_bool(0.3)).collect();
                if members.is_empty() {
                    members.push(i % USERS);
                }
                let full = i % 2 == 0;
                let queue = build!(Queue {
                    callback: full.then(|| build!(QueueCallback {
                        caller_id_group: Some(build!(CallerIdGroupRef {
                            id: 1,
                            name: "Default".to_string(),
                            extra: Map::new(),
                        })),
                        confirmation_voice_message: Some(media(
                            "voice_message",
                            "Callback confirmed",
                        )),
                        offer_voice_message: Some(media("voice_message", "Offer callback")),
                        wait_time: Some(300),
                        extra: Map::new(),
                    })),
                    extension: Some((4000 + i).to_string()),
                    failover_destination: full.then(|| {
                        let destination = serde_json::json!({
                            "voicemail": {
                                "voice_message": {"type": "voice_message", "name": "Leave a message"},
                                "report": {"emails": ["supervisor@example.com"]}
                            }
                        });
                        build!(QueueFailover {
                            destination: destination.as_object().cloned().unwrap_or_default(),
                            type_: Some("voicemail".into()),
                            wait_time: Some(300),
                            extra: Map::new(),
                        })
                    }),
                    id,
                    in_queue_announcement: Some(build!(QueueAnnouncement {
                        announce_position: Some(true),
                        announce_wait_time: Some(full),
                        interval: Some(60),
                        voice_message: Some(media("voice_message", "Instructions")),
                        extra: Map::new(),
                    })),
                    music_on_hold: Some(media("music_on_hold", "Morning coffee (Default)")),
                    name: name.to_owned(),
                    post_call_rating: full.then(|| build!(QueuePostCallRating {
                        instruction_voice_message: Some(media(
                            "voice_message",
                            "Survey instructions",
                        )),
                        notification_voice_message: Some(media(
                            "voice_message",
                            "Survey notification",
                        )),
                        extra: Map::new(),
                    })),
                    strategy: Some(strategy.to_owned()),
                    extra: Map::new(),
                });
                QueueEntry { queue, members }
            })
            .collect();

        let canned = CANNED
            .iter()
            .enumerate()
            .map(|(i, &(name, body, channels))| {
                let mut teams: Vec<i64> = (1..=5).filter(|_| rng.random_bool(0.3)).collect();
                if teams.is_empty() {
                    teams.push(3);
                }
                build!(CannedMessage {
                    body: Some(body.to_owned()),
                    channels: channels.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>(),
                    id: 10 + i as i64,
                    name: name.to_owned(),
                    teams: teams.into_iter().map(team).collect::<Vec<_>>(),
                    extra: Map::new(),
                })
            })
            .collect();

        // Every status once, then more active ones (and a few others).
        let statuses = CAMPAIGN_STATUSES.iter().copied().chain([
            "active",
            "active",
            "active",
            "paused",
            "completed",
        ]);
        let campaigns = statuses
            .zip(CAMPAIGN_NAMES)
            .enumerate()
            .map(|(i, (status, name))| {
                let created_at = anchor - Duration::days(rng.random_range(40..200));
                let updated_at = created_at + Duration::days(rng.random_range(0..30));
                let predictive = rng.random_bool(0.4);
                let mut extra = Map::new();
                extra.insert(
                    "method".into(),
                    Value::from(METHODS[rng.random_range(0..METHODS.len())]),
                );
                extra.insert("live".into(), Value::from(rng.random_bool(0.5)));
                let campaign = build!(Campaign {
                    amd_enabled: Some(rng.random_bool(0.5)),
                    amd_voicemail_message: Some(build!(AmdVoicemailMessage {
                        enabled: Some(false),
                        voice_message: Some(media("voice_message", "Instructions")),
                        extra: Map::new(),
                    })),
                    asr_optimization_enabled: Some(predictive),
                    caller_id_sets: Some(vec![build!(CallerIdSet {
                        phone_numbers: vec![
                            format!("188856500{:02}", 2 * i + 1),
                            format!("188856500{:02}", 2 * i + 2),
                        ],
                        extra: Map::new(),
                    })]),
                    created_at: Some(created_at),
                    dial_level: if predictive { 1.5 } else { 1.0 },
                    dial_level_override: predictive.then(|| build!(DialLevelOverride {
                        active_agents_threshold: Some(3),
                        enabled: Some(true),
                        value: Some(2.0),
                        extra: Map::new(),
                    })),
                    follow_up_mode: Some("timer".into()),
                    id: i as i64 + 1,
                    max_dial_attempts: Some(rng.random_range(1..=5)),
                    max_dial_time: Some(60),
                    max_wait_time: Some(5),
                    name: name.to_owned(),
                    status: status.to_owned(),
                    strategy: if predictive {
                        "predictive_ai"
                    } else {
                        "simple"
                    }
                    .to_owned(),
                    updated_at: Some(updated_at),
                    use_local_caller_id: Some(false),
                    extra,
                });
                let leads = (0..rng.random_range(0..30))
                    .map(|_| format!("1555{:07}", rng.random_range(0..10_000_000)))
                    .collect();
                CampaignEntry {
                    campaign,
                    leads,
                    imports: Vec::new(),
                    last_accepted: None,
                }
            })
            .collect();

        Self {
            users,
            user_ids,
            available,
            by_user_id,
            queues,
            canned,
            campaigns,
            calls: Vec::new(),
            call_key: mix(seed ^ 0x6361_6c6c),
        }
    }

    /// The users' IDs, in list order.
    pub(crate) fn user_ids(&self) -> &[String] {
        &self.user_ids
    }

    pub(crate) fn queue_ids(&self) -> Vec<i64> {
        self.queues.iter().map(|q| q.queue.id).collect()
    }

    pub(crate) fn list_users(
        &self,
        f: &UserFilter,
        offset: u64,
        limit: usize,
    ) -> (Vec<User>, usize) {
        let matching: Vec<&User> = self.users.iter().filter(|u| f.matches(u)).collect();
        let page = page(&matching, offset, limit)
            .into_iter()
            .cloned()
            .collect();
        (page, matching.len())
    }

    pub(crate) fn queue(&self, id: i64) -> Option<&Queue> {
        self.queues
            .iter()
            .find(|q| q.queue.id == id)
            .map(|q| &q.queue)
    }

    pub(crate) fn queue_users(
        &self,
        id: i64,
        offset: u64,
        limit: usize,
    ) -> Option<(Vec<User>, usize)> {
        let entry = self.queues.iter().find(|q| q.queue.id == id)?;
        let members: Vec<&User> = entry.members.iter().map(|&i| &self.users[i]).collect();
        let page = page(&members, offset, limit).into_iter().cloned().collect();
        Some((page, members.len()))
    }

    pub(crate) fn canned_messages(&self, offset: u64, limit: usize) -> (Vec<CannedMessage>, usize) {
        (page(&self.canned, offset, limit), self.canned.len())
    }

    pub(crate) fn list_campaigns(
        &self,
        f: &CampaignFilter,
        offset: u64,
        limit: usize,
    ) -> (Vec<Campaign>, usize) {
        let matching: Vec<&Campaign> = self
            .campaigns
            .iter()
            .map(|c| &c.campaign)
            .filter(|c| f.matches(c))
            .collect();
        let page = page(&matching, offset, limit)
            .into_iter()
            .cloned()
            .collect();
        (page, matching.len())
    }

    pub(crate) fn campaign(&self, id: i64) -> Option<&Campaign> {
        self.campaign_entry(id).map(|c| &c.campaign)
    }

    fn campaign_entry(&self, id: i64) -> Option<&CampaignEntry> {
        self.campaigns.iter().find(|c| c.campaign.id == id)
    }

    fn campaign_entry_mut(&mut self, id: i64) -> Option<&mut CampaignEntry> {
        self.campaigns.iter_mut().find(|c| c.campaign.id == id)
    }

    /// `active` becomes `paused`; any other status cannot be paused.
    pub(crate) fn pause(&mut self, id: i64, now: DateTime<Utc>) -> Result<Campaign, PauseError> {
        let entry = self.campaign_entry_mut(id).ok_or(PauseError::NotFound)?;
        let campaign = &mut entry.campaign;
        if campaign.status != "active" {
            return Err(PauseError::Conflict(campaign.status.clone()));
        }
        campaign.status = "paused".into();
        campaign.updated_at = Some(now);
        Ok(campaign.clone())
    }

    /// Whether the campaign exists, and if so whether an import may start.
    pub(crate) fn import_allowed(&self, id: i64, now: Instant) -> Result<(), ImportError> {
        let entry = self.campaign_entry(id).ok_or(ImportError::NotFound)?;
        match entry.last_accepted {
            Some(last) if now.saturating_duration_since(last) < IMPORT_SPACING => {
                Err(ImportError::TooSoon)
            }
            _ => Ok(()),
        }
    }

    /// Imports validated leads: invalid numbers are rejected, numbers the
    /// campaign has (or that came earlier in the request) are duplicates.
    pub(crate) fn import(
        &mut self,
        id: i64,
        leads: &[Lead],
        now: Instant,
        at: DateTime<Utc>,
    ) -> Result<LeadsImport, ImportError> {
        self.import_allowed(id, now)?;
        let entry = self.campaign_entry_mut(id).ok_or(ImportError::NotFound)?;
        let mut outcome = build!(LeadsImport {
            created: Vec::new(),
            duplicates: Vec::new(),
            rejected: Vec::new(),
            extra: Map::new(),
        });
        for lead in leads {
            let number: &str = &lead.phone_number;
            if !valid_number(number) {
                outcome.rejected.push(number.to_owned());
            } else if entry.leads.insert(number.to_owned()) {
                outcome.created.push(number.to_owned());
            } else {
                outcome.duplicates.push(number.to_owned());
            }
        }
        entry.last_accepted = Some(now);
        entry.imports.push(Import {
            at,
            count: leads.len(),
        });
        Ok(outcome)
    }

    pub(crate) fn agent(&self, user_id: &str) -> Agent {
        match self.by_user_id.get(user_id) {
            None => Agent::Unknown,
            Some(&i) if self.available[i] => Agent::Available,
            Some(_) => Agent::Unavailable,
        }
    }

    /// Records a call; it starts no earlier than the newest CDR so that the
    /// list stays newest first.
    pub(crate) fn start_call(
        &mut self,
        user_id: String,
        phone_number: String,
        caller_id: Option<String>,
        source: Option<Map<String, Value>>,
        now: DateTime<Utc>,
        newest_cdr_ms: Option<i64>,
    ) -> StartedCall {
        let k = self.calls.len() as u64;
        let newest = self
            .calls
            .last()
            .map(|c| c.started_ms)
            .or(newest_cdr_ms)
            .map_or(i64::MIN, |t| t + 1);
        let call = StartedCall {
            id: format!(
                "ca11{:04x}{:016x}",
                (self.call_key >> 48) as u16,
                mix(self.call_key.wrapping_add(k))
            ),
            user_id,
            phone_number,
            caller_id,
            source,
            started_ms: now.timestamp_millis().max(newest),
        };
        self.calls.push(call.clone());
        call
    }

    pub(crate) fn calls(&self) -> &[StartedCall] {
        &self.calls
    }

    /// `GET /_mock/state`.
    pub(crate) fn state(&self) -> Value {
        let campaigns: Vec<Value> = self
            .campaigns
            .iter()
            .map(|c| {
                let imports: Vec<Value> = c
                    .imports
                    .iter()
                    .map(|i| {
                        serde_json::json!({
                            "at": i.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                            "count": i.count,
                        })
                    })
                    .collect();
                serde_json::json!({
                    "id": c.campaign.id,
                    "status": c.campaign.status,
                    "leads": c.leads.len(),
                    "imports": imports,
                })
            })
            .collect();
        let calls: Vec<Value> = self
            .calls
            .iter()
            .map(|c| {
                serde_json::json!({
                    "id": c.id,
                    "user_id": c.user_id,
                    "phone_number": c.phone_number,
                })
            })
            .collect();
        let agents: Vec<Value> = self
            .user_ids
            .iter()
            .zip(&self.available)
            .map(|(id, available)| serde_json::json!({"user_id": id, "available": available}))
            .collect();
        let mut state = BTreeMap::new();
        state.insert("campaigns", Value::from(campaigns));
        state.insert("calls", Value::from(calls));
        state.insert("agents", Value::from(agents));
        serde_json::to_value(state).unwrap_or(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn center() -> Center {
        Center::generate(42, "2026-03-31T12:00:00Z".parse().unwrap())
    }

    #[test]
    fn data_is_deterministic_and_complete() {
        let a = center();
        let b = center();
        assert_eq!(a.users, b.users);
        let c = Center::generate(43, "2026-03-31T12:00:00Z".parse().unwrap());
        assert_ne!(a.users, c.users);
        let statuses: HashSet<&str> = a
            .campaigns
            .iter()
            .map(|c| c.campaign.status.as_str())
            .collect();
        assert_eq!(statuses.len(), CAMPAIGN_STATUSES.len());
        let active = a
            .campaigns
            .iter()
            .filter(|c| c.campaign.status == "active")
            .count();
        assert!(active >= 3);
        let unavailable = a.available.iter().filter(|a| !**a).count();
        assert_eq!(unavailable, USERS / 4);
        let emails: HashSet<_> = a.users.iter().map(|u| u.email.clone()).collect();
        assert_eq!(emails.len(), USERS);
        assert!(a.queues.iter().all(|q| !q.members.is_empty()));
    }

    #[test]
    fn pause_only_active() {
        let mut c = center();
        let now = Utc::now();
        assert_eq!(c.pause(2, now).unwrap().status, "paused");
        assert_eq!(c.pause(2, now), Err(PauseError::Conflict("paused".into())));
        assert_eq!(c.pause(1, now), Err(PauseError::Conflict("draft".into())));
        assert_eq!(c.pause(999, now), Err(PauseError::NotFound));
    }
}
