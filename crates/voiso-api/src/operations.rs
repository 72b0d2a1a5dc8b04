// @generated from openapi/voiso.yaml by `cargo xtask generate`. Do not edit by hand:
// change the spec (or xtask/src/table.rs) and regenerate.
// spec sha256: c8eae5b0e8c4811608f1271d11c5c43127cd1d39e389b6cc0ddedad24c0aa83f

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
