//! The webhook operations' handlers, what every operation passes first
//! ([`gate`]), query parsing shared by every list, the inspection
//! endpoints and the 404/405 answers. The other operations are in `ops`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use chrono::{DateTime, Utc};

use voiso_api::Operation;

use crate::server::AppState;
use crate::store::{RetriggerError, Store};
use crate::wire;

pub(crate) type Shared = State<Arc<AppState>>;

/// The most items a page of `op` holds, from the spec (`limit`'s
/// `maximum`, generated into the operation table); also its default.
pub(crate) fn page_max(op: Operation) -> i64 {
    op.max_limit().map_or(1, i64::from)
}

/// What every API request passes first, in order: added latency, an
/// injected fault (before any state is read), then the key, which must
/// hold the operation's scope as the generated table gives it.
pub(crate) async fn gate(
    state: &AppState,
    headers: &HeaderMap,
    op: Operation,
) -> Result<(), Response> {
    let scope = op.scope();
    if !state.latency.is_zero() {
        tokio::time::sleep(state.latency).await;
    }
    state.stats.request();
    if let Some(fault) = state.faults.roll() {
        state.stats.fault();
        return Err(fault);
    }
    state
        .keys
        .check(headers, scope, Instant::now())
        .map_err(|denied| {
            if matches!(denied, crate::auth::Denied::RateLimited(_)) {
                state.stats.rate_limited();
            }
            denied.into_response()
        })
}

pub(crate) async fn list_failures(State(state): Shared, headers: HeaderMap, uri: Uri) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::ListWebhookFailures).await {
        return response;
    }
    let params = match ListParams::parse(&uri, true, Operation::ListWebhookFailures) {
        Ok(params) => params,
        Err(bad) => return bad.into_response(),
    };
    let limit = state.page_limit(params.limit);
    let list = state
        .store()
        .list_failures(params.gte, params.lt, params.offset, limit);
    wire::json(StatusCode::OK, wire::failure_list(&list))
}

pub(crate) async fn get_failure(
    State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    stored_body(
        &state,
        &headers,
        Operation::GetWebhookFailure,
        id,
        Store::failure_body,
    )
    .await
}

/// A get: the key, then the stored body of the ID, or 404.
async fn stored_body(
    state: &AppState,
    headers: &HeaderMap,
    op: Operation,
    id: Result<Path<String>, PathRejection>,
    lookup: fn(&Store, &str) -> Option<Bytes>,
) -> Response {
    if let Err(response) = gate(state, headers, op).await {
        return response;
    }
    // An ID that does not even decode names nothing that exists.
    let Ok(Path(id)) = id else {
        return wire::not_found();
    };
    let body = lookup(&state.store(), &id);
    match body {
        Some(body) => wire::json(StatusCode::OK, body),
        None => wire::not_found(),
    }
}

pub(crate) async fn retrigger(
    State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::RetriggerWebhookFailure).await {
        return response;
    }
    let Ok(Path(id)) = id else {
        return wire::not_found();
    };
    let result = state.store().retrigger(&id, state.clock.now());
    match result {
        Ok(body) => {
            state
                .delivery
                .schedule(Arc::clone(&state.store), id, state.stop.clone());
            wire::json(StatusCode::OK, body)
        }
        Err(RetriggerError::NotFound) => wire::not_found(),
        Err(RetriggerError::Conflict(status)) => wire::field_errors(
            StatusCode::CONFLICT,
            None,
            BTreeMap::from([(
                "status".to_owned(),
                vec![format!(
                    "webhook failure is {status} and cannot be retriggered"
                )],
            )]),
        ),
    }
}

pub(crate) async fn list_webhooks(State(state): Shared, headers: HeaderMap, uri: Uri) -> Response {
    if let Err(response) = gate(&state, &headers, Operation::ListWebhooks).await {
        return response;
    }
    // The spec declares no 422 here, so every bad parameter is a 400.
    let params = match ListParams::parse(&uri, false, Operation::ListWebhooks) {
        Ok(params) => params,
        Err(bad) => return bad.into_response(),
    };
    let limit = state.page_limit(params.limit);
    let list = state.store().list_webhooks(params.offset, limit);
    wire::json(StatusCode::OK, wire::to_bytes(&list))
}

pub(crate) async fn get_webhook(
    State(state): Shared,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    stored_body(
        &state,
        &headers,
        Operation::GetWebhook,
        id,
        Store::webhook_body,
    )
    .await
}

/// `GET /_mock/stats`: requests, injected faults, 429s, lost replies and
/// late commits so far.
pub(crate) async fn request_stats(State(state): Shared) -> Response {
    wire::json(StatusCode::OK, wire::to_bytes(&state.stats.snapshot()))
}

/// `GET /_mock/deliveries`: per generated event, its attempts and outcomes.
pub(crate) async fn deliveries(State(state): Shared) -> Response {
    wire::json(StatusCode::OK, wire::to_bytes(&state.delivery.report()))
}

/// `GET /_mock/retriggers`: successful retriggers per failure ID.
pub(crate) async fn retrigger_counts(State(state): Shared) -> Response {
    let body = wire::to_bytes(state.store().retrigger_counts());
    wire::json(StatusCode::OK, body)
}

pub(crate) async fn not_found() -> Response {
    wire::not_found()
}

pub(crate) async fn method_not_allowed() -> Response {
    wire::error(StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed")
}

/// The query of a list request, validated.
#[derive(Debug, PartialEq)]
pub(crate) struct ListParams {
    pub(crate) limit: usize,
    pub(crate) offset: u64,
    pub(crate) gte: Option<DateTime<Utc>>,
    pub(crate) lt: Option<DateTime<Utc>>,
}

/// Which status a refused parameter gets; each operation's spec declares
/// its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// A value of the wrong type is 400; one out of range is 422.
    Split,
    /// Every refusal is 400.
    BadRequest,
    /// Every refusal is 422.
    Unprocessable,
}

/// A request's parameters were refused.
pub(crate) struct BadParams {
    pub(crate) status: StatusCode,
    pub(crate) errors: BTreeMap<String, Vec<String>>,
}

impl BadParams {
    /// A 400 carries the simple shape's `error` too, as Voiso's documented
    /// 400 body does; a 422 is the validation shape alone.
    pub(crate) fn into_response(self) -> Response {
        if self.status == StatusCode::BAD_REQUEST {
            wire::field_errors(self.status, Some("Bad Request"), self.errors)
        } else {
            wire::field_errors(self.status, None, self.errors)
        }
    }
}

/// A query string, read one parameter at a time; problems are collected
/// and refused together by [`Params::finish`].
pub(crate) struct Params {
    pairs: Vec<(String, String)>,
    errors: BTreeMap<String, Vec<String>>,
    /// A value of the wrong type (400 under [`Refusal::Split`]).
    malformed: bool,
    refusal: Refusal,
}

impl Params {
    pub(crate) fn new(uri: &Uri, refusal: Refusal) -> Result<Self, BadParams> {
        let Ok(Query(pairs)) = Query::<Vec<(String, String)>>::try_from_uri(uri) else {
            let status = if refusal == Refusal::Unprocessable {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::BAD_REQUEST
            };
            let errors = BTreeMap::from([(
                "query".to_owned(),
                vec!["is not a valid query string".to_owned()],
            )]);
            return Err(BadParams { status, errors });
        };
        Ok(Self {
            pairs,
            errors: BTreeMap::new(),
            malformed: false,
            refusal,
        })
    }

    pub(crate) fn add(&mut self, name: &str, message: &str, malformed: bool) {
        self.malformed |= malformed;
        self.errors
            .entry(name.to_owned())
            .or_default()
            .push(message.to_owned());
    }

    /// The parameter's value; given twice is refused.
    pub(crate) fn single(&mut self, name: &str) -> Option<String> {
        let mut values = self.pairs.iter().filter(|(k, _)| k == name);
        let first = values.next().map(|(_, v)| v.clone());
        if values.next().is_some() {
            self.add(name, "must be given at most once", true);
            return None;
        }
        first
    }

    /// An integer in `min..=max`, or `default` when absent; `None` when refused.
    pub(crate) fn int(&mut self, name: &str, default: i64, min: i64, max: i64) -> Option<i64> {
        let value = self.single(name);
        match value.as_deref().map(str::parse::<i64>) {
            None => Some(default),
            Some(Ok(n)) if (min..=max).contains(&n) => Some(n),
            Some(Ok(_)) => {
                let message = if max == i64::MAX {
                    format!("must be greater than or equal to {min}")
                } else {
                    format!("must be between {min} and {max}")
                };
                self.add(name, &message, false);
                None
            }
            Some(Err(_)) => {
                self.add(name, "must be an integer", true);
                None
            }
        }
    }

    /// An optional ISO 8601 date-time.
    pub(crate) fn date(&mut self, name: &str) -> Option<DateTime<Utc>> {
        let value = self.single(name)?;
        let parsed = crate::iso8601::parse(&value);
        if parsed.is_none() {
            self.add(name, "must be an ISO 8601 date-time", true);
        }
        parsed
    }

    /// An optional boolean, `true` or `false`.
    pub(crate) fn boolean(&mut self, name: &str) -> Option<bool> {
        match self.single(name)?.as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => {
                self.add(name, "must be true or false", true);
                None
            }
        }
    }

    /// `limit` (1 to `max`, default `default`) and `offset` (from 0).
    pub(crate) fn paging(&mut self, default: i64, max: i64) -> (usize, u64) {
        let limit = self.int("limit", default, 1, max);
        let offset = self.int("offset", 0, 0, i64::MAX);
        (
            limit.and_then(|n| usize::try_from(n).ok()).unwrap_or(1),
            offset.and_then(|n| u64::try_from(n).ok()).unwrap_or(0),
        )
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Refuses the request if any parameter was.
    pub(crate) fn finish(self) -> Result<(), BadParams> {
        if self.errors.is_empty() {
            return Ok(());
        }
        let status = match self.refusal {
            Refusal::BadRequest => StatusCode::BAD_REQUEST,
            Refusal::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            Refusal::Split if self.malformed => StatusCode::BAD_REQUEST,
            Refusal::Split => StatusCode::UNPROCESSABLE_ENTITY,
        };
        Err(BadParams {
            status,
            errors: self.errors,
        })
    }
}

impl ListParams {
    /// With `range_is_422`, values of the right type but out of range are
    /// 422 (as the spec's example for `limit`); everything else is 400.
    fn parse(uri: &Uri, range_is_422: bool, op: Operation) -> Result<Self, BadParams> {
        let refusal = if range_is_422 {
            Refusal::Split
        } else {
            Refusal::BadRequest
        };
        let mut params = Params::new(uri, refusal)?;
        let (limit, offset) = params.paging(page_max(op), page_max(op));
        let gte = params.date("created_at[gte]");
        let lt = params.date("created_at[lt]");
        params.finish()?;
        Ok(Self {
            limit,
            offset,
            gte,
            lt,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str, range_is_422: bool) -> Result<ListParams, (u16, serde_json::Value)> {
        let uri: Uri = format!("/x?{query}").parse().unwrap();
        ListParams::parse(&uri, range_is_422, Operation::ListWebhookFailures).map_err(|bad| {
            let r = bad.into_response();
            let status = r.status().as_u16();
            let body = body_json(r);
            (status, body)
        })
    }

    fn body_json(response: Response) -> serde_json::Value {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let bytes = rt
            .block_on(axum::body::to_bytes(response.into_body(), 1 << 20))
            .unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[test]
    fn defaults_and_valid_values() {
        let p = parse("", true).unwrap();
        assert_eq!((p.limit, p.offset, p.gte, p.lt), (100, 0, None, None));
        let p = parse(
            "limit=5&offset=7&created_at%5Bgte%5D=2026-03-15T00:00:00Z&created_at[lt]=2026-03-16T01:00:00%2B01:00&other=x",
            true,
        )
        .unwrap();
        assert_eq!((p.limit, p.offset), (5, 7));
        assert_eq!(p.gte.unwrap().to_rfc3339(), "2026-03-15T00:00:00+00:00");
        assert_eq!(p.lt.unwrap().to_rfc3339(), "2026-03-16T00:00:00+00:00");
        // What a Rails server sends back; in a query, `+` must be escaped.
        let p = parse(
            "created_at[gte]=2026-11-28T22:07:49.000000%2B0000&created_at[lt]=2026-11-28T22:07:49.5-0130",
            true,
        )
        .unwrap();
        assert_eq!(p.gte.unwrap().to_rfc3339(), "2026-11-28T22:07:49+00:00");
        assert_eq!(p.lt.unwrap().to_rfc3339(), "2026-11-28T23:37:49.500+00:00");
        // An unescaped `+` is a space in a query, as for Rack: refused.
        let (status, body) =
            parse("created_at[gte]=2026-11-28T22:07:49.000000+0000", true).unwrap_err();
        assert_eq!(status, 400);
        assert!(body["errors"]["created_at[gte]"].is_array(), "{body}");
    }

    #[test]
    fn bad_values_name_the_parameter() {
        for (query, status, field) in [
            ("limit=0", 422, "limit"),
            ("limit=101", 422, "limit"),
            ("limit=abc", 400, "limit"),
            ("limit=", 400, "limit"),
            ("limit=1.5", 400, "limit"),
            ("offset=-1", 422, "offset"),
            ("offset=99999999999999999999", 400, "offset"),
            ("limit=1&limit=2", 400, "limit"),
            ("created_at[gte]=yesterday", 400, "created_at[gte]"),
            ("created_at[lt]=2026-13-01T00:00:00Z", 400, "created_at[lt]"),
            ("created_at[gte]=2026-11-28", 400, "created_at[gte]"),
            (
                "created_at[gte]=2026-11-28T22:07:49",
                400,
                "created_at[gte]",
            ),
            (
                "created_at[lt]=2026-11-28T22:07:49%2B2400",
                400,
                "created_at[lt]",
            ),
        ] {
            let (got, body) = parse(query, true).unwrap_err();
            assert_eq!(got, status, "{query}");
            assert!(body["errors"][field].is_array(), "{query}: {body}");
        }
        let (status, body) = parse("limit=0", false).unwrap_err();
        assert_eq!(status, 400);
        assert_eq!(body["error"], "Bad Request");
    }

    proptest::proptest! {
        #[test]
        fn any_query_is_accepted_in_range_or_refused_with_4xx(query in ".{0,80}") {
            let Ok(uri) = format!("/x?{}", query.replace(['#', ' '], "")).parse::<Uri>() else {
                return Ok(());
            };
            match ListParams::parse(&uri, true, Operation::ListWebhookFailures) {
                Ok(p) => proptest::prop_assert!((1..=100).contains(&p.limit)),
                Err(bad) => proptest::prop_assert!(bad.status.is_client_error()),
            }
        }

        #[test]
        fn numeric_limits_split_exactly_at_the_bounds(limit in proptest::num::i64::ANY) {
            let uri: Uri = format!("/x?limit={limit}").parse().unwrap();
            let parsed = ListParams::parse(&uri, true, Operation::ListWebhookFailures);
            proptest::prop_assert_eq!(parsed.is_ok(), (1..=100).contains(&limit));
        }
    }
}
