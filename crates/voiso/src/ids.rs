//! Typed IDs: checked once, then always sent percent-encoded as one path
//! segment by the generated client.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use voiso_api::types;

use crate::error::Error;

macro_rules! id_type {
    ($name:ident, $generated:ty, $what:literal) => {
        #[doc = concat!("A ", $what, " ID: any non-empty string except `.` and `..`, without a backslash.")]
        ///
        /// Those few are refused because URL parsers read them as path
        /// syntax even when percent-encoded; every other ID is sent
        /// percent-encoded and cannot change the request path.
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name($generated);

        impl $name {
            /// Checks and wraps an ID.
            pub fn new(id: impl AsRef<str>) -> Result<Self, Error> {
                let id = id.as_ref();
                let reason = if id.is_empty() {
                    "it is empty"
                } else if id == "." || id == ".." {
                    "`.` and `..` are path syntax"
                } else if id.contains('\\') {
                    "it contains a backslash"
                } else {
                    ""
                };
                if !reason.is_empty() {
                    return Err(Error::InvalidArgument(format!(
                        concat!("a ", $what, " ID is required and {} is not one: {}"),
                        if id.is_empty() { "\"\"" } else { "this" },
                        reason
                    )));
                }
                <$generated>::from_str(id).map($name).map_err(|_| {
                    Error::InvalidArgument(concat!("not a valid ", $what, " ID").to_string())
                })
            }

            /// The ID as sent (before percent-encoding).
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            pub(crate) fn generated(&self) -> &$generated {
                &self.0
            }

            pub(crate) fn from_generated(id: $generated) -> Self {
                $name(id)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(id: &str) -> Result<Self, Error> {
                $name::new(id)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = Error;
            fn try_from(id: &str) -> Result<Self, Error> {
                $name::new(id)
            }
        }

        impl TryFrom<String> for $name {
            type Error = Error;
            fn try_from(id: String) -> Result<Self, Error> {
                $name::new(id)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <$generated>::deserialize(deserializer).map($name)
            }
        }
    };
}

id_type!(WebhookFailureId, types::WebhookFailureId, "webhook failure");
id_type!(WebhookId, types::WebhookId, "webhook");

/// Anything a client method accepts as an ID: a typed ID, or a string that
/// is checked before any request is made.
pub trait IntoId<T> {
    /// Checks and converts.
    fn into_id(self) -> Result<T, Error>;
}

macro_rules! into_id {
    ($name:ident) => {
        impl IntoId<$name> for $name {
            fn into_id(self) -> Result<$name, Error> {
                Ok(self)
            }
        }
        impl IntoId<$name> for &$name {
            fn into_id(self) -> Result<$name, Error> {
                Ok(self.clone())
            }
        }
        impl IntoId<$name> for &str {
            fn into_id(self) -> Result<$name, Error> {
                $name::new(self)
            }
        }
        impl IntoId<$name> for String {
            fn into_id(self) -> Result<$name, Error> {
                $name::new(self)
            }
        }
        impl IntoId<$name> for &String {
            fn into_id(self) -> Result<$name, Error> {
                $name::new(self)
            }
        }
    };
}

into_id!(WebhookFailureId);
into_id!(WebhookId);

/// Integer IDs (campaigns, queues): a typed number, so an ID of one
/// resource is never passed for another. Strings are parsed before any
/// request is made.
macro_rules! int_id {
    ($name:ident, $what:literal) => {
        #[doc = concat!("A ", $what, " ID (an integer, as Voiso's examples show).")]
        #[derive(
            Debug,
            Clone,
            Copy,
            Default,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            Serialize,
            Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// Wraps an ID.
            pub fn new(id: i64) -> Self {
                $name(id)
            }

            /// The number.
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl From<i64> for $name {
            fn from(id: i64) -> Self {
                $name(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(id: &str) -> Result<Self, Error> {
                id.trim().parse::<i64>().map($name).map_err(|_| {
                    Error::InvalidArgument(format!(
                        concat!("a ", $what, " ID is an integer, not {:?}"),
                        id
                    ))
                })
            }
        }

        impl IntoId<$name> for $name {
            fn into_id(self) -> Result<$name, Error> {
                Ok(self)
            }
        }
        impl IntoId<$name> for &$name {
            fn into_id(self) -> Result<$name, Error> {
                Ok(*self)
            }
        }
        impl IntoId<$name> for i64 {
            fn into_id(self) -> Result<$name, Error> {
                Ok($name(self))
            }
        }
        impl IntoId<$name> for &str {
            fn into_id(self) -> Result<$name, Error> {
                self.parse()
            }
        }
    };
}

int_id!(CampaignId, "campaign");
int_id!(QueueId, "queue");

/// A user's ID: a UUID, as `users().list()` shows it (and as
/// `calls().start` takes it for the agent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(uuid::Uuid);

impl UserId {
    /// The UUID.
    pub fn get(self) -> uuid::Uuid {
        self.0
    }
}

impl From<uuid::Uuid> for UserId {
    fn from(id: uuid::Uuid) -> Self {
        UserId(id)
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for UserId {
    type Err = Error;
    fn from_str(id: &str) -> Result<Self, Error> {
        uuid::Uuid::parse_str(id.trim()).map(UserId).map_err(|_| {
            Error::InvalidArgument(
                "a user ID is a UUID, as `users list` prints it (e.g. 0b97ce11-b6e0-49b4-8f92-68040aa324bf)"
                    .into(),
            )
        })
    }
}

impl IntoId<UserId> for UserId {
    fn into_id(self) -> Result<UserId, Error> {
        Ok(self)
    }
}
impl IntoId<UserId> for &UserId {
    fn into_id(self) -> Result<UserId, Error> {
        Ok(*self)
    }
}
impl IntoId<UserId> for uuid::Uuid {
    fn into_id(self) -> Result<UserId, Error> {
        Ok(UserId(self))
    }
}
impl IntoId<UserId> for &uuid::Uuid {
    fn into_id(self) -> Result<UserId, Error> {
        Ok(UserId(*self))
    }
}
impl IntoId<UserId> for &str {
    fn into_id(self) -> Result<UserId, Error> {
        self.parse()
    }
}

/// A call's ID, as `calls().start` returns it (its type is not documented;
/// kept as text).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CallId(String);

impl CallId {
    /// The ID as Voiso sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub(crate) fn from_generated(id: types::CallId) -> Self {
        match id {
            types::CallId::String(id) => CallId(id),
            types::CallId::Int64(id) => CallId(id.to_string()),
            // A form a later spec adds: its JSON text is still the ID.
            other => CallId(
                serde_json::to_value(&other)
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .unwrap_or_default(),
            ),
        }
    }
}

impl fmt::Display for CallId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_and_uuid_ids_refuse_what_they_are_not() {
        for bad in ["", "3.5", "abc", "1e3", "../1", "9223372036854775808"] {
            assert!(bad.parse::<CampaignId>().is_err(), "{bad:?}");
            assert!(IntoId::<QueueId>::into_id(bad).is_err(), "{bad:?}");
        }
        assert_eq!(" 42 ".parse::<CampaignId>().unwrap().get(), 42);
        for bad in [
            "",
            "1234",
            "0b97ce11-b6e0-49b4-8f92",
            "../x",
            "0b97ce11/b6e0",
        ] {
            assert!(bad.parse::<UserId>().is_err(), "{bad:?}");
        }
        let id: UserId = "0B97CE11-B6E0-49B4-8F92-68040AA324BF".parse().unwrap();
        assert_eq!(id.to_string(), "0b97ce11-b6e0-49b4-8f92-68040aa324bf");
    }

    #[test]
    fn refused_before_any_request() {
        for bad in ["", ".", "..", "a\\b"] {
            assert!(
                matches!(WebhookFailureId::new(bad), Err(Error::InvalidArgument(_))),
                "{bad:?}"
            );
            assert!(
                matches!(WebhookId::new(bad), Err(Error::InvalidArgument(_))),
                "{bad:?}"
            );
        }
        for good in ["a/b", "?x", "#", "%2F", "a b", "ünï", "...", "./a"] {
            assert_eq!(WebhookFailureId::new(good).unwrap().as_str(), good);
        }
    }

    #[test]
    fn serde_round_trip() {
        let id = WebhookFailureId::new("a/b").unwrap();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, "\"a/b\"");
        assert_eq!(serde_json::from_str::<WebhookFailureId>(&json).unwrap(), id);
        assert!(serde_json::from_str::<WebhookFailureId>("\"\"").is_err());
    }
}
