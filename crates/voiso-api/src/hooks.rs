//! The hand-written hooks on every request the generated client sends.

use progenitor_client::{ClientHooks, OperationInfo};

use crate::generated::{Client, Error};
use crate::scope;

/// progenitor sends an `api-version` header carrying the spec's version;
/// Voiso versions its API in the path (`/api/v4`) and knows no such header,
/// so it never goes on the wire.
const PROGENITOR_VERSION_HEADER: &str = "api-version";

impl ClientHooks for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        request.headers_mut().remove(PROGENITOR_VERSION_HEADER);
        scope::apply(request);
        Ok(())
    }

    async fn post<E>(
        &self,
        result: &reqwest::Result<reqwest::Response>,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        scope::record(result);
        Ok(())
    }
}
