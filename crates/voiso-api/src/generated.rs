// @generated from openapi/voiso.yaml by `cargo xtask generate`. Do not edit by hand:
// change the spec (or xtask/src/settings.rs) and regenerate.
// spec sha256: 01177ebe481bd2fe40bd97f0527f666f05f721ba29182a67da48c362d166bbac

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The agent (user) to start the call for. The page says "The agent ID in the contact center (integer)", but its example sends the string `"1234"`, and v4 user objects have UUID IDs. Inferred: an integer or a string, until Voiso settles it; which one a contact center expects is not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum AgentId {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for AgentId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for AgentId {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///The voice message left when answering-machine detection finds voicemail.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AmdVoicemailMessage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_message: ::std::option::Option<MediaRef>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AmdVoicemailMessage {
        pub fn builder() -> builder::AmdVoicemailMessage {
            Default::default()
        }
    }
    /**Voiso's error body, in one of two documented shapes:
simple, `{"error": "Unauthorized"}` (documented values: `Bad Request`,
`Unauthorized`, `Forbidden`, `Not found`, `Too many requests`); or
validation/conflict, `{"errors": {"<field>": ["<message>", ...]}}`
(422, and possibly 406 and 409). Inferred: one schema with both
fields optional; a client must also cope with an empty or non-JSON
body, such as a gateway's HTML 502.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
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
    ///An initiated call. Inferred: the whole shape.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Call {
        pub id: CallId,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Call {
        pub fn builder() -> builder::Call {
            Default::default()
        }
    }
    ///Inferred shape, following the v4 single-object wrapper.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CallEnvelope {
        pub call: Call,
    }
    impl CallEnvelope {
        pub fn builder() -> builder::CallEnvelope {
            Default::default()
        }
    }
    ///An initiated call's ID. Inferred: its type is not documented (the response is not visible), so a string or an integer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum CallId {
        String(::std::string::String),
        Int64(i64),
    }
    impl ::std::fmt::Display for CallId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for CallId {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///The external system starting the call.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CallSource {
        ///The external contact's ID, e.g. a CRM contact ID. Inferred: a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///The external system's name, e.g. the CRM's. Inferred: a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
    }
    impl CallSource {
        pub fn builder() -> builder::CallSource {
            Default::default()
        }
    }
    ///A caller-ID group, by ID and name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CallerIdGroupRef {
        pub id: i64,
        pub name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CallerIdGroupRef {
        pub fn builder() -> builder::CallerIdGroupRef {
            Default::default()
        }
    }
    ///Caller IDs the campaign dials from.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CallerIdSet {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub phone_numbers: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CallerIdSet {
        pub fn builder() -> builder::CallerIdSet {
            Default::default()
        }
    }
    ///A dialer campaign. The docs name `id`, `name`, `status`, `strategy` and `dial_level` as the Campaign schema's fields; everything else is optional, and some fields can be null depending on which features are enabled and which settings were configured. Get campaign returns the full configuration (it adds `dial_level_override`, `use_local_caller_id` and `asr_optimization_enabled` to the list's fields).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Campaign {
        ///Whether answering-machine detection is on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amd_enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amd_voicemail_message: ::std::option::Option<AmdVoicemailMessage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub asr_optimization_enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller_id_sets: ::std::option::Option<::std::vec::Vec<CallerIdSet>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Lines dialled per available agent. An integer in the example; inferred: a number, as `dial_level_override.value` is `1.5`.
        pub dial_level: f64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dial_level_override: ::std::option::Option<DialLevelOverride>,
        ///An open string (only `timer` appears in the docs).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub follow_up_mode: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_dial_attempts: ::std::option::Option<i32>,
        ///Inferred: seconds a dialled number may ring.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_dial_time: ::std::option::Option<i32>,
        ///Inferred: seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_wait_time: ::std::option::Option<i32>,
        pub name: ::std::string::String,
        ///The campaign's state. Documented values: `draft`, `active`, `paused`, `stopping`, `completed`, `processing`, `stopped`, `auto_paused`, `pausing`, `auto_pausing`, `import_error`. An open string: a value Voiso adds later still decodes.
        pub status: ::std::string::String,
        ///The dialing strategy. Documented values "include" `simple` and `predictive_ai`: an open string.
        pub strategy: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub use_local_caller_id: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Campaign {
        pub fn builder() -> builder::Campaign {
            Default::default()
        }
    }
    ///`CampaignEnvelope`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CampaignEnvelope {
        pub campaign: Campaign,
    }
    impl CampaignEnvelope {
        pub fn builder() -> builder::CampaignEnvelope {
            Default::default()
        }
    }
    ///`CampaignList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CampaignList {
        pub campaigns: ::std::vec::Vec<Campaign>,
        pub metadata: ListMetadata,
    }
    impl CampaignList {
        pub fn builder() -> builder::CampaignList {
            Default::default()
        }
    }
    ///A pre-written reply for messaging interactions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CannedMessage {
        ///The text, with `{{placeholder}}` variables.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::std::string::String>,
        ///The messaging channels it is offered on; open strings (the example shows `sms`, `whatsapp` and `telegram`; inferred: not a closed list).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub channels: ::std::vec::Vec<::std::string::String>,
        pub id: i64,
        pub name: ::std::string::String,
        ///The teams it is available to.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub teams: ::std::vec::Vec<TeamRef>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CannedMessage {
        pub fn builder() -> builder::CannedMessage {
            Default::default()
        }
    }
    ///`CannedMessageList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CannedMessageList {
        pub canned_messages: ::std::vec::Vec<CannedMessage>,
        pub metadata: ListMetadata,
    }
    impl CannedMessageList {
        pub fn builder() -> builder::CannedMessageList {
            Default::default()
        }
    }
    ///A call detail record: the common fields, and `data` with the fields of its type. Inferred: `id`, `type` and `started_at` are always present; the exact shape is not visible.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Cdr {
        ///The type-specific fields. Inferred: an open object; its fields per type are not visible.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Inferred: null while the interaction is ongoing.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub id: CdrId,
        pub started_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The interaction type. Documented values include `call`, `conversation`, `sms` and `hlr_lookup`; an open string.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Cdr {
        pub fn builder() -> builder::Cdr {
            Default::default()
        }
    }
    ///A CDR's ID. Inferred: its type is not documented (the response is not visible), so a string or an integer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum CdrId {
        String(::std::string::String),
        Int64(i64),
    }
    impl ::std::fmt::Display for CdrId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for CdrId {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///Inferred shape (the response is not visible).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CdrList {
        pub cdrs: ::std::vec::Vec<Cdr>,
        pub metadata: CdrListMetadata,
    }
    impl CdrList {
        pub fn builder() -> builder::CdrList {
            Default::default()
        }
    }
    ///Paging metadata of the CDR list. `next_cursor` is documented. Inferred: it is null on the last page, and `total` may be present. Unknown extra fields are allowed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CdrListMetadata {
        ///Pass it back as `cursor` for the next page (opaque).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl CdrListMetadata {
        pub fn builder() -> builder::CdrListMetadata {
            Default::default()
        }
    }
    ///A dial level used instead of `dial_level` under a condition.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DialLevelOverride {
        ///Inferred: the override applies while fewer than this many agents are active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_agents_threshold: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<f64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DialLevelOverride {
        pub fn builder() -> builder::DialLevelOverride {
            Default::default()
        }
    }
    ///A contact to dial in a campaign.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Lead {
        ///Whether the lead should be called in this campaign.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///Custom SIP headers sent during dialer calls, giving virtual agents the lead's context.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub context_headers: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///International, with the country code, digits only (no `+`), as in the examples.
        pub phone_number: LeadPhoneNumber,
        ///1 to 1000; lower means higher priority.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<::std::num::NonZeroU32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<LeadSource>,
    }
    impl Lead {
        pub fn builder() -> builder::Lead {
            Default::default()
        }
    }
    ///International, with the country code, digits only (no `+`), as in the examples.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct LeadPhoneNumber(::std::string::String);
    impl ::std::ops::Deref for LeadPhoneNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<LeadPhoneNumber> for ::std::string::String {
        fn from(value: LeadPhoneNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for LeadPhoneNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for LeadPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LeadPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LeadPhoneNumber {
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
    ///The external system that provided the lead.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct LeadSource {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl LeadSource {
        pub fn builder() -> builder::LeadSource {
            Default::default()
        }
    }
    ///An import's outcome: the request's phone numbers, each in one list. Inferred: a list may be absent when empty.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct LeadsImport {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub created: ::std::vec::Vec<::std::string::String>,
        ///Numbers already in the campaign.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub duplicates: ::std::vec::Vec<::std::string::String>,
        ///Invalid numbers (and numbers refused for other reasons).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub rejected: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl LeadsImport {
        pub fn builder() -> builder::LeadsImport {
            Default::default()
        }
    }
    ///`LeadsImportEnvelope`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct LeadsImportEnvelope {
        pub leads_import: LeadsImport,
    }
    impl LeadsImportEnvelope {
        pub fn builder() -> builder::LeadsImportEnvelope {
            Default::default()
        }
    }
    ///The leads to import, at most 1000 per request (the admin docs' limit; inferred: the API refuses more).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct LeadsImportRequest(pub ::std::vec::Vec<Lead>);
    impl ::std::ops::Deref for LeadsImportRequest {
        type Target = ::std::vec::Vec<Lead>;
        fn deref(&self) -> &::std::vec::Vec<Lead> {
            &self.0
        }
    }
    impl ::std::convert::From<LeadsImportRequest> for ::std::vec::Vec<Lead> {
        fn from(value: LeadsImportRequest) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<Lead>> for LeadsImportRequest {
        fn from(value: ::std::vec::Vec<Lead>) -> Self {
            Self(value)
        }
    }
    ///Paging metadata. The v4 convention is `{"total": N}`; for webhook failures this is inferred (the documented example is cut off), and unknown extra fields are allowed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListMetadata {
        ///The count of all items matching the filters.
        pub total: i64,
    }
    impl ListMetadata {
        pub fn builder() -> builder::ListMetadata {
            Default::default()
        }
    }
    ///A media file a feature plays: `{type, name}`, with no ID in the examples. Inferred: both fields are always present.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct MediaRef {
        pub name: ::std::string::String,
        ///The media kind; an open string (`music_on_hold` and `voice_message` appear in the examples).
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MediaRef {
        pub fn builder() -> builder::MediaRef {
            Default::default()
        }
    }
    ///Pause campaign's response: the documented bare campaign object or, inferred, the `{"campaign": {...}}` wrapper Get campaign uses.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum PausedCampaign {
        Wrapped(CampaignEnvelope),
        Bare(Campaign),
    }
    impl ::std::convert::From<CampaignEnvelope> for PausedCampaign {
        fn from(value: CampaignEnvelope) -> Self {
            Self::Wrapped(value)
        }
    }
    impl ::std::convert::From<Campaign> for PausedCampaign {
        fn from(value: Campaign) -> Self {
            Self::Bare(value)
        }
    }
    ///An inbound routing queue. The documented example is cut inside `post_call_rating`. Inferred: only `id` and `name` are required, and each feature block (`music_on_hold`, `in_queue_announcement`, `failover_destination`, `callback`, `post_call_rating`) is null when the feature is off.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Queue {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback: ::std::option::Option<QueueCallback>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extension: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failover_destination: ::std::option::Option<QueueFailover>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub in_queue_announcement: ::std::option::Option<QueueAnnouncement>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub music_on_hold: ::std::option::Option<MediaRef>,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post_call_rating: ::std::option::Option<QueuePostCallRating>,
        ///How calls are distributed to the queue's users; an open string (only `ring_all` appears in the docs).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strategy: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Queue {
        pub fn builder() -> builder::Queue {
            Default::default()
        }
    }
    ///What callers waiting in the queue hear, and how often.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct QueueAnnouncement {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub announce_position: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub announce_wait_time: ::std::option::Option<bool>,
        ///Inferred: seconds between announcements.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interval: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_message: ::std::option::Option<MediaRef>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl QueueAnnouncement {
        pub fn builder() -> builder::QueueAnnouncement {
            Default::default()
        }
    }
    ///The callback offer made to waiting callers.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct QueueCallback {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller_id_group: ::std::option::Option<CallerIdGroupRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confirmation_voice_message: ::std::option::Option<MediaRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offer_voice_message: ::std::option::Option<MediaRef>,
        ///Inferred: seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wait_time: ::std::option::Option<i32>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl QueueCallback {
        pub fn builder() -> builder::QueueCallback {
            Default::default()
        }
    }
    ///`QueueEnvelope`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct QueueEnvelope {
        pub queue: Queue,
    }
    impl QueueEnvelope {
        pub fn builder() -> builder::QueueEnvelope {
            Default::default()
        }
    }
    ///Where a call goes when it waits too long.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct QueueFailover {
        ///The destination's settings, keyed by its type (e.g. `{"voicemail": {"voice_message": ..., "report": {"emails": [...]}}}`). Inferred: an open object, since only the voicemail form is documented.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub destination: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The destination kind; an open string (only `voicemail` appears in the docs).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Inferred: seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wait_time: ::std::option::Option<i32>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl QueueFailover {
        pub fn builder() -> builder::QueueFailover {
            Default::default()
        }
    }
    ///The survey after a call. The documented example is cut after `instruction_voice_message`'s name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct QueuePostCallRating {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instruction_voice_message: ::std::option::Option<MediaRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notification_voice_message: ::std::option::Option<MediaRef>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl QueuePostCallRating {
        pub fn builder() -> builder::QueuePostCallRating {
            Default::default()
        }
    }
    ///A security access group, by ID and name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SecurityAccessGroupRef {
        pub id: i64,
        pub name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SecurityAccessGroupRef {
        pub fn builder() -> builder::SecurityAccessGroupRef {
            Default::default()
        }
    }
    ///`StartCallRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct StartCallRequest {
        ///The number or identifier shown as caller ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller_id: ::std::option::Option<::std::string::String>,
        ///The number to dial, international with the country code (the examples omit the leading `+`).
        pub phone_number: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<CallSource>,
        pub user_id: AgentId,
    }
    impl StartCallRequest {
        pub fn builder() -> builder::StartCallRequest {
            Default::default()
        }
    }
    ///A team, by ID and name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct TeamRef {
        pub id: i64,
        pub name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TeamRef {
        pub fn builder() -> builder::TeamRef {
            Default::default()
        }
    }
    ///A user of the contact center (an agent or supervisor). The fields are those of the Get users assigned to a queue example, which is cut inside `supervised_teams`. Inferred: Get list of users returns the same "full user objects"; only `id` and `name` are required, and `supervised_teams` holds team references like `teams`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct User {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub employee_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extension: ::std::option::Option<::std::string::String>,
        ///The user's ID, a UUID.
        pub id: ::uuid::Uuid,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub security_access_group: ::std::option::Option<SecurityAccessGroupRef>,
        ///The user's SIP account, `username@domain`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sip_account: ::std::option::Option<::std::string::String>,
        ///The teams the user supervises.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub supervised_teams: ::std::vec::Vec<TeamRef>,
        ///The teams the user belongs to.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub teams: ::std::vec::Vec<TeamRef>,
        ///A tz database time-zone name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///`UserList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UserList {
        pub metadata: ListMetadata,
        pub users: ::std::vec::Vec<User>,
    }
    impl UserList {
        pub fn builder() -> builder::UserList {
            Default::default()
        }
    }
    ///A configured webhook.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
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
    ///An agent's new and previous status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookAgentStatus {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///Seconds spent in the previous status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_duration: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookAgentStatus {
        pub fn builder() -> builder::WebhookAgentStatus {
            Default::default()
        }
    }
    ///`data` of `agent.status.update`: the agent, its status change and when it happened (inside `data` in the example, outside it in the structure sample).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookAgentStatusEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity_timestamp: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extension: ::std::option::Option<WebhookEventExtension>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<WebhookEventNumericId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<WebhookAgentStatus>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookAgentStatusEventData {
        pub fn builder() -> builder::WebhookAgentStatusEventData {
            Default::default()
        }
    }
    ///`data` of the `*.call.*` events, from the three `answered` examples. Inferred: `hangup` and `ended` carry the same fields (their bodies are not published); every field may be absent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookCallEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<WebhookEventAgent>,
        ///RFC 3339; absent from the outbound example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_start_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub called_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calling_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub campaign: ::std::option::Option<WebhookEventCampaign>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cdr_url: ::std::option::Option<::std::string::String>,
        ///One rendering of the dialer example only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contacts_url: ::std::option::Option<::std::string::String>,
        ///Durations by name (`total`, `queue_time`, `dialing_time`, `dialer_waiting` in the examples). Inferred: seconds, and other names may appear.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub duration: ::std::collections::BTreeMap<::std::string::String, i64>,
        ///Outbound example only. Inferred: a CRM record's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ext_user_id: ::std::option::Option<::std::string::String>,
        ///The call's ID (opaque; not always hex).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub queue: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub script: ::std::option::Option<::std::string::String>,
        ///RFC 3339.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::std::string::String>,
        ///`inbound`, `outbound` or `dialer` in the examples.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookCallEventData {
        pub fn builder() -> builder::WebhookCallEventData {
            Default::default()
        }
    }
    ///`WebhookEnvelope`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookEnvelope {
        pub webhook: Webhook,
    }
    impl WebhookEnvelope {
        pub fn builder() -> builder::WebhookEnvelope {
            Default::default()
        }
    }
    ///The current envelope of an event delivery, as every event page shows it. The primary object's fields sit at the top of `data`, related objects nest under their names. Inferred: every field may be absent (only examples show the envelope), so none is required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookEvent {
        ///The contact center's ID. UUID-like in examples, but one example is not a UUID: an opaque string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact_center_id: ::std::option::Option<::std::string::String>,
        ///The event's objects; see `WebhookCallEventData`, `WebhookMessageEventData` and `WebhookAgentStatusEventData`. Kept open here so that any event decodes.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The event's name. Documented names: `inbound.call.{answered,hangup,ended}`, `outbound.call.{answered,hangup,ended}`, `dialer.call.{answered,hangup,ended}`, `message.received`, `message.sent`, `conversation.ended`, `agent.status.update`. Webhook-failure examples also show `call.ended`, in no list: an open string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event: ::std::option::Option<::std::string::String>,
        ///The kind of the primary object in `data` (seen: `call`, `message`, `conversation`, `agent`); an open string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The webhook's shared secret, in every example. Inferred: the current name of the legacy envelope's `key`, checked by the receiver to tell Voiso's requests from others'.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secret: ::std::option::Option<::std::string::String>,
        ///When the event occurred (the legacy overview's wording). RFC 3339 UTC with whole seconds in every example; kept a string, since the legacy envelope shows a `+0000` offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookEvent {
        pub fn builder() -> builder::WebhookEvent {
            Default::default()
        }
    }
    ///The agent of a call or message (examples only).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookEventAgent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extension: ::std::option::Option<WebhookEventExtension>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<WebhookEventNumericId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookEventAgent {
        pub fn builder() -> builder::WebhookEventAgent {
            Default::default()
        }
    }
    ///The Dialer campaign of a dialer call (examples only).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookEventCampaign {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<WebhookEventNumericId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_live: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookEventCampaign {
        pub fn builder() -> builder::WebhookEventCampaign {
            Default::default()
        }
    }
    ///The channel of a message (example only).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookEventChannel {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookEventChannel {
        pub fn builder() -> builder::WebhookEventChannel {
            Default::default()
        }
    }
    ///The contact of a message (example only).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookEventContact {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel_identifier: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<WebhookEventNumericId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookEventContact {
        pub fn builder() -> builder::WebhookEventContact {
            Default::default()
        }
    }
    ///An agent's extension: a string in current examples (`"2584"`), an integer in the legacy one; both decode.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum WebhookEventExtension {
        String(::std::string::String),
        Int64(i64),
    }
    impl ::std::fmt::Display for WebhookEventExtension {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for WebhookEventExtension {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///An agent, contact or campaign ID: an integer in every example. Inferred: a string is accepted too.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum WebhookEventNumericId {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for WebhookEventNumericId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for WebhookEventNumericId {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///A webhook delivery that failed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookFailureEnvelope {
        pub webhook_failure: WebhookFailure,
    }
    impl WebhookFailureEnvelope {
        pub fn builder() -> builder::WebhookFailureEnvelope {
            Default::default()
        }
    }
    ///A webhook failure's ID. Voiso's parameter widget says "integer", but every example is a 24-character hex string: it is an opaque, non-empty string. Inferred: it is never `.` or `..` and holds no backslash, since URL parsers read those as path syntax (an ID could then change the request path) and no Voiso ID looks like that.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
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
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
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
    ///The older envelope of the webhooks overview: `name`, `event`, `entity`, `timestamp`, `key`, `payload`. Its published example is not valid JSON. Inferred: Voiso now sends `WebhookEvent`; a receiver still accepts this one.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookLegacyEvent {
        ///The contact center entity the payload describes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entity: ::std::option::Option<::std::string::String>,
        ///One of the supported contact center events.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event: ::std::option::Option<::std::string::String>,
        ///The contact center key or user-defined token that lets the receiver validate the webhook's authenticity (the page types it "Datetime", a slip).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The name of the webhook.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The event's data, "simple or nested".
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///When the event occurred. The example shows `+0000` (`2024-06-19T14:30:13+0000`), not RFC 3339.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookLegacyEvent {
        pub fn builder() -> builder::WebhookLegacyEvent {
            Default::default()
        }
    }
    ///Inferred shape, following the v4 list convention.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookList {
        pub metadata: ListMetadata,
        pub webhooks: ::std::vec::Vec<Webhook>,
    }
    impl WebhookList {
        pub fn builder() -> builder::WebhookList {
            Default::default()
        }
    }
    ///`data` of `message.received`, from its example. Inferred: `message.sent` carries the same fields (its body is not published).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct WebhookMessageEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<WebhookEventAgent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<WebhookEventChannel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<WebhookEventContact>,
        ///The content, e.g. `{"text": "..."}`.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub content_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///`text` in the example; other values are not visible.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        ///The message's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Null in the example; its type when set is not visible, so any JSON value (null included) decodes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookMessageEventData {
        pub fn builder() -> builder::WebhookMessageEventData {
            Default::default()
        }
    }
    ///The webhook a failure belongs to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
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
        #[non_exhaustive]
        pub struct AmdVoicemailMessage {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            voice_message: ::std::result::Result<
                ::std::option::Option<super::MediaRef>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AmdVoicemailMessage {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    voice_message: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AmdVoicemailMessage {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn voice_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.voice_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice_message: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AmdVoicemailMessage>
        for super::AmdVoicemailMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AmdVoicemailMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    voice_message: value.voice_message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AmdVoicemailMessage> for AmdVoicemailMessage {
            fn from(value: super::AmdVoicemailMessage) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    voice_message: Ok(value.voice_message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
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
        #[non_exhaustive]
        pub struct Call {
            id: ::std::result::Result<super::CallId, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Call {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Call {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Call> for super::Call {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Call,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Call> for Call {
            fn from(value: super::Call) -> Self {
                Self {
                    id: Ok(value.id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CallEnvelope {
            call: ::std::result::Result<super::Call, ::std::string::String>,
        }
        impl ::std::default::Default for CallEnvelope {
            fn default() -> Self {
                Self {
                    call: Err("no value supplied for call".to_string()),
                }
            }
        }
        impl CallEnvelope {
            pub fn call<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Call>,
                T::Error: ::std::fmt::Display,
            {
                self.call = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallEnvelope> for super::CallEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { call: value.call? })
            }
        }
        impl ::std::convert::From<super::CallEnvelope> for CallEnvelope {
            fn from(value: super::CallEnvelope) -> Self {
                Self { call: Ok(value.call) }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CallSource {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            system: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallSource {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    system: Ok(Default::default()),
                }
            }
        }
        impl CallSource {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallSource> for super::CallSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    system: value.system?,
                })
            }
        }
        impl ::std::convert::From<super::CallSource> for CallSource {
            fn from(value: super::CallSource) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    system: Ok(value.system),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CallerIdGroupRef {
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallerIdGroupRef {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CallerIdGroupRef {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallerIdGroupRef> for super::CallerIdGroupRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallerIdGroupRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CallerIdGroupRef> for CallerIdGroupRef {
            fn from(value: super::CallerIdGroupRef) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CallerIdSet {
            phone_numbers: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallerIdSet {
            fn default() -> Self {
                Self {
                    phone_numbers: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CallerIdSet {
            pub fn phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_numbers: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallerIdSet> for super::CallerIdSet {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallerIdSet,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    phone_numbers: value.phone_numbers?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CallerIdSet> for CallerIdSet {
            fn from(value: super::CallerIdSet) -> Self {
                Self {
                    phone_numbers: Ok(value.phone_numbers),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct Campaign {
            amd_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            amd_voicemail_message: ::std::result::Result<
                ::std::option::Option<super::AmdVoicemailMessage>,
                ::std::string::String,
            >,
            asr_optimization_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            caller_id_sets: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CallerIdSet>>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            dial_level: ::std::result::Result<f64, ::std::string::String>,
            dial_level_override: ::std::result::Result<
                ::std::option::Option<super::DialLevelOverride>,
                ::std::string::String,
            >,
            follow_up_mode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            max_dial_attempts: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            max_dial_time: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            max_wait_time: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            strategy: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            use_local_caller_id: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Campaign {
            fn default() -> Self {
                Self {
                    amd_enabled: Ok(Default::default()),
                    amd_voicemail_message: Ok(Default::default()),
                    asr_optimization_enabled: Ok(Default::default()),
                    caller_id_sets: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    dial_level: Err("no value supplied for dial_level".to_string()),
                    dial_level_override: Ok(Default::default()),
                    follow_up_mode: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    max_dial_attempts: Ok(Default::default()),
                    max_dial_time: Ok(Default::default()),
                    max_wait_time: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    strategy: Err("no value supplied for strategy".to_string()),
                    updated_at: Ok(Default::default()),
                    use_local_caller_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Campaign {
            pub fn amd_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.amd_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amd_enabled: {e}")
                    });
                self
            }
            pub fn amd_voicemail_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AmdVoicemailMessage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amd_voicemail_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amd_voicemail_message: {e}"
                        )
                    });
                self
            }
            pub fn asr_optimization_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.asr_optimization_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for asr_optimization_enabled: {e}"
                        )
                    });
                self
            }
            pub fn caller_id_sets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CallerIdSet>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.caller_id_sets = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for caller_id_sets: {e}"
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
            pub fn dial_level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.dial_level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dial_level: {e}")
                    });
                self
            }
            pub fn dial_level_override<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DialLevelOverride>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.dial_level_override = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dial_level_override: {e}"
                        )
                    });
                self
            }
            pub fn follow_up_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.follow_up_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for follow_up_mode: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn max_dial_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_dial_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_dial_attempts: {e}"
                        )
                    });
                self
            }
            pub fn max_dial_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_dial_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_dial_time: {e}")
                    });
                self
            }
            pub fn max_wait_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_wait_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_wait_time: {e}")
                    });
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
            pub fn strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for strategy: {e}")
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
            pub fn use_local_caller_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.use_local_caller_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for use_local_caller_id: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Campaign> for super::Campaign {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Campaign,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amd_enabled: value.amd_enabled?,
                    amd_voicemail_message: value.amd_voicemail_message?,
                    asr_optimization_enabled: value.asr_optimization_enabled?,
                    caller_id_sets: value.caller_id_sets?,
                    created_at: value.created_at?,
                    dial_level: value.dial_level?,
                    dial_level_override: value.dial_level_override?,
                    follow_up_mode: value.follow_up_mode?,
                    id: value.id?,
                    max_dial_attempts: value.max_dial_attempts?,
                    max_dial_time: value.max_dial_time?,
                    max_wait_time: value.max_wait_time?,
                    name: value.name?,
                    status: value.status?,
                    strategy: value.strategy?,
                    updated_at: value.updated_at?,
                    use_local_caller_id: value.use_local_caller_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Campaign> for Campaign {
            fn from(value: super::Campaign) -> Self {
                Self {
                    amd_enabled: Ok(value.amd_enabled),
                    amd_voicemail_message: Ok(value.amd_voicemail_message),
                    asr_optimization_enabled: Ok(value.asr_optimization_enabled),
                    caller_id_sets: Ok(value.caller_id_sets),
                    created_at: Ok(value.created_at),
                    dial_level: Ok(value.dial_level),
                    dial_level_override: Ok(value.dial_level_override),
                    follow_up_mode: Ok(value.follow_up_mode),
                    id: Ok(value.id),
                    max_dial_attempts: Ok(value.max_dial_attempts),
                    max_dial_time: Ok(value.max_dial_time),
                    max_wait_time: Ok(value.max_wait_time),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    strategy: Ok(value.strategy),
                    updated_at: Ok(value.updated_at),
                    use_local_caller_id: Ok(value.use_local_caller_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CampaignEnvelope {
            campaign: ::std::result::Result<super::Campaign, ::std::string::String>,
        }
        impl ::std::default::Default for CampaignEnvelope {
            fn default() -> Self {
                Self {
                    campaign: Err("no value supplied for campaign".to_string()),
                }
            }
        }
        impl CampaignEnvelope {
            pub fn campaign<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Campaign>,
                T::Error: ::std::fmt::Display,
            {
                self.campaign = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for campaign: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignEnvelope> for super::CampaignEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { campaign: value.campaign? })
            }
        }
        impl ::std::convert::From<super::CampaignEnvelope> for CampaignEnvelope {
            fn from(value: super::CampaignEnvelope) -> Self {
                Self {
                    campaign: Ok(value.campaign),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CampaignList {
            campaigns: ::std::result::Result<
                ::std::vec::Vec<super::Campaign>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
        }
        impl ::std::default::Default for CampaignList {
            fn default() -> Self {
                Self {
                    campaigns: Err("no value supplied for campaigns".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                }
            }
        }
        impl CampaignList {
            pub fn campaigns<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Campaign>>,
                T::Error: ::std::fmt::Display,
            {
                self.campaigns = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for campaigns: {e}")
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<CampaignList> for super::CampaignList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    campaigns: value.campaigns?,
                    metadata: value.metadata?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignList> for CampaignList {
            fn from(value: super::CampaignList) -> Self {
                Self {
                    campaigns: Ok(value.campaigns),
                    metadata: Ok(value.metadata),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CannedMessage {
            body: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channels: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            teams: ::std::result::Result<
                ::std::vec::Vec<super::TeamRef>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CannedMessage {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    channels: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    teams: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CannedMessage {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn channels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channels: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
            pub fn teams<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TeamRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.teams = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for teams: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CannedMessage> for super::CannedMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CannedMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    channels: value.channels?,
                    id: value.id?,
                    name: value.name?,
                    teams: value.teams?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CannedMessage> for CannedMessage {
            fn from(value: super::CannedMessage) -> Self {
                Self {
                    body: Ok(value.body),
                    channels: Ok(value.channels),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    teams: Ok(value.teams),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CannedMessageList {
            canned_messages: ::std::result::Result<
                ::std::vec::Vec<super::CannedMessage>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
        }
        impl ::std::default::Default for CannedMessageList {
            fn default() -> Self {
                Self {
                    canned_messages: Err(
                        "no value supplied for canned_messages".to_string(),
                    ),
                    metadata: Err("no value supplied for metadata".to_string()),
                }
            }
        }
        impl CannedMessageList {
            pub fn canned_messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CannedMessage>>,
                T::Error: ::std::fmt::Display,
            {
                self.canned_messages = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canned_messages: {e}"
                        )
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<CannedMessageList> for super::CannedMessageList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CannedMessageList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    canned_messages: value.canned_messages?,
                    metadata: value.metadata?,
                })
            }
        }
        impl ::std::convert::From<super::CannedMessageList> for CannedMessageList {
            fn from(value: super::CannedMessageList) -> Self {
                Self {
                    canned_messages: Ok(value.canned_messages),
                    metadata: Ok(value.metadata),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct Cdr {
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::CdrId, ::std::string::String>,
            started_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Cdr {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    started_at: Err("no value supplied for started_at".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Cdr {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ended_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ended_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CdrId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for started_at: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Cdr> for super::Cdr {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Cdr,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    ended_at: value.ended_at?,
                    id: value.id?,
                    started_at: value.started_at?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Cdr> for Cdr {
            fn from(value: super::Cdr) -> Self {
                Self {
                    data: Ok(value.data),
                    ended_at: Ok(value.ended_at),
                    id: Ok(value.id),
                    started_at: Ok(value.started_at),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CdrList {
            cdrs: ::std::result::Result<
                ::std::vec::Vec<super::Cdr>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                super::CdrListMetadata,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CdrList {
            fn default() -> Self {
                Self {
                    cdrs: Err("no value supplied for cdrs".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                }
            }
        }
        impl CdrList {
            pub fn cdrs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Cdr>>,
                T::Error: ::std::fmt::Display,
            {
                self.cdrs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cdrs: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CdrListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CdrList> for super::CdrList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CdrList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cdrs: value.cdrs?,
                    metadata: value.metadata?,
                })
            }
        }
        impl ::std::convert::From<super::CdrList> for CdrList {
            fn from(value: super::CdrList) -> Self {
                Self {
                    cdrs: Ok(value.cdrs),
                    metadata: Ok(value.metadata),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct CdrListMetadata {
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CdrListMetadata {
            fn default() -> Self {
                Self {
                    next_cursor: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl CdrListMetadata {
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_cursor: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
        impl ::std::convert::TryFrom<CdrListMetadata> for super::CdrListMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CdrListMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    next_cursor: value.next_cursor?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::CdrListMetadata> for CdrListMetadata {
            fn from(value: super::CdrListMetadata) -> Self {
                Self {
                    next_cursor: Ok(value.next_cursor),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct DialLevelOverride {
            active_agents_threshold: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DialLevelOverride {
            fn default() -> Self {
                Self {
                    active_agents_threshold: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    value: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl DialLevelOverride {
            pub fn active_agents_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_agents_threshold = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_agents_threshold: {e}"
                        )
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DialLevelOverride> for super::DialLevelOverride {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DialLevelOverride,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_agents_threshold: value.active_agents_threshold?,
                    enabled: value.enabled?,
                    value: value.value?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DialLevelOverride> for DialLevelOverride {
            fn from(value: super::DialLevelOverride) -> Self {
                Self {
                    active_agents_threshold: Ok(value.active_agents_threshold),
                    enabled: Ok(value.enabled),
                    value: Ok(value.value),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct Lead {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            context_headers: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                super::LeadPhoneNumber,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::LeadSource>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Lead {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    context_headers: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    priority: Ok(Default::default()),
                    source: Ok(Default::default()),
                }
            }
        }
        impl Lead {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn context_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for context_headers: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LeadPhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU32>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LeadSource>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Lead> for super::Lead {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Lead,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    context_headers: value.context_headers?,
                    name: value.name?,
                    phone_number: value.phone_number?,
                    priority: value.priority?,
                    source: value.source?,
                })
            }
        }
        impl ::std::convert::From<super::Lead> for Lead {
            fn from(value: super::Lead) -> Self {
                Self {
                    active: Ok(value.active),
                    context_headers: Ok(value.context_headers),
                    name: Ok(value.name),
                    phone_number: Ok(value.phone_number),
                    priority: Ok(value.priority),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct LeadSource {
            system: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LeadSource {
            fn default() -> Self {
                Self {
                    system: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl LeadSource {
            pub fn system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system: {e}")
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
        impl ::std::convert::TryFrom<LeadSource> for super::LeadSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LeadSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    system: value.system?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::LeadSource> for LeadSource {
            fn from(value: super::LeadSource) -> Self {
                Self {
                    system: Ok(value.system),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct LeadsImport {
            created: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            duplicates: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            rejected: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LeadsImport {
            fn default() -> Self {
                Self {
                    created: Ok(Default::default()),
                    duplicates: Ok(Default::default()),
                    rejected: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl LeadsImport {
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn duplicates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicates = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicates: {e}")
                    });
                self
            }
            pub fn rejected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.rejected = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rejected: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LeadsImport> for super::LeadsImport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LeadsImport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created: value.created?,
                    duplicates: value.duplicates?,
                    rejected: value.rejected?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::LeadsImport> for LeadsImport {
            fn from(value: super::LeadsImport) -> Self {
                Self {
                    created: Ok(value.created),
                    duplicates: Ok(value.duplicates),
                    rejected: Ok(value.rejected),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct LeadsImportEnvelope {
            leads_import: ::std::result::Result<
                super::LeadsImport,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LeadsImportEnvelope {
            fn default() -> Self {
                Self {
                    leads_import: Err("no value supplied for leads_import".to_string()),
                }
            }
        }
        impl LeadsImportEnvelope {
            pub fn leads_import<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LeadsImport>,
                T::Error: ::std::fmt::Display,
            {
                self.leads_import = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for leads_import: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LeadsImportEnvelope>
        for super::LeadsImportEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LeadsImportEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    leads_import: value.leads_import?,
                })
            }
        }
        impl ::std::convert::From<super::LeadsImportEnvelope> for LeadsImportEnvelope {
            fn from(value: super::LeadsImportEnvelope) -> Self {
                Self {
                    leads_import: Ok(value.leads_import),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
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
        #[non_exhaustive]
        pub struct MediaRef {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaRef {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl MediaRef {
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaRef> for super::MediaRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MediaRef> for MediaRef {
            fn from(value: super::MediaRef) -> Self {
                Self {
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct Queue {
            callback: ::std::result::Result<
                ::std::option::Option<super::QueueCallback>,
                ::std::string::String,
            >,
            extension: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failover_destination: ::std::result::Result<
                ::std::option::Option<super::QueueFailover>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            in_queue_announcement: ::std::result::Result<
                ::std::option::Option<super::QueueAnnouncement>,
                ::std::string::String,
            >,
            music_on_hold: ::std::result::Result<
                ::std::option::Option<super::MediaRef>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            post_call_rating: ::std::result::Result<
                ::std::option::Option<super::QueuePostCallRating>,
                ::std::string::String,
            >,
            strategy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Queue {
            fn default() -> Self {
                Self {
                    callback: Ok(Default::default()),
                    extension: Ok(Default::default()),
                    failover_destination: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    in_queue_announcement: Ok(Default::default()),
                    music_on_hold: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    post_call_rating: Ok(Default::default()),
                    strategy: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Queue {
            pub fn callback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::QueueCallback>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback: {e}")
                    });
                self
            }
            pub fn extension<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.extension = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extension: {e}")
                    });
                self
            }
            pub fn failover_destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::QueueFailover>>,
                T::Error: ::std::fmt::Display,
            {
                self.failover_destination = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for failover_destination: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn in_queue_announcement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::QueueAnnouncement>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.in_queue_announcement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for in_queue_announcement: {e}"
                        )
                    });
                self
            }
            pub fn music_on_hold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.music_on_hold = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for music_on_hold: {e}")
                    });
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
            pub fn post_call_rating<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::QueuePostCallRating>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.post_call_rating = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for post_call_rating: {e}"
                        )
                    });
                self
            }
            pub fn strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for strategy: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Queue> for super::Queue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Queue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback: value.callback?,
                    extension: value.extension?,
                    failover_destination: value.failover_destination?,
                    id: value.id?,
                    in_queue_announcement: value.in_queue_announcement?,
                    music_on_hold: value.music_on_hold?,
                    name: value.name?,
                    post_call_rating: value.post_call_rating?,
                    strategy: value.strategy?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Queue> for Queue {
            fn from(value: super::Queue) -> Self {
                Self {
                    callback: Ok(value.callback),
                    extension: Ok(value.extension),
                    failover_destination: Ok(value.failover_destination),
                    id: Ok(value.id),
                    in_queue_announcement: Ok(value.in_queue_announcement),
                    music_on_hold: Ok(value.music_on_hold),
                    name: Ok(value.name),
                    post_call_rating: Ok(value.post_call_rating),
                    strategy: Ok(value.strategy),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct QueueAnnouncement {
            announce_position: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            announce_wait_time: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            interval: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            voice_message: ::std::result::Result<
                ::std::option::Option<super::MediaRef>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QueueAnnouncement {
            fn default() -> Self {
                Self {
                    announce_position: Ok(Default::default()),
                    announce_wait_time: Ok(Default::default()),
                    interval: Ok(Default::default()),
                    voice_message: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl QueueAnnouncement {
            pub fn announce_position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.announce_position = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for announce_position: {e}"
                        )
                    });
                self
            }
            pub fn announce_wait_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.announce_wait_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for announce_wait_time: {e}"
                        )
                    });
                self
            }
            pub fn interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.interval = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for interval: {e}")
                    });
                self
            }
            pub fn voice_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.voice_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice_message: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueueAnnouncement> for super::QueueAnnouncement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueueAnnouncement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    announce_position: value.announce_position?,
                    announce_wait_time: value.announce_wait_time?,
                    interval: value.interval?,
                    voice_message: value.voice_message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::QueueAnnouncement> for QueueAnnouncement {
            fn from(value: super::QueueAnnouncement) -> Self {
                Self {
                    announce_position: Ok(value.announce_position),
                    announce_wait_time: Ok(value.announce_wait_time),
                    interval: Ok(value.interval),
                    voice_message: Ok(value.voice_message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct QueueCallback {
            caller_id_group: ::std::result::Result<
                ::std::option::Option<super::CallerIdGroupRef>,
                ::std::string::String,
            >,
            confirmation_voice_message: ::std::result::Result<
                ::std::option::Option<super::MediaRef>,
                ::std::string::String,
            >,
            offer_voice_message: ::std::result::Result<
                ::std::option::Option<super::MediaRef>,
                ::std::string::String,
            >,
            wait_time: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QueueCallback {
            fn default() -> Self {
                Self {
                    caller_id_group: Ok(Default::default()),
                    confirmation_voice_message: Ok(Default::default()),
                    offer_voice_message: Ok(Default::default()),
                    wait_time: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl QueueCallback {
            pub fn caller_id_group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CallerIdGroupRef>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.caller_id_group = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for caller_id_group: {e}"
                        )
                    });
                self
            }
            pub fn confirmation_voice_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.confirmation_voice_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for confirmation_voice_message: {e}"
                        )
                    });
                self
            }
            pub fn offer_voice_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.offer_voice_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for offer_voice_message: {e}"
                        )
                    });
                self
            }
            pub fn wait_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.wait_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wait_time: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueueCallback> for super::QueueCallback {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueueCallback,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    caller_id_group: value.caller_id_group?,
                    confirmation_voice_message: value.confirmation_voice_message?,
                    offer_voice_message: value.offer_voice_message?,
                    wait_time: value.wait_time?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::QueueCallback> for QueueCallback {
            fn from(value: super::QueueCallback) -> Self {
                Self {
                    caller_id_group: Ok(value.caller_id_group),
                    confirmation_voice_message: Ok(value.confirmation_voice_message),
                    offer_voice_message: Ok(value.offer_voice_message),
                    wait_time: Ok(value.wait_time),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct QueueEnvelope {
            queue: ::std::result::Result<super::Queue, ::std::string::String>,
        }
        impl ::std::default::Default for QueueEnvelope {
            fn default() -> Self {
                Self {
                    queue: Err("no value supplied for queue".to_string()),
                }
            }
        }
        impl QueueEnvelope {
            pub fn queue<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Queue>,
                T::Error: ::std::fmt::Display,
            {
                self.queue = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queue: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueueEnvelope> for super::QueueEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueueEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { queue: value.queue? })
            }
        }
        impl ::std::convert::From<super::QueueEnvelope> for QueueEnvelope {
            fn from(value: super::QueueEnvelope) -> Self {
                Self { queue: Ok(value.queue) }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct QueueFailover {
            destination: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            wait_time: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QueueFailover {
            fn default() -> Self {
                Self {
                    destination: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    wait_time: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl QueueFailover {
            pub fn destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.destination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destination: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn wait_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.wait_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wait_time: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueueFailover> for super::QueueFailover {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueueFailover,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    destination: value.destination?,
                    type_: value.type_?,
                    wait_time: value.wait_time?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::QueueFailover> for QueueFailover {
            fn from(value: super::QueueFailover) -> Self {
                Self {
                    destination: Ok(value.destination),
                    type_: Ok(value.type_),
                    wait_time: Ok(value.wait_time),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct QueuePostCallRating {
            instruction_voice_message: ::std::result::Result<
                ::std::option::Option<super::MediaRef>,
                ::std::string::String,
            >,
            notification_voice_message: ::std::result::Result<
                ::std::option::Option<super::MediaRef>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QueuePostCallRating {
            fn default() -> Self {
                Self {
                    instruction_voice_message: Ok(Default::default()),
                    notification_voice_message: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl QueuePostCallRating {
            pub fn instruction_voice_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.instruction_voice_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for instruction_voice_message: {e}"
                        )
                    });
                self
            }
            pub fn notification_voice_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_voice_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_voice_message: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueuePostCallRating>
        for super::QueuePostCallRating {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueuePostCallRating,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    instruction_voice_message: value.instruction_voice_message?,
                    notification_voice_message: value.notification_voice_message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::QueuePostCallRating> for QueuePostCallRating {
            fn from(value: super::QueuePostCallRating) -> Self {
                Self {
                    instruction_voice_message: Ok(value.instruction_voice_message),
                    notification_voice_message: Ok(value.notification_voice_message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct SecurityAccessGroupRef {
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SecurityAccessGroupRef {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SecurityAccessGroupRef {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SecurityAccessGroupRef>
        for super::SecurityAccessGroupRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SecurityAccessGroupRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SecurityAccessGroupRef>
        for SecurityAccessGroupRef {
            fn from(value: super::SecurityAccessGroupRef) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct StartCallRequest {
            caller_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::CallSource>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<super::AgentId, ::std::string::String>,
        }
        impl ::std::default::Default for StartCallRequest {
            fn default() -> Self {
                Self {
                    caller_id: Ok(Default::default()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    source: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl StartCallRequest {
            pub fn caller_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.caller_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for caller_id: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CallSource>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentId>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StartCallRequest> for super::StartCallRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartCallRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    caller_id: value.caller_id?,
                    phone_number: value.phone_number?,
                    source: value.source?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::StartCallRequest> for StartCallRequest {
            fn from(value: super::StartCallRequest) -> Self {
                Self {
                    caller_id: Ok(value.caller_id),
                    phone_number: Ok(value.phone_number),
                    source: Ok(value.source),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct TeamRef {
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TeamRef {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TeamRef {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TeamRef> for super::TeamRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TeamRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TeamRef> for TeamRef {
            fn from(value: super::TeamRef) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct User {
            caller_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            employee_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extension: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            security_access_group: ::std::result::Result<
                ::std::option::Option<super::SecurityAccessGroupRef>,
                ::std::string::String,
            >,
            sip_account: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            supervised_teams: ::std::result::Result<
                ::std::vec::Vec<super::TeamRef>,
                ::std::string::String,
            >,
            teams: ::std::result::Result<
                ::std::vec::Vec<super::TeamRef>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    caller_id: Ok(Default::default()),
                    email: Ok(Default::default()),
                    employee_id: Ok(Default::default()),
                    extension: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    security_access_group: Ok(Default::default()),
                    sip_account: Ok(Default::default()),
                    supervised_teams: Ok(Default::default()),
                    teams: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl User {
            pub fn caller_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.caller_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for caller_id: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn employee_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.employee_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for employee_id: {e}")
                    });
                self
            }
            pub fn extension<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.extension = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extension: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
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
            pub fn security_access_group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SecurityAccessGroupRef>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.security_access_group = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_access_group: {e}"
                        )
                    });
                self
            }
            pub fn sip_account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sip_account = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sip_account: {e}")
                    });
                self
            }
            pub fn supervised_teams<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TeamRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.supervised_teams = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for supervised_teams: {e}"
                        )
                    });
                self
            }
            pub fn teams<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TeamRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.teams = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for teams: {e}")
                    });
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timezone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timezone: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    caller_id: value.caller_id?,
                    email: value.email?,
                    employee_id: value.employee_id?,
                    extension: value.extension?,
                    id: value.id?,
                    name: value.name?,
                    security_access_group: value.security_access_group?,
                    sip_account: value.sip_account?,
                    supervised_teams: value.supervised_teams?,
                    teams: value.teams?,
                    timezone: value.timezone?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    caller_id: Ok(value.caller_id),
                    email: Ok(value.email),
                    employee_id: Ok(value.employee_id),
                    extension: Ok(value.extension),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    security_access_group: Ok(value.security_access_group),
                    sip_account: Ok(value.sip_account),
                    supervised_teams: Ok(value.supervised_teams),
                    teams: Ok(value.teams),
                    timezone: Ok(value.timezone),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct UserList {
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            users: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserList {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                    users: Err("no value supplied for users".to_string()),
                }
            }
        }
        impl UserList {
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
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserList> for super::UserList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    users: value.users?,
                })
            }
        }
        impl ::std::convert::From<super::UserList> for UserList {
            fn from(value: super::UserList) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    users: Ok(value.users),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
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
        #[non_exhaustive]
        pub struct WebhookAgentStatus {
            current: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookAgentStatus {
            fn default() -> Self {
                Self {
                    current: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    previous_duration: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookAgentStatus {
            pub fn current<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.current = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for current: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn previous_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_duration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_duration: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookAgentStatus> for super::WebhookAgentStatus {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAgentStatus,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current: value.current?,
                    previous: value.previous?,
                    previous_duration: value.previous_duration?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookAgentStatus> for WebhookAgentStatus {
            fn from(value: super::WebhookAgentStatus) -> Self {
                Self {
                    current: Ok(value.current),
                    previous: Ok(value.previous),
                    previous_duration: Ok(value.previous_duration),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct WebhookAgentStatusEventData {
            activity_timestamp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extension: ::std::result::Result<
                ::std::option::Option<super::WebhookEventExtension>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<super::WebhookEventNumericId>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::WebhookAgentStatus>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookAgentStatusEventData {
            fn default() -> Self {
                Self {
                    activity_timestamp: Ok(Default::default()),
                    email: Ok(Default::default()),
                    extension: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookAgentStatusEventData {
            pub fn activity_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.activity_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for activity_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn extension<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventExtension>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extension = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extension: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventNumericId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookAgentStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookAgentStatusEventData>
        for super::WebhookAgentStatusEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAgentStatusEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    activity_timestamp: value.activity_timestamp?,
                    email: value.email?,
                    extension: value.extension?,
                    id: value.id?,
                    name: value.name?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookAgentStatusEventData>
        for WebhookAgentStatusEventData {
            fn from(value: super::WebhookAgentStatusEventData) -> Self {
                Self {
                    activity_timestamp: Ok(value.activity_timestamp),
                    email: Ok(value.email),
                    extension: Ok(value.extension),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct WebhookCallEventData {
            agent: ::std::result::Result<
                ::std::option::Option<super::WebhookEventAgent>,
                ::std::string::String,
            >,
            agent_start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            called_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            calling_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            campaign: ::std::result::Result<
                ::std::option::Option<super::WebhookEventCampaign>,
                ::std::string::String,
            >,
            cdr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            contacts_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::collections::BTreeMap<::std::string::String, i64>,
                ::std::string::String,
            >,
            ext_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            queue: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            script: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCallEventData {
            fn default() -> Self {
                Self {
                    agent: Ok(Default::default()),
                    agent_start_time: Ok(Default::default()),
                    called_number: Ok(Default::default()),
                    calling_number: Ok(Default::default()),
                    campaign: Ok(Default::default()),
                    cdr_url: Ok(Default::default()),
                    contacts_url: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    ext_user_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    queue: Ok(Default::default()),
                    script: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookCallEventData {
            pub fn agent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventAgent>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.agent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agent: {e}")
                    });
                self
            }
            pub fn agent_start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.agent_start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for agent_start_time: {e}"
                        )
                    });
                self
            }
            pub fn called_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.called_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for called_number: {e}")
                    });
                self
            }
            pub fn calling_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.calling_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for calling_number: {e}"
                        )
                    });
                self
            }
            pub fn campaign<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventCampaign>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.campaign = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for campaign: {e}")
                    });
                self
            }
            pub fn cdr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cdr_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cdr_url: {e}")
                    });
                self
            }
            pub fn contacts_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contacts_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contacts_url: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<::std::string::String, i64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn ext_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ext_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ext_user_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn queue<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queue = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queue: {e}")
                    });
                self
            }
            pub fn script<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.script = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for script: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCallEventData>
        for super::WebhookCallEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCallEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent: value.agent?,
                    agent_start_time: value.agent_start_time?,
                    called_number: value.called_number?,
                    calling_number: value.calling_number?,
                    campaign: value.campaign?,
                    cdr_url: value.cdr_url?,
                    contacts_url: value.contacts_url?,
                    duration: value.duration?,
                    ext_user_id: value.ext_user_id?,
                    id: value.id?,
                    queue: value.queue?,
                    script: value.script?,
                    start_time: value.start_time?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCallEventData> for WebhookCallEventData {
            fn from(value: super::WebhookCallEventData) -> Self {
                Self {
                    agent: Ok(value.agent),
                    agent_start_time: Ok(value.agent_start_time),
                    called_number: Ok(value.called_number),
                    calling_number: Ok(value.calling_number),
                    campaign: Ok(value.campaign),
                    cdr_url: Ok(value.cdr_url),
                    contacts_url: Ok(value.contacts_url),
                    duration: Ok(value.duration),
                    ext_user_id: Ok(value.ext_user_id),
                    id: Ok(value.id),
                    queue: Ok(value.queue),
                    script: Ok(value.script),
                    start_time: Ok(value.start_time),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
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
        #[non_exhaustive]
        pub struct WebhookEvent {
            contact_center_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            event: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secret: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEvent {
            fn default() -> Self {
                Self {
                    contact_center_id: Ok(Default::default()),
                    data: Ok(Default::default()),
                    event: Ok(Default::default()),
                    object: Ok(Default::default()),
                    secret: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookEvent {
            pub fn contact_center_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_center_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for contact_center_id: {e}"
                        )
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEvent> for super::WebhookEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact_center_id: value.contact_center_id?,
                    data: value.data?,
                    event: value.event?,
                    object: value.object?,
                    secret: value.secret?,
                    timestamp: value.timestamp?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEvent> for WebhookEvent {
            fn from(value: super::WebhookEvent) -> Self {
                Self {
                    contact_center_id: Ok(value.contact_center_id),
                    data: Ok(value.data),
                    event: Ok(value.event),
                    object: Ok(value.object),
                    secret: Ok(value.secret),
                    timestamp: Ok(value.timestamp),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct WebhookEventAgent {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extension: ::std::result::Result<
                ::std::option::Option<super::WebhookEventExtension>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<super::WebhookEventNumericId>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEventAgent {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    extension: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookEventAgent {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn extension<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventExtension>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extension = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extension: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventNumericId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEventAgent> for super::WebhookEventAgent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEventAgent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    extension: value.extension?,
                    id: value.id?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEventAgent> for WebhookEventAgent {
            fn from(value: super::WebhookEventAgent) -> Self {
                Self {
                    email: Ok(value.email),
                    extension: Ok(value.extension),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct WebhookEventCampaign {
            id: ::std::result::Result<
                ::std::option::Option<super::WebhookEventNumericId>,
                ::std::string::String,
            >,
            is_live: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEventCampaign {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    is_live: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookEventCampaign {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventNumericId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_live<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_live = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_live: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEventCampaign>
        for super::WebhookEventCampaign {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEventCampaign,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    is_live: value.is_live?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEventCampaign> for WebhookEventCampaign {
            fn from(value: super::WebhookEventCampaign) -> Self {
                Self {
                    id: Ok(value.id),
                    is_live: Ok(value.is_live),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct WebhookEventChannel {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEventChannel {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookEventChannel {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEventChannel>
        for super::WebhookEventChannel {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEventChannel,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEventChannel> for WebhookEventChannel {
            fn from(value: super::WebhookEventChannel) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub struct WebhookEventContact {
            channel_identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<super::WebhookEventNumericId>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEventContact {
            fn default() -> Self {
                Self {
                    channel_identifier: Ok(Default::default()),
                    id: Ok(Default::default()),
                    username: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookEventContact {
            pub fn channel_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for channel_identifier: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventNumericId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEventContact>
        for super::WebhookEventContact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEventContact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel_identifier: value.channel_identifier?,
                    id: value.id?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEventContact> for WebhookEventContact {
            fn from(value: super::WebhookEventContact) -> Self {
                Self {
                    channel_identifier: Ok(value.channel_identifier),
                    id: Ok(value.id),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
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
        #[non_exhaustive]
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
        #[non_exhaustive]
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
        #[non_exhaustive]
        pub struct WebhookLegacyEvent {
            entity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookLegacyEvent {
            fn default() -> Self {
                Self {
                    entity: Ok(Default::default()),
                    event: Ok(Default::default()),
                    key: Ok(Default::default()),
                    name: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookLegacyEvent {
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookLegacyEvent> for super::WebhookLegacyEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookLegacyEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    entity: value.entity?,
                    event: value.event?,
                    key: value.key?,
                    name: value.name?,
                    payload: value.payload?,
                    timestamp: value.timestamp?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookLegacyEvent> for WebhookLegacyEvent {
            fn from(value: super::WebhookLegacyEvent) -> Self {
                Self {
                    entity: Ok(value.entity),
                    event: Ok(value.event),
                    key: Ok(value.key),
                    name: Ok(value.name),
                    payload: Ok(value.payload),
                    timestamp: Ok(value.timestamp),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
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
        #[non_exhaustive]
        pub struct WebhookMessageEventData {
            agent: ::std::result::Result<
                ::std::option::Option<super::WebhookEventAgent>,
                ::std::string::String,
            >,
            channel: ::std::result::Result<
                ::std::option::Option<super::WebhookEventChannel>,
                ::std::string::String,
            >,
            contact: ::std::result::Result<
                ::std::option::Option<super::WebhookEventContact>,
                ::std::string::String,
            >,
            content_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            content_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookMessageEventData {
            fn default() -> Self {
                Self {
                    agent: Ok(Default::default()),
                    channel: Ok(Default::default()),
                    contact: Ok(Default::default()),
                    content_data: Ok(Default::default()),
                    content_type: Ok(Default::default()),
                    conversation_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    reference_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WebhookMessageEventData {
            pub fn agent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventAgent>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.agent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agent: {e}")
                    });
                self
            }
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventChannel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookEventContact>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.contact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact: {e}")
                    });
                self
            }
            pub fn content_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.content_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_data: {e}")
                    });
                self
            }
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookMessageEventData>
        for super::WebhookMessageEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookMessageEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent: value.agent?,
                    channel: value.channel?,
                    contact: value.contact?,
                    content_data: value.content_data?,
                    content_type: value.content_type?,
                    conversation_id: value.conversation_id?,
                    id: value.id?,
                    reference_id: value.reference_id?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookMessageEventData>
        for WebhookMessageEventData {
            fn from(value: super::WebhookMessageEventData) -> Self {
                Self {
                    agent: Ok(value.agent),
                    channel: Ok(value.channel),
                    contact: Ok(value.contact),
                    content_data: Ok(value.content_data),
                    content_type: Ok(value.content_type),
                    conversation_id: Ok(value.conversation_id),
                    id: Ok(value.id),
                    reference_id: Ok(value.reference_id),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        #[non_exhaustive]
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
        #[non_exhaustive]
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
/**Client for Voiso Contact Center API v4

The documented parts of Voiso's contact-center REST API v4: webhook
failures and webhooks (Tasks), users, routing queues, canned messages,
dialer campaigns and their leads, starting calls, and call detail
records (CDRs).

A webhook delivery that fails five times within 24 hours (a timeout or a
non-2xx answer) becomes `inactive`: Voiso stops retrying it, and it must be
fixed and retriggered by hand.

Sources are pages under https://developers.voiso.com/ (and, where named,
https://docs.voiso.com/). Several reference pages are visible only in
part; statements marked "Inferred" are this SDK's own conclusions where
the documentation is silent or cut off; re-check them when Voiso
documents more.

Every operation carries two extensions:
`x-voiso-scope`, the API-key scope it needs
(`<area>.<resource>.<read|manage>`); and `x-voiso-retry`, whether a
client may send it again after an unknown outcome (a timeout, a reset,
a 5xx): `idempotent` (safe to repeat), `conflict-then-read` (a repeat
that already took effect answers 409, and reading the resource tells
whether the first went through), `deduplicated` (the server reports a
repeat's items as duplicates) or `never` (a repeat could act twice).
Open string fields list the values seen in the docs in
`x-voiso-known-values`; a value Voiso adds later still decodes.
Records keep the fields this spec does not know
(`additionalProperties`).

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
    /**Get list of campaigns

Returns a paginated list of all dialer campaigns, optionally
filtered. Source:
https://developers.voiso.com/reference-link/getcampaigns

Required scope: `campaigns.read`.

Paging is by `limit` (default 100, max 100) and `offset` (default 0);
`metadata.total` counts all campaigns available for the request and
the page size is the length of `campaigns`. The page's notes and
errors are cut: the errors below are inferred.


Sends a `GET` request to `/api/v4/campaigns`

Arguments:
- `limit`: Page size (default 100, max 100).
- `live`: Only campaigns whose "live" setting is on (true) or off (false). Inferred: a boolean, sent as `true` or `false`.
- `method`: Only campaigns with this dialing method. No values are documented.
- `name`: Only campaigns with this name, "typically used as a partial match".
- `offset`: Number of matching items to skip (default 0).
- `status`: Only campaigns in this status (see `Campaign.status` for the documented values).
- `strategy`: Only campaigns with this dialing strategy, e.g. `simple` or `predictive_ai`.
```ignore
let response = client.list_campaigns()
    .limit(limit)
    .live(live)
    .method(method)
    .name(name)
    .offset(offset)
    .status(status)
    .strategy(strategy)
    .send()
    .await;
```*/
    pub fn list_campaigns(&self) -> builder::ListCampaigns<'_> {
        builder::ListCampaigns::new(self)
    }
    /**Get campaign

Returns the full configuration of one dialer campaign. Some fields
can be null, depending on which features are enabled and which
settings were configured. Sources:
https://developers.voiso.com/reference/getcampaign,
https://developers.voiso.com/reference-link/getcampaign

Required scope: `campaigns.read`.

The error list is cut after "401 Unauthorized"; inferred: 403, 404
and 429 as on the sibling campaign pages.


Sends a `GET` request to `/api/v4/campaigns/{campaign_id}`

Arguments:
- `campaign_id`: The campaign's ID, from the Campaigns page or Get list of campaigns (an integer in Pause campaign's parameter widget; `3` in the examples).
```ignore
let response = client.get_campaign()
    .campaign_id(campaign_id)
    .send()
    .await;
```*/
    pub fn get_campaign(&self) -> builder::GetCampaign<'_> {
        builder::GetCampaign::new(self)
    }
    /**Add leads to a campaign

Imports leads into a dialer campaign and returns, by phone number,
which were created, rejected (e.g. invalid) or already present
(duplicates). Sources:
https://developers.voiso.com/reference-link/addleads,
https://docs.voiso.com/v1/docs/running-an-api-campaign

Required scope: `campaigns.manage`.

The body is a JSON array of at most 1000 leads (the admin docs' limit
on new contacts per call). Do not send simultaneous requests to one
campaign: wait at least 2 seconds after one completes; a request made
while an import is still being processed is rejected.

Sending the same leads again is safe: numbers already in the
campaign come back in `duplicates`.

Inferred: the success status is not documented; 200, 201 and 202 are
declared with the same body, and a client should accept any 2xx.
Inferred: a second import within 2 seconds answers 409 (or 429), and
more than 1000 leads answer 422. The page's error list is cut: the
other errors below are inferred.


Sends a `POST` request to `/api/v4/campaigns/{campaign_id}/leads`

Arguments:
- `campaign_id`: The campaign's ID, from the Campaigns page or Get list of campaigns (an integer in Pause campaign's parameter widget; `3` in the examples).
- `body`
```ignore
let response = client.add_campaign_leads()
    .campaign_id(campaign_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_campaign_leads(&self) -> builder::AddCampaignLeads<'_> {
        builder::AddCampaignLeads::new(self)
    }
    /**Pause campaign

Pauses a dialer campaign and returns the updated campaign object.
No request body. Source:
https://developers.voiso.com/reference/pausecampaign

Required scope: `campaigns.manage`.

The documented example is the bare campaign object, unlike Get
campaign's `{"campaign": {...}}`. Inferred: that may be a
documentation slip, so the response is either form (`PausedCampaign`
is one of `CampaignEnvelope` or `Campaign`). Inferred: success is 200;
a client should accept any 2xx.

A pause that already took effect answers 409 when repeated (the
campaign is already paused): after an unknown outcome, read the
campaign to tell success from a real conflict.


Sends a `POST` request to `/api/v4/campaigns/{campaign_id}/pause`

Arguments:
- `campaign_id`: The campaign's ID, from the Campaigns page or Get list of campaigns (an integer in Pause campaign's parameter widget; `3` in the examples).
```ignore
let response = client.pause_campaign()
    .campaign_id(campaign_id)
    .send()
    .await;
```*/
    pub fn pause_campaign(&self) -> builder::PauseCampaign<'_> {
        builder::PauseCampaign::new(self)
    }
    /**Get list of canned messages

Returns the canned messages: pre-written replies, with
`{{placeholder}}` variables, that agents use in messaging
interactions. Source (the slug's typo is Voiso's):
https://developers.voiso.com/reference/listsmstempaltes

Required scope: `messaging.canned_messages.read`.

Paging is by `limit` (default 100, max 100) and `offset` (default 0).
Documented errors: 401 and 403 (the key has no access to messaging
resources); the rest of the list is not visible, and the others
below are inferred.


Sends a `GET` request to `/api/v4/messaging/canned_messages`

Arguments:
- `limit`: Page size (default 100, max 100).
- `offset`: Number of matching items to skip (default 0).
```ignore
let response = client.list_canned_messages()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_canned_messages(&self) -> builder::ListCannedMessages<'_> {
        builder::ListCannedMessages::new(self)
    }
    /**Get list of CDRs

Lists call detail records. One list mixes interaction types: voice
calls, digital conversations, SMS and HLR lookups. Each record has
the common fields `id`, `type`, `started_at` and `ended_at` and a
`data` object with type-specific fields. Sources:
https://developers.voiso.com/reference-link/listcdrs,
https://developers.voiso.com/reference/listcdrs

Required scope: `reporting.cdrs.read`.

Paging is a hybrid of cursor and offset: pass the previous page's
`metadata.next_cursor` as `cursor` (opaque). A valid cursor wins over
`offset`; an invalid cursor falls back to offset paging, and if that
offset is invalid too the API answers 400. Without a cursor, paging
reaches only the first 10,000 records. `limit` defaults to 100, max
1000.

The page documents more filters (`subtype`, `disposition`,
`user_id`, `team_id`, queue, account, wrap-up code, end reason, event
tag, `from_phone_number`, `to_phone_number`, their `_like` forms
and channel accounts) whose names, values or encodings are partly
cut off; only the fully visible ones are declared here. Filters
documented as "single value or array" take one value here. Inferred:
how Voiso serialises arrays in the query is not documented.

Inferred: the response (not visible): a `cdrs` array next to
`metadata`, which the page says holds `next_cursor`; `metadata.total`
may be present. Errors other than the 400 are not visible: the ones
below are inferred.


Sends a `GET` request to `/api/v4/reporting/cdrs`

Arguments:
- `cursor`: The previous page's `metadata.next_cursor`, passed back unchanged (opaque). A valid cursor wins over `offset`.
- `ended_at_gte`: Only records ended at or after this instant (ISO 8601). Inferred: the bracket form, as for `started_at[gte]`.
- `ended_at_lt`: Only records ended strictly before this instant (ISO 8601). Inferred: the bracket form, as for `started_at[gte]`.
- `limit`: Page size (default 100, max 1000).
- `offset`: Number of matching items to skip (default 0).
- `started_at_gte`: Only records started at or after this instant (ISO 8601). Inferred: the bracket form; the page says `started_at` "supports comparisons, such as gte and lt", written as for webhook failures' `created_at[gte]`.
- `started_at_lt`: Only records started strictly before this instant (ISO 8601). Inferred: the bracket form, as for `started_at[gte]`.
- `type_`: Only records of this type: `call`, `conversation`, `sms` or `hlr_lookup`. The page documents a single value or an array; inferred: the array form's serialisation is not documented, so one value is sent.
```ignore
let response = client.list_cdrs()
    .cursor(cursor)
    .ended_at_gte(ended_at_gte)
    .ended_at_lt(ended_at_lt)
    .limit(limit)
    .offset(offset)
    .started_at_gte(started_at_gte)
    .started_at_lt(started_at_lt)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn list_cdrs(&self) -> builder::ListCdrs<'_> {
        builder::ListCdrs::new(self)
    }
    /**Get queue

Returns one inbound routing queue, with its music on hold,
announcements, failover, callback and post-call rating settings.
The queue must exist and be accessible to the key. Sources:
https://developers.voiso.com/reference-link/getqueue,
https://developers.voiso.com/reference/getqueue

Required scope: `routing.queues.read`.

The documented example is cut inside `post_call_rating`; the example
here stops where it does. Inferred: the optional feature blocks are
null when the feature is off (by analogy with Get campaign's "some
fields can be null"). Errors are not visible: the ones below are
inferred.


Sends a `GET` request to `/api/v4/routing/queues/{queue_id}`

Arguments:
- `queue_id`: The queue's ID. Inferred: an integer (the example is `1`; no type is visible).
```ignore
let response = client.get_queue()
    .queue_id(queue_id)
    .send()
    .await;
```*/
    pub fn get_queue(&self) -> builder::GetQueue<'_> {
        builder::GetQueue::new(self)
    }
    /**Get users assigned to a queue

Returns the users assigned to a queue, as an array of user objects
and paging metadata. Sources:
https://developers.voiso.com/reference-link/getqueueusers,
https://developers.voiso.com/reference/getqueueusers

Required scope: `routing.queues.read`.

Paging is by `limit` (default 100, max 100) and `offset` (default 0).
The documented example is cut inside the first user's
`supervised_teams`; the example here stops before it. Inferred:
`metadata` is `{"total": N}` as in the v4 list convention (the
example is cut before it). Errors are not visible: the ones below are
inferred.


Sends a `GET` request to `/api/v4/routing/queues/{queue_id}/users`

Arguments:
- `queue_id`: The queue's ID. Inferred: an integer (the example is `1`; no type is visible).
- `limit`: Page size (default 100, max 100).
- `offset`: Number of matching items to skip (default 0).
```ignore
let response = client.list_queue_users()
    .queue_id(queue_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_queue_users(&self) -> builder::ListQueueUsers<'_> {
        builder::ListQueueUsers::new(self)
    }
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
    /**Get list of users

Returns a paginated list of full user objects, for the users the key
can access, optionally filtered. Source:
https://developers.voiso.com/reference/getusers

Required scope: `users.read`.

Paging is by `limit` (default 100, max 100) and `offset` (default 0).
The filters' types are not given by the page: `security_access_group_id`
is an integer in its example; the others are inferred to be strings.

Inferred: the response. The page says "an array of user objects" and
is cut there; the `{"users": [...], "metadata": {"total": N}}` body
follows the v4 list convention and the Get users assigned to a queue
example, whose user objects the records here describe. Errors are not
visible either: the ones below are inferred.


Sends a `GET` request to `/api/v4/users`

Arguments:
- `caller_id`: Only users with this caller ID.
- `email`: Only users with this e-mail address.
- `extension`: Only users with this extension.
- `limit`: Page size (default 100, max 100).
- `name`: Only users with this name.
- `offset`: Number of matching items to skip (default 0).
- `security_access_group_id`: Only users in this security access group.
- `sip_account`: Only users with this SIP account, as `username@domain`.
- `timezone`: Only users in this time zone (a tz database name).
```ignore
let response = client.list_users()
    .caller_id(caller_id)
    .email(email)
    .extension(extension)
    .limit(limit)
    .name(name)
    .offset(offset)
    .security_access_group_id(security_access_group_id)
    .sip_account(sip_account)
    .timezone(timezone)
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }
    /**Start call

Starts a call for an agent from an external system: Voiso rings the
agent and dials `phone_number`. If the request is accepted, the
response holds the initiated call's ID; call details come later from
the reporting APIs (CDRs). Source:
https://developers.voiso.com/reference-link/startcall

Required scope: `voice.call.manage`.

Prerequisites: the agent has an extension or a valid sign-in
identity, click-to-call is enabled in the agent's security access
group, and the agent is signed in to Agent Panel with status
Available.

Never send it again after an unknown outcome: a repeat places a
second call.

Inferred: the response, `{"call": {"id": ...}}` (the page's response
is not visible; one third-party integration reads `call.id`), and
its success status (200, 201 and 202 are declared with the same
body; a client should accept any 2xx). Errors are not visible:
inferred 403 for a key without the scope, and 422 with `errors`
keyed by `user` (agent not available) or `phone_number` (bad
format), as third-party code expects.


Sends a `POST` request to `/api/v4/voice/calls`

```ignore
let response = client.start_call()
    .body(body)
    .send()
    .await;
```*/
    pub fn start_call(&self) -> builder::StartCall<'_> {
        builder::StartCall::new(self)
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
    /**Builder for [`Client::list_campaigns`]

[`Client::list_campaigns`]: super::Client::list_campaigns*/
    #[derive(Debug, Clone)]
    pub struct ListCampaigns<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        live: Result<Option<bool>, String>,
        method: Result<Option<::std::string::String>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        status: Result<Option<::std::string::String>, String>,
        strategy: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCampaigns<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                live: Ok(None),
                method: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                status: Ok(None),
                strategy: Ok(None),
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
        pub fn live<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.live = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for live failed".to_string());
            self
        }
        pub fn method<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.method = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for method failed"
                        .to_string()
                });
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
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
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        pub fn strategy<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.strategy = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for strategy failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v4/campaigns`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CampaignList>, Error<types::ApiError>> {
            let Self { client, limit, live, method, name, offset, status, strategy } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let live = live.map_err(Error::InvalidRequest)?;
            let method = method.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let strategy = strategy.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v4/campaigns", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("live", &live))
                .query(&progenitor_client::QueryParam::new("method", &method))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("strategy", &strategy))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_campaigns",
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
    /**Builder for [`Client::get_campaign`]

[`Client::get_campaign`]: super::Client::get_campaign*/
    #[derive(Debug, Clone)]
    pub struct GetCampaign<'a> {
        client: &'a super::Client,
        campaign_id: Result<i64, String>,
    }
    impl<'a> GetCampaign<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                campaign_id: Err("campaign_id was not initialized".to_string()),
            }
        }
        pub fn campaign_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.campaign_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for campaign_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v4/campaigns/{campaign_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CampaignEnvelope>, Error<types::ApiError>> {
            let Self { client, campaign_id } = self;
            let campaign_id = campaign_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/campaigns/{}", client.baseurl, encode_path(& campaign_id
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
                operation_id: "get_campaign",
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
    /**Builder for [`Client::add_campaign_leads`]

[`Client::add_campaign_leads`]: super::Client::add_campaign_leads*/
    #[derive(Debug, Clone)]
    pub struct AddCampaignLeads<'a> {
        client: &'a super::Client,
        campaign_id: Result<i64, String>,
        body: Result<types::LeadsImportRequest, String>,
    }
    impl<'a> AddCampaignLeads<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                campaign_id: Err("campaign_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn campaign_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.campaign_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for campaign_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LeadsImportRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `LeadsImportRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v4/campaigns/{campaign_id}/leads`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::LeadsImportEnvelope>, Error<types::ApiError>> {
            let Self { client, campaign_id, body } = self;
            let campaign_id = campaign_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/campaigns/{}/leads", client.baseurl, encode_path(& campaign_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_campaign_leads",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
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
    /**Builder for [`Client::pause_campaign`]

[`Client::pause_campaign`]: super::Client::pause_campaign*/
    #[derive(Debug, Clone)]
    pub struct PauseCampaign<'a> {
        client: &'a super::Client,
        campaign_id: Result<i64, String>,
    }
    impl<'a> PauseCampaign<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                campaign_id: Err("campaign_id was not initialized".to_string()),
            }
        }
        pub fn campaign_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.campaign_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for campaign_id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v4/campaigns/{campaign_id}/pause`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PausedCampaign>, Error<types::ApiError>> {
            let Self { client, campaign_id } = self;
            let campaign_id = campaign_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/campaigns/{}/pause", client.baseurl, encode_path(& campaign_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "pause_campaign",
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
    /**Builder for [`Client::list_canned_messages`]

[`Client::list_canned_messages`]: super::Client::list_canned_messages*/
    #[derive(Debug, Clone)]
    pub struct ListCannedMessages<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> ListCannedMessages<'a> {
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
        ///Sends a `GET` request to `/api/v4/messaging/canned_messages`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CannedMessageList>, Error<types::ApiError>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v4/messaging/canned_messages", client.baseurl,);
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
                operation_id: "list_canned_messages",
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
    /**Builder for [`Client::list_cdrs`]

[`Client::list_cdrs`]: super::Client::list_cdrs*/
    #[derive(Debug, Clone)]
    pub struct ListCdrs<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        ended_at_gte: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        ended_at_lt: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<i64>, String>,
        started_at_gte: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        started_at_lt: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        type_: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCdrs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                ended_at_gte: Ok(None),
                ended_at_lt: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                started_at_gte: Ok(None),
                started_at_lt: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn ended_at_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.ended_at_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for ended_at_gte failed"
                        .to_string()
                });
            self
        }
        pub fn ended_at_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.ended_at_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for ended_at_lt failed"
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
        pub fn started_at_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.started_at_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for started_at_gte failed"
                        .to_string()
                });
            self
        }
        pub fn started_at_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.started_at_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for started_at_lt failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v4/reporting/cdrs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CdrList>, Error<types::ApiError>> {
            let Self {
                client,
                cursor,
                ended_at_gte,
                ended_at_lt,
                limit,
                offset,
                started_at_gte,
                started_at_lt,
                type_,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let ended_at_gte = ended_at_gte.map_err(Error::InvalidRequest)?;
            let ended_at_lt = ended_at_lt.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let started_at_gte = started_at_gte.map_err(Error::InvalidRequest)?;
            let started_at_lt = started_at_lt.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v4/reporting/cdrs", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new("ended_at[gte]", &ended_at_gte),
                )
                .query(&progenitor_client::QueryParam::new("ended_at[lt]", &ended_at_lt))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "started_at[gte]",
                        &started_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("started_at[lt]", &started_at_lt),
                )
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_cdrs",
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
    /**Builder for [`Client::get_queue`]

[`Client::get_queue`]: super::Client::get_queue*/
    #[derive(Debug, Clone)]
    pub struct GetQueue<'a> {
        client: &'a super::Client,
        queue_id: Result<i64, String>,
    }
    impl<'a> GetQueue<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                queue_id: Err("queue_id was not initialized".to_string()),
            }
        }
        pub fn queue_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.queue_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for queue_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v4/routing/queues/{queue_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::QueueEnvelope>, Error<types::ApiError>> {
            let Self { client, queue_id } = self;
            let queue_id = queue_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/routing/queues/{}", client.baseurl, encode_path(& queue_id
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
                operation_id: "get_queue",
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
    /**Builder for [`Client::list_queue_users`]

[`Client::list_queue_users`]: super::Client::list_queue_users*/
    #[derive(Debug, Clone)]
    pub struct ListQueueUsers<'a> {
        client: &'a super::Client,
        queue_id: Result<i64, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> ListQueueUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                queue_id: Err("queue_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn queue_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.queue_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for queue_id failed".to_string());
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
        ///Sends a `GET` request to `/api/v4/routing/queues/{queue_id}/users`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserList>, Error<types::ApiError>> {
            let Self { client, queue_id, limit, offset } = self;
            let queue_id = queue_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v4/routing/queues/{}/users", client.baseurl, encode_path(&
                queue_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_queue_users",
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
    /**Builder for [`Client::list_users`]

[`Client::list_users`]: super::Client::list_users*/
    #[derive(Debug, Clone)]
    pub struct ListUsers<'a> {
        client: &'a super::Client,
        caller_id: Result<Option<::std::string::String>, String>,
        email: Result<Option<::std::string::String>, String>,
        extension: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        security_access_group_id: Result<Option<i64>, String>,
        sip_account: Result<Option<::std::string::String>, String>,
        timezone: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                caller_id: Ok(None),
                email: Ok(None),
                extension: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                security_access_group_id: Ok(None),
                sip_account: Ok(None),
                timezone: Ok(None),
            }
        }
        pub fn caller_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.caller_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for caller_id failed"
                        .to_string()
                });
            self
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn extension<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.extension = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for extension failed"
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
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
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
        pub fn security_access_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.security_access_group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for security_access_group_id failed".to_string()
                });
            self
        }
        pub fn sip_account<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sip_account = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sip_account failed"
                        .to_string()
                });
            self
        }
        pub fn timezone<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.timezone = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for timezone failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v4/users`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserList>, Error<types::ApiError>> {
            let Self {
                client,
                caller_id,
                email,
                extension,
                limit,
                name,
                offset,
                security_access_group_id,
                sip_account,
                timezone,
            } = self;
            let caller_id = caller_id.map_err(Error::InvalidRequest)?;
            let email = email.map_err(Error::InvalidRequest)?;
            let extension = extension.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let security_access_group_id = security_access_group_id
                .map_err(Error::InvalidRequest)?;
            let sip_account = sip_account.map_err(Error::InvalidRequest)?;
            let timezone = timezone.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v4/users", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("caller_id", &caller_id))
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("extension", &extension))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "security_access_group_id",
                        &security_access_group_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("sip_account", &sip_account))
                .query(&progenitor_client::QueryParam::new("timezone", &timezone))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_users",
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
    /**Builder for [`Client::start_call`]

[`Client::start_call`]: super::Client::start_call*/
    #[derive(Debug, Clone)]
    pub struct StartCall<'a> {
        client: &'a super::Client,
        body: Result<types::builder::StartCallRequest, String>,
    }
    impl<'a> StartCall<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StartCallRequest>,
            <V as std::convert::TryInto<
                types::StartCallRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `StartCallRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StartCallRequest,
            ) -> types::builder::StartCallRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v4/voice/calls`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CallEnvelope>, Error<types::ApiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::StartCallRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v4/voice/calls", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "start_call",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
