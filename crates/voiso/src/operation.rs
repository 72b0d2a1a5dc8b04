//! The API's operations, as the retry policy, errors and tracing see them.

/// One of the API's operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// `GET /api/v4/tasks/webhook_failures`
    ListWebhookFailures,
    /// `GET /api/v4/tasks/webhook_failures/{id}`
    GetWebhookFailure,
    /// `POST /api/v4/tasks/webhook_failures/{id}/retrigger`
    RetriggerWebhookFailure,
    /// `GET /api/v4/tasks/webhooks`
    ListWebhooks,
    /// `GET /api/v4/tasks/webhooks/{id}`
    GetWebhook,
}

impl Operation {
    /// The spec's `operationId`.
    pub fn name(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "listWebhookFailures",
            Operation::GetWebhookFailure => "getWebhookFailure",
            Operation::RetriggerWebhookFailure => "retriggerWebhookFailure",
            Operation::ListWebhooks => "listWebhooks",
            Operation::GetWebhook => "getWebhook",
        }
    }

    /// The HTTP method.
    pub fn method(self) -> &'static str {
        match self {
            Operation::RetriggerWebhookFailure => "POST",
            _ => "GET",
        }
    }

    /// The path template (IDs are not substituted, so traces group well).
    pub fn path(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "/api/v4/tasks/webhook_failures",
            Operation::GetWebhookFailure => "/api/v4/tasks/webhook_failures/{webhook_failure_id}",
            Operation::RetriggerWebhookFailure => {
                "/api/v4/tasks/webhook_failures/{webhook_failure_id}/retrigger"
            }
            Operation::ListWebhooks => "/api/v4/tasks/webhooks",
            Operation::GetWebhook => "/api/v4/tasks/webhooks/{webhook_id}",
        }
    }

    /// The API-key scope the operation needs.
    pub fn scope(self) -> &'static str {
        match self {
            Operation::RetriggerWebhookFailure => "tasks.webhooks.manage",
            _ => "tasks.webhooks.read",
        }
    }

    pub(crate) fn resource(self) -> &'static str {
        match self {
            Operation::ListWebhookFailures => "the webhook failure list",
            Operation::GetWebhookFailure | Operation::RetriggerWebhookFailure => "webhook failure",
            Operation::ListWebhooks => "the webhook list",
            Operation::GetWebhook => "webhook",
        }
    }
}
