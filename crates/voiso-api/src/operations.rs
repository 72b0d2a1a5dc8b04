// @generated from openapi/voiso.yaml by `cargo xtask generate`. Do not edit by hand:
// change the spec (or xtask/src/table.rs) and regenerate.
// spec sha256: 01177ebe481bd2fe40bd97f0527f666f05f721ba29182a67da48c362d166bbac

//! Every operation of the Voiso API, as `openapi/voiso.yaml` declares it:
//! one [`Operation`] per operationId, with its method, path template,
//! API-key scope (`x-voiso-scope`), paging and retry class (`x-voiso-retry`).
/// One operation of the API, as the spec declares it.
///
/// Variants are named after the operationId in UpperCamelCase and come in
/// the spec's order, which `Ord` follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Operation {
    /// List webhook failures
    ///
    /// `GET /api/v4/tasks/webhook_failures` (`listWebhookFailures`): scope `tasks.webhooks.read`, offset paging, retry `idempotent`.
    ListWebhookFailures,
    /// Get webhook failure
    ///
    /// `GET /api/v4/tasks/webhook_failures/{webhook_failure_id}` (`getWebhookFailure`): scope `tasks.webhooks.read`, not paged, retry `idempotent`.
    GetWebhookFailure,
    /// Retrigger webhook failure
    ///
    /// `POST /api/v4/tasks/webhook_failures/{webhook_failure_id}/retrigger` (`retriggerWebhookFailure`): scope `tasks.webhooks.manage`, not paged, retry `conflict-then-read`.
    RetriggerWebhookFailure,
    /// List webhooks
    ///
    /// `GET /api/v4/tasks/webhooks` (`listWebhooks`): scope `tasks.webhooks.read`, offset paging, retry `idempotent`.
    ListWebhooks,
    /// Get webhook
    ///
    /// `GET /api/v4/tasks/webhooks/{webhook_id}` (`getWebhook`): scope `tasks.webhooks.read`, not paged, retry `idempotent`.
    GetWebhook,
    /// Get list of users
    ///
    /// `GET /api/v4/users` (`listUsers`): scope `users.read`, offset paging, retry `idempotent`.
    ListUsers,
    /// Get queue
    ///
    /// `GET /api/v4/routing/queues/{queue_id}` (`getQueue`): scope `routing.queues.read`, not paged, retry `idempotent`.
    GetQueue,
    /// Get users assigned to a queue
    ///
    /// `GET /api/v4/routing/queues/{queue_id}/users` (`listQueueUsers`): scope `routing.queues.read`, offset paging, retry `idempotent`.
    ListQueueUsers,
    /// Get list of canned messages
    ///
    /// `GET /api/v4/messaging/canned_messages` (`listCannedMessages`): scope `messaging.canned_messages.read`, offset paging, retry `idempotent`.
    ListCannedMessages,
    /// Get list of campaigns
    ///
    /// `GET /api/v4/campaigns` (`listCampaigns`): scope `campaigns.read`, offset paging, retry `idempotent`.
    ListCampaigns,
    /// Get campaign
    ///
    /// `GET /api/v4/campaigns/{campaign_id}` (`getCampaign`): scope `campaigns.read`, not paged, retry `idempotent`.
    GetCampaign,
    /// Pause campaign
    ///
    /// `POST /api/v4/campaigns/{campaign_id}/pause` (`pauseCampaign`): scope `campaigns.manage`, not paged, retry `conflict-then-read`.
    PauseCampaign,
    /// Add leads to a campaign
    ///
    /// `POST /api/v4/campaigns/{campaign_id}/leads` (`addCampaignLeads`): scope `campaigns.manage`, not paged, retry `deduplicated`.
    AddCampaignLeads,
    /// Start call
    ///
    /// `POST /api/v4/voice/calls` (`startCall`): scope `voice.call.manage`, not paged, retry `never`.
    StartCall,
    /// Get list of CDRs
    ///
    /// `GET /api/v4/reporting/cdrs` (`listCdrs`): scope `reporting.cdrs.read`, cursor paging, retry `idempotent`.
    ListCdrs,
}
/// How an operation's results come in pages, derived from its parameters:
/// a `cursor` query parameter makes it [`Paging::Cursor`], else an `offset`
/// query parameter makes it [`Paging::Offset`], else it is [`Paging::None`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Paging {
    /// One response holds the whole answer.
    None,
    /// Pages by the `offset` query parameter (with `limit`); `metadata.total` counts every matching item.
    Offset,
    /// Pages by the `cursor` query parameter; each page's `metadata.next_cursor` is the cursor of the next.
    Cursor,
}
/// Whether a call that failed may be sent again: the operation's `x-voiso-retry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryClass {
    /// `idempotent`: repeating the call changes nothing, so it may be sent again after any transient failure.
    Idempotent,
    /// `conflict-then-read`: a repeat of a call that already took effect answers 409 Conflict, so it may be sent again; a 409 after an attempt whose outcome is unknown (a timeout, a reset, a 5xx) means reading the resource back to tell that attempt's success from a real conflict.
    ConflictThenRead,
    /// `deduplicated`: the server recognises a repeated request and acts once, so it may be sent again unchanged.
    Deduplicated,
    /// `never`: a repeat could act twice, so it is never sent again automatically.
    Never,
}
impl RetryClass {
    /// The value `x-voiso-retry` gives in the spec, e.g. `"conflict-then-read"`.
    pub fn name(self) -> &'static str {
        match self {
            RetryClass::Idempotent => "idempotent",
            RetryClass::ConflictThenRead => "conflict-then-read",
            RetryClass::Deduplicated => "deduplicated",
            RetryClass::Never => "never",
        }
    }
}
impl Operation {
    /// Every operation, in the spec's order.
    pub const ALL: &'static [Operation] = &[
        Operation::ListWebhookFailures,
        Operation::GetWebhookFailure,
        Operation::RetriggerWebhookFailure,
        Operation::ListWebhooks,
        Operation::GetWebhook,
        Operation::ListUsers,
        Operation::GetQueue,
        Operation::ListQueueUsers,
        Operation::ListCannedMessages,
        Operation::ListCampaigns,
        Operation::GetCampaign,
        Operation::PauseCampaign,
        Operation::AddCampaignLeads,
        Operation::StartCall,
        Operation::ListCdrs,
    ];
    /// The spec's operationId, e.g. `"listWebhookFailures"`.
    pub fn name(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "listWebhookFailures",
            Operation::GetWebhookFailure => "getWebhookFailure",
            Operation::RetriggerWebhookFailure => "retriggerWebhookFailure",
            Operation::ListWebhooks => "listWebhooks",
            Operation::GetWebhook => "getWebhook",
            Operation::ListUsers => "listUsers",
            Operation::GetQueue => "getQueue",
            Operation::ListQueueUsers => "listQueueUsers",
            Operation::ListCannedMessages => "listCannedMessages",
            Operation::ListCampaigns => "listCampaigns",
            Operation::GetCampaign => "getCampaign",
            Operation::PauseCampaign => "pauseCampaign",
            Operation::AddCampaignLeads => "addCampaignLeads",
            Operation::StartCall => "startCall",
            Operation::ListCdrs => "listCdrs",
        }
    }
    /// The HTTP method, upper case: `"GET"`, `"POST"`, ...
    pub fn method(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "GET",
            Operation::GetWebhookFailure => "GET",
            Operation::RetriggerWebhookFailure => "POST",
            Operation::ListWebhooks => "GET",
            Operation::GetWebhook => "GET",
            Operation::ListUsers => "GET",
            Operation::GetQueue => "GET",
            Operation::ListQueueUsers => "GET",
            Operation::ListCannedMessages => "GET",
            Operation::ListCampaigns => "GET",
            Operation::GetCampaign => "GET",
            Operation::PauseCampaign => "POST",
            Operation::AddCampaignLeads => "POST",
            Operation::StartCall => "POST",
            Operation::ListCdrs => "GET",
        }
    }
    /// The path template, parameters not substituted (so traces group well),
    /// e.g. `"/api/v4/tasks/webhook_failures/{webhook_failure_id}"`.
    pub fn path(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "/api/v4/tasks/webhook_failures",
            Operation::GetWebhookFailure => {
                "/api/v4/tasks/webhook_failures/{webhook_failure_id}"
            }
            Operation::RetriggerWebhookFailure => {
                "/api/v4/tasks/webhook_failures/{webhook_failure_id}/retrigger"
            }
            Operation::ListWebhooks => "/api/v4/tasks/webhooks",
            Operation::GetWebhook => "/api/v4/tasks/webhooks/{webhook_id}",
            Operation::ListUsers => "/api/v4/users",
            Operation::GetQueue => "/api/v4/routing/queues/{queue_id}",
            Operation::ListQueueUsers => "/api/v4/routing/queues/{queue_id}/users",
            Operation::ListCannedMessages => "/api/v4/messaging/canned_messages",
            Operation::ListCampaigns => "/api/v4/campaigns",
            Operation::GetCampaign => "/api/v4/campaigns/{campaign_id}",
            Operation::PauseCampaign => "/api/v4/campaigns/{campaign_id}/pause",
            Operation::AddCampaignLeads => "/api/v4/campaigns/{campaign_id}/leads",
            Operation::StartCall => "/api/v4/voice/calls",
            Operation::ListCdrs => "/api/v4/reporting/cdrs",
        }
    }
    /// The API-key scope the operation needs (`x-voiso-scope`), of the form
    /// `<area>[.<resource>].<read|manage>`, e.g. `"tasks.webhooks.read"`.
    pub fn scope(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "tasks.webhooks.read",
            Operation::GetWebhookFailure => "tasks.webhooks.read",
            Operation::RetriggerWebhookFailure => "tasks.webhooks.manage",
            Operation::ListWebhooks => "tasks.webhooks.read",
            Operation::GetWebhook => "tasks.webhooks.read",
            Operation::ListUsers => "users.read",
            Operation::GetQueue => "routing.queues.read",
            Operation::ListQueueUsers => "routing.queues.read",
            Operation::ListCannedMessages => "messaging.canned_messages.read",
            Operation::ListCampaigns => "campaigns.read",
            Operation::GetCampaign => "campaigns.read",
            Operation::PauseCampaign => "campaigns.manage",
            Operation::AddCampaignLeads => "campaigns.manage",
            Operation::StartCall => "voice.call.manage",
            Operation::ListCdrs => "reporting.cdrs.read",
        }
    }
    /// How the operation's results come in pages.
    pub fn paging(self) -> Paging {
        match self {
            Operation::ListWebhookFailures => Paging::Offset,
            Operation::GetWebhookFailure => Paging::None,
            Operation::RetriggerWebhookFailure => Paging::None,
            Operation::ListWebhooks => Paging::Offset,
            Operation::GetWebhook => Paging::None,
            Operation::ListUsers => Paging::Offset,
            Operation::GetQueue => Paging::None,
            Operation::ListQueueUsers => Paging::Offset,
            Operation::ListCannedMessages => Paging::Offset,
            Operation::ListCampaigns => Paging::Offset,
            Operation::GetCampaign => Paging::None,
            Operation::PauseCampaign => Paging::None,
            Operation::AddCampaignLeads => Paging::None,
            Operation::StartCall => Paging::None,
            Operation::ListCdrs => Paging::Cursor,
        }
    }
    /// The most items one page may hold: the `maximum` of the operation's
    /// `limit` parameter (`None` when it has none). Clients ask for it and the
    /// mock enforces it, so a change in the spec reaches both.
    pub const fn max_limit(self) -> Option<u32> {
        match self {
            Operation::ListWebhookFailures => Some(100),
            Operation::GetWebhookFailure => None,
            Operation::RetriggerWebhookFailure => None,
            Operation::ListWebhooks => Some(100),
            Operation::GetWebhook => None,
            Operation::ListUsers => Some(100),
            Operation::GetQueue => None,
            Operation::ListQueueUsers => Some(100),
            Operation::ListCannedMessages => Some(100),
            Operation::ListCampaigns => Some(100),
            Operation::GetCampaign => None,
            Operation::PauseCampaign => None,
            Operation::AddCampaignLeads => None,
            Operation::StartCall => None,
            Operation::ListCdrs => Some(1000),
        }
    }
    /// Whether a failed call may be sent again (`x-voiso-retry`).
    pub fn retry(self) -> RetryClass {
        match self {
            Operation::ListWebhookFailures => RetryClass::Idempotent,
            Operation::GetWebhookFailure => RetryClass::Idempotent,
            Operation::RetriggerWebhookFailure => RetryClass::ConflictThenRead,
            Operation::ListWebhooks => RetryClass::Idempotent,
            Operation::GetWebhook => RetryClass::Idempotent,
            Operation::ListUsers => RetryClass::Idempotent,
            Operation::GetQueue => RetryClass::Idempotent,
            Operation::ListQueueUsers => RetryClass::Idempotent,
            Operation::ListCannedMessages => RetryClass::Idempotent,
            Operation::ListCampaigns => RetryClass::Idempotent,
            Operation::GetCampaign => RetryClass::Idempotent,
            Operation::PauseCampaign => RetryClass::ConflictThenRead,
            Operation::AddCampaignLeads => RetryClass::Deduplicated,
            Operation::StartCall => RetryClass::Never,
            Operation::ListCdrs => RetryClass::Idempotent,
        }
    }
    /// The spec's one-line summary, e.g. `"Get webhook failure"`; empty when
    /// the spec gives none.
    pub fn summary(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "List webhook failures",
            Operation::GetWebhookFailure => "Get webhook failure",
            Operation::RetriggerWebhookFailure => "Retrigger webhook failure",
            Operation::ListWebhooks => "List webhooks",
            Operation::GetWebhook => "Get webhook",
            Operation::ListUsers => "Get list of users",
            Operation::GetQueue => "Get queue",
            Operation::ListQueueUsers => "Get users assigned to a queue",
            Operation::ListCannedMessages => "Get list of canned messages",
            Operation::ListCampaigns => "Get list of campaigns",
            Operation::GetCampaign => "Get campaign",
            Operation::PauseCampaign => "Pause campaign",
            Operation::AddCampaignLeads => "Add leads to a campaign",
            Operation::StartCall => "Start call",
            Operation::ListCdrs => "Get list of CDRs",
        }
    }
    /// The operation whose operationId is exactly `name`.
    pub fn from_name(name: &str) -> Option<Operation> {
        match name {
            "listWebhookFailures" => Some(Operation::ListWebhookFailures),
            "getWebhookFailure" => Some(Operation::GetWebhookFailure),
            "retriggerWebhookFailure" => Some(Operation::RetriggerWebhookFailure),
            "listWebhooks" => Some(Operation::ListWebhooks),
            "getWebhook" => Some(Operation::GetWebhook),
            "listUsers" => Some(Operation::ListUsers),
            "getQueue" => Some(Operation::GetQueue),
            "listQueueUsers" => Some(Operation::ListQueueUsers),
            "listCannedMessages" => Some(Operation::ListCannedMessages),
            "listCampaigns" => Some(Operation::ListCampaigns),
            "getCampaign" => Some(Operation::GetCampaign),
            "pauseCampaign" => Some(Operation::PauseCampaign),
            "addCampaignLeads" => Some(Operation::AddCampaignLeads),
            "startCall" => Some(Operation::StartCall),
            "listCdrs" => Some(Operation::ListCdrs),
            _ => None,
        }
    }
    /// This operation's handler among `handlers`'s: the one place that matches
    /// every variant, so code outside this crate need not (and, the enum
    /// being `#[non_exhaustive]`, cannot) match them all to stay complete.
    pub fn handler<H: OperationHandlers + ?Sized>(self, handlers: &H) -> H::Handler {
        match self {
            Operation::ListWebhookFailures => handlers.list_webhook_failures(),
            Operation::GetWebhookFailure => handlers.get_webhook_failure(),
            Operation::RetriggerWebhookFailure => handlers.retrigger_webhook_failure(),
            Operation::ListWebhooks => handlers.list_webhooks(),
            Operation::GetWebhook => handlers.get_webhook(),
            Operation::ListUsers => handlers.list_users(),
            Operation::GetQueue => handlers.get_queue(),
            Operation::ListQueueUsers => handlers.list_queue_users(),
            Operation::ListCannedMessages => handlers.list_canned_messages(),
            Operation::ListCampaigns => handlers.list_campaigns(),
            Operation::GetCampaign => handlers.get_campaign(),
            Operation::PauseCampaign => handlers.pause_campaign(),
            Operation::AddCampaignLeads => handlers.add_campaign_leads(),
            Operation::StartCall => handlers.start_call(),
            Operation::ListCdrs => handlers.list_cdrs(),
        }
    }
}
/// One method per operation, for code that serves the API (the mock):
/// an implementation does not compile until it has a handler for every
/// operation in the spec, and [`Operation::handler`] picks among them.
pub trait OperationHandlers {
    /// What a handler is: a route, a closure, a name...
    type Handler;
    /// The handler of `GET /api/v4/tasks/webhook_failures` (`listWebhookFailures`).
    fn list_webhook_failures(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/tasks/webhook_failures/{webhook_failure_id}` (`getWebhookFailure`).
    fn get_webhook_failure(&self) -> Self::Handler;
    /// The handler of `POST /api/v4/tasks/webhook_failures/{webhook_failure_id}/retrigger` (`retriggerWebhookFailure`).
    fn retrigger_webhook_failure(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/tasks/webhooks` (`listWebhooks`).
    fn list_webhooks(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/tasks/webhooks/{webhook_id}` (`getWebhook`).
    fn get_webhook(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/users` (`listUsers`).
    fn list_users(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/routing/queues/{queue_id}` (`getQueue`).
    fn get_queue(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/routing/queues/{queue_id}/users` (`listQueueUsers`).
    fn list_queue_users(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/messaging/canned_messages` (`listCannedMessages`).
    fn list_canned_messages(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/campaigns` (`listCampaigns`).
    fn list_campaigns(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/campaigns/{campaign_id}` (`getCampaign`).
    fn get_campaign(&self) -> Self::Handler;
    /// The handler of `POST /api/v4/campaigns/{campaign_id}/pause` (`pauseCampaign`).
    fn pause_campaign(&self) -> Self::Handler;
    /// The handler of `POST /api/v4/campaigns/{campaign_id}/leads` (`addCampaignLeads`).
    fn add_campaign_leads(&self) -> Self::Handler;
    /// The handler of `POST /api/v4/voice/calls` (`startCall`).
    fn start_call(&self) -> Self::Handler;
    /// The handler of `GET /api/v4/reporting/cdrs` (`listCdrs`).
    fn list_cdrs(&self) -> Self::Handler;
}
/// What the spec's schemas constrain, by schema and property: checked by
/// clients before sending, enforced by the mock.
pub mod limits {
    /// The spec's `minimum` for `CdrListMetadata.total`.
    pub const CDR_LIST_METADATA_TOTAL_MINIMUM: i64 = 0;
    /// The spec's `pattern` for `Lead.phone_number`.
    pub const LEAD_PHONE_NUMBER_PATTERN: &str = "^[0-9]+$";
    /// The spec's `minimum` for `Lead.priority`.
    pub const LEAD_PRIORITY_MINIMUM: i64 = 1;
    /// The spec's `maximum` for `Lead.priority`.
    pub const LEAD_PRIORITY_MAXIMUM: i64 = 1000;
    /// The spec's `minItems` for `LeadsImportRequest`.
    pub const LEADS_IMPORT_REQUEST_MIN_ITEMS: usize = 1;
    /// The spec's `maxItems` for `LeadsImportRequest`.
    pub const LEADS_IMPORT_REQUEST_MAX_ITEMS: usize = 1000;
    /// The spec's `minimum` for `ListMetadata.total`.
    pub const LIST_METADATA_TOTAL_MINIMUM: i64 = 0;
    /// The spec's `pattern` for `WebhookFailureId`.
    pub const WEBHOOK_FAILURE_ID_PATTERN: &str = "^(?!\\.{1,2}$)[^\\\\]+$";
    /// The spec's `pattern` for `WebhookId`.
    pub const WEBHOOK_ID_PATTERN: &str = "^(?!\\.{1,2}$)[^\\\\]+$";
}
/// The spec's open string values (`x-voiso-known-values`), one enum per
/// property: `{Schema}{Property}`.
pub mod known {
    /// An open string (only `timer` appears in the docs): `Campaign.follow_up_mode`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CampaignFollowUpMode {
        /// `timer`
        Timer,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl CampaignFollowUpMode {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["timer"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                CampaignFollowUpMode::Timer => "timer",
                CampaignFollowUpMode::Unknown(other) => other,
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CampaignFollowUpMode {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "timer" => CampaignFollowUpMode::Timer,
                _ => CampaignFollowUpMode::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for CampaignFollowUpMode {
        fn from(value: &str) -> Self {
            CampaignFollowUpMode::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for CampaignFollowUpMode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for CampaignFollowUpMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CampaignFollowUpMode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignFollowUpMode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// The campaign's state: `Campaign.status`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CampaignStatus {
        /// `draft`: Being set up.
        Draft,
        /// `active`: Dialing.
        Active,
        /// `paused`: Paused by hand.
        Paused,
        /// `stopping`: On its way to `stopped`.
        Stopping,
        /// `completed`: Every lead done.
        Completed,
        /// `processing`: Being processed (e.g. an import).
        Processing,
        /// `stopped`: Stopped.
        Stopped,
        /// `auto_paused`: Paused by Voiso (e.g. no agents).
        AutoPaused,
        /// `pausing`: On its way to `paused`.
        Pausing,
        /// `auto_pausing`: On its way to `auto_paused`.
        AutoPausing,
        /// `import_error`: A lead import failed.
        ImportError,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl CampaignStatus {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
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
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                CampaignStatus::Draft => "draft",
                CampaignStatus::Active => "active",
                CampaignStatus::Paused => "paused",
                CampaignStatus::Stopping => "stopping",
                CampaignStatus::Completed => "completed",
                CampaignStatus::Processing => "processing",
                CampaignStatus::Stopped => "stopped",
                CampaignStatus::AutoPaused => "auto_paused",
                CampaignStatus::Pausing => "pausing",
                CampaignStatus::AutoPausing => "auto_pausing",
                CampaignStatus::ImportError => "import_error",
                CampaignStatus::Unknown(other) => other,
            }
        }
        /// Whether the value is one of `paused`, `pausing`.
        pub fn is_paused(&self) -> bool {
            matches!(self, CampaignStatus::Paused | CampaignStatus::Pausing)
        }
    }
    impl ::std::convert::From<::std::string::String> for CampaignStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "draft" => CampaignStatus::Draft,
                "active" => CampaignStatus::Active,
                "paused" => CampaignStatus::Paused,
                "stopping" => CampaignStatus::Stopping,
                "completed" => CampaignStatus::Completed,
                "processing" => CampaignStatus::Processing,
                "stopped" => CampaignStatus::Stopped,
                "auto_paused" => CampaignStatus::AutoPaused,
                "pausing" => CampaignStatus::Pausing,
                "auto_pausing" => CampaignStatus::AutoPausing,
                "import_error" => CampaignStatus::ImportError,
                _ => CampaignStatus::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for CampaignStatus {
        fn from(value: &str) -> Self {
            CampaignStatus::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for CampaignStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for CampaignStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CampaignStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// The dialing strategy: `Campaign.strategy`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CampaignStrategy {
        /// `simple`
        Simple,
        /// `predictive_ai`
        PredictiveAi,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl CampaignStrategy {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["simple", "predictive_ai"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                CampaignStrategy::Simple => "simple",
                CampaignStrategy::PredictiveAi => "predictive_ai",
                CampaignStrategy::Unknown(other) => other,
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CampaignStrategy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "simple" => CampaignStrategy::Simple,
                "predictive_ai" => CampaignStrategy::PredictiveAi,
                _ => CampaignStrategy::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for CampaignStrategy {
        fn from(value: &str) -> Self {
            CampaignStrategy::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for CampaignStrategy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for CampaignStrategy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CampaignStrategy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignStrategy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// The interaction type: `Cdr.type`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CdrType {
        /// `call`: A voice call.
        Call,
        /// `conversation`: A chat conversation.
        Conversation,
        /// `sms`: A text message.
        Sms,
        /// `hlr_lookup`: A number lookup.
        HlrLookup,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl CdrType {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "call",
            "conversation",
            "sms",
            "hlr_lookup",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                CdrType::Call => "call",
                CdrType::Conversation => "conversation",
                CdrType::Sms => "sms",
                CdrType::HlrLookup => "hlr_lookup",
                CdrType::Unknown(other) => other,
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CdrType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "call" => CdrType::Call,
                "conversation" => CdrType::Conversation,
                "sms" => CdrType::Sms,
                "hlr_lookup" => CdrType::HlrLookup,
                _ => CdrType::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for CdrType {
        fn from(value: &str) -> Self {
            CdrType::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for CdrType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for CdrType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CdrType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CdrType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// The media kind; an open string (`music_on_hold` and `voice_message` appear in the examples): `MediaRef.type`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum MediaRefType {
        /// `music_on_hold`
        MusicOnHold,
        /// `voice_message`
        VoiceMessage,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl MediaRefType {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["music_on_hold", "voice_message"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                MediaRefType::MusicOnHold => "music_on_hold",
                MediaRefType::VoiceMessage => "voice_message",
                MediaRefType::Unknown(other) => other,
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for MediaRefType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "music_on_hold" => MediaRefType::MusicOnHold,
                "voice_message" => MediaRefType::VoiceMessage,
                _ => MediaRefType::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for MediaRefType {
        fn from(value: &str) -> Self {
            MediaRefType::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for MediaRefType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for MediaRefType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MediaRefType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MediaRefType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// How calls are distributed to the queue's users; an open string (only `ring_all` appears in the docs): `Queue.strategy`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum QueueStrategy {
        /// `ring_all`
        RingAll,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl QueueStrategy {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["ring_all"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                QueueStrategy::RingAll => "ring_all",
                QueueStrategy::Unknown(other) => other,
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for QueueStrategy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ring_all" => QueueStrategy::RingAll,
                _ => QueueStrategy::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for QueueStrategy {
        fn from(value: &str) -> Self {
            QueueStrategy::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for QueueStrategy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for QueueStrategy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for QueueStrategy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for QueueStrategy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// The destination kind; an open string (only `voicemail` appears in the docs): `QueueFailover.type`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum QueueFailoverType {
        /// `voicemail`
        Voicemail,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl QueueFailoverType {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["voicemail"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                QueueFailoverType::Voicemail => "voicemail",
                QueueFailoverType::Unknown(other) => other,
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for QueueFailoverType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "voicemail" => QueueFailoverType::Voicemail,
                _ => QueueFailoverType::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for QueueFailoverType {
        fn from(value: &str) -> Self {
            QueueFailoverType::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for QueueFailoverType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for QueueFailoverType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for QueueFailoverType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for QueueFailoverType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// `inbound`, `outbound` or `dialer` in the examples: `WebhookCallEventData.type`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WebhookCallEventDataType {
        /// `inbound`
        Inbound,
        /// `outbound`
        Outbound,
        /// `dialer`
        Dialer,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl WebhookCallEventDataType {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["inbound", "outbound", "dialer"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                WebhookCallEventDataType::Inbound => "inbound",
                WebhookCallEventDataType::Outbound => "outbound",
                WebhookCallEventDataType::Dialer => "dialer",
                WebhookCallEventDataType::Unknown(other) => other,
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for WebhookCallEventDataType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "inbound" => WebhookCallEventDataType::Inbound,
                "outbound" => WebhookCallEventDataType::Outbound,
                "dialer" => WebhookCallEventDataType::Dialer,
                _ => WebhookCallEventDataType::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCallEventDataType {
        fn from(value: &str) -> Self {
            WebhookCallEventDataType::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for WebhookCallEventDataType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for WebhookCallEventDataType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebhookCallEventDataType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookCallEventDataType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
    /// Delivery state: `WebhookFailure.status`, an open string. The values the spec knows are
    /// variants; any other decodes as `Unknown` and is sent back unchanged.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WebhookFailureStatus {
        /// `inactive`: Voiso stopped retrying; it waits for a manual retrigger.
        Inactive,
        /// `pending`: Queued for another delivery attempt (e.g. after a retrigger).
        Pending,
        /// `delivered`: Delivered after all (inferred, not in Voiso's documentation).
        Delivered,
        /// A value the spec does not know (yet), kept verbatim.
        Unknown(::std::string::String),
    }
    impl WebhookFailureStatus {
        /// The values the spec knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["inactive", "pending", "delivered"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                WebhookFailureStatus::Inactive => "inactive",
                WebhookFailureStatus::Pending => "pending",
                WebhookFailureStatus::Delivered => "delivered",
                WebhookFailureStatus::Unknown(other) => other,
            }
        }
        /// Whether the value is one of `pending`, `delivered`.
        pub fn is_retriggered(&self) -> bool {
            matches!(
                self, WebhookFailureStatus::Pending | WebhookFailureStatus::Delivered
            )
        }
    }
    impl ::std::convert::From<::std::string::String> for WebhookFailureStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "inactive" => WebhookFailureStatus::Inactive,
                "pending" => WebhookFailureStatus::Pending,
                "delivered" => WebhookFailureStatus::Delivered,
                _ => WebhookFailureStatus::Unknown(value),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookFailureStatus {
        fn from(value: &str) -> Self {
            WebhookFailureStatus::from(value.to_string())
        }
    }
    impl ::std::str::FromStr for WebhookFailureStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(value.into())
        }
    }
    impl ::std::fmt::Display for WebhookFailureStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebhookFailureStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookFailureStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                .map(Into::into)
        }
    }
}
/// How an offset list's response reads as a page: its items and
/// `metadata.total`, for every list response of the spec.
pub mod pages {
    /// A list response: one array of items and `metadata.total`.
    pub trait OffsetPage {
        /// One item of the list.
        type Item;
        /// The page's items and the count of all items matching the filters.
        fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64);
    }
    impl OffsetPage for crate::types::CampaignList {
        type Item = crate::types::Campaign;
        fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64) {
            (self.campaigns, self.metadata.total)
        }
    }
    impl OffsetPage for crate::types::CannedMessageList {
        type Item = crate::types::CannedMessage;
        fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64) {
            (self.canned_messages, self.metadata.total)
        }
    }
    impl OffsetPage for crate::types::UserList {
        type Item = crate::types::User;
        fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64) {
            (self.users, self.metadata.total)
        }
    }
    impl OffsetPage for crate::types::WebhookFailureList {
        type Item = crate::types::WebhookFailure;
        fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64) {
            (self.webhook_failures, self.metadata.total)
        }
    }
    impl OffsetPage for crate::types::WebhookList {
        type Item = crate::types::Webhook;
        fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64) {
            (self.webhooks, self.metadata.total)
        }
    }
}
