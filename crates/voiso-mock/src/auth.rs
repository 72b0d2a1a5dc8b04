//! Bearer keys, their scopes and their rate limits.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

use crate::config::ApiKey;
use crate::rate_limit::{TokenBucket, retry_after_secs};
use crate::wire;

/// Why a request was turned away before reaching the data.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Denied {
    Unauthorized,
    Forbidden,
    RateLimited(Duration),
}

impl Denied {
    pub(crate) fn into_response(self) -> Response {
        match self {
            Self::Unauthorized => wire::error(StatusCode::UNAUTHORIZED, "Unauthorized"),
            Self::Forbidden => wire::error(StatusCode::FORBIDDEN, "Forbidden"),
            Self::RateLimited(wait) => {
                let mut response = wire::error(StatusCode::TOO_MANY_REQUESTS, "Too many requests");
                response.headers_mut().insert(
                    header::RETRY_AFTER,
                    HeaderValue::from(retry_after_secs(wait)),
                );
                response
            }
        }
    }
}

struct Entry {
    key: ApiKey,
    bucket: Option<Mutex<TokenBucket>>,
}

pub(crate) struct Keyring {
    keys: HashMap<String, Entry>,
}

impl Keyring {
    pub(crate) fn new(keys: &[ApiKey], rate_limit: u32) -> Self {
        let now = Instant::now();
        let keys = keys
            .iter()
            .map(|key| {
                let bucket =
                    (rate_limit > 0).then(|| Mutex::new(TokenBucket::new(rate_limit, now)));
                let entry = Entry {
                    key: key.clone(),
                    bucket,
                };
                (key.token().to_owned(), entry)
            })
            .collect();
        Self { keys }
    }

    /// 401 for a missing or unknown key, then 429 for an empty bucket, then
    /// 403 for a missing scope: a client learns nothing about scopes
    /// without a valid key.
    pub(crate) fn check(
        &self,
        headers: &HeaderMap,
        scope: &str,
        now: Instant,
    ) -> Result<(), Denied> {
        let entry = bearer(headers)
            .and_then(|token| self.keys.get(token))
            .ok_or(Denied::Unauthorized)?;
        if let Some(bucket) = &entry.bucket {
            bucket
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take(now)
                .map_err(Denied::RateLimited)?;
        }
        if entry.key.has_scope(scope) {
            Ok(())
        } else {
            Err(Denied::Forbidden)
        }
    }
}

/// The token of `Authorization: Bearer <token>`; the scheme is
/// case-insensitive (RFC 9110).
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{SCOPE_MANAGE, SCOPE_READ};

    fn headers(value: &[u8]) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_bytes(value).unwrap(),
        );
        h
    }

    #[test]
    fn unknown_then_rate_then_scope() {
        let ro: ApiKey = "ro:tasks.webhooks.read".parse().unwrap();
        let ring = Keyring::new(&[ApiKey::demo(), ro], 2);
        let now = Instant::now();
        assert_eq!(
            ring.check(&HeaderMap::new(), SCOPE_READ, now),
            Err(Denied::Unauthorized)
        );
        for bad in [
            &b"Bearer nope"[..],
            b"Basic demo-key",
            b"Bearer",
            b"Bearer ",
            b"demo-key",
            b"Bearer \xff",
        ] {
            assert_eq!(
                ring.check(&headers(bad), SCOPE_READ, now),
                Err(Denied::Unauthorized)
            );
        }
        assert_eq!(
            ring.check(&headers(b"bearer demo-key"), SCOPE_MANAGE, now),
            Ok(())
        );
        assert_eq!(
            ring.check(&headers(b"Bearer ro"), SCOPE_MANAGE, now),
            Err(Denied::Forbidden)
        );
        assert_eq!(ring.check(&headers(b"Bearer ro"), SCOPE_READ, now), Ok(()));
        assert!(matches!(
            ring.check(&headers(b"Bearer ro"), SCOPE_READ, now),
            Err(Denied::RateLimited(_))
        ));
        // Buckets are per key.
        assert_eq!(
            ring.check(&headers(b"Bearer demo-key"), SCOPE_READ, now),
            Ok(())
        );
    }
}
