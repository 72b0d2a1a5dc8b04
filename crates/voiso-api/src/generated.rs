// @generated from openapi/voiso.yaml by `cargo xtask generate`. Do not edit by hand:
// change the spec (or xtask/src/settings.rs) and regenerate.
// spec sha256: 2d7f47b82cac9fb4d76087312c6a603751d7c2126b0ac6ebff2a7d1f65121b9e

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Voiso's error body, in one of two documented shapes:
simple, `{"error": "Unauthorized"}` (documented values: `Bad Request`,
`Unauthorized`, `Forbidden`, `Not found`, `Too many requests`); or
validation/conflict, `{"errors": {"<field>": ["<message>", ...]}}`
(422, and possibly 406 and 409). Inferred: one schema with both
fields optional; a client must also cope with an empty or non-JSON
body, such as a gateway's HTML 502.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ApiError {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub errors: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    }
    impl ApiError {
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    ///Paging metadata. The v4 convention is `{"total": N}`; for webhook failures this is inferred (the documented example is cut off), and unknown extra fields are allowed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListMetadata {
        ///The count of all items matching the filters.
        pub total: i64,
    }
    impl ListMetadata {
        pub fn builder() -> builder::ListMetadata {
            Default::default()
        }
    }
    ///A configured webhook.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Webhook {
        ///Values are undocumented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authentication_method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Subscribed events. The documented names are `inbound.call.{answered,hangup,ended}`, `outbound.call.{answered,hangup,ended}`, `dialer.call.{answered,hangup,ended}`, `message.received` and `conversation.ended`, but events are free-form strings.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<::std::string::String>,
        ///Extra headers sent with each delivery.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub headers: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Lower case; values are undocumented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub http_method: ::std::option::Option<::std::string::String>,
        pub id: WebhookId,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Where deliveries are sent (an HTTPS URL).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl Webhook {
        pub fn builder() -> builder::Webhook {
            Default::default()
        }
    }
    ///`WebhookEnvelope`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookEnvelope {
        pub webhook: Webhook,
    }
    impl WebhookEnvelope {
        pub fn builder() -> builder::WebhookEnvelope {
            Default::default()
        }
    }
    ///A webhook delivery that failed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookFailure {
        ///RFC 3339, UTC; precision varies across Voiso resources.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The event that was being delivered. Free-form: examples use `call.ended`, which is not in the documented event list.
        pub event: ::std::string::String,
        pub id: WebhookFailureId,
        ///When the last delivery attempt was made (RFC 3339, UTC). Inferred: may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_attempt_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Why the last attempt failed; null after a retrigger. Inferred: may be absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        ///Delivery state. Only `inactive` and `pending` appear in the documentation and no list of values is documented, so this is an open string: a value the server adds later must still decode. Inferred: a retriggered delivery that succeeds may show as `delivered`.
        pub status: ::std::string::String,
        ///RFC 3339, UTC; precision varies across Voiso resources.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub webhook: WebhookRef,
    }
    impl WebhookFailure {
        pub fn builder() -> builder::WebhookFailure {
            Default::default()
        }
    }
    ///`WebhookFailureEnvelope`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookFailureEnvelope {
        pub webhook_failure: WebhookFailure,
    }
    impl WebhookFailureEnvelope {
        pub fn builder() -> builder::WebhookFailureEnvelope {
            Default::default()
        }
    }
    ///A webhook failure's ID. Voiso's parameter widget says "integer", but every example is a 24-character hex string: it is an opaque, non-empty string. Inferred: it is never `.` or `..` and holds no backslash, since URL parsers read those as path syntax (an ID could then change the request path) and no Voiso ID looks like that.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct WebhookFailureId(::std::string::String);
    impl ::std::ops::Deref for WebhookFailureId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookFailureId> for ::std::string::String {
        fn from(value: WebhookFailureId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookFailureId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^(?!\\.{1,2}$)[^\\\\]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^(?!\\.{1,2}$)[^\\\\]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookFailureId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookFailureId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookFailureId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`WebhookFailureList`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookFailureList {
        pub metadata: ListMetadata,
        ///This page's failures, newest first.
        pub webhook_failures: ::std::vec::Vec<WebhookFailure>,
    }
    impl WebhookFailureList {
        pub fn builder() -> builder::WebhookFailureList {
            Default::default()
        }
    }
    ///A webhook's ID: a UUID in every example, kept an opaque, non-empty string so that an unexpected form never makes a request impossible. Inferred: never `.` or `..` and no backslash, as for webhook failure IDs.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct WebhookId(::std::string::String);
    impl ::std::ops::Deref for WebhookId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookId> for ::std::string::String {
        fn from(value: WebhookId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^(?!\\.{1,2}$)[^\\\\]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^(?!\\.{1,2}$)[^\\\\]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Inferred shape, following the v4 list convention.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookList {
        pub metadata: ListMetadata,
        pub webhooks: ::std::vec::Vec<Webhook>,
    }
    impl WebhookList {
        pub fn builder() -> builder::WebhookList {
            Default::default()
        }
    }
    ///The webhook a failure belongs to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookRef {
        pub id: WebhookId,
        pub name: ::std::string::String,
    }
    impl WebhookRef {
        pub fn builder() -> builder::WebhookRef {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApiError {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::vec::Vec<::std::string::String>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                }
            }
        }
        impl ApiError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::vec::Vec<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMetadata {
            total: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for ListMetadata {
            fn default() -> Self {
                Self {
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl ListMetadata {
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMetadata> for super::ListMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { total: value.total? })
            }
        }
        impl ::std::convert::From<super::ListMetadata> for ListMetadata {
            fn from(value: super::ListMetadata) -> Self {
                Self { total: Ok(value.total) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Webhook {
            authentication_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            headers: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            http_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::WebhookId, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Webhook {
            fn default() -> Self {
                Self {
                    authentication_method: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    events: Ok(Default::default()),
                    headers: Ok(Default::default()),
                    http_method: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Webhook {
            pub fn authentication_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.authentication_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authentication_method: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            pub fn headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.headers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for headers: {e}")
                    });
                self
            }
            pub fn http_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.http_method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for http_method: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Webhook> for super::Webhook {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Webhook,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authentication_method: value.authentication_method?,
                    created_at: value.created_at?,
                    events: value.events?,
                    headers: value.headers?,
                    http_method: value.http_method?,
                    id: value.id?,
                    name: value.name?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Webhook> for Webhook {
            fn from(value: super::Webhook) -> Self {
                Self {
                    authentication_method: Ok(value.authentication_method),
                    created_at: Ok(value.created_at),
                    events: Ok(value.events),
                    headers: Ok(value.headers),
                    http_method: Ok(value.http_method),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookEnvelope {
            webhook: ::std::result::Result<super::Webhook, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookEnvelope {
            fn default() -> Self {
                Self {
                    webhook: Err("no value supplied for webhook".to_string()),
                }
            }
        }
        impl WebhookEnvelope {
            pub fn webhook<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Webhook>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEnvelope> for super::WebhookEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { webhook: value.webhook? })
            }
        }
        impl ::std::convert::From<super::WebhookEnvelope> for WebhookEnvelope {
            fn from(value: super::WebhookEnvelope) -> Self {
                Self { webhook: Ok(value.webhook) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookFailure {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            event: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<super::WebhookFailureId, ::std::string::String>,
            last_attempt_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            webhook: ::std::result::Result<super::WebhookRef, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookFailure {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    event: Err("no value supplied for event".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    last_attempt_at: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    webhook: Err("no value supplied for webhook".to_string()),
                }
            }
        }
        impl WebhookFailure {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookFailureId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_attempt_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_attempt_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_attempt_at: {e}"
                        )
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn webhook<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookRef>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookFailure> for super::WebhookFailure {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookFailure,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    event: value.event?,
                    id: value.id?,
                    last_attempt_at: value.last_attempt_at?,
                    reason: value.reason?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    webhook: value.webhook?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookFailure> for WebhookFailure {
            fn from(value: super::WebhookFailure) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    event: Ok(value.event),
                    id: Ok(value.id),
                    last_attempt_at: Ok(value.last_attempt_at),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    webhook: Ok(value.webhook),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookFailureEnvelope {
            webhook_failure: ::std::result::Result<
                super::WebhookFailure,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookFailureEnvelope {
            fn default() -> Self {
                Self {
                    webhook_failure: Err(
                        "no value supplied for webhook_failure".to_string(),
                    ),
                }
            }
        }
        impl WebhookFailureEnvelope {
            pub fn webhook_failure<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookFailure>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_failure = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_failure: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookFailureEnvelope>
        for super::WebhookFailureEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookFailureEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    webhook_failure: value.webhook_failure?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookFailureEnvelope>
        for WebhookFailureEnvelope {
            fn from(value: super::WebhookFailureEnvelope) -> Self {
                Self {
                    webhook_failure: Ok(value.webhook_failure),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookFailureList {
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            webhook_failures: ::std::result::Result<
                ::std::vec::Vec<super::WebhookFailure>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookFailureList {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                    webhook_failures: Err(
                        "no value supplied for webhook_failures".to_string(),
                    ),
                }
            }
        }
        impl WebhookFailureList {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn webhook_failures<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookFailure>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_failures = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_failures: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookFailureList> for super::WebhookFailureList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookFailureList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    webhook_failures: value.webhook_failures?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookFailureList> for WebhookFailureList {
            fn from(value: super::WebhookFailureList) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    webhook_failures: Ok(value.webhook_failures),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookList {
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            webhooks: ::std::result::Result<
                ::std::vec::Vec<super::Webhook>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookList {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                    webhooks: Err("no value supplied for webhooks".to_string()),
                }
            }
        }
        impl WebhookList {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn webhooks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Webhook>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhooks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhooks: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookList> for super::WebhookList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    webhooks: value.webhooks?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookList> for WebhookList {
            fn from(value: super::WebhookList) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    webhooks: Ok(value.webhooks),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookRef {
            id: ::std::result::Result<super::WebhookId, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookRef {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl WebhookRef {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookRef> for super::WebhookRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookRef> for WebhookRef {
            fn from(value: super::WebhookRef) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Voiso Contact Center API (webhook failures)

The part of Voiso's contact-center API v4 that lists, inspects and
retriggers failed webhook deliveries, plus the webhooks they belong to.

A webhook delivery that fails five times within 24 hours (a timeout or a
non-2xx answer) becomes `inactive`: Voiso stops retrying it, and it must be
fixed and retriggered by hand.

Sources are pages under https://developers.voiso.com/. Statements marked
"Inferred" are this SDK's own conclusions where the documentation is
silent; re-check them when Voiso documents more.

Rate limiting: every endpoint may answer 429 `{"error": "Too many requests"}`.
No numeric limit and no rate-limit header is documented. Inferred: a
client honours `Retry-After` (seconds or HTTP date) when present and
otherwise backs off.

Server errors (5xx) have undocumented bodies and are deliberately not
declared, so that a client keeps them distinguishable by status.


Version: 4*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "4"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<()>,
    {}
};
impl Client {
    /**List webhook failures

Lists failed webhook deliveries, newest first.

Required scope: `tasks.webhooks.read`.

Paging is by `limit` and `offset`; `metadata.total` counts all items
matching the filters (inferred: the documented example is cut off at
`"metadata": {`).


Sends a `GET` request to `/api/v4/tasks/webhook_failures`

Arguments:
- `created_at_gte`: Only failures created at or after this instant (ISO 8601).
- `created_at_lt`: Only failures created strictly before this instant (ISO 8601).
- `limit`: Page size (default 100, max 100).
- `offset`: Number of matching items to skip (default 0).
```ignore
let response = client.list_webhook_failures()
    .created_at_gte(created_at_gte)
    .created_at_lt(created_at_lt)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_webhook_failures(&self) -> builder::ListWebhookFailures<'_> {
        builder::ListWebhookFailures::new(self)
    }
    /**Get webhook failure

Returns one failed webhook delivery.

Required scope: `tasks.webhooks.read`.


Sends a `GET` request to `/api/v4/tasks/webhook_failures/{webhook_failure_id}`

Arguments:
- `webhook_failure_id`: The webhook failure's ID.
```ignore
let response = client.get_webhook_failure()
    .webhook_failure_id(webhook_failure_id)
    .send()
    .await;
```*/
    pub fn get_webhook_failure(&self) -> builder::GetWebhookFailure<'_> {
        builder::GetWebhookFailure::new(self)
    }
    /**Retrigger webhook failure

Re-enqueues a failed webhook delivery for another attempt and returns
the updated failure record (`status` becomes `pending`, `reason`
becomes null, `last_attempt_at` and `updated_at` move forward).

Use it after the underlying delivery issue (a URL or authentication
problem, say) is fixed. A delivery that keeps failing appears again in
the list of webhook failures.

Required scope: `tasks.webhooks.manage`. No request body.

Inferred: success is 200; a client should accept any 2xx.


Sends a `POST` request to `/api/v4/tasks/webhook_failures/{webhook_failure_id}/retrigger`

Arguments:
- `webhook_failure_id`: The webhook failure's ID.
```ignore
let response = client.retrigger_webhook_failure()
    .webhook_failure_id(webhook_failure_id)
    .send()
    .await;
```*/
    pub fn retrigger_webhook_failure(&self) -> builder::RetriggerWebhookFailure<'_> {
        builder::RetriggerWebhookFailure::new(self)
    }
    /**List webhooks

Inferred: this endpoint is named by the webhook-failure pages ("list
configured webhooks") but its own page is not public. Path, paging and
the `{"webhooks": [...], "metadata": {"total": N}}` body follow the v4
list convention.

Required scope: `tasks.webhooks.read`.


Sends a `GET` request to `/api/v4/tasks/webhooks`

Arguments:
- `limit`: Page size (default 100, max 100).
- `offset`: Number of matching items to skip (default 0).
```ignore
let response = client.list_webhooks()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_webhooks(&self) -> builder::ListWebhooks<'_> {
        builder::ListWebhooks::new(self)
    }
    /**Get webhook

Returns one configured webhook.

Required scope: `tasks.webhooks.read`.


Sends a `GET` request to `/api/v4/tasks/webhooks/{webhook_id}`

Arguments:
- `webhook_id`: The webhook's ID.
```ignore
let response = client.get_webhook()
    .webhook_id(webhook_id)
    .send()
    .await;
```*/
    pub fn get_webhook(&self) -> builder::GetWebhook<'_> {
        builder::GetWebhook::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_webhook_failures`]

[`Client::list_webhook_failures`]: super::Client::list_webhook_failures*/
    #[derive(Debug, Clone)]
    pub struct ListWebhookFailures<'a> {
        client: &'a super::Client,
        created_at_gte: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        created_at_lt: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> ListWebhookFailures<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_at_gte: Ok(None),
                created_at_lt: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn created_at_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_at_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_at_gte failed"
                        .to_string()
                });
            self
        }
        pub fn created_at_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_at_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_at_lt failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v4/tasks/webhook_failures`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookFailureList>, Error<types::ApiError>> {
            let Self { client, created_at_gte, created_at_lt, limit, offset } = self;
            let created_at_gte = created_at_gte.map_err(Error::InvalidRequest)?;
            let created_at_lt = created_at_lt.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v4/tasks/webhook_failures", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "created_at[gte]",
                        &created_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("created_at[lt]", &created_at_lt),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhook_failures",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_webhook_failure`]

[`Client::get_webhook_failure`]: super::Client::get_webhook_failure*/
    #[derive(Debug, Clone)]
    pub struct GetWebhookFailure<'a> {
        client: &'a super::Client,
        webhook_failure_id: Result<types::WebhookFailureId, String>,
    }
    impl<'a> GetWebhookFailure<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_failure_id: Err(
                    "webhook_failure_id was not initialized".to_string(),
                ),
            }
        }
        pub fn webhook_failure_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookFailureId>,
        {
            self.webhook_failure_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `WebhookFailureId` for webhook_failure_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v4/tasks/webhook_failures/{webhook_failure_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::WebhookFailureEnvelope>,
            Error<types::ApiError>,
        > {
            let Self { client, webhook_failure_id } = self;
            let webhook_failure_id = webhook_failure_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/tasks/webhook_failures/{}", client.baseurl, encode_path(&
                webhook_failure_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_webhook_failure",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::retrigger_webhook_failure`]

[`Client::retrigger_webhook_failure`]: super::Client::retrigger_webhook_failure*/
    #[derive(Debug, Clone)]
    pub struct RetriggerWebhookFailure<'a> {
        client: &'a super::Client,
        webhook_failure_id: Result<types::WebhookFailureId, String>,
    }
    impl<'a> RetriggerWebhookFailure<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_failure_id: Err(
                    "webhook_failure_id was not initialized".to_string(),
                ),
            }
        }
        pub fn webhook_failure_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookFailureId>,
        {
            self.webhook_failure_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `WebhookFailureId` for webhook_failure_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v4/tasks/webhook_failures/{webhook_failure_id}/retrigger`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::WebhookFailureEnvelope>,
            Error<types::ApiError>,
        > {
            let Self { client, webhook_failure_id } = self;
            let webhook_failure_id = webhook_failure_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/tasks/webhook_failures/{}/retrigger", client.baseurl,
                encode_path(& webhook_failure_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "retrigger_webhook_failure",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_webhooks`]

[`Client::list_webhooks`]: super::Client::list_webhooks*/
    #[derive(Debug, Clone)]
    pub struct ListWebhooks<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> ListWebhooks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v4/tasks/webhooks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookList>, Error<types::ApiError>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v4/tasks/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhooks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_webhook`]

[`Client::get_webhook`]: super::Client::get_webhook*/
    #[derive(Debug, Clone)]
    pub struct GetWebhook<'a> {
        client: &'a super::Client,
        webhook_id: Result<types::WebhookId, String>,
    }
    impl<'a> GetWebhook<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_id: Err("webhook_id was not initialized".to_string()),
            }
        }
        pub fn webhook_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookId>,
        {
            self.webhook_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `WebhookId` for webhook_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v4/tasks/webhooks/{webhook_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookEnvelope>, Error<types::ApiError>> {
            let Self { client, webhook_id } = self;
            let webhook_id = webhook_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/tasks/webhooks/{}", client.baseurl, encode_path(& webhook_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_webhook",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
