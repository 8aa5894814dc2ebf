//! `set` and `frozenset`: a hashbrown table of (hash, key) behind the object
//! lock. Like dict, the table never calls Python (see `runtime::setops`).

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
use parking_lot::Mutex;

/// Sets reuse the dict table with NONE values: same ordering-insensitive
/// semantics for Python, one well-tested probe loop.
pub type SetTable = crate::objects::dict::DictTable;

pub struct SetObj {
    pub table: Mutex<SetTable>,
    pub frozen: bool,
}

impl Trace for SetObj {
    fn trace(&self, t: &mut Tracer) {
        for e in t.peek(&self.table).iter() {
            t.value(e.key);
        }
    }
}

pub fn new_set(frozen: bool) -> Gc<SetObj> {
    let cls = if frozen { types().frozenset } else { types().set };
    alloc(cls, SetObj { table: Mutex::new(SetTable::default()), frozen })
}
