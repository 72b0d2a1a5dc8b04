//! A computed CDR written straight to JSON, byte for byte what serialising
//! the typed record ([`Cdrs::cdr`], built from the same [`Cdrs::data`])
//! gives (a test holds them equal), without building that record first:
//! the mock shares the benchmark machine with the client, and typed
//! serialisation made it several times costlier.

use chrono::{Datelike, Timelike};

use super::{Cdrs, Raw, TYPES};

/// Where a record's `data` goes: JSON being written, or the map of the
/// typed record the tests compare it with.
pub(super) trait Data {
    fn str(&mut self, key: &str, value: &str);
    fn int(&mut self, key: &str, value: i64);
}

impl Cdrs {
    /// Appends record `i` to `out` as JSON.
    pub(crate) fn write_cdr(&self, i: u64, out: &mut Vec<u8>) {
        let raw = self.raw(i);
        let mut data = Object::new(out);
        self.data(&raw, &mut data);
        data.close();
        out.extend_from_slice(b",\"ended_at\":");
        time(raw.ended_ms, out);
        out.extend_from_slice(b",\"id\":");
        string(&self.id(i), out);
        out.extend_from_slice(b",\"started_at\":");
        time(raw.started_ms, out);
        out.extend_from_slice(b",\"type\":");
        string(TYPES[raw.kind as usize], out);
        out.push(b'}');
    }

    /// The `data` of the record `raw`, its keys in order.
    pub(super) fn data(&self, raw: &Raw, data: &mut impl Data) {
        let h = raw.hash;
        let h2 = super::mix(h);
        let user = (!self.users.is_empty())
            .then(|| self.users[(h2 % self.users.len() as u64) as usize].as_str());
        let duration = (raw.ended_ms - raw.started_ms) / 1000;
        match raw.kind {
            0 => {
                let inbound = !h2.is_multiple_of(3);
                let answered = h % 100 < 75;
                data.str("direction", if inbound { "inbound" } else { "outbound" });
                let disposition = match (answered, inbound, (h2 >> 23) % 4) {
                    (true, _, _) => "answered",
                    (false, true, 0 | 1) => "abandoned",
                    (false, true, _) => "missed",
                    (false, false, 0) => "busy",
                    (false, false, 1) => "failed",
                    (false, false, _) => "no_answer",
                };
                data.str("disposition", disposition);
                data.int("duration", duration);
                data.str("phone_number", &self.phone(h2 >> 7));
                if inbound && !self.queues.is_empty() {
                    let q = self.queues[((h2 >> 17) % self.queues.len() as u64) as usize];
                    data.int("queue_id", q);
                }
                if let Some(user) = user.filter(|_| answered || !inbound) {
                    data.str("user_id", user);
                }
            }
            1 => {
                const CHANNELS: [&str; 4] = ["whatsapp", "telegram", "webchat", "facebook"];
                data.str("channel", CHANNELS[(h2 % 4) as usize]);
                data.int("messages", (2 + (h2 >> 29) % 40) as i64);
                data.str("phone_number", &self.phone(h2 >> 7));
                if let Some(user) = user {
                    data.str("user_id", user);
                }
            }
            2 => {
                let inbound = h2.is_multiple_of(4);
                data.str("direction", if inbound { "inbound" } else { "outbound" });
                data.str("phone_number", &self.phone(h2 >> 7));
                data.int("segments", (1 + (h2 >> 29) % 3) as i64);
                let failed = (h2 >> 33).is_multiple_of(20);
                data.str("status", if failed { "failed" } else { "delivered" });
            }
            _ => {
                const RESULTS: [&str; 3] = ["valid", "valid", "invalid"];
                data.str("phone_number", &self.phone(h2 >> 7));
                data.str("result", RESULTS[(h2 % 3) as usize]);
            }
        }
    }
}

#[cfg(test)]
impl Data for serde_json::Map<String, serde_json::Value> {
    fn str(&mut self, key: &str, value: &str) {
        self.insert(key.into(), value.into());
    }

    fn int(&mut self, key: &str, value: i64) {
        self.insert(key.into(), value.into());
    }
}

/// `{"data":{…}` being written; the record's other fields follow it.
struct Object<'a> {
    out: &'a mut Vec<u8>,
    empty: bool,
}

impl<'a> Object<'a> {
    fn new(out: &'a mut Vec<u8>) -> Self {
        out.extend_from_slice(b"{\"data\":{");
        Object { out, empty: true }
    }

    fn key(&mut self, key: &str) {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        string(key, self.out);
        self.out.push(b':');
    }

    fn close(self) {
        self.out.push(b'}');
    }
}

impl Data for Object<'_> {
    fn str(&mut self, key: &str, value: &str) {
        self.key(key);
        string(value, self.out);
    }

    fn int(&mut self, key: &str, value: i64) {
        self.key(key);
        self.out.extend_from_slice(value.to_string().as_bytes());
    }
}

/// A JSON string: as is when nothing in it needs escaping (the mock's
/// own values), else as serde_json escapes it.
fn string(s: &str, out: &mut Vec<u8>) {
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        let _ = serde_json::to_writer(&mut *out, s);
    }
}

/// An instant as chrono serialises a `DateTime<Utc>`: RFC 3339 with `Z`,
/// milliseconds only when there are some.
fn time(ms: i64, out: &mut Vec<u8>) {
    let Some(t) = chrono::DateTime::from_timestamp_millis(ms) else {
        out.extend_from_slice(b"null");
        return;
    };
    if !(0..=9999).contains(&t.year()) {
        let _ = serde_json::to_writer(&mut *out, &t);
        return;
    }
    let two = |n: u32, out: &mut Vec<u8>| {
        out.extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8])
    };
    out.push(b'"');
    let y = t.year() as u32;
    two(y / 100, out);
    two(y % 100, out);
    out.push(b'-');
    two(t.month(), out);
    out.push(b'-');
    two(t.day(), out);
    out.push(b'T');
    two(t.hour(), out);
    out.push(b':');
    two(t.minute(), out);
    out.push(b':');
    two(t.second(), out);
    let milli = ms.rem_euclid(1000) as u32;
    if milli != 0 {
        out.push(b'.');
        out.push(b'0' + (milli / 100) as u8);
        two(milli % 100, out);
    }
    out.extend_from_slice(b"Z\"");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_serialising_the_typed_record_gives() {
        let anchor = "2026-03-31T12:00:00Z".parse().unwrap();
        let users = vec!["3374dbcc-f929-4efe-ade1-ca77065a39ce".into(), "u".into()];
        for (users, queues) in [(users, vec![1, 2, 17]), (Vec::new(), Vec::new())] {
            let cdrs = Cdrs::new(7, 50_000, anchor, (users, queues), Default::default());
            for i in (0..50_000).step_by(7) {
                let mut fast = Vec::new();
                cdrs.write_cdr(i, &mut fast);
                let typed = serde_json::to_vec(&cdrs.cdr(i)).unwrap();
                assert_eq!(
                    String::from_utf8(fast).unwrap(),
                    String::from_utf8(typed).unwrap(),
                    "record {i}"
                );
            }
        }
        for ms in [0, 1, 999, 1_000, 1_774_958_400_123, -1] {
            let mut fast = Vec::new();
            time(ms, &mut fast);
            let t = chrono::DateTime::from_timestamp_millis(ms).unwrap();
            assert_eq!(fast, serde_json::to_vec(&t).unwrap(), "{ms}");
        }
    }
}
