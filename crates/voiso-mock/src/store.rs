//! The server's state: failures (newest first), webhooks, and how often
//! each failure was retriggered.

use std::collections::{BTreeMap, HashMap};

use axum::body::Bytes;
use chrono::{DateTime, Utc};
use voiso_api::types::{
    ListMetadata, Webhook, WebhookEnvelope, WebhookFailure, WebhookFailureList, WebhookList,
};

use crate::seed::{STATUS_DELIVERED, STATUS_INACTIVE, STATUS_PENDING, SeedData};
use crate::wire;

struct Record {
    failure: WebhookFailure,
    /// The `getWebhookFailure` body, rebuilt on every change: gets are the
    /// hot path and far outnumber changes.
    body: Bytes,
}

impl Record {
    fn new(failure: WebhookFailure) -> Self {
        let body = wire::failure_envelope(&failure);
        Self { failure, body }
    }

    fn update(&mut self, change: impl FnOnce(&mut WebhookFailure)) {
        change(&mut self.failure);
        self.body = wire::failure_envelope(&self.failure);
    }
}

/// Why a retrigger was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum RetriggerError {
    NotFound,
    /// Only an `inactive` failure can be retriggered; this is its status.
    Conflict(String),
}

/// How a simulated delivery ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    Delivered,
    Failed(String),
}

pub(crate) struct Store {
    /// Newest first (`created_at`, then `id`, descending), the list order.
    records: Vec<Record>,
    by_id: HashMap<String, usize>,
    webhooks: Vec<Webhook>,
    webhook_bodies: HashMap<String, Bytes>,
    retriggers: BTreeMap<String, u64>,
}

impl Store {
    pub(crate) fn new(data: SeedData) -> Self {
        let mut failures = data.failures;
        failures.sort_by(|a, b| (b.created_at, b.id.as_str()).cmp(&(a.created_at, a.id.as_str())));
        let records: Vec<Record> = failures.into_iter().map(Record::new).collect();
        let by_id = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.failure.id.to_string(), i))
            .collect();
        let webhook_bodies = data
            .webhooks
            .iter()
            .map(|w| {
                let envelope = build!(WebhookEnvelope { webhook: w.clone() });
                (w.id.to_string(), wire::to_bytes(&envelope))
            })
            .collect();
        Self {
            records,
            by_id,
            webhooks: data.webhooks,
            webhook_bodies,
            retriggers: BTreeMap::new(),
        }
    }

    fn record(&self, id: &str) -> Option<&Record> {
        self.by_id.get(id).map(|&i| &self.records[i])
    }

    fn record_mut(&mut self, id: &str) -> Option<&mut Record> {
        let i = *self.by_id.get(id)?;
        self.records.get_mut(i)
    }

    pub(crate) fn failure(&self, id: &str) -> Option<&WebhookFailure> {
        self.record(id).map(|r| &r.failure)
    }

    pub(crate) fn failures(&self) -> impl Iterator<Item = &WebhookFailure> {
        self.records.iter().map(|r| &r.failure)
    }

    pub(crate) fn failure_body(&self, id: &str) -> Option<Bytes> {
        self.record(id).map(|r| r.body.clone())
    }

    /// One page of failures created in `[gte, lt)`, and how many match.
    pub(crate) fn list_failures(
        &self,
        gte: Option<DateTime<Utc>>,
        lt: Option<DateTime<Utc>>,
        offset: u64,
        limit: usize,
    ) -> WebhookFailureList {
        // Newest first: those created at or after `lt` are a prefix, those
        // created at or after `gte` another, so the matches lie between.
        let start = lt.map_or(0, |lt| {
            self.records.partition_point(|r| r.failure.created_at >= lt)
        });
        let end = gte.map_or(self.records.len(), |gte| {
            self.records
                .partition_point(|r| r.failure.created_at >= gte)
        });
        let matches = self.records.get(start..end).unwrap_or_default();
        let skip = usize::try_from(offset).unwrap_or(usize::MAX);
        build!(WebhookFailureList {
            metadata: build!(ListMetadata {
                total: i64::try_from(matches.len()).unwrap_or(i64::MAX),
            }),
            webhook_failures: matches
                .iter()
                .skip(skip)
                .take(limit)
                .map(|r| r.failure.clone())
                .collect::<Vec<_>>(),
        })
    }

    pub(crate) fn webhooks(&self) -> &[Webhook] {
        &self.webhooks
    }

    pub(crate) fn list_webhooks(&self, offset: u64, limit: usize) -> WebhookList {
        let skip = usize::try_from(offset).unwrap_or(usize::MAX);
        build!(WebhookList {
            metadata: build!(ListMetadata {
                total: i64::try_from(self.webhooks.len()).unwrap_or(i64::MAX),
            }),
            webhooks: self
                .webhooks
                .iter()
                .skip(skip)
                .take(limit)
                .cloned()
                .collect::<Vec<_>>(),
        })
    }

    pub(crate) fn webhook_body(&self, id: &str) -> Option<Bytes> {
        self.webhook_bodies.get(id).cloned()
    }

    /// Queues an `inactive` failure for another attempt. Runs under the
    /// store's lock, so of concurrent retriggers exactly one sees `inactive`.
    pub(crate) fn retrigger(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<Bytes, RetriggerError> {
        let record = self.record_mut(id).ok_or(RetriggerError::NotFound)?;
        if record.failure.status != STATUS_INACTIVE {
            return Err(RetriggerError::Conflict(record.failure.status.clone()));
        }
        record.update(|f| {
            f.status = STATUS_PENDING.to_owned();
            f.reason = None;
            f.last_attempt_at = Some(now);
            f.updated_at = now;
        });
        let body = record.body.clone();
        *self.retriggers.entry(id.to_owned()).or_default() += 1;
        Ok(body)
    }

    /// Ends the attempt a retrigger queued. A failure no longer pending
    /// is left alone.
    pub(crate) fn resolve(&mut self, id: &str, outcome: Outcome, now: DateTime<Utc>) {
        let Some(record) = self.record_mut(id) else {
            return;
        };
        if record.failure.status != STATUS_PENDING {
            return;
        }
        record.update(|f| {
            match outcome {
                Outcome::Delivered => {
                    f.status = STATUS_DELIVERED.to_owned();
                    f.reason = None;
                }
                Outcome::Failed(reason) => {
                    f.status = STATUS_INACTIVE.to_owned();
                    f.reason = Some(reason);
                }
            }
            f.last_attempt_at = Some(now);
            f.updated_at = now;
        });
    }

    /// Adds a failure a real delivery just gave up on, in list order.
    pub(crate) fn add_failure(&mut self, failure: WebhookFailure) {
        let key = (failure.created_at, failure.id.to_string());
        let at = self
            .records
            .partition_point(|r| (r.failure.created_at, r.failure.id.to_string()) > key);
        self.records.insert(at, Record::new(failure));
        for (i, record) in self.records.iter().enumerate().skip(at) {
            self.by_id.insert(record.failure.id.to_string(), i);
        }
    }

    pub(crate) fn retrigger_counts(&self) -> &BTreeMap<String, u64> {
        &self.retriggers
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::seed::generate;

    fn anchor() -> DateTime<Utc> {
        "2026-03-31T12:00:00Z".parse().unwrap()
    }

    fn store() -> Store {
        Store::new(generate(1, 300, anchor()))
    }

    #[test]
    fn list_is_newest_first_and_filters_half_open() {
        let s = store();
        let all = s.list_failures(None, None, 0, usize::MAX);
        assert_eq!(all.metadata.total, 300);
        assert!(
            all.webhook_failures
                .windows(2)
                .all(|w| w[0].created_at >= w[1].created_at)
        );

        let gte = anchor() - Duration::days(10);
        let lt = anchor() - Duration::days(3);
        let page = s.list_failures(Some(gte), Some(lt), 0, usize::MAX);
        let expected = all
            .webhook_failures
            .iter()
            .filter(|f| f.created_at >= gte && f.created_at < lt)
            .count();
        assert_eq!(page.metadata.total, i64::try_from(expected).unwrap());
        assert!(expected > 0);
        assert!(
            page.webhook_failures
                .iter()
                .all(|f| f.created_at >= gte && f.created_at < lt)
        );

        // An exact boundary: `gte` includes it, `lt` excludes it.
        let t = all.webhook_failures[5].created_at;
        let ids = |l: WebhookFailureList| -> Vec<String> {
            l.webhook_failures
                .iter()
                .map(|f| f.id.to_string())
                .collect()
        };
        assert!(ids(s.list_failures(Some(t), None, 0, 1000)).contains(&all.webhook_failures[5].id));
        assert!(
            !ids(s.list_failures(None, Some(t), 0, 1000)).contains(&all.webhook_failures[5].id)
        );

        let empty = s.list_failures(Some(lt), Some(gte), 0, 100);
        assert_eq!(empty.metadata.total, 0);
        let beyond = s.list_failures(None, None, u64::MAX, 100);
        assert_eq!(
            (beyond.metadata.total, beyond.webhook_failures.len()),
            (300, 0)
        );
    }

    #[test]
    fn retrigger_then_resolve() {
        let mut s = store();
        let id = s
            .failures()
            .find(|f| f.status == STATUS_INACTIVE)
            .unwrap()
            .id
            .to_string();
        let now = anchor() + Duration::minutes(1);
        s.retrigger(&id, now).unwrap();
        let f = s.failure(&id).unwrap();
        assert_eq!(
            (f.status.as_str(), f.reason.as_deref()),
            (STATUS_PENDING, None)
        );
        assert_eq!((f.updated_at, f.last_attempt_at), (now, Some(now)));
        assert_eq!(
            s.retrigger(&id, now),
            Err(RetriggerError::Conflict(STATUS_PENDING.into()))
        );
        assert_eq!(s.retrigger("nope", now), Err(RetriggerError::NotFound));

        s.resolve(&id, Outcome::Failed("Read timeout".into()), now);
        assert_eq!(s.failure(&id).unwrap().status, STATUS_INACTIVE);
        s.retrigger(&id, now).unwrap();
        s.resolve(&id, Outcome::Delivered, now);
        assert_eq!(s.failure(&id).unwrap().status, STATUS_DELIVERED);
        assert!(s.retrigger(&id, now).is_err());
        assert_eq!(s.retrigger_counts().get(&id), Some(&2));

        let body: serde_json::Value =
            serde_json::from_slice(&s.failure_body(&id).unwrap()).unwrap();
        assert_eq!(body["webhook_failure"]["status"], STATUS_DELIVERED);
        assert!(body["webhook_failure"]["reason"].is_null());
    }

    proptest::proptest! {
        #[test]
        fn a_page_is_the_filtered_list_sliced(
            from in 0i64..40 * 86_400,
            span in 0i64..40 * 86_400,
            offset in 0u64..400,
            limit in 1usize..=100,
        ) {
            let s = store();
            let gte = anchor() - Duration::seconds(from);
            let lt = gte + Duration::seconds(span);
            let all = s.list_failures(None, None, 0, usize::MAX).webhook_failures;
            let matching: Vec<_> = all
                .into_iter()
                .filter(|f| f.created_at >= gte && f.created_at < lt)
                .collect();
            let page = s.list_failures(Some(gte), Some(lt), offset, limit);
            proptest::prop_assert_eq!(page.metadata.total, i64::try_from(matching.len()).unwrap());
            let expected: Vec<_> = matching
                .into_iter()
                .skip(usize::try_from(offset).unwrap())
                .take(limit)
                .collect();
            proptest::prop_assert_eq!(page.webhook_failures, expected);
        }
    }
}
