//! `dict`: constructor and methods.

mod dict_dunders;
mod dict_methods;
pub mod update;
pub mod view_ops;

use crate::object::Gc;
use crate::objects::dict::{new_dict, DictObj};

pub use dict_dunders::{dict_repr, dict_reversed};
pub use dict_methods::{dict_setdefault, new_view, this_dict};

pub fn register() {
    dict_methods::register();
    dict_dunders::register();
    super::dict_views::register();
}

/// A shallow copy of a dict (an exact `dict`, whatever the source's class).
pub fn dict_copy(d: Gc<DictObj>) -> Gc<DictObj> {
    let entries: Vec<(i64, crate::value::Value, crate::value::Value)> = d
        .table
        .lock()
        .iter()
        .map(|e| (e.hash, e.key, e.value))
        .collect();
    let out = new_dict();
    out.table.lock().set_entries(&entries);
    out
}
