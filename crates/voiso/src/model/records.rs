//! The records Voiso returns that the SDK passes on: users, queues, canned
//! messages and CDRs. Each is this crate's own type, not the generated one,
//! so that a typify or progenitor upgrade, or a property the spec gains, is
//! not a breaking change here: the fields the SDK types are fields, and
//! everything else Voiso sent is kept in `extra`, as it came.
//!
//! Each serialises as one JSON object with its keys sorted, which is how
//! the generated types wrote them: output made from these is unchanged.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use voiso_api::types;

use crate::ids::{QueueId, UserId};

use super::CdrType;

/// Writes `value` under `key` unless it serialises to null (an absent
/// optional field stays absent).
fn put(extra: &mut Map<String, Value>, key: &str, value: impl Serialize) {
    if let Ok(value) = serde_json::to_value(value)
        && !value.is_null()
    {
        extra.insert(key.to_string(), value);
    }
}

/// Serialises `typed` (a struct's own fields) and `extra` as one object with
/// sorted keys, the form the generated types had.
fn sorted<S: Serializer>(
    typed: impl Serialize,
    extra: &Map<String, Value>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut all: BTreeMap<String, Value> = BTreeMap::new();
    if let Ok(Value::Object(fields)) = serde_json::to_value(typed) {
        all.extend(fields);
    }
    for (key, value) in extra {
        all.entry(key.clone()).or_insert_with(|| value.clone());
    }
    all.serialize(serializer)
}

/// A team, as a user or a canned message refers to it.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamRef {
    /// The team's ID.
    pub id: i64,
    /// Its name.
    pub name: String,
}

impl From<types::TeamRef> for TeamRef {
    fn from(raw: types::TeamRef) -> Self {
        TeamRef {
            id: raw.id,
            name: raw.name,
        }
    }
}

/// A user: an agent, a supervisor, an administrator.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct User {
    /// The user's ID.
    pub id: UserId,
    /// Their name.
    pub name: String,
    /// Their email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Their extension.
    #[serde(default)]
    pub extension: Option<String>,
    /// Their time zone (an IANA name).
    #[serde(default)]
    pub timezone: Option<String>,
    /// The caller ID their calls show.
    #[serde(default)]
    pub caller_id: Option<String>,
    /// The employee ID the contact center gave them.
    #[serde(default)]
    pub employee_id: Option<String>,
    /// Their SIP account.
    #[serde(default)]
    pub sip_account: Option<String>,
    /// The teams they belong to.
    #[serde(default)]
    pub teams: Vec<TeamRef>,
    /// The teams they supervise.
    #[serde(default)]
    pub supervised_teams: Vec<TeamRef>,
    /// Every other field Voiso sent (`security_access_group`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl From<types::User> for User {
    fn from(raw: types::User) -> Self {
        let mut extra = raw.extra;
        put(
            &mut extra,
            "security_access_group",
            raw.security_access_group,
        );
        User {
            id: UserId::from(raw.id),
            name: raw.name,
            email: raw.email,
            extension: raw.extension,
            timezone: raw.timezone,
            caller_id: raw.caller_id,
            employee_id: raw.employee_id,
            sip_account: raw.sip_account,
            teams: raw.teams.into_iter().map(Into::into).collect(),
            supervised_teams: raw.supervised_teams.into_iter().map(Into::into).collect(),
            extra,
        }
    }
}

impl Serialize for User {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Typed<'a> {
            id: &'a UserId,
            name: &'a str,
            email: &'a Option<String>,
            extension: &'a Option<String>,
            timezone: &'a Option<String>,
            caller_id: &'a Option<String>,
            employee_id: &'a Option<String>,
            sip_account: &'a Option<String>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            teams: &'a [TeamRef],
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            supervised_teams: &'a [TeamRef],
        }
        let typed = Typed {
            id: &self.id,
            name: &self.name,
            email: &self.email,
            extension: &self.extension,
            timezone: &self.timezone,
            caller_id: &self.caller_id,
            employee_id: &self.employee_id,
            sip_account: &self.sip_account,
            teams: &self.teams,
            supervised_teams: &self.supervised_teams,
        };
        sorted(typed, &self.extra, serializer)
    }
}

/// An inbound routing queue.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Queue {
    /// The queue's ID.
    pub id: QueueId,
    /// Its name.
    pub name: String,
    /// Its extension.
    #[serde(default)]
    pub extension: Option<String>,
    /// How it picks an agent (`ring_all`, `longest_idle`, ...).
    #[serde(default)]
    pub strategy: Option<String>,
    /// Every other field Voiso sent (`callback`, `failover_destination`,
    /// `in_queue_announcement`, `music_on_hold`, `post_call_rating`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl From<types::Queue> for Queue {
    fn from(raw: types::Queue) -> Self {
        let mut extra = raw.extra;
        put(&mut extra, "callback", raw.callback);
        put(&mut extra, "failover_destination", raw.failover_destination);
        put(
            &mut extra,
            "in_queue_announcement",
            raw.in_queue_announcement,
        );
        put(&mut extra, "music_on_hold", raw.music_on_hold);
        put(&mut extra, "post_call_rating", raw.post_call_rating);
        Queue {
            id: QueueId::new(raw.id),
            name: raw.name,
            extension: raw.extension,
            strategy: raw.strategy,
            extra,
        }
    }
}

impl Serialize for Queue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Typed<'a> {
            id: &'a QueueId,
            name: &'a str,
            extension: &'a Option<String>,
            strategy: &'a Option<String>,
        }
        let typed = Typed {
            id: &self.id,
            name: &self.name,
            extension: &self.extension,
            strategy: &self.strategy,
        };
        sorted(typed, &self.extra, serializer)
    }
}

/// A canned message: a saved reply agents send.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CannedMessage {
    /// Its ID.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Its text.
    #[serde(default)]
    pub body: Option<String>,
    /// The channels it may be sent on (`sms`, `whatsapp`, ...).
    #[serde(default)]
    pub channels: Vec<String>,
    /// The teams that may use it.
    #[serde(default)]
    pub teams: Vec<TeamRef>,
    /// Every other field Voiso sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl From<types::CannedMessage> for CannedMessage {
    fn from(raw: types::CannedMessage) -> Self {
        CannedMessage {
            id: raw.id,
            name: raw.name,
            body: raw.body,
            channels: raw.channels,
            teams: raw.teams.into_iter().map(Into::into).collect(),
            extra: raw.extra,
        }
    }
}

impl Serialize for CannedMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Typed<'a> {
            id: i64,
            name: &'a str,
            body: &'a Option<String>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            channels: &'a [String],
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            teams: &'a [TeamRef],
        }
        let typed = Typed {
            id: self.id,
            name: &self.name,
            body: &self.body,
            channels: &self.channels,
            teams: &self.teams,
        };
        sorted(typed, &self.extra, serializer)
    }
}

/// A CDR's ID, in the form Voiso sent it (text or a number), so that it
/// is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CdrId(IdForm);

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
enum IdForm {
    Text(String),
    Number(i64),
}

impl CdrId {
    /// An ID given as text.
    pub fn new(id: impl Into<String>) -> Self {
        CdrId(IdForm::Text(id.into()))
    }
}

impl fmt::Display for CdrId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            IdForm::Text(id) => f.write_str(id),
            IdForm::Number(id) => write!(f, "{id}"),
        }
    }
}

impl From<types::CdrId> for CdrId {
    fn from(raw: types::CdrId) -> Self {
        match raw {
            types::CdrId::String(id) => CdrId(IdForm::Text(id)),
            types::CdrId::Int64(id) => CdrId(IdForm::Number(id)),
            // A form a later spec adds: its text is still the ID.
            other => CdrId(IdForm::Text(other.to_string())),
        }
    }
}

/// A call detail record: the common fields, its type-specific `data`, and
/// any field the spec does not know in `extra` (so it re-serialises as
/// received).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cdr {
    /// Its type-specific fields (`direction`, `duration`, `agent`, ...).
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub data: Map<String, Value>,
    /// When the call ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<DateTime<Utc>>,
    /// Its ID.
    pub id: CdrId,
    /// When the call started.
    pub started_at: DateTime<Utc>,
    /// Its type as sent (`call`, `dialer_call`, ...): see [`Cdr::kind`].
    #[serde(rename = "type")]
    pub type_: String,
    /// Every other field Voiso sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Cdr {
    /// Its type, with the values the spec knows named.
    pub fn kind(&self) -> CdrType {
        CdrType::from(self.type_.clone())
    }
}

impl From<types::Cdr> for Cdr {
    fn from(raw: types::Cdr) -> Self {
        Cdr {
            data: raw.data,
            ended_at: raw.ended_at,
            id: raw.id.into(),
            started_at: raw.started_at,
            type_: raw.type_,
            extra: raw.extra,
        }
    }
}
