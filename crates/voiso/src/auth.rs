//! The API key: kept out of every `Debug`, `Display` and log line.

use std::fmt;

use reqwest::header::HeaderValue;

use crate::error::ConfigError;

/// A Voiso v4 API key. Its `Debug` is redacted and it has no `Display`.
#[derive(Clone)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key; it is checked when the client is built.
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(key.into())
    }

    /// The `Authorization` header value, marked sensitive so that `http`'s
    /// own `Debug` hides it too.
    pub(crate) fn bearer_header(&self) -> Result<HeaderValue, ConfigError> {
        let key = self.0.trim();
        if key.is_empty() {
            return Err(ConfigError::MissingApiKey);
        }
        if key.chars().any(char::is_control) {
            return Err(ConfigError::InvalidApiKey {
                reason: "it contains control characters (a stray newline from a file or a paste?)",
            });
        }
        if !key.is_ascii() {
            return Err(ConfigError::InvalidApiKey {
                reason: "it contains characters other than printable ASCII (a smart quote from a paste?)",
            });
        }
        let mut value = HeaderValue::from_str(&format!("Bearer {key}")).map_err(|_| {
            ConfigError::InvalidApiKey {
                reason: "it contains characters other than printable ASCII",
            }
        })?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl From<String> for ApiKey {
    fn from(key: String) -> Self {
        ApiKey(key)
    }
}

impl From<&str> for ApiKey {
    fn from(key: &str) -> Self {
        ApiKey(key.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted_and_header_is_sensitive() {
        let key = ApiKey::new("sk-SENTINEL-123");
        assert_eq!(format!("{key:?}"), "ApiKey(<redacted>)");
        let header = key.bearer_header().unwrap();
        assert!(header.is_sensitive());
        assert!(!format!("{header:?}").contains("SENTINEL"));
    }

    #[test]
    fn bad_keys_are_refused() {
        assert!(matches!(
            ApiKey::new("  ").bearer_header(),
            Err(ConfigError::MissingApiKey)
        ));
        assert!(matches!(
            ApiKey::new("abc\u{7}def").bearer_header(),
            Err(ConfigError::InvalidApiKey { .. })
        ));
        assert!(matches!(
            ApiKey::new("abc\ndef").bearer_header(),
            Err(ConfigError::InvalidApiKey { .. })
        ));
        assert!(matches!(
            ApiKey::new("clé").bearer_header(),
            Err(ConfigError::InvalidApiKey { .. })
        ));
        // A trailing newline from `cat key.txt` is trimmed, not refused.
        assert!(ApiKey::new("abc\n").bearer_header().is_ok());
    }
}
