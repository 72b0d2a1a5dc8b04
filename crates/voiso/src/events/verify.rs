//! Telling Voiso's requests from others': the body's secret (legacy `key`),
//! HTTP Basic and configured headers, each compared in constant time.

use std::fmt;

use sha2::{Digest, Sha256};

use super::delivery::Delivery;

type Digest32 = [u8; 32];

fn digest(bytes: &[u8]) -> Digest32 {
    Sha256::digest(bytes).into()
}

/// Equal digests, in time independent of where they differ: every byte is
/// compared, with no early return, and the result is hidden from the
/// optimiser. Comparing digests, not the values, also hides the expected
/// value's length.
fn same(a: &Digest32, b: &Digest32) -> bool {
    let mut diff = 0u8;
    for i in 0..a.len() {
        diff |= a[i] ^ b[i];
    }
    std::hint::black_box(diff) == 0
}

/// Whether `candidate` matches any of `expected`, checking every one (no
/// early return: the time does not tell which secret matched).
fn any_same(expected: &[Digest32], candidate: &Digest32) -> bool {
    let mut found = false;
    for e in expected {
        found |= same(e, candidate);
    }
    found
}

/// Why a request was refused: answer 401 and store nothing. The messages
/// never include a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Rejected {
    /// The verifier checks nothing; refusing beats accepting anyone.
    #[error("no secret, basic credentials or header configured: every request is refused")]
    NothingConfigured,
    /// The body has no `secret` (or legacy `key`) string.
    #[error("the body carries no secret")]
    MissingSecret,
    /// The body's secret matches none configured.
    #[error("the body's secret does not match")]
    WrongSecret,
    /// No `Authorization: Basic` header.
    #[error("no basic credentials")]
    MissingBasic,
    /// Basic credentials that do not match.
    #[error("wrong basic credentials")]
    WrongBasic,
    /// A configured header is absent.
    #[error("header {0} is missing")]
    MissingHeader(String),
    /// A configured header has another value.
    #[error("header {0} has the wrong value")]
    WrongHeader(String),
}

/// What a receiver accepts. Each configured check must pass: the body's
/// secret (any of several, for rotation), Basic credentials, and each
/// header. A verifier with nothing configured refuses every request.
#[derive(Clone, Default)]
pub struct Verifier {
    secrets: Vec<Digest32>,
    basic: Option<Digest32>,
    headers: Vec<(String, Digest32)>,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secrets", &self.secrets.len())
            .field("basic", &self.basic.is_some())
            .field(
                "headers",
                &self.headers.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Verifier {
    /// A verifier that checks nothing yet (and so refuses everything).
    pub fn new() -> Self {
        Self::default()
    }

    /// Accepts bodies whose `secret` (or legacy `key`) is `secret`. Call it
    /// again to accept several, e.g. the old and new one while rotating.
    pub fn secret(mut self, secret: impl AsRef<[u8]>) -> Self {
        self.secrets.push(digest(secret.as_ref()));
        self
    }

    /// Requires `Authorization: Basic base64(user:password)`.
    pub fn basic(mut self, user: &str, password: &str) -> Self {
        let token = base64(format!("{user}:{password}").as_bytes());
        self.basic = Some(digest(token.as_bytes()));
        self
    }

    /// Requires header `name` (any case) with exactly `value`.
    pub fn header(mut self, name: &str, value: impl AsRef<[u8]>) -> Self {
        self.headers
            .push((name.to_ascii_lowercase(), digest(value.as_ref())));
        self
    }

    /// Whether the verifier needs the body (a secret is configured); the
    /// header checks can run before a body is read.
    pub fn needs_body(&self) -> bool {
        !self.secrets.is_empty()
    }

    /// Checks the headers only (Basic and configured headers): run it
    /// before reading a body, so that strangers cannot make a receiver
    /// read large ones. `headers` are (name, value) pairs, any case.
    pub fn verify_headers<'a>(
        &self,
        headers: impl IntoIterator<Item = (&'a str, &'a [u8])> + Clone,
    ) -> Result<(), Rejected> {
        if self.secrets.is_empty() && self.basic.is_none() && self.headers.is_empty() {
            return Err(Rejected::NothingConfigured);
        }
        let find = |wanted: &str| {
            headers
                .clone()
                .into_iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
                .map(|(_, value)| value)
        };
        if let Some(expected) = &self.basic {
            let value = find("authorization").ok_or(Rejected::MissingBasic)?;
            let token = basic_token(value).ok_or(Rejected::MissingBasic)?;
            if !same(expected, &digest(token)) {
                return Err(Rejected::WrongBasic);
            }
        }
        for (name, expected) in &self.headers {
            let value = find(name).ok_or_else(|| Rejected::MissingHeader(name.clone()))?;
            if !same(expected, &digest(value)) {
                return Err(Rejected::WrongHeader(name.clone()));
            }
        }
        Ok(())
    }

    /// Checks the body's secret only.
    pub fn verify_body(&self, delivery: &Delivery) -> Result<(), Rejected> {
        if self.secrets.is_empty() {
            return Ok(());
        }
        let secret = delivery.secret().ok_or(Rejected::MissingSecret)?;
        if any_same(&self.secrets, &digest(secret.0.as_bytes())) {
            Ok(())
        } else {
            Err(Rejected::WrongSecret)
        }
    }

    /// Every configured check: headers, then the body's secret.
    pub fn verify<'a>(
        &self,
        delivery: &Delivery,
        headers: impl IntoIterator<Item = (&'a str, &'a [u8])> + Clone,
    ) -> Result<(), Rejected> {
        self.verify_headers(headers)?;
        self.verify_body(delivery)
    }
}

/// The credentials of `Basic <token>` (scheme in any case).
fn basic_token(value: &[u8]) -> Option<&[u8]> {
    let value = value.trim_ascii();
    let (scheme, rest) = value.split_at_checked(6)?;
    scheme
        .eq_ignore_ascii_case(b"basic ")
        .then(|| rest.trim_ascii())
}

/// Standard base64 with padding: Basic credentials are only ever encoded,
/// so a dozen lines beat a dependency.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("Aladdin:open sesame", "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn digests_compare_without_early_return() {
        let a = digest(b"secret");
        assert!(same(&a, &digest(b"secret")));
        assert!(!same(&a, &digest(b"secreT")));
        // A difference in the last byte only is still seen: the loop reads
        // every byte.
        let mut b = a;
        b[31] ^= 1;
        assert!(!same(&a, &b));
        assert!(any_same(&[digest(b"old"), a], &a));
        assert!(!any_same(&[], &a));
    }
}
