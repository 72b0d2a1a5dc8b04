//! Handlers of the operations beyond webhooks: users, queues, canned
//! messages, campaigns and their leads, calls and CDRs; and
//! `GET /_mock/state`.

use std::collections::BTreeMap;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::Path;
use axum::extract::rejection::PathRejection;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use serde_json::{Map, Value};
use voiso_api::Operation;
use voiso_api::types::{
    Call, CallEnvelope, CallId, CampaignEnvelope, CampaignList, CannedMessageList, Lead,
    LeadsImportEnvelope, ListMetadata, PausedCampaign, QueueEnvelope, UserList,
};

use crate::cdr::{CdrFilter, OFFSET_WINDOW, Start, TypeFilter, ceil_ms};
use crate::center::{
    Agent, CampaignFilter, ImportError, MAX_LEADS, PauseError, UserFilter, valid_number,
};
use crate::handlers::{Params, Refusal, Shared, gate, page_max};
use crate::wire;

fn total(n: usize) -> ListMetadata {
    build!(ListMetadata {
        total: i64::try_from(n).unwrap_or(i64::MAX),
    })
}

fn errors(field: &str, message: &str) -> BTreeMap<String, Vec<String>> {
    BTreeMap::from([(field.to_owned(), vec![message.to_owned()])])
}

fn unprocessable(errors: BTreeMap<String, Vec<String>>) -> Response {
    wire::field_errors(StatusCode::UNPROCESSABLE_ENTITY, None, errors)
}

/// An integer path ID; anything else names nothing that exists.
fn int_id(id: Result<Path<String>, PathRejection>) -> Option<i64> {
    let Ok(Path(id)) = id else { return None };
    id.parse().ok()
}

pub(crate) async fn list_users(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::ListUsers).await {
        return response;
    }
    let parsed = (|| {
        let mut p = Params::new(&uri, Refusal::Unprocessable)?;
        let max = page_max(Operation::ListUsers);
        let (limit, offset) = p.paging(max, max);
        let group = p.single("security_access_group_id");
        let security_access_group_id = match group.as_deref().map(str::parse::<i64>) {
            None => None,
            Some(Ok(id)) => Some(id),
            Some(Err(_)) => {
                p.add("security_access_group_id", "must be an integer", true);
                None
            }
        };
        let filter = UserFilter {
            name: p.single("name"),
            email: p.single("email"),
            sip_account: p.single("sip_account"),
            security_access_group_id,
            extension: p.single("extension"),
            caller_id: p.single("caller_id"),
            timezone: p.single("timezone"),
        };
        p.finish()?;
        Ok((filter, offset, limit))
    })();
    let (filter, offset, limit) = match parsed {
        Ok(parsed) => parsed,
        Err(bad) => return crate::handlers::BadParams::into_response(bad),
    };
    let limit = state.page_limit(limit);
    let (users, n) = state.center().list_users(&filter, offset, limit);
    let list = build!(UserList {
        metadata: total(n),
        users,
    });
    wire::json(StatusCode::OK, wire::to_bytes(&list))
}

pub(crate) async fn get_queue(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::GetQueue).await {
        return response;
    }
    let queue = int_id(id).and_then(|id| state.center().queue(id).cloned());
    match queue {
        Some(queue) => wire::json(
            StatusCode::OK,
            wire::to_bytes(&build!(QueueEnvelope { queue })),
        ),
        None => wire::not_found(),
    }
}

pub(crate) async fn list_queue_users(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
    uri: Uri,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::ListQueueUsers).await {
        return response;
    }
    let Some(id) = int_id(id) else {
        return wire::not_found();
    };
    let (limit, offset) = match offset_paging(&uri, Operation::ListQueueUsers) {
        Ok(paging) => paging,
        Err(bad) => return bad.into_response(),
    };
    let limit = state.page_limit(limit);
    let page = state.center().queue_users(id, offset, limit);
    match page {
        Some((users, n)) => {
            let list = build!(UserList {
                metadata: total(n),
                users,
            });
            wire::json(StatusCode::OK, wire::to_bytes(&list))
        }
        None => wire::not_found(),
    }
}

/// `limit` and `offset` alone; every refusal is 422.
fn offset_paging(uri: &Uri, op: Operation) -> Result<(usize, u64), crate::handlers::BadParams> {
    let mut p = Params::new(uri, Refusal::Unprocessable)?;
    let paging = p.paging(page_max(op), page_max(op));
    p.finish()?;
    Ok(paging)
}

pub(crate) async fn list_canned_messages(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::ListCannedMessages).await {
        return response;
    }
    let (limit, offset) = match offset_paging(&uri, Operation::ListCannedMessages) {
        Ok(paging) => paging,
        Err(bad) => return bad.into_response(),
    };
    let limit = state.page_limit(limit);
    let (canned_messages, n) = state.center().canned_messages(offset, limit);
    let list = build!(CannedMessageList {
        canned_messages,
        metadata: total(n),
    });
    wire::json(StatusCode::OK, wire::to_bytes(&list))
}

pub(crate) async fn list_campaigns(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::ListCampaigns).await {
        return response;
    }
    let parsed = (|| {
        let mut p = Params::new(&uri, Refusal::Unprocessable)?;
        let max = page_max(Operation::ListCampaigns);
        let (limit, offset) = p.paging(max, max);
        let filter = CampaignFilter {
            name: p.single("name"),
            status: p.single("status"),
            strategy: p.single("strategy"),
            method: p.single("method"),
            live: p.boolean("live"),
        };
        p.finish()?;
        Ok((filter, offset, limit))
    })();
    let (filter, offset, limit) = match parsed {
        Ok(parsed) => parsed,
        Err(bad) => return crate::handlers::BadParams::into_response(bad),
    };
    let limit = state.page_limit(limit);
    let (campaigns, n) = state.center().list_campaigns(&filter, offset, limit);
    let list = build!(CampaignList {
        campaigns,
        metadata: total(n),
    });
    wire::json(StatusCode::OK, wire::to_bytes(&list))
}

pub(crate) async fn get_campaign(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::GetCampaign).await {
        return response;
    }
    let campaign = int_id(id).and_then(|id| state.center().campaign(id).cloned());
    match campaign {
        Some(campaign) => wire::json(
            StatusCode::OK,
            wire::to_bytes(&build!(CampaignEnvelope { campaign })),
        ),
        None => wire::not_found(),
    }
}

pub(crate) async fn pause_campaign(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::PauseCampaign).await {
        return response;
    }
    let Some(id) = int_id(id) else {
        return wire::not_found();
    };
    let result = state.center().pause(id, state.clock.now());
    match result {
        // The bare object, as the documented example shows.
        Ok(campaign) => wire::json(
            StatusCode::OK,
            wire::to_bytes(&PausedCampaign::Bare(campaign)),
        ),
        Err(PauseError::NotFound) => wire::not_found(),
        Err(PauseError::Conflict(status)) => wire::field_errors(
            StatusCode::CONFLICT,
            None,
            errors(
                "status",
                &format!("campaign is {status} and cannot be paused"),
            ),
        ),
    }
}

/// The body of `addCampaignLeads`: a JSON array of 1 to 1000 leads, each
/// as the spec's `Lead` describes it.
fn parse_leads(body: &[u8]) -> Result<Vec<Lead>, BTreeMap<String, Vec<String>>> {
    let refuse = |message: String| errors("leads", &message);
    let value: Value =
        serde_json::from_slice(body).map_err(|_| refuse("must be a JSON array of leads".into()))?;
    let Value::Array(items) = value else {
        return Err(refuse("must be a JSON array of leads".into()));
    };
    if items.is_empty() {
        return Err(refuse("must contain at least 1 item".into()));
    }
    if items.len() > MAX_LEADS {
        return Err(refuse(format!("must contain at most {MAX_LEADS} items")));
    }
    let mut problems = BTreeMap::new();
    let mut leads = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let mut problem = |message: String| {
            problems
                .entry(format!("leads[{i}]"))
                .or_insert_with(Vec::new)
                .push(message);
        };
        let Some(object) = item.as_object() else {
            problem("must be an object".into());
            continue;
        };
        // The spec's fields are never null; `source` and `context_headers`
        // are objects (serde would also read a struct from an array).
        for key in [
            "phone_number",
            "name",
            "priority",
            "active",
            "source",
            "context_headers",
        ] {
            if object.get(key).is_some_and(Value::is_null) {
                problem(format!("{key} must not be null"));
            }
        }
        for key in ["source", "context_headers"] {
            if object
                .get(key)
                .is_some_and(|v| !v.is_object() && !v.is_null())
            {
                problem(format!("{key} must be an object"));
            }
        }
        if let Some(source) = object.get("source").and_then(Value::as_object) {
            for key in ["system", "url"] {
                if source.get(key).is_some_and(|v| !v.is_string()) {
                    problem(format!("source.{key} must be a string"));
                }
            }
        }
        match serde_json::from_value::<Lead>(item) {
            Ok(lead)
                if lead.priority.is_some_and(|p| {
                    i64::from(p.get()) > voiso_api::limits::LEAD_PRIORITY_MAXIMUM
                }) =>
            {
                problem(format!(
                    "priority must be between 1 and {}",
                    voiso_api::limits::LEAD_PRIORITY_MAXIMUM
                ));
            }
            Ok(lead) => leads.push(lead),
            Err(e) => problem(e.to_string()),
        }
    }
    if problems.is_empty() {
        Ok(leads)
    } else {
        Err(problems)
    }
}

pub(crate) async fn add_campaign_leads(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
    body: Bytes,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::AddCampaignLeads).await {
        return response;
    }
    let Some(id) = int_id(id) else {
        return wire::not_found();
    };
    if state.center().campaign(id).is_none() {
        return wire::not_found();
    }
    let leads = match parse_leads(&body) {
        Ok(leads) => leads,
        Err(errors) => return unprocessable(errors),
    };
    let result = state
        .center()
        .import(id, &leads, Instant::now(), state.clock.now());
    match result {
        Ok(leads_import) => wire::json(
            StatusCode::OK,
            wire::to_bytes(&build!(LeadsImportEnvelope { leads_import })),
        ),
        Err(ImportError::NotFound) => wire::not_found(),
        Err(ImportError::TooSoon) => wire::field_errors(
            StatusCode::CONFLICT,
            None,
            errors(
                "leads",
                "an import is still being processed: wait 2 seconds after the last one",
            ),
        ),
    }
}

/// `phone_number` as `startCall` takes it: an optional `+`, 7 to 15 digits.
fn dialable(number: &str) -> bool {
    valid_number(number.strip_prefix('+').unwrap_or(number))
}

pub(crate) async fn start_call(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::StartCall).await {
        return response;
    }
    let Ok(Value::Object(request)) = serde_json::from_slice::<Value>(&body) else {
        return unprocessable(errors("body", "must be a JSON object"));
    };
    let mut problems: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut problem = |field: &str, message: &str| {
        problems
            .entry(field.to_owned())
            .or_default()
            .push(message.to_owned());
    };
    let user_id = match request.get("user_id") {
        Some(Value::String(id)) => Some(id.clone()),
        None => {
            problem("user_id", "is required");
            None
        }
        // The docs say integer, but users have UUIDs and no mapping from
        // an integer to a user is documented.
        Some(Value::Number(_)) => {
            problem(
                "user_id",
                "must be a user's ID (a UUID string, as listUsers gives it)",
            );
            None
        }
        Some(_) => {
            problem("user_id", "must be a string");
            None
        }
    };
    let phone_number = match request.get("phone_number") {
        Some(Value::String(n)) if dialable(n) => Some(n.clone()),
        Some(Value::String(_)) => {
            problem(
                "phone_number",
                "is invalid: 7 to 15 digits with the country code",
            );
            None
        }
        None => {
            problem("phone_number", "is required");
            None
        }
        Some(_) => {
            problem("phone_number", "must be a string");
            None
        }
    };
    let caller_id = match request.get("caller_id") {
        None => None,
        Some(Value::String(c)) => Some(c.clone()),
        Some(_) => {
            problem("caller_id", "must be a string");
            None
        }
    };
    let source = match request.get("source") {
        None => None,
        Some(Value::Object(s)) if s.values().all(Value::is_string) => Some(s.clone()),
        Some(_) => {
            problem("source", "must be an object of strings");
            None
        }
    };
    let mut center = state.center();
    if let Some(id) = &user_id {
        match center.agent(id) {
            Agent::Available => {}
            Agent::Unavailable => problem("user", "is not available"),
            Agent::Unknown => problem("user", "not found"),
        }
    }
    let (Some(user_id), Some(phone_number), true) = (user_id, phone_number, problems.is_empty())
    else {
        drop(center);
        return unprocessable(problems);
    };
    let call = center.start_call(
        user_id,
        phone_number,
        caller_id,
        source,
        state.clock.now(),
        state.cdrs.newest_started_ms(),
    );
    drop(center);
    let envelope = build!(CallEnvelope {
        call: build!(Call {
            id: CallId::String(call.id),
            extra: Map::new(),
        }),
    });
    wire::json(StatusCode::OK, wire::to_bytes(&envelope))
}

pub(crate) async fn list_cdrs(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::ListCdrs).await {
        return response;
    }
    let calls = state.center().calls().to_vec();
    let mut p = match Params::new(&uri, Refusal::Split) {
        Ok(p) => p,
        Err(bad) => return bad.into_response(),
    };
    // The spec's default page is 100; its maximum comes from the table.
    let (limit, offset) = p.paging(100, page_max(Operation::ListCdrs));
    let cursor = p.single("cursor");
    let bound = |p: &mut Params, name: &str| p.date(name).map(ceil_ms);
    let filter = CdrFilter {
        started_gte: bound(&mut p, "started_at[gte]"),
        started_lt: bound(&mut p, "started_at[lt]"),
        ended_gte: bound(&mut p, "ended_at[gte]"),
        ended_lt: bound(&mut p, "ended_at[lt]"),
        kind: TypeFilter::parse(p.single("type").as_deref()),
    };
    // A valid cursor wins over the offset; without one, offset paging
    // reaches the first 10,000 records only.
    let rank = cursor
        .as_deref()
        .and_then(|c| state.cdrs.decode_cursor(c, calls.len()));
    if rank.is_none() && !p.has_errors() && offset >= OFFSET_WINDOW {
        let message = if cursor.is_some() {
            "the cursor is invalid, and offset paging reaches the first 10000 records only"
        } else {
            "must be less than 10000 without a cursor"
        };
        return wire::field_errors(
            StatusCode::BAD_REQUEST,
            Some("Bad Request"),
            errors("offset", message),
        );
    }
    if let Err(bad) = p.finish() {
        return bad.into_response();
    }
    if rank.is_none()
        && offset > 0
        && state.cdrs.refuse_offset_past_end
        && offset >= state.cdrs.total(&calls, &filter)
    {
        return wire::field_errors(
            StatusCode::BAD_REQUEST,
            Some("Bad Request"),
            errors("offset", "is past the last record"),
        );
    }
    let (start, limit) = match rank {
        Some(rank) => (Start::Rank(rank), limit),
        None => (
            Start::Offset(offset),
            limit.min(usize::try_from(OFFSET_WINDOW - offset).unwrap_or(usize::MAX)),
        ),
    };
    let page = state
        .cdrs
        .page(&calls, &filter, start, state.page_limit(limit));
    wire::json(StatusCode::OK, Bytes::from(page.body))
}

/// `GET /_mock/state`: campaigns (status, lead count, accepted imports),
/// started calls and agents' availability.
pub(crate) async fn mock_state(axum::extract::State(state): Shared) -> Response {
    let body = wire::to_bytes(&state.center().state());
    wire::json(StatusCode::OK, body)
}
