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

#[cfg(test)]
mod tests {
    use super::*;

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
