//! `set` and `frozenset`: a CPython-layout hash table (`set/table.rs`)
//! behind the object lock. Like dict, the table never calls Python (see
//! `protocol::set`).

mod lookup;
mod merge;
mod table;

use crate::atomics::obj_lock::Mutex;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
pub use lookup::Lookup;
pub use table::SetTable;

pub struct SetObj {
    pub table: Mutex<SetTable>,
    pub frozen: bool,
}

impl Trace for SetObj {
    fn trace(&self, t: &mut Tracer) {
        for e in self.table.peek(t).iter() {
            t.value(e.key);
        }
    }
}

pub fn new_set(frozen: bool) -> Gc<SetObj> {
    let cls = if frozen {
        types().frozenset
    } else {
        types().set
    };
    alloc(
        cls,
        SetObj {
            table: Mutex::new(SetTable::default()),
            frozen,
        },
    )
}
