// @generated from openapi/voiso.yaml by `cargo xtask generate`. Do not edit by hand:
// change the spec (or xtask/src/table.rs) and regenerate.
// spec sha256: 2d7f47b82cac9fb4d76087312c6a603751d7c2126b0ac6ebff2a7d1f65121b9e

//! Every operation of the Voiso API, as `openapi/voiso.yaml` declares it:
//! one [`Operation`] per operationId, with its method, path template,
//! API-key scope (`x-voiso-scope`), paging and retry class (`x-voiso-retry`).
/// One operation of the API, as the spec declares it.
///
/// Variants are named after the operationId in UpperCamelCase and come in
/// the spec's order, which `Ord` follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
}
/// How an operation's results come in pages, derived from its parameters:
/// a `cursor` query parameter makes it [`Paging::Cursor`], else an `offset`
/// query parameter makes it [`Paging::Offset`], else it is [`Paging::None`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    ];
    /// The spec's operationId, e.g. `"listWebhookFailures"`.
    pub fn name(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "listWebhookFailures",
            Operation::GetWebhookFailure => "getWebhookFailure",
            Operation::RetriggerWebhookFailure => "retriggerWebhookFailure",
            Operation::ListWebhooks => "listWebhooks",
            Operation::GetWebhook => "getWebhook",
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
            _ => None,
        }
    }
}
