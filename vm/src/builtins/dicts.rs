//! `dict`: constructor and methods.

use crate::object::Gc;
use crate::objects::dict::{new_dict, DictObj};

pub fn register() {}

/// A shallow copy of a dict.
pub fn dict_copy(d: Gc<DictObj>) -> Gc<DictObj> {
    let out = new_dict();
    for e in d.table.lock().iter() {
        out.table.lock().insert_new(e.hash, e.key, e.value);
    }
    out
}
