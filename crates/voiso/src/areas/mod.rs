//! One file per API area: each reads as the list of its operations, thin
//! builders over the generic request loop, pagers and write state.

/// An area's handle: the client, and the area's methods on it.
macro_rules! area {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name {
            pub(crate) client: crate::client::Client,
        }

        impl $name {
            pub(crate) fn new(client: crate::client::Client) -> Self {
                $name { client }
            }
        }
    };
}

pub(crate) mod calls;
pub(crate) mod campaigns;
pub(crate) mod canned_messages;
pub(crate) mod cdrs;
pub(crate) mod queues;
pub(crate) mod users;
pub(crate) mod webhook_failures;
pub(crate) mod webhooks;
