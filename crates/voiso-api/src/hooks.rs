//! The hand-written hooks on every request the generated client sends.

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

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

    /// The body gets its size cap here, before the generated code reads it
    /// whole (it does so for every declared status, errors included).
    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let response = self.client().execute(request).await?;
        Ok(scope::limit_body(response))
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
