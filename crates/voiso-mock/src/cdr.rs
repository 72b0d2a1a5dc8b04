//! Call detail records, computed rather than stored.
//!
//! Record `i` (0 is the newest) is a pure function of the seed, the anchor,
//! the count and `i`, so a server with two million CDRs holds none of them.
//! Its start is a monotonic function of `i`: the 30 days before the anchor
//! are weighted by a contact center's week (busy weekday hours, quiet
//! nights and weekends), and record `i` starts where the weight counted back
//! from the anchor reaches `(i + jitter) / count` of the whole, in integer
//! arithmetic so that starts never increase with `i`. Time filters then map
//! to index ranges by binary search. Types follow a seeded table of period
//! 64 (mostly calls), so a type filter counts in closed form.
//!
//! Calls started through `startCall` are stored (few) and sit above index 0.
//! Every record has a rank that never changes: `i` for a computed record,
//! `-(k + 1)` for the `k`th started call, so the list, newest first, is in
//! ascending rank. A cursor is the rank of the next record to return:
//! records added on top have lower ranks, so a cursor neither skips nor
//! repeats while they arrive.

mod json;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use voiso_api::types::{Cdr, CdrId, CdrListMetadata};

/// Without a cursor, offset paging reaches only this many records.
pub(crate) const OFFSET_WINDOW: u64 = 10_000;

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;
const WEEK_MS: i64 = 7 * DAY_MS;
/// 1970-01-05T00:00:00Z, a Monday: weeks are counted from Mondays.
const MONDAY_MS: i64 = 4 * DAY_MS;
/// No record lasts longer: an `ended_at` filter only needs to look this far
/// past the `started_at` range it implies.
const MAX_SPAN_MS: i64 = HOUR_MS;
/// The CDRs cover this long before the anchor.
const WINDOW_MS: i64 = 30 * DAY_MS;

/// Relative load per hour of the day (UTC), and per day of the week.
const HOURLY: [i64; 24] = [
    1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 20, 16, 18, 20, 18, 14, 10, 7, 5, 4, 3, 2, 1,
];
const DAILY: [i64; 7] = [5, 5, 5, 5, 5, 3, 2]; // Monday first

/// The record types, as `type` names them.
pub(crate) const TYPES: [&str; 4] = ["call", "conversation", "sms", "hlr_lookup"];
/// How many of each in a period of 64 records: mostly calls.
const TYPE_SHARE: [usize; 4] = [46, 9, 6, 3];

/// How the computed CDRs spread over time, and how they are served.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CdrLayout {
    pub shape: CdrShape,
    /// The oldest this fraction of records is served out of order, each
    /// pair of neighbours swapped (0 and 1, 2 and 3, …), so that a
    /// client's order checks have something to find.
    pub disorder: f64,
    /// Pages carry `metadata.total` (an inferred field).
    pub total: bool,
    /// An offset at or past the last match is a 400, as an API may count
    /// it invalid (the docs do not say).
    pub refuse_offset_past_end: bool,
}

impl Default for CdrLayout {
    fn default() -> Self {
        CdrLayout {
            shape: CdrShape::BusyHours,
            disorder: 0.0,
            total: true,
            refuse_offset_past_end: false,
        }
    }
}

/// How the CDRs spread over the 30 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CdrShape {
    // Plain comments: clap would turn doc comments into a long help page.
    // A contact center's week: busy weekday hours, quiet nights and weekends.
    BusyHours,
    // The same load every hour.
    Uniform,
}

/// A filter's `type`: one of [`TYPES`], or a value no record has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TypeFilter {
    Any,
    Is(u8),
    Unknown,
}

impl TypeFilter {
    pub(crate) fn parse(value: Option<&str>) -> Self {
        match value {
            None => Self::Any,
            Some(v) => TYPES
                .iter()
                .position(|t| *t == v)
                .map_or(Self::Unknown, |i| Self::Is(i as u8)),
        }
    }
}

/// What a `listCdrs` request selects. Bounds are in milliseconds since the
/// epoch, rounded up, so `t >= gte` and `t < lt` are exact for a record's
/// millisecond `t`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CdrFilter {
    pub started_gte: Option<i64>,
    pub started_lt: Option<i64>,
    pub ended_gte: Option<i64>,
    pub ended_lt: Option<i64>,
    pub kind: TypeFilter,
}

impl Default for CdrFilter {
    fn default() -> Self {
        Self {
            started_gte: None,
            started_lt: None,
            ended_gte: None,
            ended_lt: None,
            kind: TypeFilter::Any,
        }
    }
}

/// A filter bound: the first whole millisecond at or after `t`.
pub(crate) fn ceil_ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis() + i64::from(!t.timestamp_subsec_nanos().is_multiple_of(1_000_000))
}

/// A call placed through `startCall`, which then shows among the CDRs.
#[derive(Debug, Clone)]
pub(crate) struct StartedCall {
    pub id: String,
    pub user_id: String,
    pub phone_number: String,
    pub caller_id: Option<String>,
    pub source: Option<Map<String, Value>>,
    pub started_ms: i64,
}

/// The fields of a computed record that its filters need.
#[derive(Debug, Clone, Copy)]
struct Raw {
    started_ms: i64,
    ended_ms: i64,
    kind: u8,
    hash: u64,
}

/// A page of CDRs: the serialised `CdrList` body.
pub(crate) struct Page {
    pub body: Vec<u8>,
}

pub(crate) struct Cdrs {
    count: u64,
    /// The Monday 00:00 UTC on or before the window's start.
    base_ms: i64,
    /// Cumulative weight (weight x ms) at the start of each hour of the week.
    cumulative: [i64; 169],
    weights: [i64; 168],
    g_anchor: i64,
    span: i64,
    key: u64,
    id_prefix: u32,
    cursor_secret: u64,
    types: [u8; 64],
    /// `type_prefix[t][r]`: records of type `t` among residues `0..r`.
    type_prefix: [[u32; 65]; 4],
    users: Vec<String>,
    queues: Vec<i64>,
    /// Records from this index on come in swapped pairs now and then.
    disorder_from: u64,
    total: bool,
    /// `metadata.total` is never above this (a capped or estimated total).
    total_cap: Option<u64>,
    pub(crate) refuse_offset_past_end: bool,
}

/// SplitMix64's finaliser: a bijection of `u64`, so distinct inputs give
/// distinct outputs (IDs stay unique).
pub(crate) fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Cdrs {
    /// `users` and `queues` are what records refer to (`data.user_id`,
    /// `data.queue_id`).
    pub(crate) fn new(
        seed: u64,
        count: u64,
        anchor: DateTime<Utc>,
        (users, queues): (Vec<String>, Vec<i64>),
        layout: CdrLayout,
    ) -> Self {
        let anchor_ms = anchor.timestamp_millis();
        let start_ms = anchor_ms - WINDOW_MS;
        let base_ms = (start_ms - MONDAY_MS).div_euclid(WEEK_MS) * WEEK_MS + MONDAY_MS;
        let mut weights = [0; 168];
        let mut cumulative = [0; 169];
        for h in 0..168 {
            weights[h] = match layout.shape {
                CdrShape::BusyHours => HOURLY[h % 24] * DAILY[h / 24],
                CdrShape::Uniform => 1,
            };
            cumulative[h + 1] = cumulative[h] + weights[h] * HOUR_MS;
        }
        let key = mix(seed ^ 0x6364_7273);
        // The type table: the shares, shuffled by the seed.
        let mut types = [0u8; 64];
        let mut at = 0;
        for (t, &n) in TYPE_SHARE.iter().enumerate() {
            for _ in 0..n {
                types[at] = t as u8;
                at += 1;
            }
        }
        for i in (1..64).rev() {
            let j = (mix(key ^ i as u64) % (i as u64 + 1)) as usize;
            types.swap(i, j);
        }
        let mut type_prefix = [[0u32; 65]; 4];
        for (t, prefix) in type_prefix.iter_mut().enumerate() {
            for (r, &kind) in types.iter().enumerate() {
                prefix[r + 1] = prefix[r] + u32::from(kind == t as u8);
            }
        }
        let mut cdrs = Self {
            count,
            base_ms,
            cumulative,
            weights,
            g_anchor: 0,
            span: 0,
            key,
            id_prefix: (mix(key ^ 1) >> 40) as u32 | 0xcd00_0000,
            cursor_secret: mix(key ^ count ^ anchor_ms as u64),
            types,
            type_prefix,
            users,
            queues,
            disorder_from: count - (count as f64 * layout.disorder.clamp(0.0, 1.0)) as u64,
            total: layout.total,
            total_cap: None,
            refuse_offset_past_end: layout.refuse_offset_past_end,
        };
        cdrs.g_anchor = cdrs.weight_until(anchor_ms);
        cdrs.span = cdrs.g_anchor - cdrs.weight_until(start_ms);
        cdrs
    }

    /// Pages say at most `cap` in `metadata.total` (`None`: the true count);
    /// nothing else changes, the cursor least of all.
    pub(crate) fn with_total_cap(mut self, cap: Option<u64>) -> Self {
        self.total_cap = cap;
        self
    }

    /// Cumulative weight from `base_ms` to `t` (`t >= base_ms`).
    fn weight_until(&self, t: i64) -> i64 {
        let t = t - self.base_ms;
        let (week, r) = (t / WEEK_MS, t % WEEK_MS);
        let h = (r / HOUR_MS) as usize;
        week * self.cumulative[168] + self.cumulative[h] + (r % HOUR_MS) * self.weights[h]
    }

    /// The instant the cumulative weight reaches `g`; non-decreasing in `g`.
    fn instant_at(&self, g: i64) -> i64 {
        let (week, rem) = (g / self.cumulative[168], g % self.cumulative[168]);
        let h = self.cumulative[..168].partition_point(|&c| c <= rem) - 1;
        self.base_ms
            + week * WEEK_MS
            + h as i64 * HOUR_MS
            + (rem - self.cumulative[h]) / self.weights[h]
    }

    fn started_ms(&self, i: u64) -> i64 {
        let jitter = mix(self.key.wrapping_add(i)) >> 32;
        let x = (u128::from(i) << 32) | u128::from(jitter);
        let back = x * self.span as u128 / (u128::from(self.count) << 32);
        self.instant_at(self.g_anchor - back as i64)
    }

    fn raw(&self, i: u64) -> Raw {
        let started_ms = self.started_ms(i);
        let kind = self.types[(i % 64) as usize];
        let hash = mix(self.key ^ mix(i ^ 0x5eed));
        let secs = match kind {
            // Calls: mostly a few minutes, some unanswered ones short.
            0 => {
                if hash % 100 < 75 {
                    20 + (hash >> 8) % 900
                } else {
                    5 + (hash >> 8) % 40
                }
            }
            1 => 60 + (hash >> 8) % 3_540,
            2 => (hash >> 8) % 5,
            _ => (hash >> 8) % 3,
        };
        let ms = secs as i64 * 1000 + ((hash >> 20) % 1000) as i64;
        Raw {
            started_ms,
            ended_ms: started_ms + ms.min(MAX_SPAN_MS),
            kind,
            hash,
        }
    }

    /// The first index whose record started before `t` (records start
    /// newest first, so this is where `started_at < t` begins).
    fn first_before(&self, t: i64) -> u64 {
        let (mut lo, mut hi) = (0, self.count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.started_ms(mid) >= t {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    fn type_count(&self, kind: u8, from: u64, to: u64) -> u64 {
        let f = |x: u64| {
            (x / 64) * u64::from(self.type_prefix[kind as usize][64])
                + u64::from(self.type_prefix[kind as usize][(x % 64) as usize])
        };
        f(to) - f(from)
    }

    fn id(&self, i: u64) -> String {
        format!(
            "{:08x}{:016x}",
            self.id_prefix,
            mix(self.key.wrapping_add(i) ^ 0x1d)
        )
    }

    /// Where a filter's matches lie among computed records: all in
    /// `lo..hi`; in `certain_lo..certain_hi` every record meets the time
    /// bounds (only the type is left to check); elsewhere each record is
    /// checked. The checked stretches are at most [`MAX_SPAN_MS`] long.
    fn plan(&self, f: &CdrFilter) -> Plan {
        let (mut lo, mut hi) = (0, self.count);
        let (mut c_lo, mut c_hi) = (0, self.count);
        if let Some(t) = f.started_lt {
            lo = lo.max(self.first_before(t));
        }
        if let Some(t) = f.started_gte {
            hi = hi.min(self.first_before(t));
        }
        if let Some(t) = f.ended_gte {
            hi = hi.min(self.first_before(t.saturating_sub(MAX_SPAN_MS)));
            c_hi = c_hi.min(self.first_before(t));
        }
        if let Some(t) = f.ended_lt {
            lo = lo.max(self.first_before(t));
            c_lo = c_lo.max(self.first_before(t.saturating_sub(MAX_SPAN_MS)));
        }
        let hi = hi.max(lo);
        let (c_lo, c_hi) = (c_lo.clamp(lo, hi), c_hi.clamp(lo, hi));
        if c_lo >= c_hi {
            // No stretch is certain: check every record.
            Plan {
                lo,
                hi,
                certain_lo: hi,
                certain_hi: hi,
            }
        } else {
            Plan {
                lo,
                hi,
                certain_lo: c_lo,
                certain_hi: c_hi,
            }
        }
    }

    fn type_ok(&self, f: &CdrFilter, i: u64) -> bool {
        match f.kind {
            TypeFilter::Any => true,
            TypeFilter::Is(t) => self.types[(i % 64) as usize] == t,
            TypeFilter::Unknown => false,
        }
    }

    fn matches(&self, f: &CdrFilter, plan: &Plan, i: u64) -> bool {
        if i < plan.lo || i >= plan.hi || !self.type_ok(f, i) {
            return false;
        }
        if i >= plan.certain_lo && i < plan.certain_hi {
            return true;
        }
        let raw = self.raw(i);
        time_ok(f, raw.started_ms, Some(raw.ended_ms))
    }

    fn count_matching(&self, f: &CdrFilter, plan: &Plan) -> u64 {
        let certain = match f.kind {
            TypeFilter::Any => plan.certain_hi - plan.certain_lo,
            TypeFilter::Is(t) => self.type_count(t, plan.certain_lo, plan.certain_hi),
            TypeFilter::Unknown => return 0,
        };
        let edges = (plan.lo..plan.certain_lo)
            .chain(plan.certain_hi..plan.hi)
            .filter(|&i| self.matches(f, plan, i))
            .count();
        certain + edges as u64
    }

    /// How many records, computed or started, match `f`.
    pub(crate) fn total(&self, calls: &[StartedCall], f: &CdrFilter) -> u64 {
        self.count_matching(f, &self.plan(f))
            + calls
                .iter()
                .filter(|c| type_is_call(f) && time_ok(f, c.started_ms, None))
                .count() as u64
    }

    /// The record served at position `i` of a listing (a match): `i`
    /// itself, or, in the disordered stretch, its neighbour when the two
    /// form a swapped pair that both match.
    fn served_at(&self, f: &CdrFilter, plan: &Plan, i: u64) -> u64 {
        let partner = i ^ 1;
        if i < self.disorder_from || partner < self.disorder_from || !self.matches(f, plan, partner)
        {
            return i;
        }
        partner
    }

    /// The newest record's start (computed ones only), if any.
    pub(crate) fn newest_started_ms(&self) -> Option<i64> {
        (self.count > 0).then(|| self.started_ms(0))
    }

    fn cursor(&self, rank: i64) -> String {
        let payload = rank as u64;
        let check = mix(payload ^ self.cursor_secret) >> 48;
        format!("{:016x}{check:04x}", payload ^ mix(self.cursor_secret))
    }

    /// The rank a cursor names, if it is one of this server's and still in
    /// range (`calls` started calls sit above the computed records).
    pub(crate) fn decode_cursor(&self, cursor: &str, calls: usize) -> Option<i64> {
        if cursor.len() != 20 || !cursor.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let payload = u64::from_str_radix(&cursor[..16], 16).ok()? ^ mix(self.cursor_secret);
        let check = u64::from_str_radix(&cursor[16..], 16).ok()?;
        if check != mix(payload ^ self.cursor_secret) >> 48 {
            return None;
        }
        let rank = payload as i64;
        let lowest = -i64::try_from(calls).ok()?;
        let highest = i64::try_from(self.count).ok()?;
        (lowest..=highest).contains(&rank).then_some(rank)
    }

    /// A page, newest first: from the record of rank `from` (cursor paging)
    /// or from the top after skipping `skip` matches (offset paging), at
    /// most `limit` records. The body is written record by record, each
    /// built as a `voiso_api::types::Cdr`.
    pub(crate) fn page(
        &self,
        calls: &[StartedCall],
        f: &CdrFilter,
        start: Start,
        limit: usize,
    ) -> Page {
        let plan = self.plan(f);
        let total = self.total(calls, f);
        let (from, mut skip) = match start {
            Start::Rank(rank) => (rank, 0),
            Start::Offset(offset) => (-(calls.len() as i64), offset),
        };
        let mut out = Writer {
            body: Vec::with_capacity(64 + limit.min(1000) * 360),
            returned: 0,
            limit,
            next: None,
        };
        out.body.extend_from_slice(b"{\"cdrs\":[");
        // Started calls: rank -(k + 1) for the kth, newest (highest k) first.
        let mut rank = from;
        let mut going = true;
        while going && rank < 0 {
            let k = usize::try_from(-rank - 1).unwrap_or(usize::MAX);
            if let Some(call) = calls.get(k)
                && type_is_call(f)
                && time_ok(f, call.started_ms, None)
            {
                if skip > 0 {
                    skip -= 1;
                } else {
                    going = out.take(rank, |body| {
                        let _ = serde_json::to_writer(body, &started_cdr(call));
                    });
                }
            }
            rank += 1;
        }
        // Computed records.
        let mut i = u64::try_from(rank.max(0)).unwrap_or(0).max(plan.lo);
        while going && i < plan.hi {
            if f.kind == TypeFilter::Any && skip > 0 && i >= plan.certain_lo && i < plan.certain_hi
            {
                // Every record here matches: jump.
                let jump = skip.min(plan.certain_hi - i);
                i += jump;
                skip -= jump;
                continue;
            }
            if self.matches(f, &plan, i) {
                if skip > 0 {
                    skip -= 1;
                } else {
                    let served = self.served_at(f, &plan, i);
                    going = out.take(i as i64, |body| self.write_cdr(served, body));
                }
            }
            i += 1;
        }
        let Writer { mut body, next, .. } = out;
        body.extend_from_slice(b"],\"metadata\":");
        let metadata = build!(CdrListMetadata {
            next_cursor: next.map(|rank| self.cursor(rank)),
            total: self.total.then(|| {
                let shown = self.total_cap.map_or(total, |cap| total.min(cap));
                i64::try_from(shown).unwrap_or(i64::MAX)
            }),
        });
        // `next_cursor` is null, not absent, on the last page.
        let mut metadata = serde_json::to_value(&metadata).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut metadata {
            map.entry("next_cursor").or_insert(Value::Null);
        }
        let _ = serde_json::to_writer(&mut body, &metadata);
        body.push(b'}');
        Page { body }
    }

    fn phone(&self, hash: u64) -> String {
        const COUNTRIES: [(&str, u64); 5] = [
            ("1", 10_000_000_000),
            ("44", 10_000_000_000),
            ("49", 100_000_000_000),
            ("34", 1_000_000_000),
            ("971", 1_000_000_000),
        ];
        let (code, span) = COUNTRIES[(hash % 5) as usize];
        let digits = (span.ilog10()) as usize;
        format!("{code}{:0digits$}", (hash >> 3) % span)
    }

    /// Record `i` as the API serves it: what [`Cdrs::write_cdr`] writes.
    #[cfg(test)]
    fn cdr(&self, i: u64) -> Cdr {
        let raw = self.raw(i);
        let mut data = Map::new();
        self.data(&raw, &mut data);
        build!(Cdr {
            data,
            ended_at: DateTime::from_timestamp_millis(raw.ended_ms),
            id: CdrId::String(self.id(i)),
            started_at: DateTime::from_timestamp_millis(raw.started_ms).unwrap_or_default(),
            type_: TYPES[raw.kind as usize].to_owned(),
            extra: Map::new(),
        })
    }
}

/// A page's body as it is written, and where the next page starts.
struct Writer {
    body: Vec<u8>,
    returned: usize,
    limit: usize,
    next: Option<i64>,
}

impl Writer {
    /// Takes the next matching record; once the page is full, notes its
    /// rank as the next page's start and answers false (stop).
    fn take(&mut self, rank: i64, write: impl FnOnce(&mut Vec<u8>)) -> bool {
        if self.returned == self.limit {
            self.next = Some(rank);
            return false;
        }
        if self.returned > 0 {
            self.body.push(b',');
        }
        write(&mut self.body);
        self.returned += 1;
        true
    }
}

/// Where a page starts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Start {
    Rank(i64),
    Offset(u64),
}

#[derive(Debug)]
struct Plan {
    lo: u64,
    hi: u64,
    certain_lo: u64,
    certain_hi: u64,
}

fn type_is_call(f: &CdrFilter) -> bool {
    matches!(f.kind, TypeFilter::Any | TypeFilter::Is(0))
}

/// The time bounds; an ongoing record (no end) meets no `ended_at` bound.
fn time_ok(f: &CdrFilter, started: i64, ended: Option<i64>) -> bool {
    f.started_gte.is_none_or(|t| started >= t)
        && f.started_lt.is_none_or(|t| started < t)
        && f.ended_gte.is_none_or(|t| ended.is_some_and(|e| e >= t))
        && f.ended_lt.is_none_or(|t| ended.is_some_and(|e| e < t))
}

/// A started call as a CDR: ongoing, so `ended_at` is null.
fn started_cdr(call: &StartedCall) -> Cdr {
    let mut data = Map::new();
    data.insert("direction".into(), Value::from("outbound"));
    data.insert("user_id".into(), Value::from(call.user_id.clone()));
    data.insert(
        "phone_number".into(),
        Value::from(call.phone_number.clone()),
    );
    if let Some(caller_id) = &call.caller_id {
        data.insert("caller_id".into(), Value::from(caller_id.clone()));
    }
    if let Some(source) = &call.source {
        data.insert("source".into(), Value::Object(source.clone()));
    }
    let mut extra = Map::new();
    extra.insert("ended_at".into(), Value::Null);
    build!(Cdr {
        data,
        ended_at: None,
        id: CdrId::String(call.id.clone()),
        started_at: DateTime::from_timestamp_millis(call.started_ms).unwrap_or_default(),
        type_: TYPES[0].to_owned(),
        extra,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cdrs(count: u64) -> Cdrs {
        let anchor = "2026-03-31T12:00:00Z".parse().unwrap();
        Cdrs::new(
            7,
            count,
            anchor,
            (vec!["u".into()], vec![1, 2]),
            CdrLayout::default(),
        )
    }

    fn all(c: &Cdrs, calls: &[StartedCall], f: &CdrFilter) -> Vec<Value> {
        let page = c.page(calls, f, Start::Offset(0), usize::MAX);
        let v: Value = serde_json::from_slice(&page.body).unwrap();
        v["cdrs"].as_array().unwrap().clone()
    }

    #[test]
    fn starts_never_increase_and_stay_in_the_window() {
        let c = cdrs(50_000);
        let anchor_ms = "2026-03-31T12:00:00Z"
            .parse::<DateTime<Utc>>()
            .unwrap()
            .timestamp_millis();
        let mut last = i64::MAX;
        for i in 0..50_000 {
            let t = c.started_ms(i);
            assert!(t <= last, "{i}");
            assert!(t <= anchor_ms && t > anchor_ms - WINDOW_MS, "{i}");
            last = t;
        }
        // Busy afternoons, quiet nights.
        let hour = |h: u32| {
            (0..50_000)
                .filter(|&i| {
                    let t = DateTime::from_timestamp_millis(c.started_ms(i)).unwrap();
                    chrono::Timelike::hour(&t) == h
                })
                .count()
        };
        assert!(hour(14) > 5 * hour(3), "{} / {}", hour(14), hour(3));
    }

    #[test]
    fn layouts_uniform_disordered_and_without_total() {
        let anchor = "2026-03-31T12:00:00Z".parse().unwrap();
        let layout = CdrLayout {
            shape: CdrShape::Uniform,
            disorder: 0.5,
            total: false,
            refuse_offset_past_end: false,
        };
        let c = Cdrs::new(7, 4_000, anchor, (vec!["u".into()], vec![1]), layout);
        let hour = |h: u32| {
            (0..4_000)
                .filter(|&i| {
                    let t = DateTime::from_timestamp_millis(c.started_ms(i)).unwrap();
                    chrono::Timelike::hour(&t) == h
                })
                .count() as f64
        };
        assert!(
            (hour(14) / hour(3) - 1.0).abs() < 0.3,
            "{} / {}",
            hour(14),
            hour(3)
        );
        // Every record once, out of order only in the older half.
        let f = CdrFilter {
            started_lt: Some(c.started_ms(100) + 1),
            ..CdrFilter::default()
        };
        let page = c.page(&[], &f, Start::Offset(0), usize::MAX);
        let v: Value = serde_json::from_slice(&page.body).unwrap();
        assert!(v["metadata"].get("total").is_none());
        let listed = v["cdrs"].as_array().unwrap();
        let started = |r: &Value| r["started_at"].as_str().unwrap().to_owned();
        let mut ids: Vec<&str> = listed.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), 3_900);
        let rises: Vec<usize> = (1..listed.len())
            .filter(|&k| started(&listed[k]) > started(&listed[k - 1]))
            .collect();
        assert!(
            !rises.is_empty() && rises.iter().all(|&k| k + 100 >= 2_000),
            "{rises:?}"
        );
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3_900);
    }

    #[test]
    fn filters_match_a_plain_scan() {
        let c = cdrs(3_000);
        let everything = all(&c, &[], &CdrFilter::default());
        assert_eq!(everything.len(), 3_000);
        let ms = |v: &Value, k: &str| {
            v[k].as_str()
                .unwrap()
                .parse::<DateTime<Utc>>()
                .unwrap()
                .timestamp_millis()
        };
        let t1 = ms(&everything[2_000], "started_at");
        let t2 = ms(&everything[500], "started_at");
        for f in [
            CdrFilter {
                started_gte: Some(t1),
                started_lt: Some(t2),
                ..Default::default()
            },
            CdrFilter {
                ended_gte: Some(t1),
                ended_lt: Some(t2),
                ..Default::default()
            },
            CdrFilter {
                ended_gte: Some(t1),
                kind: TypeFilter::Is(1),
                ..Default::default()
            },
            CdrFilter {
                ended_lt: Some(t2),
                kind: TypeFilter::Is(3),
                ..Default::default()
            },
            CdrFilter {
                kind: TypeFilter::Is(2),
                ..Default::default()
            },
            CdrFilter {
                kind: TypeFilter::Unknown,
                ..Default::default()
            },
        ] {
            let expected: Vec<&Value> = everything
                .iter()
                .filter(|v| {
                    let kind = TYPES.iter().position(|t| v["type"] == *t).unwrap() as u8;
                    let kind_ok = match f.kind {
                        TypeFilter::Any => true,
                        TypeFilter::Is(k) => k == kind,
                        TypeFilter::Unknown => false,
                    };
                    kind_ok && time_ok(&f, ms(v, "started_at"), Some(ms(v, "ended_at")))
                })
                .collect();
            let got = all(&c, &[], &f);
            assert_eq!(got.iter().collect::<Vec<_>>(), expected, "{f:?}");
            let page = c.page(&[], &f, Start::Offset(0), 1);
            let v: Value = serde_json::from_slice(&page.body).unwrap();
            assert_eq!(v["metadata"]["total"], expected.len(), "{f:?}");
        }
    }

    #[test]
    fn cursors_resume_exactly_and_reject_forgeries() {
        let c = cdrs(1_000);
        let f = CdrFilter::default();
        let page = c.page(&[], &f, Start::Offset(0), 300);
        let v: Value = serde_json::from_slice(&page.body).unwrap();
        let cursor = v["metadata"]["next_cursor"].as_str().unwrap();
        assert_eq!(c.decode_cursor(cursor, 0), Some(300));
        let mut forged = cursor.to_owned();
        forged.replace_range(0..1, if cursor.starts_with('0') { "1" } else { "0" });
        assert_eq!(c.decode_cursor(&forged, 0), None);
        assert_eq!(c.decode_cursor("nope", 0), None);
        let last = c.page(&[], &f, Start::Rank(900), 100);
        let v: Value = serde_json::from_slice(&last.body).unwrap();
        assert!(v["metadata"]["next_cursor"].is_null());
        assert_eq!(v["cdrs"].as_array().unwrap().len(), 100);
    }
}
