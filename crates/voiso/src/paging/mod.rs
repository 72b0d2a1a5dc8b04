//! Paging, generic over the operation table's paging style: one offset
//! pager serves every offset list, one cursor pager serves CDRs.

mod cursor;
mod list;
mod offset;

pub use cursor::CursorPage;
pub(crate) use cursor::{CursorList, Start, items as cursor_items, pages as cursor_pages};
pub use list::List;
pub(crate) use list::OffsetList;
pub(crate) use offset::{Fetch, OrderOf, Pager, check_paging, max_limit};
