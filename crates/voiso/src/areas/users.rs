//! Users: list. Needs `users.read`.

use std::future::Future;
use std::num::NonZeroU32;

use voiso_api::{Operation, types};

use crate::client::ApiResult;
use crate::model::User;
use crate::paging::{List, OffsetList};

area! {
    /// Users of one client: see [`Client::users`](crate::Client::users).
    Users
}

impl crate::client::Client {
    /// Users: list, with filters.
    pub fn users(&self) -> Users {
        Users::new(self.clone())
    }
}

impl Users {
    /// Lists the users the key can see.
    pub fn list(&self) -> ListUsers {
        List::new(self.client.clone(), UserFilters::default())
    }
}

/// A list of users: see [`List`]; filters below.
pub type ListUsers = List<UserList>;

/// The user list, as the generic pager sees it.
#[derive(Debug)]
pub struct UserList;

/// The filters of [`ListUsers`].
#[derive(Debug, Clone, Default)]
pub struct UserFilters {
    name: Option<String>,
    email: Option<String>,
    sip_account: Option<String>,
    security_access_group_id: Option<i64>,
    extension: Option<String>,
    caller_id: Option<String>,
    timezone: Option<String>,
}

impl OffsetList for UserList {
    type Item = User;
    type Filters = UserFilters;
    type Response = types::UserList;
    type Key = uuid::Uuid;
    const OPERATION: Operation = Operation::ListUsers;

    fn send(
        api: &voiso_api::Client,
        f: &UserFilters,
        limit: NonZeroU32,
        offset: i64,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send {
        let mut request = api.list_users().limit(limit).offset(offset);
        if let Some(v) = &f.name {
            request = request.name(v.clone());
        }
        if let Some(v) = &f.email {
            request = request.email(v.clone());
        }
        if let Some(v) = &f.sip_account {
            request = request.sip_account(v.clone());
        }
        if let Some(v) = f.security_access_group_id {
            request = request.security_access_group_id(v);
        }
        if let Some(v) = &f.extension {
            request = request.extension(v.clone());
        }
        if let Some(v) = &f.caller_id {
            request = request.caller_id(v.clone());
        }
        if let Some(v) = &f.timezone {
            request = request.timezone(v.clone());
        }
        request.send()
    }

    fn page(list: Self::Response) -> (Vec<User>, i64) {
        (
            list.users.into_iter().map(Into::into).collect(),
            list.metadata.total,
        )
    }

    fn key(user: &User) -> uuid::Uuid {
        user.id.get()
    }
}

impl List<UserList> {
    /// Only users with this name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.filters.name = Some(name.into());
        self
    }

    /// Only users with this e-mail address.
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.filters.email = Some(email.into());
        self
    }

    /// Only users with this SIP account (`username@domain`).
    pub fn sip_account(mut self, account: impl Into<String>) -> Self {
        self.filters.sip_account = Some(account.into());
        self
    }

    /// Only users of this security access group.
    pub fn security_access_group_id(mut self, id: i64) -> Self {
        self.filters.security_access_group_id = Some(id);
        self
    }

    /// Only users with this extension.
    pub fn extension(mut self, extension: impl Into<String>) -> Self {
        self.filters.extension = Some(extension.into());
        self
    }

    /// Only users with this caller ID.
    pub fn caller_id(mut self, caller_id: impl Into<String>) -> Self {
        self.filters.caller_id = Some(caller_id.into());
        self
    }

    /// Only users in this time zone (e.g. `America/New_York`).
    pub fn timezone(mut self, timezone: impl Into<String>) -> Self {
        self.filters.timezone = Some(timezone.into());
        self
    }
}
